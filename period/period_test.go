package period

import (
	"testing"
	"time"
)

func TestUnitPeriods(t *testing.T) {
	// 2020-01-01 was a Wednesday: its ISO week began on Monday 2019-12-30.
	d := time.Date(2020, 1, 1, 15, 4, 5, 0, time.UTC)
	for unit, want := range map[Unit]string{Day: "2020-01-01", Week: "2019-12-30", Month: "2020-01-01", Year: "2020-01-01"} {
		if got := unit.Start(d).Format("2006-01-02"); got != want {
			t.Errorf("%s of %s starts %s, want %s", unit, d, got, want)
		}
		if u, err := ParseUnit(unit.String()); err != nil || u != unit {
			t.Errorf("ParseUnit(%q) = %v, %v", unit.String(), u, err)
		}
	}
	if _, err := ParseUnit("fortnight"); err == nil {
		t.Error("ParseUnit took fortnight")
	}
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// Group adds days up per period and fills the periods between with
// empty buckets; Count says how many periods that makes.
func TestGroupFillsTheGaps(t *testing.T) {
	days := []Bucket{{day("2019-12-30"), 2}, {day("2020-01-01"), 3}, {day("2020-03-15"), 1}}
	for _, tc := range []struct {
		unit Unit
		want []Bucket
	}{
		{Month, []Bucket{{day("2019-12-01"), 2}, {day("2020-01-01"), 3}, {day("2020-02-01"), 0}, {day("2020-03-01"), 1}}},
		{Year, []Bucket{{day("2019-01-01"), 2}, {day("2020-01-01"), 4}}},
		{Week, nil}, // checked by its totals below
	} {
		got := Group(days, tc.unit)
		if n := tc.unit.Count(days[0].Start, days[2].Start); n != len(got) {
			t.Errorf("%s: %d buckets, Count says %d", tc.unit, len(got), n)
		}
		total := 0
		for i, b := range got {
			total += b.Count
			if i > 0 && tc.unit.Next(got[i-1].Start) != b.Start {
				t.Errorf("%s: bucket %d starts %s, not the period after the last", tc.unit, i, b.Start)
			}
		}
		if total != 6 || got[0].Start != day("2019-12-30") && tc.unit == Week {
			t.Errorf("%s: %v", tc.unit, got)
		}
		if tc.want != nil && !equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.unit, got, tc.want)
		}
	}
	if got := Group(days[:1], Day); len(got) != 1 || got[0] != days[0] {
		t.Errorf("one day: %v", got)
	}
	if Group(nil, Month) != nil {
		t.Error("no days should give no buckets")
	}
}

func equal(a, b []Bucket) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Start.Equal(b[i].Start) || a[i].Count != b[i].Count {
			return false
		}
	}
	return true
}

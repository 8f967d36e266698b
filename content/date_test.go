package content

import (
	"encoding/json"
	"testing"
	"time"
)

func TestDateKeepsItsPrecision(t *testing.T) {
	for _, c := range []struct {
		in        string
		prec      Precision
		day, unix string
	}{
		{"", PrecisionNone, "", ""},
		{"2016", PrecisionYear, "2016", "2016-01-01T00:00:00Z"},
		{"2016-12", PrecisionMonth, "2016-12", "2016-12-01T00:00:00Z"},
		{"2016-12-16", PrecisionDay, "2016-12-16", "2016-12-16T00:00:00Z"},
		{"2016-12-16T09:27:00+09:00", PrecisionInstant, "2016-12-16", "2016-12-16T00:27:00Z"},
		{"2016-12-16T23:30:00-05:00", PrecisionInstant, "2016-12-16", "2016-12-17T04:30:00Z"},
	} {
		d, ok := ParseDate(c.in)
		if !ok || d.Precision() != c.prec || d.String() != c.in || d.Day() != c.day {
			t.Errorf("ParseDate(%q) = %q (precision %d, day %q, ok %v)", c.in, d, d.Precision(), d.Day(), ok)
		}
		if c.unix != "" && d.Time().UTC().Format(time.RFC3339) != c.unix {
			t.Errorf("%q: time %s, want %s", c.in, d.Time().UTC().Format(time.RFC3339), c.unix)
		}
		if c.in == "" && (!d.IsZero() || !d.Time().IsZero()) {
			t.Errorf("empty date is not zero: %+v", d)
		}
	}
}

func TestDateRefusesWhatItCannotRead(t *testing.T) {
	for _, s := range []string{"yesterday", "16/12/2016", "2016-13-01", "0000-01-01", "\x1b[5m2016"} {
		if d, ok := ParseDate(s); ok || !d.IsZero() {
			t.Errorf("ParseDate(%q) = %q, %v; want refused", s, d, ok)
		}
	}
	// Instants without a zone, as old archives may hold them, read as UTC.
	if d, ok := ParseDate("2016-12-16 09:27:00"); !ok || d.String() != "2016-12-16T09:27:00Z" {
		t.Errorf("zoneless instant: %q %v", d, ok)
	}
}

func TestDateOfDropsWhatIsFinerThanItsPrecision(t *testing.T) {
	tm := time.Date(2021, 3, 4, 10, 11, 12, 0, time.FixedZone("CET", 3600))
	for p, want := range map[Precision]string{
		PrecisionNone: "", PrecisionYear: "2021", PrecisionMonth: "2021-03",
		PrecisionDay: "2021-03-04", PrecisionInstant: "2021-03-04T10:11:12+01:00",
	} {
		if got := DateOf(tm, p).String(); got != want {
			t.Errorf("precision %d: %q, want %q", p, got, want)
		}
	}
}

func TestDateInJSONAndTheDatabase(t *testing.T) {
	in := Article{Published: MustParseDate("2016-12-16")}
	b, err := json.Marshal(in.Published)
	if err != nil || string(b) != `"2016-12-16"` {
		t.Fatalf("marshal: %s %v", b, err)
	}
	var back Date
	if err := json.Unmarshal([]byte(`"2016-12-16T09:27:00Z"`), &back); err != nil || back.Precision() != PrecisionInstant {
		t.Fatalf("unmarshal: %v %v", back, err)
	}
	if err := json.Unmarshal([]byte(`"soon"`), &back); err == nil {
		t.Error("unmarshal of a non-date succeeded")
	}
	v, _ := in.Published.Value()
	var scanned Date
	if err := scanned.Scan(v); err != nil || scanned != in.Published {
		t.Errorf("scan(%v) = %v, %v", v, scanned, err)
	}
	if err := scanned.Scan(nil); err != nil || !scanned.IsZero() {
		t.Errorf("scan(nil) = %v, %v", scanned, err)
	}
	if err := scanned.Scan([]byte("damaged")); err != nil || !scanned.IsZero() {
		t.Errorf("scan of a damaged row = %v, %v", scanned, err)
	}
}

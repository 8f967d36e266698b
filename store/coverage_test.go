package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
)

// dayCounts is the histogram of q ("" for every article) by day, the
// empty days between matches left out: what the reader's coverage chart
// is drawn from.
func dayCounts(ctx context.Context, s *Store, text string) ([]period.Bucket, error) {
	var q query.Query
	if text != "" {
		var err error
		if q, err = query.Parse(text); err != nil {
			return nil, err
		}
	}
	buckets, err := s.Histogram(ctx, q, period.Day)
	out := buckets[:0]
	for _, b := range buckets {
		if b.Count > 0 {
			out = append(out, b)
		}
	}
	return out, err
}

// TestCoverageDays counts matches per day for words, a source, dates and
// everything, against counts made by hand from the files written.
func TestCoverageDays(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dir := t.TempDir()
	// period.Day i of March 2024 gets i articles about the harbour; every third
	// is about the bridge too; one undated article.
	want := map[string]map[string]int{"": {}, "harbour": {}, "bridge": {}, "bridge after:2024-03-03": {}}
	n := 0
	for day := 1; day <= 4; day++ {
		date := fmt.Sprintf("2024-03-%02d", day)
		for i := range day {
			words := "harbour"
			if n%3 == 0 {
				words += " bridge"
			}
			text := fmt.Sprintf("Story %d of the day\n\n%s\n\nThe %s works in town number %d went on all week, the council said on the day.\n", n, date, words, n)
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("s%02d-%d.txt", day, i)), []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			want[""][date]++
			want["harbour"][date]++
			if n%3 == 0 {
				want["bridge"][date]++
				if day >= 3 {
					want["bridge after:2024-03-03"][date]++
				}
			}
			n++
		}
	}
	undated := "Undated harbour story\n\nThe harbour works in the old town went on all week, the council said today.\n"
	if err := os.WriteFile(filepath.Join(dir, "undated.txt"), []byte(undated), 0o644); err != nil {
		t.Fatal(err)
	}
	mustImport(t, s, dir)
	for q, days := range want {
		got, err := dayCounts(ctx, s, q)
		if err != nil {
			t.Fatalf("%q: %v", q, err)
		}
		gotDays := map[string]int{}
		for i, d := range got {
			gotDays[d.Start.Format(time.DateOnly)] = d.Count
			if i > 0 && !got[i-1].Start.Before(d.Start) {
				t.Errorf("%q: days out of order: %v", q, got)
			}
		}
		if fmt.Sprint(gotDays) != fmt.Sprint(days) {
			t.Errorf("%q: %v, want %v", q, gotDays, days)
		}
	}
	if got, err := dayCounts(ctx, s, "source:nowhere.example"); err != nil || len(got) != 0 {
		t.Errorf("an unknown source: %v, %v", got, err)
	}
}

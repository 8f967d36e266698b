package store

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
)

// histArticle is a made-up article of the histogram tests.
type histArticle struct {
	day    time.Time
	source string
	flood  bool // the body names a flood
}

// histogramArchive imports articles spread over two years (so over two
// index tables), some about a flood, from two sources, plus one of
// unknown date, and returns them.
func histogramArchive(t *testing.T) (*Store, []histArticle) {
	t.Helper()
	var arts []histArticle
	var lines []string
	start := time.Date(2019, 12, 20, 0, 0, 0, 0, time.UTC)
	for i := range 60 {
		a := histArticle{day: start.AddDate(0, 0, i*i%47+i/3), source: []string{"river.example", "hill.example"}[i%2], flood: i%3 != 1}
		arts = append(arts, a)
		body := fmt.Sprintf("Report %d from the valley council about roads and schools.", i)
		if a.flood {
			body += " The flood reached the lower town on the same day."
		}
		rec, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Valley report %d", i), "text": body,
			"published": a.day.Format("2006-01-02"), "source": a.source})
		lines = append(lines, string(rec))
	}
	lines = append(lines, `{"title": "Undated flood note", "text": "A flood with no date at all, kept for the record."}`)
	dir := t.TempDir()
	p := filepath.Join(dir, "valley.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := openTemp(t)
	if sum := mustImport(t, s, p); sum.Imported != 61 {
		t.Fatalf("imported %d articles, want 61 (%+v)", sum.Imported, sum)
	}
	return s, arts
}

// wantBuckets counts the articles that pass keep per period, gaps filled.
func wantBuckets(arts []histArticle, unit period.Unit, keep func(histArticle) bool) map[time.Time]int {
	out := map[time.Time]int{}
	for _, a := range arts {
		if keep(a) {
			out[unit.Start(a.day)]++
		}
	}
	return out
}

func TestHistogramCountsMatchesPerPeriod(t *testing.T) {
	s, arts := histogramArchive(t)
	cases := []struct {
		q    string
		keep func(histArticle) bool
	}{
		{"flood", func(a histArticle) bool { return a.flood }},
		{"valley", func(histArticle) bool { return true }},
		{"flood source:hill.example", func(a histArticle) bool { return a.flood && a.source == "hill.example" }},
		{"source:river.example", func(a histArticle) bool { return a.source == "river.example" }},
		{"valley after:2020-01-10 before:2020-02-01", func(a histArticle) bool {
			return !a.day.Before(time.Date(2020, 1, 10, 0, 0, 0, 0, time.UTC)) && a.day.Before(time.Date(2020, 2, 1, 0, 0, 0, 0, time.UTC))
		}},
	}
	for _, c := range cases {
		for _, unit := range []period.Unit{period.Day, period.Week, period.Month, period.Year} {
			q, err := query.Parse(c.q)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Histogram(context.Background(), q, unit)
			if err != nil {
				t.Fatalf("%s by %s: %v", c.q, unit, err)
			}
			want := wantBuckets(arts, unit, c.keep)
			total := 0
			for i, b := range got {
				total += b.Count
				if b.Count != want[b.Start] {
					t.Errorf("%s by %s: %s counts %d, want %d", c.q, unit, b.Start.Format("2006-01-02"), b.Count, want[b.Start])
				}
				if unit.Start(b.Start) != b.Start || i > 0 && unit.Next(got[i-1].Start) != b.Start {
					t.Errorf("%s by %s: bucket %d starts %s, not the period after the last", c.q, unit, i, b.Start)
				}
			}
			wantTotal := 0
			for _, n := range want {
				wantTotal += n
			}
			if total != wantTotal || wantTotal == 0 {
				t.Errorf("%s by %s: %d counted, want %d (the undated article left out)", c.q, unit, total, wantTotal)
			}
		}
	}
	if got, err := s.Histogram(context.Background(), mustParse(t, "xylophone"), period.Month); err != nil || got != nil {
		t.Errorf("no match: %v, %v", got, err)
	}
	if got, err := s.Histogram(context.Background(), mustParse(t, "flood source:nowhere.example"), period.Month); err != nil || got != nil {
		t.Errorf("unknown source: %v, %v", got, err)
	}
}

func mustParse(t *testing.T, s string) query.Query {
	t.Helper()
	q, err := query.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// checkDayCounters compares the counters per day and per source and day
// (migration 4, kept by the writer) with the articles counted afresh.
func checkDayCounters(t *testing.T, s *Store) {
	t.Helper()
	counted := func(stmt string) map[string]int {
		out := map[string]int{}
		rows, err := s.db.Query(stmt)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		for rows.Next() {
			var key string
			var n int
			if err := rows.Scan(&key, &n); err != nil {
				t.Fatal(err)
			}
			out[key] += n
		}
		return out
	}
	for _, c := range [][2]string{
		{`SELECT fts_key >> 32, count(*) FROM articles WHERE fts_key >> 32 > 0 GROUP BY 1`,
			`SELECT day, n FROM day_counts WHERE n != 0`},
		{`SELECT lower(source) || ' ' || (fts_key >> 32), count(*) FROM articles WHERE fts_key >> 32 > 0 GROUP BY 1`,
			`SELECT lower(source) || ' ' || day, n FROM source_days WHERE n != 0`},
	} {
		want, got := counted(c[0]), counted(c[1])
		if !maps.Equal(got, want) {
			t.Fatalf("day counters %v, want the articles counted: %v", got, want)
		}
	}
}

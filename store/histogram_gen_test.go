package store

import (
	"context"
	"fmt"
	"maps"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// groupedDays is the straightforward count the histogram stands for:
// each year's matches grouped by day in SQL (or every article's, for a
// query with no words or person).
func groupedDays(t *testing.T, s *Store, q query.Query) map[int64]int {
	t.Helper()
	ctx := context.Background()
	fq, err := toFTS(q)
	if err != nil {
		t.Fatal(err)
	}
	days := map[int64]int{}
	f, none, err := s.filterOf(ctx, fq)
	if err != nil || none {
		return days
	}
	f.lo = max(f.lo, 1<<dayShift)
	if f.match == "" {
		if err := s.countDays(ctx, days, `SELECT a.fts_key >> 32, count(*) FROM articles a WHERE `+
			strings.Join(append([]string{`a.fts_key >= ? AND a.fts_key < ?`}, f.where...), ` AND `)+
			` GROUP BY 1`, append([]any{f.lo, f.hi}, f.args...)...); err != nil {
			t.Fatal(err)
		}
		return days
	}
	parts, err := s.partitions(ctx, f.lo, f.hi)
	if err != nil {
		t.Fatal(err)
	}
	for _, year := range parts {
		if year == 0 {
			continue
		}
		from, where, args := f.sql(partName(year))
		if err := s.countDays(ctx, days, `SELECT f.rowid >> 32, count(*) FROM `+from+` WHERE `+where+
			` GROUP BY 1`, args...); err != nil {
			t.Fatal(err)
		}
	}
	return days
}

// TestHistogramSameAsGroupedCount compares the histogram's counts (day
// counters, rowids counted in Go, years in parallel) with the matches
// grouped by day in SQL, on a generated archive of several years and
// sources, for broad and narrow words, sources, a person and dates, then
// again after part of the archive is imported a second time with other
// dates and sources (articles changed) and some articles removed.
func TestHistogramSameAsGroupedCount(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	g := gen.New(7)
	var recs []ingest.Record
	var person, source string
	for i := range 700 {
		a := g.Next()
		recs = append(recs, ingest.Record{Path: fmt.Sprintf("synth:%s/%05d.txt", a.Source.Domain, i), Article: a.Content()})
		if source == "" && len(a.People) > 0 {
			source, person = a.Source.Domain, a.People[0].Name
		}
	}
	if _, err := ingest.AddArticles(ctx, s, recs, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	compare := func(stage string) {
		texts := []string{"", "source:" + source, "after:2015-01-01 before:2019-06-01", "source:" + source + " after:2018-03-01",
			"the", "said", "bank prices", `"central bank"`, "oil -prices", "said source:" + source}
		if person != "" {
			texts = append(texts, fmt.Sprintf("person:%q", person), fmt.Sprintf("said person:%q", person))
		}
		for _, text := range texts {
			q := mustParse(t, text)
			want := groupedDays(t, s, q)
			fq, _ := toFTS(q)
			got, err := s.matchDays(ctx, fq)
			if err != nil {
				t.Fatalf("%s: %s: %v", stage, text, err)
			}
			if !maps.Equal(got, want) {
				t.Errorf("%s: %s: counted %v, want %v", stage, text, got, want)
			}
			if text == "the" && len(want) < 100 {
				t.Fatalf("%s: %q matches on %d days: the archive is not the broad one meant", stage, text, len(want))
			}
		}
	}
	compare("imported")
	// The same records again, every seventh a copy of the next (so
	// removed as its duplicate), every third with another article's
	// content: new dates, sources and words for existing records.
	for i := 1; i+1 < len(recs); i += 7 {
		recs[i].Article = recs[i+1].Article
	}
	g = gen.New(8)
	for i := range recs {
		if i%3 == 0 {
			recs[i].Article = g.Next().Content()
		}
	}
	sum, err := ingest.AddArticles(ctx, s, recs[:600], ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Updated < 150 || sum.Duplicates < 50 {
		t.Fatalf("second import: %+v, want articles changed and removed", sum)
	}
	checkConsistent(t, s)
	compare("changed")
}

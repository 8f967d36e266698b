package pgstore_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// histogrammer is an archive that counts matches per period (coverage
// over time), as `search --histogram` and the reader's chart ask.
type histogrammer interface {
	Histogram(ctx context.Context, q query.Query, unit period.Unit) ([]period.Bucket, error)
}

// histogramQueries are the coverage counts compared: every article, words,
// phrases, prefixes, OR and negation, every filter, and no match.
var histogramQueries = []string{
	"", "summit", "minister", `"peace treaty"`, "treat*", "kuril OR sakhalin", "minist* -japan",
	"title:the", "source:voanews.com", "after:2016-12-01", "after:2010 before:2020 the",
	"before:2017 summit", "zzzzunknown", "person:nobody", "story",
}

// TestConformanceHistogram: the same import gives the same buckets and
// counts on both backends, by day, week, month and year, and the counts
// of every article add up to the articles of known date.
func TestConformanceHistogram(t *testing.T) {
	bs, _ := imported(t, 150)
	ctx := context.Background()
	nonEmpty := 0
	for _, q := range append(histogramQueries, peopleQueries(t, bs)...) {
		parsed, err := query.Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		for _, unit := range []period.Unit{period.Day, period.Week, period.Month, period.Year} {
			got := same(t, bs, fmt.Sprintf("histogram by %s of %q", unit, q), func(a archivedb.Archive) ([]period.Bucket, error) {
				h, ok := a.(histogrammer)
				if !ok {
					return nil, fmt.Errorf("no histogram")
				}
				return h.Histogram(ctx, parsed, unit)
			})
			if len(got) > 0 {
				nonEmpty++
			}
		}
	}
	if nonEmpty < 4*len(histogramQueries)/2 {
		t.Errorf("only %d histograms had a bucket: the suite tests little", nonEmpty)
	}
	dated := 0
	items, err := bs[0].a.List(ctx, store.ListQuery{Limit: 10_000})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if !it.Published.IsZero() {
			dated++
		}
	}
	for _, b := range bs {
		buckets, err := b.a.(histogrammer).Histogram(ctx, query.Query{}, period.Month)
		if err != nil {
			t.Fatal(err)
		}
		sum := 0
		for i, bk := range buckets {
			sum += bk.Count
			if i > 0 && !bk.Start.Equal(period.Month.Next(buckets[i-1].Start)) {
				t.Errorf("%s: bucket %s follows %s: a gap", b.name, bk.Start, buckets[i-1].Start)
			}
		}
		if sum != dated || dated == 0 {
			t.Errorf("%s: the months count %d articles, the archive has %d of known date", b.name, sum, dated)
		}
	}
}

// TestConformanceCoverage: the reader's coverage chart (through
// archivestore) gives the same periods on both backends.
func TestConformanceCoverage(t *testing.T) {
	bs, _ := imported(t, 60)
	ctx := context.Background()
	for _, q := range []string{"", "summit", "source:voanews.com"} {
		got := same(t, bs, "coverage of "+q, func(a archivedb.Archive) ([]period.Bucket, error) {
			return archivestore.New(a).Coverage(ctx, q, period.Month)
		})
		if q == "" && len(got) == 0 {
			t.Error("no coverage of the whole archive")
		}
	}
}

// TestConformancePublisher: a source: filter takes one publisher under
// each of the names its articles came with (a feed's title, a dump's
// host), in searches and coverage counts, on both backends.
func TestConformancePublisher(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "dump.jsonl"), []byte(
		`{"title": "Dam opens", "text": "The river dam opened on Monday after years of work on its walls.", "date": "2021-03-01", "source_domain": "en.wikinews.org", "url": "https://en.wikinews.org/wiki/Dam"}`+"\n"+
			`{"title": "Mill closes", "text": "The river mill closed on Friday, its owners said in a letter.", "date": "2021-03-02", "source_domain": "other.example.org"}`+"\n"+
			`{"title": "Bridge shut", "text": "The river bridge was shut on Tuesday for repairs to its deck.", "date": "2021-04-06", "source_domain": "fr.wikinews.org"}`+"\n"))
	write(t, filepath.Join(dir, "feed.xml"), []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Wikinews</title><link>https://en.wikinews.org/</link>`+
		`<item><title>Ferry returns</title><link>https://en.wikinews.org/wiki/Ferry</link><pubDate>Sun, 07 Mar 2021 10:00:00 GMT</pubDate>`+
		`<description>The river ferry returned to service on Sunday after the floods.</description></item></channel></rss>`))
	bs := openBoth(t)
	for _, b := range bs {
		mustImport(t, b.a, dir)
	}
	ctx := context.Background()
	for q, want := range map[string][]string{
		"river source:wikinews":        {"Bridge shut", "Dam opens", "Ferry returns"},
		"river source:en.wikinews.org": {"Dam opens", "Ferry returns"},
		"river source:Wikinews":        {"Bridge shut", "Dam opens", "Ferry returns"},
		"river source:wikinews.org":    {"Bridge shut", "Dam opens", "Ferry returns"},
		"source:EN.WIKINEWS.ORG":       {"Dam opens", "Ferry returns"},
		"river source:example.org":     {"Mill closes"},
		"river source:example.com":     nil,
	} {
		got := same(t, bs, "search "+q, func(a archivedb.Archive) ([]string, error) {
			rs, err := a.Search(ctx, q, 10)
			var titles []string
			for _, r := range rs {
				titles = append(titles, r.Title)
			}
			slices.Sort(titles)
			return titles, err
		})
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", q, got, want)
		}
	}
	same(t, bs, "histogram of source:wikinews", func(a archivedb.Archive) ([]period.Bucket, error) {
		h, ok := a.(histogrammer)
		if !ok {
			return nil, fmt.Errorf("no histogram")
		}
		q, _ := query.Parse("source:en.wikinews.org")
		return h.Histogram(ctx, q, period.Month)
	})
}

// TestConformancePeopleView: the reader's archive-wide people view (the
// people whose names hold the filter's words, with their quotations)
// is the same on both backends.
func TestConformancePeopleView(t *testing.T) {
	bs, _ := imported(t, 150)
	ctx := context.Background()
	top, err := bs[0].a.People(ctx, 3)
	if err != nil || len(top) < 3 {
		t.Fatalf("people: %v, %d", err, len(top))
	}
	filters := []string{"", "zzzz", "%", "_", `\`, "a\x00"}
	for _, p := range top {
		first, _, _ := strings.Cut(p.Name, " ")
		filters = append(filters, strings.ToUpper(first), strings.ToLower(p.Name))
	}
	quoted := 0
	for _, f := range filters {
		got := same(t, bs, fmt.Sprintf("people view of %q", f), func(a archivedb.Archive) ([]archive.Person, error) {
			ps, err := archivestore.New(a).People(ctx, f, 1_000_000)
			slices.SortFunc(ps, func(x, y archive.Person) int {
				if x.Articles != y.Articles {
					return y.Articles - x.Articles
				}
				if x.Mentions != y.Mentions {
					return y.Mentions - x.Mentions
				}
				return strings.Compare(x.Name, y.Name)
			})
			return ps, err
		})
		for _, p := range got {
			quoted += p.Quotes
		}
		if strings.ContainsAny(f, "\x00") && len(got) > 0 {
			t.Errorf("people view of %q: %d people, but no name holds a NUL", f, len(got))
		}
		if f == "" && len(got) < 10 {
			t.Errorf("the people view lists %d people: the suite tests little", len(got))
		}
	}
	if quoted == 0 {
		t.Error("nobody quoted: the suite tests little")
	}
}

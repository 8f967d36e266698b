package archive

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

func TestParseQuery(t *testing.T) {
	p := ParseQuery(`islands "peace treaty" person:"Grant Newsham" source:voanews.com after:2016-12-01 -war trea* OR title:summit`)
	wantTerms := []string{"islands", "peace treaty", "trea"}
	if !reflect.DeepEqual(p.Terms, wantTerms) {
		t.Errorf("terms = %q, want %q", p.Terms, wantTerms)
	}
	want := map[string][]string{
		"person": {"Grant Newsham"}, "source": {"voanews.com"}, "after": {"2016-12-01"}, "title": {"summit"},
	}
	if !reflect.DeepEqual(p.Filters, want) {
		t.Errorf("filters = %v", p.Filters)
	}
	hl := p.Highlights()
	if !reflect.DeepEqual(hl, []string{"islands", "peace treaty", "trea", "Grant Newsham", "summit"}) {
		t.Errorf("highlights = %q", hl)
	}
}

func TestRanked(t *testing.T) {
	for q, want := range map[string]bool{
		`islands`:                             true,
		`title:summit`:                        true,
		`person:"Grant Newsham" treaty`:       true,
		`person:"Grant Newsham"`:              false,
		`source:voanews.com after:2016-12-01`: false,
		`-war`:                                false,
	} {
		if got := ParseQuery(q).Ranked(); got != want {
			t.Errorf("ParseQuery(%q).Ranked() = %v, want %v", q, got, want)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	f.Add(`person:"Grant Newsham" islands -war`)
	f.Add(`"unterminated`)
	f.Add(`title: :: "" -"" *`)
	f.Fuzz(func(t *testing.T, q string) {
		p := ParseQuery(q)
		for _, term := range append(p.Terms, p.Highlights()...) {
			if strings.TrimSpace(term) == "" {
				t.Fatalf("blank term from %q", q)
			}
		}
	})
}

func TestMemorySearch(t *testing.T) {
	m := NewMemory(testArticles(t))
	ctx := context.Background()
	hits, err := m.Search(ctx, "islands treaty", 10)
	if err != nil || len(hits) != 1 || !strings.HasPrefix(hits[0].Title, "Japan, Russia Summit") {
		t.Fatalf("Search = %+v, %v", hits, err)
	}
	for _, r := range hits[0].Matches {
		got := strings.ToLower(hits[0].Snippet[r[0]:r[1]])
		if got != "islands" && got != "treaty" {
			t.Errorf("snippet match %q", got)
		}
	}
	if hits, _ := m.Search(ctx, "islands source:nowhere.example", 10); len(hits) != 0 {
		t.Errorf("source filter kept %d hits", len(hits))
	}
	if hits, _ := m.Search(ctx, "after:2030-01-01", 10); len(hits) != 0 {
		t.Errorf("after filter kept %d hits", len(hits))
	}
}

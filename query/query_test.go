package query

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func day(s string) *time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return &t
}

func TestParse(t *testing.T) {
	q, err := Parse(`person:"Grant Newsham" source:voanews.com after:2016-12-01 before:2017 title:"peace treaty" Kuril -war isla* OR "Cape Schmidt" a:b`)
	if err != nil {
		t.Fatal(err)
	}
	want := Query{
		Must: []Clause{
			{Field: Title, Any: []Term{{Text: "peace treaty", Phrase: true}}},
			{Any: []Term{{Text: "Kuril"}}},
			{Any: []Term{{Text: "isla", Prefix: true}, {Text: "Cape Schmidt", Phrase: true}}},
			{Any: []Term{{Text: "a:b"}}},
		},
		Not:    []Term{{Text: "war"}},
		Person: "Grant Newsham",
		Source: "voanews.com",
		After:  day("2016-12-01"),
		Before: day("2017-01-01"),
	}
	if !reflect.DeepEqual(q, want) {
		t.Errorf("Parse\n got %+v\nwant %+v", q, want)
	}
}

// The corners of the syntax, as the archive has always read them.
func TestParseCorners(t *testing.T) {
	word := func(s string) Clause { return Clause{Any: []Term{{Text: s}}} }
	for in, want := range map[string]Query{
		`OR a`:                    {Must: []Clause{word("OR"), word("a")}},
		`a OR OR b`:               {Must: []Clause{{Any: []Term{{Text: "a"}, {Text: "b"}}}}},
		`a OR -b c`:               {Must: []Clause{word("a"), word("c")}, Not: []Term{{Text: "b"}}},
		`a title:x OR c`:          {Must: []Clause{{Any: []Term{{Text: "a"}, {Text: "c"}}}, {Field: Title, Any: []Term{{Text: "x"}}}}},
		`"a OR b"`:                {Must: []Clause{{Any: []Term{{Text: "a OR b", Phrase: true}}}}},
		`- -- *** "" x`:           {Must: []Clause{word("x")}},
		`-title:x PERSON:y`:       {Must: []Clause{{Field: Title, Any: []Term{{Text: "x"}}}}, Person: "y"},
		`person:a person:`:        {},
		`"unclosed phrase`:        {Must: []Clause{{Any: []Term{{Text: "unclosed phrase", Phrase: true}}}}},
		`title:isla** "quoted*"`:  {Must: []Clause{{Field: Title, Any: []Term{{Text: "isla", Prefix: true}}}, {Any: []Term{{Text: "quoted*", Phrase: true}}}}},
		`after:2016-12 summit`:    {Must: []Clause{word("summit")}, After: day("2016-12-01")},
		`note:x http://a.example`: {Must: []Clause{word("note:x"), word("http://a.example")}},
	} {
		got, err := Parse(in)
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("Parse(%q)\n got %+v, %v\nwant %+v", in, got, err, want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for in, msg := range map[string]string{
		`after:yesterday x`:   "bad search query: after:yesterday: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
		`x Before:2016-13`:    "bad search query: before:2016-13: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)",
		`-only -negative`:     "bad search query: a search needs at least one word that must match, not only -words",
		`person:"A B" -words`: "bad search query: a search needs at least one word that must match, not only -words",
	} {
		_, err := Parse(in)
		if err == nil || err.Error() != msg || !errors.Is(err, ErrBadQuery) {
			t.Errorf("Parse(%q) error %v, want %q", in, err, msg)
		}
	}
	if _, err := Parse(`-war title:peace`); err != nil {
		t.Errorf("a title term is a term that must match: %v", err)
	}
}

func TestHighlights(t *testing.T) {
	q, err := Parse(`islands "peace treaty" person:"Grant Newsham" source:voanews.com after:2016-12-01 -war trea* OR title:summit`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"islands", "peace treaty", "trea", "Grant Newsham", "summit"}
	if got := q.Highlights(); !reflect.DeepEqual(got, want) {
		t.Errorf("highlights = %q, want %q", got, want)
	}
}

func TestRanked(t *testing.T) {
	for in, want := range map[string]bool{
		`islands`:                             true,
		`title:summit`:                        true,
		`person:"Grant Newsham" treaty`:       true,
		`person:"Grant Newsham"`:              false,
		`source:voanews.com after:2016-12-01`: false,
		``:                                    false,
	} {
		q, err := Parse(in)
		if err != nil || q.Ranked() != want {
			t.Errorf("Parse(%q).Ranked() = %v (%v), want %v", in, q.Ranked(), err, want)
		}
	}
}

// FuzzParse: any query is read or refused with ErrBadQuery, without a
// panic; what is read has terms with words in them and no blank
// highlight.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`person:"Grant Newsham" islands -war`, `"unterminated`, `title: :: "" -"" *`,
		`a OR b OR`, `首脳会談 Tokyo`, `-"`, "\x00\"\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrBadQuery) {
				t.Fatalf("Parse(%q): %v does not wrap ErrBadQuery", s, err)
			}
			return
		}
		for _, c := range q.Must {
			if len(c.Any) == 0 || (c.Field == Title && len(c.Any) != 1) {
				t.Fatalf("Parse(%q): clause %+v", s, c)
			}
			for _, tm := range c.Any {
				if !hasWord(tm.Text) || (tm.Prefix && tm.Phrase) {
					t.Fatalf("Parse(%q): term %+v", s, tm)
				}
			}
		}
		for _, h := range q.Highlights() {
			if strings.TrimSpace(h) == "" {
				t.Fatalf("Parse(%q): blank highlight", s)
			}
		}
	})
}

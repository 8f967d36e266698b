// Package goldtest reads the people gold files of the test corpora and
// scores articles against them, for the tests of content/annotate (the
// annotation alone) and content/formats (the whole pipeline): one copy of
// the scoring, so that the two measure the same thing.
package goldtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// Gold is the part of a gum-news gold file the people tests read.
type Gold struct {
	Title    string   `json:"title"`
	Dateline string   `json:"dateline"`
	Headings []string `json:"headings"`
	Captions []string `json:"captions"`
	Quotes   []struct {
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
	} `json:"quotes"`
	OtherQuoted []struct {
		Text string `json:"text"`
	} `json:"other_quoted"`
	People []struct {
		Name          string   `json:"name"`
		Aliases       []string `json:"aliases"`
		NamedMentions int      `json:"named_mentions"`
		Mentions      int      `json:"mentions"`
		Quotes        int      `json:"quotes"`
		Role          string   `json:"role"`
	} `json:"people"`
	NotPeople    []string `json:"not_people"`
	Contributors []string `json:"contributors"`
	Boilerplate  []string `json:"boilerplate"`
}

// Read reads the gold file at path.
func Read(t testing.TB, path string) Gold {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// SpansInBounds reports the first span outside its block, if any.
func SpansInBounds(a *content.Article) (content.Span, bool) {
	check := func(sp content.Span) bool {
		return sp.Block >= 0 && sp.Block < len(a.Blocks) && sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(a.Blocks[sp.Block].Text)
	}
	for _, q := range a.Quotes {
		for _, sp := range q.Spans {
			if !check(sp) {
				return sp, false
			}
		}
	}
	for _, p := range a.People {
		for _, sp := range p.Spans {
			if !check(sp) {
				return sp, false
			}
		}
	}
	return content.Span{}, true
}

// CheckSample holds the reference sample's article to its gold exactly:
// people, roles, counts, quotations and speakers, contributors.
//
// Long because it is a list of checks, one per field of the gold, each
// reporting its own difference.
func CheckSample(t *testing.T, a *content.Article, g Gold) {
	t.Helper()
	if len(a.People) != len(g.People) {
		var got []string
		for _, p := range a.People {
			got = append(got, p.Name)
		}
		t.Errorf("people: got %d %q, want %d", len(a.People), got, len(g.People))
	}
	for i, want := range g.People {
		if i >= len(a.People) {
			break
		}
		got := a.People[i]
		if got.Name != want.Name || !slices.Equal(got.Aliases, want.Aliases) || got.Role != want.Role ||
			got.Mentions != want.Mentions && want.Mentions != 0 || got.Quotes != want.Quotes {
			t.Errorf("person %d:\n got  %q %q role %q mentions %d quotes %d\n want %q %q role %q mentions %d quotes %d",
				i, got.Name, got.Aliases, got.Role, got.Mentions, got.Quotes,
				want.Name, want.Aliases, want.Role, want.Mentions, want.Quotes)
		}
		if len(got.Spans) != got.Mentions {
			t.Errorf("%s: %d spans for %d mentions", got.Name, len(got.Spans), got.Mentions)
		}
	}
	for _, p := range a.People {
		for _, np := range g.NotPeople {
			if p.Name == np || slices.Contains(p.Aliases, np) {
				t.Errorf("%q is listed as a person", np)
			}
		}
	}
	if len(a.Quotes) != len(g.Quotes) {
		t.Fatalf("quotes: got %d, want %d: %+v", len(a.Quotes), len(g.Quotes), a.Quotes)
	}
	for i, want := range g.Quotes {
		got := a.Quotes[i]
		if got.Text != want.Text {
			t.Errorf("quote %d text:\n got  %q\n want %q", i, got.Text, want.Text)
		}
		if (got.Speaker == nil) != (want.Speaker == nil) || got.Speaker != nil && *got.Speaker != *want.Speaker {
			t.Errorf("quote %d speaker: got %v, want %v", i, Name(got.Speaker), Name(want.Speaker))
		}
		for _, sp := range got.Spans {
			s := a.Blocks[sp.Block].Text[sp.Start:sp.End]
			if !strings.Contains(s, strings.TrimSpace(want.Text[:min(20, len(want.Text))])) {
				t.Errorf("quote %d span %q does not hold its text", i, s)
			}
		}
	}
	if !slices.Equal(a.Contributors, g.Contributors) {
		t.Errorf("contributors: got %q, want %q", a.Contributors, g.Contributors)
	}
	// Each span of a person names them.
	for _, p := range a.People {
		for _, sp := range p.Spans {
			s := a.Blocks[sp.Block].Text[sp.Start:sp.End]
			if s != p.Name && !slices.Contains(p.Aliases, s) {
				t.Errorf("%s: span %q is none of their names", p.Name, s)
			}
		}
	}
}

// Name is a quotation's speaker as text, "<nil>" for none.
func Name(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// Scores are the people and quotation scores over gum-news.
type Scores struct {
	GoldPeople, FoundGold         int
	OurPeople, OurCorrect         int
	MentionPairs, MentionExact    int
	MentionAbsErr                 int
	GoldSpeakers, SpeakerCorrect  int
	GoldQuotes, GoldQuotesFound   int
	GoldQuotesCovered             int
	OurQuotes, OurQuotesCorrect   int
	GoldContrib, ContribFound     int
	OurContrib, OurContribCorrect int
}

// Ratio is a/b, 1 when b is 0 (nothing to find is all found).
func Ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Builder makes the annotated Article for a gum-news file.
type Builder func(t *testing.T, txtPath string, g Gold) *content.Article

// Score scores the article build makes of every document in the corpus
// folder dir (NAME.txt beside NAME.gold.json) against its gold; verbose
// logs each miss.
//
// Long because it is one pass over each document that adds to the
// eighteen counters of one Scores (people, mentions, speakers, quotations,
// contributors): split, each part would need the document's matches again.
func Score(t *testing.T, dir string, verbose bool, build Builder) Scores {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no documents in %s: %v", dir, err)
	}
	var s Scores
	for _, f := range files {
		g := Read(t, strings.TrimSuffix(f, ".txt")+".gold.json")
		a := build(t, f, g)
		doc := filepath.Base(f)
		if sp, ok := SpansInBounds(a); !ok {
			t.Errorf("%s: span out of bounds: %+v", doc, sp)
		}
		// People: a gold person is found when one of our names is one of
		// theirs, in any case: the gold keeps the source's capitals
		// ("KAMALA HARRIS"), which the reader writes cased.
		goldNames := make([][]string, len(g.People))
		for i, gp := range g.People {
			goldNames[i] = append([]string{gp.Name}, gp.Aliases...)
		}
		matchOf := func(p content.Person) int {
			for i, names := range goldNames {
				if containsFold(names, p.Name) {
					return i
				}
			}
			for i, names := range goldNames {
				for _, al := range p.Aliases {
					if containsFold(names, al) {
						return i
					}
				}
			}
			return -1
		}
		ourByGold := make(map[int]content.Person)
		for _, p := range a.People {
			s.OurPeople++
			if gi := matchOf(p); gi >= 0 {
				s.OurCorrect++
				if _, dup := ourByGold[gi]; !dup {
					ourByGold[gi] = p
				}
			} else if verbose {
				t.Logf("%s: extra person %q %q (%d)", doc, p.Name, p.Aliases, p.Mentions)
			}
		}
		for gi, gp := range g.People {
			s.GoldPeople++
			p, ok := ourByGold[gi]
			if !ok {
				if verbose {
					t.Logf("%s: missed person %q", doc, gp.Name)
				}
				continue
			}
			s.FoundGold++
			s.MentionPairs++
			if p.Mentions == gp.NamedMentions {
				s.MentionExact++
			} else if verbose {
				t.Logf("%s: %q mentions %d, gold named %d", doc, gp.Name, p.Mentions, gp.NamedMentions)
			}
			d := p.Mentions - gp.NamedMentions
			s.MentionAbsErr += max(d, -d)
		}
		// Quotations: texts as a multiset, speakers where the gold names one.
		ours := make([]bool, len(a.Quotes))
		covered := make([]bool, len(a.Quotes))
		for _, gq := range g.Quotes {
			s.GoldQuotes++
			hit := -1
			for i, q := range a.Quotes {
				if !ours[i] && sameQuoteText(q.Text, gq.Text) {
					hit = i
					break
				}
			}
			if hit >= 0 {
				ours[hit] = true
				s.GoldQuotesFound++
				s.GoldQuotesCovered++
			} else {
				// GUM splits some quotations at sentences: a gold quote
				// inside one of ours is covered, not matched.
				for i, q := range a.Quotes {
					if len(strings.Fields(gq.Text)) >= 4 && strings.Contains(normSpace(q.Text), normSpace(gq.Text)) {
						hit = i
						covered[i] = true
						s.GoldQuotesCovered++
						break
					}
				}
			}
			if hit < 0 && verbose {
				t.Logf("%s: missed quote %q", doc, shortText(gq.Text))
			}
			if gq.Speaker == nil {
				continue
			}
			s.GoldSpeakers++
			var names []string
			for i, gp := range g.People {
				if gp.Name == *gq.Speaker {
					names = goldNames[i]
				}
			}
			if hit >= 0 && a.Quotes[hit].Speaker != nil && slices.Contains(names, *a.Quotes[hit].Speaker) {
				s.SpeakerCorrect++
			} else if verbose {
				got := "<no quote>"
				if hit >= 0 {
					got = Name(a.Quotes[hit].Speaker)
				}
				t.Logf("%s: quote %q speaker %s, gold %s", doc, shortText(gq.Text), got, *gq.Speaker)
			}
		}
		for i, q := range a.Quotes {
			s.OurQuotes++
			if ours[i] || covered[i] {
				s.OurQuotesCorrect++
			} else if verbose {
				t.Logf("%s: extra quote %q", doc, shortText(q.Text))
			}
		}
		for _, c := range g.Contributors {
			s.GoldContrib++
			if slices.Contains(a.Contributors, c) {
				s.ContribFound++
			}
		}
		for _, c := range a.Contributors {
			s.OurContrib++
			if slices.Contains(g.Contributors, c) {
				s.OurContribCorrect++
			} else if verbose {
				t.Logf("%s: extra contributor %q", doc, c)
			}
		}
	}
	return s
}

// containsFold reports s among names, compared without case.
func containsFold(names []string, s string) bool {
	return slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, s) })
}

func shortText(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// sameQuoteText compares quotation texts, forgiving the spacing and the
// trailing source-language marker the gold drops.
func sameQuoteText(ours, gold string) bool { return normSpace(ours) == normSpace(gold) }

func normSpace(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "((it))"))
	return strings.Join(strings.Fields(s), " ")
}

package annotate

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// TestAnnotateSampleBlocks annotates the sample's blocks as the gold
// types them, apart from the parser.
func TestAnnotateSampleBlocks(t *testing.T) {
	a, g := voaArticle(t)
	Article(a)
	checkSampleGold(t, a, g)
}

func checkSampleGold(t *testing.T, a *content.Article, g peopleGold) {
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
			t.Errorf("quote %d speaker: got %v, want %v", i, derefName(got.Speaker), derefName(want.Speaker))
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

func derefName(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// peopleScores are the people and quotation scores over gum-news.
type peopleScores struct {
	goldPeople, foundGold         int
	ourPeople, ourCorrect         int
	mentionPairs, mentionExact    int
	mentionAbsErr                 int
	goldSpeakers, speakerCorrect  int
	goldQuotes, goldQuotesFound   int
	goldQuotesCovered             int
	ourQuotes, ourQuotesCorrect   int
	goldContrib, contribFound     int
	ourContrib, ourContribCorrect int
}

func peopleRatio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// gumBuilder makes the annotated Article for a gum-news file.
type gumBuilder func(t *testing.T, txtPath string, g peopleGold) *content.Article

// gumTyped builds blocks typed from the gold and annotates them: the
// annotation alone is measured.
func gumTyped(t *testing.T, txtPath string, g peopleGold) *content.Article {
	a := peopleGumArticle(t, txtPath, g)
	Article(a)
	return a
}

// scorePeopleGum scores the annotation of every document of the corpus
// in testdata/people/<corpus> against its gold.
func scorePeopleGum(t *testing.T, corpus string, verbose bool, build gumBuilder) peopleScores {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "people", corpus, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s files: %v", corpus, err)
	}
	var s peopleScores
	for _, f := range files {
		g := readPeopleGold(t, strings.TrimSuffix(f, ".txt")+".gold.json")
		a := build(t, f, g)
		doc := filepath.Base(f)
		if sp, ok := spansInBounds(a); !ok {
			t.Errorf("%s: span out of bounds: %+v", doc, sp)
		}
		// People: a gold person is found when one of our names is one of theirs.
		goldNames := make([][]string, len(g.People))
		for i, gp := range g.People {
			goldNames[i] = append([]string{gp.Name}, gp.Aliases...)
		}
		matchOf := func(p content.Person) int {
			for i, names := range goldNames {
				if slices.Contains(names, p.Name) {
					return i
				}
			}
			for i, names := range goldNames {
				for _, al := range p.Aliases {
					if slices.Contains(names, al) {
						return i
					}
				}
			}
			return -1
		}
		ourByGold := make(map[int]content.Person)
		for _, p := range a.People {
			s.ourPeople++
			if gi := matchOf(p); gi >= 0 {
				s.ourCorrect++
				if _, dup := ourByGold[gi]; !dup {
					ourByGold[gi] = p
				}
			} else if verbose {
				t.Logf("%s: extra person %q %q (%d)", doc, p.Name, p.Aliases, p.Mentions)
			}
		}
		for gi, gp := range g.People {
			s.goldPeople++
			p, ok := ourByGold[gi]
			if !ok {
				if verbose {
					t.Logf("%s: missed person %q", doc, gp.Name)
				}
				continue
			}
			s.foundGold++
			s.mentionPairs++
			if p.Mentions == gp.NamedMentions {
				s.mentionExact++
			} else if verbose {
				t.Logf("%s: %q mentions %d, gold named %d", doc, gp.Name, p.Mentions, gp.NamedMentions)
			}
			d := p.Mentions - gp.NamedMentions
			s.mentionAbsErr += max(d, -d)
		}
		// Quotations: texts as a multiset, speakers where the gold names one.
		ours := make([]bool, len(a.Quotes))
		covered := make([]bool, len(a.Quotes))
		for _, gq := range g.Quotes {
			s.goldQuotes++
			hit := -1
			for i, q := range a.Quotes {
				if !ours[i] && sameQuoteText(q.Text, gq.Text) {
					hit = i
					break
				}
			}
			if hit >= 0 {
				ours[hit] = true
				s.goldQuotesFound++
				s.goldQuotesCovered++
			} else {
				// GUM splits some quotations at sentences: a gold quote
				// inside one of ours is covered, not matched.
				for i, q := range a.Quotes {
					if len(strings.Fields(gq.Text)) >= 4 && strings.Contains(normSpace(q.Text), normSpace(gq.Text)) {
						hit = i
						covered[i] = true
						s.goldQuotesCovered++
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
			s.goldSpeakers++
			var names []string
			for i, gp := range g.People {
				if gp.Name == *gq.Speaker {
					names = goldNames[i]
				}
			}
			if hit >= 0 && a.Quotes[hit].Speaker != nil && slices.Contains(names, *a.Quotes[hit].Speaker) {
				s.speakerCorrect++
			} else if verbose {
				got := "<no quote>"
				if hit >= 0 {
					got = derefName(a.Quotes[hit].Speaker)
				}
				t.Logf("%s: quote %q speaker %s, gold %s", doc, shortText(gq.Text), got, *gq.Speaker)
			}
		}
		for i, q := range a.Quotes {
			s.ourQuotes++
			if ours[i] || covered[i] {
				s.ourQuotesCorrect++
			} else if verbose {
				t.Logf("%s: extra quote %q", doc, shortText(q.Text))
			}
		}
		for _, c := range g.Contributors {
			s.goldContrib++
			if slices.Contains(a.Contributors, c) {
				s.contribFound++
			}
		}
		for _, c := range a.Contributors {
			s.ourContrib++
			if slices.Contains(g.Contributors, c) {
				s.ourContribCorrect++
			} else if verbose {
				t.Logf("%s: extra contributor %q", doc, c)
			}
		}
	}
	return s
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

// TestAnnotateGumNewsScores scores people, mentions, quotations and
// speakers on gum-news, with blocks typed from the gold so that the
// annotation alone is measured, and holds them above floors set a
// little under what it reaches.
func TestAnnotateGumNewsScores(t *testing.T) {
	s := scorePeopleGum(t, "gum-news", testing.Verbose(), gumTyped)
	personP := peopleRatio(s.ourCorrect, s.ourPeople)
	personR := peopleRatio(s.foundGold, s.goldPeople)
	mentionAcc := peopleRatio(s.mentionExact, s.mentionPairs)
	speakerAcc := peopleRatio(s.speakerCorrect, s.goldSpeakers)
	quoteR := peopleRatio(s.goldQuotesFound, s.goldQuotes)
	quoteCov := peopleRatio(s.goldQuotesCovered, s.goldQuotes)
	quoteP := peopleRatio(s.ourQuotesCorrect, s.ourQuotes)
	contribR := peopleRatio(s.contribFound, s.goldContrib)
	contribP := peopleRatio(s.ourContribCorrect, s.ourContrib)
	t.Logf("gum-news people: precision %.3f (%d/%d), recall %.3f (%d/%d)", personP, s.ourCorrect, s.ourPeople, personR, s.foundGold, s.goldPeople)
	t.Logf("gum-news mentions: exact %.3f (%d/%d), mean abs error %.2f", mentionAcc, s.mentionExact, s.mentionPairs, float64(s.mentionAbsErr)/float64(max(1, s.mentionPairs)))
	t.Logf("gum-news quote speakers: %.3f (%d/%d gold quotes with a named speaker)", speakerAcc, s.speakerCorrect, s.goldSpeakers)
	t.Logf("gum-news quote texts: recall %.3f exact (%d/%d), %.3f found exact or inside a longer quotation (%d); precision %.3f (%d/%d)",
		quoteR, s.goldQuotesFound, s.goldQuotes, quoteCov, s.goldQuotesCovered, quoteP, s.ourQuotesCorrect, s.ourQuotes)
	t.Logf("gum-news contributors: recall %.3f (%d/%d), precision %.3f (%d/%d)", contribR, s.contribFound, s.goldContrib, contribP, s.ourContribCorrect, s.ourContrib)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"person precision", personP, 0.97},
		{"person recall", personR, 0.85},
		{"mention accuracy", mentionAcc, 0.94},
		{"speaker accuracy", speakerAcc, 0.80},
		{"quote recall", quoteR, 0.70},
		{"quote coverage", quoteCov, 0.90},
		{"quote precision", quoteP, 0.97},
		{"contributor recall", contribR, 0.85},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f is below its floor %.3f", f.name, f.got, f.floor)
		}
	}
}

// TestAnnotateGumMoreScores scores people and speakers on gum-more (213
// documents of 13 genres away from news: interviews, biographies,
// fiction...), where names come with less evidence than in news, and
// holds them above floors set a little under what it reaches.
func TestAnnotateGumMoreScores(t *testing.T) {
	s := scorePeopleGum(t, "gum-more", false, gumTyped)
	personP := peopleRatio(s.ourCorrect, s.ourPeople)
	personR := peopleRatio(s.foundGold, s.goldPeople)
	f1 := 2 * personP * personR / max(personP+personR, 1e-9)
	mentionAcc := peopleRatio(s.mentionExact, s.mentionPairs)
	speakerAcc := peopleRatio(s.speakerCorrect, s.goldSpeakers)
	t.Logf("gum-more people: precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f", personP, s.ourCorrect, s.ourPeople, personR, s.foundGold, s.goldPeople, f1)
	t.Logf("gum-more mentions: exact %.3f (%d/%d), mean abs error %.2f", mentionAcc, s.mentionExact, s.mentionPairs, float64(s.mentionAbsErr)/float64(max(1, s.mentionPairs)))
	t.Logf("gum-more quote speakers: %.3f (%d/%d gold quotes with a named speaker)", speakerAcc, s.speakerCorrect, s.goldSpeakers)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"person precision", personP, 0.83},
		{"person recall", personR, 0.50},
		{"person F1", f1, 0.62},
		{"mention accuracy", mentionAcc, 0.83},
		{"speaker accuracy", speakerAcc, 0.26},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f is below its floor %.3f", f.name, f.got, f.floor)
		}
	}
}

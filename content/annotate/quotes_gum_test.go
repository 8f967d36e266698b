package annotate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
)

// speakerOutcome is what became of one gold quotation with a speaker.
type speakerOutcome uint8

const (
	outRight        speakerOutcome = iota
	outQuoteMissed                 // no quotation of ours has its text
	outQuoteInside                 // found only inside a longer one of ours, or cut
	outPersonMissed                // the speaker is not among our people
	outNoSpeaker                   // found, but given no speaker
	outOtherPerson                 // given another person
	outNotPerson                   // given an organisation or description
	outcomes
)

var outcomeNames = [outcomes]string{"right", "quote missed", "quote inside/cut", "speaker not a person of ours", "no speaker", "another person", "org/description"}

// genreSpeakers counts the outcomes of one genre's gold quotations.
type genreSpeakers [outcomes]int

// genreExtra counts one genre's quotations of ours, and those that hold
// no gold quotation and lie in none.
type genreExtra struct{ ours, extra int }

// speakerOutcomeOf classifies gold quotation text (spoken by the person
// whose names are names) against our article a; used marks quotations
// of ours already matched.
func speakerOutcomeOf(a *content.Article, text string, names []string, used []bool) (speakerOutcome, int) {
	hit := -1
	for i, q := range a.Quotes {
		if !used[i] && strings.Join(strings.Fields(q.Text), " ") == strings.Join(strings.Fields(text), " ") {
			hit = i
			break
		}
	}
	if hit < 0 {
		for i, q := range a.Quotes {
			if strings.Contains(q.Text, text) || strings.Contains(text, q.Text) {
				return outQuoteInside, i
			}
		}
		return outQuoteMissed, -1
	}
	used[hit] = true
	q := a.Quotes[hit]
	switch {
	case q.Speaker != nil && slices.Contains(names, *q.Speaker):
		return outRight, hit
	case !slices.ContainsFunc(a.People, func(p content.Person) bool {
		return slices.Contains(names, p.Name) || slices.ContainsFunc(p.Aliases, func(al string) bool { return slices.Contains(names, al) })
	}):
		return outPersonMissed, hit
	case q.Speaker == nil:
		return outNoSpeaker, hit
	case q.SpeakerType != content.SpeakerPerson:
		return outNotPerson, hit
	}
	return outOtherPerson, hit
}

// TestAnnotateGumMoreSpeakersByGenre breaks gum-more's speaker accuracy
// down by genre and by what went wrong (the quotation not found, its
// speaker not a person of ours, no speaker, another one), logging each
// miss with -v, and holds each genre with enough quotations above a
// floor set a little under what it reaches.
func TestAnnotateGumMoreSpeakersByGenre(t *testing.T) {
	dir := filepath.Join("testdata", "people", "gum-more")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no documents in %s: %v", dir, err)
	}
	byGenre := map[string]*genreSpeakers{}
	extra := map[string]*genreExtra{}
	for _, f := range files {
		gp := strings.TrimSuffix(f, ".txt") + ".gold.json"
		g := goldtest.Read(t, gp)
		var meta struct {
			Genre string `json:"genre"`
		}
		data, err := os.ReadFile(gp)
		if err != nil || json.Unmarshal(data, &meta) != nil {
			t.Fatalf("%s: %v", gp, err)
		}
		a := gumTyped(t, f, g)
		counts := byGenre[meta.Genre]
		if counts == nil {
			counts = new(genreSpeakers)
			byGenre[meta.Genre] = counts
		}
		ex := extra[meta.Genre]
		if ex == nil {
			ex = new(genreExtra)
			extra[meta.Genre] = ex
		}
		for _, q := range a.Quotes {
			ex.ours++
			if !slices.ContainsFunc(g.Quotes, func(gq goldQuote) bool {
				return strings.Contains(q.Text, gq.Text) || strings.Contains(gq.Text, q.Text)
			}) {
				ex.extra++
				if testing.Verbose() {
					t.Logf("%s: extra quotation %q", filepath.Base(f), shortQuote(q.Text))
				}
			}
		}
		used := make([]bool, len(a.Quotes))
		for _, gq := range g.Quotes {
			if gq.Speaker == nil {
				continue
			}
			names := []string{*gq.Speaker}
			for _, p := range g.People {
				if p.Name == *gq.Speaker {
					names = append(names, p.Aliases...)
				}
			}
			out, hit := speakerOutcomeOf(a, gq.Text, names, used)
			counts[out]++
			if out != outRight && testing.Verbose() {
				got := "-"
				if hit >= 0 {
					got = goldtest.Name(a.Quotes[hit].Speaker) + " (" + string(a.Quotes[hit].SpeakerType) + ")"
				}
				t.Logf("%s: %s: %q gold %s, got %s", filepath.Base(f), outcomeNames[out], shortQuote(gq.Text), *gq.Speaker, got)
			}
		}
	}
	genres := make([]string, 0, len(byGenre))
	for g := range byGenre {
		genres = append(genres, g)
	}
	sort.Strings(genres)
	floors := map[string]float64{"fiction": 0.82, "bio": 0.35, "textbook": 0.45}
	for _, g := range genres {
		c := byGenre[g]
		total := 0
		for _, n := range c {
			total += n
		}
		if total == 0 {
			continue
		}
		var parts []string
		for o, n := range c {
			if n > 0 && o != int(outRight) {
				parts = append(parts, outcomeNames[o]+" "+itoa(n))
			}
		}
		acc := goldtest.Ratio(c[outRight], total)
		t.Logf("%-12s speakers %.3f (%d/%d); %s; quotations of ours %d, %d not in the gold", g, acc, c[outRight], total, strings.Join(parts, ", "), extra[g].ours, extra[g].extra)
		if f, ok := floors[g]; ok && acc < f {
			t.Errorf("%s speaker accuracy %.3f is below its floor %.3f", g, acc, f)
		}
	}
}

// goldQuote is one quotation of a gold file.
type goldQuote = struct {
	Text    string  `json:"text"`
	Speaker *string `json:"speaker"`
}

func shortQuote(s string) string {
	if len(s) > 50 {
		return s[:50] + "…"
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

package formats

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// gumGold is the part of a gum-news gold file the plain-text pipeline is
// scored on (see testdata/gum-news/README.md).
type gumGold struct {
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Headings  []string `json:"headings"`
	Captions  []string `json:"captions"`
}

// setScore accumulates multiset precision and recall over documents.
type setScore struct{ tp, predicted, gold int }

func (s *setScore) add(pred, gold []string) (missed, extra []string) {
	left := map[string]int{}
	for _, g := range gold {
		left[g]++
	}
	for _, p := range pred {
		if left[p] > 0 {
			left[p]--
			s.tp++
		} else {
			extra = append(extra, p)
		}
	}
	for _, g := range gold {
		if left[g] > 0 {
			left[g]--
			missed = append(missed, g)
		}
	}
	s.predicted += len(pred)
	s.gold += len(gold)
	return missed, extra
}

func (s setScore) precision() float64 { return ratio(s.tp, s.predicted) }
func (s setScore) recall() float64    { return ratio(s.tp, s.gold) }
func (s setScore) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func blockTexts(a *content.Article, t content.BlockType) []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Type == t {
			out = append(out, b.Text)
		}
	}
	return out
}

// TestGumNewsScores scores titles, dates, subheads and captions against the
// gum-news gold over all its documents, logs the scores and the misses, and
// holds them above the levels reached.
func TestGumNewsScores(t *testing.T) {
	files, err := filepath.Glob("testdata/gum-news/*.txt")
	if err != nil || len(files) != 24 {
		t.Fatalf("want the 24 gum-news documents, found %d (%v)", len(files), err)
	}
	var titles, dates int
	var headings, captions setScore
	for _, f := range files {
		var gold gumGold
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &gold); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := parseText(f, data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		doc := filepath.Base(f)
		if a.Title == gold.Title {
			titles++
		} else {
			t.Logf("%s: title %q, gold %q", doc, a.Title, gold.Title)
		}
		if a.Published.String() == gold.Published {
			dates++
		} else {
			t.Logf("%s: published %q, gold %q", doc, a.Published, gold.Published)
		}
		if missed, extra := headings.add(blockTexts(a, content.BlockHeading), gold.Headings); len(missed)+len(extra) > 0 {
			t.Logf("%s: headings missed %q, extra %q", doc, missed, extra)
		}
		if missed, extra := captions.add(blockTexts(a, content.BlockCaption), gold.Captions); len(missed)+len(extra) > 0 {
			t.Logf("%s: captions missed %q, extra %q", doc, missed, extra)
		}
	}
	titleAcc := ratio(titles, len(files))
	dateAcc := ratio(dates, len(files))
	t.Logf("gum-news (%d docs): title accuracy %.3f, date accuracy %.3f", len(files), titleAcc, dateAcc)
	t.Logf("headings: precision %.3f recall %.3f F1 %.3f (%d gold)", headings.precision(), headings.recall(), headings.f1(), headings.gold)
	t.Logf("captions: precision %.3f recall %.3f F1 %.3f (%d gold)", captions.precision(), captions.recall(), captions.f1(), captions.gold)

	// Thresholds: the levels reached, so that a regression fails.
	checks := []struct {
		name      string
		got, want float64
	}{
		{"title accuracy", titleAcc, 1.0},
		{"date accuracy", dateAcc, 1.0},
		{"heading F1", headings.f1(), 1.0},
		{"caption F1", captions.f1(), 1.0},
	}
	for _, c := range checks {
		if c.got < c.want {
			t.Errorf("%s %.3f, want at least %.3f", c.name, c.got, c.want)
		}
	}
}

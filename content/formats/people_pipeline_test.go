// The people tests that read articles through the whole pipeline
// (format reader, then annotation), scored by content/internal/goldtest as
// the annotate package's tests score the annotation alone.
package formats

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
)

// TestAnnotateSampleMatchesGold reads the sample through the whole
// plain-text pipeline (which calls Annotate) and holds people, quotes
// and contributors to the gold.
func TestAnnotateSampleMatchesGold(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "annotate", "testdata", "people", "voa-japan-russia-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	arts, err := ParseBytes("voa-japan-russia-summit.txt", data, Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("parse: %v (%d articles)", err, len(arts))
	}
	g := goldtest.Read(t, filepath.Join("..", "annotate", "testdata", "people", "voa-japan-russia-summit.gold.json"))
	goldtest.CheckSample(t, arts[0], g)
}

// gumParsed reads the file through the whole plain-text pipeline.
func gumParsed(t *testing.T, txtPath string, _ goldtest.Gold) *content.Article {
	data, err := os.ReadFile(txtPath)
	if err != nil {
		t.Fatal(err)
	}
	arts, err := ParseBytes(filepath.Base(txtPath), data, Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("%s: %v", txtPath, err)
	}
	return arts[0]
}

// TestAnnotateGumNewsPipelineScores scores the same through the whole
// plain-text pipeline (parser and annotation together).
func TestAnnotateGumNewsPipelineScores(t *testing.T) {
	s := goldtest.Score(t, filepath.Join("..", "annotate", "testdata", "people", "gum-news"), false, gumParsed)
	personP := goldtest.Ratio(s.OurCorrect, s.OurPeople)
	personR := goldtest.Ratio(s.FoundGold, s.GoldPeople)
	speakerAcc := goldtest.Ratio(s.SpeakerCorrect, s.GoldSpeakers)
	quoteCov := goldtest.Ratio(s.GoldQuotesCovered, s.GoldQuotes)
	t.Logf("gum-news through ParseBytes: people precision %.3f recall %.3f, mentions exact %.3f, speakers %.3f, quotes found %.3f",
		personP, personR, goldtest.Ratio(s.MentionExact, s.MentionPairs), speakerAcc, quoteCov)
	if personP < 0.9 || personR < 0.8 || speakerAcc < 0.7 {
		t.Errorf("pipeline scores fell: precision %.3f recall %.3f speakers %.3f", personP, personR, speakerAcc)
	}
}

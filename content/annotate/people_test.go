package annotate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
)

// TestAnnotateSampleBlocks annotates the sample's blocks as the gold
// types them, apart from the parser.
func TestAnnotateSampleBlocks(t *testing.T) {
	a, g := voaArticle(t)
	Article(a)
	goldtest.CheckSample(t, a, g)
}

// gumTyped builds blocks typed from the gold and annotates them: the
// annotation alone is measured.
func gumTyped(t *testing.T, txtPath string, g goldtest.Gold) *content.Article {
	a := peopleGumArticle(t, txtPath, g)
	Article(a)
	return a
}

// TestAnnotateGumNewsScores scores people, mentions, quotations and
// speakers on gum-news, with blocks typed from the gold so that the
// annotation alone is measured, and holds them above floors set a
// little under what it reaches.
func TestAnnotateGumNewsScores(t *testing.T) {
	s := goldtest.Score(t, filepath.Join("testdata", "people", "gum-news"), testing.Verbose(), gumTyped)
	personP := goldtest.Ratio(s.OurCorrect, s.OurPeople)
	personR := goldtest.Ratio(s.FoundGold, s.GoldPeople)
	mentionAcc := goldtest.Ratio(s.MentionExact, s.MentionPairs)
	speakerAcc := goldtest.Ratio(s.SpeakerCorrect, s.GoldSpeakers)
	quoteR := goldtest.Ratio(s.GoldQuotesFound, s.GoldQuotes)
	quoteCov := goldtest.Ratio(s.GoldQuotesCovered, s.GoldQuotes)
	quoteP := goldtest.Ratio(s.OurQuotesCorrect, s.OurQuotes)
	contribR := goldtest.Ratio(s.ContribFound, s.GoldContrib)
	contribP := goldtest.Ratio(s.OurContribCorrect, s.OurContrib)
	t.Logf("gum-news people: precision %.3f (%d/%d), recall %.3f (%d/%d)", personP, s.OurCorrect, s.OurPeople, personR, s.FoundGold, s.GoldPeople)
	t.Logf("gum-news mentions: exact %.3f (%d/%d), mean abs error %.2f", mentionAcc, s.MentionExact, s.MentionPairs, float64(s.MentionAbsErr)/float64(max(1, s.MentionPairs)))
	t.Logf("gum-news quote speakers: %.3f (%d/%d gold quotes with a named speaker)", speakerAcc, s.SpeakerCorrect, s.GoldSpeakers)
	t.Logf("gum-news quote texts: recall %.3f exact (%d/%d), %.3f found exact or inside a longer quotation (%d); precision %.3f (%d/%d)",
		quoteR, s.GoldQuotesFound, s.GoldQuotes, quoteCov, s.GoldQuotesCovered, quoteP, s.OurQuotesCorrect, s.OurQuotes)
	t.Logf("gum-news contributors: recall %.3f (%d/%d), precision %.3f (%d/%d)", contribR, s.ContribFound, s.GoldContrib, contribP, s.OurContribCorrect, s.OurContrib)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"person precision", personP, 0.97},
		{"person recall", personR, 0.88},
		{"mention accuracy", mentionAcc, 0.94},
		{"speaker accuracy", speakerAcc, 0.98},
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
	s := goldtest.Score(t, filepath.Join("testdata", "people", "gum-more"), os.Getenv("GUMMORE_V") != "", gumTyped)
	personP := goldtest.Ratio(s.OurCorrect, s.OurPeople)
	personR := goldtest.Ratio(s.FoundGold, s.GoldPeople)
	f1 := 2 * personP * personR / max(personP+personR, 1e-9)
	mentionAcc := goldtest.Ratio(s.MentionExact, s.MentionPairs)
	speakerAcc := goldtest.Ratio(s.SpeakerCorrect, s.GoldSpeakers)
	t.Logf("gum-more people: precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f", personP, s.OurCorrect, s.OurPeople, personR, s.FoundGold, s.GoldPeople, f1)
	t.Logf("gum-more mentions: exact %.3f (%d/%d), mean abs error %.2f", mentionAcc, s.MentionExact, s.MentionPairs, float64(s.MentionAbsErr)/float64(max(1, s.MentionPairs)))
	t.Logf("gum-more quote speakers: %.3f (%d/%d gold quotes with a named speaker)", speakerAcc, s.SpeakerCorrect, s.GoldSpeakers)
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"person precision", personP, 0.88},
		{"person recall", personR, 0.66},
		{"person F1", f1, 0.76},
		{"mention accuracy", mentionAcc, 0.86},
		{"speaker accuracy", speakerAcc, 0.70},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s %.3f is below its floor %.3f", f.name, f.got, f.floor)
		}
	}
}

package formats

import (
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/newsreader/newsreader/content"
)

// parseText reads a plain-text page and finishes it, as Parse does for a
// file detected as plain text.
func parseText(_ string, data []byte, opts Options) (*content.Article, error) {
	a, err := readTextArticle(data, opts)
	if err != nil {
		return nil, err
	}
	d := draft{art: a}
	return d.complete()
}

// parseMarkdown reads a Markdown note and finishes it.
func parseMarkdown(data []byte) (*content.Article, error) {
	a, err := readMarkdown(data)
	if err != nil {
		return nil, err
	}
	d := draft{art: a}
	return d.complete()
}

// TestSampleMarkdown compares the sample's Markdown with
// testdata/TestSampleMarkdown.golden (regenerate with -update).
func TestSampleMarkdown(t *testing.T) {
	a, _ := loadSample(t)
	golden.RequireEqual(t, a.Markdown())
}

// checkTerminalSafe fails unless s is valid UTF-8 without control
// characters (newline allowed when multiline), C1 controls or bidi
// overrides.
func checkTerminalSafe(t testing.TB, what, s string, multiline bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if r == '\n' && multiline {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069') {
			t.Fatalf("%s holds control character %U: %q", what, r, s)
		}
	}
}

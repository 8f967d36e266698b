package formats

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// checkArticleSafe fails unless every text field of a, and its Markdown,
// is valid UTF-8 free of control sequences: single-line fields hold no
// control character at all, the Markdown only newlines.
func checkArticleSafe(t testing.TB, a *content.Article) {
	t.Helper()
	for what, s := range map[string]string{
		"title": a.Title, "published": a.Published.String(), "source": a.Source, "url": a.URL,
		"byline": a.Byline, "dateline": a.Dateline,
	} {
		checkTerminalSafe(t, what, s, false)
	}
	for _, c := range a.Contributors {
		checkTerminalSafe(t, "contributor", c, false)
	}
	for _, b := range a.Blocks {
		checkTerminalSafe(t, "block", b.Text, false)
		if b.Text == "" {
			t.Fatalf("empty %s block", b.Type)
		}
	}
	checkTerminalSafe(t, "text", a.Text, true)
	checkTerminalSafe(t, "markdown", a.Markdown(), true)
}

// FuzzParseText feeds arbitrary bytes to the plain-text pipeline: it must
// not panic, must refuse only with its documented errors, and must return
// text that is safe to print.
func FuzzParseText(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/gum-news/*.txt")
	seeds = append(seeds, samplePath)
	for _, s := range seeds[:min(len(seeds), 6)] {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte{})
	f.Add([]byte("\x1b]0;title\x07Headline\x1b[31m here\n\nBy Jane Doe\n\nSEOUL — Text “quoted” here.\n"))
	f.Add([]byte("\xff\xfeH\x00i\x00\n\x00"))
	f.Add([]byte("Caf\xe9\r\n\r\n\x9b31m\x00XS\nSM\nMD\nLG"))
	f.Add([]byte("- a\n* b\n1. c\n> d\n# e\n\n\u202Eevil\u202C"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := parseText("fuzz.txt", data, Options{})
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) {
				t.Fatalf("undocumented error %v", err)
			}
			return
		}
		checkArticleSafe(t, a)
	})
}

// TestParseLargeInput parses a 10 MB page, mixing long paragraphs, a
// megabyte-long line without spaces, repeated captions and control
// sequences: it must finish (the pipeline is linear) and keep the text.
func TestParseLargeInput(t *testing.T) {
	var b strings.Builder
	b.WriteString("A very large page to test the plain-text pipeline\n\n")
	para := "The committee met on Friday, Dec. 16, 2016, and agreed on the plan, “we will go on,” the chair said. "
	caption := "Officials at the meeting (L) in the capital, Dec. 16, 2016."
	for i := 0; b.Len() < 9<<20; i++ {
		b.WriteString(strings.Repeat(para, 5))
		b.WriteString(strconv.Itoa(i)) // consecutive equal lines would be one repeated caption
		b.WriteString("\n\n")
		if i%10 == 0 {
			b.WriteString(caption + "\n" + caption + "\n\n\x1b[31mSubhead in colour\x1b[0m\n\n")
		}
		if i%50 == 0 {
			b.WriteString("Short\nlines\nin\na\nrow\n\n")
		}
	}
	b.WriteString(strings.Repeat("x", 1<<20))
	b.WriteString("\n\nXS\nSM\nMD\nLG\n")
	a, err := parseText("large.txt", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a.ParagraphCount() < 10000 || a.Published.String() != "2016-12-16" {
		t.Errorf("paragraphs %d, published %q", a.ParagraphCount(), a.Published)
	}
	checkArticleSafe(t, a)
}

// TestParseLongWrappedParagraph parses a 4 MB paragraph hard-wrapped at 72
// columns: its lines are joined in linear time into one paragraph.
func TestParseLongWrappedParagraph(t *testing.T) {
	var b strings.Builder
	b.WriteString("A page with one very long wrapped paragraph\n\n")
	line := "the committee met again on the matter and agreed to meet once more and"
	for b.Len() < 4<<20 {
		b.WriteString(line)
		b.WriteString("\n")
	}
	b.WriteString("then it ended.\n")
	a, err := parseText("wrapped.txt", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 1 || !strings.HasSuffix(a.Blocks[0].Text, "and then it ended.") {
		t.Errorf("%d blocks, want one joined paragraph", len(a.Blocks))
	}
}

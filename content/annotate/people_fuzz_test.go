package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
)

// FuzzAnnotate feeds Annotate arbitrary blocks: it must not panic, must
// finish quickly, and every span it returns must lie inside its block.
// The input's paragraphs (split on blank lines) become blocks; a first
// byte picks block types so that headings, captions, credits, quote
// blocks and source lists are all reached.
func FuzzAnnotate(f *testing.F) {
	for _, p := range []string{
		filepath.Join("testdata", "people", "voa-japan-russia-summit.txt"),
		filepath.Join("testdata", "people", "gum-news", "nasa.txt"),
		filepath.Join("testdata", "people", "gum-news", "warhol.txt"),
	} {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		// Excerpts keep the seeds small, so that the fuzzer's mutations
		// and minimisation stay quick.
		for off := 0; off+1500 <= len(data); off += 3000 {
			f.Add(byte(off/3000), string(data[off:off+1500]))
		}
	}
	f.Add(byte(3), "“Open\n\n“again\n\n”")
	f.Add(byte(7), "Mr. X said, ‘a’ \"b\" 'c' Image: Y.\n\nSources\n\nZ. \"T\" — W")
	f.Add(byte(1), "He said, \"\" - .\n\n, said\n\nA B C D E F G H-i, a professor, said")
	f.Add(byte(0), "Rovers 2 (Hale 34, Dunne 71)\n\nDefenders - A. Berg, T.J. Brodie\n\n1. Anna Berg (Norway) 1:18.32\n\nJ. Hale c Dunne b Moss 54\n\nwith Demi, Bri and Tracy. His father, Bill,\n\n— Ashley, Mississauga")
	f.Add(byte(2), "\"Robert,\" Mom says, \"go.\"\n\n\"No,\" I said.\n\n\"Which?\"\n\nAnna turned. \"Yes.\" She left.\n\n'It isn't the players' union,' he said. ''We don't,'' ``x''")
	f.Add(byte(3), "OKAFOR TO LEAD TALKS\n\n(Vantrell, Oskarby, & Quennell, 2010; see Drummel et al., 2008)\n\nMr. HALVERSON met TOMAS BREKKE and Zhou Xiaoming, Marie-Claude d'Orsenne and Edmund IV.\n\nKirk Heaton 21 11 6 4 39\n\nThe City of Tyler. Defenders - V. van Dijk")
	f.Fuzz(func(t *testing.T, types byte, text string) {
		a := &content.Article{}
		kinds := []content.BlockType{content.BlockParagraph, content.BlockHeading, content.BlockCaption, content.BlockQuote, content.BlockList, content.BlockCredit, content.BlockParagraph, content.BlockParagraph}
		for i, p := range strings.Split(text, "\n\n") {
			p = strings.Join(strings.Fields(p), " ")
			if p == "" {
				continue
			}
			k := kinds[(int(types)>>(i%3))%len(kinds)]
			a.Blocks = append(a.Blocks, content.Block{Type: k, Text: p})
		}
		start := time.Now()
		Article(a)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Annotate took %v on %d bytes", d, len(text))
		}
		if sp, ok := goldtest.SpansInBounds(a); !ok {
			t.Fatalf("span out of bounds: %+v", sp)
		}
		for _, q := range a.Quotes {
			if utf8.ValidString(text) && !utf8.ValidString(q.Text) {
				t.Errorf("quote text is not valid UTF-8: %q", q.Text)
			}
			if q.Speaker != nil && *q.Speaker == "" {
				t.Error("empty speaker name")
			}
		}
		for _, p := range a.People {
			if p.Name == "" || p.Mentions < 1 || len(p.Spans) != p.Mentions {
				t.Errorf("bad person %+v", p)
			}
		}
	})
}

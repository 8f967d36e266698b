package formats

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/newsreader/newsreader/content"
)

// fuzzParse runs Parse on data under name and checks what any input must
// give: no panic, and well-formed articles.
func fuzzParse(t *testing.T, name string, data []byte) {
	err := Parse(name, strings.NewReader(string(data)), Options{}, func(a *content.Article) error {
		if a.Format == "" || len(a.Hash) != 64 {
			t.Fatalf("article without format or hash: %q %q", a.Format, a.Hash)
		}
		for _, b := range a.Blocks {
			if b.Text == "" || strings.ContainsAny(b.Text, "\n\r") {
				t.Fatalf("bad %s block %q", b.Type, b.Text)
			}
		}
		return nil
	}, func(error) {})
	if err != nil && !strings.HasPrefix(err.Error(), name) {
		t.Fatalf("error does not name the file: %v", err)
	}
}

// addSamples seeds a fuzz test with the format samples.
func addSamples(f *testing.F, names ...string) {
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(formatsDir, n))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// FuzzHTML fuzzes the HTML reader with the extractor. Run it as
// `go test ./content/formats -run '^$' -fuzz '^FuzzHTML$' -fuzzminimizetime 5s`:
// the seeds are small pages (fuzzseeds_test.go) and inputs past
// maxFuzzPage are passed over, so minimizing stays short.
func FuzzHTML(f *testing.F) {
	for _, p := range fuzzPages {
		f.Add([]byte(p))
	}
	f.Add([]byte("<!DOCTYPE html><html><body><figure><figcaption>x</figcaption></figure><p>y</p></body></html>"))
	f.Add([]byte("<html><table><tr><td>a<blockquote><li>b</table>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzPage {
			return
		}
		fuzzParse(t, "page.html", data)
	})
}

// FuzzHTMLBlocks fuzzes the block conversion, story recovery, link
// dropping and caption placement alone, without the extractor, so that
// many more inputs are tried per second. Seeded with the small pages of
// FuzzHTML; inputs past maxFuzzPage are passed over (the larger ones once
// kept run in TestLargeFuzzInputs): every input that finds new coverage
// is minimized, and minimizing a 6-12 KB page ran past -fuzzminimizetime,
// after which the fuzzer stops and restarts its worker.
func FuzzHTMLBlocks(f *testing.F) {
	for _, p := range fuzzPages {
		f.Add([]byte(p))
	}
	f.Add([]byte("<div class=thumbinner><img><div class=thumbcaption>c</div></div><p>p</p><li>a<ul><li>b</ul>"))
	f.Add([]byte("<article><p class=lede>one two three four five six seven eight nine ten eleven twelve.</p><div class=b><p>a b c d e f g h</p><p>a b c d e f g i</p></div>" +
		"<blockquote class=twitter-tweet><p>post</p></blockquote><div class=b><p>x <a href=/y>y z</a></p></div></article><ul><li><a href=/a>a</a><li><a href=/b>b</a><li><a href=/c>c</a></ul>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzPage {
			return
		}
		checkHTMLBlocks(t, data)
	})
}

// checkHTMLBlocks runs the block conversion on data and checks what any
// page must give: the squashed text of the tree, and blocks of one line.
func checkHTMLBlocks(t *testing.T, data []byte) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return
	}
	if got, want := squashedText(doc), squashSpace(nodeText(doc)); got != want {
		t.Fatalf("squashedText %q, want %q", got, want)
	}
	links := pageLinkTexts(doc)
	blocks := dropLinkBlocks(recoverStory(doc, htmlFragmentBlocks(string(data)), links), links)
	a := &content.Article{Title: "t"}
	for _, b := range tidyBlocks(insertCaptions(blocks, pageCaptions(doc), a.Title), a) {
		if b.Text == "" || strings.ContainsAny(b.Text, "\n\r\t") {
			t.Fatalf("bad %s block %q", b.Type, b.Text)
		}
	}
}

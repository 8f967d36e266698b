// Command htmleval measures main-content extraction from HTML on the
// evaluation set that ships with go-trafilatura (scripts/comparison: 983
// annotated pages, most of them news and blog articles, from Trafilatura's
// own benchmark: BBAW collection, Polish news, German news sites). Each
// page is annotated with snippets that must appear in the extracted text
// ("with") and snippets of boilerplate that must not ("without").
//
// (go-trafilatura with its fallback extractors is not scored: this module
// links stubs of both fallbacks, stubs/readability and stubs/domdistiller,
// to keep their package initialisation off every start.)
//
// It scores, on the same pages and the same protocol as go-trafilatura's
// published comparison table:
//   - go-trafilatura alone (the library, default balanced settings),
//   - go-readability v2 (codeberg.org/readeck) alone,
//   - newsreader: formats.ParseHTML, the whole pipeline (Article.Text: the
//     body alone, title, captions, credits and standfirst excluded), and
//     every block as the reader shows them (captions included: the
//     annotators marked photo captions as boilerplate).
//
// Scores: snippet level as published (a "with" snippet found is a true
// positive, missed a false negative; a "without" snippet found is a false
// positive), and token level (the same, each snippet weighted by its
// number of words). It also prints pages per second.
//
// Usage: go run ./content/internal/htmleval [-dir MODULE_DIR] [-only NAME]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"log"
	nurl "net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/newsreader/newsreader/content/formats"
)

// entry is one annotated page.
type entry struct {
	URL     string
	File    string
	With    []string
	Without []string
	data    []byte
}

// extractor returns the main text of a page.
type extractor struct {
	name string
	run  func(e *entry) string
}

func main() {
	dir := flag.String("dir", "", "go-trafilatura module directory (default: from go list)")
	only := flag.String("only", "", "run only extractors whose name contains this")
	diff := flag.Bool("diff", false, "list the snippets go-trafilatura finds and newsreader misses")
	missed := flag.Bool("missed", false, "list the pages on which newsreader misses wanted snippets or keeps unwanted ones")
	flag.Parse()
	if *dir == "" {
		out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/markusmobius/go-trafilatura").Output()
		if err != nil {
			log.Fatalf("locating go-trafilatura: %v", err)
		}
		*dir = strings.TrimSpace(string(out))
	}
	entries, err := loadEntries(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if *diff {
		printDiff(entries)
		return
	}
	if *missed {
		printMissed(entries)
		return
	}
	fmt.Printf("benchmark: go-trafilatura comparison set, %d annotated pages (%s)\n\n", len(entries), *dir)
	fmt.Printf("%-30s %9s %9s %9s %9s | %9s %9s %9s | %8s\n", "extractor", "precision", "recall", "F1", "accuracy", "tok-prec", "tok-rec", "tok-F1", "pages/s")
	for _, x := range extractors() {
		if *only != "" && !strings.Contains(x.name, *only) {
			continue
		}
		var snip, tok score
		start := time.Now()
		for _, e := range entries {
			text := x.run(e)
			snip.add(e, text, func(string) int { return 1 })
			tok.add(e, text, func(s string) int { return len(strings.Fields(s)) })
		}
		secs := time.Since(start).Seconds()
		fmt.Printf("%-30s %9.3f %9.3f %9.3f %9.3f | %9.3f %9.3f %9.3f | %8.1f\n", x.name,
			snip.precision(), snip.recall(), snip.f1(), snip.accuracy(),
			tok.precision(), tok.recall(), tok.f1(), float64(len(entries))/secs)
	}
}

func extractors() []extractor {
	parse := func(e *entry) *html.Node {
		doc, err := html.Parse(bytes.NewReader(e.data))
		if err != nil {
			return nil
		}
		return doc
	}
	gt := func(e *entry) string {
		doc := parse(e)
		u, _ := nurl.ParseRequestURI(e.URL)
		res, err := trafilatura.ExtractDocument(doc, trafilatura.Options{
			ExcludeComments: true, OriginalURL: u,
		})
		if err != nil {
			return ""
		}
		return res.ContentText
	}
	return []extractor{
		{"go-trafilatura", gt},
		{"go-readability v2", func(e *entry) string {
			u, _ := nurl.ParseRequestURI(e.URL)
			art, err := readability.FromDocument(parse(e), u)
			if err != nil || art.Node == nil {
				return ""
			}
			var b strings.Builder
			if art.RenderText(&b) != nil {
				return ""
			}
			return b.String()
		}},
		{"newsreader (ParseHTML)", func(e *entry) string {
			a, err := formats.ParseHTML(e.data, formats.HTMLPage{URL: e.URL})
			if err != nil {
				return ""
			}
			return a.Text
		}},
		{"newsreader, every block", func(e *entry) string {
			// Article.Text leaves captions, credits and the standfirst
			// out; this is the text with them, as the reader shows it.
			a, err := formats.ParseHTML(e.data, formats.HTMLPage{URL: e.URL})
			if err != nil {
				return ""
			}
			return a.BodyText()
		}},
	}
}

// score accumulates weighted confusion counts.
type score struct{ tp, fn, fp, tn float64 }

func (s *score) add(e *entry, text string, weight func(string) int) {
	norm := normalize(text)
	for _, w := range e.With {
		if text != "" && strings.Contains(norm, normalize(w)) {
			s.tp += float64(weight(w))
		} else {
			s.fn += float64(weight(w))
		}
	}
	for _, w := range e.Without {
		if text != "" && strings.Contains(norm, normalize(w)) {
			s.fp += float64(weight(w))
		} else {
			s.tn += float64(weight(w))
		}
	}
}

// normalize collapses white space, as block joining and paragraph
// splitting change it without changing the text.
func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

func (s score) precision() float64 { return s.tp / (s.tp + s.fp) }
func (s score) recall() float64    { return s.tp / (s.tp + s.fn) }
func (s score) accuracy() float64  { return (s.tp + s.tn) / (s.tp + s.tn + s.fp + s.fn) }
func (s score) f1() float64 {
	p, r := s.precision(), s.recall()
	return 2 * p * r / (p + r)
}

// loadEntries reads the annotations from scripts/comparison/data.go of the
// go-trafilatura module (a Go map literal, read with go/parser) and the
// pages from test-files/comparison and test-files/mock.
func loadEntries(dir string) ([]*entry, error) {
	src := filepath.Join(dir, "scripts", "comparison", "data.go")
	f, err := parser.ParseFile(token.NewFileSet(), src, nil, 0)
	if err != nil {
		return nil, err
	}
	var entries []*entry
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok := kv.Key.(*ast.BasicLit)
		lit, ok2 := kv.Value.(*ast.CompositeLit)
		if !ok || !ok2 || key.Kind != token.STRING {
			return true
		}
		e := &entry{URL: unquote(key.Value)}
		for _, el := range lit.Elts {
			field, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			switch field.Key.(*ast.Ident).Name {
			case "File":
				e.File = unquote(field.Value.(*ast.BasicLit).Value)
			case "With":
				e.With = stringList(field.Value)
			case "Without":
				e.Without = stringList(field.Value)
			}
		}
		if e.File != "" {
			entries = append(entries, e)
		}
		return false
	})
	sort.Slice(entries, func(i, j int) bool { return entries[i].File < entries[j].File })
	out := entries[:0]
	for _, e := range entries {
		for _, sub := range []string{"comparison", "mock"} {
			if data, err := os.ReadFile(filepath.Join(dir, "test-files", sub, e.File)); err == nil {
				e.data = data
				break
			}
		}
		if e.data != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

func stringList(x ast.Expr) []string {
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []string
	for _, el := range lit.Elts {
		if b, ok := el.(*ast.BasicLit); ok {
			out = append(out, unquote(b.Value))
		}
	}
	return out
}

func unquote(s string) string {
	u, err := strconv.Unquote(s)
	if err != nil {
		return s
	}
	return u
}

// printDiff lists, page by page, the snippets on which newsreader and the
// library alone disagree.
func printDiff(entries []*entry) {
	xs := extractors()
	lib, ours := xs[0], xs[3]
	for _, e := range entries {
		a, b := normalize(lib.run(e)), normalize(ours.run(e))
		for _, w := range e.With {
			w = normalize(w)
			if strings.Contains(a, w) && !strings.Contains(b, w) {
				fmt.Printf("%s\tMISSED\t%q\n", e.File, w)
			}
		}
		for _, w := range e.Without {
			w = normalize(w)
			if !strings.Contains(a, w) && strings.Contains(b, w) {
				fmt.Printf("%s\tEXTRA\t%q\n", e.File, w)
			}
		}
	}
}

// printMissed lists, page by page, the wanted snippets newsreader misses
// and the unwanted ones it keeps, with the page's counts: where recall and
// precision are lost, to be read against the pages.
func printMissed(entries []*entry) {
	ours := extractors()[3]
	for _, e := range entries {
		text := normalize(ours.run(e))
		var lost, kept []string
		for _, w := range e.With {
			if w = normalize(w); text == "" || !strings.Contains(text, w) {
				lost = append(lost, w)
			}
		}
		for _, w := range e.Without {
			if w = normalize(w); text != "" && strings.Contains(text, w) {
				kept = append(kept, w)
			}
		}
		if len(lost)+len(kept) == 0 {
			continue
		}
		fmt.Printf("%s\tmissed %d/%d\textra %d/%d\ttext %d bytes\n", e.File, len(lost), len(e.With), len(kept), len(e.Without), len(text))
		for _, w := range lost {
			fmt.Printf("\tMISSED\t%q\n", w)
		}
		for _, w := range kept {
			fmt.Printf("\tEXTRA\t%q\n", w)
		}
	}
}

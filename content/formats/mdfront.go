package formats

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v3"

	"github.com/newsreader/newsreader/content"
)

// markdownFormat reads Markdown notes, with or without YAML front matter:
// the front matter gives the metadata, the Markdown (parsed with goldmark)
// gives headings, paragraphs, list items and block quotes.
var markdownFormat = format{
	Name:   "markdown",
	Detect: detectMarkdown,
	Read: func(name string, r io.Reader, _ Options, out *sink) error {
		data, err := readAllLimited(r, MaxDocumentSize, "Markdown file")
		if err != nil {
			return err
		}
		a, err := readMarkdown(data)
		if err != nil {
			return err
		}
		return out.put(draft{art: a})
	},
}

// detectMarkdown recognises YAML front matter (a first line "---", a
// closing "---" or "..." line, and a YAML mapping between them), or a
// Markdown file name.
func detectMarkdown(name string, head []byte) bool {
	if fm, _, ok := splitFrontMatter(head); ok {
		var m map[string]any
		if yaml.Unmarshal(fm, &m) == nil && len(m) > 0 {
			return true
		}
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// splitFrontMatter separates YAML front matter from the Markdown body.
func splitFrontMatter(data []byte) (front, body []byte, ok bool) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var rest []byte
	switch {
	case bytes.HasPrefix(data, []byte("---\n")):
		rest = data[4:]
	case bytes.HasPrefix(data, []byte("---\r\n")):
		rest = data[5:]
	default:
		return nil, data, false
	}
	for off := 0; off < len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		line := rest[off:]
		next := len(rest)
		if end >= 0 {
			line = rest[off : off+end]
			next = off + end + 1
		}
		if l := string(bytes.TrimRight(line, " \t\r")); l == "---" || l == "..." {
			return rest[:off], rest[next:], true
		}
		off = next
	}
	return nil, data, false
}

// frontMatter holds the metadata fields newsreader reads; Hugo, Jekyll
// and Pandoc spellings are accepted.
type frontMatter struct {
	Title       string `yaml:"title"`
	Date        any    `yaml:"date"`
	Published   any    `yaml:"published"`
	PublishDate any    `yaml:"publishDate"`
	Author      any    `yaml:"author"`
	Authors     any    `yaml:"authors"`
	Byline      string `yaml:"byline"`
	Source      string `yaml:"source"`
	Site        string `yaml:"site"`
	Publisher   string `yaml:"publisher"`
	URL         string `yaml:"url"`
	Link        string `yaml:"link"`
	Canonical   string `yaml:"canonical"`
	CanonURL    string `yaml:"canonical_url"`
}

// readMarkdown reads a Markdown note with optional YAML front matter.
// Without a title in the front matter, a first-level heading opening the
// note is the title.
func readMarkdown(data []byte) (*content.Article, error) {
	a := &content.Article{Format: "markdown", Hash: hashOf(data)}
	front, body, ok := splitFrontMatter(data)
	if ok {
		var fm frontMatter
		if err := yaml.Unmarshal(front, &fm); err != nil {
			return nil, fmt.Errorf("bad YAML front matter: %w", err)
		}
		a.Title = squashSpace(fm.Title)
		a.Published = content.MustParseDate(yamlDate(fm.Date, fm.Published, fm.PublishDate))
		a.Byline = strings.Join(yamlNames(fm.Author, fm.Authors), ", ")
		if a.Byline == "" {
			a.Byline = squashSpace(fm.Byline)
		}
		a.Source = squashSpace(firstNonBlank(fm.Source, fm.Site, fm.Publisher))
		a.URL = firstNonBlank(fm.Canonical, fm.CanonURL, fm.URL, fm.Link)
	}
	if a.Source == "" {
		a.Source = siteName("", "", a.URL)
	}
	conv := markdownConverter{src: body}
	doc := goldmark.New().Parser().Parse(text.NewReader(body))
	conv.blocks(doc)
	blocks := conv.out
	if a.Title == "" && len(conv.titles) > 0 {
		a.Title = conv.titles[0]
	}
	if a.Title == "" && len(blocks) == 0 {
		return nil, errNoArticle
	}
	a.Blocks = tidyBlocks(blocks, a)
	return a, nil
}

// yamlDate reads the first date given: YAML timestamps arrive as
// time.Time, anything else as text.
func yamlDate(vals ...any) string {
	for _, v := range vals {
		switch d := v.(type) {
		case time.Time:
			if d.Hour() == 0 && d.Minute() == 0 && d.Second() == 0 && d.Location() == time.UTC {
				return d.Format(time.DateOnly)
			}
			return d.Format(time.RFC3339)
		case string:
			if s := normalizeDate(d); s != "" {
				return s
			}
		}
	}
	return ""
}

// yamlNames reads author fields: a name, a list of names, or mappings with
// a "name".
func yamlNames(vals ...any) []string {
	var names []string
	var add func(any)
	add = func(v any) {
		switch x := v.(type) {
		case string:
			if s := squashSpace(x); s != "" {
				names = append(names, s)
			}
		case []any:
			for _, el := range x {
				add(el)
			}
		case map[string]any:
			add(x["name"])
		}
	}
	for _, v := range vals {
		if add(v); len(names) > 0 {
			return names
		}
	}
	return nil
}

// markdownConverter turns a goldmark tree into blocks.
type markdownConverter struct {
	src    []byte
	out    []content.Block
	titles []string // first-level headings met before any other block
}

func (c *markdownConverter) add(t content.BlockType, s string) {
	if s = squashSpace(s); s != "" {
		c.out = append(c.out, content.Block{Type: t, Text: s})
	}
}

// blocks converts the block children of n; inQuote turns paragraphs into
// quote blocks.
func (c *markdownConverter) blocks(n ast.Node) { c.blocksIn(n, false) }

func (c *markdownConverter) blocksIn(n ast.Node, inQuote bool) {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch b := ch.(type) {
		case *ast.Heading:
			t := c.inline(b)
			if b.Level == 1 && len(c.out) == 0 && len(c.titles) == 0 {
				c.titles = append(c.titles, squashSpace(t))
				continue
			}
			c.add(content.BlockHeading, t)
		case *ast.Paragraph, *ast.TextBlock:
			if img, ok := onlyImage(ch); ok {
				c.add(content.BlockCaption, firstNonBlank(string(img.Title), c.inline(img)))
				continue
			}
			if inQuote {
				c.add(content.BlockQuote, c.inline(ch))
			} else {
				c.add(content.BlockParagraph, c.inline(ch))
			}
		case *ast.List:
			for item := b.FirstChild(); item != nil; item = item.NextSibling() {
				c.listItem(item, inQuote)
			}
		case *ast.Blockquote:
			c.blocksIn(b, true)
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			c.add(content.BlockParagraph, c.lines(ch))
		case *ast.HTMLBlock:
			for _, bl := range htmlFragmentBlocks(c.lines(ch)) {
				c.out = append(c.out, bl)
			}
		default:
			c.blocksIn(ch, inQuote)
		}
	}
}

// listItem adds an item's own text as one list block and its nested
// lists after it.
func (c *markdownConverter) listItem(item ast.Node, inQuote bool) {
	var parts []string
	for ch := item.FirstChild(); ch != nil; ch = ch.NextSibling() {
		switch ch.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			parts = append(parts, c.inline(ch))
		}
	}
	if inQuote {
		c.add(content.BlockQuote, strings.Join(parts, " "))
	} else {
		c.add(content.BlockList, strings.Join(parts, " "))
	}
	for ch := item.FirstChild(); ch != nil; ch = ch.NextSibling() {
		if l, ok := ch.(*ast.List); ok {
			for sub := l.FirstChild(); sub != nil; sub = sub.NextSibling() {
				c.listItem(sub, inQuote)
			}
		}
	}
}

// onlyImage reports whether a paragraph holds nothing but one image, the
// Markdown way of writing a figure whose alt text or title is its caption.
func onlyImage(p ast.Node) (*ast.Image, bool) {
	if p.ChildCount() != 1 {
		return nil, false
	}
	img, ok := p.FirstChild().(*ast.Image)
	return img, ok
}

// inline is the plain text of n's inline content.
func (c *markdownConverter) inline(n ast.Node) string {
	var b strings.Builder
	var walk func(ast.Node)
	walk = func(n ast.Node) {
		for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
			switch t := ch.(type) {
			case *ast.Text:
				b.Write(t.Segment.Value(c.src))
				if t.SoftLineBreak() || t.HardLineBreak() {
					b.WriteByte(' ')
				}
			case *ast.String:
				b.Write(t.Value)
			case *ast.AutoLink:
				b.Write(t.Label(c.src))
			case *ast.RawHTML:
				// inline tags carry no text of their own
			default:
				walk(ch)
			}
		}
	}
	walk(n)
	return b.String()
}

// lines is the raw text of a code or HTML block.
func (c *markdownConverter) lines(n ast.Node) string {
	var b strings.Builder
	ls := n.Lines()
	for i := 0; i < ls.Len(); i++ {
		seg := ls.At(i)
		b.Write(seg.Value(c.src))
	}
	return b.String()
}

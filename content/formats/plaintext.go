package formats

import (
	"bytes"
	"errors"
	"io"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// maxTextSize bounds a plain-text file; larger ones are refused.
const maxTextSize = 64 << 20

// isXML reports whether data opens with an XML declaration, after an
// optional UTF-8 byte-order mark and white space.
func isXML(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("<?xml"))
}

// plainTextFormat reads scraped pages saved as plain text.
var plainTextFormat = format{
	Name:   "text",
	Detect: func(string, []byte) bool { return true },
	Read: func(name string, r io.Reader, opts Options, out *sink) error {
		buf := textBuffers.Get().(*[]byte)
		data, err := readPlainText(r, (*buf)[:0])
		// The Article holds copies of the text (decodeText returns a new
		// string), never data itself: the buffer can serve the next file.
		defer func() {
			if cap(data) <= maxPooledText {
				*buf = data[:0]
				textBuffers.Put(buf)
			}
		}()
		if err != nil {
			return err
		}
		text, err := decodeText(data)
		if err != nil {
			return err
		}
		if parts := splitArticles(text); parts != nil {
			return readTextParts(name, parts, opts, out)
		}
		a, err := textArticle(text, hashOf(data), opts)
		if err != nil {
			return err
		}
		return out.put(draft{art: a})
	},
}

// readTextParts reads each article of a file that holds several (see
// splitArticles). Each is keyed by its place in the file ("article 2"),
// as a JSON Lines record by its line, so that importing the file again
// updates the same articles; its hash is of its own text.
func readTextParts(name string, parts []string, opts Options, out *sink) error {
	for i, p := range parts {
		key := "article " + strconv.Itoa(i+1)
		a, err := textArticle(p, hashOf([]byte(p)), opts)
		if err != nil {
			if ferr := out.fail(&RecordError{File: name, Record: key, Err: err}); ferr != nil {
				return ferr
			}
			continue
		}
		a.Key = key
		if err := out.put(draft{art: a}); err != nil {
			return err
		}
	}
	return nil
}

// readPlainText reads a plain-text file into buf. Its first bytes decide
// whether it is text at all (binaryStart) and whether it is XML that no
// reader before this one took (a sitemap, a configuration file: feeds and
// XHTML pages are claimed first), so that such a file is refused after
// 8 KB instead of read up to the size limit.
func readPlainText(r io.Reader, buf []byte) ([]byte, error) {
	data, err := readText(r, buf, binarySample)
	switch {
	case err != nil:
		return data, err
	case len(data) == binarySample && binaryStart(data):
		return data, ErrBinary
	case isXML(data):
		return data, ErrOtherXML
	}
	data, err = readText(r, data, maxTextSize+1)
	if err == nil && len(data) > maxTextSize {
		err = errors.New("file too large for plain text (over 64 MiB)")
	}
	return data, err
}

// textBuffers recycles the buffers plain-text files are read into: an
// import reads thousands a second, and each buffer was garbage as soon as
// the file was parsed.
var textBuffers = sync.Pool{New: func() any { b := make([]byte, 0, 2*headSize); return &b }}

// maxPooledText bounds the buffers kept for reuse.
const maxPooledText = 1 << 20

// readText appends what r holds to buf, up to limit bytes in all, and
// returns it. It is io.ReadAll with a buffer that holds a usual page whole
// (io.ReadAll starts at 512 bytes and copies into a final slice: nine
// allocations for 4 KB), doubling past it.
func readText(r io.Reader, buf []byte, limit int) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, min(limit, max(2*cap(buf), 2*headSize))-len(buf))
		}
		n, err := r.Read(buf[len(buf):min(cap(buf), limit)])
		buf = buf[:len(buf)+n]
		if err == io.EOF || len(buf) >= limit {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// readTextArticle reads a scraped page saved as plain text: it decodes the bytes
// (see decodeText), removes control sequences, drops the site's furniture,
// finds the headline, the date, the byline and the credits, and sorts the
// rest into subheads, paragraphs, captions, quotations and list items.
// Errors say why the data is not an article (ErrEmpty, ErrBinary). The
// article is not finished (see draft).
func readTextArticle(data []byte, opts Options) (*content.Article, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	return textArticle(text, hashOf(data), opts)
}

// textArticle reads decoded text as readTextArticle does; hash is the
// article's Hash.
func textArticle(text, hash string, opts Options) (*content.Article, error) {
	units := splitUnits(content.Sanitize(text))
	if len(units) == 0 {
		return nil, ErrEmpty
	}
	a := &content.Article{Format: "text", Hash: hash}
	buildText(a, units, opts)
	return a, nil
}

// buildText fills a from the units of a plain-text page. The publication
// date is the page's own: a date line, or the dateline opening the story
// (which no date line below it overrides); else one inferred from the
// captions (see inferPublished).
func buildText(a *content.Article, us []unit, opts Options) {
	pubAt := takeMetadata(a, us)
	dropFurniture(a, us, opts)
	body := takeTitle(a, us)
	dropTrailingWidgets(body)
	takeCredits(a, body)
	classify(body)
	if at, d, ok := takeDateline(a, body, opts); ok && (pubAt < 0 || pubAt > len(us)-len(body)+at) {
		a.Published = content.MustParseDate(d)
	}
	a.Blocks = make([]content.Block, 0, len(body))
	for _, u := range body {
		if t, ok := blockTypes[u.kind]; ok {
			a.Blocks = append(a.Blocks, content.Block{Type: t, Text: u.text, Cite: u.cite})
		}
	}
	if a.Published.IsZero() {
		a.Published = content.MustParseDate(inferPublished(a.Blocks, opts.latest()))
	}
}

// takeCredits marks the contributor credit lines and lists the names they
// credit in a.Contributors, each once.
func takeCredits(a *content.Article, body []unit) {
	credited := map[string]bool{}
	for i := range body {
		if body[i].kind != kindUnknown {
			continue
		}
		names, ok := parseCredit(body[i].text)
		if !ok {
			continue
		}
		body[i].kind = kindCredit
		for _, n := range names {
			if !credited[n] {
				credited[n] = true
				a.Contributors = append(a.Contributors, n)
			}
		}
	}
}

// blockTypes maps the final unit kinds to block types.
var blockTypes = map[unitKind]content.BlockType{
	kindParagraph: content.BlockParagraph,
	kindHeading:   content.BlockHeading,
	kindCaption:   content.BlockCaption,
	kindQuote:     content.BlockQuote,
	kindList:      content.BlockList,
	kindCredit:    content.BlockCredit,
}

// takeMetadata moves lines that describe the article rather than tell it
// into a's fields: a URL line, a "Source:" line, the date line and the
// byline. It returns the index of the unit that gave a.Published, or -1.
//
// Long because it is one switch over the kinds of metadata line.
func takeMetadata(a *content.Article, us []unit) int {
	fromUpdate := false // a.Published came from an "Updated" line
	pubAt := -1
	for i := range us {
		t := us[i].text
		if u, ok := urlLine(t); ok {
			if a.URL == "" {
				a.URL = u
			}
			us[i].kind = kindDrop
			continue
		}
		if s, ok := sourceLine(t); ok {
			if u, isURL := urlLine(s); isURL {
				if a.URL == "" {
					a.URL = u
				}
			} else if a.Source == "" {
				a.Source = s
			}
			us[i].kind = kindDrop
			continue
		}
		// A wire dateline first: its capitalised place ("PARIS
		// 1996-08-22") would pass for a time zone on a date line.
		if place, d, ok := parseWirePlaceDateLine(t); ok {
			if a.Published.IsZero() {
				a.Published, pubAt = content.MustParseDate(d), i
			}
			if a.Dateline == "" {
				a.Dateline = place
			}
			us[i].kind, us[i].dateline = kindDrop, true
			continue
		}
		if d, updated, ok := parseDateLine(t); ok {
			if a.Published.IsZero() || fromUpdate && !updated {
				a.Published, fromUpdate, pubAt = content.MustParseDate(d), updated, i
			}
			us[i].kind = kindDrop
			continue
		}
		if place, d, ok := parsePlaceDateLine(t); ok {
			// A date line like the others, which also names the place.
			if a.Published.IsZero() {
				a.Published, pubAt = content.MustParseDate(d), i
			}
			if a.Dateline == "" {
				a.Dateline = place
			}
			us[i].kind, us[i].dateline = kindDrop, true
			continue
		}
		if label, value, ok := headerLine(t); ok {
			switch {
			case label == "title" && a.Title == "":
				a.Title = value
			case label == "author" && a.Byline == "":
				a.Byline = value
			}
			us[i].kind = kindDrop
			continue
		}
		if by, ok := parseByline(t); ok {
			if a.Byline == "" {
				a.Byline = by
			}
			us[i].kind = kindDrop
		}
	}
	if a.Source == "" && a.URL != "" {
		if u, err := url.Parse(a.URL); err == nil {
			a.Source = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	return pubAt
}

// urlLine reports a line that is only a web address, optionally labelled.
func urlLine(t string) (string, bool) {
	if i := strings.Index(t, ": "); i > 0 && i < 20 && !strings.Contains(t[:i], "http") {
		label := strings.ToLower(t[:i])
		switch label {
		case "url", "link", "source", "original", "original url", "permalink", "canonical":
			t = strings.TrimSpace(t[i+2:])
		}
	}
	if strings.ContainsAny(t, " \t") || !(strings.HasPrefix(t, "http://") || strings.HasPrefix(t, "https://")) {
		return "", false
	}
	u, err := url.Parse(t)
	if err != nil || u.Host == "" {
		return "", false
	}
	return t, true
}

// headerLabels are the labels of the header lines some scrapers write
// above the text ("Title: …", "Author: …"), by what they give.
var headerLabels = map[string]string{
	"title": "title", "headline": "title", "author": "author", "authors": "author", "byline": "author",
}

// headerLine reports a labelled header line and what it gives.
func headerLine(t string) (label, value string, ok bool) {
	i := strings.IndexByte(t, ':')
	if i <= 0 || i > 10 {
		return "", "", false
	}
	label, ok = headerLabels[strings.ToLower(t[:i])]
	value = strings.TrimSpace(t[i+1:])
	return label, value, ok && value != ""
}

// sourceLine reports a "Source: Outlet" line.
func sourceLine(t string) (string, bool) {
	for _, p := range []string{"Source:", "SOURCE:", "Publisher:", "Outlet:"} {
		if strings.HasPrefix(t, p) {
			s := strings.TrimSpace(t[len(p):])
			if s != "" && textscan.WordCount(s) <= 8 {
				return s, true
			}
		}
	}
	return "", false
}

// dropFurniture drops navigation and widget lines, and the lines the
// archive learned to be furniture of this source.
func dropFurniture(a *content.Article, us []unit, opts Options) {
	for i := range us {
		if us[i].kind != kindUnknown {
			continue
		}
		if isFurniture(us[i].text) ||
			opts.Boilerplate != nil && opts.Boilerplate.IsBoilerplate(a.Source, us[i].text) {
			us[i].kind = kindDrop
		}
	}
}

// dropTrailingWidgets drops the buttons and labels below the last
// paragraph: short lines without sentence punctuation at the very end.
func dropTrailingWidgets(us []unit) {
	for i := len(us) - 1; i >= 0; i-- {
		switch {
		case us[i].kind == kindDrop:
		case us[i].kind == kindUnknown && !us[i].repeated && isWidgetLine(us[i].text):
			us[i].kind = kindDrop
		default:
			return
		}
	}
}

// takeDateline moves the place line opening the first paragraph into
// a.Dateline ("SEOUL — North Korea …" gives "SEOUL" and "North Korea …").
// The paragraph keeps the rest, so that the body reads as text, and the
// Markdown puts the dateline back in front of it. A dateline that writes
// a date ("TOKYO, Aug. 22 —", "Aug 22 (Reuters) -") keeps only the place,
// names the agency as the source when the page names none, and its date,
// given its year (see fullDate), is returned with the paragraph's index.
func takeDateline(a *content.Article, us []unit, opts Options) (at int, date string, ok bool) {
	for i := range us {
		switch us[i].kind {
		case kindParagraph, kindCaption, kindHeading:
		default:
			continue
		}
		head, rest, found := parseDateline(us[i].text)
		place, agency, md, dated := datedHead(head)
		if !found || us[i].kind != kindParagraph && !dated {
			// A short opening line is a paragraph only with a dated
			// dateline ("FILE - …" opens a caption).
			if us[i].kind != kindParagraph {
				continue
			}
			return 0, "", false
		}
		us[i].text = rest
		if !dated {
			a.Dateline = head
			return 0, "", false
		}
		us[i].kind = kindParagraph
		a.Dateline = place
		if a.Source == "" && agency != "" {
			a.Source = agency
		}
		texts := make([]string, 0, len(us))
		for _, u := range us {
			if u.kind == kindParagraph {
				texts = append(texts, u.text)
			}
		}
		if d, ok := fullDate(md, opts.Modified, opts.latest(), texts); ok {
			return i, d.Format(time.DateOnly), true
		}
		return 0, "", false
	}
	return 0, "", false
}

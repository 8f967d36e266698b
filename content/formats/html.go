package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// htmlFormat reads saved web pages (.html, .htm, .xhtml, gzipped too).
var htmlFormat = format{
	Name:   "html",
	Detect: detectHTML,
	Read: func(name string, r io.Reader, opts Options, out *sink) error {
		data, err := readAllLimited(r, MaxDocumentSize, "HTML page")
		if err != nil {
			return err
		}
		a, err := readHTML(data, HTMLPage{Boilerplate: opts.Boilerplate, Saved: opts.Modified})
		if err != nil {
			return err
		}
		return out.put(draft{art: a})
	},
}

// detectHTML recognises a page by its doctype or its first tag, or by its
// extension when it starts with markup. The signatures are matched
// without regard to ASCII case, in place: every plain-text file passes
// through here, and a lower-cased copy of its head cost more than the
// match. (No non-ASCII letter lower-cases to a letter of the signatures,
// so this finds what matching in a Unicode lower-cased copy finds.)
func detectHTML(name string, head []byte) bool {
	h := trimLeadingSpace(head)
	for _, sig := range [...]string{"<!doctype html", "<html", "<head", "<body"} {
		if hasPrefixFoldASCII(h, sig) {
			return true
		}
	}
	// A page may open with comments or an XML declaration before <html>.
	if bytes.HasPrefix(h, []byte("<!--")) || hasPrefixFoldASCII(h, "<?xml") {
		if containsFoldASCII(h, "<html") || containsFoldASCII(h, "<!doctype html") {
			return true
		}
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return bytes.HasPrefix(h, []byte("<"))
	}
	return false
}

// hasPrefixFoldASCII reports whether b starts with sig, a lower-case
// ASCII string, in any ASCII letter case.
func hasPrefixFoldASCII(b []byte, sig string) bool {
	if len(b) < len(sig) {
		return false
	}
	for i := 0; i < len(sig); i++ {
		if textscan.LowerASCII(b[i]) != sig[i] {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether b holds sig, a lower-case ASCII string
// starting with a byte that has no case, in any ASCII letter case.
func containsFoldASCII(b []byte, sig string) bool {
	for {
		i := bytes.IndexByte(b, sig[0])
		if i < 0 {
			return false
		}
		if hasPrefixFoldASCII(b[i:], sig) {
			return true
		}
		b = b[i+1:]
	}
}

// trimLeadingSpace drops a UTF-8 byte order mark and leading white space.
func trimLeadingSpace(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.TrimLeft(b, " \t\r\n\f")
}

// HTMLPage is what is known of a page besides its bytes: where it was
// fetched from and when (from a WARC record), and its declared content type.
type HTMLPage struct {
	// URL is the address the page was fetched from, used when the page
	// names no canonical URL of its own.
	URL string
	// Fetched is when the page was captured (RFC 3339), used as the
	// publication date only when the page itself carries none.
	Fetched string
	// Saved is the file's own time (Options.Modified): no date the page
	// states can be later. Zero: now.
	Saved time.Time
	// ContentType is the HTTP Content-Type, for its charset.
	ContentType string
	// Boilerplate, when set, removes lines known to be furniture of the
	// page's site (see Options.Boilerplate).
	Boilerplate BoilerplateSet
}

// ParseHTML reads one web page: the main content is extracted with
// go-trafilatura (chosen by measurement, see htmleval), converted to blocks
// keeping subheads, paragraphs, list items, block quotes and figure
// captions; title, date, author, site and canonical URL come from the
// page's meta tags, JSON-LD and OpenGraph. The article goes through the
// same cleaning, quotation and people pipeline as plain text: it is
// Parse for one page known to be HTML, with what is known of its fetch.
func ParseHTML(data []byte, page HTMLPage) (*content.Article, error) {
	a, err := readHTML(data, page)
	if err != nil {
		return nil, err
	}
	d := draft{art: a}
	return d.complete()
}

// readHTML reads one web page (see ParseHTML) into an unfinished article.
func readHTML(data []byte, page HTMLPage) (*content.Article, error) {
	utf8Data, err := toUTF8(data, page.ContentType)
	if err != nil {
		return nil, err
	}
	doc, err := html.Parse(bytes.NewReader(utf8Data))
	if err != nil {
		return nil, fmt.Errorf("bad HTML: %w", err)
	}
	a, err := articleFromDocument(doc, page)
	if err != nil {
		return nil, err
	}
	a.Hash = hashOf(data)
	return a, nil
}

// toUTF8 converts a page to UTF-8 from the charset its content type, byte
// order mark or meta tags declare. Bytes that are valid UTF-8 are taken as
// UTF-8 whatever the page declares: saved pages are often re-encoded
// without their meta tag being updated, and valid multi-byte UTF-8 almost
// never arises by chance from a legacy encoding.
func toUTF8(data []byte, contentType string) ([]byte, error) {
	if utf8.Valid(data) {
		return data, nil
	}
	enc, encName, _ := charset.DetermineEncoding(data, contentType)
	if encName == "utf-8" || enc == nil {
		return data, nil
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(data)))
	if err != nil {
		return nil, fmt.Errorf("cannot decode %s text: %w", encName, err)
	}
	return out, nil
}

// extractOptions are go-trafilatura's balanced settings without comments,
// as scored by htmleval against the library with its defaults; the fast
// date search, as pages mostly state their date in their metadata.
//
// About a third of the extraction time is go-trafilatura's language
// detection, which it always runs and which no option turns off. Faster
// extractors were scored with htmleval and lose quality: go-readability v2
// through this pipeline reaches snippet F1 0.882, and readability first with
// go-trafilatura only for pages whose result holds short boilerplate-like
// lines 0.893 to 0.896, against 0.897 for go-trafilatura.
func extractOptions(pageURL string) trafilatura.Options {
	opts := trafilatura.Options{
		ExcludeComments: true,
		Focus:           trafilatura.Balanced,
		HtmlDateMode:    trafilatura.Disabled, // pageDate reads the date
		PruneSelector:   siteNotices,
	}
	if u, err := nurl.ParseRequestURI(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	return opts
}

// siteNotices selects the banners MediaWiki sites (Wikipedia, Wikinews)
// put at the top of every page's content area: "Wikinews is a free news
// source you can write!". The extractor keeps them as the article's
// first paragraph, and the boilerplate learner, which drops them once
// several pages of a site are imported, cannot when the page comes
// alone.
const siteNotices = "#siteNotice, #centralNotice"

// minUntitledText is the least body text (bytes) a page without a title
// must have to count as an article.
const minUntitledText = 80

// errNoContent is returned for a page in which no article text was found.
var errNoContent = errors.New("no article text found in the page")

// articleFromDocument extracts the article of a parsed page.
func articleFromDocument(doc *html.Node, page HTMLPage) (*content.Article, error) {
	// Captions are taken from the page as it is: the extractor drops
	// figures, and they are put back next to the text they stood by.
	caps := pageCaptions(doc)
	var conv blockConverter
	opts := extractOptions(page.URL)
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil, errNoContent
	}
	md := res.Metadata
	a := &content.Article{
		Format: "html",
		Title:  squashSpace(md.Title),
		URL:    firstNonBlank(md.URL, page.URL),
		Byline: strings.ReplaceAll(squashSpace(md.Author), "; ", ", "),
		Source: siteName(md.Sitename, md.Hostname, page.URL),
	}
	if d, ok := pageDate(doc, a.URL, page.capturedOr(time.Now())); ok {
		a.Published = content.DateOf(d, content.PrecisionDay)
	} else if page.Fetched != "" {
		a.Published = content.MustParseDate(page.Fetched)
	}
	conv.walk(res.ContentNode)
	conv.flushLoose()
	links := pageLinkTexts(doc)
	blocks := dropLinkBlocks(recoverStory(doc, conv.blocks, links), links)
	a.Blocks = tidyBlocks(dropKnownBoilerplate(insertCaptions(blocks, caps, a.Title), a.Source, page.Boilerplate), a)
	a.Blocks = dropBodyFurniture(a.Blocks, a.Title)
	markStandfirst(a.Blocks, pageStandfirst(doc))
	// Without a title, a few words are menu text, not an article.
	if len(a.Blocks) == 0 || a.Title == "" && len(a.BodyText()) < minUntitledText {
		return nil, errNoContent
	}
	return a, nil
}

// siteName is the outlet's name when the page gives one, else the host
// name without "www.".
func siteName(sitename, hostname, pageURL string) string {
	if s := squashSpace(sitename); s != "" {
		return s
	}
	if hostname == "" {
		if u, err := nurl.Parse(pageURL); err == nil {
			hostname = u.Hostname()
		}
	}
	return strings.TrimPrefix(strings.ToLower(hostname), "www.")
}

func firstNonBlank(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// squashSpace collapses white space to single spaces.
func squashSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// capturedOr is when the page was captured, or when its file was saved
// (with dateSlack), or fallback when neither is known: no date the page
// states can be later.
func (p HTMLPage) capturedOr(fallback time.Time) time.Time {
	if t, err := time.Parse(time.RFC3339, p.Fetched); err == nil {
		return t
	}
	if !p.Saved.IsZero() {
		return p.Saved.Add(dateSlack)
	}
	return fallback
}

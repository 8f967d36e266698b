package formats

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsreader/newsreader/content"
)

// MaxJSONLine bounds one line of a JSONL file; a longer line is skipped
// with a RecordError and reading goes on.
const MaxJSONLine = 16 << 20

// jsonFormat reads JSON and JSONL (newline-delimited JSON) dumps of news
// scrapers: one article per object. A JSON file may hold one object, an
// array of objects, or an object wrapping such an array ({"articles": [...]}).
var jsonFormat = format{
	Name:   "json",
	Detect: detectJSON,
	Read:   readJSON,
}

// detectJSON recognises a file that opens with an object or an array, or
// is named .json, .jsonl or .ndjson.
func detectJSON(name string, head []byte) bool {
	h := trimLeadingSpace(head)
	if len(h) > 0 && (h[0] == '{' || h[0] == '[') {
		return true
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json", ".jsonl", ".ndjson":
		return len(h) == 0 || h[0] == '{' || h[0] == '['
	}
	return false
}

func readJSON(name string, r io.Reader, _ Options, out *sink) error {
	br := bufio.NewReaderSize(r, 64<<10)
	// The first line decides: one whole object on it makes JSON Lines. It
	// is read whole, as a news-please or trafilatura record with its HTML
	// is often longer than any peek.
	first, tooLong, err := readLine(br, MaxDocumentSize)
	if err != nil && !errors.Is(err, io.EOF) {
		return err
	}
	if tooLong {
		return fmt.Errorf("JSON file %w (over %d MiB)", ErrTooLarge, MaxDocumentSize>>20)
	}
	first = bytes.TrimPrefix(first, []byte("\xef\xbb\xbf"))
	trimmed := bytes.TrimSpace(first)
	if len(trimmed) > 0 && trimmed[0] == '{' && len(first) <= MaxJSONLine && json.Valid(trimmed) {
		return readJSONLines(name, first, err, br, out)
	}
	rest, err := readAllLimited(br, int64(MaxDocumentSize-len(first)), "JSON file")
	if err != nil {
		return err
	}
	return readJSONDocument(name, append(first, rest...), out)
}

// readJSONLines reads one object per line, starting with first (already
// read, with firstErr the error that ended it); a line that is not a
// usable article is reported through onErr and skipped. A file of one
// line is one JSON document: its problem is the file's. A line holding an
// object that wraps an array of records gives all of them.
func readJSONLines(name string, first []byte, firstErr error, br *bufio.Reader, out *sink) error {
	var recErr error
	records, articles := 0, 0
	raw, tooLong, err := first, false, firstErr
	for line := 1; ; line++ {
		if line > 1 {
			out.many = true
			raw, tooLong, err = readLine(br, MaxJSONLine)
			if err != nil && !errors.Is(err, io.EOF) {
				return err
			}
		}
		where := "line " + strconv.Itoa(line)
		report := func(e error) {
			if recErr == nil {
				recErr = e
			}
			out.fail(&RecordError{File: name, Record: where, Err: e})
		}
		if tooLong {
			records++
			report(fmt.Errorf("line %w (over %d MiB)", ErrTooLarge, MaxJSONLine>>20))
		} else if rec := bytes.TrimSpace(raw); len(rec) > 0 {
			items, single := jsonRecords(rec)
			for i, item := range items {
				records++
				d, rerr := articleFromJSON(item)
				if rerr != nil {
					if records == 1 && single && errors.Is(err, io.EOF) {
						return rerr // the whole file was this one object
					}
					report(rerr)
					continue
				}
				d.art.Key = where
				if !single {
					d.art.Key = where + " item " + strconv.Itoa(i+1)
				}
				articles++
				if err := out.put(d); err != nil {
					return err
				}
			}
		}
		if errors.Is(err, io.EOF) {
			if articles == 0 && recErr != nil {
				return fmt.Errorf("no article in %d records: %w", records, recErr)
			}
			return nil
		}
	}
}

// readLine reads one line of at most limit bytes; a longer line is
// consumed and reported as tooLong, without being held in memory.
func readLine(br *bufio.Reader, limit int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(chunk) > limit {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return buf, tooLong, err
	}
}

// readJSONDocument reads a whole JSON file: an object, an array of
// objects, an object holding such an array, or several objects in a row.
func readJSONDocument(name string, data []byte, out *sink) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	n, values := 0, 0
	for {
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			if errors.Is(err, io.EOF) {
				if n == 0 {
					return errors.New("no JSON value in the file")
				}
				return nil
			}
			return fmt.Errorf("bad JSON: %w", err)
		}
		values++
		// Several values in a row (JSON Lines whose lines are too long to
		// be recognised as such, or concatenated objects) are records:
		// each needs its own key, or they would replace one another in
		// the archive.
		multi := values > 1 || dec.More()
		where := ""
		if multi {
			where = "record " + strconv.Itoa(values)
		}
		items, single := jsonRecords(v)
		for i, rec := range items {
			n++
			key := where
			if !single {
				key = strings.TrimSpace(where + " item " + strconv.Itoa(i+1))
			}
			d, err := articleFromJSON(rec)
			if err != nil {
				if single && !multi {
					return err
				}
				out.fail(&RecordError{File: name, Record: key, Err: err})
				continue
			}
			d.art.Key = key
			if err := out.put(d); err != nil {
				return err
			}
		}
	}
}

// jsonRecords returns the article records of one top-level JSON value:
// the value itself, the elements of an array, or the elements of the
// first array of objects in a wrapping object. single reports a lone
// article.
func jsonRecords(v json.RawMessage) (recs []json.RawMessage, single bool) {
	v = bytes.TrimSpace(v)
	if len(v) > 0 && v[0] == '[' {
		var arr []json.RawMessage
		if json.Unmarshal(v, &arr) == nil {
			return arr, false
		}
	}
	var obj map[string]json.RawMessage
	if json.Unmarshal(v, &obj) == nil && findString(obj, jsonTextFields...) == "" {
		for _, field := range []string{"articles", "items", "data", "results", "documents", "docs", "entries", "posts", "stories"} {
			var arr []json.RawMessage
			if raw, ok := obj[field]; ok && json.Unmarshal(raw, &arr) == nil && len(arr) > 0 {
				return arr, false
			}
		}
	}
	return []json.RawMessage{v}, true
}

// Field names of the common scrapers, in order of preference:
// news-please (title, maintext, date_publish, url, authors, source_domain,
// description), trafilatura's JSON output (title, text, date, url, author,
// hostname, sitename), newspaper (title, text, publish_date, authors, url)
// and generic dumps.
var (
	jsonTitleFields  = []string{"title", "headline", "title_page", "title_rss", "name"}
	jsonTextFields   = []string{"maintext", "text", "articleBody", "article_body", "body", "content", "article", "full_text", "raw_text", "content_html", "html"}
	jsonDateFields   = []string{"date_publish", "publish_date", "date_published", "datePublished", "published", "published_at", "publishedAt", "pubDate", "pub_date", "date", "created_at", "date_modify", "date_download"}
	jsonURLFields    = []string{"url", "canonical_url", "link", "source_url", "uri"}
	jsonAuthorFields = []string{"authors", "author", "byline", "creator"}
	jsonSourceFields = []string{"sitename", "site_name", "source_domain", "source", "publisher", "hostname", "domain"}
)

// errNoArticle is returned for a record that holds no article text: a JSON
// file of other data (an annotation, a config) is not taken for an article
// because it happens to have a "title".
var errNoArticle = errors.New("no article text (text, maintext, body, content… or description) in this record")

// articleFromJSON maps one scraper record to an article.
func articleFromJSON(rec []byte) (draft, error) {
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(rec, &obj); err != nil {
		return draft{}, fmt.Errorf("bad JSON: %w", err)
	}
	a := &content.Article{
		Format: "json",
		Title:  squashSpace(findString(obj, jsonTitleFields...)),
		URL:    strings.TrimSpace(findString(obj, jsonURLFields...)),
		Byline: strings.Join(findNames(obj, jsonAuthorFields...), ", "),
		Hash:   hashOf(rec),
	}
	a.Published = content.MustParseDate(normalizeDate(findString(obj, jsonDateFields...)))
	a.Source = squashSpace(findString(obj, jsonSourceFields...))
	if a.Source == "" || isHostName(a.Source) {
		a.Source = siteName("", a.Source, a.URL)
	}
	text := findString(obj, jsonTextFields...)
	if text == "" {
		text = findString(obj, "description", "summary", "excerpt")
	}
	if a.Title != "" && text != "" && !looksLikeHTML(text) {
		if d, err := throughTextPipeline(a, text); err == nil {
			return d, nil
		}
	}
	a.Blocks = bodyBlocks(text)
	if len(a.Blocks) == 0 {
		return draft{}, errNoArticle
	}
	a.Blocks = tidyBlocks(a.Blocks, a)
	return draft{art: a}, nil
}

// throughTextPipeline reads a plain-text body with the plain-text reader
// (readTextArticle), so that subheads, captions, pull quotes, credits and
// furniture lines in a scraper's text field are found as in scraped text
// files; the record's own metadata overrides what the text suggests.
// Dumps that write one paragraph per line get blank lines between them.
// It fails when the text pipeline finds no body (a one-line text may read
// as furniture); the caller then splits the text itself.
//
// The record's metadata replaces the text's after finishing, as given: the
// finishing step (the credits' names that are not the byline's) reads the
// byline the text itself gives.
func throughTextPipeline(meta *content.Article, text string) (draft, error) {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if !strings.Contains(text, "\n\n") {
		text = strings.ReplaceAll(text, "\n", "\n\n")
	}
	a, err := readTextArticle([]byte(meta.Title+"\n\n"+text), Options{})
	if err != nil {
		return draft{}, err
	}
	if !content.HasText(a.Blocks) {
		return draft{}, errNoArticle // no block would be left by content.Clean
	}
	after := func(a *content.Article) {
		a.Title = meta.Title
		a.Format, a.Hash, a.URL, a.Source = meta.Format, meta.Hash, meta.URL, meta.Source
		if meta.Byline != "" {
			a.Byline = meta.Byline
		}
		if !meta.Published.IsZero() {
			a.Published = meta.Published
		}
	}
	return draft{art: a, after: after}, nil
}

// isHostName reports whether s is a domain name ("www.voanews.com") rather
// than an outlet's name, so that it is written like other hosts.
func isHostName(s string) bool {
	return strings.Contains(s, ".") && !strings.ContainsAny(s, " /")
}

// findString returns the first of the fields that holds a non-empty
// string (or a number, or an object with a "name"); "" if none does.
func findString(obj map[string]json.RawMessage, fields ...string) string {
	for _, f := range fields {
		raw, ok := obj[f]
		if !ok {
			continue
		}
		var s string
		if json.Unmarshal(raw, &s) == nil {
			if strings.TrimSpace(s) != "" {
				return s
			}
			continue
		}
		var named struct {
			Name string `json:"name"`
		}
		if json.Unmarshal(raw, &named) == nil && named.Name != "" {
			return named.Name
		}
		var num json.Number
		if json.Unmarshal(raw, &num) == nil {
			return num.String()
		}
	}
	return ""
}

// findNames returns the names in the first of the fields that has any: a
// string, a list of strings, or objects with a "name".
func findNames(obj map[string]json.RawMessage, fields ...string) []string {
	for _, f := range fields {
		raw, ok := obj[f]
		if !ok {
			continue
		}
		var list []json.RawMessage
		if json.Unmarshal(raw, &list) == nil {
			var names []string
			for _, el := range list {
				if s := findString(map[string]json.RawMessage{"v": el}, "v"); s != "" {
					names = append(names, squashSpace(s))
				}
			}
			if len(names) > 0 {
				return names
			}
			continue
		}
		if s := squashSpace(findString(obj, f)); s != "" {
			return []string{strings.TrimPrefix(strings.TrimPrefix(s, "By "), "by ")}
		}
	}
	return nil
}

// bodyBlocks turns an article body held as a string into blocks: HTML is
// converted like a page's content, plain text is split into paragraphs at
// blank lines (or at line ends when the text has no blank line, as
// news-please and trafilatura write one paragraph per line).
func bodyBlocks(text string) []content.Block {
	if looksLikeHTML(text) {
		return htmlFragmentBlocks(text)
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	var parts []string
	if strings.Contains(text, "\n\n") {
		parts = strings.Split(text, "\n\n")
	} else {
		parts = strings.Split(text, "\n")
	}
	var blocks []content.Block
	for _, p := range parts {
		if p = squashSpace(p); p != "" {
			blocks = append(blocks, content.Block{Type: content.BlockParagraph, Text: p})
		}
	}
	return blocks
}

// looksLikeHTML reports whether a body string is HTML markup rather than
// text that happens to contain a "<".
func looksLikeHTML(s string) bool {
	l := strings.ToLower(s)
	for _, tag := range []string{"<p>", "<p ", "</p>", "<br", "<div", "<h2", "<h3", "<li>", "<blockquote", "<figure", "<img "} {
		if strings.Contains(l, tag) {
			return true
		}
	}
	return false
}

package store

import (
	"strings"

	"github.com/newsreader/newsreader/content"
)

// row is an article made ready for the archive by a parsing worker, so
// that the single writer only executes statements.
type row struct {
	key       string
	hash      []byte
	format    string
	title     string
	published string
	pubTS     *int64 // unix seconds; nil when the date is unknown
	source    string
	url       string
	byline    string
	body      []byte // compressed text, Markdown and doc: see packBody
	ftsTitle  string // title and text as FTS5 indexes them (cjkPairs)
	ftsText   string
	ftsPeople string
	people    []personRow
}

type personRow struct {
	name, role       string
	mentions, quotes int
}

// prepare turns a parsed article into a row.
func (s *Store) prepare(a *content.Article) (*row, error) {
	// The doc and the packed body are only compression's input: their
	// buffers are reused from article to article.
	sc := s.scratch.Get().(*prepScratch)
	defer s.scratch.Put(sc)
	body, d, err := encodeDoc(a, sc.doc)
	if err != nil {
		return nil, err
	}
	sc.doc = d
	sc.packed = packBody(sc.packed, body, a.Markdown(), d)
	packed, err := s.compress(sc.packed)
	if err != nil {
		return nil, err
	}
	r := &row{
		key: a.Key, format: a.Format, title: a.Title, published: a.Published.String(),
		source: a.Source, url: a.URL, byline: a.Byline,
		body:     packed,
		ftsTitle: cjkPairs(a.Title),
		ftsText:  cjkPairs(body),
	}
	r.hash = fingerprint(a.Hash, a.Title, body)
	if !a.Published.IsZero() {
		ts := a.Published.Time().Unix()
		r.pubTS = &ts
	}
	var names []string
	for _, p := range a.People {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		names = append(names, p.Name)
		names = append(names, p.Aliases...)
		r.people = append(r.people, personRow{name: p.Name, role: p.Role, mentions: p.Mentions, quotes: p.Quotes})
	}
	r.ftsPeople = cjkPairs(strings.Join(names, "; "))
	return r, nil
}

// prepScratch is the reusable space of one prepare.
type prepScratch struct {
	doc, packed []byte
}

// dayShift places the publication day above the article id in fts_key.
const dayShift = 32

// unixDay0 is the day number of 1970-01-01 counted from 0001-01-01, so
// that every date of years 1..9999 has a positive day.
const unixDay0 = 719162

// dayOf is the day number of unix time ts (0 for an unknown date).
func dayOf(ts *int64) int64 {
	if ts == nil {
		return 0
	}
	d := *ts/86400 + unixDay0 + 1
	if *ts < 0 && *ts%86400 != 0 {
		d--
	}
	if d < 1 {
		return 1
	}
	return d
}

// ftsKey is the FTS5 rowid of article id published on unix time ts:
// FTS5 walks rowids in order, so date order falls out of the index.
func ftsKey(id int64, ts *int64) int64 { return dayOf(ts)<<dayShift | id }

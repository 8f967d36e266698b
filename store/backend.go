package store

import (
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/query"
)

// This file is what a second archive backend (package store/pgstore,
// PostgreSQL) shares with the SQLite archive, so that both store an
// article the same way, tell duplicates by the same hash, sort by the
// same date key, split text into the same words and cut the same
// snippets: the backends cannot drift on any of these.

// Encoded is an article as an archive stores it.
type Encoded struct {
	Key, Format, Title, Published, Source, URL, Byline string
	// Hash identifies the content: an article with the hash of an
	// archived one is a duplicate.
	Hash []byte
	// PubTS is the publication time in unix seconds, nil when unknown.
	PubTS *int64
	// Body is the compressed text, Markdown and structure (see Codec.Decode).
	Body []byte
	// BodyText is the plain text that the search index holds.
	BodyText string
	// People are the article's people with their counts; Names lists
	// their names and aliases, as the index holds them.
	People []EncodedPerson
	Names  []string
}

// EncodedPerson is a person of an Encoded article.
type EncodedPerson struct {
	Name, Role       string
	Mentions, Quotes int
}

// Codec compresses articles for storage and reads them back, as the
// SQLite archive does. It is safe for concurrent use.
type Codec struct {
	once    sync.Once
	enc     *zstd.Encoder
	dec     *zstd.Decoder
	err     error
	scratch sync.Pool
}

func (c *Codec) init() error {
	c.once.Do(func() {
		c.enc, c.err = zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest), zstd.WithLowerEncoderMem(true))
		if c.err == nil {
			c.dec, c.err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0))
		}
		c.scratch.New = func() any { return new(prepScratch) }
	})
	return c.err
}

// Close releases the coders.
func (c *Codec) Close() {
	if c.enc != nil {
		c.enc.Close()
	}
	if c.dec != nil {
		c.dec.Close()
	}
}

// Encode makes a parsed article ready for storage.
func (c *Codec) Encode(a *content.Article) (*Encoded, error) {
	if err := c.init(); err != nil {
		return nil, err
	}
	sc := c.scratch.Get().(*prepScratch)
	defer c.scratch.Put(sc)
	body, d, err := encodeDoc(a, sc.doc)
	if err != nil {
		return nil, err
	}
	sc.doc = d
	sc.packed = packBody(sc.packed, body, a.Markdown(), d)
	e := &Encoded{
		Key: a.Key, Format: a.Format, Title: a.Title, Published: a.Published.String(),
		Source: a.Source, URL: a.URL, Byline: a.Byline, BodyText: body,
		Body: c.enc.EncodeAll(sc.packed, make([]byte, 0, len(sc.packed)*3/8+64)),
		Hash: fingerprint(a.Hash, a.Title, body),
	}
	if !a.Published.IsZero() {
		ts := a.Published.Time().Unix()
		e.PubTS = &ts
	}
	for _, p := range a.People {
		if strings.TrimSpace(p.Name) == "" {
			continue
		}
		e.Names = append(e.Names, p.Name)
		e.Names = append(e.Names, p.Aliases...)
		e.People = append(e.People, EncodedPerson{Name: p.Name, Role: p.Role, Mentions: p.Mentions, Quotes: p.Quotes})
	}
	return e, nil
}

// Decode reads back a stored body: the article's text and structure are
// filled into a (whose other fields the caller sets), and its Markdown
// returned.
func (c *Codec) Decode(packed []byte, a *content.Article) (markdown string, err error) {
	if err := c.init(); err != nil {
		return "", err
	}
	text, md, d, err := c.unpack(packed)
	if err != nil {
		return "", err
	}
	return md, decodeDoc(a, text, d)
}

// Text is the plain text of a stored body.
func (c *Codec) Text(packed []byte) (string, error) {
	if err := c.init(); err != nil {
		return "", err
	}
	text, _, _, err := c.unpack(packed)
	return text, err
}

func (c *Codec) unpack(packed []byte) (text, md string, d []byte, err error) {
	s := Store{dec: c.dec}
	return s.unpackBody(packed)
}

// DateKey is the sort key of the article id published at unix time ts
// (nil: unknown): the day above the id, so that a descending order is
// newest first with unknown dates last, as the SQLite archive lists.
func DateKey(id int64, ts *int64) int64 { return ftsKey(id, ts) }

// YearOfKey is the publication year of a DateKey (0: unknown).
func YearOfKey(key int64) int { return yearOfKey(key) }

// DayBound is the smallest DateKey of the day holding unix time ts.
func DayBound(ts int64) int64 { return dayOf(&ts) << dayShift }

// NewListItem is a list item as another backend reads it; key is its
// DateKey, which keyset paging (ListQuery.After) continues from.
func NewListItem(id int64, title, published, source, path string, key int64) ListItem {
	return ListItem{ID: id, Title: title, Published: content.MustParseDate(published), Source: source, Path: path, ftsKey: key}
}

// DateKey is the item's sort key for date order (see DateKey).
func (it ListItem) DateKey() int64 { return it.ftsKey }

// IndexWords splits text into the words the search index holds: folded
// (lower case, no diacritics), Chinese and Japanese as character pairs.
func IndexWords(text string) []string {
	var out []string
	s := cjkPairs(text)
	start := -1
	for i, r := range s + " " {
		if isTokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if f := fold(s[start:i]); f != "" {
				out = append(out, f)
			}
			start = -1
		}
	}
	return out
}

// TermWords is a query term as the index words it must match, in order;
// prefix says the last may be the start of a longer word.
func TermWords(t query.Term) (words []string, prefix bool) {
	prefix = t.Prefix
	ws := joinCJK(foldTokens(t.Text))
	if len(ws) == 1 && len([]rune(ws[0].text)) == 1 && hasCJK(ws[0].text) {
		prefix = true // one character: the pairs it starts
	}
	for _, w := range ws {
		words = append(words, IndexWords(t.Text[w.start:w.end])...)
	}
	return words, prefix
}

// Snippet cuts from text the excerpt around the words of q that a
// search shows, with the byte ranges of the matched words in it.
func Snippet(text string, q query.Query) (string, [][2]int) {
	var terms []term
	if f, err := toFTS(q); err == nil {
		terms = f.terms
	}
	s, h := makeSnippet(text, terms)
	if h == nil {
		h = [][2]int{}
	}
	return s, h
}

// Name is the archive's name for messages: its file's path.
func (s *Store) Name() string { return s.path }

package store

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsreader/newsreader/query"
)

// ftsQuery is a search query (package query) as the archive runs it: an
// FTS5 expression over the terms and the filters found beside them.
type ftsQuery struct {
	match   string   // FTS5 MATCH expression; "" when the query has no terms
	terms   []term   // words to highlight in snippets
	phrases []phrase // the positive phrases of match, for ranking (rank.go)
	person  string
	source  string
	after   *int64 // unix seconds, inclusive
	before  *int64 // unix seconds, exclusive
}

// term is one folded word to highlight; prefix for word*.
type term struct {
	text   string
	prefix bool
}

// parseQuery reads a search query in the syntax of package query.
func parseQuery(s string) (*ftsQuery, error) {
	q, err := query.Parse(s)
	if err != nil {
		return nil, err
	}
	return toFTS(q)
}

// toFTS translates q to FTS5: each clause of words is an AND operand,
// those of the title follow them, and each negated term is taken out with
// NOT. A query of negated terms only is ErrOnlyNegated: FTS5 has nothing
// to take them out of.
func toFTS(q query.Query) (*ftsQuery, error) {
	f := &ftsQuery{person: q.Person, source: q.Source, after: unixOf(q.After), before: unixOf(q.Before)}
	var words, titles, neg []string
	for _, c := range q.Must {
		expr, ts, ps := ftsAny(c.Any)
		if expr == "" {
			continue
		}
		f.terms = append(f.terms, ts...)
		for _, p := range ps {
			if c.Field == query.Title {
				p.col = colTitle
			}
			p.sole = len(ps) == 1
			f.phrases = append(f.phrases, p)
		}
		if c.Field == query.Title {
			if len(c.Any) > 1 {
				expr = "(" + expr + ")"
			}
			titles = append(titles, "title : "+expr)
		} else {
			words = append(words, expr)
		}
	}
	for _, t := range q.Not {
		if expr, _ := ftsPhrase(t); expr != "" {
			// A negated phrase is in no match: it adds nothing to a
			// score and is left out of phrases.
			neg = append(neg, expr)
		}
	}
	pos := append(words, titles...)
	if len(pos) == 0 {
		if len(neg) > 0 {
			return nil, query.ErrOnlyNegated
		}
		return f, nil
	}
	parts := make([]string, len(pos))
	for i, p := range pos {
		parts[i] = "(" + p + ")"
	}
	f.match = strings.Join(parts, " AND ")
	for _, n := range neg {
		f.match = "(" + f.match + ") NOT " + n
	}
	return f, nil
}

// ftsAny is the FTS5 expression of terms joined by OR, and the words to
// highlight, and the phrases; "" when none of them has a word.
func ftsAny(ts []query.Term) (string, []term, []phrase) {
	var exprs []string
	var words []term
	var phrases []phrase
	for _, t := range ts {
		expr, ws := ftsPhrase(t)
		if expr != "" {
			exprs = append(exprs, expr)
			words = append(words, ws...)
			phrases = append(phrases, newPhrase(expr, ws, colAny))
		}
	}
	return strings.Join(exprs, " OR "), words, phrases
}

// unixOf is t in unix seconds, nil for nil.
func unixOf(t *time.Time) *int64 {
	if t == nil {
		return nil
	}
	u := t.Unix()
	return &u
}

// ftsPhrase quotes a term's text as an FTS5 string (so that no character
// of it is FTS5 syntax) and returns the words to highlight.
func ftsPhrase(t query.Term) (string, []term) {
	text, prefix := t.Text, t.Prefix
	words := joinCJK(foldTokens(text))
	if len(words) == 0 {
		return "", nil
	}
	if len(words) == 1 && utf8.RuneCountInString(words[0].text) == 1 && hasCJK(words[0].text) {
		prefix = true // one character: the pairs it starts
	}
	ts := make([]term, len(words))
	// The phrase holds the words as written: FTS5 folds them with the
	// index's own tokenizer. Folded here, they could differ from the
	// index: Go's decomposition turns a Hangul syllable into its letters
	// and strips a kana's voicing mark, which unicode61 keeps. A CJK word
	// becomes the pairs of characters the index holds (cjk.go).
	raw := make([]string, len(words))
	for i, w := range words {
		ts[i] = term{text: w.text}
		raw[i] = strings.TrimSpace(cjkPairs(text[w.start:w.end]))
	}
	expr := `"` + strings.Join(raw, " ") + `"`
	if prefix {
		expr += "*"
		ts[len(ts)-1].prefix = true
	}
	return expr, ts
}

// joinCJK joins back the characters of a CJK word, which foldTokens
// cuts one by one, into one word: a query word is searched whole.
func joinCJK(ws []foldedToken) []foldedToken {
	out := ws[:0:0]
	for _, w := range ws {
		if n := len(out); n > 0 && out[n-1].end == w.start && hasCJK(out[n-1].text) && hasCJK(w.text) {
			out[n-1].text += w.text
			out[n-1].end = w.end
			continue
		}
		out = append(out, w)
	}
	return out
}

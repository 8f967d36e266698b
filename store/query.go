package store

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// query is a parsed search query: an FTS5 expression over the free words
// and the filters found beside them.
//
// Syntax: words (all must match), "a phrase", word* (prefix), a OR b,
// -word (must not match), and the filters person:"Grant Newsham",
// source:voanews.com, title:word or title:"some words",
// after:2016-12-01 (on or after that day), before:2017 (before that
// day, month or year). Dates are YYYY, YYYY-MM or YYYY-MM-DD.
type query struct {
	match  string // FTS5 MATCH expression; "" when the query has no words
	terms  []term // words to highlight in snippets
	person string
	source string
	after  *int64 // unix seconds, inclusive
	before *int64 // unix seconds, exclusive
}

// term is one folded word to highlight; prefix for word*.
type term struct {
	text   string
	prefix bool
}

// token is one lexical item of a query.
type token struct {
	key    string // filter name, "" for a word or phrase
	text   string
	neg    bool
	phrase bool
}

// filterKeys are the filters the query syntax knows.
var filterKeys = map[string]bool{"person": true, "source": true, "after": true, "before": true, "title": true}

// parseQuery reads a search query (see query).
func parseQuery(s string) (*query, error) {
	q := &query{}
	var pos, neg, titles []string
	pendingOr := false
	for _, t := range lexQuery(s) {
		switch t.key {
		case "person":
			q.person = t.text
			continue
		case "source":
			q.source = t.text
			continue
		case "after", "before":
			day, err := parseDay(t.text)
			if err != nil {
				return nil, fmt.Errorf("%s:%s: %w", t.key, t.text, err)
			}
			if t.key == "after" {
				q.after = &day
			} else {
				q.before = &day
			}
			continue
		}
		if !t.phrase && t.key == "" && t.text == "OR" && len(pos) > 0 {
			pendingOr = true
			continue
		}
		expr, ts := ftsPhrase(t.text, t.phrase)
		if expr == "" {
			continue
		}
		switch {
		case t.key == "title":
			titles = append(titles, expr)
			q.terms = append(q.terms, ts...)
		case t.neg:
			neg = append(neg, expr)
		case pendingOr:
			pos[len(pos)-1] = pos[len(pos)-1] + " OR " + expr
			q.terms = append(q.terms, ts...)
		default:
			pos = append(pos, expr)
			q.terms = append(q.terms, ts...)
		}
		pendingOr = false
	}
	for _, t := range titles {
		pos = append(pos, "title : "+t)
	}
	if len(pos) == 0 {
		if len(neg) > 0 {
			return nil, fmt.Errorf("a search needs at least one word that must match, not only -words")
		}
		return q, nil
	}
	parts := make([]string, len(pos))
	for i, p := range pos {
		parts[i] = "(" + p + ")"
	}
	q.match = strings.Join(parts, " AND ")
	for _, n := range neg {
		q.match = "(" + q.match + ") NOT " + n
	}
	return q, nil
}

// lexQuery splits a query into words, "phrases" and key:value filters.
func lexQuery(s string) []token {
	var out []token
	rs := []rune(s)
	i := 0
	readQuoted := func() string {
		// rs[i] is the opening quote.
		i++
		start := i
		for i < len(rs) && rs[i] != '"' {
			i++
		}
		v := string(rs[start:i])
		if i < len(rs) {
			i++
		}
		return v
	}
	for i < len(rs) {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		var t token
		if rs[i] == '-' && i+1 < len(rs) && !unicode.IsSpace(rs[i+1]) {
			t.neg = true
			i++
		}
		if rs[i] == '"' {
			t.text, t.phrase = readQuoted(), true
			out = append(out, t)
			continue
		}
		start := i
		for i < len(rs) && !unicode.IsSpace(rs[i]) && rs[i] != ':' {
			i++
		}
		word := string(rs[start:i])
		if i < len(rs) && rs[i] == ':' && filterKeys[strings.ToLower(word)] {
			t.key = strings.ToLower(word)
			i++
			if i < len(rs) && rs[i] == '"' {
				t.text, t.phrase = readQuoted(), true
			} else {
				vs := i
				for i < len(rs) && !unicode.IsSpace(rs[i]) {
					i++
				}
				t.text = string(rs[vs:i])
			}
			out = append(out, t)
			continue
		}
		// A colon that starts no filter is part of the word.
		for i < len(rs) && !unicode.IsSpace(rs[i]) {
			i++
		}
		t.text = string(rs[start:i])
		out = append(out, t)
	}
	return out
}

// ftsPhrase quotes user text as an FTS5 string (so that no character of
// it is FTS5 syntax) and returns the words to highlight. A trailing *
// on a single word asks for a prefix match.
func ftsPhrase(text string, phrase bool) (string, []term) {
	prefix := !phrase && strings.HasSuffix(text, "*")
	if prefix {
		text = strings.TrimRight(text, "*")
	}
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

// parseDay reads YYYY, YYYY-MM or YYYY-MM-DD and returns the unix time
// at which that period begins (UTC).
func parseDay(s string) (int64, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Unix(), nil
		}
	}
	return 0, fmt.Errorf("not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
}

package query

import (
	"strings"
	"unicode"
)

// token is one lexical item of a query: a word, a "phrase" or a
// key:value filter, perhaps -negated.
type token struct {
	key    string // filter name, lower case; "" for a word or phrase
	text   string
	neg    bool
	phrase bool // the text was quoted
}

// filterKeys are the filters the syntax knows.
var filterKeys = map[string]bool{"person": true, "source": true, "after": true, "before": true, "title": true}

// lexer splits a query into tokens.
type lexer struct {
	rs []rune
	i  int
}

// lex splits s into words, "phrases" and key:value filters. It never
// fails: an unclosed quote runs to the end, a colon that starts no
// filter is part of its word.
func lex(s string) []token {
	l := lexer{rs: []rune(s)}
	var out []token
	for l.skipSpace() {
		out = append(out, l.next())
	}
	return out
}

// skipSpace moves past white space and reports whether a token follows.
func (l *lexer) skipSpace() bool {
	for l.i < len(l.rs) && unicode.IsSpace(l.rs[l.i]) {
		l.i++
	}
	return l.i < len(l.rs)
}

// next reads the token at l.i, which is not white space.
func (l *lexer) next() token {
	var t token
	// A - before something is a negation; a lone - is a word.
	if l.rs[l.i] == '-' && l.i+1 < len(l.rs) && !unicode.IsSpace(l.rs[l.i+1]) {
		t.neg = true
		l.i++
	}
	if l.rs[l.i] == '"' {
		t.text, t.phrase = l.quoted(), true
		return t
	}
	start := l.i
	for l.i < len(l.rs) && !unicode.IsSpace(l.rs[l.i]) && l.rs[l.i] != ':' {
		l.i++
	}
	word := strings.ToLower(string(l.rs[start:l.i]))
	if l.i < len(l.rs) && l.rs[l.i] == ':' && filterKeys[word] {
		t.key = word
		l.i++
		if l.i < len(l.rs) && l.rs[l.i] == '"' {
			t.text, t.phrase = l.quoted(), true
		} else {
			t.text = l.word(l.i)
		}
		return t
	}
	t.text = l.word(start)
	return t
}

// word returns the text from start up to the next white space.
func (l *lexer) word(start int) string {
	for l.i < len(l.rs) && !unicode.IsSpace(l.rs[l.i]) {
		l.i++
	}
	return string(l.rs[start:l.i])
}

// quoted reads a quoted text, l.rs[l.i] being its opening quote, and
// returns what stands between the quotes (up to the end when unclosed).
func (l *lexer) quoted() string {
	l.i++
	start := l.i
	for l.i < len(l.rs) && l.rs[l.i] != '"' {
		l.i++
	}
	v := string(l.rs[start:l.i])
	if l.i < len(l.rs) {
		l.i++
	}
	return v
}

package store

import (
	"strings"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content"
)

// Chinese and Japanese write words without spaces between them, and
// FTS5's unicode61 tokenizer takes a whole run of such characters, up to
// the next punctuation, as one token: "東京で日露首脳会談" could only be
// found whole. The index therefore holds such runs as overlapping pairs
// of characters ("東京 京で で日 日露 露首 首脳 脳会 会談"), as search engines
// index these languages, and a query word of them becomes the phrase of
// its pairs, which matches wherever the word stands in a run. Korean
// separates its words with spaces and is left as it is.

// hasCJK reports whether s holds a CJK character. Their UTF-8 forms start
// with a byte of 0xE3 or more, so most text is ruled out by bytes.
func hasCJK(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 0xE3 {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if content.IsCJK(r) {
			return true
		}
		i += size - 1
	}
	return false
}

// cjkPairs returns s with each run of CJK characters written as its
// overlapping pairs, space separated and set apart from the text around
// it; a run of one character stays as it is. Text without CJK is
// returned as it is.
func cjkPairs(s string) string {
	if !hasCJK(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) * 2)
	var run []rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		b.WriteByte(' ')
		if len(run) == 1 {
			b.WriteRune(run[0])
		}
		for k := 0; k+1 < len(run); k++ {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(run[k])
			b.WriteRune(run[k+1])
		}
		b.WriteByte(' ')
		run = run[:0]
	}
	for _, r := range s {
		if content.IsCJK(r) {
			run = append(run, r)
			continue
		}
		flush()
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

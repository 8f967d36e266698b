// Package textmatch finds what a reader searches for in plain text:
// case-insensitive, accent-insensitive, across line breaks, optionally
// word-bounded, and reports where the matches are in the original text so
// that they can be highlighted there. It works on text already stripped of
// styling; it never looks at escape sequences.
package textmatch

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a text prepared for searching: its folded form and, for every
// folded byte, the bytes of the original text it came from.
type Text struct {
	folded string
	// start[i], end[i] bound the original rune that folded byte i came from.
	start, end []int32
}

// New folds src for searching.
func New(src string) *Text {
	t := &Text{start: make([]int32, 0, len(src)), end: make([]int32, 0, len(src))}
	var b strings.Builder
	b.Grow(len(src))
	inSpace := false
	var buf [utf8.UTFMax * 4]byte
	for i, r := range src {
		_, size := utf8.DecodeRuneInString(src[i:]) // 1 for an invalid byte
		if unicode.IsSpace(r) {
			if inSpace {
				continue
			}
			inSpace = true
			b.WriteByte(' ')
			t.start = append(t.start, int32(i))
			t.end = append(t.end, int32(i+size))
			continue
		}
		inSpace = false
		n := foldRune(r, buf[:0])
		b.Write(n)
		for range n {
			t.start = append(t.start, int32(i))
			t.end = append(t.end, int32(i+size))
		}
	}
	t.folded = b.String()
	return t
}

// Fold returns the folded form of s: lower case, accents removed,
// typographic quotes and dashes made plain, runs of white space made one
// space, leading and trailing space trimmed. Two strings that a reader
// would call the same word fold to the same string.
func Fold(s string) string {
	var b strings.Builder
	inSpace := true
	var buf [utf8.UTFMax * 4]byte
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !inSpace {
				b.WriteByte(' ')
			}
			inSpace = true
			continue
		}
		inSpace = false
		b.Write(foldRune(r, buf[:0]))
	}
	return strings.TrimSuffix(b.String(), " ")
}

// foldRune appends the folded form of r to dst.
func foldRune(r rune, dst []byte) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	}
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4':
		return append(dst, '\'')
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return append(dst, '"')
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return append(dst, '-')
	}
	var tmp [utf8.UTFMax * 4]byte
	decomposed := norm.NFD.Append(tmp[:0], []byte(string(r))...)
	for len(decomposed) > 0 {
		c, n := utf8.DecodeRune(decomposed)
		decomposed = decomposed[n:]
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(c))
	}
	return dst
}

// Find returns the byte ranges [start, end) in the original text of every
// non-overlapping occurrence of query, compared folded (see Fold). An
// empty query finds nothing.
func (t *Text) Find(query string) [][2]int {
	return t.find(Fold(query), false)
}

// FindWord is Find for whole words: a match must not continue a letter or
// digit on either side, so "Abe" finds "Abe's" but not "Abeyance".
func (t *Text) FindWord(query string) [][2]int {
	return t.find(Fold(query), true)
}

// FindAny returns the matches of every query, merged in text order, with
// overlaps dropped (the earlier, then longer, match wins).
func (t *Text) FindAny(queries []string, words bool) [][2]int {
	var all [][2]int
	for _, q := range queries {
		all = append(all, t.find(Fold(q), words)...)
	}
	return Merge(all)
}

func (t *Text) find(q string, words bool) [][2]int {
	if q == "" || t == nil {
		return nil
	}
	var out [][2]int
	for from := 0; from <= len(t.folded)-len(q); {
		i := strings.Index(t.folded[from:], q)
		if i < 0 {
			break
		}
		i += from
		j := i + len(q)
		if words && !(boundaryBefore(t.folded, i) && boundaryAfter(t.folded, j)) {
			_, n := utf8.DecodeRuneInString(t.folded[i:])
			from = i + n
			continue
		}
		out = append(out, [2]int{int(t.start[i]), int(t.end[j-1])})
		from = j
	}
	return out
}

func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !isWordRune(r)
}

func boundaryAfter(s string, j int) bool {
	if j >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return !isWordRune(r)
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Merge sorts ranges by start (longer first on ties) and drops any that
// overlap an earlier one.
func Merge(ranges [][2]int) [][2]int {
	if len(ranges) < 2 {
		return ranges
	}
	sorted := append([][2]int(nil), ranges...)
	slices.SortFunc(sorted, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return b[1] - a[1]
	})
	out := sorted[:1]
	for _, r := range sorted[1:] {
		if r[0] >= out[len(out)-1][1] {
			out = append(out, r)
		}
	}
	return out
}

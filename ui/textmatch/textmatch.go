// Package textmatch finds what a reader searches for in plain text:
// case-insensitive, accent-insensitive, across line breaks, optionally
// word-bounded, and reports where the matches are in the original text so
// that they can be highlighted there. It works on text already stripped of
// styling; it never looks at escape sequences.
package textmatch

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a text prepared for searching: its folded form and, for every
// folded byte, the bytes of the original text it came from. The mapping is
// kept as runs, not per byte: most text folds byte for byte (ASCII), so a
// 20 MB article costs about its own size again, not eight times it.
type Text struct {
	folded string
	runs   []run // sorted by folded offset
}

// run maps the folded bytes from f to the next run's f to the original
// text: with size 0, folded byte f+k came from original byte o+k (a run of
// ASCII that folds one byte to one); otherwise every folded byte of the run
// came from the one original rune [o, o+size).
type run struct {
	f, o, size int32
}

// New folds src for searching.
func New(src string) *Text {
	t := &Text{runs: make([]run, 0, len(src)/64)}
	var b strings.Builder
	b.Grow(len(src))
	inSpace := false
	linearAt := -1 // the original offset that continues the current ASCII run
	// Folding a rune beyond ASCII costs a normalisation; a text repeats
	// the few it has.
	folds := map[rune]string{}
	for i, r := range src {
		if r < utf8.RuneSelf {
			c := byte(r)
			space := c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'
			if space && inSpace {
				continue
			}
			inSpace = space
			switch {
			case space:
				c = ' '
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if linearAt != i {
				t.runs = append(t.runs, run{f: int32(b.Len()), o: int32(i)})
			}
			b.WriteByte(c)
			linearAt = i + 1
			continue
		}
		_, size := utf8.DecodeRuneInString(src[i:]) // 1 for an invalid byte
		space := unicode.IsSpace(r)
		if space && inSpace {
			continue
		}
		inSpace = space
		linearAt = -1
		folded, ok := folds[r]
		if !ok {
			var buf [utf8.UTFMax * 4]byte
			folded = string(foldRune(r, buf[:0]))
			if space {
				folded = " "
			}
			folds[r] = folded
		}
		if folded != "" {
			t.runs = append(t.runs, run{f: int32(b.Len()), o: int32(i), size: int32(size)})
			b.WriteString(folded)
		}
	}
	t.folded = b.String()
	return t
}

// original returns the bytes [start, end) of the original text that
// folded byte i came from.
func (t *Text) original(i int) (start, end int) {
	k := sort.Search(len(t.runs), func(k int) bool { return int(t.runs[k].f) > i }) - 1
	r := t.runs[k]
	if r.size == 0 {
		start = int(r.o) + i - int(r.f)
		return start, start + 1
	}
	return int(r.o), int(r.o + r.size)
}

// Len is the length of the folded text: FindAnyRange's offsets run from 0
// to Len.
func (t *Text) Len() int {
	if t == nil {
		return 0
	}
	return len(t.folded)
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
	found, _ := t.FindAnyRange([]string{query}, false, 0, t.Len())
	return found
}

// FindWord is Find for whole words: a match must not continue a letter or
// digit on either side, so "Abe" finds "Abe's" but not "Abeyance".
func (t *Text) FindWord(query string) [][2]int {
	found, _ := t.FindAnyRange([]string{query}, true, 0, t.Len())
	return found
}

// FindAny returns the matches of every query, merged in text order, with
// overlaps dropped (the earlier, then longer, match wins).
func (t *Text) FindAny(queries []string, words bool) [][2]int {
	all, _ := t.FindAnyRange(queries, words, 0, t.Len())
	return all
}

// FindAnyRange is FindAny for the matches that start in [from, to) of the
// folded text (see Len), so that a long text is searched a piece at a
// time. It returns where the next piece starts: to, or past the end of
// the last match when that runs on beyond to. Searching the pieces from 0
// on, each from the last one's next, finds what FindAny finds.
func (t *Text) FindAnyRange(queries []string, words bool, from, to int) (matches [][2]int, next int) {
	var all [][2]int // folded offsets until merged
	for _, q := range queries {
		all = append(all, t.find(Fold(q), words, from, to)...)
	}
	all = Merge(all)
	next = to
	for i, r := range all {
		next = max(next, r[1])
		start, _ := t.original(r[0])
		_, end := t.original(r[1] - 1)
		all[i] = [2]int{start, end}
	}
	return all, next
}

// find returns the folded ranges of the matches of q that start in
// [from, to).
func (t *Text) find(q string, words bool, from, to int) [][2]int {
	if q == "" || t == nil {
		return nil
	}
	// A match must start before to: nothing past to+len(q)-1 is looked at,
	// so that a rare word costs a piece what the piece holds.
	hay := t.folded[:min(len(t.folded), to+len(q)-1)]
	var out [][2]int
	for from <= len(hay)-len(q) {
		i := strings.Index(hay[from:], q)
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
		out = append(out, [2]int{i, j})
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

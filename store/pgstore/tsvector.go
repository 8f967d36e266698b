package pgstore

import (
	"encoding/binary"
	"slices"
	"strings"

	"github.com/newsreader/newsreader/store"
)

// PostgreSQL's limits on a tsvector: positions run to 16383, a lexeme
// keeps 256 of them and is under 2 KB, the lexemes together under 1 MB.
const (
	maxPos          = 16383
	maxPositions    = 255
	maxLexemeSize   = 2046
	maxLexemesBytes = 1<<20 - 1
)

// Weights of a tsvector position, in its top two bits.
const (
	weightA = 3 << 14
	weightB = 2 << 14
	weightC = 1 << 14
)

// buildTSVector is the tsvector of an article in PostgreSQL's binary
// form: the index words of the title (weight A), the body (B) and the
// people's names (C), positioned so that a phrase matches within one of
// them only. It is built here rather than by to_tsvector so that
// PostgreSQL's parser and the database's locale split no word
// differently from the SQLite index (store.IndexWords).
//
// The binary form (tsvectorsend's): the lexeme count; each lexeme NUL
// terminated, its position count and positions (weight and position in
// 16 bits), lexemes in byte order, positions strictly rising. The
// server checks the positions' order and sorts unsorted lexemes but
// would keep a repeated one: every rule is kept here.
func buildTSVector(title, body string, names []string) []byte {
	t := tsvBuilder{index: make(map[string]int32, len(body)/16+8)}
	t.add(title, weightA)
	t.add(body, weightB)
	for _, n := range names {
		t.add(n, weightC)
	}
	return t.binary()
}

// tsvBuilder gathers a tsvector's lexemes and positions without a slice
// per lexeme: the positions go into one list as they come, and are
// grouped by lexeme once, at the end (a slice per lexeme and a sort of
// a map's keys were a quarter of the PostgreSQL import's client CPU).
type tsvBuilder struct {
	index map[string]int32 // a lexeme's number in lex
	lex   []tsvLexeme
	occ   []tsvOccurrence // positions kept, in the order they came
	pos   int             // the last position given
	size  int             // bytes of the lexemes
}

type tsvLexeme struct {
	w    string
	n    int // positions kept
	last int // the last of them, without its weight
}

type tsvOccurrence struct {
	lex int32
	p   uint16 // weight and position
}

// add adds the index words of text at weight, then a gap: no phrase
// runs on into the next part.
func (t *tsvBuilder) add(text string, weight uint16) {
	for _, w := range store.IndexWords(text) {
		t.pos = min(t.pos+1, maxPos)
		i, ok := t.index[w]
		if !ok {
			if w == "" || len(w) > maxLexemeSize || t.size+len(w) > maxLexemesBytes || strings.IndexByte(w, 0) >= 0 {
				continue
			}
			i = int32(len(t.lex))
			t.index[w] = i
			t.lex = append(t.lex, tsvLexeme{w: w})
			t.size += len(w)
		}
		// Past maxPos every word stands at maxPos, once.
		if l := &t.lex[i]; l.n < maxPositions && (l.n == 0 || l.last < t.pos) {
			l.n++
			l.last = t.pos
			t.occ = append(t.occ, tsvOccurrence{i, weight | uint16(t.pos)})
		}
	}
	t.pos++
}

// binary is the tsvector in its binary form, lexemes in byte order,
// each one's positions in the order they came (rising).
func (t *tsvBuilder) binary() []byte {
	order := make([]int32, len(t.lex))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(t.lex[a].w, t.lex[b].w) })
	// start[i]: where lexeme i's positions begin in the sorted list.
	start := make([]int, len(t.lex))
	next := 0
	for _, i := range order {
		start[i] = next
		next += t.lex[i].n
	}
	sorted := make([]uint16, len(t.occ))
	for _, o := range t.occ {
		sorted[start[o.lex]] = o.p
		start[o.lex]++
	}
	b := make([]byte, 0, 4+t.size+len(t.lex)*3+len(t.occ)*2)
	b = binary.BigEndian.AppendUint32(b, uint32(len(t.lex)))
	at := 0
	for _, i := range order {
		l := t.lex[i]
		b = append(append(b, l.w...), 0)
		b = binary.BigEndian.AppendUint16(b, uint16(l.n))
		for _, p := range sorted[at : at+l.n] {
			b = binary.BigEndian.AppendUint16(b, p)
		}
		at += l.n
	}
	return b
}

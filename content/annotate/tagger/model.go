package tagger

import (
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"slices"
	"unicode"
	"unicode/utf8"
)

// Model is a trained tagger: a weight per feature and label, in an
// open-addressing table (a Go map costs twice as much per lookup, and
// a block of text looks up thousands of features).
type Model struct {
	keys []uint64 // 0 marks an empty slot
	vals [][numLabels]float32
	mask uint64
	n    int
}

// newModel makes an empty table for about n features.
func newModel(n int) *Model {
	size := 1 << bits.Len(uint(n*2+1))
	return &Model{keys: make([]uint64, size), vals: make([][numLabels]float32, size), mask: uint64(size - 1)}
}

// Features is how many features the model weighs.
func (m *Model) Features() int { return m.n }

func (m *Model) slot(key uint64) int {
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		if m.keys[i] == key || m.keys[i] == 0 {
			return int(i)
		}
	}
}

func (m *Model) set(key uint64, w [numLabels]float32) {
	if key == 0 {
		return // the empty mark; a feature hashing to 0 is dropped
	}
	i := m.slot(key)
	if m.keys[i] == 0 {
		m.n++
	}
	m.keys[i], m.vals[i] = key, w
}

// score adds the weights of feats per label.
func (m *Model) score(feats []uint64) (s [numLabels]float32) {
	for _, f := range feats {
		if f == 0 {
			continue
		}
		if i := m.slot(f); m.keys[i] != 0 {
			v := &m.vals[i]
			s[0] += v[0]
			s[1] += v[1]
			s[2] += v[2]
		}
	}
	return s
}

// best is the label of the highest score that may follow prev (I only
// after B or I).
func best(s [numLabels]float32, prev int) int {
	l := O
	for c := B; c < numLabels; c++ {
		if c == I && prev == O {
			continue
		}
		if s[c] > s[l] {
			l = c
		}
	}
	return l
}

// candidate reports whether token i may be in a name at all: a
// capitalised word, or a lower-case word after a name word and before
// a capitalised one ("van" in "Vincent van Gogh"). Other tokens are O
// without being weighed, which keeps tagging cheap.
func candidate(toks []Token, i, prev int) bool {
	w := toks[i].Text
	if Capitalised(w) {
		return true
	}
	if prev == O || i+1 >= len(toks) || !Capitalised(toks[i+1].Text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// Tag labels the tokens of each block O, B or I, greedily from left to
// right, with lex the lexicon the model was trained with. scratch is
// reused between calls when not nil.
func (m *Model) Tag(blocks [][]Token, lex Lexicon, scratch *Scratch) [][]uint8 {
	if scratch == nil {
		scratch = &Scratch{}
	}
	d := newDoc(blocks, lex, scratch.seen)
	scratch.seen = d.seenLower
	out := make([][]uint8, len(blocks))
	for bi, toks := range blocks {
		labels := make([]uint8, len(toks))
		d.startBlock(len(toks))
		prev := O
		for i := range toks {
			l := O
			if candidate(toks, i, prev) {
				scratch.feats = d.features(toks, i, prev, scratch.feats[:0])
				l = best(m.score(scratch.feats), prev)
			}
			labels[i] = uint8(l)
			prev = l
		}
		out[bi] = labels
	}
	return out
}

// Scratch holds Tag's buffers between calls.
type Scratch struct {
	feats, seen []uint64
}

const magic = "NRPT1\n"

// MarshalBinary writes the model: a header, the feature count, then per
// feature (sorted) the difference from the previous key as a varint and
// three weights as int16 steps of scale.
func (m *Model) MarshalBinary() ([]byte, error) {
	order := make([]int, 0, m.n)
	maxW := float32(0)
	for i, k := range m.keys {
		if k != 0 {
			order = append(order, i)
			for _, w := range m.vals[i] {
				maxW = max(maxW, float32(math.Abs(float64(w))))
			}
		}
	}
	slices.SortFunc(order, func(a, b int) int {
		if m.keys[a] < m.keys[b] {
			return -1
		}
		return 1
	})
	scale := max(maxW/math.MaxInt16, 1e-9)
	out := append([]byte(magic), make([]byte, 8)...)
	binary.LittleEndian.PutUint32(out[len(magic):], math.Float32bits(scale))
	binary.LittleEndian.PutUint32(out[len(magic)+4:], uint32(len(order)))
	last := uint64(0)
	for _, i := range order {
		out = binary.AppendUvarint(out, m.keys[i]-last)
		last = m.keys[i]
		for _, w := range m.vals[i] {
			out = binary.LittleEndian.AppendUint16(out, uint16(int16(math.Round(float64(w/scale)))))
		}
	}
	return out, nil
}

// Load reads a model MarshalBinary wrote.
func Load(data []byte) (*Model, error) {
	if len(data) < len(magic)+8 || string(data[:len(magic)]) != magic {
		return nil, errors.New("tagger: not a model")
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(data[len(magic):]))
	n := int(binary.LittleEndian.Uint32(data[len(magic)+4:]))
	data = data[len(magic)+8:]
	if n > len(data)/7 {
		return nil, errors.New("tagger: model truncated")
	}
	m := newModel(n)
	key := uint64(0)
	for range n {
		d, k := binary.Uvarint(data)
		if k <= 0 || len(data) < k+6 {
			return nil, errors.New("tagger: model truncated")
		}
		key += d
		data = data[k:]
		var w [numLabels]float32
		for l := range w {
			w[l] = float32(int16(binary.LittleEndian.Uint16(data[2*l:]))) * scale
		}
		data = data[6:]
		m.set(key, w)
	}
	return m, nil
}

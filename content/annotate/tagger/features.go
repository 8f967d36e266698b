package tagger

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Lexicon returns the classes of a word in any letter case, as bits
// (a given name, an English word, a role, a speech verb...): the
// tagger learns what each bit is worth, so the bits' meaning is the
// caller's, but a model must be applied with the lexicon it was
// trained with.
type Lexicon func(word string) uint32

// Labels a token can have.
const (
	O = iota // outside any name
	B        // the first word of a name
	I        // a later word of a name
	numLabels
)

// Feature templates: each feature is a template and a value hashed.
const (
	fBias = iota + 1
	fLower
	fShape
	fPrefix
	fSuffix3
	fSuffix2
	fPrevLower
	fNextLower
	fPrev2Lower
	fNext2Lower
	fPrevShape
	fNextShape
	fClass
	fPrevClass
	fNextClass
	fSentStart
	fPrevLabel
	fPrevLabelShape
	fPrevLabelLower
	fSeenLower
	fAllCaps
	fPrevBigram
	fNextBigram
	fClassStart
	fPrevLabelClass
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hasher hashes a feature's template and parts, lower-cased where asked.
type hasher uint64

func newHash(template byte) hasher {
	return hasher((fnvOffset ^ uint64(template)) * fnvPrime)
}

func (h hasher) str(s string) hasher {
	for i := 0; i < len(s); i++ {
		h = (h ^ hasher(s[i])) * fnvPrime
	}
	return (h ^ 0xff) * fnvPrime
}

func (h hasher) lower(s string) hasher {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ hasher(c)) * fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		h = (h ^ hasher(unicode.ToLower(r))) * fnvPrime
		i += n
	}
	return (h ^ 0xff) * fnvPrime
}

func (h hasher) num(v uint64) hasher { return (h ^ hasher(v)) * fnvPrime }

// shape writes the word's letters as X, x and d, runs of one kind cut
// at two ("Xxx", "X.", "dd-dd"), into buf.
func shape(w string, buf []byte) []byte {
	buf = buf[:0]
	var last byte
	run := 0
	for _, r := range w {
		c := byte('-')
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		}
		if c == last {
			run++
			if run >= 2 {
				continue
			}
		} else {
			run = 0
		}
		last = c
		buf = append(buf, c)
	}
	return buf
}

// Capitalised reports whether w begins with an upper-case letter.
func Capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// doc is what the features see of a text beyond a token's neighbours:
// the words written in lower case somewhere in it (a capitalised word
// also written in lower case is likely a word at a sentence's start).
type doc struct {
	seenLower []uint64 // hashes of lower-case words, sorted
	lex       Lexicon
}

// newDoc gathers the lower-case words of blocks.
func newDoc(blocks [][]Token, lex Lexicon, buf []uint64) doc {
	buf = buf[:0]
	for _, toks := range blocks {
		for _, t := range toks {
			if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) {
				buf = append(buf, uint64(newHash(0).lower(t.Text)))
			}
		}
	}
	slices.Sort(buf)
	return doc{seenLower: slices.Compact(buf), lex: lex}
}

func (d *doc) isSeenLower(w string) bool {
	_, ok := slices.BinarySearch(d.seenLower, uint64(newHash(0).lower(w)))
	return ok
}

// sentenceStart reports whether token i opens a sentence: the first of
// its block or after a full stop, a question or exclamation mark, a
// colon or an opening quotation mark.
func sentenceStart(toks []Token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch toks[j].Text {
		case "\"", "“", "‘", "(", "[", "'":
			continue
		case ".", "!", "?", ":", "—", "–":
			return true
		}
		return false
	}
	return true
}

// features appends token i's feature hashes to dst, given the label
// of the token before it.
//
// Long because it is the list of feature templates, one line or two each.
func (d *doc) features(toks []Token, i, prev int, dst []uint64) []uint64 {
	var sb, nb [32]byte
	w := toks[i].Text
	sh := shape(w, sb[:0])
	add := func(h hasher) { dst = append(dst, uint64(h)) }
	word := func(j int) string {
		if j < 0 || j >= len(toks) {
			return "<>"
		}
		return toks[j].Text
	}
	add(newHash(fBias))
	add(newHash(fLower).lower(w))
	add(newHash(fShape).str(string(sh)))
	if n := len(w); n > 3 {
		add(newHash(fPrefix).lower(w[:3]))
		add(newHash(fSuffix3).lower(w[n-3:]))
		add(newHash(fSuffix2).lower(w[n-2:]))
	}
	add(newHash(fPrevLower).lower(word(i - 1)))
	add(newHash(fNextLower).lower(word(i + 1)))
	add(newHash(fPrev2Lower).lower(word(i - 2)))
	add(newHash(fNext2Lower).lower(word(i + 2)))
	add(newHash(fPrevBigram).lower(word(i - 1)).lower(w))
	add(newHash(fNextBigram).lower(w).lower(word(i + 1)))
	add(newHash(fPrevShape).str(string(shape(word(i-1), nb[:0]))))
	add(newHash(fNextShape).str(string(shape(word(i+1), nb[:0]))))
	upper := Capitalised(w)
	dst = d.classFeatures(fClass, w, upper, dst)
	if i > 0 {
		dst = d.classFeatures(fPrevClass, toks[i-1].Text, Capitalised(toks[i-1].Text), dst)
	}
	if i+1 < len(toks) {
		dst = d.classFeatures(fNextClass, toks[i+1].Text, Capitalised(toks[i+1].Text), dst)
	}
	start := sentenceStart(toks, i)
	add(newHash(fSentStart).num(b2u(start)).str(string(sh)))
	add(newHash(fPrevLabel).num(uint64(prev)))
	add(newHash(fPrevLabelShape).num(uint64(prev)).str(string(sh)))
	add(newHash(fPrevLabelLower).num(uint64(prev)).lower(w))
	add(newHash(fClassStart).num(uint64(d.lex(w))).num(b2u(start)))
	add(newHash(fPrevLabelClass).num(uint64(prev)).num(uint64(d.lex(w) & 0xffff)))
	if upper {
		add(newHash(fSeenLower).num(b2u(d.isSeenLower(w))).num(b2u(start)))
	}
	return dst
}

// classFeatures adds one feature per lexicon class bit of w (or one for
// none), each with whether w is capitalised.
func (d *doc) classFeatures(template byte, w string, upper bool, dst []uint64) []uint64 {
	cl := d.lex(w)
	if cl == 0 {
		return append(dst, uint64(newHash(template).num(99).num(b2u(upper))))
	}
	for bit := uint64(0); cl != 0; bit++ {
		if cl&1 != 0 {
			dst = append(dst, uint64(newHash(template).num(bit).num(b2u(upper))))
		}
		cl >>= 1
	}
	return dst
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

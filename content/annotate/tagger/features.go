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
	// classes caches lex per token of the block being tagged (a token
	// is looked up as itself and as both neighbours' neighbour);
	// noClasses marks one not looked up yet.
	classes []uint32
	words   [][2]uint64 // wordOf's cache, zero for not hashed yet
}

const noClasses = 1 << 31

// startBlock clears the class cache for a block of n tokens.
func (d *doc) startBlock(n int) {
	d.classes = slices.Grow(d.classes[:0], n)[:n]
	for i := range d.classes {
		d.classes[i] = noClasses
	}
	d.words = slices.Grow(d.words[:0], n)[:n]
	clear(d.words)
}

// classOf returns lex of token i of the block, cached.
func (d *doc) classOf(toks []Token, i int) uint32 {
	if d.classes[i] == noClasses {
		d.classes[i] = d.lex(toks[i].Text)
	}
	return d.classes[i]
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

// isSeenLower reports whether the word of lower-cased hash h is written
// in lower case somewhere in the text.
func (d *doc) isSeenLower(h uint64) bool {
	_, ok := slices.BinarySearch(d.seenLower, h)
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
	w := toks[i].Text
	add := func(h hasher) { dst = append(dst, uint64(h)) }
	lw, sh := d.wordOf(toks, i)
	add(newHash(fBias))
	add(newHash(fLower).num(lw))
	add(newHash(fShape).num(sh))
	if n := len(w); n > 3 {
		add(newHash(fPrefix).lower(w[:3]))
		add(newHash(fSuffix3).lower(w[n-3:]))
		add(newHash(fSuffix2).lower(w[n-2:]))
	}
	lp, sp := d.wordOf(toks, i-1)
	ln, sn := d.wordOf(toks, i+1)
	lp2, _ := d.wordOf(toks, i-2)
	ln2, _ := d.wordOf(toks, i+2)
	add(newHash(fPrevLower).num(lp))
	add(newHash(fNextLower).num(ln))
	add(newHash(fPrev2Lower).num(lp2))
	add(newHash(fNext2Lower).num(ln2))
	add(newHash(fPrevBigram).num(lp).num(lw))
	add(newHash(fNextBigram).num(lw).num(ln))
	add(newHash(fPrevShape).num(sp))
	add(newHash(fNextShape).num(sn))
	upper := Capitalised(w)
	cl := d.classOf(toks, i)
	dst = classFeatures(fClass, cl, upper, dst)
	if i > 0 {
		dst = classFeatures(fPrevClass, d.classOf(toks, i-1), Capitalised(toks[i-1].Text), dst)
	}
	if i+1 < len(toks) {
		dst = classFeatures(fNextClass, d.classOf(toks, i+1), Capitalised(toks[i+1].Text), dst)
	}
	start := sentenceStart(toks, i)
	add(newHash(fSentStart).num(b2u(start)).num(sh))
	add(newHash(fPrevLabel).num(uint64(prev)))
	add(newHash(fPrevLabelShape).num(uint64(prev)).num(sh))
	add(newHash(fPrevLabelLower).num(uint64(prev)).num(lw))
	add(newHash(fClassStart).num(uint64(cl)).num(b2u(start)))
	add(newHash(fPrevLabelClass).num(uint64(prev)).num(uint64(cl & 0xffff)))
	if upper {
		add(newHash(fSeenLower).num(b2u(d.isSeenLower(lw))).num(b2u(start)))
	}
	return dst
}

// wordOf returns the hashes of token j lower-cased and of its shape,
// cached for the block ("<>" past either end): each token is hashed
// once, though five tokens' features read it.
func (d *doc) wordOf(toks []Token, j int) (lower, shapeHash uint64) {
	if j < 0 || j >= len(toks) {
		return uint64(newHash(0).str("<>")), uint64(newHash(0).str("<>"))
	}
	if d.words[j][0] == 0 {
		var sb [32]byte
		d.words[j] = [2]uint64{uint64(newHash(0).lower(toks[j].Text)), uint64(newHash(0).str(string(shape(toks[j].Text, sb[:0]))))}
	}
	return d.words[j][0], d.words[j][1]
}

// classFeatures adds one feature per lexicon class bit cl of a word (or
// one for none), each with whether the word is capitalised.
func classFeatures(template byte, cl uint32, upper bool, dst []uint64) []uint64 {
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

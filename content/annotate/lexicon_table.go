package annotate

import "github.com/newsreader/newsreader/content/internal/textscan"

// lexicon maps a lower-cased word to its word classes. It is an
// open-addressing hash table whose keys sit end to end in one string, built
// once and never changed afterwards. Every capitalised word of every
// article is looked up in it, and a Go map of its 110,000 words cost more
// than the table: a probe here reads one slot and the key's bytes, and the
// table holds two pointers in all, where the garbage collector walked the
// map's 110,000 strings at every cycle.
type lexicon struct {
	keys  string
	slots []uint64 // 0 when empty, else a packed entry (see slot layout)
	mask  uint64
}

// Slot layout, from the low bits: the classes (16 bits), the key's length
// (12 bits), its offset in keys (24 bits), and the top 12 bits of its hash,
// which settle most mismatches without reading the key.
const (
	slotLenShift = 16
	slotOffShift = 28
	slotTagShift = 52
	slotLenMask  = 1<<12 - 1
	slotOffMask  = 1<<24 - 1
)

// lexiconBuilder fills a lexicon: words are added with a class, and a
// word added again gets the union of its classes.
type lexiconBuilder struct {
	lx   lexicon
	keys []byte
	n    int
}

// newLexiconBuilder returns a builder for at most maxWords distinct words.
func newLexiconBuilder(maxWords int) *lexiconBuilder {
	size := uint64(16)
	for size < 2*uint64(maxWords) { // at most half full: short probe runs
		size <<= 1
	}
	return &lexiconBuilder{lx: lexicon{slots: make([]uint64, size), mask: size - 1}}
}

// add adds the classes c (not 0) to the lower-cased word w (not empty).
func (b *lexiconBuilder) add(w []byte, c uint16) {
	h := hashWord(w)
	tag := h >> slotTagShift
	i := h & b.lx.mask
	for ; b.lx.slots[i] != 0; i = (i + 1) & b.lx.mask {
		s := b.lx.slots[i]
		if s>>slotTagShift != tag || int(s>>slotLenShift&slotLenMask) != len(w) {
			continue
		}
		if off := int(s >> slotOffShift & slotOffMask); string(b.keys[off:off+len(w)]) == string(w) {
			b.lx.slots[i] |= uint64(c)
			return
		}
	}
	off := len(b.keys)
	if len(w) == 0 || len(w) > slotLenMask || off+len(w) > slotOffMask || c == 0 || 2*(b.n+1) > len(b.lx.slots) {
		panic("content: word list entry out of the lexicon's bounds: " + string(w)) // a build error, not input
	}
	b.keys = append(b.keys, w...)
	b.n++
	b.lx.slots[i] = uint64(c) | uint64(len(w))<<slotLenShift | uint64(off)<<slotOffShift | tag<<slotTagShift
}

// each calls f with every word of the lexicon being built and a pointer
// to its classes, which f may change but not clear.
func (b *lexiconBuilder) each(f func(w []byte, c *uint16)) {
	for i, s := range b.lx.slots {
		if s == 0 {
			continue
		}
		off, n := int(s>>slotOffShift&slotOffMask), int(s>>slotLenShift&slotLenMask)
		c := uint16(s)
		f(b.keys[off:off+n], &c)
		b.lx.slots[i] = s&^0xffff | uint64(c)
	}
}

// done returns the lexicon; the builder must not be used afterwards.
func (b *lexiconBuilder) done() lexicon {
	b.lx.keys = string(b.keys)
	return b.lx
}

// hashWord is FNV-1a over the bytes of w, with a final mix so that both
// its low bits (the slot) and its high bits (the tag) depend on every byte.
func hashWord[T string | []byte](w T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return mixHash(h)
}

func mixHash(h uint64) uint64 {
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return h
}

// get returns the classes of the lower-cased word w, 0 when unknown.
// Folding leaves a lower-cased word as it is, so the folding lookup
// serves it too.
func (lx *lexicon) get(w []byte) uint16 {
	return lookupFold(lx, w, hashWord(w))
}

// getASCIIFold returns the classes of w lower-cased, for a w of ASCII
// bytes only, without copying it: the hash and the comparison fold the
// letters as they go.
func (lx *lexicon) getASCIIFold(w string) uint16 {
	return lookupFold(lx, w, foldHash(w))
}

// lookupFold finds the word that is w with its ASCII letters lower-cased,
// whose hash is h (foldHash of w, or hashWord of a lower-cased w).
func lookupFold[T string | []byte](lx *lexicon, w T, h uint64) uint16 {
	if len(lx.slots) == 0 {
		return 0
	}
	tag := h >> slotTagShift
	for i := h & lx.mask; ; i = (i + 1) & lx.mask {
		s := lx.slots[i]
		if s == 0 {
			return 0
		}
		if s>>slotTagShift != tag || int(s>>slotLenShift&slotLenMask) != len(w) {
			continue
		}
		off := int(s >> slotOffShift & slotOffMask)
		if equalLowerASCII(lx.keys[off:off+len(w)], w) {
			return uint16(s)
		}
	}
}

// equalLowerASCII reports whether key equals w with its ASCII letters
// lower-cased; the two have the same length.
func equalLowerASCII[T string | []byte](key string, w T) bool {
	for i := 0; i < len(w); i++ {
		if key[i] != textscan.LowerASCII(w[i]) {
			return false
		}
	}
	return true
}

// wordCacheSize is the number of entries of a wordCache: a power of two.
const wordCacheSize = 16384

// wordCacheKeyLen is the longest word a wordCache holds.
const wordCacheKeyLen = 14

// wordCache remembers the classes of recently looked-up short ASCII words,
// lower-cased, direct-mapped by hash. The lexicon's table (3 MB) does not
// stay in the processor's caches, so that nearly every lookup in it waits
// for memory; the words of news ("The", "But", "President", the names of
// the day) repeat, and this cache of 288 KB answers most of them (three in
// four on the synthetic articles, whose names are drawn from 30,000; one
// of 4,096 entries answered one in two). It holds no pointers and lives in
// an annotator, which a single goroutine uses at a time.
type wordCache struct {
	entries [wordCacheSize]wordCacheEntry
}

type wordCacheEntry struct {
	key     [wordCacheKeyLen]byte
	n       uint8 // length of key; 0 for an empty entry
	classes uint16
}

// foldHash is hashWord of w with its ASCII letters lower-cased.
func foldHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(textscan.LowerASCII(w[i]))
		h *= 1099511628211
	}
	return mixHash(h)
}

// classesCached is lx.classes(w), answered from cache when it can be.
func (lx *lexicon) classesCached(w string, cache *wordCache) uint16 {
	if cache == nil || len(w) > wordCacheKeyLen || len(w) == 0 || !textscan.IsASCII(w) {
		return lx.classes(w)
	}
	h := foldHash(w)
	e := &cache.entries[h>>20&(wordCacheSize-1)]
	if int(e.n) == len(w) && equalLowerASCII(string(e.key[:e.n]), w) {
		return e.classes
	}
	c := lookupFold(lx, w, h)
	for i := 0; i < len(w); i++ {
		e.key[i] = textscan.LowerASCII(w[i])
	}
	e.n, e.classes = uint8(len(w)), c
	return c
}

package ingest

import (
	"hash/maphash"
	"slices"
)

// RecordKeys is the set of record keys (content.Article.Key) written of
// one file so far: what tells a repeated record of the file from a new
// one, and, at the file's end, which of its archived records the new
// version no longer has.
//
// It holds a 64-bit hash of each key, not the key: one large file, such
// as a JSON Lines dump of a million articles, has a million keys, and a
// map of the strings held ~51 bytes each (50 MB at 1M, live until the
// file's end, and up to twice that with the heap's headroom). The hashes
// are kept in a sorted slice (8 bytes each) and a small map of those
// added since the slice was last rebuilt (a map of hashes alone takes
// ~24 bytes a key). The hash is seeded afresh for each set, so that no
// file can be made to collide on purpose; two keys of one file colliding
// by chance (about one in 10^7 for two files of a million records) would
// keep one stale record of a changed file, or look a new record up as a
// possible repeat.
type RecordKeys struct {
	seed   maphash.Seed
	sorted []uint64            // ascending, each once
	recent map[uint64]struct{} // added since sorted was built
}

// NewRecordKeys returns a set holding keys.
func NewRecordKeys(keys ...string) *RecordKeys {
	k := &RecordKeys{seed: maphash.MakeSeed(), recent: map[uint64]struct{}{}}
	for _, key := range keys {
		k.Add(key)
	}
	return k
}

// minRecent is the least size of recent at which it is merged into
// sorted; past that, recent is merged when it reaches an eighth of
// sorted, so that each key is copied a few times in all.
const minRecent = 1024

// Add puts key in the set.
func (k *RecordKeys) Add(key string) {
	h := maphash.String(k.seed, key)
	if k.has(h) {
		return
	}
	k.recent[h] = struct{}{}
	if len(k.recent) >= max(minRecent, len(k.sorted)/8) {
		k.merge()
	}
}

// merge moves recent into sorted.
func (k *RecordKeys) merge() {
	add := make([]uint64, 0, len(k.recent))
	for h := range k.recent {
		add = append(add, h)
	}
	slices.Sort(add)
	out := make([]uint64, 0, len(k.sorted)+len(add))
	i, j := 0, 0
	for i < len(k.sorted) && j < len(add) {
		if k.sorted[i] < add[j] {
			out = append(out, k.sorted[i])
			i++
		} else {
			out = append(out, add[j])
			j++
		}
	}
	out = append(append(out, k.sorted[i:]...), add[j:]...)
	k.sorted = out
	clear(k.recent)
}

// Has reports whether key is in the set.
func (k *RecordKeys) Has(key string) bool { return k.has(maphash.String(k.seed, key)) }

func (k *RecordKeys) has(h uint64) bool {
	if _, ok := k.recent[h]; ok {
		return true
	}
	_, ok := slices.BinarySearch(k.sorted, h)
	return ok
}

// Len is the number of keys in the set.
func (k *RecordKeys) Len() int { return len(k.sorted) + len(k.recent) }

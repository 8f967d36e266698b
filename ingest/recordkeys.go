package ingest

import "hash/maphash"

// RecordKeys is the set of record keys (content.Article.Key) written of
// one file so far: what tells a repeated record of the file from a new
// one, and, at the file's end, which of its archived records the new
// version no longer has.
//
// It holds a 64-bit hash of each key, not the key: one large file, such
// as a JSON Lines dump of a million articles, has a million keys, and a
// map of the strings held ~60 bytes each (58 MB at 1M, live until the
// file's end, and twice that in the heap's headroom); hashes take ~10-20.
// The hash is seeded afresh for each set, so that no file can be made to
// collide on purpose; two keys of one file colliding by chance (about one
// in 10^7 for two files of a million records) would keep one stale
// record of a changed file, or look up a new record as a possible repeat.
type RecordKeys struct {
	seed maphash.Seed
	set  map[uint64]struct{}
}

// NewRecordKeys returns a set holding keys.
func NewRecordKeys(keys ...string) *RecordKeys {
	k := &RecordKeys{seed: maphash.MakeSeed(), set: make(map[uint64]struct{}, len(keys))}
	for _, key := range keys {
		k.Add(key)
	}
	return k
}

// Add puts key in the set.
func (k *RecordKeys) Add(key string) { k.set[maphash.String(k.seed, key)] = struct{}{} }

// Has reports whether key is in the set.
func (k *RecordKeys) Has(key string) bool {
	_, ok := k.set[maphash.String(k.seed, key)]
	return ok
}

// Len is the number of keys in the set.
func (k *RecordKeys) Len() int { return len(k.set) }

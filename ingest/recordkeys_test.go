package ingest_test

import (
	"runtime"
	"strconv"
	"testing"

	"github.com/newsreader/newsreader/ingest"
)

func TestRecordKeysHoldsWhatWasAdded(t *testing.T) {
	k := ingest.NewRecordKeys("line 1", "line 2")
	k.Add("line 2") // a repeated record counts once
	k.Add("urn:uuid:5f0c")
	for _, key := range []string{"line 1", "line 2", "urn:uuid:5f0c"} {
		if !k.Has(key) {
			t.Errorf("%q added, not held", key)
		}
	}
	for _, key := range []string{"line 3", "", "line 1 item 1", "Line 1"} {
		if k.Has(key) {
			t.Errorf("%q held, never added", key)
		}
	}
	if k.Len() != 3 {
		t.Errorf("Len %d, want 3", k.Len())
	}
}

// The keys of one large file are held until its end: a JSON Lines dump
// of a million records held a million strings in a map, ~60 bytes each
// (58 MB). The set holds a hash of each key instead.
func TestRecordKeysAreSmall(t *testing.T) {
	const n = 200_000
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	k := ingest.NewRecordKeys()
	for i := range n {
		k.Add("line " + strconv.Itoa(i+1))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perKey := float64(after.HeapAlloc-before.HeapAlloc) / n
	if k.Len() != n {
		t.Fatalf("Len %d, want %d", k.Len(), n)
	}
	t.Logf("%.1f bytes a key", perKey)
	if perKey > 24 {
		t.Errorf("%.1f bytes a key, want at most 24", perKey)
	}
	runtime.KeepAlive(k)
}

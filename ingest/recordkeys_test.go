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
	for i := range 5000 { // past a merge of the recent keys into the sorted ones
		k.Add("record " + strconv.Itoa(i))
	}
	k.Add("line 1")
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
	for i := range 5000 {
		if !k.Has("record " + strconv.Itoa(i)) {
			t.Fatalf("record %d added, not held", i)
		}
	}
	if k.Len() != 5003 {
		t.Errorf("Len %d, want 5003", k.Len())
	}
}

// The keys of one large file are held until its end: a JSON Lines dump
// of a million records held a million strings in a map, ~51 bytes each
// (50 MB). The set holds a hash of each key instead, mostly in a sorted
// slice.
func TestRecordKeysAreSmall(t *testing.T) {
	const n = 200_000
	var before, after runtime.MemStats
	// Earlier tests' files and connections are freed only by the
	// collection after their finalizers ran: collect until they are.
	for range 3 {
		runtime.GC()
	}
	runtime.ReadMemStats(&before)
	k := ingest.NewRecordKeys()
	for i := range n {
		k.Add("line " + strconv.Itoa(i+1))
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	perKey := (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / n
	if k.Len() != n {
		t.Fatalf("Len %d, want %d", k.Len(), n)
	}
	t.Logf("%.1f bytes a key", perKey)
	if perKey > 16 {
		t.Errorf("%.1f bytes a key, want at most 16", perKey)
	}
	runtime.KeepAlive(k)
}

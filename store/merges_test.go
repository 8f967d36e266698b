package store

import (
	"context"
	"github.com/newsreader/newsreader/ingest"
	"path/filepath"
	"testing"
	"time"
)

// segments counts the segments of a year's FTS5 index: the rows of its
// data table past the structure records carry the segment id from bit 36
// of their rowid (FTS5_SEGMENT_ROWID).
func segments(t *testing.T, s *Store, year int) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(DISTINCT id >> 36) FROM ` + partName(year) + `_data WHERE id >= 1 << 36`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// checkMerging fails t unless a year merges as an import leaves it:
// automerge and FTS5's default crisismerge.
func checkMerging(t *testing.T, s *Store, year int, when string) {
	t.Helper()
	a, c, err := mergingOf(context.Background(), s.db, year)
	if err != nil {
		t.Fatal(err)
	}
	if a != automerge || c != crisisMerge {
		t.Errorf("%s: automerge %d, crisismerge %d; want %d and %d", when, a, c, automerge, crisisMerge)
	}
}

// importYear imports n generated articles of one year from a new folder,
// in batches of 40 articles, and checks that all were read.
func importYear(t *testing.T, s *Store, n int, seed uint64, year int) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "year")
	writeSyntheticSized(t, dir, n, seed, 0, year)
	sum, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{BatchArticles: 40})
	if err != nil || sum.Imported+sum.Duplicates != n {
		t.Fatalf("import: %+v %v", sum, err)
	}
}

// An import that adds many articles to a year writes that year's index
// without merging it along the way, optimizes it into one segment at the
// end and leaves its automatic merging as it was. A year that an import
// left without merging (a crash) gets it back from the next import to
// write to it.
func TestImportOfABusyYearMergesItOnceAtTheEnd(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	s.optimizeAfter = 100
	importYear(t, s, 300, 21, 2024)
	if n := segments(t, s, 2024); n != 1 {
		t.Errorf("2024 has %d segments after the import, want 1 (optimized)", n)
	}
	checkMerging(t, s, 2024, "after the import")

	// An import that stopped midway left merging off.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := setMerging(ctx, conn, 2024, 0, heldCrisisMerge); err != nil {
		t.Fatal(err)
	}
	conn.Close()
	importYear(t, s, 5, 22, 2024)
	checkMerging(t, s, 2024, "after a small import into a year left unmerged")
	if n := segments(t, s, 2024); n != 2 {
		t.Errorf("2024 has %d segments, want 2: the small import's one, not merged", n)
	}
	var hits int
	if err := s.db.QueryRow(`SELECT count(*) FROM ` + partName(2024) + ` WHERE ` + partName(2024) + ` MATCH 'the'`).Scan(&hits); err != nil {
		t.Fatal(err)
	}
	if hits != 305 {
		t.Errorf("%d articles of 2024 hold 'the', want all 305", hits)
	}
}

// An import that adds to a year fewer articles than the year holds does
// not optimize it (that would rewrite the year's whole index for a few
// new articles) and leaves its merging on.
func TestSmallImportIntoABigYearDoesNotOptimizeIt(t *testing.T) {
	s := openTemp(t)
	s.optimizeAfter = 100
	importYear(t, s, 300, 21, 2024)
	if n := segments(t, s, 2024); n != 1 {
		t.Fatalf("2024 has %d segments after the first import, want 1", n)
	}
	// 120 more: past optimizeAfter, but fewer than the 300 the year holds.
	importYear(t, s, 120, 23, 2024)
	if n := segments(t, s, 2024); n < 2 {
		t.Errorf("2024 has %d segment after a small import, want the import's own, not merged whole", n)
	}
	checkMerging(t, s, 2024, "after a small import")
}

func TestYearKeysHoldTheKeysOfTheYear(t *testing.T) {
	for _, y := range []int{0, 1999, 2000, 2024} {
		lo, hi := yearKeys(y)
		if got := yearOfKey(lo); got != y {
			t.Errorf("year %d: first key is of year %d", y, got)
		}
		if got := yearOfKey(hi - 1); got != y {
			t.Errorf("year %d: last key is of year %d", y, got)
		}
		if y > 0 {
			if got := yearOfKey(hi); got != y+1 {
				t.Errorf("year %d: the key after the range is of year %d", y, got)
			}
			for _, d := range []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y, 12, 31, 23, 59, 59, 0, time.UTC)} {
				ts := d.Unix()
				if k := ftsKey(12345, &ts); k < lo || k >= hi {
					t.Errorf("%s: key %d outside [%d, %d)", d, k, lo, hi)
				}
			}
		}
	}
	if k := ftsKey(7, nil); k >= 1<<dayShift {
		t.Errorf("an undated article's key %d is outside year 0's range", k)
	}
}

package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// countedDocs is how many articles of year's table match word, counted
// by FTS5.
func countedDocs(t *testing.T, s *Store, year int, word string) int64 {
	t.Helper()
	var n int64
	name := partName(year)
	if err := s.db.QueryRow(`SELECT count(*) FROM `+name+` WHERE `+name+` MATCH ?`, `"`+word+`"`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// checkStoredCounts compares every stored count of words with FTS5's own
// count, year by year, and wants every year fresh.
func checkStoredCounts(t *testing.T, s *Store, words []string) {
	t.Helper()
	ctx := context.Background()
	years, err := partYears(ctx, s.db)
	if err != nil || len(years) == 0 {
		t.Fatalf("years %v: %v", years, err)
	}
	stored := map[string]map[int]int64{}
	for _, w := range words {
		m, err := s.storedWord(ctx, w)
		if err != nil {
			t.Fatal(err)
		}
		stored[w] = m
	}
	for _, y := range years {
		if !fresh(t, s, y) {
			t.Fatalf("year %d: counts not fresh", y)
		}
		for _, w := range words {
			if got, want := stored[w][y], countedDocs(t, s, y, w); got != want {
				t.Errorf("year %d, %q: stored %d articles, FTS5 counts %d", y, w, got, want)
			}
		}
	}
}

// fresh reports whether the stored counts of year are those of its
// table as it is.
func fresh(t *testing.T, s *Store, year int) bool {
	t.Helper()
	ctx := context.Background()
	now, err := s.allTotals(ctx, []int{year})
	if err != nil {
		t.Fatal(err)
	}
	counted, err := s.countedTotals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return now[year] == counted[year]
}

// queryWords are the words of rank queries (broad and narrow).
func queryWords(t *testing.T, s *Store) []string {
	broad, narrow := rankQueries(t, s, 4)
	return strings.Fields(strings.Join(append(broad, narrow...), " "))
}

// The stored word counts are FTS5's own, year by year, after an import
// and after Optimize; a year whose table changed since (an article
// replaced) is stale, and its words are counted again rather than read.
func TestStoredWordCounts(t *testing.T) {
	s := openTemp(t)
	addGenerated(t, s, 600, 3, t.TempDir())
	ctx := context.Background()
	if err := s.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	words := append(queryWords(t, s), "the", "zzznotaword")
	checkStoredCounts(t, s, words)

	dir := t.TempDir()
	file := filepath.Join(dir, "a.txt")
	write := func(text string) {
		if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		mustImport(t, s, dir)
	}
	write("Harbour quarrel\n\nPublished 2019-05-04. The quarrel over the harbour dragged on.\n")
	write("Harbour settled\n\nPublished 2019-05-04. The harbour dispute was settled with a handshake.\n")
	var key int64
	if err := s.db.QueryRow(`SELECT fts_key FROM articles WHERE title = 'Harbour settled'`).Scan(&key); err != nil {
		t.Fatal(err)
	}
	year := yearOfKey(key)
	if fresh(t, s, year) {
		t.Fatalf("year %d counted before the articles were added or replaced, still fresh", year)
	}
	st, err := s.statsOf(ctx, []phrase{{expr: `"handshake"`, col: colAny, words: []string{"handshake"}}})
	if err != nil {
		t.Fatal(err)
	}
	if got := st.perYear[year].idf[0]; got != idfOf(t, s, year, "handshake") {
		t.Errorf("stale year: IDF %v, want %v from counting", got, idfOf(t, s, year, "handshake"))
	}
	if err := s.Optimize(ctx, year); err != nil {
		t.Fatal(err)
	}
	checkStoredCounts(t, s, append(words, "harbour", "quarrel", "handshake"))
}

// idfOf is the IDF of word in year's table from FTS5's counts.
func idfOf(t *testing.T, s *Store, year int, word string) float64 {
	r, _, err := s.tableTotals(context.Background(), year)
	if err != nil {
		t.Fatal(err)
	}
	return bm25IDF(float64(r), float64(countedDocs(t, s, year, word)))
}

// A search reads a fresh year's stored counts instead of counting: a
// count altered in the table changes the IDF, and stops doing so once
// the year's table has changed (stale counts are never used).
func TestStatsReadStoredCounts(t *testing.T) {
	s := openTemp(t)
	addGenerated(t, s, 300, 5, t.TempDir())
	ctx := context.Background()
	if err := s.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	words := queryWords(t, s)
	w := words[0]
	ph := []phrase{{expr: `"` + w + `"`, col: colAny, words: []string{w}}}
	years, _ := partYears(ctx, s.db)
	y := years[len(years)-1]
	rows, _, _ := s.tableTotals(ctx, y)
	if _, err := s.db.Exec(`INSERT OR REPLACE INTO term_years(year, term, docs) VALUES (?, ?, ?)`, y, w, rows); err != nil {
		t.Fatal(err)
	}
	st, err := s.statsOf(ctx, ph)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.perYear[y].idf[0]; got != bm25IDF(float64(rows), float64(rows)) {
		t.Fatalf("year %d: IDF %v, not from the stored count %d", y, got, rows)
	}
	if _, err := s.db.Exec(`UPDATE term_years_of SET rows = rows + 1 WHERE year = ?`, y); err != nil {
		t.Fatal(err)
	}
	st, err = s.statsOf(ctx, ph)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := st.perYear[y].idf[0], idfOf(t, s, y, w); got != want {
		t.Fatalf("year %d stale: IDF %v, want %v counted", y, got, want)
	}
}

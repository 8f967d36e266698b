package store

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// A search leaves out the years whose counts say a word of the query is
// in none of their articles: it prepares no statement on their tables
// (each costs a compiled statement and ~10 page faults in a fresh
// process). Words joined by OR prune nothing, and the folded forms of
// the stored counts agree with FTS5's (case, accents).
func TestSearchSkipsYearsWithoutTheWord(t *testing.T) {
	s := openTemp(t)
	addGenerated(t, s, 300, 7, t.TempDir())
	dir := t.TempDir()
	text := "Harbour quarrel\n\nPublished 2019-05-04. The Quetzalmárble harbour dispute dragged on.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	mustImport(t, s, dir)
	ctx := context.Background()
	if err := s.Optimize(ctx); err != nil {
		t.Fatal(err)
	}
	parts, err := s.partitions(ctx, 0, 1<<62)
	if err != nil || len(parts) < 3 {
		t.Fatalf("want several years, got %v (%v)", parts, err)
	}

	res, err := s.Search(ctx, "QUETZALMARBLE harbour", 20)
	if err != nil || len(res) != 1 || res[0].Title != "Harbour quarrel" {
		t.Fatalf("search: %v %v", res, err)
	}
	var key int64
	if err := s.db.QueryRow(`SELECT fts_key FROM articles WHERE title = 'Harbour quarrel'`).Scan(&key); err != nil {
		t.Fatal(err)
	}
	if got, want := searchedYears(s), partName(yearOfKey(key)); len(got) != 1 || !got[want] {
		t.Errorf("searched the tables %v, want only %s", got, want)
	}

	res, err = s.Search(ctx, "quetzalmarble OR "+queryWords(t, s)[0], 100)
	if err != nil || len(res) < 2 {
		t.Fatalf("OR search: %d results, %v", len(res), err)
	}
	if got := searchedYears(s); len(got) < 2 {
		t.Errorf("an OR query searched only %v", got)
	}
}

// searchedYears names the year tables that the Store's prepared search
// statements read (MATCH on them), and forgets the statements.
func searchedYears(s *Store) map[string]bool {
	re := regexp.MustCompile(`bm25\((fts_\d{4})`)
	out := map[string]bool{}
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	for q, st := range s.stmts {
		if m := re.FindStringSubmatch(q); m != nil {
			out[m[1]] = true
		}
		st.Close()
	}
	s.stmts = nil
	return out
}

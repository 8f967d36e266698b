package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An archive written by schema version 1 kept its counters with
// triggers; after the upgrade the writer keeps them, and they must stay
// right through new, changed and removed articles.
func TestUpgradeFromCounterTriggers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	dir := copyArticles(t)
	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	names, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(dir, names[0].Name())
	mustImport(t, s, first)
	// Make it a version 1 archive again: the triggers of migration 1,
	// without the marks of migration 3, the day counters of 4 (which
	// the upgrade fills from the articles) and the people's last words
	// of 5.
	if _, err := s.db.Exec("DROP TABLE term_years; DROP TABLE term_years_of; DROP INDEX people_last_word; DROP TABLE day_counts; DROP TABLE source_days; DROP TRIGGER article_state_del; DROP TABLE article_state;" + migrations[0][indexOf(t, migrations[0], "CREATE TRIGGER"):] + "PRAGMA user_version = 1;"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var triggers, version int
	s.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name != 'article_state_del'`).Scan(&triggers)
	s.db.QueryRow(`PRAGMA user_version`).Scan(&version)
	if triggers != 0 || version != len(migrations) {
		t.Fatalf("after the upgrade: %d triggers, version %d", triggers, version)
	}
	checkConsistent(t, s)
	// Migration 6 counted the words of every year.
	checkStoredCounts(t, s, []string{"the", "said", "minister"})
	mustImport(t, s, dir)
	checkConsistent(t, s)
	if err := os.WriteFile(first, []byte("Replaced\n\nThe minister Ada Lovelace said nothing at all today.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mustImport(t, s, dir)
	checkConsistent(t, s)
	if n := mustCount(t, s); n != len(names) {
		t.Fatalf("%d articles, want %d", n, len(names))
	}
}

func indexOf(t *testing.T, s, sub string) int {
	t.Helper()
	i := strings.Index(s, sub)
	if i < 0 {
		t.Fatalf("%q not found", sub)
	}
	return i
}

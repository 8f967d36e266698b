package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// titleWordRows lists title_words.
func titleWordRows(t *testing.T, s *Store) [][4]any {
	t.Helper()
	rows, err := s.db.Query(`SELECT term, weight, len, key FROM title_words ORDER BY term, weight, len, key`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][4]any
	for rows.Next() {
		var r [4]any
		var term string
		var w, l, k int64
		if err := rows.Scan(&term, &w, &l, &k); err != nil {
			t.Fatal(err)
		}
		r[0], r[1], r[2], r[3] = term, w, l, k
		out = append(out, r)
	}
	return out
}

// The rows the writer keeps through imports, a changed article and a
// removed one are those the migration computes from the archive: each
// title and people word with its weight and the article's length.
func TestTitleWordsKeptByWriter(t *testing.T) {
	s := openTemp(t)
	addGenerated(t, s, 300, 9, t.TempDir())
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	write := func(path, text string) {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(a, "Harbour quarrel drags on\n\nThe quarrel over the harbour dragged on, the minister Ada Lovelace said.\n")
	write(b, "Lighthouse keepers strike\n\nKeepers of the lighthouse went on strike.\n")
	mustImport(t, s, dir)
	write(a, "Harbour dispute settled\n\nThe harbour dispute was settled with a handshake, the minister Ada Lovelace said.\n")
	if err := os.Remove(b); err != nil {
		t.Fatal(err)
	}
	mustImport(t, s, dir)

	kept := titleWordRows(t, s)
	if len(kept) == 0 {
		t.Fatal("no title words")
	}
	have := func(term string, rows [][4]any) bool {
		return slices.ContainsFunc(rows, func(r [4]any) bool { return r[0] == term })
	}
	if !have("settled", kept) || !have("lovelace", kept) || have("quarrel", kept) {
		t.Errorf("after the change: settled %v, lovelace %v, quarrel (replaced) %v", have("settled", kept), have("lovelace", kept), have("quarrel", kept))
	}
	if _, err := s.db.Exec(`DELETE FROM title_words`); err != nil {
		t.Fatal(err)
	}
	conn, err := s.db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := fillTitleWords(context.Background(), conn); err != nil {
		t.Fatal(err)
	}
	filled := titleWordRows(t, s)
	// The archive keeps people's names, not the aliases the writer
	// indexed with them; the file's article has none, where the archive
	// takes the surname: compare the generated articles, whose aliases
	// are surnames.
	var fileKey int64
	if err := s.db.QueryRow(`SELECT fts_key FROM articles WHERE title = 'Harbour dispute settled'`).Scan(&fileKey); err != nil {
		t.Fatal(err)
	}
	notFile := func(r [4]any) bool { return r[3] == fileKey }
	kept = slices.DeleteFunc(kept, notFile)
	filled = slices.DeleteFunc(filled, notFile)
	if len(kept) < 2000 || !slices.Equal(kept, filled) {
		t.Errorf("writer kept %d rows, the archive gives %d", len(kept), len(filled))
		for i := 0; i < min(len(kept), len(filled)); i++ {
			if kept[i] != filled[i] {
				t.Fatalf("first difference: kept %v, filled %v", kept[i], filled[i])
			}
		}
	}
}

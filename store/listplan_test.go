package store

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// TestListNeedsNoSortOfEveryArticle: an archive imported from one JSON
// Lines file has one row in files, and once analysed SQLite's planner
// would loop over files first and sort every article to find a page
// (7 s and 578 MB for `list --limit 1` at 156k articles). Every list
// order must read its page straight from an index, whatever the tables'
// sizes.
func TestListNeedsNoSortOfEveryArticle(t *testing.T) {
	dir := t.TempDir()
	var lines []string
	g := gen.New(7)
	for i := range 300 {
		b, err := json.Marshal(g.Next().Record(i))
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	file := filepath.Join(dir, "dump.jsonl")
	if err := os.WriteFile(file, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := openTemp(t)
	ctx := context.Background()
	if sum, err := ingest.Import(ctx, s, []string{file}, ingest.Options{}); err != nil || sum.Imported != 300 {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	// The statistics SQLite's optimize wrote for a real archive of 30,000
	// articles imported from one JSON Lines file (sampled, as its
	// analysis limit does), standing in for those of this small one.
	for _, st := range [][2]string{
		{"articles_source", "30000 401 1"}, {"articles_title", "30000 1 1"},
		{"articles_fts", "30000 1"}, {"articles_record", "30000 401 1"},
		{"articles_hash", "30000 1"}, {"sqlite_autoindex_files_1", "1 1"},
	} {
		tbl := "articles"
		if strings.Contains(st[0], "files") {
			tbl = "files"
		}
		if _, err := s.db.ExecContext(ctx, `UPDATE sqlite_stat1 SET stat = ? WHERE tbl = ? AND idx = ?`, st[1], tbl, st[0]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.db.ExecContext(ctx, `ANALYZE sqlite_schema`); err != nil { // reloads the statistics
		t.Fatal(err)
	}
	for _, sort := range []Sort{SortDate, SortTitle, SortSource} {
		for _, q := range []ListQuery{
			{Sort: sort, Limit: 32},
			{Sort: sort, Limit: 32, NoPath: true},
			{Sort: sort, Limit: 32, FromEnd: true},
			{Sort: sort, Limit: 32, Offset: 64},
		} {
			sqlText, args, _, err := listSQL(q, PersonIdentity{})
			if err != nil {
				t.Fatal(err)
			}
			if plan := queryPlan(t, s, sqlText, args...); strings.Contains(plan, "TEMP B-TREE") {
				t.Errorf("%+v sorts every article:\n%s\n%s", q, sqlText, plan)
			}
		}
	}
	items, err := s.List(ctx, ListQuery{Limit: 3})
	if err != nil || len(items) != 3 || items[0].Path != file {
		t.Fatalf("the first page: %+v, %v; want 3 items of %s", items, err, file)
	}
}

// queryPlan is SQLite's plan for sqlText, one step a line.
func queryPlan(t *testing.T, s *Store, sqlText string, args ...any) string {
	t.Helper()
	rows, err := s.db.Query(`EXPLAIN QUERY PLAN `+sqlText, args...)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var steps []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			t.Fatal(err)
		}
		steps = append(steps, detail)
	}
	return strings.Join(steps, "\n")
}

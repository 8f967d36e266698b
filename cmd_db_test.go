package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/internal/pgtest"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// pg is this test binary's PostgreSQL server (started on first use).
var pg pgtest.Shared

func TestMain(m *testing.M) {
	code := pgtest.Main(m, &pg)
	removeBuiltBinary()
	os.Exit(code)
}

// withoutIDs decodes a JSON array and drops its ids, which differ
// between the backends (PostgreSQL's sequence skips duplicates' ids).
func withoutIDs(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var rows []map[string]any
	if err := json.Unmarshal(b, &rows); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	for _, r := range rows {
		delete(r, "id")
		delete(r, "score") // BM25 and ts_rank are on different scales
	}
	return rows
}

// TestCLIOnPostgres runs import, list, search and people with
// --db postgres://… and NEWSREADER_DB=postgres://…, and expects what the
// same commands print for a SQLite archive.
func TestCLIOnPostgres(t *testing.T) {
	dsn := pg.NewDB(t)
	file := filepath.Join(t.TempDir(), "archive.db")
	cmds := [][]string{
		{"import", "testdata"},
		{"list", "--json"}, {"list", "--json", "--sort", "title"},
		{"search", "--json", "Newsham"}, {"search", "--json", `person:"Grant Newsham"`}, {"search", "--json", "title:russia"},
		{"people", "--json"},
		{"search", "--json", "--histogram", "month", "the"}, {"search", "--json", "--histogram", "week", `person:"Grant Newsham"`},
	}
	for _, c := range cmds {
		var got [2][]map[string]any
		for i, db := range []string{file, dsn} {
			var out, errb bytes.Buffer
			args := append([]string{"--db", db}, c...)
			if i == 1 && c[0] == "list" {
				// The environment variable names the archive as well.
				t.Setenv("NEWSREADER_DB", db)
				args = c
			}
			if code := run(args, &out, &errb); code != 0 {
				t.Fatalf("%v on %s: exit %d: %s", c, db, code, errb.String())
			}
			if c[0] != "import" {
				got[i] = withoutIDs(t, out.Bytes())
			}
		}
		if !reflect.DeepEqual(got[0], got[1]) {
			t.Errorf("%v:\nsqlite   %v\npostgres %v", c, got[0], got[1])
		}
		if c[0] != "import" && len(got[1]) == 0 {
			t.Errorf("%v: nothing on postgres", c)
		}
	}
}

// TestReaderOnPostgres opens the reader's archive (ui/archivestore) on a
// PostgreSQL archive and on a SQLite one, and expects the same pages,
// hits and articles.
func TestReaderOnPostgres(t *testing.T) {
	ctx := context.Background()
	var arcs []*archivestore.Archive
	for _, name := range []string{filepath.Join(t.TempDir(), "archive.db"), pg.NewDB(t)} {
		a, err := archivedb.Open(ctx, name, false)
		if err != nil {
			t.Fatal(err)
		}
		defer a.Close()
		if _, err := importPaths(ctx, a, []string{"testdata"}, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		arcs = append(arcs, archivestore.New(a))
	}
	type view struct {
		Count  int
		Pages  [][]archive.Item
		Hits   []archive.Hit
		Filter []archive.Item
		Person []archive.Item
		Title  string
	}
	var views [2]view
	for i, a := range arcs {
		v := &views[i]
		var err error
		if v.Count, err = a.Count(ctx, archive.Query{}); err != nil {
			t.Fatal(err)
		}
		for off := 0; off < v.Count; off += 2 {
			page, err := a.List(ctx, archive.Query{Sort: archive.SortSource}, off, 2)
			if err != nil {
				t.Fatal(err)
			}
			v.Pages = append(v.Pages, page)
		}
		if v.Hits, err = a.Search(ctx, "japan OR shuttle", 10); err != nil {
			t.Fatal(err)
		}
		if v.Filter, err = a.List(ctx, archive.Query{Filter: "rus"}, 0, 10); err != nil {
			t.Fatal(err)
		}
		if v.Person, err = a.PersonArticles(ctx, "Grant Newsham", 10); err != nil {
			t.Fatal(err)
		}
		art, err := a.Article(ctx, v.Hits[0].ID)
		if err != nil {
			t.Fatal(err)
		}
		v.Title = art.Title
		// Ids differ between the backends; the rest must not.
		for _, p := range v.Pages {
			clearIDs(p)
		}
		clearIDs(v.Filter)
		clearIDs(v.Person)
		for j := range v.Hits {
			v.Hits[j].ID = 0
		}
	}
	if views[0].Count == 0 || len(views[1].Hits) == 0 || len(views[1].Person) == 0 || len(views[1].Filter) == 0 {
		t.Fatalf("too little to compare: %+v", views[1])
	}
	if !reflect.DeepEqual(views[0], views[1]) {
		t.Errorf("the reader sees\nsqlite   %+v\npostgres %+v", views[0], views[1])
	}
}

func clearIDs(items []archive.Item) {
	for i := range items {
		items[i].ID = 0
	}
}

package pgstore_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Environment of the helper process of TestTwoProcessesImportAtOnce.
const (
	envImportDSN = "NEWSREADER_PG_IMPORT_DSN"
	envImportDir = "NEWSREADER_PG_IMPORT_DIR"
)

// TestImportHelperProcess is the other process's import: it runs only
// when TestTwoProcessesImportAtOnce starts this test binary for it.
func TestImportHelperProcess(t *testing.T) {
	dsn := os.Getenv(envImportDSN)
	if dsn == "" {
		return // not the helper: nothing to do
	}
	mustImport(t, openPG(t, dsn, false), filepath.SplitList(os.Getenv(envImportDir))...)
}

// TestTwoProcessesImportAtOnce imports overlapping folders into one
// archive from two processes at once: every article is stored once, the
// counters are exact, and no record, hash or mention is doubled.
func TestTwoProcessesImportAtOnce(t *testing.T) {
	dir := corpus(t, 400)
	dsn := pg.NewDB(t)
	s := openPG(t, dsn, false) // creates the schema
	procs := make([]*exec.Cmd, 2)
	for i := range procs {
		// Both import the whole corpus (the same files); the second also
		// a copy of the real articles (other files, the same articles:
		// duplicates by hash).
		target := dir
		if i == 1 {
			target = dir + string(filepath.ListSeparator) + copyDir(t, filepath.Join(dir, "real"))
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestImportHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), envImportDSN+"="+dsn, envImportDir+"="+target)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs[i] = cmd
	}
	for i, p := range procs {
		if err := p.Wait(); err != nil {
			t.Fatalf("import process %d: %v", i, err)
		}
	}
	// Then both again at once: nothing changes.
	mustImport(t, s, dir)
	ctx := context.Background()
	n, err := s.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// 11 real, 400 generated, 6 site pages; copies are duplicates.
	if n != 417 {
		t.Errorf("count = %d, want 417", n)
	}
	checkNoDoubles(t, dsn, n)
}

// checkNoDoubles compares the archive's counters with its rows.
func checkNoDoubles(t *testing.T, dsn string, n int) {
	t.Helper()
	ctx := context.Background()
	c := pgConn(t, dsn)
	for what, q := range map[string]string{
		"articles":            `SELECT count(*) FROM articles`,
		"records":             `SELECT count(*) FROM records`,
		"distinct hashes":     `SELECT count(DISTINCT hash) FROM records`,
		"articles of records": `SELECT count(*) FROM records r JOIN articles a ON a.id = r.id AND a.year = r.year`,
	} {
		var got int
		if err := c.QueryRow(ctx, q).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != n {
			t.Errorf("%s: %d, want %d", what, got, n)
		}
	}
	var bad int
	if err := c.QueryRow(ctx, `SELECT count(*) FROM people p WHERE p.articles <>
		(SELECT count(*) FROM mentions m WHERE m.person_id = p.id)
		OR p.mentions <> (SELECT coalesce(sum(mentions), 0) FROM mentions m WHERE m.person_id = p.id)`).Scan(&bad); err != nil {
		t.Fatal(err)
	}
	if bad != 0 {
		t.Errorf("%d people's counters disagree with their mentions", bad)
	}
	var orphans int
	if err := c.QueryRow(ctx, `SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.id = m.article_id)`).Scan(&orphans); err != nil {
		t.Fatal(err)
	}
	if orphans != 0 {
		t.Errorf("%d mentions of no article", orphans)
	}
}

// copyDir copies the files of a folder into a new folder.
func copyDir(t *testing.T, from string) string {
	to := t.TempDir()
	ents, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		write(t, filepath.Join(to, e.Name()), mustRead(t, filepath.Join(from, e.Name())))
	}
	return to
}

package store

import (
	"context"
	"fmt"
	"github.com/newsreader/newsreader/ingest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestImportTwiceChangesNothing(t *testing.T) {
	s := openTemp(t)
	dir := copyArticles(t)
	n := numArticles(t)
	first := mustImport(t, s, dir)
	if first.Imported != n || first.Failed != 0 || first.Files != n {
		t.Fatalf("first import: %+v, want %d imported", first, n)
	}
	if got := mustCount(t, s); got != n {
		t.Fatalf("count %d, want %d", got, n)
	}
	before, err := s.List(context.Background(), ListQuery{Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	second := mustImport(t, s, dir)
	if second.Imported != 0 || second.Updated != 0 || second.Unchanged != n || second.Duplicates != 0 {
		t.Fatalf("second import: %+v, want all %d unchanged", second, n)
	}
	after, _ := s.List(context.Background(), ListQuery{Limit: 100})
	if len(after) != len(before) {
		t.Fatalf("list changed: %d then %d", len(before), len(after))
	}
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("item %d changed: %+v then %+v", i, before[i], after[i])
		}
	}

	// A file touched but not changed is recognised by its bytes.
	p := filepath.Join(dir, "wikinews-korea.txt")
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(p, later, later); err != nil {
		t.Fatal(err)
	}
	third := mustImport(t, s, dir)
	if third.Imported != 0 || third.Updated != 0 || third.Unchanged != n {
		t.Fatalf("import after touch: %+v", third)
	}
	fourth := mustImport(t, s, dir)
	if fourth.Unchanged != n {
		t.Fatalf("import after touch was not recorded: %+v", fourth)
	}
}

func TestChangedFileUpdatesItsArticle(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dir := copyArticles(t)
	mustImport(t, s, dir)
	n := mustCount(t, s)
	p := filepath.Join(dir, "wikinews-korea.txt")
	items, err := s.FileArticles(ctx, p)
	if err != nil || len(items) != 1 {
		t.Fatalf("file articles: %v %v", items, err)
	}
	id := items[0].ID

	old := string(mustRead(t, p))
	changed := strings.Replace(old, "South Korea", "Southern Zanzibarland", 1) + "\nThe zygomorphic correspondent filed this update.\n"
	if err := os.WriteFile(p, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := mustImport(t, s, dir)
	if sum.Updated != 1 || sum.Imported != 0 || sum.Unchanged != n-1 {
		t.Fatalf("import of a changed file: %+v", sum)
	}
	if got := mustCount(t, s); got != n {
		t.Fatalf("count %d after update, want %d", got, n)
	}
	a, info, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if info.ID != id || !strings.Contains(a.Text, "zygomorphic correspondent") {
		t.Fatalf("article %d was not updated: %q", id, a.Text)
	}
	res, err := s.Search(ctx, "zygomorphic", 10)
	if err != nil || len(res) != 1 || res[0].ID != id {
		t.Fatalf("search for the new word: %+v %v", res, err)
	}
	res, err = s.Search(ctx, "Zanzibarland", 10)
	if err != nil || len(res) != 1 {
		t.Fatalf("search for the replaced word: %+v %v", res, err)
	}
	checkConsistent(t, s)
}

func TestDuplicatesAreStoredOnce(t *testing.T) {
	s := openTemp(t)
	dir := copyArticles(t)
	n := numArticles(t)
	mustImport(t, s, dir)
	other := filepath.Join(t.TempDir(), "copies")
	os.MkdirAll(other, 0o755)
	b := mustRead(t, filepath.Join(dir, "wikinews-nasa.txt"))
	os.WriteFile(filepath.Join(other, "nasa-copy.txt"), b, 0o644)
	os.WriteFile(filepath.Join(other, "nasa-again.txt"), b, 0o644)
	sum := mustImport(t, s, other)
	if sum.Duplicates != 2 || sum.Imported != 0 {
		t.Fatalf("import of copies: %+v", sum)
	}
	if got := mustCount(t, s); got != n {
		t.Fatalf("count %d, want %d", got, n)
	}
	checkConsistent(t, s)
}

func TestFailingFilesAreListedAndImportGoesOn(t *testing.T) {
	s := openTemp(t)
	dir := copyArticles(t)
	n := numArticles(t)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	missing := filepath.Join(t.TempDir(), "missing.txt")
	sum, err := ingest.Import(context.Background(), s, []string{dir, missing}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != n || sum.Failed != 2 || len(sum.Failures) != 2 {
		t.Fatalf("summary: %+v", sum)
	}
	reasons := map[string]string{}
	for _, f := range sum.Failures {
		reasons[f.Path] = f.Reason
	}
	if r := reasons[empty]; r == "" || strings.HasPrefix(r, empty) {
		t.Errorf("empty file: reason %q", r)
	}
	if r := reasons[missing]; !strings.Contains(r, "no such file") {
		t.Errorf("missing file: reason %q", r)
	}
	// The failed file is tried again next time; the others are skipped.
	again := mustImport(t, s, dir)
	if again.Failed != 1 || again.Unchanged != n {
		t.Fatalf("second import: %+v", again)
	}
}

func TestImportReportsProgressAndStopsWhenCancelled(t *testing.T) {
	s := openTemp(t)
	dir := t.TempDir()
	writeSynthetic(t, dir, 200, 7)
	ctx, cancel := context.WithCancel(context.Background())
	var last ingest.Progress
	calls := 0
	sum, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{Progress: func(p ingest.Progress) {
		calls++
		last = p
		if p.Phase == "importing" && p.Articles >= 1 {
			cancel()
		}
	}})
	if err != context.Canceled || !sum.Canceled {
		t.Fatalf("want a cancelled import, got %v %+v", err, sum)
	}
	got := mustCount(t, s)
	if got == 0 || got >= 200 || got != sum.Imported {
		t.Fatalf("after cancel: %d articles in the archive, summary %+v", got, sum)
	}
	if calls < 2 || last.Total != 200 {
		t.Fatalf("progress: %d calls, last %+v", calls, last)
	}
	// Going on later completes the import.
	sum = mustImport(t, s, dir)
	if n := mustCount(t, s); n != 200 || sum.Imported != 200-got {
		t.Fatalf("resumed import: %d articles, %+v", n, sum)
	}
}

// wholeFileBytes is the size up to which ingest reads a file at once
// (its wholeFileBytes); larger files are streamed.
const wholeFileBytes = 4 << 20

// A file too big to read at once is streamed: its articles and its hash
// must come out as for a small file, so that touching it (a new mtime,
// same bytes) changes nothing.
func TestBigFileIsStreamedAndHashed(t *testing.T) {
	s := openTemp(t)
	path := filepath.Join(t.TempDir(), "dump.jsonl")
	var b strings.Builder
	pad := strings.Repeat("x", 64<<10)
	for i := 0; b.Len() <= wholeFileBytes+(1<<20); i++ {
		fmt.Fprintf(&b, `{"title": "Harbour report %d", "text": "The harbour master counted %d ships on the quay today.\n\nShe said the count was the highest this year.", "padding": %q}`+"\n", i, i, pad)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	n := strings.Count(b.String(), "\n")
	sum := mustImport(t, s, path)
	if sum.Imported != n || sum.Failed != 0 {
		t.Fatalf("first import: %+v, want %d articles", sum, n)
	}
	later := time.Now().Add(time.Hour)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	sum = mustImport(t, s, path)
	if sum.Unchanged != n || sum.Imported+sum.Updated != 0 {
		t.Fatalf("import of the touched file: %+v", sum)
	}
}

// Two items of one new feed under the same guid: the second replaces
// the first, as it would in a later import, without a constraint error.
func TestRepeatedRecordKeyInANewFile(t *testing.T) {
	s := openTemp(t)
	path := filepath.Join(t.TempDir(), "feed.xml")
	item := `<item><guid>https://example.com/a</guid><title>%s</title><description>%s</description></item>`
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Example</title>` +
		fmt.Sprintf(item, "Harbour reopens", "The harbour reopened on Monday after the storm, the port authority said.") +
		fmt.Sprintf(item, "Harbour reopens fully", "The harbour reopened fully on Tuesday, two days after the storm, the port authority said.") +
		`</channel></rss>`
	if err := os.WriteFile(path, []byte(feed), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := mustImport(t, s, path)
	if sum.Imported != 1 || sum.Updated != 1 || sum.Failed != 0 {
		t.Fatalf("import: %+v", sum)
	}
	if n := mustCount(t, s); n != 1 {
		t.Fatalf("%d articles, want 1", n)
	}
	checkConsistent(t, s)
}

// With an in-flight budget smaller than any article, parsed articles go
// to the writer one at a time, each taking the whole budget: the import
// must still finish, and a cancelled one must not leave a parser blocked.
func TestImportWithATinyInflightBudget(t *testing.T) {
	s := openTemp(t)
	dir := copyArticles(t)
	sum, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{QueueBytes: 1})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != numArticles(t) || sum.Failed != 0 {
		t.Fatalf("import: %+v", sum)
	}
	checkConsistent(t, s)

	other := openTemp(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		ingest.Import(ctx, other, []string{dir}, ingest.Options{QueueBytes: 1, Progress: func(p ingest.Progress) {
			if p.Articles > 0 {
				cancel()
			}
		}})
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a cancelled import did not return")
	}
	cancel()
}

// ingest.Progress goes scanning, importing, then indexing once every file is
// read, while the last batch and the merge of the index are written: the
// bar does not sit at its end saying "importing".
func TestImportReportsTheIndexingAtTheEnd(t *testing.T) {
	s := openTemp(t)
	s.optimizeAfter = 100
	dir := filepath.Join(t.TempDir(), "year")
	writeSyntheticSized(t, dir, 300, 31, 0, 2024)
	order := map[string]int{"scanning": 0, "importing": 1, "indexing": 2}
	var phases []string
	var last ingest.Progress
	_, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{BatchArticles: 40, Progress: func(p ingest.Progress) {
		rank, ok := order[p.Phase]
		if !ok {
			t.Errorf("unknown phase %q", p.Phase)
		}
		if n := len(phases); n > 0 && rank < order[phases[n-1]] {
			t.Errorf("phase %q after %q", p.Phase, phases[n-1])
		}
		if n := len(phases); n == 0 || phases[n-1] != p.Phase {
			phases = append(phases, p.Phase)
		}
		last = p
	}})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"scanning", "importing", "indexing"}; !slices.Equal(phases, want) {
		t.Errorf("phases %v, want %v", phases, want)
	}
	if last.Phase != "indexing" || last.Done != 300 || last.Total != 300 {
		t.Errorf("last report %+v, want indexing 300/300", last)
	}
	if n := segments(t, s, 2024); n != 1 {
		t.Errorf("2024 has %d segments, want 1: indexing includes the optimize", n)
	}
}

func TestFolderImportSkipsFilesNamedAsNoArticles(t *testing.T) {
	s := openTemp(t)
	dir := copyArticles(t)
	n := numArticles(t)
	assets := filepath.Join(dir, "www.voanews.com_files")
	if err := os.MkdirAll(assets, 0o755); err != nil {
		t.Fatal(err)
	}
	photo := filepath.Join(assets, "photo.JPG")
	jpeg := "\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + strings.Repeat("\x00\x8f\x03", 200)
	for name, data := range map[string]string{
		photo:                               jpeg,
		filepath.Join(assets, "site.css"):   "body { color: red }",
		filepath.Join(assets, "image?id=3"): jpeg, // a picture saved without its extension
		filepath.Join(dir, "sitemap.xml"): `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
			`<url><loc>https://example.com/a</loc></url></urlset>`,
	} {
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Two skipped by name, unread; two read and found to hold no article.
	sum := mustImport(t, s, dir)
	if sum.Imported != n || sum.Failed != 0 || sum.NotArticles != 4 || sum.Files != n+4 {
		t.Fatalf("summary: %+v, want %d imported from %d files and 4 not articles", sum, n, n+4)
	}
	// Given by name, a file is read whatever it is called.
	sum, err := ingest.Import(context.Background(), s, []string{photo}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.NotArticles != 0 || sum.Failed != 1 || !strings.Contains(sum.Failures[0].Reason, "binary") {
		t.Errorf("photo given by name: %+v", sum)
	}
}

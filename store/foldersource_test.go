package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// Articles that name no source take the site their folders are named
// after, from the folder the import was given down; an article's own
// source line wins, and folders above the given one are not looked at.
func TestImportTakesTheSourceOfAnArticleFromItsSiteFolder(t *testing.T) {
	s := openTemp(t)
	voa := mustRead(t, "testdata/articles/voa-japan-russia-summit.txt")
	crane := mustRead(t, "testdata/articles/wikinews-crane.txt")
	labelled := append([]byte("Source: Voice of America\n\n"), mustRead(t, "testdata/articles/wikinews-nasa.txt")...)
	base := t.TempDir()
	files := map[string][]byte{
		"scrapes/www.voanews.com/a/2016/voa.txt":   voa,
		"scrapes/www.voanews.com/a/2016/label.txt": labelled,
		"scrapes/loose/crane.txt":                  crane,
		"mail.example.com/inbox/asylum.txt":        mustRead(t, "testdata/articles/wikinews-asylum.txt"),
	}
	for name, b := range files {
		p := filepath.Join(base, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mustImport(t, s, filepath.Join(base, "scrapes"), filepath.Join(base, "mail.example.com", "inbox"))

	items, err := s.List(context.Background(), ListQuery{Limit: 10})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"voa.txt":    "voanews.com",
		"label.txt":  "Voice of America",
		"crane.txt":  "",
		"asylum.txt": "",
	}
	if len(items) != len(want) {
		t.Fatalf("%d articles listed, want %d", len(items), len(want))
	}
	for _, it := range items {
		if w := want[filepath.Base(it.Path)]; it.Source != w {
			t.Errorf("%s: source %q, want %q", filepath.Base(it.Path), it.Source, w)
		}
	}
	res, err := s.Search(context.Background(), "source:voanews.com Putin", 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 1 || filepath.Base(res[0].Path) != "voa.txt" {
		t.Errorf("source:voanews.com Putin found %+v, want voa.txt", res)
	}
}

package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Articles that name no source take the site the nearest of their
// folders is named after, from the folder the import was given down; an
// article's own source line wins, and folders above the given one are
// not looked at.
func TestImportTakesTheSourceOfAnArticleFromItsSiteFolder(t *testing.T) {
	s := openTemp(t)
	voa := mustRead(t, "testdata/articles/voa-japan-russia-summit.txt")
	crane := mustRead(t, "testdata/articles/wikinews-crane.txt")
	labelled := append([]byte("Source: Voice of America\n\n"), mustRead(t, "testdata/articles/wikinews-nasa.txt")...)
	base := t.TempDir()
	files := map[string][]byte{
		"scrapes/www.voanews.com/a/2016/voa.txt":               voa,
		"scrapes/www.voanews.com/a/2016/label.txt":             labelled,
		"scrapes/loose/crane.txt":                              crane,
		"scrapes/nytimes.com/www.washingtonpost.com/korea.txt": mustRead(t, "testdata/articles/wikinews-korea.txt"),
		"mail.example.com/inbox/asylum.txt":                    mustRead(t, "testdata/articles/wikinews-asylum.txt"),
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
		"korea.txt":  "washingtonpost.com", // the nearest site folder
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

// The furniture learned for a folder's site in earlier imports is
// dropped from a page of that site whose folder holds too few pages to
// show it.
func TestFurnitureLearnedForAFolderSiteIsDroppedInItsOtherFolders(t *testing.T) {
	s := openTemp(t)
	site := filepath.Join(t.TempDir(), "www.townnews.org")
	const footer = "Read more stories like this one on our homepage, updated every single day."
	page := func(dir string, i int) {
		body := fmt.Sprintf("Story number %d of the day\n\n"+
			"Paragraph %d tells what happened in town number %d, and why the council met again.\n\n%s\n", i, i, i, footer)
		p := filepath.Join(site, dir, fmt.Sprintf("page-%d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Two pages a folder: too few for the folder's own repeated lines.
	for i := 0; i < 6; i++ {
		page(fmt.Sprintf("2016-%02d", i/2+1), i)
	}
	mustImport(t, s, site)
	first, _, err := s.Article(context.Background(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first.Text, footer) {
		t.Fatalf("the first import already dropped the footer: %q", first.Text)
	}

	page("2016-12", 6)
	mustImport(t, s, site)
	res, err := s.Search(context.Background(), `"town number 6"`, 1)
	if err != nil || len(res) != 1 {
		t.Fatalf("the new page was not found: %v %v", res, err)
	}
	a, _, err := s.Article(context.Background(), res[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != "townnews.org" {
		t.Errorf("source %q, want townnews.org", a.Source)
	}
	if strings.Contains(a.Text, footer) {
		t.Errorf("the footer learned for townnews.org was kept: %q", a.Text)
	}
	if !strings.Contains(a.Text, "town number 6") {
		t.Errorf("the page's own paragraph was lost: %q", a.Text)
	}
}

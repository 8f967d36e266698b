package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// TestStatedPublicationDate checks when the page's own meta date is taken
// instead of running go-htmldate, and that it is then the date go-htmldate
// (with go-trafilatura's settings) finds.
func TestStatedPublicationDate(t *testing.T) {
	voa, err := os.ReadFile(filepath.Join(formatsDir, "voa-japan-russia-summit.html"))
	if err != nil {
		t.Fatal(err)
	}
	wikinews, err := os.ReadFile(filepath.Join(formatsDir, "wikinews-mecca-crane.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := func(head string) string {
		return "<html><head>" + head + "</head><body><p>Ministers met on Friday to agree the budget, officials said.</p></body></html>"
	}
	cases := []struct {
		name, html, url string
		want            string // "" when go-htmldate must decide
	}{
		{"VOA sample", string(voa), "", "2016-12-16"},
		{"Wikinews sample, no meta date", string(wikinews), "", ""},
		{"one published time", page(`<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">`), "https://example.com/news/budget", "2021-03-04"},
		{"itemprop datePublished", page(`<meta itemprop="datePublished" content="2019-11-30">`), "https://example.com/news/budget", "2019-11-30"},
		{"published and modified", page(`<meta property="article:published_time" content="2021-03-04"><meta property="article:modified_time" content="2021-03-05">`), "", ""},
		{"date in the address", page(`<meta property="article:published_time" content="2021-03-04">`), "https://example.com/2021/03/05/budget", ""},
		{"date in the canonical address", page(`<meta property="article:published_time" content="2021-03-04"><link rel="canonical" href="https://example.com/20210305-budget">`), "", ""},
		{"fractions of seconds", page(`<meta property="article:published_time" content="2022-05-04T00:53:29.274Z">`), "", ""},
		{"before the web", page(`<meta property="article:published_time" content="1990-01-01">`), "", ""},
		{"not a date", page(`<meta property="article:published_time" content="yesterday">`), "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(c.html))
			if err != nil {
				t.Fatal(err)
			}
			d, ok := statedPublicationDate(doc, c.url)
			if got := d.Format(time.DateOnly); ok != (c.want != "") || ok && got != c.want {
				t.Fatalf("got %s %v, want %q", got, ok, c.want)
			}
			if !ok {
				return
			}
			res, err := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: true, URL: c.url})
			if err != nil || res.DateTime.Format(time.DateOnly) != c.want {
				t.Errorf("go-htmldate finds %s (%v), the shortcut %s", res.DateTime.Format(time.DateOnly), err, c.want)
			}
		})
	}
}

// TestStripPhotoCredit covers both kinds of credit the expression finds,
// long and short captions, since short ones skip the word test.
func TestStripPhotoCredit(t *testing.T) {
	cases := map[string]string{
		"Rescue workers at the Grand Mosque on Saturday. Photo: AP":                                "Rescue workers at the Grand Mosque on Saturday.",
		"Die Bürgermeisterin bei der Eröffnung des neuen Rathauses. Foto: GdP/Hagen Immel":         "Die Bürgermeisterin bei der Eröffnung des neuen Rathauses.",
		"Delegates gather in Tokyo for the second day of talks on the islands (PHOTO BY Jane Doe)": "Delegates gather in Tokyo for the second day of talks on the islands",
		"Reuters":                "",
		"Getty Images photo.":    "",
		"Reuters correspondents": "Reuters correspondents",
		"A crane stands over the Grand Mosque in Mecca, days before it collapsed.": "A crane stands over the Grand Mosque in Mecca, days before it collapsed.",
	}
	for in, want := range cases {
		if got := stripPhotoCredit(in); got != want {
			t.Errorf("stripPhotoCredit(%q) = %q, want %q", in, got, want)
		}
	}
}

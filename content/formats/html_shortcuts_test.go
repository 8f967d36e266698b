package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// TestPageDate checks which of the dates a page states is taken as its
// publication date, and that none is taken from the body or the future.
func TestPageDate(t *testing.T) {
	voa, err := os.ReadFile(filepath.Join(formatsDir, "voa-japan-russia-summit.html"))
	if err != nil {
		t.Fatal(err)
	}
	page := func(head, body string) string {
		if body == "" {
			body = "<p>Ministers met on Friday to agree the budget, officials said.</p>"
		}
		return "<html><head>" + head + "</head><body>" + body + "</body></html>"
	}
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	cases := []struct {
		name, html, url string
		want            string // "" for no date
	}{
		{"VOA sample", string(voa), "", "2016-12-16"},
		{"one published time", page(`<meta property="article:published_time" content="2021-03-04T10:00:00+01:00">`, ""), "https://example.com/news/budget", "2021-03-04"},
		{"itemprop datePublished", page(`<meta itemprop="datePublished" content="2019-11-30">`, ""), "", "2019-11-30"},
		{"published before modified", page(`<meta property="article:modified_time" content="2021-03-05"><meta property="article:published_time" content="2021-03-04">`, ""), "", "2021-03-04"},
		{"modified alone", page(`<meta property="article:modified_time" content="2021-03-05">`, ""), "", "2021-03-05"},
		{"meta before the address", page(`<meta property="article:published_time" content="2021-03-04">`, ""), "https://example.com/2021/03/05/budget", "2021-03-04"},
		{"date in the address", page("", ""), "https://example.com/2021/03/05/budget", "2021-03-05"},
		{"date in the canonical address", page(`<link rel="canonical" href="https://example.com/news/20210305-budget">`, ""), "", "2021-03-05"},
		{"fractions of seconds", page(`<meta property="article:published_time" content="2022-05-04T00:53:29.274Z">`, ""), "", "2022-05-04"},
		{"JSON-LD", page(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2018-07-01T09:00:00Z"}]}</script>`, ""), "", "2018-07-01"},
		{"marked time element", page("", `<p>By Jane Roe <time class="published" datetime="2020-02-02">Feb 2</time></p><p>Text.</p>`), "", "2020-02-02"},
		{"unmarked time element is an event", page("", `<p>The vote is on <time datetime="2020-02-09">Sunday</time>.</p>`), "", ""},
		{"deadline in the body", page("", `<p>The loan is due January 1, 2047, the ministry said on Friday, December 2, 2016.</p>`), "", ""},
		{"future date", page(`<meta property="article:published_time" content="2047-01-01">`, ""), "", ""},
		{"before the web", page(`<meta property="article:published_time" content="1985-01-01">`, ""), "", ""},
		{"not a date", page(`<meta property="article:published_time" content="yesterday">`, ""), "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(c.html))
			if err != nil {
				t.Fatal(err)
			}
			d, ok := pageDate(doc, c.url, now)
			if got := d.Format(time.DateOnly); ok != (c.want != "") || ok && got != c.want {
				t.Fatalf("got %s %v, want %q", got, ok, c.want)
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

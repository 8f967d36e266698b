package store

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestSamePublisher(t *testing.T) {
	cases := []struct {
		src, url, site string
		want           bool
	}{
		{"en.wikinews.org", "", "wikinews", true},
		{"Wikinews", "https://en.wikinews.org/wiki/X", "wikinews", true},
		{"Wikinews", "", "en.wikinews.org", true},
		{"Wikinews", "https://en.wikinews.org/wiki/X", "wikinews.org", true},
		{"fr.wikinews.org", "", "en.wikinews.org", false},
		{"en.wikinews.org", "", "wikinews.org", true},
		{"Example News", "https://news.example.com/a", "example.com", true},
		{"Example News", "https://news.example.com/a", "example", true},
		{"Example News", "", "example.com", false},
		{"www.voanews.com", "", "voanews.com", true},
		{"www.voanews.com", "", "news.com", false},
		{"Other Paper", "https://other.example.org/", "wikinews", false},
		{"www.bbc.co.uk", "", "BBC", true},
	}
	for _, c := range cases {
		if got := samePublisher(c.src, c.url, c.site); got != c.want {
			t.Errorf("samePublisher(%q, %q, source:%s) = %v, want %v", c.src, c.url, c.site, got, c.want)
		}
	}
}

// A source: filter finds a publisher's articles under each of the names
// they came with: the feed's name and the dump's host.
func TestSourceFilterTakesOnePublisherUnderItsNames(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"dump.jsonl": `{"title": "Dam opens", "text": "The river dam opened on Monday after years of work.", "source_domain": "en.wikinews.org", "url": "https://en.wikinews.org/wiki/Dam"}` + "\n" +
			`{"title": "Mill closes", "text": "The river mill closed on Friday, its owners said.", "source_domain": "other.example.org"}` + "\n",
		"feed.xml": `<?xml version="1.0"?><rss version="2.0"><channel><title>Wikinews</title><link>https://en.wikinews.org/</link>` +
			`<item><title>Ferry returns</title><link>https://en.wikinews.org/wiki/Ferry</link>` +
			`<description>The river ferry returned to service on Sunday.</description></item></channel></rss>`,
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s := openTemp(t)
	mustImport(t, s, dir)
	for _, q := range []string{"river source:wikinews", "river source:en.wikinews.org", "river source:Wikinews"} {
		res, err := s.Search(context.Background(), q, 10)
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, r := range res {
			titles = append(titles, r.Title)
		}
		slices.Sort(titles)
		if !slices.Equal(titles, []string{"Dam opens", "Ferry returns"}) {
			t.Errorf("%s: %q", q, titles)
		}
	}
}

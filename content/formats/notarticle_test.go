package formats

import "testing"

func TestNotArticleNameGoesByTheName(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"site/img/photo.JPG", true},
		{"static/site.css", true},
		{"static/app.min.js", true},
		{"fonts/a.woff2", true},
		{"report.pdf", true},
		{"dump.zip", true},
		{"archive.db", true},
		{"page.html", false},
		{"index.php", false}, // saved pages of dynamic sites
		{"crawl.warc.gz", false},
		{"page.html.gz", false},
		{"feed.xml", false},
		{"story.txt", false},
		{"notes.md", false},
		{"records.jsonl", false},
		{"README", true},
		{"corpus/README.md", true},
		{"LICENSE.txt", true},
		{"Licence", true},
		{"CHANGELOG.md", true},
		{"readme-first-aid.txt", false},
		{"licenses-revoked.html", false},
		{"www.example.com/robots.txt", true},
		{"Robots.TXT", true},
		{"ads.txt", true},
		{"robots.txt.html", false},
		{"myrobots.txt", false},
		{"jpg", false},
		{"", false},
	} {
		if got := NotArticleName(c.name); got != c.want {
			t.Errorf("NotArticleName(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

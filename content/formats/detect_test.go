package formats

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// formatsDir holds the format samples (see its README for sources and
// licences).
const formatsDir = "testdata/formats"

// parseSample reads one sample through ParseFile and returns its articles
// and the record errors reported.
func parseSample(t *testing.T, name string) ([]*content.Article, []error) {
	t.Helper()
	var arts []*content.Article
	var errs []error
	err := ParseFile(filepath.Join(formatsDir, name), Options{}, func(a *content.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e error) { errs = append(errs, e) })
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return arts, errs
}

// typedBlocks returns the text of a's blocks of type bt.
func typedBlocks(a *content.Article, bt content.BlockType) []string {
	var out []string
	for _, b := range a.Blocks {
		if b.Type == bt {
			out = append(out, b.Text)
		}
	}
	return out
}

func sha256Hex(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func TestDetectByContentNotName(t *testing.T) {
	cases := []struct {
		file string
		want string
	}{
		{"voa-japan-russia-summit.html", "html"},
		{"wikinews-mecca-crane.html", "html"},
		{"crawl.warc", "warc"},
		{"newsplease-voa.json", "json"},
		{"newsplease-dump.jsonl", "json"},
		{"voa-eastasia.rss", "feed"},
		{"wikinews.atom", "feed"},
		{"wikinews-feed.json", "feed"},
		{"wikinews-sensitive.md", "markdown"},
		{"voa-japan-russia-summit.txt", "text"},
	}
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join(formatsDir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		// Under a name that says nothing, the content alone decides.
		arts, err := ParseBytes("download.bin", data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.file, err)
		}
		if len(arts) == 0 || arts[0].Format != c.want {
			t.Errorf("%s as download.bin: format %q, want %q", c.file, formatOf(arts), c.want)
		}
	}
}

func formatOf(arts []*content.Article) string {
	if len(arts) == 0 {
		return "(no article)"
	}
	return arts[0].Format
}

func TestGzipIsDetectedByMagicBytes(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(formatsDir, "wikinews-sensitive.md"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(data)
	zw.Close()
	arts, err := ParseBytes("note", buf.Bytes(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].Format != "markdown" || arts[0].Title != "Sensitive Canadian document found on rainy streets" {
		t.Fatalf("gzipped Markdown read as %q %q", formatOf(arts), arts[0].Title)
	}
}

func TestGzipBombIsStopped(t *testing.T) {
	// bomb.html.gz: 300 KB expanding to 300 MiB of zero bytes.
	_, err := os.Stat(filepath.Join(formatsDir, "bomb.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	err = ParseFile(filepath.Join(formatsDir, "bomb.html.gz"), Options{}, func(*content.Article) error {
		t.Error("an article came out of a decompression bomb")
		return nil
	}, nil)
	if !errors.Is(err, ErrDecompressionLimit) {
		t.Fatalf("got %v, want ErrDecompressionLimit", err)
	}
	if !strings.Contains(err.Error(), "bomb.html.gz") {
		t.Errorf("error does not name the file: %v", err)
	}
}

func TestTruncatedGzipNamesTheFile(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(formatsDir, "voa-japan-russia-summit.html.gz"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseBytes("cut.html.gz", data[:len(data)/2], Options{})
	if err == nil || !strings.Contains(err.Error(), "cut.html.gz") {
		t.Fatalf("truncated gzip: got %v, want an error naming the file", err)
	}
}

// TestMixedFolder imports a folder holding every format at once, each file
// through ParseFile, as the import command does.
func TestMixedFolder(t *testing.T) {
	want := map[string]struct {
		format   string
		articles int
		errors   int
	}{
		"voa-japan-russia-summit.html":    {"html", 1, 0},
		"voa-japan-russia-summit.html.gz": {"html", 1, 0},
		"wikinews-mecca-crane.html":       {"html", 1, 0},
		"crawl.warc":                      {"warc", 2, 0},
		"crawl.warc.gz":                   {"warc", 2, 0},
		"newsplease-voa.json":             {"json", 1, 0},
		"trafilatura-crane.json":          {"json", 1, 0},
		"newspaper-wikinews.json":         {"json", 2, 0},
		"newsplease-dump.jsonl":           {"json", 3, 1},
		"voa-eastasia.rss":                {"feed", 2, 0},
		"wikinews.atom":                   {"feed", 1, 0},
		"wikinews-feed.json":              {"feed", 2, 0},
		"wikinews-sensitive.md":           {"markdown", 1, 0},
		"voa-japan-russia-summit.txt":     {"text", 1, 0},
	}
	entries, err := os.ReadDir(formatsDir)
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, e := range entries {
		w, ok := want[e.Name()]
		if !ok {
			continue // README, the generator, the bomb
		}
		seen++
		arts, errs := parseSample(t, e.Name())
		if len(arts) != w.articles || len(errs) != w.errors {
			t.Errorf("%s: %d articles, %d record errors; want %d and %d (%v)", e.Name(), len(arts), len(errs), w.articles, w.errors, errs)
		}
		for _, a := range arts {
			if a.Format != w.format {
				t.Errorf("%s: format %q, want %q", e.Name(), a.Format, w.format)
			}
			if a.Title == "" || len(a.Blocks) == 0 || len(a.Hash) != 64 {
				t.Errorf("%s: incomplete article %q (%d blocks, hash %q)", e.Name(), a.Title, len(a.Blocks), a.Hash)
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the %d samples", seen, len(want))
	}
}

// XML that no reader takes is refused, not stored as a plain-text
// article titled "<?xml version=...": sitemaps sit in every mirror.
func TestXMLThatIsNoFeedIsRefused(t *testing.T) {
	sitemap := "\ufeff<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">" +
		"<url><loc>https://www.example.com/news/a</loc><lastmod>2024-01-01</lastmod></url></urlset>\n"
	if arts, err := ParseBytes("sitemap.xml", []byte(sitemap), Options{}); !errors.Is(err, ErrOtherXML) || !HoldsNoArticle(err) {
		t.Errorf("sitemap: %d articles, error %v", len(arts), err)
	}
	if _, err := ParseBytes("empty.txt", nil, Options{}); !errors.Is(err, ErrEmpty) || HoldsNoArticle(err) {
		t.Errorf("an empty file should fail as one that ought to hold an article: %v", err)
	}
	xhtml := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" " +
		"\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>" +
		"<title>Flood waters recede in the valley</title></head><body><article><h1>Flood waters recede in the valley</h1>" +
		strings.Repeat("<p>Residents returned to their homes on Tuesday as the river fell back below its banks, officials said, "+
			"and crews began clearing the roads that the water had closed for most of the week.</p>", 6) +
		"</article></body></html>"
	arts, err := ParseBytes("page.xhtml", []byte(xhtml), Options{})
	if err != nil || len(arts) != 1 || arts[0].Format != "html" || arts[0].Title != "Flood waters recede in the valley" {
		t.Errorf("XHTML page with an XML declaration: %v, %+v", err, arts)
	}
	rss := "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>One</title>" +
		"<description>" + strings.Repeat("A sentence of the story. ", 20) + "</description></item></channel></rss>"
	if arts, err := ParseBytes("feed.xml", []byte(rss), Options{}); err != nil || len(arts) != 1 {
		t.Errorf("RSS with an XML declaration: %v, %d articles", err, len(arts))
	}
}

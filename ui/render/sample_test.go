package render

import (
	"os"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// samplePath is the VOA sample article (public domain, see
// testdata/LICENSE.md).
const samplePath = "testdata/voa-japan-russia-summit.txt"

// sampleArticle parses the sample article with the content pipeline.
func sampleArticle(tb testing.TB) *content.Article {
	tb.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	arts, err := content.ParseBytes(samplePath, data, content.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if len(arts) != 1 {
		tb.Fatalf("%s: %d articles, want 1", samplePath, len(arts))
	}
	return arts[0]
}

package formats

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

func TestRSSFullContent(t *testing.T) {
	arts, errs := parseSample(t, "voa-eastasia.rss")
	if len(arts) != 2 || len(errs) != 0 {
		t.Fatalf("%d articles, errors %v", len(arts), errs)
	}
	a := arts[0]
	if a.Title != voaTitle || a.URL != voaURL || a.Key != "3638565" || a.Byline != "Brian Padden" ||
		a.Published.String() != "2016-12-16T09:27:00Z" || a.Source != "Voice of America - East Asia Pacific" || a.Format != "feed" {
		t.Errorf("title %q url %q key %q byline %q published %q source %q", a.Title, a.URL, a.Key, a.Byline, a.Published, a.Source)
	}
	// content:encoded, not the one-line description, through the HTML path.
	if a.ParagraphCount() != voaParagraphs {
		t.Errorf("%d paragraphs, want the full %d", a.ParagraphCount(), voaParagraphs)
	}
	if caps := typedBlocks(a, content.BlockCaption); len(caps) != 1 || caps[0] != voaCaptions[0] {
		t.Errorf("captions %q", caps)
	}
	if h := typedBlocks(a, content.BlockHeading); !reflect.DeepEqual(h, []string{"Investing for peace"}) {
		t.Errorf("headings %q", h)
	}
	// An item with only a description gives that description.
	b := arts[1]
	if b.Title != "Hundreds dead in Hajj stampede" || len(b.Blocks) != 1 || !strings.HasPrefix(b.Blocks[0].Text, "The Plains of Arafat") && !strings.HasPrefix(b.Blocks[0].Text, "According to") {
		t.Errorf("description item: %q %q", b.Title, b.Blocks)
	}
}

func TestAtomFeed(t *testing.T) {
	arts, _ := parseSample(t, "wikinews.atom")
	a := arts[0]
	if a.Title != "At least 107 killed in Mecca crane collapse" || a.Published.String() != "2015-09-12T16:04:00Z" || a.Byline != "Wikinews" ||
		a.Key != "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse" || a.Source != "Wikinews" {
		t.Errorf("title %q published %q byline %q key %q source %q", a.Title, a.Published, a.Byline, a.Key, a.Source)
	}
	// The full content (five paragraphs), not the one-paragraph summary.
	if len(a.Blocks) != 5 {
		t.Errorf("%d blocks, want 5", len(a.Blocks))
	}
}

func TestJSONFeed(t *testing.T) {
	arts, _ := parseSample(t, "wikinews-feed.json")
	if len(arts) != 2 {
		t.Fatalf("%d articles", len(arts))
	}
	html, text := arts[0], arts[1]
	if html.Title != "Over 900 asylum seekers rescued off Indonesian coast" || html.Published.String() != "2015-05-18" || html.Byline != "Wikinews" || len(html.Blocks) < 3 {
		t.Errorf("content_html item: %q %q %q %d blocks", html.Title, html.Published, html.Byline, len(html.Blocks))
	}
	if text.Title != "Greek court rules worship of ancient Greek deities is legal" || len(text.Blocks) != 1 ||
		!strings.HasPrefix(text.Blocks[0].Text, "Greek court has ruled") || text.Published.String() != "2006-03-27" {
		t.Errorf("content_text item: %q %d blocks %q", text.Title, len(text.Blocks), text.Published)
	}
}

func TestBadFeedIsAnError(t *testing.T) {
	_, err := ParseBytes("broken.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>a</ti`), Options{})
	if err == nil || !strings.Contains(err.Error(), "broken.rss") {
		t.Fatalf("got %v", err)
	}
}

package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	nurl "net/url"
	"strconv"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/newsreader/newsreader/content"
)

// feedFormat reads RSS, Atom and JSON Feed files through gofeed: every
// item becomes an article, with its full content (content:encoded, Atom
// content, JSON Feed content_html/content_text) when the feed carries it,
// else its description.
var feedFormat = format{
	Name:   "feed",
	Detect: detectFeed,
	Read:   readFeed,
}

// detectFeed recognises an RSS, RDF or Atom root element, or a JSON Feed
// version field.
func detectFeed(_ string, head []byte) bool {
	h := trimLeadingSpace(head)
	if len(h) == 0 {
		return false
	}
	if h[0] == '{' {
		return bytes.Contains(h, []byte("jsonfeed.org/version"))
	}
	if h[0] != '<' {
		return false
	}
	switch gofeed.DetectFeedType(bytes.NewReader(h)) {
	case gofeed.FeedTypeRSS, gofeed.FeedTypeAtom:
		return true
	}
	return false
}

func readFeed(name string, r io.Reader, _ Options, out *sink) error {
	data, err := readAllLimited(r, MaxDocumentSize, "feed")
	if err != nil {
		return err
	}
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("bad feed: %w", err)
	}
	source := squashSpace(feed.Title)
	if source == "" {
		source = siteName("", "", feed.Link)
	}
	for i, item := range feed.Items {
		key := firstNonBlank(item.GUID, item.Link, "item "+strconv.Itoa(i+1))
		d, err := articleFromFeedItem(item, source)
		if err != nil {
			out.fail(&RecordError{File: name, Record: key, Err: err})
			continue
		}
		d.art.Key = key
		if err := out.put(d); err != nil {
			return err
		}
	}
	return nil
}

// articleFromFeedItem maps one item. Its hash covers the item's identity
// and content fields, as gofeed does not keep an item's raw bytes.
func articleFromFeedItem(item *gofeed.Item, source string) (draft, error) {
	body := item.Content
	if strings.TrimSpace(body) == "" {
		body = item.Description
	}
	a := &content.Article{
		Format: "feed",
		Title:  squashSpace(htmlToText(item.Title)),
		URL:    strings.TrimSpace(item.Link),
		Source: source,
		Blocks: bodyBlocks(body),
	}
	if u, err := nurl.Parse(a.URL); err == nil && u.Host != "" && a.Source == "" {
		a.Source = siteName("", u.Host, "")
	}
	var names []string
	for _, p := range item.Authors {
		if p != nil && squashSpace(p.Name) != "" {
			names = append(names, squashSpace(p.Name))
		}
	}
	if len(names) == 0 && item.DublinCoreExt != nil {
		for _, c := range item.DublinCoreExt.Creator {
			if c = squashSpace(c); c != "" {
				names = append(names, c)
			}
		}
	}
	a.Byline = strings.Join(names, ", ")
	a.Published = content.MustParseDate(formatTime(item.PublishedParsed))
	if a.Published.IsZero() {
		a.Published = content.MustParseDate(formatTime(item.UpdatedParsed))
	}
	if a.Title == "" && len(a.Blocks) == 0 {
		return draft{}, errors.New("item has neither title nor content")
	}
	a.Hash = hashOf([]byte(strings.Join([]string{item.GUID, item.Link, item.Title, item.Published, body}, "\x00")))
	if a.Title != "" && strings.TrimSpace(body) != "" && !looksLikeHTML(body) {
		if d, err := throughTextPipeline(a, body); err == nil {
			return d, nil
		}
	}
	a.Blocks = tidyBlocks(a.Blocks, a)
	return draft{art: a}, nil
}

// htmlToText strips markup from a short field (feed titles may carry
// entities or tags).
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	var parts []string
	for _, b := range htmlFragmentBlocks(s) {
		parts = append(parts, b.Text)
	}
	return strings.Join(parts, " ")
}

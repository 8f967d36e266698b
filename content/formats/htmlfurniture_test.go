package formats

import (
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// storyPage builds a made-up news page: a headline, then the given HTML
// inside the article around three paragraphs of story.
func storyPage(top, middle, end string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>Harbour board approves new pier</title>
<meta property="og:site_name" content="Example Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour board approves new pier</h1>` + top + `
<p>The harbour board voted on Tuesday to build a new pier for ferries and fishing boats, ending a debate that has divided the port town for more than three years.</p>
<p>The pier will be built of concrete and steel and will be able to take two ferries at once, the board's chairman told reporters after a long meeting in the town hall.</p>` + middle + `
<p>Work is expected to begin next spring and to last eighteen months, during which the old wooden pier will stay open for passengers and for the fishing fleet.</p>` + end + `
</article><footer>Copyright Example Gazette</footer></body></html>`)
}

func parseStory(t *testing.T, page []byte) *content.Article {
	t.Helper()
	arts, err := ParseBytes("pier.html", page, Options{})
	if err != nil || len(arts) != 1 {
		t.Fatal(len(arts), err)
	}
	return arts[0]
}

func TestHTMLFurnitureLeftOut(t *testing.T) {
	cases := []struct{ name, top, middle, end, furniture string }{
		{"newsletter prompt", "", `<p>Get the magazine delivered every month and save on the cover price.</p>`, "", "magazine delivered"},
		{"subscribe prompt", "", "", `<p>Sign up for our free morning newsletter today.</p>`, "Sign up"},
		{"comment prompt", "", "", `<p>Join the conversation and leave your views below.</p>`, "Join the conversation"},
		{"teaser", "", `<p>READ MORE: Ferry fares to rise in the autumn</p>`, "", "READ MORE"},
		{"you may also like", "", "", `<p>You may also like: Lighthouse keeper retires after forty years</p>`, "also like"},
		{"promo heading in capitals", "", `<h3>MORE FROM THE GAZETTE:</h3><p>Lighthouse keeper retires after forty years</p>`, "", "Lighthouse keeper"},
		{"contact line", "", "", `<p>Write to Jane Doe at jane.doe@example.com</p>`, "Write to"},
		{"affiliate disclaimer", `<p>We may earn a commission when you buy through links on our site.</p>`, "", "", "commission"},
		{"title repeated", `<p>Harbour board approves new pier | Example Gazette</p>`, "", "", "| Example Gazette"},
		{"publication note", `<p>(Published Monday, August 22)</p>`, "", "", "Published Monday"},
		{"press-release footer", "", "", `<h2>About Example Harbour Board</h2><p>The Example Harbour Board runs the port of Example and its three piers, and employs four hundred people.</p><p>Media contact: press@example.com</p>`, "runs the port"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := parseStory(t, storyPage(c.top, c.middle, c.end))
			if strings.Contains(a.BodyText(), c.furniture) {
				t.Errorf("furniture %q kept: %q", c.furniture, a.Blocks)
			}
			if a.ParagraphCount() != 3 {
				t.Errorf("%d paragraphs, want the story's 3: %q", a.ParagraphCount(), a.Blocks)
			}
		})
	}
}

// A paragraph of the story that talks of newsletters or comments is not
// furniture.
func TestHTMLStoryAboutNewslettersKept(t *testing.T) {
	a := parseStory(t, storyPage("", `<p>The board's chairman said the plan had been explained in the port's monthly newsletter, which every resident receives, and that comments from readers had shaped it.</p>`, ""))
	if a.ParagraphCount() != 4 {
		t.Errorf("%d paragraphs, want 4: %q", a.ParagraphCount(), a.Blocks)
	}
}

// The deck under the headline is a standfirst block, shown but not in the
// article's text; so are captions and credits.
func TestHTMLStandfirstAndCaptionsOutOfText(t *testing.T) {
	deck := "The vote ends three years of argument over the cost of the harbour."
	for name, top := range map[string]string{
		"marked":     `<p class="article__standfirst">` + deck + `</p>`,
		"as heading": `<h2>` + deck + `</h2>`,
	} {
		t.Run(name, func(t *testing.T) {
			a := parseStory(t, storyPage(top, `<figure><img src="p.jpg" alt=""><figcaption>The old wooden pier at dawn.</figcaption></figure>`,
				`<p>Jane Doe contributed to this report.</p>`))
			if got := typedBlocks(a, content.BlockStandfirst); len(got) != 1 || got[0] != deck {
				t.Errorf("standfirst %q, blocks %q", got, a.Blocks)
			}
			for _, out := range []string{deck, "wooden pier at dawn", "contributed"} {
				if strings.Contains(a.Text, out) {
					t.Errorf("text holds %q", out)
				}
			}
			if !strings.Contains(a.Text, "The harbour board voted") {
				t.Errorf("text lost the story: %q", a.Text)
			}
		})
	}
}

package formats

import (
	"errors"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// pierStory is a made-up story of six paragraphs.
var pierStory = []string{
	"The harbour board voted on Tuesday to build a new pier for ferries and fishing boats, ending a debate that has divided the port town for more than three years.",
	"The pier will be built of concrete and steel and will be able to take two ferries at once, the board's chairman told reporters after a long meeting in the town hall.",
	"Work is expected to begin next spring and to last eighteen months, during which the old wooden pier will stay open for passengers and for the fishing fleet.",
	"Fishermen welcomed the decision, saying the old pier had become unsafe in winter storms and that two boats had been damaged against it last year alone.",
	"The cost, put at twelve million dollars, will be shared between the town, the regional government and a fund for coastal towns set up by parliament in 2019.",
	"Opponents of the plan, who had argued for repairing the old pier instead, said they would not challenge the vote in court but would watch the spending closely.",
}

func paragraphs(ps []string) string {
	return "<p>" + strings.Join(ps, "</p>\n<p>") + "</p>\n"
}

// articlePage wraps the inside of an article element in a page with a
// site menu.
func articlePage(article string) []byte {
	return []byte(`<!DOCTYPE html><html><head><title>Harbour board approves new pier</title>
<meta property="og:site_name" content="Example Gazette"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Harbour board approves new pier</h1>` + article + `</article></main></body></html>`)
}

// wantStory checks that the body holds the six paragraphs of the story,
// in order, and nothing else of running text.
func wantStory(t *testing.T, a *content.Article) {
	t.Helper()
	var got []string
	for _, b := range a.Blocks {
		if b.Type == content.BlockParagraph {
			got = append(got, b.Text)
		}
	}
	if strings.Join(got, "\n") != strings.Join(pierStory, "\n") {
		t.Errorf("paragraphs:\n%s\nwant the story's six", strings.Join(got, "\n"))
	}
}

// A body cut in two containers at a break: the extractor takes the first
// container only; the second, of the same shape, is put back.
func TestHTMLBodyRecoveredAfterBreak(t *testing.T) {
	for name, brk := range map[string]string{
		"advertisement": `<div class="ad-slot"><div class="advertisement">Advertisement</div></div>`,
		"related box":   `<aside class="related"><h3>Related</h3><ul><li><a href="/a">Lighthouse keeper retires</a></li><li><a href="/b">Ferry fares to rise</a></li></ul></aside>`,
		"newsletter":    `<div class="newsletter-signup"><p>The day's news in your inbox.</p><form><input type="email"><button>Sign up</button></form></div>`,
	} {
		t.Run(name, func(t *testing.T) {
			a := parseStory(t, articlePage(`<div class="article-body">`+paragraphs(pierStory[:3])+`</div>`+brk+
				`<div class="article-body">`+paragraphs(pierStory[3:])+`</div>`))
			wantStory(t, a)
		})
	}
}

// An embedded post at the break is kept as quotes, between the
// paragraphs it stood between.
func TestHTMLEmbeddedPostRecoveredAsQuote(t *testing.T) {
	post := "Great news for the harbour today: the new pier is approved! Thanks to everyone who came to the meeting."
	a := parseStory(t, articlePage(`<div class="article-body">`+paragraphs(pierStory[:3])+`</div>`+
		`<blockquote class="twitter-tweet"><p lang="en">`+post+`</p>&mdash; Harbour Friends (@harbourfriends) <a href="https://example.com/status/1">March 3, 2021</a></blockquote>`+
		`<div class="article-body">`+paragraphs(pierStory[3:])+`</div>`))
	wantStory(t, a)
	i := blockIndex(a, post)
	if i < 0 || a.Blocks[i].Type != content.BlockQuote {
		t.Fatalf("post not kept as a quote: %q", a.Blocks)
	}
	if a.Blocks[i-1].Text != pierStory[2] {
		t.Errorf("post after %q, want after the third paragraph", a.Blocks[i-1].Text)
	}
}

// A lead set apart from the body container (a drop-capped lede, an intro
// before the lead image, a lead in the article's header) is kept first.
func TestHTMLLeadRecovered(t *testing.T) {
	rest := `<div class="article-body">` + paragraphs(pierStory[1:]) + `</div>`
	lead := pierStory[0]
	for name, top := range map[string]string{
		"lede with drop cap": `<p class="lede"><span class="dropcap">T</span>` + lead[1:] + `</p><figure><img src="p.jpg"><figcaption>The pier.</figcaption></figure>`,
		"before lead image":  `<div class="intro"><p><strong>` + lead + `</strong></p></div><div class="lead-image"><img src="p.jpg"></div>`,
		"in the header":      `<header class="article-header"><p class="summary-lead">` + lead + `</p></header>`,
	} {
		t.Run(name, func(t *testing.T) {
			wantStory(t, parseStory(t, articlePage(top+rest)))
		})
	}
}

// Furniture beside the body container, and a picture's caption set as a
// paragraph, are not taken back with the story.
func TestHTMLRecoveryLeavesFurniture(t *testing.T) {
	a := parseStory(t, articlePage(`<p class="kicker">Ports</p><div class="article-body">`+paragraphs(pierStory[:3])+`</div>`+
		`<div class="article-body"><img src="pier.jpg" alt=""><p>The old wooden pier at dawn, seen from the harbour wall on Monday. (Jane Doe / Example Gazette)</p></div>`+
		`<div class="article-body"><p><span class="image"><img src="boats.jpg" alt=""></span><span class="image-caption">Fishing boats tied up at the old pier during last winter's storms.</span></p></div>`+
		`<div class="article-body">`+paragraphs(pierStory[3:])+`</div>`+
		`<p>Sign up for our free morning newsletter and get the day's news in your inbox.</p><div class="author-bio"><p>Jane Doe has covered the harbour for the Gazette for twenty years and lives in the town.</p></div>`))
	wantStory(t, a)
}

func blockIndex(a *content.Article, text string) int {
	for i, b := range a.Blocks {
		if b.Text == text {
			return i
		}
	}
	return -1
}

// portalSections are the made-up site's menu.
var portalSections = []string{"News", "World", "Business", "Sport", "Culture", "Science", "Weather", "Opinion"}

// A portal page (a menu and lists of links to stories) is not an article:
// its menu never becomes a body.
func TestHTMLPortalPageIsNotAnArticle(t *testing.T) {
	var menu, lists, teasers strings.Builder
	for i, s := range portalSections {
		menu.WriteString(`<li><a href="/` + s + `">` + s + `</a></li>`)
		lists.WriteString(`<section><h2><a href="/` + s + `">` + s + `</a></h2><ul>`)
		teasers.WriteString(`<div class="card"><h3><a href="/s/` + s + `">` + s + ` news today</a></h3><p><a href="/s/` + s + `">`)
		for j := range 4 {
			lists.WriteString(`<li><a href="/story/` + s + string(rune('a'+j)) + `">` + pierStory[(i+j)%6][:60] + `</a></li>`)
		}
		teasers.WriteString(pierStory[i%6][:70] + `. Read the full story.</a></p></div>`)
		lists.WriteString(`</ul></section>`)
	}
	for name, main := range map[string]string{"lists of links": lists.String(), "teaser cards": teasers.String()} {
		t.Run(name, func(t *testing.T) {
			page := `<!DOCTYPE html><html><head><title>Example Gazette - News from the coast</title></head><body>` +
				`<div class="top"><ul>` + menu.String() + `</ul></div><div class="home">` + main + `</div>` +
				`<div class="bottom"><ul>` + menu.String() + `</ul><p>Copyright Example Gazette</p></div></body></html>`
			a, err := ParseHTML([]byte(page), HTMLPage{})
			if errors.Is(err, errNoContent) {
				return // not an article: fine
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(a.Text, "Business") || strings.Contains(a.Text, pierStory[0][:40]) {
				t.Errorf("menu or teasers kept as the body: %q", a.Text)
			}
		})
	}
}

package formats

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// The VOA sample's gold (shared/samples/voa-japan-russia-summit.gold.json):
// headings, captions and the number of body paragraphs.
var (
	voaTitle    = "Japan, Russia Summit Produces Economic Deals, No Peace Treaty"
	voaURL      = "https://www.voanews.com/a/japan-russia-summit-produces-economic-deals-no-peace-treaty/3638565.html"
	voaHeadings = []string{"Investing for peace", "Military value", "China"}
	voaCaptions = []string{
		"Russian President Vladimir Putin (L) and Japanese Prime minister Shinzo Abe attend a Japanese-Russian meeting in Tokyo, Japan, Dec. 16, 2016.",
		"Russia plans to build military bases in the Kuril Islands, Cape Schmidt, and Wrangel Island.",
		"Police officers stand guard before Russia's President Vladimir Putin leaves a hot spring resort, the venue of the summit meeting between Japanese Prime Minister Shinzo Abe and Putin, Dec. 15, 2016, during snow falling in Nagato, Yamaguchi prefecture, Japan.",
	}
	voaParagraphs = 27
)

// checkVOA asserts what every reading of the VOA page must give.
func checkVOA(t *testing.T, a *content.Article) {
	t.Helper()
	if a.Title != voaTitle {
		t.Errorf("title %q", a.Title)
	}
	if got := typedBlocks(a, content.BlockHeading); !reflect.DeepEqual(got, voaHeadings) {
		t.Errorf("headings %q", got)
	}
	if got := typedBlocks(a, content.BlockCaption); !reflect.DeepEqual(got, voaCaptions) {
		t.Errorf("captions %q", got)
	}
	if n := a.ParagraphCount(); n != voaParagraphs {
		t.Errorf("%d paragraphs, want %d", n, voaParagraphs)
	}
	if got := typedBlocks(a, content.BlockCredit); len(got) != 1 || !strings.HasPrefix(got[0], "Youmi Kim in Seoul contributed") {
		t.Errorf("credits %q", got)
	}
	furniture := map[string]bool{"Accessibility links": true, "Breaking News": true, "XS": true, "Related": true,
		"Brian Padden": true, "East Asia Pacific": true, "Share on Facebook": true, "About VOA": true}
	for _, b := range a.Blocks {
		if furniture[b.Text] || strings.Contains(b.Text, "Skip to") || strings.Contains(b.Text, "Terms of Use") {
			t.Errorf("page furniture kept as a %s block: %q", b.Type, b.Text)
		}
	}
	if !strings.Contains(a.Text, "“without trust the goal can not be reached.”") {
		t.Error("quotation marks or text lost")
	}
}

func TestHTMLVOAPage(t *testing.T) {
	arts, _ := parseSample(t, "voa-japan-russia-summit.html")
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	a := arts[0]
	checkVOA(t, a)
	// Metadata from JSON-LD, OpenGraph and meta tags.
	if a.Published.String() != "2016-12-16" || a.Source != "Voice of America" || a.URL != voaURL || a.Byline != "Brian Padden" || a.Format != "html" {
		t.Errorf("metadata: published %q source %q url %q byline %q format %q", a.Published, a.Source, a.URL, a.Byline, a.Format)
	}
	raw, _ := os.ReadFile(filepath.Join(formatsDir, "voa-japan-russia-summit.html"))
	if a.Hash != sha256Hex(raw) {
		t.Error("hash is not the SHA-256 of the page")
	}
	// Captions sit where their figures were: the first before the lead.
	if a.Blocks[0].Type != content.BlockCaption || !strings.HasPrefix(a.Blocks[1].Text, "Japanese Prime Minister Shinzo Abe and Russian President") {
		t.Errorf("caption not in place: %q / %q", a.Blocks[0].Text, a.Blocks[1].Text)
	}
}

func TestHTMLGzippedPageReadsTheSame(t *testing.T) {
	plain, _ := parseSample(t, "voa-japan-russia-summit.html")
	zipped, _ := parseSample(t, "voa-japan-russia-summit.html.gz")
	if len(zipped) != 1 || !reflect.DeepEqual(plain[0].Blocks, zipped[0].Blocks) || plain[0].Title != zipped[0].Title {
		t.Fatal("the gzipped page does not read as the page")
	}
}

func TestHTMLWikinewsPage(t *testing.T) {
	arts, _ := parseSample(t, "wikinews-mecca-crane.html")
	a := arts[0]
	if a.Title != "At least 107 killed in Mecca crane collapse" || a.Published.String() != "2015-09-12" || a.Source != "Wikinews" ||
		a.URL != "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse" {
		t.Errorf("metadata: %q %q %q %q", a.Title, a.Published, a.Source, a.URL)
	}
	// A MediaWiki thumbnail caption, put back before the paragraph it preceded.
	caps := typedBlocks(a, content.BlockCaption)
	if !reflect.DeepEqual(caps, []string{"pilgrims at Mecca's Grand Mosque in 2008."}) {
		t.Errorf("captions %q", caps)
	}
	for _, b := range a.Blocks {
		switch b.Text {
		case "Saturday, September 12, 2015", "Related news", "Log in", "Navigation menu", "Privacy policy",
			"Wikinews is a free news source you can write!":
			t.Errorf("kept %q as %s", b.Text, b.Type)
		}
	}
	if !strings.Contains(a.Text, `"All those who were wounded and the dead have been taken to hospital.`) {
		t.Error("body quotation missing")
	}
}

func TestHTMLStructure(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Council votes to rebuild the old bridge</title>
<meta property="og:site_name" content="Example Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council votes to rebuild the old bridge</h1>
<p class="byline">By Maria Lopez</p>
<p>The city council voted on Tuesday to rebuild the old stone bridge over the river, ending a debate that has lasted for more than three years and divided the town.</p>
<h2>What changes</h2>
<p>The new bridge will carry two lanes of traffic and a separate path for cyclists and pedestrians, the council said in a statement after the vote.</p>
<ul><li>Two traffic lanes in place of one narrow lane</li><li>A protected cycle path on the north side</li></ul>
<blockquote><p>We have waited long enough for a safe crossing for our children.</p></blockquote>
<figure><img src="/img/bridge.jpg" alt="The old bridge"><figcaption>The old bridge in winter. Photo: Jan Berg</figcaption></figure>
<p>Work is expected to begin next spring and to last eighteen months, during which a temporary ferry will carry foot passengers across the river.</p>
</article><footer>Copyright Example Gazette</footer></body></html>`
	arts, err := ParseBytes("bridge.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	var got []string
	for _, b := range a.Blocks {
		got = append(got, string(b.Type)+": "+b.Text)
	}
	want := []string{
		"paragraph: The city council voted on Tuesday to rebuild the old stone bridge over the river, ending a debate that has lasted for more than three years and divided the town.",
		"heading: What changes",
		"paragraph: The new bridge will carry two lanes of traffic and a separate path for cyclists and pedestrians, the council said in a statement after the vote.",
		"list: Two traffic lanes in place of one narrow lane",
		"list: A protected cycle path on the north side",
		"quote: We have waited long enough for a safe crossing for our children.",
		"caption: The old bridge in winter.",
		"paragraph: Work is expected to begin next spring and to last eighteen months, during which a temporary ferry will carry foot passengers across the river.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if a.Byline != "Maria Lopez" || a.Source != "Example Gazette" {
		t.Errorf("byline %q source %q", a.Byline, a.Source)
	}
}

func TestHTMLLegacyCharset(t *testing.T) {
	body := strings.Repeat("<p>Le caf\xe9 de la gare a rouvert ses portes apr\xe8s trois ans de travaux, au grand plaisir des voyageurs du matin.</p>\n", 4)
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><article>" + body + "</article></body></html>"
	arts, err := ParseBytes("cafe.htm", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(arts[0].Text, "Le café de la gare a rouvert ses portes après trois ans") {
		t.Errorf("windows-1252 text not decoded: %q", arts[0].Text)
	}
}

func TestHTMLWithoutTextIsAnError(t *testing.T) {
	_, err := ParseBytes("empty.html", []byte("<!DOCTYPE html><html><body><nav><a href=/>Home</a></nav></body></html>"), Options{})
	if err == nil || !strings.Contains(err.Error(), "empty.html") {
		t.Fatalf("got %v, want an error naming the file", err)
	}
}

func TestHTMLKnownBoilerplateIsDropped(t *testing.T) {
	// A line of the site's own, as Wikinews closes its stories with, put
	// in the page's text where the extractor keeps it.
	page, _ := os.ReadFile(filepath.Join(formatsDir, "wikinews-mecca-crane.html"))
	line := "Have an opinion on this story? Share it!"
	data := bytes.Replace(page, []byte("<p>A storm"), []byte("<p>"+line+"</p>\n<p>A storm"), 1)
	if bytes.Equal(data, page) {
		t.Fatal("the sample's first paragraph moved: no place for the line")
	}
	before, err := ParseBytes("crane.html", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(before[0].Text, line) {
		t.Fatalf("the line %q is not extracted, so this test shows nothing", line)
	}
	after, err := ParseBytes("crane.html", data, Options{Boilerplate: knownLines{"Wikinews": {line: true}}})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(after[0].Text, line) {
		t.Error("known boilerplate kept")
	}
}

// knownLines is a BoilerplateSet of given lines per source.
type knownLines map[string]map[string]bool

func (s knownLines) IsBoilerplate(source, line string) bool { return s[source][line] }

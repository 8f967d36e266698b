package formats

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Small seeds for the fuzz targets that run go-trafilatura (FuzzHTML,
// FuzzWARC). The fuzzer minimizes every input that finds new coverage,
// running the target again for each cut (for up to -fuzzminimizetime);
// seeded with the 6-12 KB sample pages, each of those runs extracted a
// whole page and the coordinator counted a dozen executions a minute.
// These made-up pages, 1-2 KB, hold the same kinds of structure (meta
// and JSON-LD dates, a dateline, figures with captions, lists, quotes,
// tables, navigation and footer boilerplate); the sample pages are read
// in full by the unit tests (html_test.go, warc_test.go).

// maxFuzzPage is the largest input the extracting fuzz targets try: their
// mutations of larger inputs cost milliseconds each and find nothing the
// small pages do not reach.
const maxFuzzPage = 4 << 10

// fuzzPages are the small page seeds.
var fuzzPages = []string{
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Harbor Reopens After Storm - Example News</title>
<meta property="og:title" content="Harbor Reopens After Storm">
<meta property="article:published_time" content="2021-03-04T08:15:00Z">
<meta name="author" content="Dana Ruiz">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Harbor Reopens After Storm</h1><p class="byline">By Dana Ruiz</p>
<p>PORTVILLE — The harbor reopened on Thursday, three days after the storm closed it to ships.</p>
<figure><img src="a.jpg" alt="Boats"><figcaption>Boats wait outside the harbor. (Photo: J. Lee)</figcaption></figure>
<p>"We lost two cranes," said harbor master Ellen Park. "The rest is working."</p>
<h2>Cargo delayed</h2><ul><li>Grain: two days</li><li>Fuel: one day</li></ul>
<blockquote>The storm was the worst in a decade.</blockquote></article>
<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>`,
	`<html><head><title>Council votes on budget</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes on budget","datePublished":"2019-11-20","author":{"name":"Sam Okafor"}}</script>
</head><body><div id="main"><h1>Council votes on budget</h1><time datetime="2019-11-20">Nov. 20, 2019</time>
<p>The city council approved a budget of 4.2 million dollars by a vote of seven to two.</p>
<table><tr><th>Item</th><th>Amount</th></tr><tr><td>Roads</td><td>1.1</td></tr></table>
<p>Mayor Lin Chow said the vote "keeps the buses running".</p>
<div class="thumbinner"><img src="c.png"><div class="thumbcaption">The council chamber</div></div>
</div><div class="related"><a href="/a">Read more</a></div></body></html>`,
	`<html><body><p>Short page.</p></body></html>`,
	`<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1252"><title>Caf` + "\xe9" + ` prices</title></head><body><p>Prices rose 3% in March.</p><p>` + "\x1b[31m" + `red</p></body></html>`,
}

// TestLargeFuzzInputs runs the inputs past maxFuzzPage that the fuzzer
// once kept for FuzzHTML, FuzzHTMLBlocks, FuzzWARC and FuzzWARCStream
// (mutated samples), which the fuzz targets now pass over, through the
// same checks.
func TestLargeFuzzInputs(t *testing.T) {
	parseAs := func(name string) func(*testing.T, []byte) {
		return func(t *testing.T, data []byte) { fuzzParse(t, name, data) }
	}
	for target, check := range map[string]func(*testing.T, []byte){"FuzzHTML": parseAs("page.html"),
		"FuzzHTMLBlocks": checkHTMLBlocks, "FuzzWARC": parseAs("crawl.warc"), "FuzzWARCStream": parseAs("crawl.warc")} {
		dir := filepath.Join("testdata", "fuzz-large", target)
		files, err := os.ReadDir(dir)
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no inputs (%v)", dir, err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(filepath.Join(dir, f.Name()))
			if err != nil {
				t.Fatal(err)
			}
			data := fuzzFileInput(t, raw)
			if len(data) <= maxFuzzPage {
				t.Errorf("%s/%s: %d bytes belongs in testdata/fuzz", target, f.Name(), len(data))
			}
			check(t, data)
		}
	}
}

// fuzzFileInput reads the one []byte of a corpus file in the
// "go test fuzz v1" encoding.
func fuzzFileInput(t *testing.T, raw []byte) []byte {
	t.Helper()
	lines := strings.SplitN(strings.TrimSpace(string(raw)), "\n", 2)
	if len(lines) != 2 || lines[0] != "go test fuzz v1" || !strings.HasPrefix(lines[1], "[]byte(") {
		t.Fatalf("not a fuzz corpus file of one []byte: %.40q", raw)
	}
	s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
	if err != nil {
		t.Fatal(err)
	}
	return []byte(s)
}

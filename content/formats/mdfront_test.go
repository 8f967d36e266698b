package formats

import (
	"reflect"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

func TestMarkdownFrontMatter(t *testing.T) {
	arts, _ := parseSample(t, "wikinews-sensitive.md")
	a := arts[0]
	if a.Title != "Sensitive Canadian document found on rainy streets" || a.Published.String() != "2008-08-15" || a.Byline != "Wikinews" ||
		a.Source != "Wikinews" || a.URL != "https://en.wikinews.org/wiki/Sensitive_Canadian_document_found_on_rainy_streets" || a.Format != "markdown" {
		t.Errorf("title %q published %q byline %q source %q url %q", a.Title, a.Published, a.Byline, a.Source, a.URL)
	}
	if h := typedBlocks(a, content.BlockHeading); !reflect.DeepEqual(h, []string{"Sources"}) {
		t.Errorf("headings %q", h)
	}
	if l := typedBlocks(a, content.BlockList); len(l) != 4 || !strings.HasPrefix(l[3], "Peter Zimonjic.") {
		t.Errorf("list items %q", l)
	}
	if strings.Contains(a.Text, "---") || strings.Contains(a.Text, "title:") {
		t.Error("front matter leaked into the text")
	}
}

func TestMarkdownStructure(t *testing.T) {
	note := "# Storm closes the coast road\n\nHeavy *rain* closed the [coast road](https://example.org) on Monday.\nCrews expect to reopen it soon.\n\n" +
		"## Reactions\n\n> We have never seen water this high.\n>\n> Nobody has.\n\n- sandbags at the school\n  - and at the library\n- shelters open\n\n" +
		"![Flooded square in the town centre](square.jpg)\n\n```\ncode stays text\n```\n"
	arts, err := ParseBytes("storm.md", []byte(note), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	var got []string
	for _, b := range a.Blocks {
		got = append(got, string(b.Type)+": "+b.Text)
	}
	want := []string{
		"paragraph: Heavy rain closed the coast road on Monday. Crews expect to reopen it soon.",
		"heading: Reactions",
		"quote: We have never seen water this high.",
		"quote: Nobody has.",
		"list: sandbags at the school",
		"list: and at the library",
		"list: shelters open",
		"caption: Flooded square in the town centre",
		"paragraph: code stays text",
	}
	if a.Title != "Storm closes the coast road" || !reflect.DeepEqual(got, want) {
		t.Errorf("title %q blocks:\n%s", a.Title, strings.Join(got, "\n"))
	}
}

func TestMarkdownFrontMatterDetectedWithoutExtension(t *testing.T) {
	note := "---\ntitle: Notes from the council meeting\ndate: 2024-02-03T18:30:00+01:00\nauthors:\n  - name: Kim Aalto\n  - Lee Park\n---\nThe council met in the evening.\n"
	arts, err := ParseBytes("notes.txt", []byte(note), Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Format != "markdown" || a.Title != "Notes from the council meeting" || a.Published.String() != "2024-02-03T18:30:00+01:00" || a.Byline != "Kim Aalto, Lee Park" {
		t.Errorf("format %q title %q published %q byline %q", a.Format, a.Title, a.Published, a.Byline)
	}
}

func TestBadFrontMatterIsAnError(t *testing.T) {
	_, err := ParseBytes("bad.md", []byte("---\ntitle: [unclosed\n---\nText.\n"), Options{})
	if err == nil || !strings.Contains(err.Error(), "bad.md") {
		t.Fatalf("got %v", err)
	}
}

package formats

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

func TestJSONNewsPlease(t *testing.T) {
	arts, _ := parseSample(t, "newsplease-voa.json")
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	a := arts[0]
	if a.Title != voaTitle || a.Published.String() != "2016-12-16" || a.URL != voaURL || a.Byline != "Brian Padden" ||
		a.Source != "voanews.com" || a.Format != "json" || a.Key != "" {
		t.Errorf("title %q published %q url %q byline %q source %q format %q key %q", a.Title, a.Published, a.URL, a.Byline, a.Source, a.Format, a.Key)
	}
	// maintext has one paragraph per line: 27 paragraphs and the credit.
	if n := a.ParagraphCount(); n != voaParagraphs {
		t.Errorf("%d paragraphs, want %d", n, voaParagraphs)
	}
	if got := typedBlocks(a, content.BlockCredit); len(got) != 1 {
		t.Errorf("credits %q", got)
	}
}

func TestJSONTrafilaturaOutput(t *testing.T) {
	arts, _ := parseSample(t, "trafilatura-crane.json")
	a := arts[0]
	if a.Title != "At least 107 killed in Mecca crane collapse" || a.Published.String() != "2015-09-12" || a.Source != "Wikinews" ||
		a.URL != "https://en.wikinews.org/wiki/At_least_107_killed_in_Mecca_crane_collapse" {
		t.Errorf("title %q published %q source %q url %q", a.Title, a.Published, a.Source, a.URL)
	}
	if len(a.Blocks) != 5 || !strings.HasPrefix(a.Blocks[0].Text, "A storm yesterday caused a crane to fall") {
		t.Errorf("%d blocks, first %q", len(a.Blocks), a.Blocks[0].Text)
	}
}

func TestJSONNewspaperArray(t *testing.T) {
	arts, _ := parseSample(t, "newspaper-wikinews.json")
	if len(arts) != 2 {
		t.Fatalf("%d articles", len(arts))
	}
	if arts[0].Key != "item 1" || arts[1].Key != "item 2" {
		t.Errorf("keys %q %q", arts[0].Key, arts[1].Key)
	}
	// newspaper writes a date as a midnight timestamp: the date alone is kept.
	if arts[0].Published.String() != "2006-01-12" || arts[1].Published.String() != "2006-03-27" || arts[0].Source != "en.wikinews.org" {
		t.Errorf("published %q %q source %q", arts[0].Published, arts[1].Published, arts[0].Source)
	}
	if arts[0].Hash == arts[1].Hash {
		t.Error("records share a hash")
	}
}

func TestJSONLBadLineIsSkipped(t *testing.T) {
	arts, errs := parseSample(t, "newsplease-dump.jsonl")
	var keys, titles []string
	for _, a := range arts {
		keys = append(keys, a.Key)
		titles = append(titles, a.Title)
	}
	if !reflect.DeepEqual(keys, []string{"line 1", "line 2", "line 4"}) {
		t.Errorf("keys %q", keys)
	}
	if titles[2] != "Greek court rules worship of ancient Greek deities is legal" || arts[2].Published.String() != "2006-03-27" || arts[2].Byline != "Wikinews" {
		t.Errorf("generic field names: %q %q %q", titles[2], arts[2].Published, arts[2].Byline)
	}
	var re *RecordError
	if len(errs) != 1 || !errors.As(errs[0], &re) || re.Record != "line 3" || !strings.Contains(errs[0].Error(), "newsplease-dump.jsonl") {
		t.Fatalf("errors %v, want one RecordError for line 3 naming the file", errs)
	}
}

func TestJSONLOverlongLineIsSkipped(t *testing.T) {
	line1 := `{"title": "First", "text": "One paragraph of text."}`
	long := `{"title": "Huge", "text": "` + strings.Repeat("x", MaxJSONLine) + `"}`
	line3 := `{"title": "Third", "text": "Another paragraph."}`
	var errs []error
	var titles []string
	err := Parse("big.jsonl", strings.NewReader(line1+"\n"+long+"\n"+line3+"\n"), Options{}, func(a *content.Article) error {
		titles = append(titles, a.Title)
		return nil
	}, func(e error) { errs = append(errs, e) })
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(titles, []string{"First", "Third"}) || len(errs) != 1 || !errors.Is(errs[0], ErrTooLarge) {
		t.Fatalf("titles %q errors %v", titles, errs)
	}
}

func TestJSONFieldVariants(t *testing.T) {
	cases := []struct {
		name, in                                string
		title, published, byline, source, first string
	}{
		{"wrapped.json", `{"status": "ok", "articles": [{"headline": "Wrapped", "articleBody": "<p>Para one.</p><p>Para two.</p>", "datePublished": "2020-05-06T07:08:09+02:00", "author": {"name": "Ann Lee"}, "publisher": {"name": "The Daily"}}]}`,
			"Wrapped", "2020-05-06T07:08:09+02:00", "Ann Lee", "The Daily", "Para one."},
		{"list.json", `[{"title": "Listed", "content": "Body line one.\n\nBody line two.", "published": "March 3, 2019", "authors": ["A One", "B Two"], "url": "https://www.example.com/x"}]`,
			"Listed", "2019-03-03", "A One, B Two", "example.com", "Body line one."},
		{"bad-date.json", `{"title": "No date", "body": "Text.", "date": "sometime last week"}`,
			"No date", "", "", "", "Text."},
	}
	for _, c := range cases {
		arts, err := ParseBytes(c.name, []byte(c.in), Options{})
		if err != nil || len(arts) != 1 {
			t.Fatalf("%s: %v (%d articles)", c.name, err, len(arts))
		}
		a := arts[0]
		if a.Title != c.title || a.Published.String() != c.published || a.Byline != c.byline || a.Source != c.source || a.Blocks[0].Text != c.first {
			t.Errorf("%s: title %q published %q byline %q source %q first %q", c.name, a.Title, a.Published, a.Byline, a.Source, a.Blocks[0].Text)
		}
	}
}

func TestJSONWithoutArticleFieldsIsAnError(t *testing.T) {
	_, err := ParseBytes("config.json", []byte(`{"port": 8080, "debug": true}`), Options{})
	if err == nil || !strings.Contains(err.Error(), "config.json") {
		t.Fatalf("got %v", err)
	}
	// A file of annotations that has a title but no article text is no
	// article either (an editor's gold file beside the article it describes).
	_, err = ParseBytes("article.gold.json", []byte(`{"title": "Summit ends", "published": "2016-12-16",
		"headings": ["China"], "people": [{"name": "Vladimir Putin"}]}`), Options{})
	if err == nil || !strings.Contains(err.Error(), "article.gold.json") || !strings.Contains(err.Error(), "no article text") {
		t.Fatalf("title without text: got %v", err)
	}
	_, err = ParseBytes("broken.json", []byte(`{"title": "x", `+"\n"+`"text": `), Options{})
	if err == nil || !strings.Contains(err.Error(), "broken.json") {
		t.Fatalf("got %v", err)
	}
}

// JSON Lines whose lines are longer than any read buffer are still JSON
// Lines: each line its own record with its own key, or the archive
// would keep only the last.
func TestJSONLinesWithLongLinesKeepEveryRecord(t *testing.T) {
	var b strings.Builder
	pad := strings.Repeat("x", 80<<10)
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, `{"title": "Harbour report %d", "text": "The harbour master counted %d ships.\n\nShe said the count was high.", "padding": %q}`+"\n", i, i, pad)
	}
	b.WriteString(`{"title": "No text here"}` + "\n")
	checkHarbourRecords(t, "dump.jsonl", b.String(), "line 4")
}

// Objects written one after another over several lines each (not JSON
// Lines) are records too, keyed by their place.
func TestJSONObjectsInARowKeepEveryRecord(t *testing.T) {
	var b strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "{\n  \"title\": \"Harbour report %d\",\n  \"text\": \"The harbour master counted %d ships.\\n\\nShe said the count was high.\"\n}\n", i, i)
	}
	b.WriteString("{\n  \"title\": \"No text here\"\n}\n")
	checkHarbourRecords(t, "dump.json", b.String(), "record 4")
}

// checkHarbourRecords parses three "Harbour report N" records and a
// fourth without text from in: three articles with distinct keys, and
// one record error naming the fourth as badName.
func checkHarbourRecords(t *testing.T, name, in, badName string) {
	t.Helper()
	var errs []error
	var arts []*content.Article
	err := Parse(name, strings.NewReader(in), Options{}, func(a *content.Article) error {
		arts = append(arts, a)
		return nil
	}, func(e error) { errs = append(errs, e) })
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 3 || len(errs) != 1 {
		t.Fatalf("%d articles and %d record errors, want 3 and 1 (%v)", len(arts), len(errs), errs)
	}
	keys := map[string]bool{}
	for i, a := range arts {
		if want := fmt.Sprintf("Harbour report %d", i+1); a.Title != want {
			t.Errorf("article %d: title %q, want %q", i, a.Title, want)
		}
		keys[a.Key] = true
	}
	if len(keys) != 3 || keys[""] {
		t.Errorf("keys %v: want three distinct, none empty", keys)
	}
	if !strings.Contains(errs[0].Error(), badName) {
		t.Errorf("the bad record is not named %q: %v", badName, errs[0])
	}
}

// A byte-order mark before JSON Lines does not cost the first record.
func TestJSONLinesAfterAByteOrderMark(t *testing.T) {
	in := "\xef\xbb\xbf" + `{"title": "One", "text": "The first record of the file."}` + "\n" +
		`{"title": "Two", "text": "The second record of the file."}` + "\n"
	arts, err := ParseBytes("dump.jsonl", []byte(in), Options{})
	if err != nil || len(arts) != 2 || arts[0].Title != "One" {
		t.Fatalf("articles %v, error %v", arts, err)
	}
}

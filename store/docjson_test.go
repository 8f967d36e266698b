package store

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
)

// The hand-written encoder must write what encoding/json writes, byte
// for byte, for the archive's own reader and for older builds.
func TestDocJSONIsWhatEncodingJSONWrites(t *testing.T) {
	ents, err := os.ReadDir("testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range ents {
		var all []*content.Article
		err := formats.ParseFile(filepath.Join("testdata/articles", e.Name()), formats.Options{}, func(a *content.Article) error {
			all = append(all, a)
			return nil
		}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range all {
			checkDocJSON(t, docOf(a))
			n++
		}
	}
	if n < 5 {
		t.Fatalf("only %d articles checked", n)
	}
	speaker := "Ms. \"Q\" <b>&\u2028"
	checkDocJSON(t, &doc{V: 1, Dateline: "TOKYO \x01\x1f\b\f\t\r\n\\ \xff\xfe é", Contributors: []string{"a", "b"},
		Blocks: []docBlock{{Type: "paragraph", Len: 3}},
		Quotes: []docQuote{{Text: "x", Speaker: &speaker, Spans: [][3]int{{0, 1, 2}, {3, 4, 5}}}, {Text: ""}},
		People: []docPerson{{Name: "Ada", Aliases: []string{"A."}, Role: "r", Mentions: 2, Quotes: 1, Spans: [][3]int{{1, 2, 3}}}, {Name: "B"}}})
	checkDocJSON(t, &doc{V: 1})
}

func FuzzDocJSON(f *testing.F) {
	f.Add("TOKYO", "Ada Lovelace", "said \"no\" <b>")
	f.Fuzz(func(t *testing.T, dateline, name, quote string) {
		checkDocJSON(t, &doc{V: 1, Dateline: dateline, Blocks: []docBlock{},
			Quotes: []docQuote{{Text: quote, Speaker: &name}},
			People: []docPerson{{Name: name, Aliases: []string{dateline}, Role: quote}}})
	})
}

func docOf(a *content.Article) *doc {
	_, d, err := encodeDoc(a, nil)
	if err != nil {
		panic(err)
	}
	var dd doc
	if err := json.Unmarshal(d, &dd); err != nil {
		panic(err)
	}
	return &dd
}

func checkDocJSON(t *testing.T, d *doc) {
	t.Helper()
	want, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if got := appendDocJSON(nil, d); string(got) != string(want) {
		t.Fatalf("appendDocJSON:\n got %s\nwant %s", got, want)
	}
}

// A quotation's speaker type survives the archive: organisation and
// description speakers keep theirs, a person's is implied.
func TestDocSpeakerTypeRoundTrip(t *testing.T) {
	org, person := "the company", "Ada Lovelace"
	a := &content.Article{Blocks: []content.Block{{Type: content.BlockParagraph, Text: "abc"}},
		Quotes: []content.Quote{
			{Text: "a", Speaker: &org, SpeakerType: content.SpeakerOrganization},
			{Text: "b", Speaker: &person, SpeakerType: content.SpeakerPerson},
			{Text: "c"},
		}}
	body, d, err := encodeDoc(a, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got content.Article
	if err := decodeDoc(&got, body, d); err != nil {
		t.Fatal(err)
	}
	for i, want := range []content.SpeakerType{content.SpeakerOrganization, content.SpeakerPerson, ""} {
		if got.Quotes[i].SpeakerType != want {
			t.Errorf("quote %d: type %q, want %q", i, got.Quotes[i].SpeakerType, want)
		}
	}
}

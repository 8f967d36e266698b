package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// The records of a JSON Lines file are finished on every core once a
// second record is met: the articles, and the bad lines' errors, still
// come out in the file's order, each as its record alone gives it.
func TestJSONLinesFinishedInOrder(t *testing.T) {
	paths, err := filepath.Glob("testdata/gum-news/*.txt")
	if err != nil || len(paths) < 3 {
		t.Fatalf("gum-news texts: %d, %v", len(paths), err)
	}
	var file bytes.Buffer
	var want []*content.Article
	var badLines []string
	for i, p := range paths {
		rec, err := json.Marshal(map[string]string{"title": "Story " + strconv.Itoa(i+1), "maintext": string(readFileT(t, p)),
			"date_publish": "2024-03-0" + strconv.Itoa(1+i%9) + " 10:00:00", "source_domain": "example.org"})
		if err != nil {
			t.Fatal(err)
		}
		alone, err := ParseBytes("one.json", rec, Options{})
		if err != nil || len(alone) != 1 {
			t.Fatalf("%s alone: %d articles, %v", p, len(alone), err)
		}
		want = append(want, alone[0])
		file.Write(rec)
		file.WriteByte('\n')
		if i == 1 {
			file.WriteString("{\"title\": 3}\n") // not an article: an error in its place
			badLines = append(badLines, "line "+strconv.Itoa(len(want)+1))
		}
	}
	line := 0
	for i := range want {
		line++
		if i == 2 {
			line++ // the bad line
		}
		want[i].Key = "line " + strconv.Itoa(line)
	}
	var got []*content.Article
	var events []string
	err = Parse("dump.jsonl", bytes.NewReader(file.Bytes()), Options{}, func(a *content.Article) error {
		got = append(got, a)
		events = append(events, a.Key)
		return nil
	}, func(e error) {
		var re *RecordError
		if errors.As(e, &re) {
			events = append(events, "error "+re.Record)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d articles, want %d", len(got), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("record %d (%s) differs from the record parsed alone", i+1, want[i].Key)
		}
	}
	if len(events) < 4 || events[2] != "error "+badLines[0] || events[3] != want[2].Key {
		t.Errorf("events out of order: %q", events[:min(len(events), 5)])
	}
}

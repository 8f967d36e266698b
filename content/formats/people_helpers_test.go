package formats

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// peopleGold is the part of a gum-news gold file the people tests read.
type peopleGold struct {
	Title    string   `json:"title"`
	Dateline string   `json:"dateline"`
	Headings []string `json:"headings"`
	Captions []string `json:"captions"`
	Quotes   []struct {
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
	} `json:"quotes"`
	OtherQuoted []struct {
		Text string `json:"text"`
	} `json:"other_quoted"`
	People []struct {
		Name          string   `json:"name"`
		Aliases       []string `json:"aliases"`
		NamedMentions int      `json:"named_mentions"`
		Mentions      int      `json:"mentions"`
		Quotes        int      `json:"quotes"`
		Role          string   `json:"role"`
	} `json:"people"`
	NotPeople    []string `json:"not_people"`
	Contributors []string `json:"contributors"`
	Boilerplate  []string `json:"boilerplate"`
}

func readPeopleGold(t testing.TB, path string) peopleGold {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g peopleGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// spansInBounds reports the first span outside its block, if any.
func spansInBounds(a *content.Article) (content.Span, bool) {
	check := func(sp content.Span) bool {
		return sp.Block >= 0 && sp.Block < len(a.Blocks) && sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(a.Blocks[sp.Block].Text)
	}
	for _, q := range a.Quotes {
		for _, sp := range q.Spans {
			if !check(sp) {
				return sp, false
			}
		}
	}
	for _, p := range a.People {
		for _, sp := range p.Spans {
			if !check(sp) {
				return sp, false
			}
		}
	}
	return content.Span{}, true
}

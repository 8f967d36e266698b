package formats

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Files that hold several stories, and single stories that must stay
// whole. The stories are made up.

// story is a made-up wire story of about 60 words under headline, with
// dateline (on its own line or opening the first paragraph) and a
// distinctive word, so that each part can be told apart.
func story(headline, dateline, word string) string {
	body := "The " + word + " council voted on Thursday to extend the harbour works by two years, " +
		"its chairman said after a long meeting.\n\n" +
		"Officials said the cost of the " + word + " project had risen by a third since the spring, " +
		"and that the contractors had asked for more time to finish the second pier before the winter storms.\n"
	if strings.HasSuffix(dateline, "-") {
		return headline + "\n\n" + dateline + " " + body
	}
	return headline + "\n\n" + dateline + "\n\n" + body
}

func parseFile(t *testing.T, page string) []string {
	t.Helper()
	as, err := ParseBytes("feed.txt", []byte(page), Options{Modified: filed})
	if err != nil {
		t.Fatal(err)
	}
	titles := make([]string, len(as))
	for i, a := range as {
		titles[i] = a.Title
	}
	return titles
}

func TestSplitSeveralStories(t *testing.T) {
	a := story("HARBOUR BOARD EXTENDS PIER WORKS", "LONDON 1996-08-22", "granite")
	b := story("Farmers Protest Against Import Quotas", "PARIS 1996-08-22", "wheat")
	c := story("Steel Maker Posts Record Profit", "TOKYO, Aug. 22 (Reuters) -", "steel")
	cases := map[string]string{
		"wire stories one after another": a + "\n" + b + "\n" + c,
		"form feeds":                     a + "\f" + b + "\n\f\n" + c,
		"rules of dashes":                a + "\n----------\n\n" + b + "\n----------\n" + c,
		"spaced stars":                   a + "\n* * *\n" + b + "\n* * *\n" + c,
		"end of document markers":        a + "\nEND OF DOCUMENT\n\n" + b + "\nEND OF DOCUMENT\n\n" + c + "\nEND OF DOCUMENT\n",
		"record markers":                 "<<< 1 >>>\n" + a + "<<< 2 >>>\n" + b + "<<< 3 >>>\n" + c,
		"a feed heading above":           "Wire feed, morning file\n\n" + a + "\n" + b + "\n" + c,
	}
	want := []string{"HARBOUR BOARD EXTENDS PIER WORKS", "Farmers Protest Against Import Quotas", "Steel Maker Posts Record Profit"}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			if got := parseFile(t, page); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("titles %q, want %q", got, want)
			}
		})
	}
}

func TestSplitPartsAreWholeArticles(t *testing.T) {
	page := story("HARBOUR BOARD EXTENDS PIER WORKS", "LONDON 1996-08-22", "granite") + "\f" +
		"By Anna Berg\n\n" + "" // a byline alone is not a story: nothing splits
	if got := parseFile(t, page); len(got) != 1 {
		t.Fatalf("a form feed before a short tail split the file: %q", got)
	}
	page = story("HARBOUR BOARD EXTENDS PIER WORKS", "LONDON 1996-08-22", "granite") + "\n" +
		story("Farmers Protest Against Import Quotas", "PARIS, Aug. 21 -", "wheat")
	as, err := ParseBytes("feed.txt", []byte(page), Options{Modified: filed})
	if err != nil || len(as) != 2 {
		t.Fatal(len(as), err)
	}
	for i, want := range []struct{ key, dateline, date, word string }{
		{"article 1", "LONDON", "1996-08-22", "granite"},
		{"article 2", "PARIS", "1996-08-21", "wheat"},
	} {
		a := as[i]
		if a.Key != want.key || a.Dateline != want.dateline || a.Published.String() != want.date ||
			!strings.Contains(a.Text, want.word) || a.Hash == as[1-i].Hash {
			t.Errorf("part %d: key %q dateline %q date %q hash %s, text %q", i, a.Key, a.Dateline, a.Published, a.Hash, a.Text)
		}
		other := []string{"wheat", "granite"}[i]
		if strings.Contains(a.Text, other) {
			t.Errorf("part %d holds the other story's text: %q", i, a.Text)
		}
	}
}

func TestSplitKeepsOneArticleWhole(t *testing.T) {
	para := func(w string) string {
		return "The " + w + " council voted on Thursday to extend the harbour works by two years, its chairman said. " +
			"Officials said the cost had risen by a third since the spring, and the contractors asked for more time.\n\n"
	}
	cases := map[string]string{
		"subheads": "Harbour Board Extends Pier Works\n\nLONDON 1996-08-22\n\n" + para("granite") +
			"Rising Costs\n\n" + para("basalt") + "What Comes Next\n\n" + para("marble"),
		"one scene break": "Harbour Board Extends Pier Works\n\nAugust 22, 1996\n\n" + para("granite") +
			"* * *\n\n" + para("basalt"),
		"a rule above the footer": "Harbour Board Extends Pier Works\n\nAugust 22, 1996\n\n" + para("granite") + para("basalt") +
			"----------\nCopyright 1996 Harbour News. All rights reserved.\n",
		"a timeline: subheads with dates": "Harbour Works Through the Years\n\n" + para("granite") +
			"The First Pier Opens\n\nAugust 22, 1990\n\n" + para("basalt") + "The Second Pier Opens\n\nMay 3, 1994\n\n" + para("marble"),
		"pages with a running header": "Harbour Board Annual Report\n\nAugust 22, 1996\n\n" + para("granite") + para("slate") +
			"\fHarbour Board Annual Report\n\nAugust 22, 1996\n\n" + para("basalt") + para("marble"),
		"a setext title": "Harbour Board Extends Pier Works\n================================\n\nAugust 22, 1996\n\n" + para("granite") + para("basalt"),
		"subheads with datelines after a lead": "Harbour Works Across the Region\n\n" + para("granite") + para("slate") +
			"Work Resumes at the Old Pier\n\nLONDON 1996-08-22\n\n" + para("basalt") +
			"Storm Delays the New Quay\n\nPARIS 1996-08-22\n\n" + para("marble"),
	}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			if got := parseFile(t, page); len(got) != 1 {
				t.Fatalf("split into %d: %q", len(got), got)
			}
		})
	}
}

// TestSplitLeavesCorporaWhole: no article of the project's corpora (the
// sample and the GUM news texts) reads as several.
func TestSplitLeavesCorporaWhole(t *testing.T) {
	files, _ := filepath.Glob("testdata/gum-news/*.txt")
	files = append(files, samplePath)
	if len(files) < 10 {
		t.Fatalf("only %d corpus files", len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		as, err := ParseBytes(f, data, Options{Modified: time.Now()})
		if err != nil || len(as) != 1 {
			t.Errorf("%s: %d articles, %v", f, len(as), err)
		}
	}
}

// FuzzSplitArticles: the splitter takes any text; when it cuts, the parts
// are in order, do not overlap, and each is a whole article.
func FuzzSplitArticles(f *testing.F) {
	a := story("HARBOUR BOARD EXTENDS PIER WORKS", "LONDON 1996-08-22", "granite")
	b := story("Farmers Protest Against Import Quotas", "PARIS, Aug. 21 -", "wheat")
	f.Add(a + "\n" + b)
	f.Add(a + "\f" + b)
	f.Add(a + "\n* * *\n" + b + "\nEND OF DOCUMENT\n")
	f.Add("<<<\n\f\n----\n")
	f.Fuzz(func(t *testing.T, text string) {
		parts := splitArticles(text)
		if parts == nil {
			return
		}
		if len(parts) < 2 {
			t.Fatalf("cut into %d", len(parts))
		}
		rest := text
		for _, p := range parts {
			at := strings.Index(rest, p)
			if at < 0 {
				t.Fatalf("part not in the text in order: %q", p)
			}
			rest = rest[at+len(p):]
			if _, ok := articlePart(p, isDateMark); !ok {
				t.Fatalf("part is not an article: %q", p)
			}
		}
	})
}

package formats

import (
	"strings"
	"testing"
	"time"

	"github.com/newsreader/newsreader/content"
)

// Wire copy as news agencies file it, saved as plain text: a headline on
// line 1 (often in capitals, sometimes ending with a full stop), perhaps
// the writer's name, a dateline with the place and the date, then the
// story. The stories are made up.

func parseWire(t *testing.T, page string, modified time.Time) *content.Article {
	t.Helper()
	as, err := ParseBytes("wire.txt", []byte(page), Options{Modified: modified})
	if err != nil || len(as) != 1 {
		t.Fatal(len(as), err)
	}
	return as[0]
}

// filed is a file time a day after the stories' date (1996-08-22, a
// Thursday).
var filed = time.Date(1996, 8, 23, 9, 0, 0, 0, time.UTC)

func TestWireHeadlineIsTheTitle(t *testing.T) {
	cases := []struct{ name, page, title, byline string }{
		{"capitals with a full stop",
			"HARBOUR BOARD APPROVES BUDGET FOR NEW PIER.\n\nLONDON 1996-08-22\n\n" +
				"The harbour board on Thursday approved a budget for a new pier, chairman Helen Marsh said.\n\n" +
				"Work is to start in the spring.\n",
			"HARBOUR BOARD APPROVES BUDGET FOR NEW PIER.", ""},
		{"short capitals",
			"CYCLING RESULTS.\n\nPARIS 1996-08-22\n\nResults of the stage race on Thursday, won by Marc Duval of France.\n\n" +
				"1. Marc Duval (France) 4 hours 12 minutes\n",
			"CYCLING RESULTS.", ""},
		{"title case with a full stop, and the writer",
			"Farmers Protest Against Import Quotas In Capital.\n\nAnna Berg\n\nTOKYO 1996-08-22\n\n" +
				"Thousands of rice farmers marched through central Tokyo on Thursday to protest against import quotas.\n\n" +
				"The government has promised a decision by September 30.\n",
			"Farmers Protest Against Import Quotas In Capital.", "Anna Berg"},
		{"sentence case before a dateline with its region",
			"Football team wins opening match.\n\nAL-AIN, United Arab Emirates 1996-08-22\n\n" +
				"The national team began the defence of its title with a 2-1 win on Thursday.\n",
			"Football team wins opening match.", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := parseWire(t, c.page, filed)
			if a.Title != c.title || a.Byline != c.byline {
				t.Errorf("title %q byline %q, want %q, %q (blocks %q)", a.Title, a.Byline, c.title, c.byline, a.Blocks)
			}
			if a.Published.String() != "1996-08-22" {
				t.Errorf("published %q, want the dateline's 1996-08-22", a.Published)
			}
			if len(a.Blocks) == 0 || a.Blocks[0].Type != content.BlockParagraph || strings.Contains(a.Text, "1996-08-22") {
				t.Errorf("the story should open on its first paragraph, without the dateline: %q", a.Blocks)
			}
		})
	}
}

func TestWireDatelines(t *testing.T) {
	cases := []struct {
		name, lead, place, published, source string
	}{
		{"place and date line", "LONDON 1996-08-22\n\nThe Bank of England held its rate on Thursday, officials said.", "LONDON", "1996-08-22", ""},
		{"agency date first", "Aug 22 (Reuters) - Northern Steel Corp posted a record profit on Thursday, its chief executive said.", "", "1996-08-22", "Reuters"},
		{"place, agency, date", "LONDON, Aug 22 (Reuters) - Northern Steel Corp posted a record profit on Thursday.", "LONDON", "1996-08-22", "Reuters"},
		{"place and short date", "TOKYO, Aug. 22 — Thousands of farmers marched through Tokyo on Thursday.", "TOKYO", "1996-08-22", ""},
		{"place and agency, no date", "WASHINGTON (AP) — A Senate panel delayed a vote on the farm bill on Thursday.", "WASHINGTON (AP)", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := "SENATE PANEL DELAYS VOTE ON FARM BILL\n\n" + c.lead + "\n\nThe bill is due January 1, 2047, and the next vote by Jan. 10, 1997.\n"
			a := parseWire(t, page, filed)
			if a.Dateline != c.place || a.Published.String() != c.published || a.Source != c.source {
				t.Errorf("dateline %q published %q source %q, want %q %q %q", a.Dateline, a.Published, a.Source, c.place, c.published, c.source)
			}
			if a.Title != "SENATE PANEL DELAYS VOTE ON FARM BILL" {
				t.Errorf("title %q", a.Title)
			}
			if first := a.Blocks[0].Text; strings.Contains(first, "Aug") || strings.Contains(first, "Reuters") {
				t.Errorf("dateline left in the first paragraph: %q", first)
			}
		})
	}
}

// A date without its year takes the year of the file when the file was
// saved within days of it; otherwise the year the story's weekday
// confirms among the years it writes; else none.
func TestYearlessDatelineYear(t *testing.T) {
	page := "STEEL MAKER POSTS RECORD PROFIT\n\nAug 22 (Reuters) - Northern Steel Corp posted a record profit on Thursday.\n\n"
	cases := []struct {
		name, more string
		modified   time.Time
		want       string
	}{
		{"saved days later", "", filed, "1996-08-22"},
		{"saved years later, year confirmed by the weekday", "Profit was twice that of 1995.", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), "1996-08-22"},
		{"saved years later, nothing to confirm it", "Profit was high.", time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if a := parseWire(t, page+c.more+"\n", c.modified); a.Published.String() != c.want {
				t.Errorf("published %q, want %q", a.Published, c.want)
			}
		})
	}
}

// A date written in the body is never the publication date, nor does it
// override the dateline's.
func TestBodyDatesAreNotPublication(t *testing.T) {
	for _, body := range []string{
		"The bill is due January 1, 2047.",
		"The museum marked the anniversary of the crash of Tuesday, October 29, 1929, on Friday.",
		"Voting ended on Sunday, 7 May 2017, in Paris.",
	} {
		a := parseWire(t, "A headline for the test story\n\n"+body+"\n", time.Time{})
		if a.Published.String() != "" {
			t.Errorf("%q: published %q, want none", body, a.Published)
		}
	}
	a := parseWire(t, "MARKETS CLOSE HIGHER\n\nNEW YORK, Aug. 22 — Shares rose on Thursday.\n\n1996-09-30\n\nThe next report is due then.\n", filed)
	if a.Published.String() != "1996-08-22" {
		t.Errorf("published %q, want the dateline's 1996-08-22", a.Published)
	}
}

// A caption's date is the publication date only when the text names its
// weekday, and never after the file's own time.
func TestCaptionDateNeedsWeekdayAndPast(t *testing.T) {
	page := "Leaders meet for talks in the capital\n\nLeaders meet in Tokyo, Dec. 16, 2016.\n\nLeaders meet in Tokyo, Dec. 16, 2016.\n\n" +
		"The leaders met %s in Tokyo and agreed to meet again next year, officials said after the talks.\n"
	cases := []struct {
		day      string
		modified time.Time
		want     string
	}{
		{"Friday", time.Time{}, "2016-12-16"},
		{"Monday", time.Time{}, ""},                                   // the caption's date is not confirmed
		{"Friday", time.Date(2016, 12, 10, 0, 0, 0, 0, time.UTC), ""}, // after the file's time
	}
	for _, c := range cases {
		a := parseWire(t, strings.Replace(page, "%s", c.day, 1), c.modified)
		if a.Published.String() != c.want {
			t.Errorf("%s, file time %v: published %q, want %q", c.day, c.modified, a.Published, c.want)
		}
	}
}

// A date line after the file's own time is not the publication date.
func TestFutureDateLineRefused(t *testing.T) {
	a := parseWire(t, "City approves new budget\n\nPublished: March 3, 2031\n\nThe council approved the budget on Monday.\n",
		time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	if a.Published.String() != "" {
		t.Errorf("published %q, after the file's time", a.Published)
	}
}

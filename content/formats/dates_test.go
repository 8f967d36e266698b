package formats

import (
	"strings"
	"testing"
	"time"

	"github.com/newsreader/newsreader/content"
)

func TestParseDateLine(t *testing.T) {
	cases := []struct {
		line, want string
		updated    bool
	}{
		{"Friday, July 21, 2017", "2017-07-21", false},
		{"Dec. 16, 2016", "2016-12-16", false},
		{"21 July 2017 10:31 GMT", "2017-07-21", false},
		{"Published: March 3, 2021 10:15 AM", "2021-03-03", false},
		{"Updated 3:14 AM GMT+9, February 15, 2024", "2024-02-15", true},
		{"2017-07-21", "2017-07-21", false},
		{"Published: 2017-07-21T10:31:00Z", "2017-07-21T10:31:00Z", false},
		{"2017-07-21 10:31", "2017-07-21", false},
		{"February 30, 2020", "", false},
		{"May 2020", "", false},
		{"The vote is on May 5, 2020, officials said", "", false},
		{"Published in Nature on 5 May 2020 by the team", "", false},
		// Dates all in numbers, where the order is not in doubt.
		{"2016年12月16日", "2016-12-16", false},
		{"2016年12月16日(金) 10:30", "2016-12-16", false},
		{"2016년 12월 16일", "2016-12-16", false},
		{"2016/12/16", "2016-12-16", false},
		{"2016.12.16", "2016-12-16", false},
		{"2016. 12. 16.", "2016-12-16", false},
		{"16.12.2016", "2016-12-16", false},
		{"Updated 16.12.2016 10:31", "2016-12-16", true},
		{"12/03/2016", "", false}, // March 12 or December 3
		{"2016年13月1日", "", false},
		{"2016.02.30", "", false},
		{"1.2.3", "", false},
		{"v2.10.2016", "", false},
		// Day-first month names of other languages, on a date line only.
		{"16 de diciembre de 2016", "2016-12-16", false},
		{"16 décembre 2016 à 10:30", "2016-12-16", false},
		{"16 décembre 2016 à 10h30", "2016-12-16", false},
		{"16. Dezember 2016 um 10:30 Uhr", "2016-12-16", false},
		{"16 de diciembre de 2016 a las 10:30", "2016-12-16", false},
		{"16 dicembre 2016 alle 10:30", "2016-12-16", false},
		{"16 de dezembro de 2016 às 10h30", "2016-12-16", false},
		{"16 december 2016 om 10.30 uur", "2016-12-16", false},
		{"16 декабря 2016 г. в 10:30", "2016-12-16", false},
		{"16 décembre 2016 à Paris", "", false},
		{"16 décembre 2016 à l'Élysée", "", false},
		{"16 décembre 2016 10:30", "2016-12-16", false},
		{"16. Dezember 2016", "2016-12-16", false},
		{"3. März 2021", "2021-03-03", false},
		{"16 dicembre 2016", "2016-12-16", false},
		{"16 december 2016", "2016-12-16", false},
		{"16 декабря 2016 г.", "2016-12-16", false},
		{"16 декабря 2016 года", "2016-12-16", false},
		{"16 ديسمبر 2016", "2016-12-16", false},
		{"30 de febrero de 2016", "", false},
		{"16 mars", "", false},
		{"3:00 Friday", "", false}, // a weekday last: nothing after it to read
		{"Friday 5", "", false},
	}
	for _, c := range cases {
		got, updated, ok := parseDateLine(c.line)
		if got != c.want || ok != (c.want != "") || ok && updated != c.updated {
			t.Errorf("parseDateLine(%q) = %q, updated %v, %v; want %q, updated %v", c.line, got, updated, ok, c.want, c.updated)
		}
	}
}

func TestInferPublished(t *testing.T) {
	para := func(s string) content.Block { return content.Block{Type: content.BlockParagraph, Text: s} }
	caption := func(s string) content.Block { return content.Block{Type: content.BlockCaption, Text: s} }
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		blocks []content.Block
		latest time.Time
		want   string
	}{
		// Captions date two days; the story names Friday: 2016-12-16.
		{[]content.Block{para("The leaders met Friday."), caption("Leaders in Tokyo, Dec. 16, 2016."), caption("A resort, Dec. 15, 2016.")}, now, "2016-12-16"},
		// The same, but the file was saved before that Friday.
		{[]content.Block{para("The leaders met Friday."), caption("Leaders in Tokyo, Dec. 16, 2016.")}, time.Date(2016, 12, 1, 0, 0, 0, 0, time.UTC), ""},
		// A date in the story, even with its weekday, is an event's.
		{[]content.Block{para("The vote was held on Wednesday, January 4, 2023, in the capital.")}, now, ""},
		{[]content.Block{para("SUNDAY: results due."), para("Polls closed on 7 May 2017.")}, now, ""},
		// The caption's weekday is not the story's.
		{[]content.Block{para("The leaders met."), caption("Leaders meet on Friday, Dec. 16, 2016.")}, now, ""},
		{[]content.Block{para("No dates at all, only Monday.")}, now, ""},
	}
	for _, c := range cases {
		if got := inferPublished(c.blocks, c.latest); got != c.want {
			t.Errorf("inferPublished(%q) = %q, want %q", c.blocks, got, c.want)
		}
	}
}

func TestParsePlaceDateLine(t *testing.T) {
	cases := []struct{ line, place, date string }{
		{"Berlin, March 3, 2021", "Berlin", "2021-03-03"},
		{"WASHINGTON, 2021-03-03", "WASHINGTON", "2021-03-03"},
		{"New York, Dec. 16, 2016 10:31 AM", "New York", "2016-12-16"},
		{"Smith said, March 3, 2021", "", ""},
		{"Friday, July 21, 2017", "", ""}, // a weekday, read by parseDateLine
		{"Berlin, Updated March 3, 2021", "", ""},
		{"Berlin, in March 2021", "", ""},
		{"Berlin, March 3, 2021, officials said", "", ""},
		{"Berlin", "", ""},
	}
	for _, c := range cases {
		place, date, ok := parsePlaceDateLine(c.line)
		if place != c.place || date != c.date || ok != (c.date != "") {
			t.Errorf("parsePlaceDateLine(%q) = %q, %q, %v; want %q, %q", c.line, place, date, ok, c.place, c.date)
		}
	}
}

// FuzzDateLine: any line is read or refused as a date line without a
// panic, and a date read is a real day.
func FuzzDateLine(f *testing.F) {
	for _, s := range []string{"Friday, July 21, 2017", "3:00 Friday", "2016年12月16日(金)", "2016. 12. 16.",
		"16 de diciembre de 2016", "Berlin, March 3, 2021", "Updated 16.12.2016 10:31", "2016년 12월 16일"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		for _, read := range []func(string) (string, bool){
			func(l string) (string, bool) { d, _, ok := parseDateLine(l); return d, ok },
			func(l string) (string, bool) { _, d, ok := parsePlaceDateLine(l); return d, ok },
		} {
			if d, ok := read(line); ok {
				if _, err := time.Parse(time.DateOnly, d[:min(len(d), 10)]); err != nil {
					t.Fatalf("%q read as %q: %v", line, d, err)
				}
			}
		}
	})
}

// TestNameWeekdaysReadsEveryWord checks that nameWeekdays, which reads
// only the words holding "day", marks what reading every word marks.
func TestNameWeekdaysReadsEveryWord(t *testing.T) {
	every := func(t string) (named [7]bool) {
		for w := range strings.FieldsSeq(t) {
			if d, ok := weekdayOf(trimPunct(w)); ok {
				named[d] = true
			}
		}
		return named
	}
	for _, text := range []string{
		"The leaders met Friday and again on SATURDAY.",
		"(Monday) \"Tuesday,\" wednesday… Thursday's talks",
		"Sunday\u00a0Monday\u2003Tuesday", // non-breaking and em spaces separate words
		"Friday\u200bSaturday",            // a zero-width space does not
		"today, someday, Dayday, midday, Holiday, FridayFriday",
		"day", "Friday", "xFriday", "Friday-", "\xffFriday", "Fri\xffday",
		"", "y", "ay", " day ", "Wednesday\n\nThursday",
	} {
		var got [7]bool
		nameWeekdays(&got, text)
		if want := every(text); got != want {
			t.Errorf("nameWeekdays(%q) = %v, want %v", text, got, want)
		}
	}
}

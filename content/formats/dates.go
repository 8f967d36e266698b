package formats

import (
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// Publication dates: read from an explicit date line or dateline or,
// failing that, inferred from the dates captions write, cross-checked
// against the weekdays the story names. Never invented: "" when the text
// does not tell.

var monthNames = map[string]time.Month{
	"jan": time.January, "january": time.January, "feb": time.February, "february": time.February,
	"mar": time.March, "march": time.March, "apr": time.April, "april": time.April, "may": time.May,
	"jun": time.June, "june": time.June, "jul": time.July, "july": time.July,
	"aug": time.August, "august": time.August, "sep": time.September, "sept": time.September,
	"september": time.September, "oct": time.October, "october": time.October,
	"nov": time.November, "november": time.November, "dec": time.December, "december": time.December,
}

var weekdayNames = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
	"mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday,
	"thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday,
	"sat": time.Saturday, "sun": time.Sunday,
}

// isCalendarWord reports a month or weekday name ("May" is one too).
func isCalendarWord(w string) bool {
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	_, m := monthNames[low]
	_, d := weekdayNames[low]
	return m || d
}

// dateLinePrefixes introduce a date line ("Published: July 21, 2017").
var dateLinePrefixes = []string{
	"first published", "published on", "published", "last updated", "updated on", "updated",
	"posted on", "posted", "dated", "date",
}

// parseDateLine reads a line that is only a date, optionally introduced
// ("Published:") and followed by a time ("Friday, July 21, 2017",
// "21 July 2017 10:31 GMT", "2017-07-21", "2017-07-21T10:31:00Z"). It
// returns the date as YYYY-MM-DD, or the line's RFC 3339 timestamp as
// written, and whether the date was published rather than updated.
func parseDateLine(line string) (date string, updated, ok bool) {
	if len(line) > 100 || strings.IndexAny(line, "0123456789") < 0 || textscan.WordCount(line) > 12 {
		return "", false, false
	}
	rest := line
	for _, p := range dateLinePrefixes {
		if len(rest) >= len(p) && strings.EqualFold(rest[:len(p)], p) {
			updated = strings.Contains(p, "updated")
			rest = strings.TrimLeft(rest[len(p):], " :")
			break
		}
	}
	words := strings.Fields(rest)
	if len(words) == 0 {
		return "", false, false
	}
	if stamp := strings.TrimRight(words[0], ".,"); len(words) == 1 && len(stamp) > 10 && stamp[10] == 'T' {
		if _, err := time.Parse(time.RFC3339, stamp); err == nil {
			return stamp, updated, true
		}
	}
	// A time may come first ("3:14 AM GMT+9, February 15, 2024"), and a
	// weekday.
	i := 0
	for i < len(words)-1 && isTimeWord(words[i]) {
		if _, _, found := parseDateAt(words, i); found {
			break
		}
		if _, _, found := foreignDateAt(words, i); found {
			break
		}
		i++
	}
	if _, isDay := weekdayNames[strings.ToLower(strings.Trim(words[i], ".,"))]; isDay {
		i++
	}
	d, next, found := parseDateAt(words, i)
	if !found {
		d, next, found = foreignDateAt(words, i)
	}
	if !found {
		return "", false, false
	}
	for _, w := range words[next:] {
		if !isTimeWord(w) {
			return "", false, false
		}
	}
	return d.Format(time.DateOnly), updated, true
}

// parsePlaceDateLine reads a date line led by the place of the story,
// as press releases and many pages open: "Berlin, March 3, 2021",
// "WASHINGTON, 2021-03-03". The place is one to three capitalised words
// before a comma.
func parsePlaceDateLine(line string) (place, date string, ok bool) {
	comma := strings.IndexByte(line, ',')
	if comma <= 0 || comma > 40 || len(line) > 100 || strings.IndexAny(line[comma:], "0123456789") < 0 {
		return "", "", false
	}
	place = line[:comma]
	if n := textscan.WordCount(place); n == 0 || n > 3 {
		return "", "", false
	}
	for w := range strings.FieldsSeq(place) {
		if !isCapWord(w) || strings.IndexAny(w, "0123456789") >= 0 || isCalendarWord(w) {
			return "", "", false
		}
	}
	date, updated, ok := parseDateLine(strings.TrimSpace(line[comma+1:]))
	if !ok || updated {
		return "", "", false
	}
	return place, date, true
}

// isTimeWord reports the tokens that may follow a date on a date line: a
// clock time (10:30, 10.30, 10h30), am/pm, a time-zone abbreviation, a
// separator, and the words that put a time after a date in the languages
// whose month names foreignDateAt reads ("à 10h30", "um 10:30 Uhr", "a las
// 10:30", "alle", "às", "om 10.30 uur", "в 10:30").
func isTimeWord(w string) bool {
	w = strings.Trim(w, ",()")
	if w == "" || w == "|" || w == "-" || w == "—" || w == "–" {
		return true
	}
	switch strings.ToLower(w) {
	case "am", "pm", "a.m.", "p.m.", "utc", "gmt",
		"at", "à", "um", "a", "las", "la", "alle", "às", "om", "в",
		"uhr", "uur", "h":
		return true
	}
	if isAllCaps(w) && len(w) <= 5 {
		return true
	}
	digits := 0
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == ':' || r == '.' || r == '+' || r == '-' || r == 'h':
		default:
			if !strings.HasSuffix(strings.ToLower(w), "am") && !strings.HasSuffix(strings.ToLower(w), "pm") {
				return false
			}
		}
	}
	return digits > 0
}

// parseDateAt reads a date starting at words[i]: "July 21, 2017", "Dec. 16,
// 2016", "21 July 2017" or "2017-07-21". It returns the date and the index
// of the first word after it.
func parseDateAt(words []string, i int) (time.Time, int, bool) {
	if i >= len(words) {
		return time.Time{}, i, false
	}
	w := strings.TrimRight(words[i], ".,;")
	if len(w) >= 10 && w[4] == '-' && w[7] == '-' {
		if t, err := time.Parse(time.DateOnly, w[:10]); err == nil && (len(w) == 10 || w[10] == 'T' || w[10] == ' ') {
			return t, i + 1, true
		}
	}
	if t, next, ok := numericDateAt(words, i); ok {
		return t, next, true
	}
	if i+2 >= len(words) {
		return time.Time{}, i, false
	}
	if m, ok := monthNames[strings.ToLower(strings.TrimSuffix(w, "."))]; ok && isCapWord(w) {
		day, okDay := dayNumber(words[i+1])
		year, okYear := yearNumber(words[i+2])
		if okDay && okYear {
			return validDate(year, m, day, i+3)
		}
		return time.Time{}, i, false
	}
	if day, ok := dayNumber(words[i]); ok {
		m, okMonth := monthNames[strings.ToLower(strings.TrimRight(words[i+1], ".,"))]
		year, okYear := yearNumber(words[i+2])
		if okMonth && okYear && isCapWord(words[i+1]) {
			return validDate(year, m, day, i+3)
		}
	}
	return time.Time{}, i, false
}

// validYMD builds a date from numbers read in year, month, day order.
func validYMD(year, month, day, next int) (time.Time, int, bool) {
	if year < 1800 || year >= 2200 || month < 1 || month > 12 {
		return time.Time{}, next, false
	}
	return validDate(year, time.Month(month), day, next)
}

// validDate builds a date, refusing impossible ones (February 30).
func validDate(year int, m time.Month, day, next int) (time.Time, int, bool) {
	t := time.Date(year, m, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day || t.Month() != m {
		return time.Time{}, next, false
	}
	return t, next, true
}

// dayNumber reads "16", "16,", "16th" as a day of the month.
func dayNumber(w string) (int, bool) {
	w = strings.TrimRight(w, ".,")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		w = strings.TrimSuffix(w, suf)
	}
	if len(w) == 0 || len(w) > 2 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1 && n <= 31
}

// yearNumber reads a four-digit year between 1800 and 2199.
func yearNumber(w string) (int, bool) {
	w = strings.TrimRight(w, ".,;:)")
	if len(w) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(w)
	return n, err == nil && n >= 1800 && n < 2200
}

// inferPublished infers the publication date when the page states none,
// from the one kind of evidence that tells it: a photo caption dates the
// picture ("… in Tokyo, Dec. 16, 2016."), and the story names the day of
// the week it happened ("the leaders met Friday"), as news refers to the
// days of the current week. Of the captions' dates whose weekday the
// story's own text names, the latest not after latest is the day of the
// story. Dates written in the story itself are never taken: a deadline, a
// forecast or a past event is not when it was published. Without such
// evidence the result is "".
func inferPublished(blocks []content.Block, latest time.Time) string {
	var dates []time.Time
	for _, b := range blocks {
		if b.Type == content.BlockCaption {
			dates = appendDates(dates, b.Text)
		}
	}
	if len(dates) == 0 {
		return "" // most stories: no need to read their weekdays
	}
	var named [7]bool
	for _, b := range blocks {
		if b.Type != content.BlockCaption {
			nameWeekdays(&named, b.Text)
		}
	}
	var best time.Time
	for _, d := range dates {
		if named[d.Weekday()] && d.After(best) && !d.After(latest) {
			best = d
		}
	}
	if best.IsZero() {
		return ""
	}
	return best.Format(time.DateOnly)
}

// nameWeekdays marks the weekdays t names in full. Every full name ends
// in "day" (in any case): only the words holding those letters are read,
// which spares splitting the whole text into words.
func nameWeekdays(named *[7]bool, t string) {
	for j := 2; j < len(t); j++ {
		if t[j]|0x20 != 'y' || t[j-1]|0x20 != 'a' || t[j-2]|0x20 != 'd' {
			continue
		}
		start := strings.LastIndexFunc(t[:j], unicode.IsSpace) + 1
		end := len(t)
		if k := strings.IndexFunc(t[j:], unicode.IsSpace); k >= 0 {
			end = j + k
		}
		if d, ok := weekdayOf(trimPunct(t[start:end])); ok {
			named[d] = true
		}
		j = end
	}
}

// appendDates appends the full dates written in t (see parseDateAt).
func appendDates(dates []time.Time, t string) []time.Time {
	for i := 0; i < len(t); {
		for i < len(t) && t[i] == ' ' {
			i++
		}
		j := i
		for j < len(t) && t[j] != ' ' {
			j++
		}
		if j > i && (isASCIIUpper(t[i]) || isASCIIDigit(t[i])) {
			w := trimPunct(t[i:j])
			if _, isMonth := lookupWord(monthNames, strings.TrimSuffix(w, ".")); isMonth || isASCIIDigit(t[i]) {
				// A date is at most three short words: look no further
				// (parseDateAt reads three words at most from 0).
				var buf [3]string
				words := buf[:0]
				for f := range strings.FieldsSeq(t[i:min(len(t), i+40)]) {
					if words = append(words, f); len(words) == len(buf) {
						break
					}
				}
				if d, _, ok := parseDateAt(words, 0); ok {
					dates = append(dates, d)
				}
			}
		}
		i = j
	}
	return dates
}

// weekdayOf reads a full weekday name ("Friday", "FRIDAY").
func weekdayOf(w string) (time.Weekday, bool) {
	if len(w) < 6 || textscan.LowerASCII(w[len(w)-1]) != 'y' {
		return 0, false // cheap test first: most capitalised words are names
	}
	return lookupWord(weekdayNames, w)
}

// lookupWord looks an ASCII word up in a map of lower-case words without
// allocating.
func lookupWord[V any](m map[string]V, w string) (V, bool) {
	var zero V
	var buf [12]byte
	if len(w) < 3 || len(w) > len(buf) {
		return zero, false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if isASCIIUpper(c) {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	v, ok := m[string(buf[:len(w)])]
	return v, ok
}

func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

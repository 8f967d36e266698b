package formats

import (
	"strings"
	"time"
	"unicode"

	"github.com/newsreader/newsreader/content/annotate"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// Wire copy: the headline, the writer and the dateline as news agencies
// file them ("LONDON 1996-08-22", "TOKYO, Aug. 22 —", "Aug 22 (Reuters) -").

// parseWirePlaceDateLine reads a dateline set on a line of its own with
// no comma before the date: "LONDON 1996-08-22", "RIO DE JANEIRO
// 1996-08-22", "AL-AIN, United Arab Emirates 1996-12-06". The place opens
// in capitals, as agencies write it (a mixed-case place needs the comma of
// parsePlaceDateLine).
func parseWirePlaceDateLine(line string) (place, date string, ok bool) {
	if len(line) > 100 || strings.IndexAny(line, "0123456789") < 0 {
		return "", "", false
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 10 {
		return "", "", false
	}
	for k := 1; k < len(words); k++ {
		d, next, found := parseDateAt(words, k)
		if !found {
			continue
		}
		for _, w := range words[next:] {
			if !isTimeWord(w) {
				return "", "", false
			}
		}
		place = strings.TrimRight(strings.Join(words[:k], " "), ", ")
		if !isWirePlace(place) {
			return "", "", false
		}
		return place, d.Format(time.DateOnly), true
	}
	return "", "", false
}

// isWirePlace reports a dateline's place: a first part in capitals
// ("LONDON", "AL-AIN"), then optionally, after commas, a few capitalised
// words of region or country ("United Arab Emirates", "N.Y.").
func isWirePlace(place string) bool {
	parts := strings.Split(place, ",")
	first := strings.TrimSpace(parts[0])
	if !isShouted(first) || len([]rune(first)) < 2 || textscan.WordCount(place) > 7 ||
		notPlaces[strings.ToLower(first)] {
		return false
	}
	for _, p := range parts {
		for w := range strings.FieldsSeq(p) {
			if strings.IndexAny(w, "0123456789") >= 0 || isCalendarWord(w) || !isCapWord(w) && !(annotate.IsCreditNameParticle(w) && strings.ToLower(w) == w) && w != "of" {
				return false
			}
		}
	}
	return true
}

// monthDay is a date a dateline writes, with or without its year.
type monthDay struct {
	month     time.Month
	day, year int // year 0: not written
}

// datedHead splits the head of a dateline (what comes before its dash)
// into the place, the agency in brackets and the date, when it writes a
// date: "TOKYO, Aug. 22" gives TOKYO and August 22; "LONDON, Aug 22
// (Reuters)" LONDON, Reuters and August 22; "Aug 22 (Reuters)" no place.
func datedHead(head string) (place, agency string, date monthDay, ok bool) {
	if i := strings.IndexByte(head, '('); i >= 0 {
		if j := strings.IndexByte(head[i:], ')'); j > 0 {
			agency = strings.TrimSpace(head[i+1 : i+j])
			head = strings.TrimSpace(head[:i] + " " + head[i+j+1:])
		}
	}
	words := strings.Fields(head)
	for k := range words {
		d, found := monthDayAt(words[k:])
		if !found {
			continue
		}
		place = strings.TrimRight(strings.Join(words[:k], " "), ", ")
		if place != "" && !isWirePlace(place) {
			return "", "", monthDay{}, false
		}
		if textscan.WordCount(agency) > 3 {
			agency = ""
		}
		return place, agency, d, true
	}
	return "", "", monthDay{}, false
}

// monthDayAt reads words as one whole date: a full one (see parseDateAt)
// or a month and day without the year ("Aug 22", "Aug. 22", "22 Aug").
func monthDayAt(words []string) (monthDay, bool) {
	if d, next, ok := parseDateAt(words, 0); ok && next == len(words) {
		return monthDay{d.Month(), d.Day(), d.Year()}, true
	}
	if len(words) != 2 {
		return monthDay{}, false
	}
	monthOf := func(w string) (time.Month, bool) {
		m, ok := monthNames[strings.ToLower(strings.TrimRight(w, ".,"))]
		return m, ok && isCapWord(w)
	}
	if m, ok := monthOf(words[0]); ok {
		if day, ok := dayNumber(words[1]); ok {
			return monthDay{month: m, day: day}, true
		}
	}
	if day, ok := dayNumber(words[0]); ok {
		if m, ok := monthOf(words[1]); ok {
			return monthDay{month: m, day: day}, true
		}
	}
	return monthDay{}, false
}

// fullDate gives a dateline's date its year, and reports false when the
// text does not tell it. A written year is taken. Without one, the year is
// the file's when the file was saved within a week after the date (wire
// copy is kept as it comes in); else the one year, among those the story
// writes and their neighbours, in which the date falls on a weekday the
// story names ("posted a record profit on Thursday"). Nothing later than
// latest is taken.
func fullDate(d monthDay, modified, latest time.Time, texts []string) (time.Time, bool) {
	if d.year != 0 {
		return validDay(d.year, d.month, d.day, latest)
	}
	if !modified.IsZero() {
		for _, y := range []int{modified.Year(), modified.Year() - 1} {
			if t, ok := validDay(y, d.month, d.day, latest); ok && modified.Sub(t) <= 7*24*time.Hour {
				return t, true
			}
		}
	}
	named, years := weekdaysAndYears(texts)
	var found time.Time
	seen := map[int]bool{}
	for _, y := range years {
		for _, c := range []int{y - 1, y, y + 1} {
			if seen[c] {
				continue
			}
			seen[c] = true
			t, ok := validDay(c, d.month, d.day, latest)
			if !ok || !named[t.Weekday()] {
				continue
			}
			if !found.IsZero() {
				return time.Time{}, false // two years fit: the text does not tell
			}
			found = t
		}
	}
	return found, !found.IsZero()
}

// validDay builds a date that exists and is not after latest.
func validDay(year int, m time.Month, day int, latest time.Time) (time.Time, bool) {
	t, _, ok := validDate(year, m, day, 0)
	return t, ok && !t.After(latest)
}

// weekdaysAndYears lists the weekdays texts name in full ("Thursday") and
// the years they write (four digits, 1800 to 2199).
func weekdaysAndYears(texts []string) (named [7]bool, years []int) {
	for _, t := range texts {
		for w := range strings.FieldsSeq(t) {
			w = trimPunct(w)
			if d, ok := weekdayOf(w); ok {
				named[d] = true
			} else if y, ok := yearNumber(w); ok && len(w) == 4 {
				years = append(years, y)
			}
		}
	}
	return named, years
}

// isHeadlineCase reports a line set as a headline: in capitals ("STEEL
// MAKER POSTS RECORD PROFIT") or in title case, every word but the short
// function words capitalised ("Farmers Protest Against Import Quotas").
// Such a line is the headline even when it ends with a full stop, as wire
// headlines may.
func isHeadlineCase(t string) bool {
	letters, words := 0, 0
	for w := range strings.FieldsSeq(t) {
		w = strings.TrimLeft(w, "\"'“‘(")
		r := firstRune(w)
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		if unicode.IsUpper(r) || titleCaseSmallWords[strings.ToLower(trimPunct(w))] {
			words++
		}
	}
	return letters >= 2 && (words == letters || isShouted(t))
}

// isShouted reports text in capitals: letters with case, none of them
// lower case (scripts without case are not shouted).
func isShouted(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// notPlaces are capitalised words that open a date line without being its
// place: time zones and the labels of date lines.
var notPlaces = map[string]bool{
	"utc": true, "gmt": true, "est": true, "edt": true, "cst": true, "cdt": true, "mst": true,
	"mdt": true, "pst": true, "pdt": true, "cet": true, "cest": true, "bst": true, "ist": true,
	"jst": true, "kst": true, "aest": true, "aedt": true, "hkt": true, "sgt": true, "msk": true,
	"eet": true, "eest": true, "wet": true, "published": true, "updated": true, "posted": true,
	"dated": true, "date": true,
}

// titleCaseSmallWords are the words title case leaves in lower case.
var titleCaseSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "as": true, "from": true, "into": true, "over": true, "vs": true, "via": true,
}

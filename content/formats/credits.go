package formats

import (
	"strings"
	"unicode"

	"github.com/newsreader/newsreader/content/annotate"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// Bylines, contributor credits, photo credits and datelines: the lines and
// line openings through which a news story names its makers and its place.

// parseByline reads an author line ("By Jane Doe", "By Jane Doe and John
// Roe, Reuters") and returns the credited names as written. A sentence
// that merely starts with "By" ("By developing closer ties, …") is not one.
func parseByline(line string) (string, bool) {
	if len(line) < 5 || !strings.EqualFold(line[:3], "by ") && !strings.EqualFold(line[:3], "by:") {
		return "", false
	}
	rest := strings.TrimSpace(line[3:])
	words := strings.Fields(rest)
	if len(words) < 2 || len(words) > 12 || isCalendarWord(trimPunct(words[0])) {
		return "", false
	}
	caps := 0
	for _, w := range words {
		bare := trimPunct(w)
		switch {
		case bare == "" || bare == "and" || bare == "&" || annotate.IsCreditNameParticle(bare):
		case strings.ContainsAny(bare, "0123456789"):
			return "", false
		case isCapWord(bare):
			caps++
		default:
			return "", false
		}
	}
	if caps < 2 || strings.HasSuffix(rest, ".") && !strings.HasSuffix(words[len(words)-1], "Jr.") {
		return "", false
	}
	return rest, true
}

// creditPhrases mark a line that credits reporters at the end of a story.
var creditPhrases = []string{
	"contributed to this report", "contributed to this story", "contributed to this article",
	"contributed reporting", "contributed to the report", "contributed to this news report",
}

// creditOpenings start a wire-service credit line
// ("Reporting by X in Y; Editing by Z").
var creditOpenings = []string{
	"reporting by ", "additional reporting by ", "writing by ", "editing by ", "reported by ",
	"compiled by ", "research by ", "produced by ",
}

// parseCredit reads a contributor credit line ("Youmi Kim in Seoul
// contributed to this report.", "(Reporting by Jane Doe; Editing by John
// Roe)") and returns the names it credits.
func parseCredit(line string) ([]string, bool) {
	if len(line) > 400 {
		return nil, false
	}
	if strings.Contains(line, "ontributed") && textscan.WordCount(line) <= 40 {
		low := strings.ToLower(line)
		for _, p := range creditPhrases {
			if strings.Contains(low, p) {
				if i := strings.Index(low, "contributed"); i > 0 {
					return creditNames(line[:i]), true
				}
			}
		}
	}
	trimmed := strings.TrimLeft(line, "([")
	if trimmed == "" {
		return nil, false
	}
	first := textscan.LowerASCII(trimmed[0])
	for _, p := range creditOpenings {
		if p[0] == first && len(trimmed) >= len(p) && strings.EqualFold(trimmed[:len(p)], p) {
			var names []string
			body := strings.Trim(line, "()[] .")
			for _, seg := range strings.Split(body, ";") {
				if k := strings.Index(strings.ToLower(seg), " by "); k >= 0 {
					names = append(names, creditNames(seg[k+4:])...)
				} else if k := strings.Index(strings.ToLower(seg), "by "); k == 0 {
					names = append(names, creditNames(seg[3:])...)
				}
			}
			return names, len(names) > 0 && creditShaped(body)
		}
	}
	return nil, false
}

// creditWords are the lower-case words of a wire-service credit line.
var creditWords = map[string]bool{
	"by": true, "and": true, "in": true, "from": true, "at": true, "with": true, "of": true,
	"the": true, "reporting": true, "editing": true, "writing": true, "additional": true,
	"reported": true, "compiled": true, "research": true, "produced": true, "&": true,
}

// creditShaped reports whether a line opening like a credit ("Reported by
// …") is one: names, places and credit words only, not a sentence
// ("Reported by local media, the attack …").
func creditShaped(line string) bool {
	for _, w := range strings.Fields(line) {
		w = trimPunct(w)
		if w != "" && !isCapWord(w) && !creditWords[strings.ToLower(w)] && !isLowerParticle(w) {
			return false
		}
	}
	return true
}

// nameSeparators turns the ways a credit joins names into commas.
var nameSeparators = strings.NewReplacer(" and ", ",", " & ", ",", ";", ",")

// creditNames splits "Jane Doe in Seoul and John Roe" into the names,
// dropping places ("in Seoul") and job titles before a name ("Associated
// Press writer Jane Doe").
func creditNames(s string) []string {
	s = nameSeparators.Replace(strings.TrimSpace(s))
	var names []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		for _, sep := range []string{" in ", " from ", " at "} {
			if i := strings.Index(part, sep); i > 0 {
				part = part[:i]
			}
		}
		// The name is the trailing run of capitalised words.
		words := strings.Fields(part)
		start := len(words)
		for start > 0 && (isCapWord(words[start-1]) || isLowerParticle(words[start-1])) {
			start--
		}
		name := strings.Join(words[start:], " ")
		if name != "" && annotate.LooksLikeName(name) {
			names = append(names, name)
		}
	}
	return names
}

// Caption markers: the credit and position labels of photo captions.
var (
	// creditLabels end with a colon ("Image: Jane Doe").
	creditLabels = []string{
		"Image:", "Photo:", "Photograph:", "Picture:", "Video:", "Audio:", "Illustration:", "Credit:",
	}
	// positionLabels say where in the picture someone is ("(L)").
	positionLabels = []string{
		"(L)", "(R)", "(C)", "(L-R)", "(R-L)", "(left)", "(right)", "(center)", "(centre)",
		"(from left)", "(top)", "(bottom)", "(AP Photo", "(Photo", "(File)",
	}
	// creditPhrasesInCaptions are other wordings of picture credits.
	creditPhrasesInCaptions = []string{
		"Photo credit", "Image credit", "Photo by ", "Getty Images", "File photo", "FILE PHOTO", "; from file",
	}
)

// hasCaptionMarker reports whether a line carries a photo credit or a
// picture-position label, which only captions do.
func hasCaptionMarker(line string) bool {
	if len(line) > 1000 {
		return false
	}
	if strings.HasPrefix(line, "FILE - ") || strings.HasPrefix(line, "FILE – ") {
		return true
	}
	if strings.IndexByte(line, ':') >= 0 {
		for _, m := range creditLabels {
			if i := strings.Index(line, m); i >= 0 && (i+len(m) == len(line) || line[i+len(m)] == ' ') {
				return true
			}
		}
	}
	if strings.IndexByte(line, '(') >= 0 {
		for _, m := range positionLabels {
			if strings.Contains(line, m) {
				return true
			}
		}
	}
	for _, m := range creditPhrasesInCaptions {
		if strings.Contains(line, m) {
			return true
		}
	}
	return false
}

// parseDateline splits the place line off the opening of a story's first
// paragraph: "SEOUL — North Korea …", "TOKYO (AP) — …", "WASHINGTON, D.C. -
// …", "Evansville, Indiana, United States - …". It returns the place as
// written (with an agency in brackets) and the rest of the paragraph.
func parseDateline(p string) (place, rest string, ok bool) {
	dash, after := -1, 0
	opening := p[:min(len(p), 80)] // the place line is short
	for _, d := range []string{" — ", " – ", " - ", " -- ", "— ", "– "} {
		if i := strings.Index(opening, d); i > 0 && i <= 60 && (dash < 0 || i < dash) {
			dash, after = i, i+len(d)
		}
	}
	if dash < 0 {
		return "", "", false
	}
	head := strings.TrimSpace(p[:dash])
	body := strings.TrimSpace(p[after:])
	if body == "" || !isUpperStart(body) && !isQuoteMark(firstRune(body)) {
		return "", "", false
	}
	place = head
	if i := strings.IndexByte(place, '('); i > 0 && strings.HasSuffix(place, ")") {
		place = strings.TrimSpace(place[:i])
	}
	words := strings.Fields(place)
	if len(words) == 0 || len(words) > 8 {
		return "", "", false
	}
	// Either an all-capitals place ("SEOUL", "NEW YORK, N.Y.") or a
	// comma-separated run of capitalised place names.
	first := strings.TrimRight(strings.Split(place, ",")[0], " ")
	if isAllCaps(first) && len([]rune(first)) >= 2 {
		return head, body, true
	}
	if _, ok := monthDayAt(words); ok {
		return head, body, true // the date alone: "Aug 22 (Reuters) -"
	}
	if !strings.Contains(place, ",") {
		return "", "", false
	}
	for _, w := range words {
		w = strings.TrimRight(w, ",.")
		if !isCapWord(w) && !isLowerParticle(w) && w != "of" {
			return "", "", false
		}
	}
	return head, body, true
}

// isAllCaps reports whether s has letters and none of them is lower case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// isLowerParticle reports a name particle written in lower case ("de",
// not "De", which is a capitalised word of its own).
func isLowerParticle(w string) bool {
	return annotate.IsCreditNameParticle(w) && strings.ToLower(w) == w
}

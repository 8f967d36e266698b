package formats

import (
	"strings"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content/annotate"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// unitKind is what a line of a plain-text page turned out to be.
type unitKind uint8

const (
	kindUnknown unitKind = iota
	kindDrop             // furniture or metadata already taken out
	kindParagraph
	kindHeading
	kindCaption
	kindQuote
	kindList
	kindCredit
	kindShortLine  // short, no sentence punctuation: subhead or caption
	kindNounPhrase // short sentence without a verb: caption or paragraph
)

// Limits of the line shapes. A subhead is short; a caption without a verb
// is a phrase, not a paragraph.
const (
	maxHeadingWords    = 12
	maxHeadingBytes    = 120
	minNounPhraseWords = 4
	maxNounPhraseWords = 12
)

// classify gives every unit of the body (the units after the title) its
// kind, first from the line itself and then from its neighbours.
func classify(us []unit) {
	// The verb test behind a noun phrase knows English only: in another
	// language every short sentence would pass for a caption. Whether the
	// text is English is asked once, at the first noun phrase.
	asked, english := false, false
	for i := range us {
		if us[i].kind == kindUnknown {
			us[i].kind = intrinsicKind(&us[i])
		}
		if us[i].kind != kindNounPhrase {
			continue
		}
		if !asked {
			asked, english = true, writtenInEnglish(us)
		}
		if !english {
			us[i].kind = kindParagraph
		}
	}
	markPullQuotes(us)
	markLeadCaptions(us)
	markGalleries(us)
	markReferenceLists(us)
	for i := range us {
		switch us[i].kind {
		case kindShortLine:
			us[i].kind = kindHeading
		case kindNounPhrase:
			us[i].kind = kindCaption
		}
	}
}

// englishMarkers are common English words that other languages written
// in the Latin script seldom use.
var englishMarkers = map[string]bool{
	"the": true, "and": true, "that": true, "with": true, "was": true, "were": true, "for": true,
	"said": true, "from": true, "has": true, "have": true, "this": true, "are": true, "which": true,
}

// writtenInEnglish reports whether the first 120 words of the units hold
// English's common words at English's rate: "the" alone is about one word
// in sixteen of English prose; at least one in twenty-five of them is
// asked.
func writtenInEnglish(us []unit) bool {
	words, hits := 0, 0
	for _, u := range us {
		for w := range strings.FieldsSeq(u.text) {
			if _, ok := lookupWord(englishMarkers, strings.Trim(w, ".,;:!?\"'()“”’‘")); ok {
				hits++
			}
			if words++; words == 120 {
				return hits*25 >= words
			}
		}
	}
	return words > 0 && hits*25 >= words
}

// intrinsicKind classifies a line by its own shape.
func intrinsicKind(u *unit) unitKind {
	t := u.text
	switch {
	case u.repeated:
		// A line printed twice in a row: alt text then caption.
		return kindCaption
	case atxLevel(t) > 0:
		u.text = stripATX(t)
		return kindHeading
	case isListItem(t):
		u.text = strings.TrimSpace(t[listMarkerLen(t):])
		return kindList
	case strings.HasPrefix(t, ">"):
		u.text = strings.TrimSpace(strings.TrimLeft(t, "> "))
		return kindQuote
	case hasCaptionMarker(t), isAttributedPullQuote(t):
		return kindCaption
	case isShortLine(t):
		return kindShortLine
	case len(t) <= maxHeadingBytes && isNounPhrase(t):
		return kindNounPhrase
	}
	return kindParagraph
}

// isShortLine reports the shape of a subhead: short, no sentence-final
// punctuation, not opening with a quotation mark or a lower-case letter. A
// label ending with a colon ("What we know:") is one too, unless it leads
// into a quotation ("The mayor said:").
func isShortLine(t string) bool {
	if len(t) > maxHeadingBytes || textscan.WordCount(t) > maxHeadingWords || !isUpperStart(t) {
		return false
	}
	if strings.HasSuffix(t, ":") {
		return textscan.WordCount(t) <= 6 && !hasReportingVerb(t)
	}
	return !hasTrailingPunct(t)
}

// isNounPhrase reports a short sentence without a verb ("The current flag
// of New Zealand."), the shape of a photo caption. Very short fragments
// ("Not anymore.") are the story's own rhetoric, not captions.
func isNounPhrase(t string) bool {
	n := textscan.WordCount(t)
	return n >= minNounPhraseWords && n <= maxNounPhraseWords && !hasVerb(t) && !isQuoteMark(firstRune(t))
}

// isListItem reports a line opening with a bullet or an item number.
func isListItem(t string) bool { return listMarkerLen(t) > 0 }

// listMarkerLen returns the length of the bullet or number opening t, or 0.
func listMarkerLen(t string) int {
	// Not the en dash: European news opens quoted speech with it.
	for _, b := range []string{"- ", "* ", "• ", "· ", "▪ ", "◦ "} {
		if strings.HasPrefix(t, b) && len(t) > len(b) {
			return len(b)
		}
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' {
		return i + 2
	}
	return 0
}

// reportingVerbs mark an attribution that is part of a sentence of the
// story ("…," Newsham said.), not a pull quote's signature.
var reportingVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "told": true, "tells": true, "added": true,
	"adds": true, "wrote": true, "writes": true, "stated": true, "states": true,
	"asked": true, "asks": true, "explained": true, "noted": true, "according": true,
	"replied": true, "continued": true, "argued": true, "claimed": true, "warned": true,
	"insisted": true, "declared": true, "announced": true, "recalled": true, "concluded": true,
	"remarked": true, "observed": true, "commented": true, "admitted": true, "tweeted": true,
}

// isAttributedPullQuote reports a quotation set apart with its signature
// and no reporting verb, as pages print pull quotes:
// "“So far, so good.” - Jane Doe", or "This was hard. Jane Doe, NASA
// Administrator".
func isAttributedPullQuote(t string) bool {
	if len(t) > 1500 || textscan.WordCount(t) > 120 {
		return false
	}
	if open := firstRune(t); open == '"' || open == '“' {
		end := closingQuote(t)
		if end < 0 {
			return false
		}
		if !endsSentence(strings.TrimRightFunc(t[:end], isQuoteMark)) {
			return false // a quoted title, as in a list of sources
		}
		sig := strings.TrimSpace(t[end:])
		sig = strings.TrimLeft(sig, "-–—, ")
		return sig != "" && isUpperStart(sig) && !hasReportingVerb(sig) && textscan.WordCount(sig) <= 12
	}
	if endsSentence(t) || !isUpperStart(t) {
		return false
	}
	// An unquoted pull quote ends with "Name Name, role": find the last
	// sentence end followed by two capitalised words and a comma.
	for i := len(t) - 2; i > 0 && len(t)-i <= 160; i-- { // a signature is short
		if t[i] != ' ' || (t[i-1] != '.' && t[i-1] != '!' && t[i-1] != '?' && !strings.HasSuffix(t[:i], "”")) {
			continue
		}
		sig := t[i+1:]
		words := strings.Fields(sig)
		if len(words) < 3 || len(words) > 12 || !isCapWord(words[0]) || !strings.HasSuffix(words[1], ",") || !isCapWord(words[1]) {
			continue
		}
		return !hasReportingVerb(sig) && textscan.WordCount(t[:i]) >= 8
	}
	return false
}

// closingQuote returns the byte index just past the quotation mark closing
// the quotation that opens t, or -1.
func closingQuote(t string) int {
	_, size := utf8.DecodeRuneInString(t)
	for i, r := range t[size:] {
		if r == '"' || r == '”' {
			return size + i + len(string(r))
		}
	}
	return -1
}

// hasReportingVerb reports whether s holds a verb of saying.
func hasReportingVerb(s string) bool {
	for _, w := range strings.Fields(s) {
		if reportingVerbs[strings.ToLower(trimPunct(w))] {
			return true
		}
	}
	return false
}

// markLeadCaptions: a phrase between the headline and the first paragraph
// is the caption of the lead picture (a story does not open on a subhead).
func markLeadCaptions(us []unit) {
	for i := range us {
		switch us[i].kind {
		case kindShortLine, kindNounPhrase:
			us[i].kind = kindCaption
		case kindCaption, kindDrop, kindCredit:
		default:
			return
		}
	}
}

// markGalleries handles pages that print pictures side by side with plain
// captions: two short lines in a row cannot both be subheads, so on such a
// page every short line next to a caption or to another short line is a
// caption. Pages that credit each picture keep their short lines as
// subheads (a subhead followed by a credited caption).
func markGalleries(us []unit) {
	// live lists the units still in play, so that neighbours skip the
	// dropped ones in constant time.
	live := make([]int, 0, len(us))
	for i := range us {
		if us[i].kind != kindDrop {
			live = append(live, i)
		}
	}
	gallery := false
	for k := 0; k+1 < len(live); k++ {
		if us[live[k]].kind == kindShortLine && us[live[k+1]].kind == kindShortLine {
			gallery = true
			break
		}
	}
	if !gallery {
		return
	}
	isPic := func(k unitKind) bool { return k == kindCaption || k == kindShortLine }
	for k, i := range live {
		if us[i].kind != kindShortLine {
			continue
		}
		if k > 0 && isPic(us[live[k-1]].kind) || k+1 < len(live) && isPic(us[live[k+1]].kind) {
			us[i].kind = kindCaption
		}
	}
}

// markPullQuotes finds quotations a page prints twice, once set apart and
// once in the story: the set-apart copy becomes a block quote, and a line
// that only names a person right after it is its signature (unit.cite).
func markPullQuotes(us []unit) {
	for i := range us {
		k := us[i].kind
		if k != kindParagraph && k != kindNounPhrase || len(us[i].text) < 60 && textscan.WordCount(us[i].text) < 6 {
			continue
		}
		if !repeatedNearby(us, i) {
			continue
		}
		us[i].kind = kindQuote
		if j := i + 1; j < len(us) && us[j].kind == kindShortLine && annotate.LooksLikeName(us[j].text) && textscan.WordCount(us[j].text) >= 2 {
			us[i].cite = us[j].text
			us[j].kind = kindDrop
		}
	}
}

// repeatedNearby reports whether unit i's text opens one of the next
// three paragraphs, or ends one of the previous three.
func repeatedNearby(us []unit, i int) bool {
	t := us[i].text
	for j := max(0, i-3); j < min(len(us), i+4); j++ {
		if j == i || us[j].kind != kindParagraph || len(us[j].text) <= len(t) {
			continue
		}
		if strings.HasPrefix(us[j].text, t) || strings.HasSuffix(us[j].text, t) {
			return true
		}
	}
	return false
}

// referenceHeadings title the lists of sources and links that close a
// story; the lines under them are list items, not paragraphs.
var referenceHeadings = map[string]bool{
	"sources": true, "source": true, "references": true, "external links": true,
	"related links": true, "further reading": true, "see also": true, "bibliography": true,
	"related news": true, "links": true,
}

// markReferenceLists makes the lines under a sources heading list items.
func markReferenceLists(us []unit) {
	inList := false
	for i := range us {
		switch us[i].kind {
		case kindShortLine:
			inList = referenceHeadings[strings.ToLower(us[i].text)]
		case kindParagraph, kindNounPhrase, kindCaption:
			if inList {
				us[i].kind = kindList
			}
		}
	}
}

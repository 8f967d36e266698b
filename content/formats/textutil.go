package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Small predicates over one line of text, shared by the plain-text rules.

// lastRune returns the last rune of s, 0 for "".
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// firstRune returns the first rune of s, 0 for "".
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// isQuoteMark reports the quotation marks articles open and close with.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '«', '»', '„', '\'', '「', '」', '『', '』':
		return true
	}
	return false
}

// trimClosers removes the closing quotation marks and brackets that may
// follow the mark a sentence ends with.
func trimClosers(s string) string {
	return strings.TrimRightFunc(s, func(r rune) bool { return isQuoteMark(r) || r == ')' || r == ']' })
}

// endsSentence reports whether s ends like a sentence: with a full stop,
// question or exclamation mark, ellipsis, or a closing quotation mark or
// bracket after one of them, or with a colon or semicolon (a lead-in).
func endsSentence(s string) bool {
	switch lastRune(trimClosers(s)) {
	case '.', '!', '?', '…', ':', ';',
		// Chinese and Japanese full stops and full-width marks, the Arabic
		// question mark and Urdu full stop, the Devanagari danda.
		'。', '｡', '．', '！', '？', '：', '；', '؟', '۔', '।', '॥':
		return true
	}
	return false
}

// hasTrailingPunct reports whether s ends with punctuation a subhead does
// not end with (a question mark is allowed: subheads ask questions).
func hasTrailingPunct(s string) bool {
	r := lastRune(s)
	switch r {
	case '.', '!', '…', ':', ';', ',':
		return true
	}
	return isQuoteMark(r)
}

// isUpperStart reports whether s starts with an upper-case letter or digit.
func isUpperStart(s string) bool {
	r := firstRune(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isCapWord reports whether w starts with an upper-case letter.
func isCapWord(w string) bool {
	return unicode.IsUpper(firstRune(w))
}

// trimPunct trims punctuation and symbols from both ends of a word.
func trimPunct(w string) string {
	if w != "" && isASCIIAlnum(w[0]) && isASCIIAlnum(w[len(w)-1]) {
		return w // the usual case, decided without decoding
	}
	return strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// verbWords are common finite verbs and auxiliaries: a short line with
// none of them (and no past-tense "-ed" word) reads as a noun phrase, the
// shape of a photo caption rather than of a sentence of the story.
var verbWords = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "am": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"must": true, "shall": true, "should": true, "said": true, "says": true, "say": true,
	"told": true, "tells": true, "made": true, "went": true, "came": true, "took": true,
	"gave": true, "got": true, "saw": true, "found": true, "left": true, "met": true,
	"won": true, "lost": true, "began": true, "became": true, "held": true, "sent": true,
	"kept": true, "paid": true, "hit": true, "let": true, "put": true, "set": true, "ran": true,
	"it's": true, "there's": true, "that's": true, "he's": true, "she's": true, "they're": true,
}

// hasVerb reports whether s appears to contain a finite verb: a common
// verb or auxiliary, a past-tense "-ed" word, a subject pronoun, an
// infinitive ("to gain"), or a lower-case word that is not a preposition
// followed by an article ("plans a …", "share the …").
func hasVerb(s string) bool {
	words := strings.Fields(s)
	for i, raw := range words {
		w := strings.ToLower(trimPunct(raw))
		if verbWords[w] || subjectPronouns[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if len(w) >= 5 && strings.HasSuffix(w, "ed") {
			return true
		}
		if i+1 == len(words) || strings.ContainsAny(raw, ",;:") {
			continue
		}
		next := words[i+1]
		if w == "to" && !isCapWord(next) && !determiners[strings.ToLower(next)] {
			return true
		}
		if !isCapWord(raw) && !prepositions[w] && determiners[strings.ToLower(trimPunct(next))] && i > 0 {
			return true
		}
	}
	return false
}

var subjectPronouns = map[string]bool{
	"i": true, "he": true, "she": true, "we": true, "they": true, "it": true, "you": true,
}

var determiners = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "my": true, "your": true,
}

var prepositions = map[string]bool{
	"of": true, "in": true, "at": true, "on": true, "by": true, "for": true, "with": true,
	"from": true, "to": true, "into": true, "onto": true, "over": true, "under": true,
	"near": true, "during": true, "after": true, "before": true, "between": true, "among": true,
	"amongst": true, "around": true, "through": true, "across": true, "behind": true,
	"beside": true, "outside": true, "inside": true, "and": true, "or": true, "but": true,
	"as": true, "like": true, "about": true, "against": true, "along": true, "within": true,
	"without": true, "toward": true, "towards": true, "upon": true, "via": true, "off": true,
	"past": true, "up": true, "down": true, "above": true, "below": true, "beyond": true,
}

package annotate

import (
	"strings"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// isSpeechVerb reports verbs that attribute words to a speaker
// ("said", "told", "added").
func isSpeechVerb(w string) bool {
	var buf [lowerWordLen]byte
	switch string(lowerIfCapInto(&buf, w)) {
	case "said", "says", "say", "saying", "told", "tells", "stated", "states", "added", "adds",
		"explained", "explains", "noted", "notes", "wrote", "writes", "asked", "asks", "replied",
		"replies", "answered", "argued", "argues", "warned", "warns", "insisted", "insists",
		"claimed", "claims", "declared", "declares", "announced", "announces", "remarked",
		"commented", "comments", "continued", "continues", "concluded", "recalled", "recalls",
		"acknowledged", "admitted", "admits", "suggested", "suggests", "tweeted", "posted",
		"urged", "urges", "stressed", "stresses", "emphasised", "emphasized", "observed",
		"responded", "predicted", "cautioned", "confirmed", "confirms", "conceded", "promised",
		"vowed", "reiterated", "testified", "quipped", "joked", "complained", "described",
		"blogged", "explaining", "adding", "telling", "writing", "noting", "warning", "stating",
		"arguing", "claiming", "insisting", "declaring", "recalling", "responding", "replying", "called":
		return true
	}
	return false
}

// isSpeechAdverb reports the words that may stand between a speaker and
// the verb ("Abe also said", "Newsham later told").
func isSpeechAdverb(w string) bool {
	var buf [lowerWordLen]byte
	switch string(lowerIfCapInto(&buf, w)) {
	case "also", "later", "then", "further", "previously", "recently", "again", "once", "has",
		"had", "have", "will", "would", "was", "earlier", "subsequently", "separately", "reportedly",
		"however", "simply", "publicly", "first", "last", "yesterday", "today", "repeatedly", "once-again":
		return true
	}
	return false
}

// pronounGender returns 'm' for he/him/his, 'f' for she/her, 0 otherwise.
func pronounGender(w string) byte {
	switch w {
	case "he", "He", "him", "his", "His":
		return 'm'
	case "she", "She", "her", "Her":
		return 'f'
	}
	return 0
}

// isNameParticle reports lower-case words that join the parts of a name
// ("Ludwig van Beethoven", "Suleiman bin Ali").
func isNameParticle(w string) bool {
	switch w {
	case "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "bin", "ibn", "bint",
		"dos", "das", "del", "della", "y", "ter", "ten", "al", "el", "ben", "abu":
		return true
	}
	return false
}

// isPlainHonorific reports courtesy titles that say nothing of a role.
func isPlainHonorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Mx", "Sir", "Dame", "Madam", "Mme", "M":
		return true
	}
	return false
}

// isStrongHonorific reports titles that only ever stand before a
// person's name ("Mr", "Dr", "President").
func isStrongHonorific(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "President",
		"Minister", "Senator", "Sen", "Rep", "Governor", "Gov", "Mayor", "Judge", "Sheriff",
		"Chancellor", "Premier", "Ambassador", "Secretary", "Undersecretary", "Rev", "Reverend",
		"Sheikh", "Imam", "Rabbi", "Pope", "King", "Queen", "Prince", "Princess", "Emperor",
		"General", "Gen", "Colonel", "Col", "Captain", "Capt", "Lt", "Sgt", "Chairman", "Director",
		"Commissioner", "Councillor", "Coach", "Detective", "Inspector", "Officer", "Administrator":
		return true
	}
	return false
}

// editDistanceAtMost1 reports whether a and b differ by at most one
// inserted, deleted or replaced byte (spelling variants of one name).
func editDistanceAtMost1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// isOrgNoun reports lower-case nouns that stand before an organisation's
// name ("the energy company Novatek", "the newspaper Asahi").
func isOrgNoun(w string) bool {
	switch w {
	case "company", "companies", "firm", "group", "giant", "maker", "agency", "bank", "network",
		"party", "organisation", "organization", "outlet", "newspaper", "paper", "magazine", "brand",
		"carrier", "airline", "operator", "manufacturer", "startup", "start-up", "retailer", "app",
		"website", "site", "service", "broadcaster", "channel", "station", "club", "team", "band",
		"conglomerate", "producer", "supplier", "developer", "publisher", "studio", "label", "ship",
		"vessel", "airport", "city", "town", "village", "province", "region", "country", "state",
		"island", "river", "district", "county", "charity", "union", "ministry", "department",
		"school", "university", "college", "hospital", "museum", "hotel", "restaurant", "platform",
		"program", "programme", "project", "operation", "festival", "film", "movie", "album", "book",
		"novel", "song", "show", "series", "game", "newswire", "daily", "tabloid":
		return true
	}
	return false
}

// isAttributionVerb is the part of the speech verbs that tells a person
// spoke (organisations "announce" and "confirm" too).
func isAttributionVerb(w string) bool {
	var buf [lowerWordLen]byte
	switch string(lowerIfCapInto(&buf, w)) {
	case "said", "says", "told", "tells", "stated", "added", "adds", "explained", "explains",
		"recalled", "recalls", "insisted", "insists", "argued", "argues", "admitted", "admits",
		"remarked", "replied", "wrote", "writes", "tweeted", "noted", "asked", "acknowledged", "joked":
		return true
	}
	return false
}

// isSurnameOrgWord reports organisation words that are also common
// family names ("Nathan Law", "Stuart Hall").
func isSurnameOrgWord(w string) bool {
	switch w {
	case "Law", "Church", "Hall", "House", "Post", "Guard", "Banks", "Court", "Day", "Field", "Ford",
		"Union", "Temple", "Tower", "Park", "Cross", "Port", "Bay", "Lake", "Hill", "Street", "Rivers", "Wood":
		return true
	}
	return false
}

// isDirectionWord reports words that open place names ("North Korea",
// "New Zealand", "Cape Schmidt") even where they are also first names.
func isDirectionWord(w string) bool {
	switch w {
	case "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
		"Upper", "Lower", "New", "Greater", "Mount", "Cape", "Lake", "Port", "Fort", "San", "Santa",
		"Los", "Las", "Saint", "St":
		return true
	}
	return false
}

// isFunctionHead reports capitalised function words that never join a
// name, even after a first name ("Mark The", "John And").
func isFunctionHead(w string) bool {
	switch w {
	case "The", "A", "An", "And", "But", "In", "On", "At", "Of", "For", "By", "It", "He", "She", "We", "I", "If", "As":
		return true
	}
	return false
}

// takesObject reports speech verbs followed by whom they address, not
// by the speaker ("told reporters", "asked the court").
func takesObject(w string) bool {
	var buf [lowerWordLen]byte
	switch string(lowerIfCapInto(&buf, w)) {
	case "told", "tells", "telling", "asked", "asks", "urged", "urges", "warned", "warns", "promised":
		return true
	}
	return false
}

// lowerWordLen bounds the words that the word switches compare: none of
// their cases is longer (nor empty).
const lowerWordLen = 32

// lowerIfCapInto is the word that starts with an ASCII capital (the word
// lists here are ASCII) lower-cased, other words as they are, written to
// buf so that the switches over it allocate nothing; a word that would not
// fit in buf, which no case matches, gives nil.
func lowerIfCapInto(buf *[lowerWordLen]byte, w string) []byte {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		if len(w) > len(buf) {
			return nil
		}
		return buf[:copy(buf[:], w)]
	}
	if !textscan.IsASCII(w) {
		// Rare: lower-casing may change the length.
		l := strings.ToLower(w)
		if len(l) > len(buf) {
			return nil
		}
		return buf[:copy(buf[:], l)]
	}
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		buf[i] = textscan.LowerASCII(w[i])
	}
	return buf[:len(w)]
}

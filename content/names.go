package content

import (
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The word lists behind people and quotation finding; where each comes
// from and its licence is in names/README.md.
//
//go:embed names/*.txt
var nameLists embed.FS

// Word classes a lexicon entry can have (several at once: "grant" is
// both an English word and a given name).
const (
	lxGivenMale   uint16 = 1 << iota // a man's first name
	lxGivenFemale                    // a woman's first name
	lxPersonName                     // part of someone's name, any culture
	lxEnglish                        // a lower-case English word
	lxProper                         // a proper noun that is no name: a place, a people, a brand
	lxHonorific                      // a title written before a name (Mr, President)
	lxRole                           // a role noun (analyst, spokesman)
	lxOrg                            // makes a phrase an organisation (University, Fund)
	lxPlace                          // makes a phrase a place (Island, Sea)
	lxDemonym                        // a nationality or group (Russian, Muslims)
	lxNonName                        // never a name: function words, months, weekdays
	lxScowlCap                       // a capitalised dictionary entry: a place, a brand or a famous name
	lxNamedPlace                     // a country, capital, large city or state ("Jordan", "Washington")

	lxGiven = lxGivenMale | lxGivenFemale
)

// lexicon maps a lower-cased word to its classes. It is built once from
// the embedded lists and never changed afterwards.
type lexicon map[string]uint16

// lexicons holds the full lexicon, looked up for capitalised words, and
// a small one of role, title and nationality words, enough for the
// lower-case words around a name and quick to look up.
type lexicons struct {
	all, small lexicon
	// smallShape marks the (first letter, length) pairs of the small
	// lexicon's words, so that most lower-case words skip the lookup.
	smallShape [26][32]bool
	// orgNames holds organisations and places named like people
	// ("goldman sachs", "buenos aires"), lower-cased, words joined by
	// single spaces, "&" dropped.
	orgNames map[string]bool
}

var sharedLexicons = sync.OnceValue(func() lexicons {
	all := buildLexicon()
	small := make(lexicon, 1024)
	for k, v := range all {
		if c := v & (lxRole | lxHonorific | lxDemonym); c != 0 {
			small[k] = c
		}
	}
	orgNames := make(map[string]bool)
	for _, f := range [...]string{"names/org_names.txt", "names/place_names.txt"} {
		data, err := nameLists.ReadFile(f)
		if err != nil {
			panic("content: embedded name list missing: " + f) // a build error, not input
		}
		for line := range strings.Lines(string(data)) {
			w := strings.TrimSpace(line)
			if w != "" && w[0] != '#' {
				orgNames[strings.ToLower(w)] = true
			}
		}
	}
	lxs := lexicons{all: all, small: small, orgNames: orgNames}
	for k := range small {
		if c := k[0]; c >= 'a' && c <= 'z' && len(k) < 32 {
			lxs.smallShape[c-'a'][len(k)] = true
		}
	}
	return lxs
})

func buildLexicon() lexicon {
	files := []struct {
		name  string
		class uint16
	}{
		{"given_male.txt", lxGivenMale},
		{"given_female.txt", lxGivenFemale},
		{"person_names.txt", lxPersonName},
		{"english_words.txt", lxEnglish},
		{"scowl_capitalised.txt", lxScowlCap},
		{"honorifics.txt", lxHonorific},
		{"roles.txt", lxRole},
		{"orgwords.txt", lxOrg},
		{"placewords.txt", lxPlace},
		{"demonyms.txt", lxDemonym},
		{"nonnames.txt", lxNonName},
		{"places.txt", lxNamedPlace},
		// org_names.txt is read by sharedLexicons as phrases.
	}
	lx := make(lexicon, 120000)
	for _, f := range files {
		data, err := nameLists.ReadFile("names/" + f.name)
		if err != nil {
			panic("content: embedded name list missing: " + f.name) // a build error, not input
		}
		for line := range strings.Lines(string(data)) {
			w := strings.TrimSpace(line)
			if w == "" || w[0] == '#' {
				continue
			}
			w = strings.TrimSuffix(w, ".")
			k := strings.ToLower(w)
			lx[k] |= f.class
		}
	}
	// A capitalised dictionary word that no name list knows is a place,
	// a people or a brand.
	for k, v := range lx {
		if v&lxScowlCap != 0 && v&(lxGiven|lxPersonName) == 0 {
			lx[k] = v | lxProper
		}
	}
	return lx
}

// classes returns the classes of word w in any letter case, without
// allocating for words of up to 64 bytes.
func (lx lexicon) classes(w string) uint16 {
	var buf [64]byte
	if len(w) > len(buf) {
		return lx[strings.ToLower(w)]
	}
	b := buf[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
		if len(b) > len(buf)-utf8.UTFMax {
			return lx[strings.ToLower(w)]
		}
	}
	return lx[string(b)]
}

// smallClasses looks up a lower-case word in the small lexicon.
func (lxs *lexicons) smallClasses(w string) uint16 {
	if c := w[0]; c >= 'a' && c <= 'z' && len(w) < 32 && !lxs.smallShape[c-'a'][len(w)] {
		return 0
	}
	return lxs.small.classes(w)
}

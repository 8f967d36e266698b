package annotate

import (
	"bytes"
	"embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content/internal/textscan"
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
	lxGivenUS                        // a first name of the long US list only: weaker, see usGivenName
	lxGivenProper                    // a US first name the dictionary has as a proper noun (Barack): see properGivenName

	lxGiven = lxGivenMale | lxGivenFemale
)

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
	// single spaces, "&" dropped; looked up with classes, any class set
	// means listed.
	orgNames lexicon
}

var sharedLexicons = sync.OnceValue(func() *lexicons {
	all := buildLexicon()
	const smallClasses = lxRole | lxHonorific | lxDemonym
	n := 0
	all.each(func(_ []byte, cl *uint16) {
		if *cl&smallClasses != 0 {
			n++
		}
	})
	small := newLexiconBuilder(n)
	lxs := &lexicons{}
	all.each(func(w []byte, cl *uint16) {
		if c := *cl & smallClasses; c != 0 {
			small.add(w, c)
			if c := w[0]; c >= 'a' && c <= 'z' && len(w) < 32 {
				lxs.smallShape[c-'a'][len(w)] = true
			}
		}
	})
	orgNames := newLexiconBuilder(1024)
	for _, f := range [...]string{"org_names.txt", "place_names.txt"} {
		eachListed(f, func(w []byte) { orgNames.add(w, 1) })
	}
	lxs.all, lxs.small, lxs.orgNames = all.done(), small.done(), orgNames.done()
	return lxs
})

// eachListed calls f with each entry of the embedded word list file,
// trimmed and lower-cased (as strings.ToLower does); comments and blank
// lines are skipped. The slice is only valid during the call.
func eachListed(file string, f func(w []byte)) {
	data, err := nameLists.ReadFile("names/" + file)
	if err != nil {
		panic("content: embedded name list missing: " + file) // a build error, not input
	}
	var lower []byte
	for line := range bytes.Lines(data) {
		w := bytes.TrimSpace(line)
		if len(w) == 0 || w[0] == '#' {
			continue
		}
		lower = lower[:0]
		ascii := true
		for _, c := range w {
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			lower = append(lower, textscan.LowerASCII(c))
		}
		if !ascii {
			lower = append(lower[:0], strings.ToLower(string(w))...)
		}
		f(lower)
	}
}

func buildLexicon() *lexiconBuilder {
	files := []struct {
		name  string
		class uint16
	}{
		{"given_male.txt", lxGivenMale},
		{"given_female.txt", lxGivenFemale},
		// Common US first names the two lists above lack ("Walter",
		// "Donald"): as strong, and gendered, as theirs.
		{"given_us_male.txt", lxGivenMale},
		{"given_us_female.txt", lxGivenFemale},
		{"given_us.txt", lxGivenUS},
		{"given_us_proper.txt", lxGivenProper},
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
	lx := newLexiconBuilder(155000)
	for _, f := range files {
		eachListed(f.name, func(w []byte) {
			// An abbreviation is listed with its period ("Gen.").
			if w = bytes.TrimSuffix(w, []byte(".")); len(w) > 0 {
				lx.add(w, f.class)
			}
		})
	}
	// A dictionary word that the short lists hold as a first name but
	// US parents rarely give ("Even", "Town", "Mayor") is the word.
	wordlike := make(map[string]bool, 512)
	eachListed("given_wordlike.txt", func(w []byte) { wordlike[string(w)] = true })
	lx.each(func(w []byte, c *uint16) {
		if *c&lxEnglish != 0 && wordlike[string(w)] {
			*c &^= lxGiven
		}
	})
	// A capitalised dictionary word that no name list knows is a place,
	// a people or a brand.
	lx.each(func(_ []byte, c *uint16) {
		if *c&lxScowlCap != 0 && *c&(lxGiven|lxPersonName) == 0 {
			*c |= lxProper
		}
	})
	return lx
}

// classes returns the classes of word w in any letter case (of
// strings.ToLower(w)), without allocating for words of up to 64 bytes.
func (lx *lexicon) classes(w string) uint16 {
	var buf [64]byte
	if len(w) > len(buf) {
		return lx.get([]byte(strings.ToLower(w)))
	}
	if textscan.IsASCII(w) {
		return lx.getASCIIFold(w)
	}
	b := buf[:0]
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			b = append(b, textscan.LowerASCII(c))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
		if len(b) > len(buf)-utf8.UTFMax {
			return lx.get([]byte(strings.ToLower(w)))
		}
	}
	return lx.get(b)
}

// smallClasses looks up a lower-case word in the small lexicon.
func (lxs *lexicons) smallClasses(w string) uint16 {
	if c := w[0]; c >= 'a' && c <= 'z' && len(w) < 32 && !lxs.smallShape[c-'a'][len(w)] {
		return 0
	}
	return lxs.small.classes(w)
}

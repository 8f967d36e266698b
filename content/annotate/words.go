package annotate

import (
	"strings"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// The closed word classes (speech verbs, honorifics, particles,
// prepositions...) are data, one file each in names/words, beside the open
// lists of names in names/; `go run ./tools/wordclasses` turns them into
// words_gen.go (why generated code and not a table: see that command).

// wordClass names one closed word class; wordIs looks a word up in it.
type wordClass uint8

// lowerInto is strings.ToLower(w) written to buf when it fits (nil when
// not, which no entry matches).
func lowerInto(buf *[lowerWordLen]byte, w string) []byte {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
		if i == len(buf) {
			return nil // longer than any entry, so in no class
		}
		buf[i] = textscan.LowerASCII(w[i])
	}
	if ascii {
		return buf[:len(w)]
	}
	l := strings.ToLower(w)
	if len(l) > len(buf) {
		return nil
	}
	return buf[:copy(buf[:], l)]
}

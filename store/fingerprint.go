package store

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode"
	"unicode/utf8"
)

// fingerprint identifies an article by what it says, not by the bytes it
// was read from: its title and body text with case, punctuation and
// white space folded away (letters and digits in words, one space
// between). The same story saved as a text file, in a JSON dump and in a
// feed is read into the same title and paragraphs, but from bytes that
// differ, and with dates, sources and addresses that may differ too; the
// archive keeps it once (the unique hash, Duplicate in the import's
// summary). An article with no text at all keeps the hash of its bytes
// (hexHash), so that empty records do not all collide.
//
// The cost: a record whose text is the same but whose source, address or
// byline changed is Unchanged at the next import (its day is compared
// apart, see writer.put).
func fingerprint(hexHash, title, body string) []byte {
	buf := make([]byte, 0, len(title)+len(body)+1)
	buf = foldWords(buf, title)
	n := len(buf)
	buf = append(buf, 0)
	buf = foldWords(buf, body)
	if n == 0 && len(buf) == 1 {
		if b, err := hex.DecodeString(hexHash); err == nil && len(b) >= 16 {
			return b
		}
	}
	sum := sha256.Sum256(buf)
	return sum[:]
}

// foldWords appends s's words to buf, lower-cased, one space between.
func foldWords(buf []byte, s string) []byte {
	start, space := len(buf), false
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = len(buf) > start
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

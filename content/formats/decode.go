package formats

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// Errors for files that hold no readable text.
var (
	// ErrEmpty is returned for a file with no text in it.
	ErrEmpty = errors.New("empty file")
	// ErrBinary is returned for a file that is not text.
	ErrBinary = errors.New("binary file, not text")
	// ErrOtherXML is returned for XML that is neither a feed nor a web
	// page: a sitemap, a configuration file.
	ErrOtherXML = errors.New("an XML document that is neither a news feed nor a web page")
)

// HoldsNoArticle reports whether err says that a file is of a kind that
// holds no article at all (binary, or XML that is no feed or page), as
// opposed to a file that should hold one and could not be read. An import
// that walks a folder counts such files as skipped rather than failed.
func HoldsNoArticle(err error) bool {
	return errors.Is(err, ErrBinary) || errors.Is(err, ErrOtherXML)
}

// binarySample is how many leading bytes the binary check looks at.
const binarySample = 8 << 10

// decodeText turns the raw bytes of a text file into valid UTF-8 with "\n"
// line ends. It understands UTF-8 (with or without a byte-order mark) and
// UTF-16 with a byte-order mark (or, without one, when every other byte of
// an ASCII-heavy text is zero); bytes that are not valid UTF-8 are read as
// Windows-1252, the usual encoding of old Western pages and a superset of
// Latin-1's printable characters. Control characters stay for Sanitize to
// remove, except NUL, which is dropped here.
func decodeText(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	if binaryStart(data) {
		return "", ErrBinary
	}
	var s string
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		s = utf8OrLegacy(data[3:])
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return "", err
		}
		s = string(out)
	default:
		if order, ok := utf16WithoutBOM(data); ok {
			out, err := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(data)
			if err != nil {
				return "", err
			}
			s = string(out)
			break
		}
		s = utf8OrLegacy(data)
	}
	s = normalizeNewlines(s)
	if strings.TrimSpace(s) == "" {
		return "", ErrEmpty
	}
	return s, nil
}

// binaryStart reports whether a file is binary rather than text, judged
// from its first binarySample bytes, which are all it looks at: no
// byte-order mark, not UTF-16 without one, and looksBinary. decodeText
// and the plain-text reader (on a file's first bytes) both ask it.
func binaryStart(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) ||
		bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return false
	}
	if _, ok := utf16WithoutBOM(head); ok {
		return false
	}
	return looksBinary(head)
}

// utf8OrLegacy returns b as a string if it is valid UTF-8, else decodes it
// as Windows-1252.
func utf8OrLegacy(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		// Windows-1252 decodes every byte; keep a valid-UTF-8 fallback anyway.
		return string(bytes.ToValidUTF8(b, []byte("\uFFFD")))
	}
	return string(out)
}

// utf16WithoutBOM recognises UTF-16 without a byte-order mark: data that
// holds zero bytes, spread as bomlessUTF16 wants them. Text without any
// zero byte, nearly every file, is ruled out by the quick search first.
func utf16WithoutBOM(data []byte) (unicode.Endianness, bool) {
	if bytes.IndexByte(data, 0) < 0 {
		return unicode.LittleEndian, false
	}
	return bomlessUTF16(data)
}

// bomlessUTF16 recognises UTF-16 without a byte-order mark by its zero
// bytes: in mostly-ASCII text every second byte is zero.
func bomlessUTF16(data []byte) (unicode.Endianness, bool) {
	n := min(len(data), binarySample) &^ 1
	if n < 4 {
		return unicode.LittleEndian, false
	}
	var zeroEven, zeroOdd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			zeroEven++
		}
		if data[i+1] == 0 {
			zeroOdd++
		}
	}
	pairs := n / 2
	switch {
	case zeroOdd*10 >= pairs*7 && zeroEven*10 <= pairs:
		return unicode.LittleEndian, true
	case zeroEven*10 >= pairs*7 && zeroOdd*10 <= pairs:
		return unicode.BigEndian, true
	}
	return unicode.LittleEndian, false
}

// looksBinary reports whether the start of data is not text: more than one
// byte in twenty (and more than a few stray ones) is NUL or a control
// character that text does not use (whitespace and ESC, which coloured
// text carries, are allowed).
func looksBinary(data []byte) bool {
	n := min(len(data), binarySample)
	i := 0
	bad := 0
	for ; i+8 <= n; i += 8 {
		// Most of the eight-byte chunks of text hold no control byte.
		if x := binary.LittleEndian.Uint64(data[i:]); textscan.HasByteBelow(x, 0x20) {
			bad += binaryControls(data[i : i+8])
		}
	}
	bad += binaryControls(data[i:n])
	return bad > 4 && bad*20 > n
}

// binaryControls counts the bytes of b that are control characters text
// does not use.
func binaryControls(b []byte) int {
	bad := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			bad++
		}
	}
	return bad
}

// normalizeNewlines turns CRLF and lone CR line ends into "\n" and drops NUL
// characters.
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 && strings.IndexByte(s, 0) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\r':
			b = append(b, '\n')
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
		case 0:
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

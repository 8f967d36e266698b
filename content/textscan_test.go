package content

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// The word-at-a-time scans must answer exactly as the plain byte loops
// they replaced, kept here as the reference.

func wordCountBytewise(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

func isOneLineBytewise(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < 0x80 {
			continue
		}
		switch {
		case c == ' ':
			if s[i+1] == ' ' {
				return false
			}
		case c < ' ':
			return false
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

func isCleanBytewise(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			continue
		}
		switch {
		case c < 0x20:
			if c != '\n' && c != '\t' {
				return false
			}
		case c == 0x7f:
			return false
		case c == 0xc2 || c == 0xe2 || c == 0xef:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if (r >= 0x80 && r <= 0x9f) || r == '\u2028' || r == '\u2029' || r == '\uFEFF' || isBidiControl(r) {
				return false
			}
		}
	}
	return utf8.ValidString(s)
}

// scanPieces are what the lines are made of: mostly words and single
// spaces, with every kind of byte the scans treat specially.
var scanPieces = []string{
	"word", "Tokyo", "a", "1,000", " ", " ", " ", "  ", "\n", "\t", "\r", "\x00", "\x1b", "\x7f", "~", "!",
	"\u0085", "\u00a0", "\u00e9", "\u1680", "\u2003", "\u2028", "\u202e", "\u3000", "\ufeff", "\u201c",
	"日本", "\xff", "\xc2", "\xe2\x80", "\x80", "\x20\x7f", "\xef\xbb",
}

func randomLine(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(24); n > 0; n-- {
		b.WriteString(scanPieces[r.IntN(len(scanPieces))])
	}
	return b.String()
}

func TestScansMatchBytewise(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lines := []string{"", " ", "a", "a b", "abcdefgh", "abcdefg ", " bcdefgh", "abcdefgh ijklmnop", "abcdefg  hijklmnop"}
	for range 50_000 {
		lines = append(lines, randomLine(r))
	}
	for _, s := range lines {
		// Every offset, so that the eight-byte chunks fall everywhere.
		for off := 0; off < min(len(s), 9); off++ {
			u := s[off:]
			if got, want := textscan.WordCount(u), wordCountBytewise(u); got != want {
				t.Fatalf("wordCount(%q) = %d, want %d", u, got, want)
			}
			if got, want := isOneLine(u), isOneLineBytewise(u); got != want {
				t.Fatalf("isOneLine(%q) = %v, want %v", u, got, want)
			}
			if got, want := isClean(u), isCleanBytewise(u); got != want {
				t.Fatalf("isClean(%q) = %v, want %v", u, got, want)
			}
		}
	}
}

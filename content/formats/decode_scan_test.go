package formats

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// looksBinary's word-at-a-time scan must answer exactly as the plain byte
// loop it replaced, kept here as the reference (the line generator is
// the one of content's scan tests).

func looksBinaryBytewise(data []byte) bool {
	n := min(len(data), binarySample)
	bad := 0
	for _, c := range data[:n] {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b {
			bad++
		}
	}
	return bad > 4 && bad*20 > n
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

func TestLooksBinaryMatchesBytewise(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	lines := []string{"", " ", "a", "a b", "abcdefgh", "abcdefg ", " bcdefgh", "abcdefgh ijklmnop", "abcdefg  hijklmnop"}
	for range 50_000 {
		lines = append(lines, randomLine(r))
	}
	for _, s := range lines {
		for off := 0; off < min(len(s), 9); off++ {
			u := s[off:]
			if got, want := looksBinary([]byte(u)), looksBinaryBytewise([]byte(u)); got != want {
				t.Fatalf("looksBinary(%q) = %v, want %v", u, got, want)
			}
		}
	}
}

package textmatch

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// perByte is the mapping New kept before it kept runs: for every folded
// byte, the original rune it came from. The runs must say the same.
func perByte(src string) (start, end []int) {
	inSpace := false
	var buf [utf8.UTFMax * 4]byte
	for i, r := range src {
		_, size := utf8.DecodeRuneInString(src[i:])
		if unicode.IsSpace(r) {
			if !inSpace {
				start, end = append(start, i), append(end, i+size)
			}
			inSpace = true
			continue
		}
		inSpace = false
		for range foldRune(r, buf[:0]) {
			start, end = append(start, i), append(end, i+size)
		}
	}
	return start, end
}

// randomText mixes ASCII words, capitals, accented and typographic
// characters, runs of spaces and newlines, and invalid bytes.
func randomText(rng *rand.Rand, n int) string {
	pieces := []string{"the", "The", "THE", "cat", "Kurîl", "São", "’s", "—", " ", "  ", "\n   ", "\u00a0", "\xff", "ﬁ", "İ", "e\u0301", ".", "theme"}
	var b strings.Builder
	for range n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func TestRunsMapLikeBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		src := randomText(rng, 40)
		text := New(src)
		start, end := perByte(src)
		if len(start) != text.Len() {
			t.Fatalf("%q: %d folded bytes, per byte %d", src, text.Len(), len(start))
		}
		for i := range start {
			if s, e := text.original(i); s != start[i] || e != end[i] {
				t.Fatalf("%q: folded byte %d maps to [%d,%d), want [%d,%d)", src, i, s, e, start[i], end[i])
			}
		}
	}
}

// TestFindAnyRangeInPieces: searching piece by piece, each from the last
// one's next, finds what one search of the whole text finds.
func TestFindAnyRangeInPieces(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	queries := [][]string{{"the"}, {"the", "theme"}, {"cat the"}, {"kuril"}, {"s"}, {"'s"}}
	for round := range 100 {
		src := randomText(rng, 60)
		text := New(src)
		for _, q := range queries {
			for _, words := range []bool{false, true} {
				want := text.FindAny(q, words)
				for _, piece := range []int{1, 2, 5, 17} {
					var got [][2]int
					for from := 0; from < text.Len(); {
						found, next := text.FindAnyRange(q, words, from, min(from+piece, text.Len()))
						got = append(got, found...)
						from = next
					}
					if !slices.Equal(got, want) {
						t.Fatalf("round %d %q words=%v piece %d: %v, want %v in %q", round, q, words, piece, got, want, src)
					}
				}
			}
		}
	}
}

// BenchmarkNew folds 20 MB of English-like text, as the reader does for a
// huge article (in pieces, off the UI loop).
func BenchmarkNew(b *testing.B) {
	src := strings.Repeat(fmt.Sprintf("  The Minister’s statement on Kurîl islands, said %s.\n", "Hosaka Yuji"), 20<<20/60)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		New(src)
	}
}

// Package textscan holds the byte-level text helpers that the content
// packages (core, annotate, formats) share: word-at-a-time scans over
// lines and ASCII case folding. It is internal: none of it is part of
// content's API.
package textscan

import "math/bits"

// Scans over whole lines, eight bytes at a time. Every line of every
// plain-text page goes through isOneLine, WordCount and isClean, some of
// them twice; reading a machine word at a time settles the common case, a
// run of printable ASCII, without a branch per byte.

// Masks of the word-at-a-time scans: a one, the high bit and the low
// seven bits in every byte.
const (
	Ones  = 0x0101010101010101
	Highs = 0x8080808080808080
	Lows  = 0x7f7f7f7f7f7f7f7f
)

// Load64 reads the eight bytes of s at i, the first one lowest.
func Load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// HasByteBelow reports whether a byte of x is below n (n <= 128).
func HasByteBelow(x uint64, n byte) bool {
	return (x-Ones*uint64(n))&^x&Highs != 0
}

// HasByteAbove reports whether a byte of x is above n (n < 128).
func HasByteAbove(x uint64, n byte) bool {
	return ((x&Lows)+Ones*uint64(127-n)|x)&Highs != 0
}

// NonSpaceBytes has the high bit of each byte of x that is not ' ' set,
// and no other bit: exact for every byte, unlike the borrow-based tests.
func NonSpaceBytes(x uint64) uint64 {
	t := x ^ Ones*' '
	return ((t & Lows) + Lows | t) & Highs
}

// WordCount counts the white-space separated tokens of s (split at ' '
// only).
func WordCount(s string) int {
	n := 0
	prev := uint64(0) // high bit set when the byte before the chunk is no space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		m := NonSpaceBytes(Load64(s, i))
		starts := m &^ (m<<8 | prev)
		n += bits.OnesCount64(starts)
		prev = m >> 56
	}
	in := prev != 0
	for ; i < len(s); i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// LowerASCII lower-cases an ASCII letter and leaves other bytes alone.
func LowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// IsASCII reports whether s is all ASCII.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

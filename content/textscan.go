package content

import "math/bits"

// Scans over whole lines, eight bytes at a time. Every line of every
// plain-text page goes through isOneLine, wordCount and isClean, some of
// them twice; reading a machine word at a time settles the common case, a
// run of printable ASCII, without a branch per byte.

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
	lows  = 0x7f7f7f7f7f7f7f7f
)

// load64 reads the eight bytes of s at i, the first one lowest.
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// hasByteBelow reports whether a byte of x is below n (n <= 128).
func hasByteBelow(x uint64, n byte) bool {
	return (x-ones*uint64(n))&^x&highs != 0
}

// hasByteAbove reports whether a byte of x is above n (n < 128).
func hasByteAbove(x uint64, n byte) bool {
	return ((x&lows)+ones*uint64(127-n)|x)&highs != 0
}

// nonSpaceBytes has the high bit of each byte of x that is not ' ' set,
// and no other bit: exact for every byte, unlike the borrow-based tests.
func nonSpaceBytes(x uint64) uint64 {
	t := x ^ ones*' '
	return ((t & lows) + lows | t) & highs
}

// wordCount counts the white-space separated tokens of s (split at ' '
// only).
func wordCount(s string) int {
	n := 0
	prev := uint64(0) // high bit set when the byte before the chunk is no space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		m := nonSpaceBytes(load64(s, i))
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

package memlimit

import (
	"math"
	"runtime/debug"
	"testing"
)

// TestSet: the limit is set when the user gave none, and a limit from
// GOMEMLIMIT or one set already is kept.
func TestSet(t *testing.T) {
	const limit = 256 << 20
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	if got := Set(func(string) string { return "1GiB" }, limit); got != math.MaxInt64 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Errorf("GOMEMLIMIT given: the limit changed to %d", got)
	}
	if got := Set(func(string) string { return "" }, limit); got != limit || debug.SetMemoryLimit(-1) != limit {
		t.Errorf("limit %d, want %d", got, limit)
	}
	debug.SetMemoryLimit(100 << 20)
	if got := Set(func(string) string { return "" }, limit); got != 100<<20 {
		t.Errorf("a limit set already was replaced: %d", got)
	}
}

package reader

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestSetMemoryLimit(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	if got := SetMemoryLimit(func(string) string { return "1GiB" }); got != math.MaxInt64 || debug.SetMemoryLimit(-1) != math.MaxInt64 {
		t.Errorf("GOMEMLIMIT given: the limit changed to %d", got)
	}
	if got := SetMemoryLimit(func(string) string { return "" }); got != MemoryLimit || debug.SetMemoryLimit(-1) != MemoryLimit {
		t.Errorf("limit %d, want %d", got, MemoryLimit)
	}
	debug.SetMemoryLimit(100 << 20)
	if got := SetMemoryLimit(func(string) string { return "" }); got != 100<<20 {
		t.Errorf("a limit set already was replaced: %d", got)
	}
}

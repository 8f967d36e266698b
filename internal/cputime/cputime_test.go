package cputime

import (
	"runtime"
	"testing"
)

func TestProcessGrowsWithWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Fatalf("cputime reads nothing on %s; this test runs on unix", runtime.GOOS)
	}
	start := Process()
	x := 0
	for i := range 50_000_000 {
		x ^= i * i
	}
	if Process() <= start {
		t.Errorf("CPU time did not grow over a busy loop (x=%d)", x)
	}
}

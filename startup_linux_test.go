package main

import (
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// hugePagesUsable reports whether the kernel gives transparent huge pages
// to a program that asks (internal/hugeheap does).
func hugePagesUsable() bool {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	return err == nil && !strings.Contains(string(b), "[never]")
}

// TestStartupPageFaults guards the page faults of `newsreader --version`,
// the larger part of its start-up on a virtual machine (10-20 µs each). The
// fewest of seven runs is taken: where the heap starts is random, and the
// runs whose heap spills past the piece internal/hugeheap advised fault
// more. When the limits were set (twelfth session, static build): 557 at
// the fewest with huge pages, 1,150 without (1,240 with cgo); of 30 runs
// with huge pages 11 made at most 700 and 21 at most 900, so the limit is
// 900, which seven runs all miss about once in 5,000 (700 would fail
// about one CI run in 25), while a build without hugeheap misses it always.
func TestStartupPageFaults(t *testing.T) {
	limit := int64(900)
	if !hugePagesUsable() {
		limit = 1250
	}
	bin := buildBinary(t)
	fewest := int64(-1)
	for range 7 {
		cmd := exec.Command(bin, "--version")
		if err := cmd.Run(); err != nil {
			t.Fatalf("--version: %v", err)
		}
		n := cmd.ProcessState.SysUsage().(*syscall.Rusage).Minflt
		if fewest < 0 || n < fewest {
			fewest = n
		}
	}
	t.Logf("fewest page faults of 7 runs: %d (limit %d)", fewest, limit)
	if fewest > limit {
		t.Errorf("--version made %d page faults at the fewest of 7 runs (limit %d; huge pages usable: %v)",
			fewest, limit, hugePagesUsable())
	}
}

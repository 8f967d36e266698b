package hugeheap

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// vmaFlags returns the VmFlags smaps reports for the mapping holding addr.
func vmaFlags(t *testing.T, addr uintptr) []string {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in := false
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := strings.Cut(strings.Fields(line)[0], "-"); ok && !strings.HasSuffix(lo, ":") {
			a, err1 := strconv.ParseUint(lo, 16, 64)
			b, err2 := strconv.ParseUint(hi, 16, 64)
			in = err1 == nil && err2 == nil && uint64(addr) >= a && uint64(addr) < b
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.Fields(strings.TrimPrefix(line, "VmFlags:"))
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
	return nil
}

// TestInitAdvisedTheHeap checks what the package's init did in this test
// binary: the heap piece holding the main goroutine's stack is marked for
// huge pages (smaps shows "hg"). The flag is set whatever the system's
// transparent-huge-page mode, so this holds on any Linux.
func TestInitAdvisedTheHeap(t *testing.T) {
	if disabled(os.Getenv("GODEBUG")) {
		t.Fatal("run the test without GODEBUG=disablethp=1")
	}
	start := heapChunk()
	var local byte
	if p := uintptr(unsafeAddr(&local)); p < start || p >= start+chunkBytes {
		t.Fatalf("stack variable at %#x outside the chunk %#x", p, start)
	}
	flags := vmaFlags(t, start)
	if !slices.Contains(flags, "hg") {
		t.Errorf("heap mapping at %#x has VmFlags %v, no hg (MADV_HUGEPAGE)", start, flags)
	}
}

func TestDisabled(t *testing.T) {
	for in, want := range map[string]bool{
		"":                              false,
		"disablethp=1":                  true,
		"gctrace=1,disablethp=1":        true,
		"disablethp=1,inittrace=1":      true,
		"disablethp=1,disablethp=0":     false,
		"disablethp=0,a=1,disablethp=1": true,
		"disablethp=10":                 false,
	} {
		if got := disabled(in); got != want {
			t.Errorf("disabled(%q) = %v, want %v", in, got, want)
		}
	}
}

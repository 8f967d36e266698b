package hugeheap

import (
	"bufio"
	"os"
	"slices"
	"strconv"
	"strings"
	"syscall"
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

// hugeMappings returns the start and end of every mapping smaps marks for
// huge pages ("hg" among its VmFlags).
func hugeMappings(t *testing.T) [][2]uint64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]uint64
	var cur [2]uint64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if lo, hi, ok := strings.Cut(strings.Fields(line)[0], "-"); ok && !strings.HasSuffix(lo, ":") {
			a, _ := strconv.ParseUint(lo, 16, 64)
			b, _ := strconv.ParseUint(hi, 16, 64)
			cur = [2]uint64{a, b}
			continue
		}
		if strings.HasPrefix(line, "VmFlags:") && slices.Contains(strings.Fields(strings.TrimPrefix(line, "VmFlags:")), "hg") {
			out = append(out, cur)
		}
	}
	return out
}

// TestInitAdvisedTheHeap checks what the package's init did in this test
// binary: a piece of the heap starting on a chunk boundary, at most a
// chunk long, is marked for huge pages (smaps shows "hg"; the runtime
// marks nothing so by itself). The flag is set whatever the system's
// transparent-huge-page mode, so this holds on any Linux. (The test runs
// on a goroutine of its own, whose stack may lie in another chunk than
// the one the init's goroutine had: the marked mapping is looked for,
// not the test's own chunk.)
func TestInitAdvisedTheHeap(t *testing.T) {
	if disabled(os.Getenv("GODEBUG")) {
		t.Fatal("run the test without GODEBUG=disablethp=1")
	}
	maps := hugeMappings(t)
	for _, m := range maps {
		if m[0]%chunkBytes == 0 && m[1]-m[0] <= chunkBytes {
			return
		}
	}
	t.Errorf("no chunk of the heap is marked for huge pages; marked mappings: %x", maps)
}

// TestAdviseMarksTheChunk: advise marks the chunk it is given, here one
// of a fresh mapping.
func TestAdviseMarksTheChunk(t *testing.T) {
	mem, err := syscall.Mmap(-1, 0, 2*chunkBytes, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Munmap(mem)
	start := (uintptr(unsafeAddr(&mem[0])) + chunkBytes - 1) &^ (chunkBytes - 1)
	advise(start)
	if flags := vmaFlags(t, start); !slices.Contains(flags, "hg") {
		t.Errorf("the chunk at %#x has VmFlags %v, no hg", start, flags)
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

package ingest

import (
	"fmt"
	"slices"
	"testing"
)

func TestReadAheadKeepsWithinItsBudgetAndGivesEachFileOnce(t *testing.T) {
	r := newReadAhead(10)
	buf := []byte("abcdef")
	st := fileStat{size: 6, mtime: 1234}
	r.keep("a", buf, st)
	buf[0] = 'X'                             // the caller reuses its buffer
	r.keep("b", []byte("ghijk"), fileStat{}) // 6+5 > 10: not kept
	r.keep("c", []byte("ghij"), fileStat{})
	if f, ok := r.take("a"); !ok || string(f.bytes) != "abcdef" || f.stat != st {
		t.Errorf("take a = %q %+v, %v; want the bytes and stat as they were kept", f.bytes, f.stat, ok)
	}
	if _, ok := r.take("a"); ok {
		t.Error("a file was given twice")
	}
	if _, ok := r.take("b"); ok {
		t.Error("a file over the budget was kept")
	}
	// Taking gives the room back.
	r.keep("d", []byte("123456"), fileStat{})
	if f, ok := r.take("d"); !ok || string(f.bytes) != "123456" {
		t.Errorf("take d = %q, %v", f.bytes, ok)
	}
	var none *readAhead
	none.keep("x", []byte("y"), fileStat{})
	if _, ok := none.take("x"); ok {
		t.Error("a nil readAhead kept a file")
	}
}

// A group's sample: at most k of its files, spread over them from the
// first, in their order; a group smaller than the sample is kept whole.
func TestSpreadKeepsAtMostKInOrder(t *testing.T) {
	var paths []string
	for i := range 1000 {
		paths = append(paths, fmt.Sprintf("/big/%04d.txt", i))
	}
	got := spread(paths, 10)
	want := []string{"/big/0000.txt", "/big/0100.txt", "/big/0200.txt", "/big/0300.txt", "/big/0400.txt",
		"/big/0500.txt", "/big/0600.txt", "/big/0700.txt", "/big/0800.txt", "/big/0900.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("sample of 1,000 files = %v, want every 100th from the first", got)
	}
	if !slices.IsSortedFunc(got, func(a, b string) int { return slices.Index(paths, a) - slices.Index(paths, b) }) {
		t.Error("the sample is not in the paths' order")
	}
	small := []string{"/small/0.txt", "/small/1.txt", "/small/2.txt", "/small/3.txt", "/small/4.txt"}
	if got := spread(small, 10); !slices.Equal(got, small) {
		t.Errorf("a group smaller than the sample lost files: %v", got)
	}
	if got := spread([]string(nil), 256); len(got) != 0 {
		t.Errorf("no paths gave a sample: %v", got)
	}
	for _, n := range []int{257, 300, 511, 777} {
		var ps []string
		for i := range n {
			ps = append(ps, fmt.Sprintf("/g/%d", i))
		}
		if got := len(spread(ps, 256)); got != 256 {
			t.Errorf("a group of %d files gave a sample of %d, want 256", n, got)
		}
	}
}

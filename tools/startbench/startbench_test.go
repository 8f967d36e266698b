package main

import (
	"slices"
	"testing"
)

func TestSplit(t *testing.T) {
	got := split([]string{"--", "./a", "--version", "--", "./b", "x", "--", "--"})
	want := [][]string{{"./a", "--version"}, {"./b", "x"}}
	if len(got) != len(want) || !slices.Equal(got[0], want[0]) || !slices.Equal(got[1], want[1]) {
		t.Errorf("split = %q, want %q", got, want)
	}
}

func TestMedian(t *testing.T) {
	if m := median([]float64{5, 1, 3}); m != 3 {
		t.Errorf("median of 5 1 3 = %v", m)
	}
	if m := median([]float64{4, 1, 3, 2}); m != 2.5 {
		t.Errorf("median of 4 1 3 2 = %v", m)
	}
}

// TestAlternateRunsEachCommand runs two real commands and checks that each
// ran n times and was measured.
func TestAlternateRunsEachCommand(t *testing.T) {
	rs, err := Alternate([][]string{{"true"}, {"sh", "-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done"}}, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(rs) != 2 {
		t.Fatalf("%d results", len(rs))
	}
	if rs[1].CPU <= rs[0].CPU {
		t.Errorf("a shell loop took %.2f ms CPU, no more than true's %.2f", rs[1].CPU, rs[0].CPU)
	}
	if rs[0].Faults <= 0 || rs[0].Wall <= 0 {
		t.Errorf("true: %+v, want faults and wall time", rs[0])
	}
	if _, err := Alternate([][]string{{"false"}}, 1); err == nil {
		t.Error("a failing command gave no error")
	}
}

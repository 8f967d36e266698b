package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTheModuleKeepsItsShape holds the project to its limits (no package
// over a third of the code, no file over 450 lines, no function over 60
// lines without a "Long because" note), so that CI fails when a change
// breaks them.
func TestTheModuleKeepsItsShape(t *testing.T) {
	r, err := Measure(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if r.Total < 10000 {
		t.Fatalf("only %d lines measured: is the module root right?", r.Total)
	}
	for _, p := range r.Problems() {
		t.Error(p)
	}
}

// TestMeasureFindsProblems checks the measure on a made-up module: a long
// function without a note, one with a note, and a big file.
func TestMeasureFindsProblems(t *testing.T) {
	dir := t.TempDir()
	long := "package a\n\nfunc long() {\n" + strings.Repeat("\t_ = 1\n", 61) + "}\n\n" +
		"// noted is long on purpose.\n//\n// Long because it is a test.\nfunc noted() {\n" + strings.Repeat("\t_ = 1\n", 61) + "}\n"
	big := "package a\n\n" + strings.Repeat("var _ = 1\n", 460)
	for name, src := range map[string]string{"long.go": long, "big.go": big, "x_test.go": big} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := Measure(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.LongFuncs) != 1 || !strings.Contains(r.LongFuncs[0], "long (63 lines)") {
		t.Errorf("long functions: %v", r.LongFuncs)
	}
	if r.BigFiles["big.go"] == 0 || r.BigFiles["x_test.go"] != 0 {
		t.Errorf("big files: %v", r.BigFiles)
	}
}

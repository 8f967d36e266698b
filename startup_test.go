package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// initCost is what one package's initialisation cost a start, as the Go
// runtime reports it under GODEBUG=inittrace=1.
type initCost struct {
	pkg    string
	ms     float64
	bytes  int64
	allocs int64
}

// traceInits runs the binary with args under inittrace and returns the
// package inits it reports.
func traceInits(t testing.TB, bin string, args ...string) []initCost {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", bin, args, err, stderr.String())
	}
	var out []initCost
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		// init PKG @T ms, N ms clock, B bytes, A allocs
		f := strings.Fields(sc.Text())
		if len(f) < 10 || f[0] != "init" {
			continue
		}
		ms, _ := strconv.ParseFloat(f[4], 64)
		b, _ := strconv.ParseInt(f[7], 10, 64)
		a, _ := strconv.ParseInt(f[9], 10, 64)
		out = append(out, initCost{f[1], ms, b, a})
	}
	return out
}

// built is the binary the tests of this package run, built once per test
// process: each end-to-end test used to build its own.
var built struct {
	once     sync.Once
	dir, bin string
	err      error
}

// buildBinary builds newsreader once and returns its path; TestMain
// removes it (removeBuiltBinary).
func buildBinary(t testing.TB) string {
	t.Helper()
	built.once.Do(func() {
		built.dir, built.err = os.MkdirTemp("", "newsreader-test-")
		if built.err != nil {
			return
		}
		built.bin = filepath.Join(built.dir, "newsreader")
		// Built as README.md says: without cgo, a static binary (no dynamic
		// loader, no libc threads), which starts in a quarter less CPU.
		build := exec.Command("go", "build", "-o", built.bin, ".")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := build.CombinedOutput(); err != nil {
			built.err = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.bin
}

// removeBuiltBinary removes what buildBinary built.
func removeBuiltBinary() {
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
}

// needTmux fails the test when tmux is missing: the end-to-end tests drive
// the binary in it, and CI installs it.
func needTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is needed for the end-to-end test (bash .ci/run installs it)")
	}
}

// TestStartupInitIsLight guards every command's start-up: the package
// initialisations the binary runs before main. It counts bytes and
// allocations, which do not depend on how busy the machine is; time is in
// BenchmarkStartup. go-dateparser (78 MB, via go-htmldate), chroma's
// lexers (4.7 MB, via Glamour), go-readability, whatlanggo and bluemonday
// with its CSS packages (1.6 MB together) and atotto/clipboard's look-ups
// of programs on PATH are kept out by the stubs in stubs/, and our own
// regular expressions compile on first use; this fails if they or anything
// as heavy come back. When the limits were last set (twelfth session) the
// inits allocated 1.43 MB in 9,913 allocations, 0.28 MB at most in one
// package (go-trafilatura).
func TestStartupInitIsLight(t *testing.T) {
	const (
		maxTotal   = 1600 << 10 // all inits together
		maxAllocs  = 11000      // all inits together
		maxPackage = 320 << 10  // any one package
		maxOwn     = 64 << 10   // any one of ours
	)
	inits := traceInits(t, buildBinary(t), "--version")
	if len(inits) < 50 {
		t.Fatalf("only %d inits traced: is inittrace output read right?", len(inits))
	}
	var total, allocs int64
	for _, c := range inits {
		total += c.bytes
		allocs += c.allocs
		if c.bytes > maxPackage {
			t.Errorf("init of %s allocates %d bytes (limit %d)", c.pkg, c.bytes, maxPackage)
		}
		if strings.HasPrefix(c.pkg, "github.com/newsreader/newsreader") && c.bytes > maxOwn {
			t.Errorf("init of our %s allocates %d bytes (limit %d): compile or build it on first use", c.pkg, c.bytes, maxOwn)
		}
		for _, banned := range []string{"go-dateparser", "alecthomas/chroma/v2/lexers", "go-htmldate/internal",
			"go-shiori/go-readability", "whatlanggo", "bluemonday/css", "gorilla/css", "aymerick/douceur",
			"atotto/clipboard"} {
			if strings.Contains(c.pkg, banned) {
				t.Errorf("%s is initialised on every start", c.pkg)
			}
		}
	}
	if total > maxTotal {
		t.Errorf("inits allocate %d bytes in all (limit %d)", total, maxTotal)
	}
	if allocs > maxAllocs {
		t.Errorf("inits make %d allocations in all (limit %d)", allocs, maxAllocs)
	}
}

// TestHugeHeapInitialisesFirst checks that internal/hugeheap, which puts
// the start of the heap on huge pages, runs before every package
// initialisation that allocates much: imported later than them (say, by a
// dependency added to it), it would save nothing.
func TestHugeHeapInitialisesFirst(t *testing.T) {
	const heavy = 16 << 10
	inits := traceInits(t, buildBinary(t), "--version")
	at := slices.IndexFunc(inits, func(c initCost) bool {
		return c.pkg == "github.com/newsreader/newsreader/internal/hugeheap"
	})
	if at < 0 {
		t.Fatal("internal/hugeheap is not initialised: is it still imported by main.go?")
	}
	var before int64
	for _, c := range inits[:at] {
		before += c.bytes
		if c.bytes > heavy {
			t.Errorf("%s (%d bytes) initialises before internal/hugeheap", c.pkg, c.bytes)
		}
	}
	if before > 64<<10 {
		t.Errorf("the inits before internal/hugeheap allocate %d bytes (limit %d)", before, 64<<10)
	}
}

// TestStartupRunsNoGC checks that `newsreader --version` finishes without
// a garbage collection: the first runs when the heap reaches 4 MB, and
// start-up allocating past that paid a collection (and its worker
// threads) on every command.
func TestStartupRunsNoGC(t *testing.T) {
	cmd := exec.Command(buildBinary(t), "--version")
	cmd.Env = append(os.Environ(), "GODEBUG=gctrace=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("--version: %v\n%s", err, stderr.String())
	}
	for _, line := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(line, "gc ") {
			t.Errorf("a collection ran at start-up: %s", line)
		}
	}
}

// BenchmarkStartup times `newsreader --version` as a whole process, start
// and package initialisation included, and reports the inits' share.
func BenchmarkStartup(b *testing.B) {
	bin := buildBinary(b)
	var initMS float64
	for b.Loop() {
		var sum float64
		for _, c := range traceInits(b, bin, "--version") {
			sum += c.ms
		}
		initMS += sum
	}
	b.ReportMetric(initMS/float64(b.N), "init-ms/op")
}

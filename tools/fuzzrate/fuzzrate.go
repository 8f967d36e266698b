package main

import (
	"bufio"
	"fmt"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Target is one fuzz target of one package.
type Target struct{ Pkg, Name string }

// List names the fuzz targets of pkgs, from `go test -list`.
func List(pkgs []string) ([]Target, error) {
	out, err := exec.Command("go", append([]string{"test", "-list", "^Fuzz"}, pkgs...)...).CombinedOutput()
	if err != nil {
		return nil, fmt.Errorf("go test -list: %v\n%s", err, out)
	}
	return parseList(string(out)), nil
}

// parseList reads `go test -list` output: each package's names come
// before its "ok <package>" line.
func parseList(out string) []Target {
	var ts []Target
	var names []string
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 1 && strings.HasPrefix(f[0], "Fuzz"):
			names = append(names, f[0])
		case len(f) >= 2 && (f[0] == "ok" || f[0] == "?"):
			for _, n := range names {
				ts = append(ts, Target{Pkg: f[1], Name: n})
			}
			names = nil
		}
	}
	return ts
}

// Result is what one fuzzing run did.
type Result struct {
	Target
	Execs       int64
	Elapsed     time.Duration // the fuzzer's own clock, after building
	Interesting int
	CPU         time.Duration // user+system of go test and its workers
	Err         error
}

// PerSecond is the executions per second over the whole run.
func (r Result) PerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Execs) / r.Elapsed.Seconds()
}

// Row is the result as a Markdown table row.
func (r Result) Row() string {
	res := "ok"
	if r.Err != nil {
		res = strings.ReplaceAll(r.Err.Error(), "|", "/")
	}
	return fmt.Sprintf("| %s | %s | %d | %.0f | %.0f | %d | %.1f | %s |", r.Pkg, r.Name, r.Execs,
		r.Elapsed.Seconds(), r.PerSecond(), r.Interesting, r.CPU.Seconds(), res)
}

// Run fuzzes t alone on one worker.
func Run(t Target, fuzztime, minimize string) Result {
	cmd := exec.Command("go", "test", t.Pkg, "-run", "^$", "-fuzz", "^"+t.Name+"$", "-fuzztime", fuzztime,
		"-parallel", "1", "-fuzzminimizetime", minimize)
	out, err := cmd.CombinedOutput()
	r := Result{Target: t}
	if cmd.ProcessState != nil {
		r.CPU = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	var perr error
	r.Execs, r.Elapsed, r.Interesting, perr = parseProgress(string(out))
	switch {
	case err != nil:
		r.Err = fmt.Errorf("go test: %v", err)
	case perr != nil:
		r.Err = perr
	}
	return r
}

// progress matches the fuzzer's progress lines after the baseline phase.
var progress = regexp.MustCompile(`fuzz: elapsed: (\S+), execs: (\d+) \(\d+/sec\), new interesting: (\d+)`)

// parseProgress reads the last progress line of a fuzzing run.
func parseProgress(out string) (execs int64, elapsed time.Duration, interesting int, err error) {
	m := progress.FindAllStringSubmatch(out, -1)
	if len(m) == 0 {
		return 0, 0, 0, fmt.Errorf("no progress line in the output")
	}
	last := m[len(m)-1]
	if elapsed, err = time.ParseDuration(last[1]); err != nil {
		return 0, 0, 0, err
	}
	execs, _ = strconv.ParseInt(last[2], 10, 64)
	interesting, _ = strconv.Atoi(last[3])
	return execs, elapsed, interesting, nil
}

package main

import (
	"reflect"
	"testing"
	"time"
)

func TestParseList(t *testing.T) {
	out := "FuzzA\nFuzzB\nok  \texample.org/m/a\t0.1s\nok  \texample.org/m/b\t0.1s\nFuzzC\nok  \texample.org/m/c\t0.2s\n"
	want := []Target{{"example.org/m/a", "FuzzA"}, {"example.org/m/a", "FuzzB"}, {"example.org/m/c", "FuzzC"}}
	if got := parseList(out); !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestParseProgressTakesTheLastLine(t *testing.T) {
	out := `fuzz: elapsed: 0s, gathering baseline coverage: 0/9 completed
fuzz: elapsed: 3s, execs: 12 (4/sec), new interesting: 0 (total: 9)
fuzz: elapsed: 1m3s, execs: 13519 (733/sec), new interesting: 25 (total: 34)
PASS
`
	execs, el, in, err := parseProgress(out)
	if err != nil || execs != 13519 || el != 63*time.Second || in != 25 {
		t.Errorf("got %d %v %d %v", execs, el, in, err)
	}
	r := Result{Execs: execs, Elapsed: el}
	if ps := r.PerSecond(); ps < 214 || ps > 215 {
		t.Errorf("per second %v", ps)
	}
	if _, _, _, err := parseProgress("--- FAIL: FuzzX\n"); err == nil {
		t.Error("no error without a progress line")
	}
}

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestReadEvents: notifications and command replies are told apart, a
// reply's lines kept whole (a line of the screen may start with "%").
func TestReadEvents(t *testing.T) {
	in := strings.Join([]string{
		"%begin 1 1 0", "%end 1 1 0",
		"%output %0 \\033[?1049h",
		"%session-changed $0 ff",
		"%begin 1 2 1", " headline", "%50 off", "%end 1 2 1",
		"%begin 1 3 1", "no such pane", "%error 1 3 1",
	}, "\n") + "\n"
	events := make(chan event, 10)
	readEvents(strings.NewReader(in), events)
	var got []string
	for ev := range events {
		switch {
		case ev.output:
			got = append(got, "output")
		case !ev.ours:
			got = append(got, "not ours: "+strings.Join(ev.lines, "|"))
		case ev.failed:
			got = append(got, "error: "+strings.Join(ev.lines, "|"))
		default:
			got = append(got, "reply: "+strings.Join(ev.lines, "|"))
		}
	}
	want := []string{"not ours: ", "output", "reply:  headline|%50 off", "error: no such pane"}
	if !slices.Equal(got, want) {
		t.Errorf("events %q, want %q", got, want)
	}
}

func TestMedian(t *testing.T) {
	for _, tc := range []struct {
		in   []float64
		want float64
	}{{nil, 0}, {[]float64{3}, 3}, {[]float64{5, 1, 3}, 3}, {[]float64{4, 1, 3, 2}, 2.5}} {
		if got := median(tc.in); got != tc.want {
			t.Errorf("median(%v) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestMeasureInTmux times a program that draws its text 300 ms after
// it starts: the time is counted from its exec, so it cannot be less;
// and a text that never comes is an error, with the screen last seen.
func TestMeasureInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is needed (bash .ci/run installs it)")
	}
	bin := filepath.Join(t.TempDir(), "firstframe")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	prog := []string{"sh", "-c", "printf 'waiting '; sleep 0.3; printf 'ready now'; sleep 30"}
	out, err := exec.Command(bin, append([]string{"-n", "1", "-quiet", "200ms", "-want", "ready", "-want", "now"}, prog...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	f := strings.Fields(lines[len(lines)-1])
	if len(f) < 4 || f[0] != "median" {
		t.Fatalf("no median line in\n%s", out)
	}
	drawn, _ := strconv.ParseFloat(f[1], 64)
	want, _ := strconv.ParseFloat(f[2], 64)
	settled, _ := strconv.ParseFloat(f[3], 64)
	if drawn <= 0 || drawn >= 300 || want < 300 || settled < want {
		t.Errorf("drawn %v ms, want %v ms, settled %v ms: text came at once, the wanted 300 ms after the exec\n%s", drawn, want, settled, out)
	}
	cmd := exec.Command(bin, "-n", "1", "-timeout", "1s", "-want", "never", "sh", "-c", "printf 'waiting'; sleep 30")
	out, err = cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "waiting") {
		t.Errorf("a text that never comes: %v\n%s", err, out)
	}
	_ = os.Remove(bin)
}

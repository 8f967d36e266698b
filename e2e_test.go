package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEndToEndInTmux builds the binary and drives it in a real terminal
// (tmux) as a person would: open the sample, move around, find "Newsham"
// in the article, follow Hosaka Yuji from the sidebar to his mentions,
// and quit cleanly. .ci/run installs tmux when it is missing.
func TestEndToEndInTmux(t *testing.T) {
	needTmux(t)
	dir := t.TempDir()
	bin := buildBinary(t)
	sample, err := filepath.Abs(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	tm := newTmux(t, dir)
	tm.start(bin, "--db", filepath.Join(dir, "archive.db"), sample)

	// The import runs, then the list shows the one article.
	tm.waitFor("the article list", "Japan, Russia Summit")
	tm.waitFor("the header's article count", "1 article")

	// The article under the list's cursor shows beside the list, the
	// people sidebar the four people; enter moves the keys to the article.
	tm.waitFor("the previewed first paragraph", "ended two days of talks")
	for _, name := range []string{"Vladimir Putin", "Shinzo Abe", "Grant Newsham", "Hosaka Yuji"} {
		tm.waitFor("the sidebar", name)
	}
	tm.keys("Enter")
	tm.waitFor("the article's position in the status bar", "line ")
	// Scroll a little and back.
	tm.keys("j", "j", "ctrl+d", "g")

	// Find in the article: 4 matches, n walks them, esc clears.
	tm.keys("/")
	tm.typeText("Newsham")
	tm.keys("Enter")
	tm.waitFor("the match counter", "1/4")
	tm.keys("n")
	tm.waitFor("the next match", "2/4")
	tm.keys("N", "N")
	tm.waitFor("wrap-around to the last match", "4/4")
	tm.keys("Escape")
	tm.waitGone("the cleared search", "/4")

	// The sidebar: go to Hosaka Yuji and show his mentions.
	tm.keys("Tab")
	tm.keys("G")
	tm.keys("Enter")
	tm.waitFor("Hosaka's mentions counter", "Hosaka Yuji 1/2")
	styled := tm.capture(true)
	if !strings.Contains(styled, "Hosaka") || !hasHighlightedWord(styled, "Hosaka") {
		t.Errorf("no highlighted mention of Hosaka on screen:\n%s", tm.capture(false))
	}

	// Quit: the program ends with status 0 and leaves the alternate screen.
	tm.keys("q")
	tm.waitExit(0)
	if screen := tm.capture(false); strings.Contains(screen, "PEOPLE") {
		t.Errorf("the reader's screen is still up after quitting:\n%s", screen)
	}
}

// TestEndToEndNarrowAndMarks: at 80x24 the preview shows under the list
// and p brings up the people sidebar; an article previewed is read and F
// flags it, and both marks are there when the reader starts again.
func TestEndToEndNarrowAndMarks(t *testing.T) {
	needTmux(t)
	dir := t.TempDir()
	bin := buildBinary(t)
	sample, err := filepath.Abs(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "archive.db")
	tm := newTmux(t, dir)
	tm.startSized(80, 24, bin, "--db", db, sample)
	tm.waitFor("the article list", "Japan, Russia Summit")
	tm.waitFor("the preview under the list", "ended two days of")
	tm.keys("p")
	tm.waitFor("the people sidebar at 80x24", "PEOPLE (4)")
	tm.waitFor("the sidebar's people", "Vladimir Putin")
	tm.keys("Escape", "F")
	tm.waitFor("the flag's notice", "Flagged.")
	tm.keys("q")
	tm.waitExit(0)

	// Again, on a screen too short for a preview: nothing is read by
	// being shown, so the marks seen are the first run's. A tmux server
	// of its own (the first one's may still be ending).
	again := filepath.Join(dir, "again")
	if err := os.Mkdir(again, 0o755); err != nil {
		t.Fatal(err)
	}
	tm = newTmux(t, again)
	tm.startSized(80, 12, bin, "--db", db)
	tm.waitFor("the flag kept", "★ 2016-12-16")
	if screen := tm.capture(false); strings.Contains(screen, "●") {
		t.Errorf("the article read in the first run shows as unread:\n%s", screen)
	}
	tm.keys("*")
	tm.waitFor("the flagged list", "1 flagged article")
	tm.keys("q")
	tm.waitExit(0)
}

// hasHighlightedWord reports whether word appears on the styled screen
// right after an SGR sequence that sets a background colour (48;... or
// 4x), which is how matches are highlighted.
func hasHighlightedWord(styled, word string) bool {
	for i := 0; ; {
		j := strings.Index(styled[i:], word)
		if j < 0 {
			return false
		}
		at := i + j
		start := strings.LastIndex(styled[:at], "\x1b[")
		if start >= 0 && at-start < 40 {
			sgr := styled[start:at]
			if strings.Contains(sgr, "48;") || strings.Contains(sgr, ";7m") || strings.Contains(sgr, "[7m") ||
				containsBackground(sgr) {
				return true
			}
		}
		i = at + len(word)
	}
}

// containsBackground finds a basic background colour parameter (40-47, 100-107).
func containsBackground(sgr string) bool {
	params := strings.FieldsFunc(strings.TrimSuffix(strings.TrimPrefix(sgr, "\x1b["), "m"), func(r rune) bool {
		return r == ';' || r == '[' || r == 'm' || r == '\x1b'
	})
	for _, p := range params {
		switch {
		case len(p) == 2 && p[0] == '4' && p[1] >= '0' && p[1] <= '7':
			return true
		case len(p) == 3 && strings.HasPrefix(p, "10") && p[2] >= '0' && p[2] <= '7':
			return true
		}
	}
	return false
}

// tmux drives one detached tmux session on a private server socket.
type tmux struct {
	t       *testing.T
	socket  string
	session string
	bin     string // the program under test
	stderr  string // the program's standard error, for failure reports
	status  string // a file the shell writes the program's exit status to
}

func newTmux(t *testing.T, dir string) *tmux {
	tm := &tmux{t: t, socket: filepath.Join(dir, "tmux.sock"), session: "e2e",
		stderr: filepath.Join(dir, "stderr"), status: filepath.Join(dir, "status")}
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *tmux) run(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// start runs the program in a new 120x40 session. The shell around it
// writes its exit status to a file (tmux's own report of a dead pane's
// status can lag behind the pane's death) and then waits, so the screen
// after exit can still be read.
func (tm *tmux) start(bin string, args ...string) {
	tm.t.Helper()
	tm.startSized(120, 40, bin, args...)
}

// startSized is start on a screen of w×h.
func (tm *tmux) startSized(w, h int, bin string, args ...string) {
	tm.t.Helper()
	os.Remove(tm.status)
	tm.bin = bin
	cmd := shellQuote(append([]string{bin}, args...)) + " 2>" + shellQuote([]string{tm.stderr}) +
		"; echo $? >" + shellQuote([]string{tm.status}) + "; sleep 600"
	tm.run("-f", os.DevNull, "new-session", "-d", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h), "-s", tm.session,
		"-e", "TERM=xterm-256color", "-e", "COLORTERM=truecolor",
		// the user's own settings and search history stay out of the test
		"-e", "XDG_CONFIG_HOME="+filepath.Join(filepath.Dir(tm.socket), "config"),
		"-e", "XDG_STATE_HOME="+filepath.Join(filepath.Dir(tm.socket), "state"), cmd)
}

// shellQuote quotes the test's own fixed arguments for tmux's command line.
func shellQuote(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

func (tm *tmux) keys(keys ...string) {
	tm.t.Helper()
	for _, k := range keys {
		switch k {
		case "ctrl+d":
			k = "C-d"
		}
		tm.run("send-keys", "-t", tm.session, k)
		time.Sleep(60 * time.Millisecond)
	}
}

func (tm *tmux) typeText(s string) {
	tm.t.Helper()
	tm.run("send-keys", "-t", tm.session, "-l", s)
	time.Sleep(150 * time.Millisecond)
}

func (tm *tmux) capture(styled bool) string {
	tm.t.Helper()
	args := []string{"capture-pane", "-p", "-t", tm.session}
	if styled {
		args = append(args, "-e")
	}
	return tm.run(args...)
}

const e2eWait = 15 * time.Second

func (tm *tmux) waitFor(what, text string) {
	tm.t.Helper()
	deadline := time.Now().Add(e2eWait)
	for time.Now().Before(deadline) {
		if strings.Contains(tm.capture(false), text) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	tm.t.Fatalf("waiting for %s: %q not on screen:\n%s", what, text, tm.capture(false))
}

func (tm *tmux) waitGone(what, text string) {
	tm.t.Helper()
	deadline := time.Now().Add(e2eWait)
	for time.Now().Before(deadline) {
		if !strings.Contains(tm.capture(false), text) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	tm.t.Fatalf("waiting for %s: %q still on screen:\n%s", what, text, tm.capture(false))
}

func (tm *tmux) waitExit(want int) {
	tm.t.Helper()
	deadline := time.Now().Add(e2eWait)
	for time.Now().Before(deadline) {
		if status, err := os.ReadFile(tm.status); err == nil && len(status) > 0 {
			if got := strings.TrimSpace(string(status)); got != fmt.Sprint(want) {
				stderr, _ := os.ReadFile(tm.stderr)
				tm.t.Fatalf("exit status %s, want %d:\n%s\nits stderr:\n%s", got, want, tm.capture(false), stderr)
			}
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Ask the Go runtime for every goroutine's stack, to see what holds it.
	_ = exec.Command("pkill", "-QUIT", "-f", tm.bin).Run()
	time.Sleep(time.Second)
	stacks, _ := os.ReadFile(tm.stderr)
	tm.t.Fatalf("the program did not exit:\n%s\nits stderr:\n%s", tm.capture(false), stacks)
}

package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"
)

// $PAGER is split at white space, with the default when blank, and
// never read by a shell.
func TestPagerArgv(t *testing.T) {
	for env, want := range map[string][]string{
		"":                      {"less", "-R"},
		"   ":                   {"less", "-R"},
		"most":                  {"most"},
		" less  -R -X ":         {"less", "-R", "-X"},
		"tee out;rm -rf x":      {"tee", "out;rm", "-rf", "x"},
		`bat --paging="always"`: {"bat", `--paging="always"`},
	} {
		if got := pagerArgv(env); !slices.Equal(got, want) {
			t.Errorf("pagerArgv(%q) = %q, want %q", env, got, want)
		}
	}
}

// show --pager hands the rendered article to the pager on its standard
// input, runs it without a shell (a `;` in $PAGER is part of a file
// name, not a second command), and the pager's output reaches stdout.
func TestShowPagerPipesOutputWithoutShell(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page")
	t.Setenv("PAGER", "tee "+page+";touch")
	out, errOut, code := runCLI(t, "show", "--pager", "--format", "text", samplePath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	want, _, _ := runCLI(t, "show", "--format", "text", samplePath)
	got, err := os.ReadFile(page + ";touch")
	if err != nil {
		t.Fatalf("the pager did not get the text as one argument: %v", err)
	}
	if string(got) != want || out != want {
		t.Errorf("pager input %d bytes, stdout %d bytes, want %d", len(got), len(out), len(want))
	}
	if _, err := os.Stat(page); err == nil {
		t.Errorf("$PAGER was run by a shell: %s exists", page)
	}
	if strings.Contains(string(got), page) {
		t.Errorf("the article text carries the pager's arguments")
	}
}

// A pager that does not exist or fails is an error naming it; a pager
// that stops reading early (q in less) is not.
func TestShowPagerErrors(t *testing.T) {
	t.Setenv("PAGER", "newsreader-no-such-pager -R")
	_, errOut, code := runCLI(t, "show", "--pager", samplePath)
	if code != 1 || !strings.Contains(errOut, "newsreader-no-such-pager") {
		t.Errorf("missing pager: exit %d, %q", code, errOut)
	}
	t.Setenv("PAGER", "false")
	if _, errOut, code = runCLI(t, "show", "--pager", samplePath); code != 1 || !strings.Contains(errOut, "pager") {
		t.Errorf("failing pager: exit %d, %q", code, errOut)
	}
	t.Setenv("PAGER", "head -c 10")
	out, errOut, code := runCLI(t, "show", "--pager", "--all", "--format", "json", samplePath)
	if code != 0 || len(out) != 10 {
		t.Errorf("pager quitting early: exit %d, %q %q", code, out, errOut)
	}
}

// --style dark and light colour the same text differently; a style
// outside the three is a usage error; completion offers them.
func TestShowStyle(t *testing.T) {
	dark, _, c1 := runCLI(t, "show", "--format", "ansi", "--width", "60", "--style", "dark", samplePath)
	light, _, c2 := runCLI(t, "show", "--format", "ansi", "--width", "60", "--style", "light", samplePath)
	if c1 != 0 || c2 != 0 {
		t.Fatalf("exit %d %d", c1, c2)
	}
	if dark == light {
		t.Errorf("--style light printed the dark colours")
	}
	if xansi.Strip(dark) != xansi.Strip(light) {
		t.Errorf("the style changed the text, not only its colours")
	}
	auto, _, _ := runCLI(t, "show", "--format", "ansi", "--width", "60", samplePath)
	if auto != dark {
		t.Errorf("not on a terminal, auto should be dark")
	}
	if _, errOut, code := runCLI(t, "show", "--style", "sepia", samplePath); code != 2 || !strings.Contains(errOut, `"sepia"`) {
		t.Errorf("--style sepia: exit %d, %q", code, errOut)
	}
	out, _, _ := runCLI(t, "__complete", "show", "--style", "")
	if !strings.Contains(out, "light\n") || !strings.Contains(out, "dark\n") {
		t.Errorf("completion of --style: %q", out)
	}
}

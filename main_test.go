package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"

	xansi "github.com/charmbracelet/x/ansi"
)

const samplePath = "testdata/voa-japan-russia-summit.txt"

// runCLI runs the command line in-process with its own archive.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	t.Setenv("NEWSREADER_DB", filepath.Join(t.TempDir(), "archive.db"))
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func TestShowBadInputGivesOneLineAndExitCode(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	binary := filepath.Join(dir, "photo.bin")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	if err := os.WriteFile(binary, bin, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, path, reason string
	}{
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
		{"directory", dir, "is a directory"},
		{"empty", empty, "empty"},
		{"binary", binary, "binary"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "show", "--format", "json", c.path)
			if code != 1 {
				t.Errorf("exit code %d, want 1", code)
			}
			if out != "" {
				t.Errorf("printed %q on stdout", out)
			}
			lines := strings.Split(strings.TrimRight(errOut, "\n"), "\n")
			if len(lines) != 1 || !strings.Contains(lines[0], c.path) || !strings.Contains(lines[0], c.reason) {
				t.Errorf("stderr %q: want one line naming %s and %q", errOut, c.path, c.reason)
			}
		})
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{
		{"show"},
		{"show", "--format", "pdf", samplePath},
		{"show", "--no-such-flag", samplePath},
		{"list", "--sort", "colour"},
		{"search"},
		{"import"},
	} {
		_, errOut, code := runCLI(t, args...)
		if code != 2 {
			t.Errorf("%v: exit code %d, want 2 (stderr %q)", args, code, errOut)
		}
	}
}

func TestShowJSONContract(t *testing.T) {
	out, errOut, code := runCLI(t, "show", "--format", "json", samplePath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"title", "published", "source", "url", "byline", "contributors", "text", "blocks", "quotes", "people"} {
		if _, ok := doc[k]; !ok {
			t.Errorf("JSON lacks %q", k)
		}
	}
	var a struct {
		Title     string `json:"title"`
		Published string `json:"published"`
		Quotes    []struct {
			Text    string  `json:"text"`
			Speaker *string `json:"speaker"`
		} `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatal(err)
	}
	if a.Title != "Japan, Russia Summit Produces Economic Deals, No Peace Treaty" || a.Published != "2016-12-16" {
		t.Errorf("title %q published %q", a.Title, a.Published)
	}
}

func TestShowFormats(t *testing.T) {
	md, _, code := runCLI(t, "show", "--format", "markdown", samplePath)
	if code != 0 || !strings.HasPrefix(md, "# Japan, Russia Summit") || !strings.Contains(md, "## Investing for peace") {
		t.Errorf("markdown (exit %d) starts %q", code, first(md, 80))
	}
	txt, _, code := runCLI(t, "show", "--format", "text", samplePath)
	if code != 0 || strings.Contains(txt, "Accessibility links") || !strings.Contains(txt, "Grant Newsham") {
		t.Errorf("text (exit %d) starts %q", code, first(txt, 80))
	}
	ansi, _, code := runCLI(t, "show", "--format", "ansi", "--width", "60", samplePath)
	if code != 0 || !strings.Contains(ansi, "\x1b[") {
		t.Errorf("ansi output has no styling (exit %d)", code)
	}
	for _, line := range strings.Split(xansi.Strip(ansi), "\n") {
		if w := len([]rune(line)); w > 60 {
			t.Errorf("line of %d columns at --width 60: %q", w, line)
			break
		}
	}
	// Piped without --format, show prints Markdown.
	piped, _, _ := runCLI(t, "show", samplePath)
	if piped != md {
		t.Error("show without --format to a pipe is not the Markdown output")
	}
}

func TestImportListSearchPeople(t *testing.T) {
	t.Setenv("NEWSREADER_DB", filepath.Join(t.TempDir(), "archive.db"))
	var out, errb bytes.Buffer
	if code := run([]string{"import", "testdata"}, &out, &errb); code != 0 {
		t.Fatalf("import exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "imported") {
		t.Errorf("no import summary: %q", errb.String())
	}
	out.Reset()
	if code := run([]string{"search", "--json", "Newsham"}, &out, &errb); code != 0 {
		t.Fatalf("search exit %d: %s", code, errb.String())
	}
	var hits []struct {
		ID      int64   `json:"id"`
		Title   string  `json:"title"`
		Snippet string  `json:"snippet"`
		Score   float64 `json:"score"`
	}
	if err := json.Unmarshal(out.Bytes(), &hits); err != nil || len(hits) != 1 || !strings.Contains(hits[0].Snippet, "Newsham") {
		t.Fatalf("search hits %+v (%v)", hits, err)
	}
	// The table shows a ranked hit's score, and none for a query of
	// filters only, which is not ranked.
	for q, scored := range map[string]bool{"Newsham": true, `person:"Grant Newsham"`: false} {
		out.Reset()
		if code := run([]string{"search", q}, &out, &errb); code != 0 || !strings.Contains(out.String(), "Japan, Russia") {
			t.Fatalf("search %s: exit %d, %q", q, code, out.String())
		}
		first, _, _ := strings.Cut(out.String(), "\n")
		if hasScore := strings.HasSuffix(first, ")"); hasScore != scored {
			t.Errorf("search %s: first line %q, a score shown: %v, want %v", q, first, hasScore, scored)
		}
	}
	out.Reset()
	if code := run([]string{"people", "--json"}, &out, &errb); code != 0 {
		t.Fatalf("people exit %d", code)
	}
	var people []struct {
		Name     string `json:"name"`
		Articles int    `json:"articles"`
	}
	if err := json.Unmarshal(out.Bytes(), &people); err != nil || len(people) == 0 {
		t.Fatalf("people %+v (%v)", people, err)
	}
	out.Reset()
	if code := run([]string{"show", "--format", "text", strconv.FormatInt(hits[0].ID, 10)}, &out, &errb); code != 0 || !strings.HasPrefix(out.String(), "Japan, Russia") {
		t.Errorf("show by id: exit %d, %q", code, first(out.String(), 60))
	}
}

func first(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// tableRows splits a tabwriter table into its rows' cells (two spaces or
// more between cells), header first.
func tableRows(out string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		var cells []string
		for _, c := range strings.Split(line, "  ") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		rows = append(rows, cells)
	}
	return rows
}

func TestHumanReadableTables(t *testing.T) {
	t.Setenv("NEWSREADER_DB", filepath.Join(t.TempDir(), "archive.db"))
	cli := func(args ...string) (string, string) {
		t.Helper()
		var out, errb bytes.Buffer
		if code := run(args, &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		return out.String(), errb.String()
	}
	cli("import", samplePath)

	out, _ := cli("list")
	list := tableRows(out)
	if len(list) != 2 || strings.Join(list[0], "|") != "ID|DATE|SOURCE|TITLE" ||
		list[1][1] != "2016-12-16" || !strings.HasPrefix(list[1][3], "Japan, Russia Summit") {
		t.Errorf("list table: %q", list)
	}

	out, _ = cli("search", "Newsham")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], list[1][0]+"  2016-12-16  Japan, Russia Summit") ||
		!strings.HasPrefix(lines[1], "    ") || !strings.Contains(lines[1], "Newsham") || strings.Contains(out, "\x1b") {
		t.Errorf("search output (not a terminal, so no colour):\n%s", out)
	}
	if out, errOut := cli("search", "xylophone"); out != "" || !strings.Contains(errOut, "no matches") {
		t.Errorf("a search without hits printed %q and said %q", out, errOut)
	}

	// One article's people: the table holds what --json holds.
	var people []struct {
		Name     string `json:"name"`
		Role     string `json:"role"`
		Articles int    `json:"articles"`
		Mentions int    `json:"mentions"`
		Quotes   int    `json:"quotes"`
	}
	js, _ := cli("people", "--json", samplePath)
	if err := json.Unmarshal([]byte(js), &people); err != nil || len(people) < 4 {
		t.Fatalf("people --json: %v, %q", err, js)
	}
	out, _ = cli("people", samplePath)
	rows := tableRows(out)
	if len(rows) != len(people)+1 || strings.Join(rows[0], "|") != "NAME|ROLE|MENTIONS|QUOTES|ARTICLES" {
		t.Fatalf("people table: %q", rows)
	}
	for i, p := range people {
		if p.Articles != 1 {
			t.Errorf("%s: in %d articles of the archive, want the 1 imported", p.Name, p.Articles)
		}
		role := p.Role
		if role == "" {
			role = "—"
		}
		want := []string{p.Name, role, strconv.Itoa(p.Mentions), strconv.Itoa(p.Quotes), strconv.Itoa(p.Articles)}
		if strings.Join(rows[i+1], "|") != strings.Join(want, "|") {
			t.Errorf("row %d = %q, want %q", i+1, rows[i+1], want)
		}
	}

	// The whole archive's people: one article each.
	out, _ = cli("people")
	rows = tableRows(out)
	if len(rows) != len(people)+1 || strings.Join(rows[0], "|") != "NAME|ROLE|ARTICLES|MENTIONS" {
		t.Fatalf("archive people table: %q", rows)
	}
	for _, r := range rows[1:] {
		if len(r) != 4 || r[2] != "1" {
			t.Errorf("archive people row %q: want 4 cells and 1 article", r)
		}
	}
}

// File names come with the archive: one holding escape sequences must
// not reach the terminal as they are, in the import's failures or in an
// error.
func TestHostileFileNamesArePrintedQuoted(t *testing.T) {
	dir := t.TempDir()
	names := []string{"retitle\x1b]0;pwned\a.json", "red\x1b[31m.txt", "bidi\u202etxt.json"}
	for _, n := range names {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("{\"broken"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, errOut, code := runCLI(t, "import", dir)
	if code != 1 {
		t.Fatalf("import exit %d, want 1 (files failed):\n%s", code, errOut)
	}
	if strings.ContainsAny(errOut, "\x1b\a\u202e") {
		t.Errorf("control characters reached stderr: %q", errOut)
	}
	for _, n := range names {
		if want := strconv.Quote(filepath.Join(dir, n)); !strings.Contains(errOut, "failed: "+want+": ") {
			t.Errorf("failure of %q not listed as %s:\n%s", n, want, errOut)
		}
	}
	_, errOut, code = runCLI(t, "show", filepath.Join(dir, names[1]))
	if code != 1 || strings.ContainsAny(errOut, "\x1b") || !strings.HasPrefix(errOut, "newsreader: ") {
		t.Errorf("show of a hostile name: exit %d, %q", code, errOut)
	}
	if got := shownPath("plain/été.txt"); got != "plain/été.txt" {
		t.Errorf("a printable path was changed to %q", got)
	}
}

// An archive file may come from elsewhere than this program's import (a
// colleague's, an edited one): what the commands print of it is cleaned.
func TestTamperedArchiveTextIsCleaned(t *testing.T) {
	db := filepath.Join(t.TempDir(), "archive.db")
	t.Setenv("NEWSREADER_DB", db)
	var out, errb bytes.Buffer
	if code := run([]string{"import", samplePath}, &out, &errb); code != 0 {
		t.Fatalf("import: exit %d: %s", code, errb.String())
	}
	conn, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	_, err = conn.Exec("UPDATE articles SET title = 'Evil \x1b]0;pwned\a \x1b[31mred\tline', source = 'src\x1b[2J'; " +
		"UPDATE people SET role = 'role\x1b[5m\u202e'")
	conn.Close()
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"list"}, {"search", "Newsham"}, {"people"},
		{"show", "--format", "text", "1"}, {"show", "--format", "markdown", "1"}, {"show", "--format", "ansi", "1"},
	} {
		out.Reset()
		errb.Reset()
		if code := run(args, &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		// ansi output has escape sequences of its own, but none of these.
		got, injected := out.String(), false
		for _, seq := range []string{"\x1b]", "\x1b[2J", "\x1b[5m", "\a", "\u202e"} {
			injected = injected || strings.Contains(got, seq)
		}
		if injected || (!slices.Contains(args, "ansi") && strings.Contains(got, "\x1b")) {
			t.Errorf("%v printed the archive's control sequences: %q", args, got)
		}
		if !strings.Contains(out.String(), "Evil") && args[0] != "people" {
			t.Errorf("%v lost the title: %q", args, out.String())
		}
	}
	out.Reset()
	run([]string{"list"}, &out, &errb)
	if rows := tableRows(out.String()); len(rows) != 2 || len(rows[1]) != 4 || rows[1][3] != "Evil red line" {
		t.Errorf("a tab in the title broke the table: %q", rows)
	}
}

func TestImportSummarySaysWhatWasSkipped(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{
		"story.txt": data, "logo.png": {0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "app.js": []byte("var x = 1;"),
		"sitemap.xml": []byte(`<?xml version="1.0"?><urlset><url><loc>https://example.com/a</loc></url></urlset>`),
	} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, errOut, code := runCLI(t, "import", dir)
	if code != 0 || !strings.Contains(errOut, "4 files: 1 imported, 0 updated, 0 unchanged, 0 duplicates, 0 failed, 3 skipped as not articles") {
		t.Errorf("exit %d, summary:\n%s", code, errOut)
	}
}

func TestPeopleOfAFileWithoutAnArchive(t *testing.T) {
	out, errOut, code := runCLI(t, "people", "--json", samplePath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var people []struct {
		Name     string   `json:"name"`
		Aliases  []string `json:"aliases"`
		Articles int      `json:"articles"`
		Mentions int      `json:"mentions"`
	}
	if err := json.Unmarshal([]byte(out), &people); err != nil || len(people) < 4 {
		t.Fatalf("%v: %s", err, out)
	}
	for _, p := range people {
		if p.Articles != 0 || p.Mentions == 0 || p.Aliases == nil {
			t.Errorf("%+v: want 0 archive articles, some mentions, aliases as a list", p)
		}
	}
	if _, err := os.Stat(os.Getenv("NEWSREADER_DB")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("people PATH created an archive: %v", err)
	}
}

func TestVersionNamesTheCommit(t *testing.T) {
	for _, tc := range []struct {
		bi   debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "devel"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "2a97d70f1c3e5b6a7d8e9f00112233445566778899"}, {Key: "vcs.modified", Value: "false"}}}, "devel (2a97d70f1c3e)"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "2a97d70"}, {Key: "vcs.modified", Value: "true"}}}, "devel (2a97d70, modified)"},
	} {
		if got := versionOf(&tc.bi); got != tc.want {
			t.Errorf("versionOf(%+v) = %q, want %q", tc.bi.Main, got, tc.want)
		}
	}
}

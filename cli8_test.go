package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/ingest"
)

// cliIn runs commands in-process on one archive of the test's.
func cliIn(t *testing.T) func(args ...string) (string, string, int) {
	t.Helper()
	t.Setenv("NEWSREADER_DB", filepath.Join(t.TempDir(), "archive.db"))
	return func(args ...string) (string, string, int) {
		var out, errb bytes.Buffer
		code := run(args, &out, &errb)
		return out.String(), errb.String(), code
	}
}

// writeFiles writes name → text files into a new folder.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// jsonl makes a JSON Lines file of n made-up stories, the ith about
// refugees when i is even, published a day apart from 2020-03-01 on.
func jsonl(n int) string {
	var b strings.Builder
	for i := range n {
		topic := "harvest"
		if i%2 == 0 {
			topic = "refugee"
		}
		rec, _ := json.Marshal(map[string]string{
			"title": fmt.Sprintf("Town report %d on the %s", i, topic),
			"text":  fmt.Sprintf("The council met on day %d. It spoke of the %s and of the roads.", i, topic),
			"date":  fmt.Sprintf("2020-03-%02d", i+1),
		})
		b.Write(rec)
		b.WriteByte('\n')
	}
	return b.String()
}

// A query word with a leading dash is the query language's "without",
// not an unknown flag; the command's own flags still work around it.
func TestSearchTakesDashedWords(t *testing.T) {
	cli := cliIn(t)
	dir := writeFiles(t, map[string]string{"town.jsonl": jsonl(6)})
	if _, errOut, code := cli("import", dir); code != 0 {
		t.Fatalf("import: %d %s", code, errOut)
	}
	for _, args := range [][]string{
		{"search", "--json", "council", "-refugee"},
		{"search", "council", "-refugee", "--json"},
		{"search", "--limit", "10", "--json", "council -refugee"},
		{"--db", os.Getenv("NEWSREADER_DB"), "search", "--json", "--", "council", "-refugee"},
	} {
		out, errOut, code := cli(args...)
		var hits []struct{ Title string }
		if err := json.Unmarshal([]byte(out), &hits); code != 0 || err != nil {
			t.Fatalf("%q: exit %d, %v, %s", args, code, err, errOut)
		}
		if len(hits) != 3 {
			t.Errorf("%q: %d hits, want the 3 without refugees", args, len(hits))
		}
		for _, h := range hits {
			if strings.Contains(h.Title, "refugee") {
				t.Errorf("%q found %q", args, h.Title)
			}
		}
	}
	if _, _, code := cli("search", "--no-such-flag-here"); code == 2 {
		t.Error("a dashed query word was read as a flag")
	}
}

// list says when it cut the list, and --limit 0 lists everything.
func TestListSaysWhatItLeftOut(t *testing.T) {
	cli := cliIn(t)
	dir := writeFiles(t, map[string]string{"town.jsonl": jsonl(7)})
	cli("import", dir)
	out, errOut, _ := cli("list", "--limit", "3")
	if rows := tableRows(out); len(rows) != 4 || !strings.Contains(errOut, "3 of 7 articles") {
		t.Errorf("--limit 3: %d rows, stderr %q", len(rows)-1, errOut)
	}
	js, errOut, _ := cli("list", "--json", "--limit", "2")
	var items []map[string]any
	if err := json.Unmarshal([]byte(js), &items); err != nil || len(items) != 2 || !strings.Contains(errOut, "2 of 7 articles") {
		t.Errorf("--json --limit 2: %v, %d items, stderr %q", err, len(items), errOut)
	}
	out, errOut, _ = cli("list", "--limit", "0")
	if rows := tableRows(out); len(rows) != 8 || errOut != "" {
		t.Errorf("--limit 0: %d rows, stderr %q", len(rows)-1, errOut)
	}
}

// A table wider than the terminal narrows its flexible column.
func TestTablesFitTheWidth(t *testing.T) {
	rows := [][]string{{"ID", "DATE", "SOURCE", "TITLE"},
		{"1", "2020-03-01", "news.example.com", strings.Repeat("A very long title ", 8)},
		{"22", "—", "—", "日本とロシアの首脳会談は経済協力で合意した"}}
	for _, width := range []int{60, 48} {
		var b bytes.Buffer
		if err := writeTable(&b, rows, 3, width); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("width %d: line of %d columns: %q", width, w, l)
			}
		}
		if !strings.HasSuffix(lines[1], "…") || !strings.HasPrefix(lines[2], "22  —") {
			t.Errorf("width %d:\n%s", width, b.String())
		}
	}
	var b bytes.Buffer
	writeTable(&b, rows, 3, 0)
	if !strings.Contains(b.String(), strings.TrimSpace(strings.Repeat("A very long title ", 8))) {
		t.Errorf("no width (a pipe) cut the table:\n%s", b.String())
	}
}

// show of a file of several articles says so and can print any or all;
// ansi output ends its last line.
func TestShowOfSeveralArticles(t *testing.T) {
	dir := writeFiles(t, map[string]string{"town.jsonl": jsonl(3)})
	p := filepath.Join(dir, "town.jsonl")
	out, errOut, code := runCLI(t, "show", "--format", "text", p)
	if code != 0 || !strings.HasPrefix(out, "Town report 0") || !strings.Contains(errOut, "holds several articles") {
		t.Errorf("first: exit %d, %q, stderr %q", code, first(out, 40), errOut)
	}
	out, _, _ = runCLI(t, "show", "--format", "text", "--record", "3", p)
	if !strings.HasPrefix(out, "Town report 2") {
		t.Errorf("--record 3: %q", first(out, 40))
	}
	js, _, _ := runCLI(t, "show", "--format", "json", "--all", p)
	var arts []struct{ Title string }
	if err := json.Unmarshal([]byte(js), &arts); err != nil || len(arts) != 3 {
		t.Errorf("--all: %v, %d articles", err, len(arts))
	}
	if _, errOut, code := runCLI(t, "show", "--record", "4", p); code != 1 || !strings.Contains(errOut, "holds 3 articles, no record 4") {
		t.Errorf("--record 4: exit %d, %q", code, errOut)
	}
	_, errOut, _ = runCLI(t, "show", "--format", "text", samplePath)
	if errOut != "" {
		t.Errorf("a file of one article: stderr %q", errOut)
	}
	ansiOut, _, _ := runCLI(t, "show", "--format", "ansi", "--width", "60", samplePath)
	if !strings.HasSuffix(ansiOut, "\n") {
		t.Errorf("ansi output ends %q", ansiOut[max(0, len(ansiOut)-20):])
	}
}

// Completion offers the values of --format, --sort and --histogram.
func TestCompletionOffersFlagValues(t *testing.T) {
	for args, want := range map[string]string{
		"show --format ":      "markdown",
		"list --sort ":        "source",
		"search --histogram ": "month",
	} {
		out, errOut, code := runCLI(t, append([]string{"__complete"}, append(strings.Fields(args), "")...)...)
		if code != 0 || !strings.Contains(out, want+"\n") {
			t.Errorf("completing %q: exit %d, %q %q", args, code, out, errOut)
		}
	}
}

// search --histogram prints the matches per period, in text and JSON.
func TestSearchHistogram(t *testing.T) {
	cli := cliIn(t)
	dir := writeFiles(t, map[string]string{"town.jsonl": jsonl(20)})
	cli("import", dir)
	js, errOut, code := cli("search", "--histogram", "week", "--json", "refugee")
	var rows []struct {
		Period, Start string
		Count         int
	}
	if err := json.Unmarshal([]byte(js), &rows); code != 0 || err != nil {
		t.Fatalf("exit %d, %v, %s", code, err, errOut)
	}
	// 2020-03-01 is a Sunday: its ISO week (10) began on 2020-02-24; the
	// ten refugee stories fall on the odd days 1..19 of March.
	want := map[string]int{"2020-W09": 1, "2020-W10": 3, "2020-W11": 4, "2020-W12": 2}
	total := 0
	for _, r := range rows {
		total += r.Count
		if r.Count != want[r.Period] {
			t.Errorf("%s (%s): %d, want %d", r.Period, r.Start, r.Count, want[r.Period])
		}
	}
	if total != 10 || len(rows) != 4 || rows[0].Start != "2020-02-24" {
		t.Errorf("rows %+v", rows)
	}
	out, errOut, _ := cli("search", "--histogram", "month", "refugee")
	if !strings.HasPrefix(out, "2020-03  10  ") || !strings.Contains(errOut, "10 articles in 1 month") {
		t.Errorf("text: %q, %q", out, errOut)
	}
	if _, _, code := cli("search", "--histogram", "fortnight", "refugee"); code != 2 {
		t.Errorf("a bad period: exit %d", code)
	}
}

// What an import reports: a file of a title only, counts in the singular,
// and text cleaned of control characters whatever field it came in.
func TestImportReportsAndCleans(t *testing.T) {
	cli := cliIn(t)
	dir := writeFiles(t, map[string]string{
		"hello.txt": "Hello world\n",
		"evil.jsonl": `{"title": "Evil \u001b]0;pwned\u0007 title \u001b[31mred", "source": "src\u001b[2J",` +
			` "text": "The body of the story. It is short."}` + "\n",
	})
	_, errOut, code := cli("import", filepath.Join(dir, "hello.txt"))
	if code != 0 || !strings.Contains(errOut, "no body text, title only: "+filepath.Join(dir, "hello.txt")) ||
		!strings.Contains(errOut, "1 file: 1 imported") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
	cli("import", dir)
	js, _, _ := cli("list", "--json")
	if strings.Contains(js, `\u001b`) || strings.Contains(js, `\u0007`) || !strings.Contains(js, `"Evil title red"`) {
		t.Errorf("list --json carries control characters:\n%s", js)
	}
}

func TestCountsAndScores(t *testing.T) {
	for n, want := range map[int]string{0: "0 files", 1: "1 file", 2: "2 files", 6000: "6,000 files", 1234567: "1,234,567 files"} {
		if got := count(n, "file", "files"); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
	for score, want := range map[float64]string{0: "", 0.000001: "  (<0.01)", 3.14159: "  (3.14)"} {
		if got := scoreText(score); got != want {
			t.Errorf("scoreText(%v) = %q, want %q", score, got, want)
		}
	}
}

func TestLargeFileLine(t *testing.T) {
	one := largeFileLine(ingest.LargeFile{Path: "/a/big.txt", Size: 20 << 20, Articles: 1})
	if one != `  large file: /a/big.txt (20.0 MiB, 1 article): one article this long is slow to open and search in the reader` {
		t.Errorf("%q", one)
	}
	many := largeFileLine(ingest.LargeFile{Path: "/a/feed.jsonl", Size: 3 << 30, Articles: 1000000})
	if many != `  large file: /a/feed.jsonl (3072.0 MiB, 1,000,000 articles)` {
		t.Errorf("%q", many)
	}
}

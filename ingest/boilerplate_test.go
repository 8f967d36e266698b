package ingest

import (
	"context"
	"fmt"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// writeSite writes n pages of one site: the same menu and footer lines
// around each page's own text.
func writeSite(t *testing.T, dir string, from, n int) []string {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	var paths []string
	for i := from; i < from+n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("page-%d.txt", i))
		body := fmt.Sprintf("Home | World | Business | Sports\n\nStory number %d of the day\n\n"+
			"Paragraph %d tells what happened in town number %d.\n\nShare   this  article\n", i, i, i)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// learnAll builds an import's line statistics for paths (new files) and
// counts the sample of each group, as an import's workers do before
// parsing the group.
func learnAll(t *testing.T, a lineSource, paths []string) *lineStats {
	t.Helper()
	ctx := context.Background()
	jobs := newJobs(paths)
	st, err := lineStatsFor(ctx, a, jobs)
	if err != nil {
		t.Fatal(err)
	}
	var buf []byte
	for _, task := range st.planTasks(jobs, maxLearnFiles) {
		if task.learn {
			buf = st.learnFile(task.job, buf, nil)
		} else if !st.waitReady(ctx, task.job.group) {
			t.Fatalf("%s: its group is not ready after its sample", task.job.path)
		}
	}
	return st
}

// memLines keeps learned lines in memory as an archive does: a
// lineSource and a lineSink.
type memLines map[string]LineCounts

func (m memLines) Lines(ctx context.Context, group string) (LineCounts, error) {
	c := m[group]
	return LineCounts{Files: c.Files, Lines: maps.Clone(c.Lines)}, nil
}

func (m memLines) LinesByPrefix(ctx context.Context, prefix string, minFiles int) (map[string]LineCounts, error) {
	out := map[string]LineCounts{}
	for k, c := range m {
		if strings.HasPrefix(k, prefix) && c.Files >= minFiles && len(c.Lines) > 0 {
			out[k] = LineCounts{Files: c.Files, Lines: maps.Clone(c.Lines)}
		}
	}
	return out, nil
}

func (m memLines) AddLines(ctx context.Context, group string, files int, lines iter.Seq2[uint64, int32]) error {
	c := m[group]
	c.Files += files
	if c.Lines == nil {
		c.Lines = map[uint64]int32{}
	}
	for h, n := range lines {
		c.Lines[h] += n
	}
	m[group] = c
	return nil
}

// newJobs makes a job of each path, as the walk does.
func newJobs(paths []string) []*fileJob {
	jobs := make([]*fileJob, len(paths))
	for i, p := range paths {
		j := newFileJob(p)
		jobs[i] = &j
	}
	return jobs
}

func TestRepeatedLinesAreLearnedAsBoilerplate(t *testing.T) {
	s := memLines{}
	site := filepath.Join(t.TempDir(), "site")
	paths := writeSite(t, site, 0, 6)
	st := learnAll(t, s, paths)
	bp := fileBoilerplate{stats: st, group: groupKey(paths[0])}
	for _, l := range []string{"Home | World | Business | Sports", "  share this ARTICLE ", "Share this article"} {
		if !bp.IsBoilerplate("", l) {
			t.Errorf("%q is repeated on every page but was not learned", l)
		}
	}
	for _, l := range []string{"Story number 3 of the day", "Paragraph 1 tells what happened in town number 1.", ""} {
		if bp.IsBoilerplate("", l) {
			t.Errorf("%q is a page's own text but was learned", l)
		}
	}
	other := fileBoilerplate{stats: st, group: groupKey("/elsewhere/x.txt")}
	if other.IsBoilerplate("", "Home | World | Business | Sports") {
		t.Error("a line learned in one folder applies to another")
	}

	// Two pages are not enough to call a line furniture.
	few := writeSite(t, filepath.Join(t.TempDir(), "small"), 0, 2)
	st2 := learnAll(t, s, few)
	if (fileBoilerplate{stats: st2, group: groupKey(few[0])}).IsBoilerplate("", "Share this article") {
		t.Error("a line of two pages was learned")
	}
}

func TestBoilerplateIsLearnedPerSourceFromParsedArticles(t *testing.T) {
	ctx := context.Background()
	s := memLines{}
	st := &lineStats{groups: map[string]*lineGroup{}, learned: map[string]*lineGroup{}}
	for i := 0; i < 5; i++ {
		st.learnArticle("Example.com", blockLines([]string{"Follow us on Mastodon", fmt.Sprintf("Story %d's own paragraph.", i)}))
	}
	if err := st.save(ctx, s); err != nil {
		t.Fatal(err)
	}

	// The next import knows the source's furniture before parsing.
	next := learnAll(t, s, nil)
	bp := fileBoilerplate{stats: next, group: groupKey("/feeds/dump.jsonl")}
	if !bp.IsBoilerplate("example.com", "Follow us on  Mastodon") {
		t.Error("the source's repeated line was not learned")
	}
	if bp.IsBoilerplate("example.com", "Story 2's own paragraph.") {
		t.Error("an article's own line was learned")
	}
	if bp.IsBoilerplate("other.org", "Follow us on Mastodon") || bp.IsBoilerplate("", "Follow us on Mastodon") {
		t.Error("a line learned for one source applies to another")
	}
}

// lineHashByRunes is lineHash as first written, rune by rune: the hashes
// are stored in archives, so the fast path must agree with it exactly.
func lineHashByRunes(line string) (uint64, bool) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	n := 0
	space := false
	for _, r := range strings.TrimSpace(line) {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			h = (h ^ ' ') * prime
			space = false
		}
		r = unicode.ToLower(r)
		var buf [utf8.UTFMax]byte
		for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
			h = (h ^ uint64(b)) * prime
			n++
		}
	}
	if n < 2 || n > maxLearnedLine {
		return 0, false
	}
	return h, true
}

func TestLineHashKeepsItsStoredValues(t *testing.T) {
	lines := []string{
		"", "a", "ab", "  Share  on\tFacebook ", "ÉDITION\u00a0Française", "İstanbul ΣΊΣΥΦΟΣ",
		"bad \xff\xfe utf8", "tab\vvertical\fform", strings.Repeat("x", maxLearnedLine),
		strings.Repeat("x", maxLearnedLine+1), strings.Repeat("é", maxLearnedLine/2+1),
	}
	// The articles of package store's tests.
	for _, name := range []string{"../store/testdata/articles"} {
		ents, err := os.ReadDir(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			b, err := os.ReadFile(filepath.Join(name, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(b), "\n")...)
		}
	}
	for _, l := range lines {
		h1, ok1 := lineHash(l)
		h2, ok2 := lineHashByRunes(l)
		if h1 != h2 || ok1 != ok2 {
			t.Fatalf("lineHash(%q) = %x %v, want %x %v", l, h1, ok1, h2, ok2)
		}
	}
}

func FuzzLineHash(f *testing.F) {
	f.Add("Share on Facebook")
	f.Add("ÉDITION\u00a0Française \xff")
	f.Fuzz(func(t *testing.T, l string) {
		h1, ok1 := lineHash(l)
		h2, ok2 := lineHashByRunes(l)
		if h1 != h2 || ok1 != ok2 {
			t.Fatalf("lineHash(%q) = %x %v, want %x %v", l, h1, ok1, h2, ok2)
		}
	})
}

func TestFileLinesSplitsEveryLineEnding(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.txt")
	if err := os.WriteFile(path, []byte("one line\r\ntwo line\rthree line\n\nfour line"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, _ := fileLines(path, nil, nil)
	for _, l := range []string{"one line", "two line", "three line", "four line"} {
		h, _ := lineHash(l)
		if _, ok := got[h]; !ok {
			t.Errorf("line %q not found", l)
		}
	}
	if len(got) != 4 {
		t.Errorf("%d lines, want 4", len(got))
	}
}

// An import's tasks take the groups in turn: a group's sample of new
// files, then its files, so that parsing starts after one group's sample
// instead of all of them. A group of changed files only has no sample
// and nothing to wait for.
func TestTasksLearnEachGroupBeforeParsingIt(t *testing.T) {
	ctx := context.Background()
	s := memLines{}
	root := t.TempDir()
	a := writeSite(t, filepath.Join(root, "a"), 0, 3)
	b := writeSite(t, filepath.Join(root, "b"), 0, maxLearnFiles+2)
	old := writeSite(t, filepath.Join(root, "old"), 0, 1)
	var paths []string
	for i := range b { // the groups' files interleaved
		if i < len(a) {
			paths = append(paths, a[i])
		}
		paths = append(paths, b[i])
	}
	jobs := append(newJobs(paths), newJobs(old)...)
	jobs[len(jobs)-1].known = &KnownFile{ID: 1}
	st, err := lineStatsFor(ctx, s, jobs)
	if err != nil {
		t.Fatal(err)
	}
	tasks := st.planTasks(jobs, maxLearnFiles)

	var got []string
	for _, task := range tasks {
		kind := "parse"
		if task.learn {
			kind = "learn"
		}
		step := kind + " " + filepath.Base(filepath.Dir(task.job.path))
		if len(got) == 0 || got[len(got)-1] != step {
			got = append(got, step)
		}
	}
	want := []string{"learn a", "parse a", "learn b", "parse b", "parse old"}
	if !slices.Equal(got, want) {
		t.Errorf("task order %q, want %q", got, want)
	}
	if len(tasks) != len(jobs)+len(a)+maxLearnFiles {
		t.Errorf("%d tasks for %d files, %d of them sampled", len(tasks), len(jobs), len(a)+maxLearnFiles)
	}

	// b is not ready until its last sampled file is counted.
	waitCtx, cancel := context.WithCancel(ctx)
	cancel()
	if st.waitReady(waitCtx, groupKey(b[0])) {
		t.Error("b is ready before its sample was read")
	}
	if !st.waitReady(waitCtx, groupKey(old[0])) {
		t.Error("a group of changed files waits for a sample it does not have")
	}
	var buf []byte
	for _, task := range tasks {
		if task.learn {
			buf = st.learnFile(task.job, buf, nil)
		}
	}
	if !st.waitReady(waitCtx, groupKey(b[0])) || !st.waitReady(waitCtx, groupKey(a[0])) {
		t.Error("a group is not ready after its sample was read")
	}
	if g := st.groups[groupKey(b[0])]; g.files != maxLearnFiles {
		t.Errorf("b counts %d files, want its sample of %d", g.files, maxLearnFiles)
	}
}

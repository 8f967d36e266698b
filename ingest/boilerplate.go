package ingest

import (
	"context"
	"iter"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// Learned boilerplate: a line is site furniture of a group (the folder a
// file sits in) when it appears in at least minRepeatFiles of the group's
// files and in at least a third of them. Body paragraphs almost never
// repeat across articles; menus, share bars and footers do.
const (
	minRepeatFiles  = 3
	maxLearnedLine  = 300     // longer lines are paragraphs, not furniture
	maxScanBytes    = 1 << 20 // bytes of a file read to learn its lines
	maxLinesInGroup = 1 << 20 // distinct lines counted per group and import
)

// maxLearnFiles is how many new files of a group are read to learn its
// lines, before any file is parsed. A line is furniture when it is on a
// third of the group's pages or more: on 64 pages spread over the group,
// a line on half of them is seen 32 times, give or take 4, against a bar
// of 22, so the sample decides as reading every page would, and the
// import starts writing sooner (an import of 10,000 files in folders of
// 250 ran 6% faster than with a sample of 256; a folder of 100,000 pages
// is no longer read whole before the first is parsed).
const maxLearnFiles = 64

// spread keeps at most k of items, spread evenly over them, in their
// order, the first always: a group's files come in folder order, often
// the order of publication, and a site's furniture changes over the
// years.
func spread[T any](items []T, k int) []T {
	n := len(items)
	if n <= k {
		return items
	}
	out := make([]T, 0, k)
	for at := range items {
		// The at-th of n items is taken when it starts a new k-th of them.
		if at == 0 || at*k/n != (at-1)*k/n {
			out = append(out, items[at])
		}
	}
	return out
}

// lineGroup counts, for one group, in how many files each line appears.
type lineGroup struct {
	files    int              // files of the group, archived and new
	counts   map[uint64]int32 // line hash -> files holding it
	newFiles int              // files counted by this import
	newLines map[uint64]int32 // counts added by this import
	// baseOnly: counts holds the archive's counts only, not newLines.
	baseOnly bool
	// ready is closed when the sample of the group's new files has been
	// counted (nil when there is none); sampling counts the sampled files
	// still to read. Both are set by planTasks.
	ready    chan struct{}
	sampling int
}

func (g *lineGroup) isBoilerplate(h uint64) bool {
	c := int(g.counts[h])
	return c >= minRepeatFiles && c*3 >= g.files
}

// lineStats is the boilerplate knowledge of one import: what the archive
// has learned before plus the lines of the files being imported. groups
// has its keys before parsing starts; a group's counts change (under mu)
// until it is ready, and are only read after that. learned gathers, from
// the parsed articles, the lines of each source (written by the import's
// writer only), for later imports.
type lineStats struct {
	groups  map[string]*lineGroup
	learned map[string]*lineGroup
	mu      sync.Mutex
}

// learnArticle counts the distinct short blocks of an article of a known
// source: furniture that a reader kept in articles of one site, such as
// a feed's or a JSON dump's repeated footer, is learned this way even
// when all the articles come from one file.
func (st *lineStats) learnArticle(source string, lines []uint64) {
	if source == "" {
		return
	}
	k := sourceKey(source)
	g := st.learned[k]
	if g == nil {
		g = &lineGroup{counts: map[uint64]int32{}, newLines: map[uint64]int32{}, baseOnly: true}
		if old := st.groups[k]; old != nil {
			g.counts = old.counts // the archive's counts, to keep repeated lines only
		}
		st.learned[k] = g
	}
	g.newFiles++
	for _, h := range lines {
		g.newLines[h]++
	}
	if len(g.newLines) > maxSourceLines {
		forgetRare(g.newLines, maxSourceLines/2)
	}
}

// maxSourceLines is how many distinct lines a source's count holds before
// the rarest are forgotten. Counted for every article of a source, the
// short blocks that never repeat (subheads, one-line paragraphs) grew
// with the import. Forgetting only the lines seen once did not bound it:
// in a large dump many short lines recur a few times by chance, and the
// count still grew by ~3 lines an article (900,000 lines, ~20 MB, at
// 300,000 generated articles of 40 sources). Furniture is on a third of
// a source's articles or more; keeping the 512 most counted lines and
// forgetting the rest whenever 1,024 are held undercounts a line by at
// most the count of the lines forgotten with it, a small share of the
// source's articles (the lines of an article are spread over hundreds of
// counters), so furniture stays far above the lines forgotten. The memory
// is then at most ~25 KB a source, whatever the import's length.
const maxSourceLines = 1 << 10

// forgetRare drops the lines counted least, so that at most keep lines
// remain: those counted more often than the keep+1-th most counted line
// (ties at the cut go together).
func forgetRare(counts map[uint64]int32, keep int) {
	if len(counts) <= keep {
		return
	}
	ns := make([]int32, 0, len(counts))
	for _, n := range counts {
		ns = append(ns, n)
	}
	slices.Sort(ns)
	cut := ns[len(ns)-keep-1]
	for h, n := range counts {
		if n <= cut {
			delete(counts, h)
		}
	}
}

// sourcePrefix starts the name of a source's group.
const sourcePrefix = "src:"

// sourceKey names the group of a source.
func sourceKey(source string) string { return sourcePrefix + strings.ToLower(source) }

// blockLines returns the distinct learnable hashes of an article's blocks.
func blockLines(texts []string) []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, t := range texts {
		if h, ok := lineHash(t); ok && !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	return out
}

// groupKey names the group of a file for boilerplate learning.
func groupKey(path string) string { return "dir:" + filepath.Dir(path) }

// fileBoilerplate is the formats.BoilerplateSet handed to the parser of
// one file.
type fileBoilerplate struct {
	stats *lineStats
	group string
	site  string // the file's folder site (fileJob.site)
}

// IsBoilerplate implements formats.BoilerplateSet. A line is furniture
// when earlier imports learned it for the article's source (the file's
// folder site when the article names none), or when it repeats across
// the files of this file's folder (known before parsing, where the
// source often is not).
func (f fileBoilerplate) IsBoilerplate(source string, line string) bool {
	h, ok := lineHash(line)
	if !ok {
		return false
	}
	if source == "" {
		source = f.site
	}
	if source != "" {
		if g := f.stats.groups[sourceKey(source)]; g != nil && g.isBoilerplate(h) {
			return true
		}
	}
	g := f.stats.groups[f.group]
	return g != nil && g.isBoilerplate(h)
}

// lineStatsFor builds the statistics of an import: what the archive
// learned of every source, and of the groups of the files to parse. The
// lines of the new files are counted as they are read (see learnFile):
// each group of new files waits, before its first file is parsed, for
// the sample of it that planTasks puts ahead of its files.
func lineStatsFor(ctx context.Context, a lineSource, jobs []*fileJob) (*lineStats, error) {
	st := &lineStats{groups: map[string]*lineGroup{}, learned: map[string]*lineGroup{}}
	// What the archive learned of every source with enough articles to
	// tell furniture (only repeated lines are kept, so this stays small).
	sources, err := a.LinesByPrefix(ctx, sourcePrefix, minRepeatFiles)
	if err != nil {
		return nil, err
	}
	for k, c := range sources {
		st.groups[k] = newLineGroup(c)
	}
	for _, j := range jobs {
		if st.groups[j.group] == nil {
			c, err := a.Lines(ctx, j.group)
			if err != nil {
				return nil, err
			}
			st.groups[j.group] = newLineGroup(c)
		}
	}
	return st, nil
}

// lineSource is where lineStatsFor reads what the archive learned.
type lineSource interface {
	Lines(ctx context.Context, group string) (LineCounts, error)
	LinesByPrefix(ctx context.Context, prefix string, minFiles int) (map[string]LineCounts, error)
}

// newLineGroup is a group with what the archive learned of it.
func newLineGroup(c LineCounts) *lineGroup {
	g := &lineGroup{files: c.Files, counts: c.Lines, newLines: map[uint64]int32{}}
	if g.counts == nil {
		g.counts = map[uint64]int32{}
	}
	return g
}

// importTask is one step of an import's parsing workers: learn the
// lines of a sampled file, or parse a file.
type importTask struct {
	job   *fileJob
	learn bool
}

// planTasks orders an import's work group by group, in the order the
// groups first appear in jobs: a sample of at most k of the group's new
// files to learn (spread), then the group's files to parse. Each group's
// sample is counted while the previous group is parsed, so the first
// article reaches the writer after one group's sample is read, not after
// every group's. The lines of a changed file were counted when it was
// new; a group of changed files only has nothing to wait for.
func (st *lineStats) planTasks(jobs []*fileJob, k int) []importTask {
	var order []string
	byGroup := map[string][]*fileJob{}
	for _, j := range jobs {
		if _, ok := byGroup[j.group]; !ok {
			order = append(order, j.group)
		}
		byGroup[j.group] = append(byGroup[j.group], j)
	}
	tasks := make([]importTask, 0, len(jobs)+k*len(order))
	for _, key := range order {
		files := byGroup[key]
		var fresh []*fileJob
		for _, j := range files {
			if j.known == nil {
				fresh = append(fresh, j)
			}
		}
		sample := spread(fresh, k)
		if len(sample) > 0 {
			g := st.groups[key]
			g.ready = make(chan struct{})
			g.sampling = len(sample)
		}
		for _, j := range sample {
			tasks = append(tasks, importTask{job: j, learn: true})
		}
		for _, j := range files {
			tasks = append(tasks, importTask{job: j})
		}
	}
	return tasks
}

// learnFile counts the lines of j, a sampled file, into its group, read
// into buf (returned, maybe grown, for the next file); a file read whole
// goes to ahead for the parse. The group's last sampled file makes the
// group ready to parse.
func (st *lineStats) learnFile(j *fileJob, buf []byte, ahead *readAhead) []byte {
	lines, buf := fileLines(j.path, buf, ahead)
	g := st.groups[j.group]
	st.mu.Lock()
	defer st.mu.Unlock()
	g.files++
	g.newFiles++
	for h := range lines {
		if _, ok := g.counts[h]; ok || len(g.counts) < maxLinesInGroup {
			g.counts[h]++
			g.newLines[h]++
		}
	}
	if g.sampling--; g.sampling == 0 && g.ready != nil {
		close(g.ready)
	}
	return buf
}

// waitReady waits until the lines of a group are counted, or ctx ends
// (false).
func (st *lineStats) waitReady(ctx context.Context, group string) bool {
	g := st.groups[group]
	if g == nil || g.ready == nil {
		return true
	}
	select {
	case <-g.ready:
		return true
	default:
	}
	select {
	case <-g.ready:
		return true
	case <-ctx.Done():
		return false
	}
}

// lineSink is where save writes: a Writer, in its open batch.
type lineSink interface {
	AddLines(ctx context.Context, group string, files int, lines iter.Seq2[uint64, int32]) error
}

// save adds this import's counts to the archive, in w's open batch.
// Lines seen in one file only are not kept: they are the articles' own
// text.
func (st *lineStats) save(ctx context.Context, w lineSink) error {
	for k, g := range st.learned {
		if err := g.save(ctx, w, k); err != nil {
			return err
		}
	}
	for k, g := range st.groups {
		if err := g.save(ctx, w, k); err != nil {
			return err
		}
	}
	return nil
}

// save adds one group's new counts to the archive.
func (g *lineGroup) save(ctx context.Context, w lineSink, k string) error {
	if g.newFiles == 0 {
		return nil
	}
	return w.AddLines(ctx, k, g.newFiles, func(yield func(uint64, int32) bool) {
		for h, n := range g.newLines {
			total := g.counts[h]
			if g.baseOnly {
				total += n
			}
			if total < 2 {
				continue
			}
			if !yield(h, n) {
				return
			}
		}
	})
}

package content

import (
	"sync"
)

// LineLearner learns the furniture of a source from its files: a line that
// recurs in many files of one source (a menu, a newsletter pitch, a
// copyright notice) is the site's, not an article's. It is a
// BoilerplateSet for Options, safe for concurrent use, so that an archive
// import can feed it files as its workers read them and parse with it.
type LineLearner struct {
	// MinFiles is how many files of a source must carry a line before it
	// counts as furniture; MinShare is the share of the source's files
	// that must carry it. Both must hold.
	MinFiles int
	MinShare float64

	mu    sync.RWMutex
	files map[string]int            // files seen per source
	lines map[string]map[string]int // files carrying each line, per source
}

// NewLineLearner returns a learner calling a line furniture once it occurs
// in at least minFiles files and minShare of the files of its source.
func NewLineLearner(minFiles int, minShare float64) *LineLearner {
	return &LineLearner{
		MinFiles: minFiles, MinShare: minShare,
		files: map[string]int{}, lines: map[string]map[string]int{},
	}
}

// maxLearnedLineBytes skips long lines: furniture is short, and paragraphs
// would only fill memory.
const maxLearnedLineBytes = 200

// Add records the lines of one file of source. Lines are counted once per
// file, in the form ParseText compares them (see TextLines).
func (l *LineLearner) Add(source string, lines []string) {
	seen := make(map[string]bool, len(lines))
	for _, line := range lines {
		if line != "" && len(line) <= maxLearnedLineBytes {
			seen[line] = true
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.files[source]++
	counts := l.lines[source]
	if counts == nil {
		counts = map[string]int{}
		l.lines[source] = counts
	}
	for line := range seen {
		counts[line]++
	}
}

// IsBoilerplate reports whether line recurs in enough files of source.
func (l *LineLearner) IsBoilerplate(source, line string) bool {
	l.mu.RLock()
	defer l.mu.RUnlock()
	n := l.lines[source][line]
	total := l.files[source]
	return n >= l.MinFiles && total > 0 && float64(n) >= l.MinShare*float64(total)
}

// TextLines returns the lines of a plain-text file as ParseText sees them
// (decoded, sanitized, white space folded, blank lines and repeats
// dropped), for learning a source's furniture before parsing its files.
func TextLines(data []byte) ([]string, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	units := splitUnits(Sanitize(text))
	lines := make([]string, len(units))
	for i, u := range units {
		lines[i] = u.text
	}
	return lines, nil
}

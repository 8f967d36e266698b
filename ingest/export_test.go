package ingest

import "testing"

// What follows is for the tests of package ingest_test, which run the
// pipeline against a real archive: package store imports this package,
// so tests in it cannot import store.

// MaxLearnFiles is maxLearnFiles.
const MaxLearnFiles = maxLearnFiles

// GroupKey is groupKey.
var GroupKey = groupKey

// WriteSite is writeSite.
var WriteSite = writeSite

// Learned is what an import knows of the lines of new files before it
// parses them (learnAll).
type Learned struct{ st *lineStats }

// LearnAll is learnAll.
func LearnAll(t *testing.T, a Archive, paths []string) Learned { return Learned{learnAll(t, a, paths)} }

// IsBoilerplate tells whether line is furniture in an article of source
// read from the file at path.
func (l Learned) IsBoilerplate(path, source, line string) bool {
	return fileBoilerplate{stats: l.st, group: groupKey(path)}.IsBoilerplate(source, line)
}

// GroupFiles is how many files the group of path counts; -1 when it has
// no statistics.
func (l Learned) GroupFiles(path string) int {
	g := l.st.groups[groupKey(path)]
	if g == nil {
		return -1
	}
	return g.files
}

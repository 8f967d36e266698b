//go:build linux

package store

import (
	"context"
	"fmt"
	"syscall"
	"testing"
)

// BenchmarkSearchFresh is one search on a Store opened for it and closed
// after it, as `newsreader search` does from the shell: every iteration
// pays what BenchmarkSearch pays once (the schema read by the first
// statement, each year's statements prepared and its FTS5 table
// connected, a new memory map whose pages fault in on first touch).
// The queries are the ones the shell figures in BENCHMARKS.md use, and
// "sparse": the word in 3 to 8 of the years with the most articles (a
// name of a few years; matchable leaves the other years out). Reports
// CPU and minor page faults per search; "open" is Open, one statement
// and Close alone.
func BenchmarkSearchFresh(b *testing.B) {
	path := benchArchivePath(b)
	ctx := context.Background()
	once := func(q string) error {
		s, err := Open(path, OpenOptions{ReadOnly: true})
		if err != nil {
			return err
		}
		defer s.Close()
		if q == "" {
			_, err = s.Version(ctx)
			return err
		}
		res, err := s.Search(ctx, q, 20)
		if err == nil && len(res) == 0 {
			err = fmt.Errorf("no result for %q", q)
		}
		return err
	}
	s := openBench(b)
	sparse := archiveStrings(b, s, "words in few years", `SELECT term FROM term_years GROUP BY term
		HAVING count(*) BETWEEN 3 AND 8 ORDER BY sum(docs) DESC LIMIT 1`)[0]
	b.Logf("sparse: %q", sparse)
	for _, c := range []struct{ name, q string }{{"open", ""}, {"broad", "about agency"}, {"narrow", "coffee exports"}, {"sparse", sparse}} {
		b.Run(c.name, func(b *testing.B) {
			f0 := minorFaults()
			benchLatency(b, []string{c.q}, once)
			b.ReportMetric(float64(minorFaults()-f0)/float64(b.N), "faults/op")
		})
	}
}

// minorFaults is the process's count of minor page faults so far.
func minorFaults() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Minflt
}

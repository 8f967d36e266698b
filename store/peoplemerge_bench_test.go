package store

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkPeopleIndex times the people index as the CLI (People, 50)
// and the reader's people view (PeopleMatching, 1,000, unfiltered and
// filtered) ask for it, merges included. On an archive with one-word
// names (see BENCHMARKS-store.md for the copy that adds them) each list
// also reads the full names ending with its one-word names, in one pass.
func BenchmarkPeopleIndex(b *testing.B) {
	s := openBench(b)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		f    func() (int, error)
	}{
		{"People50", func() (int, error) { ps, err := s.People(ctx, 50); return len(ps), err }},
		{"View1000", func() (int, error) { ps, err := s.PeopleMatching(ctx, "", 1000); return len(ps), err }},
		{"ViewFiltered", func() (int, error) { ps, err := s.PeopleMatching(ctx, "a", 1000); return len(ps), err }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			benchLatency(b, []string{""}, func(string) error {
				n, err := c.f()
				if err == nil && n == 0 {
					err = fmt.Errorf("no people")
				}
				return err
			})
		})
	}
}

package store

import (
	"context"
	"math"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/newsreader/newsreader/internal/cputime"
)

// exhaustiveTop is the best n article ids for text as one FTS5 index over
// the archive would rank them: every match scored with the archive's
// statistics. exactScore's formula is checked against
// a real single FTS5 index in TestExactScoreIsOneIndexBM25.
func exhaustiveTop(tb testing.TB, s *Store, text string, n int) []int64 {
	ctx := context.Background()
	q, err := parseQuery(text)
	if err != nil {
		tb.Fatal(err)
	}
	f, _, err := s.filterOf(ctx, q)
	if err != nil {
		tb.Fatal(err)
	}
	st, err := s.statsOf(ctx, f.phrases)
	if err != nil {
		tb.Fatal(err)
	}
	parts, err := s.partitions(ctx, 0, math.MaxInt64)
	if err != nil {
		tb.Fatal(err)
	}
	var cs []cand
	for _, y := range parts {
		keys, err := s.newestMatches(ctx, partName(y), f, math.MaxInt32)
		if err != nil {
			tb.Fatal(err)
		}
		for _, k := range keys {
			sc, _, err := s.exactScore(ctx, k, f.phrases, st)
			if err != nil {
				tb.Fatal(err)
			}
			cs = append(cs, cand{key: k, score: sc})
		}
	}
	sortCands(cs)
	var ids []int64
	for _, c := range cs[:min(n, len(cs))] {
		var id int64
		if err := s.db.QueryRow(`SELECT id FROM articles WHERE fts_key = ?`, c.key).Scan(&id); err != nil {
			tb.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// medianFloat is the median of xs.
func medianFloat(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// BenchmarkRankOverlap measures, on the benchmark archive
// (NEWSREADER_BENCH_DB), the top-10 overlap of Search with an exhaustive
// single-index BM25 for broad and narrow queries (median and least over
// the queries, out of 10 or of the matches when fewer, target median >=
// 9), and Search's latency and CPU for the
// same queries. The reference scores every match: ~1 s a broad query at
// 100,000 articles, ~10 s at a million.
func BenchmarkRankOverlap(b *testing.B) {
	s := openBench(b)
	broad, narrow := benchQueries(b, s)
	for _, set := range []struct {
		name    string
		queries []string
	}{{"broad", broad[:min(5, len(broad))]}, {"narrow", narrow[:min(5, len(narrow))]}} {
		b.Run(set.name, func(b *testing.B) {
			want := map[string][]int64{}
			for _, q := range set.queries {
				want[q] = exhaustiveTop(b, s, q, 10)
			}
			// Out of 10: a narrow query may have fewer than 10 matches,
			// and then the share of them found counts.
			var overlaps []float64
			var lat []float64
			b.ResetTimer()
			c0 := cputime.Process()
			for i := 0; i < b.N; i++ {
				q := set.queries[i%len(set.queries)]
				t0 := time.Now()
				res, err := s.Search(context.Background(), q, 10)
				if err != nil {
					b.Fatal(err)
				}
				lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
				n := 0
				for _, r := range res {
					if slices.Contains(want[q], r.ID) {
						n++
					}
				}
				overlaps = append(overlaps, 10*float64(n)/float64(max(1, len(want[q]))))
			}
			b.StopTimer()
			b.ReportMetric((cputime.Process()-c0).Seconds()*1000/float64(b.N), "cpu-ms/op")
			sort.Float64s(lat)
			b.ReportMetric(lat[len(lat)/2], "p50-ms")
			b.ReportMetric(medianFloat(overlaps), "overlap-median")
			b.ReportMetric(slices.Min(overlaps), "overlap-min")
			b.Logf("%q: overlaps %v", set.queries, overlaps)
		})
	}
}

package store

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"
)

func TestZZPhases(t *testing.T) {
	path := os.Getenv("ZZ_DB")
	if path == "" {
		t.Skip()
	}
	s, err := Open(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range strings.Split(os.Getenv("ZZ_Q"), ",") {
		for rep := 0; rep < 2; rep++ {
			fq, _ := parseQuery(q)
			f, _, _ := s.filterOf(ctx, fq)
			parts, _ := s.partitions(ctx, f.lo, f.hi)
			t0 := time.Now()
			s.newestRanked(ctx, parts, f, 10, DefaultCandidates)
			t1 := time.Now()
			st, _ := s.statsOf(ctx, f.phrases)
			t2 := time.Now()
			n := 0
			var keys []int64
			for _, y := range parts {
				hs, _ := s.titleMatches(ctx, y, f, perYearCandidates)
				n += len(hs)
				for _, h := range hs {
					keys = append(keys, h.key)
				}
			}
			t3 := time.Now()
			for _, k := range keys {
				s.exactScore(ctx, k, f.phrases, st)
			}
			t4 := time.Now()
			t.Logf("%q newest %v stats %v title %v (%d) exact %v", q, t1.Sub(t0), t2.Sub(t1), t3.Sub(t2), n, t4.Sub(t3))
		}
	}
}

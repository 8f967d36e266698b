package store

import (
	"context"
	"slices"
	"strings"
	"time"
)

// This file gives the reader's coverage chart its counts per day; they
// are counted as the CLI's histogram counts them (matchDays, histogram.go).

// DayCount is the number of matching articles published on one day.
type DayCount struct {
	Day   time.Time // midnight UTC
	Count int
}

// CoverageDays counts the articles matching a search (the syntax of
// Search; "" or only spaces is every article) per day of publication,
// oldest first, leaving out empty days and undated articles (see
// matchDays: no article row is read).
func (s *Store) CoverageDays(ctx context.Context, text string) ([]DayCount, error) {
	q := &ftsQuery{}
	if strings.TrimSpace(text) != "" {
		var err error
		if q, err = parseQuery(text); err != nil {
			return nil, err
		}
	}
	counts, err := s.matchDays(ctx, q)
	if err != nil {
		return nil, err
	}
	return sortedDays(counts), nil
}

// sortedDays turns day numbers (see dayOf) and their counts into dates,
// oldest first.
func sortedDays(counts map[int64]int) []DayCount {
	out := make([]DayCount, 0, len(counts))
	for d, n := range counts {
		out = append(out, DayCount{Day: time.Unix((d-unixDay0-1)*86400, 0).UTC(), Count: n})
	}
	slices.SortFunc(out, func(a, b DayCount) int { return a.Day.Compare(b.Day) })
	return out
}

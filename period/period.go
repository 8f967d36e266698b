// Package period names the periods that coverage over time is counted
// by (day, ISO week, month, year) and adds counts per day up into them.
// The store counts, `search --histogram` prints and the reader's chart
// draws with the same type, so that a period means one thing throughout.
package period

import (
	"fmt"
	"strings"
	"time"
)

// Unit is the period a histogram counts articles by.
type Unit int

// The periods. Weeks are ISO weeks, Monday to Sunday.
const (
	Day Unit = iota
	Week
	Month
	Year
)

// ParseUnit reads a period's name: day, week, month or year.
func ParseUnit(s string) (Unit, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "day":
		return Day, nil
	case "week":
		return Week, nil
	case "month":
		return Month, nil
	case "year":
		return Year, nil
	}
	return 0, fmt.Errorf("unknown period %q (want day, week, month or year)", s)
}

// String is the unit's name, as ParseUnit reads it.
func (u Unit) String() string {
	switch u {
	case Week:
		return "week"
	case Month:
		return "month"
	case Year:
		return "year"
	}
	return "day"
}

// Start is the first day (UTC midnight) of the period of unit that holds t.
func (u Unit) Start(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	switch u {
	case Week:
		back := (int(t.UTC().Weekday()) + 6) % 7 // days since Monday
		return time.Date(y, m, d-back, 0, 0, 0, 0, time.UTC)
	case Month:
		return time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	case Year:
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Next is the start of the period after the one starting at start.
func (u Unit) Next(start time.Time) time.Time {
	switch u {
	case Week:
		return start.AddDate(0, 0, 7)
	case Month:
		return start.AddDate(0, 1, 0)
	case Year:
		return start.AddDate(1, 0, 0)
	}
	return start.AddDate(0, 0, 1)
}

// Count is how many periods of u there are from the one holding first
// to the one holding last, both included.
func (u Unit) Count(first, last time.Time) int {
	first, last = u.Start(first), u.Start(last)
	switch u {
	case Year:
		return last.Year() - first.Year() + 1
	case Month:
		return (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	case Week:
		return int(last.Sub(first).Hours()/24/7) + 1
	}
	return int(last.Sub(first).Hours()/24) + 1
}

// Bucket is the number of matching articles published in one period.
type Bucket struct {
	// Start is the period's first day, at midnight UTC.
	Start time.Time `json:"start"`
	Count int       `json:"count"`
}

// Group adds counts per day (oldest first, as Store.Histogram by Day
// gives them) up per period of u, every period from the first to the
// last included, empty ones too: the axis is time. nil for no days.
func Group(days []Bucket, u Unit) []Bucket {
	if len(days) == 0 {
		return nil
	}
	out := make([]Bucket, 0, u.Count(days[0].Start, days[len(days)-1].Start))
	next := u.Start(days[0].Start)
	for _, d := range days {
		for !next.After(d.Start) {
			out = append(out, Bucket{Start: next})
			next = u.Next(next)
		}
		out[len(out)-1].Count += d.Count
	}
	return out
}

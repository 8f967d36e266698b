package formats

import (
	"strings"
	"time"
)

// dateLayouts are the date forms found in scraper dumps and feeds. Layouts
// with a zone give an RFC 3339 timestamp; the others give the date alone,
// since a time without its zone would claim a precision we do not have.
var dateLayouts = []struct {
	layout   string
	withZone bool
}{
	{time.RFC3339Nano, true},
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02 15:04:05Z07:00", true},
	{"2006-01-02 15:04:05 -0700", true},
	{"2006-01-02 15:04:05 -0700 MST", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true},
	{time.RFC822Z, true},
	{time.RFC822, true},
	{"2006-01-02T15:04:05", false},
	{"2006-01-02T15:04", false},
	{"2006-01-02 15:04:05", false},
	{"2006-01-02 15:04", false},
	{time.DateOnly, false},
	{"2006/01/02", false},
	{"January 2, 2006", false},
	{"Jan 2, 2006", false},
	{"Jan. 2, 2006", false},
	{"2 January 2006", false},
	{"2 Jan 2006", false},
}

// normalizeDate turns a date as written in a dump or a feed into
// YYYY-MM-DD or RFC 3339; "" when it cannot be read (never a guess). A
// timestamp at midnight exactly is a date that was stored as a timestamp
// (newspaper writes dates so), and gives the date alone.
func normalizeDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, l := range dateLayouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1800 || t.Year() > 2200 {
			return ""
		}
		if l.withZone && (t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0) {
			return t.Format(time.RFC3339)
		}
		return t.Format(time.DateOnly)
	}
	return ""
}

// formatTime renders a parsed timestamp (from a feed) as RFC 3339, or as
// the date alone at midnight exactly; "" for the zero time.
func formatTime(t *time.Time) string {
	if t == nil || t.IsZero() {
		return ""
	}
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}

package content

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Precision is how much of a date a source stated: a year alone, a month,
// a day, or an instant with its time and zone.
type Precision uint8

// The precisions, from none (no date known) to an instant.
const (
	PrecisionNone Precision = iota
	PrecisionYear
	PrecisionMonth
	PrecisionDay
	PrecisionInstant
)

// Date is when an article was published, to the precision its source
// stated it: "2016" stays a year, "2016-12-16" a day, and a timestamp keeps
// its time and zone. The zero Date is "unknown" (a date is never invented).
//
// It is carried as a value from the readers to the archive and the screen,
// and written out as text only at the edges: String gives the forms of the
// JSON contract (YYYY, YYYY-MM, YYYY-MM-DD or RFC 3339), which ParseDate
// reads back.
type Date struct {
	t    time.Time
	prec Precision
}

// DateOf is t to precision p; the parts of t finer than p are dropped, and
// a date at any precision but an instant is kept in UTC.
func DateOf(t time.Time, p Precision) Date {
	switch p {
	case PrecisionNone:
		return Date{}
	case PrecisionInstant:
		return Date{t: t, prec: p}
	case PrecisionYear:
		return Date{t: time.Date(t.Year(), 1, 1, 0, 0, 0, 0, time.UTC), prec: p}
	case PrecisionMonth:
		return Date{t: time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC), prec: p}
	default:
		return Date{t: time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), prec: PrecisionDay}
	}
}

// dateForms are the written forms ParseDate reads, finest first. The last
// of the instants have no zone: archives written by earlier versions may
// hold them, and they are read as UTC.
var dateForms = []struct {
	layout string
	prec   Precision
}{
	{time.RFC3339Nano, PrecisionInstant},
	{"2006-01-02T15:04:05", PrecisionInstant},
	{"2006-01-02 15:04:05", PrecisionInstant},
	{time.DateOnly, PrecisionDay},
	{"2006-01", PrecisionMonth},
	{"2006", PrecisionYear},
}

// ParseDate reads a date in one of the forms String writes (and instants
// without a zone, as UTC). "" gives the zero Date; ok is false for text it
// cannot read or a year outside 1..9999.
func ParseDate(s string) (d Date, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, true
	}
	for _, f := range dateForms {
		t, err := time.Parse(f.layout, s)
		if err != nil {
			continue
		}
		if t.Year() < 1 || t.Year() > 9999 {
			return Date{}, false
		}
		return DateOf(t, f.prec), true
	}
	return Date{}, false
}

// MustParseDate is ParseDate for text the program wrote itself; text it
// cannot read gives the zero Date.
func MustParseDate(s string) Date {
	d, _ := ParseDate(s)
	return d
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.prec == PrecisionNone }

// Precision is how much of the date is known.
func (d Date) Precision() Precision { return d.prec }

// Time is the date as a time: the first instant of its year, month or day
// in UTC, or the instant itself; the zero time when unknown.
func (d Date) Time() time.Time { return d.t }

// String writes the date as the JSON contract does: "" when unknown,
// "2016", "2016-12", "2016-12-16", or RFC 3339 for an instant.
func (d Date) String() string {
	switch d.prec {
	case PrecisionYear:
		return d.t.Format("2006")
	case PrecisionMonth:
		return d.t.Format("2006-01")
	case PrecisionDay:
		return d.t.Format(time.DateOnly)
	case PrecisionInstant:
		return d.t.Format(time.RFC3339)
	}
	return ""
}

// Day is the date to the day at most, for lists and tables: "2016-12-16"
// (an instant's day in its own zone), "2016-12", "2016", or "".
func (d Date) Day() string {
	if d.prec == PrecisionInstant {
		return d.t.Format(time.DateOnly)
	}
	return d.String()
}

// MarshalJSON writes String as a JSON string.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a JSON string that ParseDate reads.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	return d.UnmarshalText([]byte(s))
}

// MarshalText writes String.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads what ParseDate reads.
func (d *Date) UnmarshalText(b []byte) error {
	v, ok := ParseDate(string(b))
	if !ok {
		return fmt.Errorf("not a date: %q", b)
	}
	*d = v
	return nil
}

// Value stores the date as its text, "" when unknown, as archives hold it.
func (d Date) Value() (driver.Value, error) { return d.String(), nil }

// Scan reads a date stored as text (NULL is unknown). Text it cannot read
// is unknown too: a date is never invented from a damaged row.
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
	case string:
		*d = MustParseDate(v)
	case []byte:
		*d = MustParseDate(string(v))
	default:
		return fmt.Errorf("content.Date: cannot scan %T", src)
	}
	return nil
}

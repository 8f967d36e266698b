package formats

import (
	"fmt"
	"io"
	"time"
)

// Options tune parsing. The zero value is valid.
type Options struct {
	// Boilerplate, when set, reports lines learned to be site furniture
	// for a source, e.g. lines repeated across many files of one site.
	Boilerplate BoilerplateSet
	// Modified is the file's own time (its modification time, or a
	// record's capture time): no publication date can be later. Zero
	// means now. ParseFile sets it from the file when it is zero.
	Modified time.Time
}

// dateSlack is how far past the file's time a stated date may fall and
// still be taken: a date written in the publisher's time zone, or a file
// saved just before midnight of another zone.
const dateSlack = 36 * time.Hour

// latest is the latest publication time a date may state: the file's
// time (or now) plus dateSlack.
func (o Options) latest() time.Time {
	t := o.Modified
	if t.IsZero() {
		t = time.Now()
	}
	return t.Add(dateSlack)
}

// BoilerplateSet answers whether a line is known furniture of a source.
type BoilerplateSet interface {
	IsBoilerplate(source, line string) bool
}

// format reads one kind of archive file.
type format struct {
	// Name is the format's short name, stored as Article.Format.
	Name string
	// Detect reports whether a file with this name, whose first bytes
	// are head (up to 4 KiB, already decompressed), is in this format.
	Detect func(name string, head []byte) bool
	// Read parses r and hands each article, unfinished, to out (see
	// draft). A problem with one record of a multi-record file goes to
	// out.fail as a *RecordError, and reading goes on; a problem with the
	// file as a whole is returned.
	Read func(name string, r io.Reader, opts Options, out *sink) error
}

// RecordError is a problem with one record of a multi-record file.
type RecordError struct {
	File   string
	Record string // record number or identifier
	Err    error
}

func (e *RecordError) Error() string {
	return fmt.Sprintf("%s: record %s: %v", e.File, e.Record, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

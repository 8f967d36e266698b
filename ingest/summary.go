package ingest

import (
	"context"
	"errors"
	"time"
)

// Progress is reported during an import, at most about ten times a
// second and once at the end.
type Progress struct {
	// Phase is "scanning" (finding the files and looking them up in the
	// archive), "importing", or "indexing": every file is read, and the
	// last batch and the merge of the search index are being written
	// (seconds for a big import, when the bar would sit at its end).
	Phase string
	// Done and Total count files; Done includes unchanged files.
	Done, Total int
	// Articles counts articles written (new or updated) so far.
	Articles int
	// Rate is files finished per second over the importing phase.
	Rate float64
	// ETA estimates the time left; 0 when unknown.
	ETA time.Duration
}

// Summary says what an import did. Article counts: Imported new,
// Updated changed, Unchanged (including those of skipped files),
// Duplicates (same content as an archived article, not stored again),
// Removed (records a changed file no longer has). Failed counts files
// and records that could not be imported, the first MaxFailures of them
// listed in Failures.
type Summary struct {
	Files      int `json:"files"`
	Imported   int `json:"imported"`
	Updated    int `json:"updated"`
	Unchanged  int `json:"unchanged"`
	Duplicates int `json:"duplicates"`
	Removed    int `json:"removed"`
	Failed     int `json:"failed"`
	// NotArticles counts the files of the folders walked that hold no
	// article: left unread because their names say so
	// (formats.NotArticleName), or read and found binary or XML that is
	// no feed or page (formats.HoldsNoArticle). They are in Files, not in
	// Failed.
	NotArticles int       `json:"not_articles"`
	Failures    []Failure `json:"failures"`
	// NoText counts the articles stored with a title and no body text (a
	// file of one short line, a record of a title only): kept, as the
	// title may be all there is, but said, since the reader shows them
	// empty. NoTextPaths names the files of the first maxNoTextPaths.
	NoText      int      `json:"no_text"`
	NoTextPaths []string `json:"no_text_paths"`
	// LargeFiles are the files imported past LargeFileBytes, said
	// because they are slow: one article from such a file is long to
	// open and search in the reader.
	LargeFiles []LargeFile   `json:"large_files"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	// Canceled is set when the context ended the import early; what was
	// written before stays in the archive.
	Canceled bool `json:"canceled"`
}

// Failure is a file (or one record of it) that could not be imported.
type Failure struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// LargeFileBytes is the file size past which an import names the file
// in Summary.LargeFiles. A plain-text file this big that holds one
// article (no story breaks, see content/formats' splitting) makes an
// article of about 150,000 lines.
const LargeFileBytes = 8 << 20

// LargeFile is a file imported past LargeFileBytes and the articles
// written of it.
type LargeFile struct {
	Path     string `json:"path"`
	Size     int64  `json:"size"`
	Articles int    `json:"articles"`
}

// count adds the outcome of writing one article.
func (sum *Summary) count(out Outcome) {
	switch out {
	case Inserted:
		sum.Imported++
	case Updated:
		sum.Updated++
	case Unchanged:
		sum.Unchanged++
	case Duplicate:
		sum.Duplicates++
	}
}

// maxNoTextPaths bounds Summary.NoTextPaths: a dump of titles only
// would otherwise list every record.
const maxNoTextPaths = 20

// noText counts an article of the file at path stored without body text.
func (sum *Summary) noText(path string) {
	sum.NoText++
	if len(sum.NoTextPaths) < maxNoTextPaths {
		sum.NoTextPaths = append(sum.NoTextPaths, path)
	}
}

// MaxFailures bounds Summary.Failures: a dump of a million broken
// records would otherwise hold (and the command print) a million reasons.
// Failed counts them all.
const MaxFailures = 1000

// fail counts a file or record that could not be imported, and lists it
// while fewer than MaxFailures are listed.
func (sum *Summary) fail(path, reason string) {
	sum.Failed++
	if len(sum.Failures) < MaxFailures {
		sum.Failures = append(sum.Failures, Failure{Path: path, Reason: reason})
	}
}

// finish completes the summary of an import begun at start and passes
// err through.
func (sum *Summary) finish(start time.Time, err error) error {
	sum.Elapsed = time.Since(start)
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		sum.Canceled = true
	}
	if sum.NoTextPaths == nil {
		sum.NoTextPaths = []string{}
	}
	if sum.Failures == nil {
		sum.Failures = []Failure{}
	}
	if sum.LargeFiles == nil {
		sum.LargeFiles = []LargeFile{}
	}
	return err
}

// importProgress is the progress an import reports as it writes.
type importProgress struct {
	Progress
	report  func(Progress)
	start   time.Time // when writing began
	skipped int       // files found unchanged, done before it
	last    time.Time // of the last report
}

// send reports the progress with its rate and ETA.
func (p *importProgress) send() {
	el := time.Since(p.start).Seconds()
	if parsed := p.Done - p.skipped; el > 0 && parsed > 0 {
		p.Rate = float64(parsed) / el
		p.ETA = time.Duration(float64(p.Total-p.Done) / p.Rate * float64(time.Second)).Round(time.Second)
	}
	p.report(p.Progress)
}

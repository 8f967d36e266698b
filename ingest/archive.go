// Package ingest is the import pipeline: it walks files and folders,
// tells the unchanged files from the new and changed ones, learns the
// lines repeated across a folder's pages (site furniture), parses the
// files on one worker per core through package content and hands their
// articles to an archive's single writer in batches.
//
// It knows no database. An archive backend (package store, SQLite)
// implements Archive and Writer, the narrow interface defined here; the
// pipeline decides what is new, what changed and what to learn, the
// backend how it is stored.
package ingest

import (
	"context"
	"iter"

	"github.com/newsreader/newsreader/content"
)

// Archive is what an import needs of an archive. Its methods may be
// called from several goroutines at once; the writes go through the one
// Writer that OpenWriter gives out at a time.
type Archive interface {
	// Holds reports whether path is one of the archive's own files (the
	// database and its side files), which an import of the folder they
	// sit in must not read.
	Holds(path string) bool
	// Prepare turns a parsed article into what the archive's writer
	// stores (compressed, its index text built), so that the one writer
	// only writes. The parsing workers call it concurrently.
	Prepare(a *content.Article) (Prepared, error)
	// KnownFiles looks paths up in the archive and calls known, in the
	// order of paths, with the index and the record of each path the
	// archive has a file for.
	KnownFiles(ctx context.Context, paths []string, known func(i int, f KnownFile)) error
	// Lines is what earlier imports learned of a group of files (zero
	// when nothing): see Writer.AddLines.
	Lines(ctx context.Context, group string) (LineCounts, error)
	// LinesByPrefix is Lines for every group whose name starts with
	// prefix and which counts at least minFiles files; groups without
	// lines are left out.
	LinesByPrefix(ctx context.Context, prefix string, minFiles int) (map[string]LineCounts, error)
	// OpenWriter takes the archive's writer; the next OpenWriter waits
	// until it is closed. An archive that cannot be written gives an
	// error here.
	OpenWriter(ctx context.Context, o WriterOptions) (Writer, error)
}

// Prepared is an article made ready for one archive's writer by its
// Prepare; only that archive's Writer.Put takes it.
type Prepared interface {
	// Weight is about the memory it holds, in bytes: the parsed
	// articles waiting for the writer are bounded by their weight.
	Weight() int64
	// IndexBytes is the length of the text it adds to the search index,
	// which bounds a batch.
	IndexBytes() int
}

// WriterOptions tune a Writer.
type WriterOptions struct {
	// DeferUpkeep lets the writer put off, until Upkeep, work that a big
	// import would otherwise do over and over (the SQLite archive:
	// merging the search index of a year the import adds much to).
	DeferUpkeep bool
}

// Writer writes an import into the archive, in batches: Begin opens
// one, Commit makes it durable, Rollback drops it. It is used by one
// goroutine at a time. Every method takes the context of its own
// statements: the pipeline passes one that is not cancelled with the
// import, so that a stopped import still commits what it wrote.
type Writer interface {
	// Begin opens a batch, unless one is open.
	Begin(ctx context.Context) error
	// FileID returns the archive's id of the file at path, recording it
	// as not yet read; isNew says that KnownFiles did not know it, which
	// spares a lookup.
	FileID(ctx context.Context, path string, isNew bool) (FileID, error)
	// Put writes one article of a file: new, a new version of the
	// file's article with its record key (content.Article.Key, which p
	// carries), the same again, or a duplicate (same
	// content as another archived article, not stored). fresh says the
	// file holds no article with that key yet (a file new to the archive
	// and a key not met before in it), so that the article can only be
	// new or a duplicate.
	Put(ctx context.Context, file FileID, p Prepared, fresh bool) (Outcome, error)
	// Touch records a new modification time for a file whose bytes are
	// unchanged.
	Touch(ctx context.Context, file FileID, mtime int64) error
	// FinishFile records a file read to its end, with its state, and
	// removes its archived articles whose record keys are not in keys
	// (the records the new version no longer has); it returns how many
	// it removed. fresh says the file was new to the archive, so that it
	// has no others.
	FinishFile(ctx context.Context, file FileID, st FileState, keys *RecordKeys, fresh bool) (removed int, err error)
	// AddLines adds to a group's learned lines: files more files counted,
	// and, for each line hash, the files (or articles) holding it.
	AddLines(ctx context.Context, group string, files int, lines iter.Seq2[uint64, int32]) error
	// Commit ends the open batch, if any.
	Commit(ctx context.Context) error
	// Rollback drops the open batch, if any.
	Rollback(ctx context.Context) error
	// Upkeep does the work DeferUpkeep put off; it stops when ctx ends.
	Upkeep(ctx context.Context) error
	// Close drops an open batch, undoes what DeferUpkeep changed for the
	// length of the import (the SQLite archive: merging turned off) and
	// gives the writer back.
	Close(ctx context.Context) error
}

// FileID is an archive's id of a file.
type FileID int64

// FileState is what an archive records of a file to tell, at the next
// import, whether it changed.
type FileState struct {
	Size  int64
	MTime int64 // Unix nanoseconds
	Hash  []byte
}

// KnownFile is an archive's record of a file.
type KnownFile struct {
	ID FileID
	FileState
	// Articles counts the articles the archive holds from it.
	Articles int
}

// LineCounts is what an archive learned of a group's lines: in how many
// of its files each line hash appears.
type LineCounts struct {
	Files int
	Lines map[uint64]int32
}

// Outcome is what writing one article did.
type Outcome int

// What Writer.Put did.
const (
	Inserted Outcome = iota
	Updated
	Unchanged
	Duplicate
)

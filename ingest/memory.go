package ingest

import "github.com/newsreader/newsreader/internal/memlimit"

// MemoryLimit is the Go runtime's soft memory limit for an import run
// from the command line (SetMemoryLimit). An import's live heap is tens
// of megabytes (articles in flight, bounded by inflightBytes, the
// batch's rows, bounded counts), but without a limit the heap may grow
// to twice its live size between collections, and a run of huge
// articles raises the live size for a while; the limit keeps the heap
// near what is live when memory is short: with SQLite's page caches
// beside it, importing a JSON Lines file of a million records held
// ~320 MB resident, flat (BENCHMARKS.md).
const MemoryLimit = 256 << 20

// SetMemoryLimit sets the runtime's soft memory limit to MemoryLimit,
// unless the user set one (GOMEMLIMIT, which getenv reads) or one is set
// already. It returns the limit in force. It is for a command that
// imports, as it changes the whole process.
func SetMemoryLimit(getenv func(string) string) int64 {
	return memlimit.Set(getenv, MemoryLimit)
}

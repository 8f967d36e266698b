package reader

import "github.com/newsreader/newsreader/internal/memlimit"

// MemoryLimit is the soft memory limit of the Go runtime the program
// running the reader sets (see SetMemoryLimit). A 20 MB article, rendered
// and searched, holds about 131 MB of live heap: its text, its rendered
// lines, their plain and folded text, per-line offsets and word counts.
// With the default GOGC the heap is allowed to grow to twice the live
// heap between collections, plus the renderer's garbage between pieces:
// 342-371 MB resident. Under this limit the collector runs earlier once the
// heap nears it: 258-268 MB resident, the keystroke as fast (0.05-0.1 ms),
// the background count of a word's 692,536 matches slower (about 1.2 s
// against 3.4 s wall on a loaded machine, CPU for the whole run about the
// same). A smaller heap never reaches it and pays nothing; a heap that
// outgrows it (an article far larger) is only collected more often, as
// the limit is soft. BENCHMARKS.md has the measurement.
const MemoryLimit = 256 << 20

// SetMemoryLimit sets the runtime's soft memory limit to MemoryLimit,
// unless the user set one (GOMEMLIMIT, which getenv reads) or one is set
// already; it returns the limit in force.
func SetMemoryLimit(getenv func(string) string) int64 {
	return memlimit.Set(getenv, MemoryLimit)
}

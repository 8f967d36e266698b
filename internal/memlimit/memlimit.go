// Package memlimit sets the Go runtime's soft memory limit for a command,
// leaving alone a limit the user chose. The reader and the import each
// have their own figure and reasons (ui/reader.MemoryLimit,
// ingest.MemoryLimit); this is the one rule of when to set it.
package memlimit

import (
	"math"
	"runtime/debug"
)

// Set sets the runtime's soft memory limit to limit bytes, unless the user
// set one (GOMEMLIMIT, which getenv reads) or one is set already, and
// returns the limit in force. It changes the whole process: call it from
// a command, not a library.
func Set(getenv func(string) string, limit int64) int64 {
	current := debug.SetMemoryLimit(-1)
	if getenv("GOMEMLIMIT") != "" || current != math.MaxInt64 {
		return current
	}
	debug.SetMemoryLimit(limit)
	return limit
}

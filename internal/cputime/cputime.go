// Package cputime reads the CPU time the process has used, for benchmarks
// that report it beside wall time: on a machine shared with other work,
// wall time per operation swings with the load while CPU time does not.
package cputime

import (
	"testing"
	"time"
)

// Report adds a cpu-ns/op metric to b for the CPU time used since start
// (a value of Process taken before the timed loop).
func Report(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(Process()-start)/float64(b.N), "cpu-ns/op")
}

// Package starttrace records when the program reaches each step of its
// start-up (archive opened, first page listed, article rendered, first
// frame drawn), so that the time from exec to the first frame can be
// split into its parts. It is off unless the environment variable
// NEWSREADER_TRACE_START names a file, which then gets one line per step:
// the wall-clock time in Unix nanoseconds, a space and the step's name.
// tools/firstframe -trace reads it against the time of the exec.
//
// The trace travels in a context.Context (there is no global), so any
// code holding the reader's context can mark a step; with no trace in the
// context Mark does nothing.
package starttrace

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// EnvVar names the environment variable that turns the trace on.
const EnvVar = "NEWSREADER_TRACE_START"

// Trace is one process's start-up trace.
type Trace struct {
	mu   sync.Mutex
	w    io.Writer
	seen map[string]bool
	now  func() time.Time
}

// New returns a trace writing to w (nil: a trace that records nothing).
func New(w io.Writer) *Trace {
	if w == nil {
		return nil
	}
	return &Trace{w: w, seen: map[string]bool{}, now: time.Now}
}

// FromEnv opens the file named by EnvVar (through getenv) for a trace, or
// returns nil when it is unset or cannot be created: a trace never stops
// the program. close closes the file.
func FromEnv(getenv func(string) string) (t *Trace, close func()) {
	name := getenv(EnvVar)
	if name == "" {
		return nil, func() {}
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, func() {}
	}
	return New(f), func() { f.Close() }
}

type key struct{}

// NewContext returns ctx carrying t.
func NewContext(ctx context.Context, t *Trace) context.Context {
	if t == nil {
		return ctx
	}
	return context.WithValue(ctx, key{}, t)
}

// Mark records that the step what was reached, the first time only: the
// first frame is what the trace is for, not every later one.
func Mark(ctx context.Context, what string) {
	t, _ := ctx.Value(key{}).(*Trace)
	if t == nil {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.seen[what] {
		return
	}
	t.seen[what] = true
	fmt.Fprintf(t.w, "%d %s\n", t.now().UnixNano(), what)
}

// On reports whether ctx carries a trace, for a step whose check costs
// something.
func On(ctx context.Context) bool {
	t, _ := ctx.Value(key{}).(*Trace)
	return t != nil
}

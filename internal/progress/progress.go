// Package progress draws a one-line progress bar on a terminal (stderr,
// typically) and nothing when the output is not a terminal.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
)

// Status is one reading of a long task.
type Status struct {
	Label       string // optional phase name
	Done, Total int
	Rate        float64 // items per second; 0 when unknown
	ETA         time.Duration
}

// Report computes a Status from a count and a start time.
func Report(done, total int, start time.Time) Status {
	st := Status{Done: done, Total: total}
	if el := time.Since(start).Seconds(); el > 0 && done > 0 {
		st.Rate = float64(done) / el
		st.ETA = time.Duration(float64(total-done) / st.Rate * float64(time.Second)).Round(time.Second)
	}
	return st
}

// Bar redraws one line in place. Not safe for concurrent use.
type Bar struct {
	w     io.Writer
	tty   bool
	width int
	drawn bool
}

// New returns a bar drawing on w when w is a terminal.
func New(w io.Writer) *Bar {
	b := &Bar{w: w, width: 80}
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		b.tty = true
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 20 {
			b.width = cols
		}
	}
	return b
}

// Line formats a status as the bar shows it (without the bar itself).
func Line(s Status) string {
	var b strings.Builder
	if s.Label != "" {
		b.WriteString(s.Label + " ")
	}
	fmt.Fprintf(&b, "%d/%d", s.Done, s.Total)
	if s.Total > 0 {
		fmt.Fprintf(&b, " (%d%%)", s.Done*100/s.Total)
	}
	if s.Rate > 0 {
		fmt.Fprintf(&b, "  %.0f/s", s.Rate)
		if s.ETA > 0 {
			fmt.Fprintf(&b, "  ETA %s", s.ETA)
		}
	}
	return b.String()
}

// Update redraws the bar.
func (b *Bar) Update(s Status) {
	if !b.tty {
		return
	}
	text := Line(s)
	barWidth := b.width - len(text) - 4
	if barWidth > 40 {
		barWidth = 40
	}
	line := text
	if barWidth >= 10 && s.Total > 0 {
		fill := barWidth * min(s.Done, s.Total) / s.Total
		line = "[" + strings.Repeat("=", fill) + strings.Repeat(" ", barWidth-fill) + "] " + text
	}
	fmt.Fprintf(b.w, "\r\x1b[K%s", line)
	b.drawn = true
}

// Done clears the bar's line.
func (b *Bar) Done() {
	if b.tty && b.drawn {
		fmt.Fprint(b.w, "\r\x1b[K")
		b.drawn = false
	}
}

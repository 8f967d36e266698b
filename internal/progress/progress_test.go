package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestLine(t *testing.T) {
	got := Line(Status{Label: "importing", Done: 250, Total: 1000, Rate: 125.4, ETA: 6 * time.Second})
	want := "importing 250/1000 (25%)  125/s  ETA 6s"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := Line(Status{Done: 0, Total: 0}); got != "0/0" {
		t.Errorf("empty status: %q", got)
	}
}

func TestReport(t *testing.T) {
	st := Report(50, 100, time.Now().Add(-10*time.Second))
	if st.Rate < 4.9 || st.Rate > 5.1 || st.ETA != 10*time.Second {
		t.Errorf("report: %+v", st)
	}
}

func TestBarDrawsNothingOffTerminal(t *testing.T) {
	var buf bytes.Buffer
	b := New(&buf)
	b.Update(Status{Done: 1, Total: 2})
	b.Done()
	if buf.Len() != 0 {
		t.Errorf("wrote %q to a non-terminal", buf.String())
	}
}

// A bar on a terminal: New only decides tty and width from the file, so
// the drawing is checked on a Bar made as New makes it for a terminal.
func TestBarDrawsInPlaceOnATerminal(t *testing.T) {
	var buf bytes.Buffer
	b := &Bar{w: &buf, tty: true, width: 80}
	b.Update(Status{Label: "importing", Done: 25, Total: 100})
	want := "\r\x1b[K[" + strings.Repeat("=", 10) + strings.Repeat(" ", 30) + "] importing 25/100 (25%)"
	if got := buf.String(); got != want {
		t.Errorf("drew %q, want %q", got, want)
	}
	buf.Reset()
	b.Update(Status{Done: 150, Total: 100}) // more done than counted: a full bar
	if got := buf.String(); !strings.Contains(got, "["+strings.Repeat("=", 40)+"]") {
		t.Errorf("overfull bar drawn as %q", got)
	}
	buf.Reset()
	b.Done()
	if got := buf.String(); got != "\r\x1b[K" {
		t.Errorf("Done wrote %q, want the line cleared", got)
	}
	buf.Reset()
	b.Done()
	if buf.Len() != 0 {
		t.Errorf("a second Done wrote %q", buf.String())
	}

	// Too narrow for a bar: the text alone.
	narrow := &Bar{w: &buf, tty: true, width: 30}
	narrow.Update(Status{Label: "scanning", Done: 3, Total: 9})
	if got := buf.String(); got != "\r\x1b[Kscanning 3/9 (33%)" {
		t.Errorf("narrow terminal: drew %q", got)
	}
}

package progress

import (
	"bytes"
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

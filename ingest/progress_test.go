package ingest

import (
	"testing"
	"time"
)

// The rate counts the files parsed since writing began, not the ones
// found unchanged before it, and the ETA is what is left at that rate.
func TestImportProgressRateAndETA(t *testing.T) {
	var got []Progress
	p := &importProgress{
		Progress: Progress{Phase: "importing", Done: 10, Total: 18},
		report:   func(pr Progress) { got = append(got, pr) },
		start:    time.Now().Add(-2 * time.Second),
		skipped:  2,
	}
	p.send()
	if len(got) != 1 {
		t.Fatalf("%d reports, want 1", len(got))
	}
	if r := got[0].Rate; r < 3.9 || r > 4.0 {
		t.Errorf("rate %.2f files/s, want 4 (8 parsed in 2 s)", r)
	}
	if got[0].ETA != 2*time.Second {
		t.Errorf("ETA %v, want 2s (8 left at 4/s)", got[0].ETA)
	}
	// Nothing parsed yet: no rate to give, and none made up.
	p.Done, got = 2, nil
	p.Rate, p.ETA = 0, 0
	p.send()
	if got[0].Rate != 0 || got[0].ETA != 0 {
		t.Errorf("before any file is parsed: rate %v, ETA %v", got[0].Rate, got[0].ETA)
	}
}

package ingest

import (
	"fmt"
	"slices"
	"testing"
)

// weighed is a prepared article of a given weight.
type weighed int64

func (w weighed) Weight() int64   { return int64(w) }
func (w weighed) IndexBytes() int { return int(w) }

// orderedRun feeds ordered the messages of files (articles of weight w,
// then the end), in the arrival order given as file numbers, and returns
// what it lets out, as "file/article" and "file/end".
func orderedRun(limit, w int64, arrivals []int, perFile int) []string {
	jobs := map[int]*fileJob{}
	sent := map[int]int{}
	o := newOrdered(limit)
	var out []string
	drain := func() {
		for m, ok := o.pop(); ok; m, ok = o.pop() {
			if m.done {
				out = append(out, fmt.Sprintf("%d/end", m.job.seq))
			} else {
				out = append(out, fmt.Sprintf("%d/%s", m.job.seq, m.art.key))
			}
		}
	}
	for _, f := range arrivals {
		if jobs[f] == nil {
			jobs[f] = &fileJob{seq: f}
		}
		m := message{job: jobs[f], done: sent[f] == perFile}
		if !m.done {
			m.art = &article{key: fmt.Sprint(sent[f]), p: weighed(w)}
		}
		sent[f]++
		o.add(m)
		drain()
	}
	o.finish()
	drain()
	return out
}

func TestOrderedPutsFilesInOrder(t *testing.T) {
	// Files 0..2 with two articles each; file 0 comes last.
	arrivals := []int{2, 1, 2, 1, 1, 2, 0, 0, 0}
	want := []string{"0/0", "0/1", "0/end", "1/0", "1/1", "1/end", "2/0", "2/1", "2/end"}
	if got := orderedRun(1<<20, 10, arrivals, 2); !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	// Holding more than the limit lets the oldest held file go first,
	// and nothing is lost or repeated.
	got := orderedRun(35, 10, arrivals, 2)
	if !slices.Equal(got[:3], []string{"1/0", "1/1", "1/end"}) {
		t.Errorf("over the limit, file 1 should go ahead of file 0: %v", got)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("over the limit: got %v, want each message once", got)
	}
}

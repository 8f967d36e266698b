package ingest

import (
	"maps"
	"slices"
)

// reorderBytes bounds the articles the writer holds back to put them in
// file order (by their weight, as inflightBytes); beyond it, the oldest
// held file goes ahead of the files still parsing before it.
const reorderBytes = 32 << 20

// ordered puts the parsers' messages back in the order the files were
// handed out (fileJob.seq), articles of a file in their file's order.
// The archive numbers articles in the order they are written, and ties
// in date order (same day, or no date) are listed by that number; the
// copy of a duplicate kept is the first written. Written as the parsers
// finish, both would follow the workers' timing and change from one
// import of the same files to the next, and between two archives (the
// conformance suite's SQLite and PostgreSQL). In file order they are the
// same every time, as long as what is held back fits in limit bytes.
type ordered struct {
	next  int               // seq of the file whose messages go out as they come
	held  map[int][]message // messages of later files, as they came
	bytes int64             // weight of the held articles
	limit int64
	ready []message // in order, for the writer
}

func newOrdered(limit int64) *ordered {
	return &ordered{held: map[int][]message{}, limit: limit}
}

// add takes one message from the parsers.
func (o *ordered) add(m message) {
	seq := m.job.seq
	if seq > o.next {
		o.held[seq] = append(o.held[seq], m)
		o.bytes += messageWeight(m)
		for o.bytes > o.limit {
			// Too much held: the files before the oldest held one lose
			// their place (their later messages go out as they come).
			o.advance(slices.Min(slices.Collect(maps.Keys(o.held))))
		}
		return
	}
	o.ready = append(o.ready, m)
	if seq == o.next && m.done {
		o.advance(seq + 1)
	}
}

// advance moves the head to file seq and releases what is held of it
// and of the files after it that are complete.
func (o *ordered) advance(seq int) {
	o.next = seq
	for {
		ms, ok := o.held[o.next]
		if !ok {
			return
		}
		delete(o.held, o.next)
		for _, m := range ms {
			o.bytes -= messageWeight(m)
		}
		o.ready = append(o.ready, ms...)
		if !ms[len(ms)-1].done {
			return
		}
		o.next++
	}
}

// finish releases everything held, in file order: the parsers are done.
func (o *ordered) finish() {
	for len(o.held) > 0 {
		o.advance(slices.Min(slices.Collect(maps.Keys(o.held))))
	}
}

// pop takes the next message to write, if one is ready.
func (o *ordered) pop() (message, bool) {
	if len(o.ready) == 0 {
		return message{}, false
	}
	m := o.ready[0]
	o.ready[0] = message{}
	o.ready = o.ready[1:]
	return m, true
}

func messageWeight(m message) int64 {
	if m.art == nil {
		return 0
	}
	return m.art.p.Weight()
}

// next is the next message to write, in file order (see ordered); false
// when the parsers are done and all is written, or ctx ended.
func (p *parsing) next(o *ordered) (message, bool) {
	for {
		if m, ok := o.pop(); ok {
			return m, true
		}
		select {
		case m, ok := <-p.msgs:
			if !ok {
				o.finish()
				return o.pop()
			}
			if m.art != nil {
				// Out of the queue: the batch, and the order's
				// holding, have their own bounds.
				p.inflight.Release(p.weight(m.art))
			}
			o.add(m)
		case <-p.ctx.Done():
			return message{}, false
		}
	}
}

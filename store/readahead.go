package store

import "sync"

// readAheadBytes bounds the file bytes that the boilerplate pass keeps
// for the parsers.
const readAheadBytes = 64 << 20

// readAhead holds the bytes of files that the boilerplate pass read
// whole, so that the parsers do not open and read them a second time.
// It is filled before parsing starts and emptied as the files are
// parsed; what does not fit in its budget is simply read again.
type readAhead struct {
	mu    sync.Mutex
	files map[string][]byte
	room  int
}

func newReadAhead(budget int) *readAhead {
	return &readAhead{files: map[string][]byte{}, room: budget}
}

// keep stores a copy of b, the whole of the file at path, if it fits.
// A nil readAhead keeps nothing.
func (r *readAhead) keep(path string, b []byte) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(b) > r.room {
		return
	}
	if _, dup := r.files[path]; dup {
		return
	}
	r.room -= len(b)
	r.files[path] = append([]byte(nil), b...)
}

// take returns and forgets the bytes kept for path.
func (r *readAhead) take(path string) ([]byte, bool) {
	if r == nil {
		return nil, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	b, ok := r.files[path]
	if ok {
		delete(r.files, path)
		r.room += len(b)
	}
	return b, ok
}

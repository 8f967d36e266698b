package ingest

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
	files map[string]readFile
	room  int
}

// readFile is a file read whole, and its size and time when opened.
type readFile struct {
	bytes []byte
	stat  fileStat
}

func newReadAhead(budget int) *readAhead {
	return &readAhead{files: map[string]readFile{}, room: budget}
}

// keep stores a copy of b, the whole of the file at path, with the
// file's stat, if it fits. A nil readAhead keeps nothing.
func (r *readAhead) keep(path string, b []byte, st fileStat) {
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
	r.files[path] = readFile{bytes: append([]byte(nil), b...), stat: st}
}

// take returns and forgets what was kept for path.
func (r *readAhead) take(path string) (readFile, bool) {
	if r == nil {
		return readFile{}, false
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	f, ok := r.files[path]
	if ok {
		delete(r.files, path)
		r.room += len(f.bytes)
	}
	return f, ok
}

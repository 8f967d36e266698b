package ingest

import (
	"bytes"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// lineHash is the 64-bit FNV-1a hash of the line with its spaces
// collapsed and its letters lower-cased; ok is false for lines too short
// or too long to be learned. The hashes are stored in archives
// (line_stats), so the function must not change; ASCII, most of any
// line, takes a fast path that gives the same hash as the rune path.
func lineHash(line string) (uint64, bool) {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	n := 0
	space := false
	line = strings.TrimSpace(line)
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = true
				continue
			}
			if space {
				h = (h ^ ' ') * prime
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * prime
			n++
		} else {
			r, size := utf8.DecodeRuneInString(line[i:])
			i += size
			if unicode.IsSpace(r) {
				space = true
				continue
			}
			if space {
				h = (h ^ ' ') * prime
				space = false
			}
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = (h ^ uint64(b)) * prime
				n++
			}
		}
		if n > maxLearnedLine {
			return 0, false
		}
	}
	if n < 2 {
		return 0, false
	}
	return h, true
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// fileLines returns the distinct learnable line hashes of a file, read
// into buf (which it grows and returns for the next file). A file read
// whole is handed to ahead for the parse.
func fileLines(path string, buf []byte, ahead *readAhead) (map[uint64]struct{}, []byte) {
	f, err := openFile(path)
	if err != nil {
		return nil, buf
	}
	st, err := statFile(f)
	if err == nil {
		buf, err = readUpTo(f, buf[:0], maxScanBytes+1)
	}
	f.Close()
	if err != nil {
		return nil, buf
	}
	if len(buf) <= maxScanBytes {
		ahead.keep(path, buf, st)
	}
	seen := map[uint64]struct{}{}
	for rest := buf[:min(len(buf), maxScanBytes)]; len(rest) > 0; {
		line := rest
		if i := bytes.IndexAny(rest, "\r\n"); i < 0 {
			rest = nil
		} else {
			line = rest[:i]
			j := i + 1
			if rest[i] == '\r' && j < len(rest) && rest[j] == '\n' {
				j++
			}
			rest = rest[j:]
		}
		// The hash does not keep the line: no copy to a string.
		if h, ok := lineHash(unsafe.String(unsafe.SliceData(line), len(line))); ok {
			seen[h] = struct{}{}
		}
	}
	return seen, buf
}

// readUpTo appends at most limit bytes of r to buf.
func readUpTo(r io.Reader, buf []byte, limit int) ([]byte, error) {
	for len(buf) < limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		room := min(cap(buf), limit)
		n, err := r.Read(buf[len(buf):room])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

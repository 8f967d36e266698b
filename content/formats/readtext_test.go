package formats

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// readText must give what io.ReadAll of an io.LimitReader gives, whatever
// the buffer it starts from and however the reader hands out its bytes.
func TestReadTextMatchesReadAll(t *testing.T) {
	long := strings.Repeat("0123456789abcdef", 3000) // 48,000 bytes
	for _, size := range []int{0, 1, 5, 4095, 4096, 8192, 8193, 20000, len(long)} {
		data := long[:size]
		for _, limit := range []int{1, 10, 8192, 8193, 30000, 64 << 20} {
			want, _ := io.ReadAll(io.LimitReader(strings.NewReader(data), int64(limit)))
			readers := map[string]func() io.Reader{
				"whole":    func() io.Reader { return strings.NewReader(data) },
				"one byte": func() io.Reader { return iotest.OneByteReader(strings.NewReader(data)) },
				"half":     func() io.Reader { return iotest.HalfReader(strings.NewReader(data)) },
				"data+EOF": func() io.Reader { return iotest.DataErrReader(strings.NewReader(data)) },
			}
			for name, reader := range readers {
				for _, start := range [][]byte{nil, make([]byte, 0, 3), make([]byte, 0, 2*headSize)} {
					got, err := readText(reader(), start, limit)
					if err != nil || !bytes.Equal(got, want) {
						t.Fatalf("size %d, limit %d, %s reader, start cap %d: got %d bytes (%v), want %d",
							size, limit, name, cap(start), len(got), err, len(want))
					}
				}
			}
		}
	}
	boom := errors.New("boom")
	got, err := readText(io.MultiReader(strings.NewReader("abc"), iotest.ErrReader(boom)), nil, 100)
	if !errors.Is(err, boom) || string(got) != "abc" {
		t.Errorf("failing reader: got %q, %v; want \"abc\", boom", got, err)
	}
}

package content

import (
	"errors"
	"io"
	"strings"
)

// maxTextSize bounds a plain-text file; larger ones are refused.
const maxTextSize = 64 << 20

// plainTextFormat reads scraped pages saved as plain text.
var plainTextFormat = Format{
	Name:   "text",
	Detect: func(string, []byte) bool { return true },
	Read: func(name string, r io.Reader, opts Options, emit func(*Article) error, _ func(error)) error {
		data, err := io.ReadAll(io.LimitReader(r, maxTextSize+1))
		if err != nil {
			return err
		}
		if len(data) > maxTextSize {
			return errors.New("file too large for plain text (over 64 MiB)")
		}
		a, err := ParseText(name, data, opts)
		if err != nil {
			return err
		}
		return emit(a)
	},
}

// ParseText reads a scraped page saved as plain text.
//
// PLACEHOLDER: a crude first cut (title = first line, paragraphs split on
// blank lines) so that the archive and the UI can be built against the
// model. The real pipeline replaces it.
func ParseText(name string, data []byte, opts Options) (*Article, error) {
	if len(strings.TrimSpace(string(data))) == 0 {
		return nil, errors.New("empty file")
	}
	parts := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n")
	a := &Article{Format: "text", Hash: hashOf(data)}
	for _, p := range parts {
		p = strings.Join(strings.Fields(p), " ")
		if p == "" {
			continue
		}
		if a.Title == "" {
			a.Title = p
			continue
		}
		a.Blocks = append(a.Blocks, Block{Type: BlockParagraph, Text: p})
	}
	finish(a)
	return a, nil
}

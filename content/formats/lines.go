package formats

import (
	"strings"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content"
)

// unit is one logical line of a plain-text page: a paragraph, subhead,
// caption or piece of site furniture.
type unit struct {
	text string
	// repeated: the line was printed twice in a row, as scraped pages print
	// an image's alt text and then its caption.
	repeated bool
	kind     unitKind
	// dateline: a place and date line taken into the article's fields
	// (see takeMetadata), which tells a wire headline above it.
	dateline bool
	// cite is the signature of a pull quote, printed on its own line.
	cite string
}

// splitUnits cuts sanitized text into units: one per non-blank line, with
// a line repeated right after itself (blank lines between or not) kept
// once and marked, and the lines of hard-wrapped paragraphs joined.
func splitUnits(text string) []unit {
	wrapped := isHardWrapped(text)
	units := make([]unit, 0, strings.Count(text, "\n")/2+1)
	var parts []string // lines of a wrapped paragraph, joined when it ends
	flush := func() {
		if len(parts) > 1 {
			units[len(units)-1].text = strings.Join(parts, " ")
		}
		parts = parts[:0]
	}
	joinable := false // the previous line continues the current paragraph
	for raw := range strings.Lines(text) {
		t := content.FoldSpace(strings.TrimSuffix(raw, "\n"))
		if t == "" {
			joinable = false
			continue
		}
		if n := len(units); n > 0 {
			prev := &units[n-1]
			if len(parts) <= 1 && prev.text == t {
				prev.repeated = true
				continue
			}
			if wrapped && joinable {
				if strings.HasPrefix(parts[0], ">") && strings.HasPrefix(t, ">") {
					t = strings.TrimLeft(t, "> ") // one quoted paragraph
				}
				parts = append(parts, t)
				continue
			}
		}
		flush()
		units = append(units, unit{text: t})
		parts = append(parts, t)
		joinable = true
	}
	flush()
	return units
}

// isHardWrapped reports whether the text's paragraphs are wrapped at a fixed
// width (as in e-mail and old archives), so that the lines of one
// blank-line separated group are one paragraph. Most lines that are
// followed by another non-blank line then come close to the longest line's
// length, and that length is a terminal's, not a paragraph's.
func isHardWrapped(text string) bool {
	maxLen := 0
	for l := range strings.Lines(text) {
		maxLen = max(maxLen, utf8.RuneCountInString(strings.TrimRight(l, "\n")))
		if maxLen > 100 {
			return false
		}
	}
	if maxLen < 40 {
		return false
	}
	continued, long := 0, 0
	prev := ""
	for l := range strings.Lines(text) {
		l = strings.TrimRight(l, "\n")
		if strings.TrimSpace(prev) != "" && strings.TrimSpace(l) != "" {
			continued++
			if utf8.RuneCountInString(prev)*10 >= maxLen*6 {
				long++
			}
		}
		prev = l
	}
	return continued >= 3 && long*10 >= continued*8
}

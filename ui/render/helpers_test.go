package render

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// look is what a stretch of rendered text looks like on screen.
type look struct {
	fg           string // "r;g;b" of a 24-bit foreground, "" for default
	bold, italic bool
}

// lookAt returns how the first visible occurrence of needle in out is
// styled (its first character), failing the test when needle is missing.
func lookAt(t *testing.T, out, needle string) look {
	t.Helper()
	var plain strings.Builder
	var states []string // SGR state of each byte of plain
	state := ""
	for i := 0; i < len(out); {
		if out[i] == ansi.ESC {
			seq, _, n, _ := ansi.DecodeSequence(out[i:], ansi.NormalState, nil)
			if seq == "\x1b[m" || seq == "\x1b[0m" {
				state = ""
			} else {
				state += seq
			}
			i += max(n, 1)
			continue
		}
		_, size := utf8.DecodeRuneInString(out[i:])
		plain.WriteString(out[i : i+size])
		for range size {
			states = append(states, state)
		}
		i += size
	}
	idx := strings.Index(plain.String(), needle)
	if idx < 0 {
		t.Fatalf("%q not found in the rendering:\n%s", needle, plain.String())
	}
	return parseLook(states[idx])
}

// parseLook reads a run of SGR sequences.
func parseLook(state string) look {
	var l look
	for _, seq := range strings.Split(state, "\x1b[") {
		seq = strings.TrimSuffix(seq, "m")
		if seq == "" {
			continue
		}
		ps := strings.FieldsFunc(seq, func(r rune) bool { return r == ';' || r == ':' })
		for i := 0; i < len(ps); i++ {
			switch ps[i] {
			case "0":
				l = look{}
			case "1":
				l.bold = true
			case "3":
				l.italic = true
			case "38":
				if i+4 < len(ps) && ps[i+1] == "2" {
					l.fg = strings.Join(ps[i+2:i+5], ";")
					i += 4
				}
			case "48":
				i += 4
			}
		}
	}
	return l
}

// rgb turns "#RRGGBB" into the "r;g;b" of look.fg.
func rgb(hex string) string {
	v, err := strconv.ParseUint(strings.TrimPrefix(hex, "#"), 16, 32)
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("%d;%d;%d", v>>16, (v>>8)&0xff, v&0xff)
}

// markerRunes are what the renderer draws itself: bars, markers, the rule,
// list bullets.
const markerRunes = "┆▣│┃─•"

// firstDifference describes where got and want part, for test messages.
func firstDifference(got, want string) string {
	g, w := []rune(got), []rune(want)
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	from := max(i-20, 0)
	return fmt.Sprintf("at rune %d: got %q, want %q", i, string(g[from:min(i+20, len(g))]), string(w[from:min(i+20, len(w))]))
}

// visibleRunes is s without white space and marker characters: what must
// be the same between an article's text and its rendering.
func visibleRunes(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || strings.ContainsRune(markerRunes, r) {
			return -1
		}
		return r
	}, s)
}

// assertOnlySGR fails unless out holds only printable text, newlines and
// SGR sequences.
func assertOnlySGR(t *testing.T, out string) {
	t.Helper()
	for i := 0; i < len(out); {
		c := out[i]
		if c == ansi.ESC {
			seq, _, n, _ := ansi.DecodeSequence(out[i:], ansi.NormalState, nil)
			if !isSGR(seq) {
				t.Fatalf("non-SGR escape sequence %q at byte %d", seq, i)
			}
			i += max(n, 1)
			continue
		}
		r, size := utf8.DecodeRuneInString(out[i:])
		if r == utf8.RuneError && size == 1 {
			t.Fatalf("invalid UTF-8 at byte %d", i)
		}
		if r != '\n' && isControl(r) {
			t.Fatalf("control character %U at byte %d", r, i)
		}
		i += size
	}
}

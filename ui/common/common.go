// Package common holds what the reader's components share: the message
// that carries an error to the status bar, the wrapper that runs I/O
// commands safely, and the cleaning of archive text before display.
package common

import (
	"fmt"
	"runtime/debug"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/content"
)

// ErrMsg carries a failure to the status bar. The app never ends on one.
type ErrMsg struct{ Err error }

// Error implements error.
func (e ErrMsg) Error() string { return e.Err.Error() }

// InfoMsg is a short notice for the status bar ("Copied as Markdown").
type InfoMsg string

// PanicError is a panic caught in a command, turned into an error so
// that the app can carry on and report it.
type PanicError struct {
	Value any
	Stack []byte
}

// Error implements error.
func (p *PanicError) Error() string { return fmt.Sprintf("internal error: %v", p.Value) }

// Cmd wraps fn as a tea.Cmd whose panics become an ErrMsg holding a
// *PanicError instead of ending the program: commands run on their own
// goroutines, where a panic would otherwise take the app down.
func Cmd(fn func() tea.Msg) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = ErrMsg{&PanicError{Value: r, Stack: debug.Stack()}}
			}
		}()
		return fn()
	}
}

// Clean makes archive text safe and tidy for one line of the screen: it
// removes escape sequences and control characters (text from archives is
// untrusted; see content.Sanitize) and folds white space runs, newlines
// included, to one space.
func Clean(s string) string {
	if isPlain(s) {
		return s
	}
	return strings.Join(strings.Fields(content.Sanitize(s)), " ")
}

// isPlain reports whether s is printable ASCII without runs of spaces:
// the common case, which needs no work.
func isPlain(s string) bool {
	prev := byte('x')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || (c == ' ' && (prev == ' ' || i == 0)) {
			return false
		}
		prev = c
	}
	return len(s) == 0 || s[len(s)-1] != ' '
}

// Box fits lines to exactly w columns and h rows: longer lines are cut
// with an ellipsis, shorter ones padded, missing rows left blank, so that
// panes line up when joined side by side.
func Box(lines []string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	var b strings.Builder
	for i := range h {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		b.WriteString(Fit(line, w))
		if i < h-1 {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Fit cuts or pads one styled line to exactly w columns.
func Fit(line string, w int) string {
	n := Width(line)
	if n > w {
		line = ansi.Truncate(line, w, "…")
		n = ansi.StringWidth(line)
	}
	return line + strings.Repeat(" ", max(0, w-n))
}

// Try calls fn and turns a panic in it into a *PanicError, for commands
// whose caller must hear back whatever happens.
func Try[T any](fn func() (T, error)) (v T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	return fn()
}

// Width is the number of columns line takes. Lines of ASCII text and SGR
// styling, most of the screen, are measured byte by byte; anything else
// goes through ansi.StringWidth's grapheme segmentation.
func Width(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case c >= 0x80:
			return ansi.StringWidth(line)
		case c == 0x1b && i+1 < len(line) && line[i+1] == '[':
			// A CSI sequence: parameters up to a final byte in @–~.
			j := i + 2
			for j < len(line) && (line[j] < 0x40 || line[j] > 0x7e) {
				j++
			}
			i = j
		case c < 0x20 || c == 0x7f:
			return ansi.StringWidth(line)
		default:
			n++
		}
	}
	return n
}

// Paint applies a style that only colours (foreground, background, bold,
// italic...) to one line of text by wrapping it in the style's escape
// sequences, worked out once: lipgloss.Style.Render does much more work
// per call (padding, borders, wrapping), too much for every cell of every
// frame.
type Paint struct{ open, close string }

// NewPaint works out the escape sequences of style. Styles with padding,
// margins, borders or widths are not for Paint.
func NewPaint(style lipgloss.Style) Paint {
	const mark = "\x00"
	out := style.Render(mark)
	i := strings.Index(out, mark)
	if i < 0 {
		return Paint{}
	}
	return Paint{open: out[:i], close: out[i+len(mark):]}
}

// Render paints s, one line without escape sequences of its own.
func (p Paint) Render(s string) string {
	if s == "" {
		return ""
	}
	return p.open + s + p.close
}

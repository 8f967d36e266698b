package main

import (
	"io"
	"os"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
)

// terminalWidth is the width in columns of the terminal out writes to; 0
// when out is not a terminal (a pipe or a file gets whole lines).
func terminalWidth(out io.Writer) int {
	f, ok := out.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	w, _, err := term.GetSize(f.Fd())
	if err != nil {
		return 0
	}
	return w
}

// truncate cuts s to width columns, ending it with "…" when cut.
func truncate(s string, width int) string {
	if width <= 0 || ansi.StringWidth(s) <= width {
		return s
	}
	return ansi.Truncate(s, width, "…")
}

// minFlexWidth is the narrowest a table's shrinking column gets.
const minFlexWidth = 12

// writeTable writes rows (the header first) in left-aligned columns two
// spaces apart, measured in terminal columns (a CJK title takes two per
// character). When width > 0 and the table is wider, the flex column
// (the title, the role) is narrowed, its cells cut with "…", down to
// minFlexWidth, so that the lines fit the terminal instead of wrapping.
func writeTable(out io.Writer, rows [][]string, flex, width int) error {
	if len(rows) == 0 {
		return nil
	}
	cols := len(rows[0])
	widths := make([]int, cols)
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], ansi.StringWidth(c))
		}
	}
	if width > 0 {
		total := 2 * (cols - 1)
		for _, w := range widths {
			total += w
		}
		if over := total - width; over > 0 {
			widths[flex] = max(minFlexWidth, widths[flex]-over)
		}
	}
	var b strings.Builder
	for _, r := range rows {
		for i, c := range r {
			c = truncate(c, widths[i])
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", widths[i]-ansi.StringWidth(c)+2))
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(out, b.String())
	return err
}

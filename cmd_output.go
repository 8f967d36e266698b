package main

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/newsreader/newsreader/content"
)

// shownPath is a file path as it is safe to print on a terminal. File
// names come with the archive and are as untrusted as its text: a name
// may hold escape sequences (to retitle the terminal, write the
// clipboard, clear the screen) or bidirectional overrides. Such a path is
// printed Go-quoted, its control characters spelled out ("\x1b"), so the
// user can still tell which file it is; any other path as it is.
func shownPath(p string) string {
	if strings.IndexFunc(p, func(r rune) bool { return !unicode.IsPrint(r) }) < 0 {
		return p
	}
	return strconv.Quote(p)
}

// shownError is an error's message as it is safe to print: errors may
// name files (see shownPath) or quote what they read, so escape
// sequences and control characters are taken out.
func shownError(err error) string { return content.Sanitize(err.Error()) }

// cell is archive text made fit for one cell of a printed table: escape
// sequences and control characters out (an archive file may come from
// elsewhere than this program's import), white space runs folded to one
// space so that a tab or newline cannot break the columns, and "—" for
// nothing (the placeholder the reader shows too).
func cell(s string) string {
	if s = strings.Join(strings.Fields(content.Sanitize(s)), " "); s == "" {
		return "—"
	}
	return s
}

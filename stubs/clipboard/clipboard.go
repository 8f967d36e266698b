// Package clipboard holds ReadAll and WriteAll, the two functions Bubbles'
// text input and text area call, without looking for clipboard programs at
// package initialisation. See README.md.
package clipboard

import (
	"errors"
	"os/exec"
	"strings"
)

// ErrUnsupported is returned when no clipboard program is installed.
var ErrUnsupported = errors.New("clipboard: no clipboard program found (wl-clipboard, xclip or xsel)")

// tool is one clipboard program: how to read the clipboard with it and how
// to write it.
type tool struct {
	read, write []string
}

// tools are tried in this order; the first one on PATH is used. Wayland's
// come first, as xclip and xsel may be installed but see no X server there.
var tools = []tool{
	{read: []string{"wl-paste", "--no-newline"}, write: []string{"wl-copy"}},
	{read: []string{"xclip", "-out", "-selection", "clipboard"}, write: []string{"xclip", "-in", "-selection", "clipboard"}},
	{read: []string{"xsel", "--output", "--clipboard"}, write: []string{"xsel", "--input", "--clipboard"}},
}

// command returns the command that reads (or writes) the clipboard with the
// first program found on PATH. It is looked up on each call, not at start:
// a paste is rare, and the look-up costs every start of the program.
func command(write bool) (*exec.Cmd, error) {
	for _, t := range tools {
		argv := t.read
		if write {
			argv = t.write
		}
		if path, err := exec.LookPath(argv[0]); err == nil {
			return exec.Command(path, argv[1:]...), nil
		}
	}
	return nil, ErrUnsupported
}

// ReadAll returns the clipboard's text.
func ReadAll() (string, error) {
	cmd, err := command(false)
	if err != nil {
		return "", err
	}
	out, err := cmd.Output()
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// WriteAll puts text on the clipboard.
func WriteAll(text string) error {
	cmd, err := command(true)
	if err != nil {
		return err
	}
	cmd.Stdin = strings.NewReader(text)
	return cmd.Run()
}

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
)

// defaultPager is the pager of show --pager when $PAGER is unset or
// blank: -R lets less pass the article's colours through.
var defaultPager = []string{"less", "-R"}

// pagerArgv splits the value of $PAGER into a program and its arguments
// at white space. No shell ever reads it, so quotes, `;`, `$(…)` and
// redirections are plain characters of an argument.
func pagerArgv(env string) []string {
	if f := strings.Fields(env); len(f) > 0 {
		return f
	}
	return append([]string(nil), defaultPager...)
}

// throughPager runs the pager argv with write's output on its standard
// input (the article text goes nowhere else: never in its arguments) and
// its output on out, and waits for it to end. A pager quit before the end
// of the text (q in less) is no error.
func throughPager(argv []string, out, stderr io.Writer, write func(io.Writer) error) error {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Stdout, cmd.Stderr = out, stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("pager: %w (set $PAGER to another)", err)
	}
	werr := write(in)
	cerr := in.Close()
	if err := cmd.Wait(); err != nil {
		return fmt.Errorf("pager %q: %w", argv[0], err)
	}
	for _, e := range []error{werr, cerr} {
		if e != nil && !errors.Is(e, syscall.EPIPE) && !errors.Is(e, os.ErrClosed) {
			return e
		}
	}
	return nil
}

// Command newsreader reads and searches archives of news articles in the
// terminal. This file and the cmd_*.go files beside it only wire the
// command line to the content, store and ui packages.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/newsreader/newsreader/internal/starttrace"
	"github.com/spf13/cobra"

	// First of ours to initialise: the heavy package initialisations after
	// it touch huge pages instead of 4 KiB ones (see its doc).
	_ "github.com/newsreader/newsreader/internal/hugeheap"
)

// version is set at build time with -ldflags "-X main.version=...";
// otherwise it comes from the module's build information.
var version = ""

// usageError marks a mistake in how the command was called (exit code 2).
type usageError struct{ error }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run executes the command line and returns the process exit code:
// 0 on success, 1 on a failure, 2 on a usage error.
func run(args []string, stdout, stderr io.Writer) int {
	// Ctrl-C cancels the context: an import stops cleanly, keeping what it
	// committed. (The reader reads keys raw and handles ctrl+c itself.)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	// NEWSREADER_TRACE_START=FILE times the steps to the reader's first
	// frame (tools/firstframe -trace).
	trace, closeTrace := starttrace.FromEnv(os.Getenv)
	defer closeTrace()
	ctx = starttrace.NewContext(ctx, trace)
	starttrace.Mark(ctx, "main")
	return runContext(ctx, args, stdout, stderr)
}

// runContext is run under ctx, which a signal ends.
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(queryArgsLast(root, args))
	err := root.ExecuteContext(ctx)
	if err == nil {
		return 0
	}
	var ue usageError
	switch {
	case ctx.Err() != nil:
		// Interrupted (Ctrl-C, SIGTERM): say what was kept, not "context
		// canceled", and exit as shells expect of a program ended by SIGINT.
		msg := "interrupted"
		if !errors.Is(err, context.Canceled) {
			msg = shownError(err)
		}
		fmt.Fprintf(stderr, "newsreader: %s\n", msg)
		return exitInterrupted
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "newsreader: %s\n", shownError(err))
		fmt.Fprintf(stderr, "Run 'newsreader --help' for usage.\n")
		return 2
	}
	fmt.Fprintf(stderr, "newsreader: %s\n", shownError(err))
	return 1
}

// exitInterrupted is the exit status of a command stopped by Ctrl-C:
// 128 + SIGINT, as a shell reports a program the signal ended.
const exitInterrupted = 130

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	g := &globals{stdout: stdout, stderr: stderr}
	root := &cobra.Command{
		Use:   "newsreader [PATH...]",
		Short: "Read and search news archives in the terminal",
		Long: "newsreader reads archived news (scraped text, HTML, WARC, JSON, feeds, Markdown),\n" +
			"keeps it in one SQLite archive and lets you browse, read and search it.\n\n" +
			"With PATHs it imports them first. With none it opens the archive; when the\n" +
			"archive is empty it opens a bundled sample.",
		Version:       buildVersion(),
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		// cobra's default when it suggests by itself, which it does not
		// here: the root takes PATHs (see checkPaths).
		SuggestionsMinimumDistance: 2,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkPaths(cmd, args); err != nil {
				return err
			}
			return runReader(cmd.Context(), g, args)
		},
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.PersistentFlags().StringVar(&g.db, "db", "", "archive file or postgres:// URL (default $NEWSREADER_DB, else $XDG_DATA_HOME/newsreader/archive.db)")
	root.AddCommand(
		newShowCmd(g),
		newImportCmd(g),
		newListCmd(g),
		newSearchCmd(g),
		newPeopleCmd(g),
	)
	return root
}

// globals are the settings every subcommand shares.
type globals struct {
	db             string
	stdout, stderr io.Writer
}

// exactArgs is cobra.ExactArgs with the error marked as a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

// minArgs asks for at least n arguments, with why as the usage error.
func minArgs(n int, why string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageError{errors.New(why)}
		}
		return nil
	}
}

// rangeArgs is cobra.RangeArgs with the error marked as a usage error.
func rangeArgs(lo, hi int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.RangeArgs(lo, hi)(cmd, args); err != nil {
			return usageError{err}
		}
		return nil
	}
}

func buildVersion() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return versionOf(bi)
}

// versionOf is the module's version, or for a build from a checkout
// "devel" with the commit it was built from, so that a bug report says
// which code it is about: "devel (2a97d70f1c3e, modified)".
func versionOf(bi *debug.BuildInfo) string {
	if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case "vcs.modified":
			if s.Value == "true" {
				modified = ", modified"
			}
		}
	}
	if rev == "" {
		return "devel"
	}
	return "devel (" + rev + modified + ")"
}

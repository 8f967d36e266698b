package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/ui"
)

// maxReadingWidth is the widest the article text is wrapped by default:
// longer lines are hard to read.
const maxReadingWidth = 100

func newShowCmd(g *globals) *cobra.Command {
	var format string
	var width int
	cmd := &cobra.Command{
		Use:   "show [--format ansi|markdown|text|json] [--width N] PATH|ID",
		Short: "Print one article: a file read directly, or an archived article by id",
		Long: "show reads PATH directly (no archive needed), or the archived article with id ID,\n" +
			"and prints it. The default format is ansi on a terminal and markdown when piped.",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			out, isTTY := g.stdout, isTerminal(g.stdout)
			if format == "" {
				format = "markdown"
				if isTTY {
					format = "ansi"
				}
			}
			switch format {
			case "ansi", "markdown", "text", "json":
			default:
				return usageError{fmt.Errorf("unknown format %q (want ansi, markdown, text or json)", format)}
			}
			if width < 0 {
				return usageError{fmt.Errorf("--width must be positive, not %d", width)}
			}
			a, err := loadArticle(cmd.Context(), g, args[0])
			if err != nil {
				return err
			}
			return printArticle(out, a, format, showWidth(width, out), isTTY)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "output format: ansi, markdown, text or json")
	cmd.Flags().IntVar(&width, "width", 0, "wrap width for ansi output (default: the terminal's, at most 100)")
	return cmd
}

// printArticle writes a in the given format. An archived article is read
// back from the archive file, which may not have been written by
// newsreader's import: the text and Markdown formats clean it again on the
// way out (the ansi rendering cleans its own copy; JSON escapes it).
func printArticle(out io.Writer, a *content.Article, format string, width int, isTTY bool) error {
	switch format {
	case "json":
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(a)
	case "markdown":
		_, err := io.WriteString(out, content.Sanitize(a.Markdown()))
		return err
	case "text":
		_, err := fmt.Fprintf(out, "%s\n\n%s\n", content.Sanitize(a.Title), content.Sanitize(a.Text))
		return err
	}
	dark := true
	if isTTY {
		dark = lipgloss.HasDarkBackground(os.Stdin, os.Stdout)
	}
	s, err := ui.RenderArticle(a, width, dark)
	if err != nil {
		return err
	}
	// The profile writer downsamples colours to what the terminal supports
	// and drops them under NO_COLOR; asked for ansi through a pipe, we keep
	// the colours unless NO_COLOR says otherwise.
	w := colorprofile.NewWriter(out, os.Environ())
	if !isTTY {
		w.Profile = colorprofile.TrueColor
		if os.Getenv("NO_COLOR") != "" {
			w.Profile = colorprofile.ASCII
		}
	}
	_, err = io.WriteString(w, s)
	return err
}

// showWidth picks the wrap width: the flag, else the terminal's width
// capped at maxReadingWidth, else 80.
func showWidth(flag int, out io.Writer) int {
	if flag > 0 {
		return flag
	}
	if f, ok := out.(*os.File); ok {
		if w, _, err := term.GetSize(f.Fd()); err == nil && w > 0 {
			return min(w, maxReadingWidth)
		}
	}
	return 80
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// loadArticle reads ref as a file when one exists at that path, else as
// the id of an archived article.
func loadArticle(ctx context.Context, g *globals, ref string) (*content.Article, error) {
	if _, err := os.Stat(ref); err == nil || !isArticleID(ref) {
		return parseOne(ref)
	}
	id, _ := strconv.ParseInt(ref, 10, 64)
	return archivedArticle(ctx, g, id)
}

func isArticleID(s string) bool {
	n, err := strconv.ParseInt(s, 10, 64)
	return err == nil && n > 0 && !strings.ContainsAny(s, "+-")
}

// parseOne reads the first article of the file at path.
func parseOne(path string) (*content.Article, error) {
	var first *content.Article
	errStop := errors.New("stop")
	err := formats.ParseFile(path, formats.Options{}, func(a *content.Article) error {
		first = a
		return errStop
	}, nil)
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	if first == nil {
		return nil, fmt.Errorf("%s: no article found in it", shownPath(path))
	}
	return first, nil
}

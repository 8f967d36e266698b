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
	var format, style string
	var width, record int
	var all, pager bool
	cmd := &cobra.Command{
		Use:   "show [--format ansi|markdown|text|json] [--width N] [--style dark|light] [--pager] [--all | --record N] PATH|ID",
		Short: "Print one article: a file read directly, or an archived article by id",
		Long: "show reads PATH directly (no archive needed), or the archived article with id ID,\n" +
			"and prints it. The default format is ansi on a terminal and markdown when piped.\n" +
			"A file of several articles (WARC, JSONL, a feed) prints its first and says so;\n" +
			"--record N prints the Nth, --all every one (JSON: an array).\n" +
			"--pager pipes the output through $PAGER (default \"less -R\"), run without a shell.",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o := showOpts{format: format, isTTY: isTerminal(g.stdout)}
			if err := o.check(style, width, record, all); err != nil {
				return err
			}
			arts, err := loadArticles(cmd.Context(), g, args[0], pick{record: record, all: all})
			if err != nil {
				return err
			}
			o.width = showWidth(width, g.stdout)
			o.profile, o.dark = outputLook(g.stdout, o.isTTY, style)
			write := func(out io.Writer) error { return o.print(out, arts, all) }
			if pager {
				return throughPager(pagerArgv(os.Getenv("PAGER")), g.stdout, g.stderr, write)
			}
			return write(g.stdout)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "output format: ansi, markdown, text or json")
	cmd.Flags().IntVar(&width, "width", 0, "wrap width for ansi output (default: the terminal's, at most 100)")
	cmd.Flags().IntVar(&record, "record", 0, "of a file of several articles, print the Nth (from 1)")
	cmd.Flags().BoolVar(&all, "all", false, "of a file of several articles, print every one")
	cmd.Flags().StringVar(&style, "style", "auto", "colours of ansi output: dark, light, or auto (the terminal's background)")
	cmd.Flags().BoolVar(&pager, "pager", false, `pipe the output through $PAGER (default "less -R")`)
	cmd.RegisterFlagCompletionFunc("format", fixedValues("ansi", "markdown", "text", "json"))
	cmd.RegisterFlagCompletionFunc("style", fixedValues("dark", "light", "auto"))
	return cmd
}

// showOpts is how show prints: the format, the wrap width, and for ansi
// the background (dark) and the colour profile of the terminal.
type showOpts struct {
	format  string
	width   int
	isTTY   bool
	dark    bool
	profile colorprofile.Profile
}

// check completes the format (ansi on a terminal, else markdown) and
// refuses flags that contradict.
func (o *showOpts) check(style string, width, record int, all bool) error {
	if o.format == "" {
		o.format = "markdown"
		if o.isTTY {
			o.format = "ansi"
		}
	}
	switch o.format {
	case "ansi", "markdown", "text", "json":
	default:
		return usageError{fmt.Errorf("unknown format %q (want ansi, markdown, text or json)", o.format)}
	}
	switch style {
	case "auto", "dark", "light":
	default:
		return usageError{fmt.Errorf("unknown style %q (want dark, light or auto)", style)}
	}
	if width < 0 {
		return usageError{fmt.Errorf("--width must be positive, not %d", width)}
	}
	if record < 0 || all && record > 0 {
		return usageError{errors.New("--record takes a number from 1, and not with --all")}
	}
	return nil
}

// outputLook picks the colours of ansi output for stdout: the profile
// the terminal supports (asked for ansi through a pipe, full colour
// unless NO_COLOR says otherwise), and a dark background unless style
// says light or, for auto, the terminal answers that it is light. Both
// are read off stdout, not off the pipe to a pager, which shows the
// text on that same terminal.
func outputLook(stdout io.Writer, isTTY bool, style string) (colorprofile.Profile, bool) {
	profile := colorprofile.TrueColor
	if isTTY {
		profile = colorprofile.Detect(stdout, os.Environ())
	} else if os.Getenv("NO_COLOR") != "" {
		profile = colorprofile.ASCII
	}
	dark := style != "light"
	if style == "auto" && isTTY {
		dark = lipgloss.HasDarkBackground(os.Stdin, os.Stdout)
	}
	return profile, dark
}

// print writes arts to out, a blank line between two; with all in JSON,
// as one array.
func (o showOpts) print(out io.Writer, arts []*content.Article, all bool) error {
	if all && o.format == "json" {
		return writeJSON(out, arts)
	}
	for i, a := range arts {
		if i > 0 {
			fmt.Fprintln(out)
		}
		if err := o.printArticle(out, a); err != nil {
			return err
		}
	}
	return nil
}

// printArticle writes a in o's format. An archived article is read
// back from the archive file, which may not have been written by
// newsreader's import: the text and Markdown formats clean it again on the
// way out (the ansi rendering cleans its own copy; JSON escapes it).
func (o showOpts) printArticle(out io.Writer, a *content.Article) error {
	switch o.format {
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
	s, err := ui.RenderArticle(a, o.width, o.dark)
	if err != nil {
		return err
	}
	// Glamour's output ends without a line end: the shell's prompt
	// would follow on the last line.
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	// The profile writer downsamples colours to what the terminal
	// supports and drops them under NO_COLOR.
	_, err = io.WriteString(&colorprofile.Writer{Forward: out, Profile: o.profile}, s)
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
// the id of an archived article; of a file of several articles, the
// first.
func loadArticle(ctx context.Context, g *globals, ref string) (*content.Article, error) {
	arts, err := loadArticles(ctx, g, ref, pick{quiet: true})
	if err != nil {
		return nil, err
	}
	return arts[0], nil
}

// pick says which articles of a file to show: the record-th (from 1),
// all, or the first (record 0), with a note on stderr when there are
// more unless quiet.
type pick struct {
	record int
	all    bool
	quiet  bool
}

// loadArticles reads ref as a file when one exists at that path, else as
// the id of an archived article, and returns the articles p picks.
func loadArticles(ctx context.Context, g *globals, ref string, p pick) ([]*content.Article, error) {
	if _, err := os.Stat(ref); err == nil || !isArticleID(ref) {
		arts, more, err := parseSome(ref, p)
		if err == nil && more && !p.quiet {
			fmt.Fprintf(g.stderr, "%s holds several articles: this is the first (--record N for another, --all for all)\n", shownPath(ref))
		}
		return arts, err
	}
	id, _ := strconv.ParseInt(ref, 10, 64)
	a, err := archivedArticle(ctx, g, id)
	if err != nil {
		return nil, err
	}
	return []*content.Article{a}, nil
}

func isArticleID(s string) bool {
	n, err := strconv.ParseInt(s, 10, 64)
	return err == nil && n > 0 && !strings.ContainsAny(s, "+-")
}

// parseSome reads the articles of the file at path that p picks,
// stopping as soon as it has them (a WARC crawl is not read to its end
// for its first page); more says that the file holds more than the first
// when p asked for the first.
func parseSome(path string, p pick) (arts []*content.Article, more bool, err error) {
	errStop := errors.New("stop")
	n := 0
	err = formats.ParseFile(path, formats.Options{}, func(a *content.Article) error {
		n++
		switch {
		case p.all:
			arts = append(arts, a)
		case p.record > 0:
			if n == p.record {
				arts = append(arts, a)
				return errStop
			}
		case n == 1:
			arts = append(arts, a)
		default:
			more = true
			return errStop
		}
		return nil
	}, nil)
	if err != nil && !errors.Is(err, errStop) {
		return nil, false, err
	}
	switch {
	case n == 0:
		return nil, false, fmt.Errorf("%s: no article found in it", shownPath(path))
	case len(arts) == 0:
		return nil, false, fmt.Errorf("%s holds %s, no record %d", shownPath(path), count(n, "article", "articles"), p.record)
	}
	return arts, more, nil
}

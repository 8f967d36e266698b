package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/progress"
)

func newImportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import PATH...",
		Short: "Import files and folders (recursively) into the archive",
		Long: "import reads every file under the PATHs in any format newsreader knows and\n" +
			"stores its articles. Unchanged files are skipped; changed ones are updated.\n" +
			"A file that fails is listed with its reason and the import goes on.\n" +
			"Ctrl-C stops it, keeping everything imported so far.",
		Args: minArgs(1, "import needs at least one PATH"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openArchive(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			ingest.SetMemoryLimit(os.Getenv)
			_, err = importPaths(cmd.Context(), s, args, g.stderr)
			return err
		},
	}
}

// importSummary is what the reader needs of an import's summary once it
// closes: the failures, to list them again.
type importSummary struct {
	failed   int
	failures []ingest.Failure
}

// printFailures lists the failures one per line, and how many more the
// summary counted than it listed (ingest.MaxFailures).
func (sum importSummary) printFailures(w io.Writer) {
	for _, f := range sum.failures {
		fmt.Fprintf(w, "  failed: %s: %s\n", shownPath(f.Path), content.Sanitize(f.Reason))
	}
	if more := sum.failed - len(sum.failures); more > 0 {
		fmt.Fprintf(w, "  ... and %s more failed\n", thousands(more))
	}
}

// importPaths imports paths with a progress bar on w (when a terminal) and
// a summary on w; failures are listed one per line, and so are the
// articles stored without body text (a file holding a title only), which
// the user would otherwise find empty in the reader without being told.
func importPaths(ctx context.Context, s ingest.Archive, paths []string, w io.Writer) (importSummary, error) {
	bar := progress.New(w)
	sum, err := ingest.Import(ctx, s, paths, ingest.Options{Progress: func(p ingest.Progress) {
		bar.Update(progress.Status{Label: p.Phase, Done: p.Done, Total: p.Total, Rate: p.Rate, ETA: p.ETA})
	}})
	bar.Done()
	out := importSummary{failed: sum.Failed, failures: sum.Failures}
	out.printFailures(w)
	for _, p := range sum.NoTextPaths {
		fmt.Fprintf(w, "  no body text, title only: %s\n", shownPath(p))
	}
	if more := sum.NoText - len(sum.NoTextPaths); more > 0 {
		fmt.Fprintf(w, "  ... and %s more without body text\n", thousands(more))
	}
	for _, f := range sum.LargeFiles {
		fmt.Fprintln(w, largeFileLine(f))
	}
	fmt.Fprintln(w, summaryLine(sum))
	switch {
	case errors.Is(err, context.Canceled):
		return out, errors.New("import interrupted; what was imported before is kept")
	case err != nil:
		return out, err
	case sum.Failed > 0:
		return out, fmt.Errorf("%s of %s could not be imported", thousands(sum.Failed), count(sum.Files, "file", "files"))
	}
	return out, nil
}

// largeFileLine says that a file past ingest.LargeFileBytes was imported;
// one article that long is slow to open and search in the reader.
func largeFileLine(f ingest.LargeFile) string {
	line := fmt.Sprintf("  large file: %s (%.1f MiB, %s)", shownPath(f.Path), float64(f.Size)/(1<<20),
		count(f.Articles, "article", "articles"))
	if f.Articles == 1 {
		line += ": one article this long is slow to open and search in the reader"
	}
	return line
}

// summaryLine is the import's one-line summary.
func summaryLine(sum ingest.Summary) string {
	parts := []string{
		thousands(sum.Imported) + " imported", thousands(sum.Updated) + " updated",
		thousands(sum.Unchanged) + " unchanged", count(sum.Duplicates, "duplicate", "duplicates"),
		thousands(sum.Failed) + " failed",
	}
	if sum.NotArticles > 0 {
		parts = append(parts, thousands(sum.NotArticles)+" skipped as not articles (pictures, scripts, READMEs, sidecar metadata...)")
	}
	return fmt.Sprintf("%s: %s (%s)", count(sum.Files, "file", "files"), strings.Join(parts, ", "),
		sum.Elapsed.Round(time.Millisecond))
}

// count is n with the noun in the number it needs: "1 file", "2 files",
// "6,000 files".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return thousands(n) + " " + many
}

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

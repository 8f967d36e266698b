package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/newsreader/newsreader/internal/progress"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// toJSONL writes articles [from, n) into one JSON Lines file, one scraper
// record a line (gen.Article.Record): the one large file of the import
// benchmark at a million articles. With -from above 0 the file is
// appended to, so it grows as an archive does.
func toJSONL(ctx context.Context, path string, arts <-chan []*gen.Article, from, n int) error {
	flags := os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	if from > 0 {
		flags = os.O_CREATE | os.O_WRONLY | os.O_APPEND
	}
	f, err := os.OpenFile(path, flags, 0o644)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	bar := progress.New(os.Stderr)
	start := time.Now()
	done := from
	for b := range arts {
		for _, a := range b {
			if err := enc.Encode(a.Record(done)); err != nil {
				f.Close()
				return err
			}
			done++
		}
		bar.Update(progress.Report(done, n, start))
	}
	bar.Done()
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return errors.New("interrupted")
	}
	fmt.Fprintf(os.Stderr, "synth: JSON Lines records %d to %d into %s in %s\n", from, done, path, time.Since(start).Round(time.Second))
	return nil
}

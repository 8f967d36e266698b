package sample

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
)

// Archive is an archive in a temporary folder of its own, which Close
// removes: the bundled sample, or the articles of a test. It is the same
// SQLite archive as the user's, so that its lists and searches behave
// as theirs do.
type Archive struct {
	*store.Store
	dir string
}

// Open builds an archive of the bundled articles. It costs about twice
// what parsing them does (tens of milliseconds), on the first run only:
// an archive with articles opens the user's instead. The archive is
// created while the articles are parsed.
func Open(ctx context.Context) (*Archive, error) {
	type opened struct {
		a   *Archive
		err error
	}
	created := make(chan opened, 1)
	go func() {
		a, err := create()
		created <- opened{a, err}
	}()
	articles, err := Parse()
	o := <-created
	if o.err != nil {
		return nil, o.err
	}
	if err == nil {
		err = o.a.add(ctx, articles)
	}
	if err != nil {
		o.a.Close()
		return nil, err
	}
	return o.a, nil
}

// Parse reads the bundled articles.
func Parse() ([]*content.Article, error) {
	files := Articles()
	var articles []*content.Article
	err := fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		as, err := formats.ParseBytes(name, data, formats.Options{})
		if err != nil {
			return fmt.Errorf("bundled sample %w", err)
		}
		articles = append(articles, as...)
		return nil
	})
	return articles, err
}

// NewArchive builds an archive of articles in a new temporary folder; the
// first article gets ID 1, the next 2, and so on.
func NewArchive(ctx context.Context, articles []*content.Article) (*Archive, error) {
	a, err := create()
	if err != nil {
		return nil, err
	}
	if err := a.add(ctx, articles); err != nil {
		a.Close()
		return nil, err
	}
	return a, nil
}

// create makes an empty archive in a new temporary folder.
func create() (*Archive, error) {
	dir, err := os.MkdirTemp("", "newsreader-sample-")
	if err != nil {
		return nil, err
	}
	s, err := store.Open(filepath.Join(dir, "archive.db"), store.OpenOptions{})
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &Archive{Store: s, dir: dir}, nil
}

// add writes articles, each as a file of its own.
func (a *Archive) add(ctx context.Context, articles []*content.Article) error {
	recs := make([]ingest.Record, len(articles))
	for i, art := range articles {
		recs[i] = ingest.Record{Path: fmt.Sprintf("article-%d", i+1), Article: art}
	}
	_, err := ingest.AddArticles(ctx, a.Store, recs, ingest.Options{})
	return err
}

// Close closes the archive and removes its folder.
func (a *Archive) Close() error {
	err := a.Store.Close()
	if rmErr := os.RemoveAll(a.dir); err == nil {
		err = rmErr
	}
	return err
}

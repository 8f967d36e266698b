package pgstore_test

import (
	"context"
	"path/filepath"
	"testing"
)

// TestConformanceVersion checks the number the reader polls to refresh,
// on both backends: it changes when an import adds articles, and not
// when a re-import changes nothing.
func TestConformanceVersion(t *testing.T) {
	ctx := context.Background()
	for _, b := range openBoth(t) {
		vs, ok := b.a.(interface {
			Version(ctx context.Context) (int64, error)
		})
		if !ok {
			t.Fatalf("%s: no Version", b.name)
		}
		version := func() int64 {
			v, err := vs.Version(ctx)
			if err != nil {
				t.Fatalf("%s: %v", b.name, err)
			}
			return v
		}
		dir := t.TempDir()
		write(t, filepath.Join(dir, "a.txt"), []byte("Rain in the valley\n\nThe rain came early to the valley this year, farmers said on Monday.\n"))
		write(t, filepath.Join(dir, "b.txt"), []byte("Harbour reopens\n\nThe harbour reopened on Tuesday after the storm had closed it for a week.\n"))
		empty := version()
		mustImport(t, b.a, dir)
		full := version()
		if full == empty {
			t.Errorf("%s: version %d unchanged by an import of two articles", b.name, full)
		}
		mustImport(t, b.a, dir)
		if v := version(); v != full {
			t.Errorf("%s: version %d -> %d by a re-import that changed nothing", b.name, full, v)
		}
		write(t, filepath.Join(dir, "c.txt"), []byte("Bridge opens\n\nThe new bridge over the river opened to traffic on Wednesday morning.\n"))
		mustImport(t, b.a, dir)
		if v := version(); v == full {
			t.Errorf("%s: version %d unchanged by a re-import that added an article", b.name, v)
		}
	}
}

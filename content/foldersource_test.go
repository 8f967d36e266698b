package content

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestSourceFromFoldersTakesTheNearestSiteFolder(t *testing.T) {
	for _, c := range []struct{ folders, want string }{
		{"sheritimes.com", "sheritimes.com"},
		{"mirror/www.voanews.com/a/2016/12", "voanews.com"},
		{"crawls/WWW.BBC.CO.UK/news", "bbc.co.uk"},
		{"nytimes.com/www.washingtonpost.com", "washingtonpost.com"},
		{"/home/me/archive/wikinews.org/2016", "wikinews.org"},
		{"archive/2016.12/v1.2", ""},
		{"people/john.smith", ""},
		{"docs/notes.md", ""},
		{"downloads/crawl.zip", ""},
		{"co.uk", ""},
		{"localhost", ""},
		{"127.0.0.1", ""},
		{"my_site.com", ""},
		{"-bad.com", ""},
		{"a..b.com", ""},
		{"", ""},
		{"/", ""},
	} {
		folders := filepath.FromSlash(c.folders)
		if got := SourceFromFolders(folders); got != c.want {
			t.Errorf("SourceFromFolders(%q) = %q, want %q", folders, got, c.want)
		}
	}
}

func FuzzSourceFromFolders(f *testing.F) {
	for _, s := range []string{"mirror/www.voanews.com/a", "co.uk", "a..b", "/", "x/\x1b[31mevil.com", "www.bbc.co.uk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, folders string) {
		got := SourceFromFolders(folders)
		if strings.Trim(got, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
			t.Fatalf("SourceFromFolders(%q) = %q: not a plain host name", folders, got)
		}
		if got != "" && !strings.Contains(folders, got) && !strings.Contains(strings.ToLower(folders), got) {
			t.Fatalf("SourceFromFolders(%q) = %q: not a folder of it", folders, got)
		}
	})
}

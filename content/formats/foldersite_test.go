package formats

import (
	"strings"
	"testing"
)

func TestFolderSiteTakesHostNamesOfSites(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"sheritimes.com", "sheritimes.com"},
		{"www.voanews.com", "voanews.com"},
		{"WWW.BBC.CO.UK", "bbc.co.uk"},
		{"wikinews.org", "wikinews.org"},
		{"2016.12", ""},
		{"v1.2", ""},
		{"john.smith", ""},
		{"notes.md", ""},
		{"crawl.zip", ""},
		{"co.uk", ""},
		{"localhost", ""},
		{"127.0.0.1", ""},
		{"my_site.com", ""},
		{"-bad.com", ""},
		{"a..b.com", ""},
		{"news", ""},
		{"", ""},
		{"/", ""},
	} {
		if got := FolderSite(c.name); got != c.want {
			t.Errorf("FolderSite(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

func FuzzFolderSite(f *testing.F) {
	for _, s := range []string{"www.voanews.com", "co.uk", "a..b", "/", "\x1b[31mevil.com", "www.bbc.co.uk"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		got := FolderSite(name)
		if strings.Trim(got, "abcdefghijklmnopqrstuvwxyz0123456789.-") != "" {
			t.Fatalf("FolderSite(%q) = %q: not a plain host name", name, got)
		}
		if got != "" && !strings.HasSuffix(strings.ToLower(name), got) {
			t.Fatalf("FolderSite(%q) = %q: not the name's host", name, got)
		}
	})
}

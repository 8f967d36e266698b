package content

import (
	"path/filepath"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// SourceFromFolders returns the site that a path of folders is named
// after, or "" when none is: scrapes and mirrors (wget, HTTrack) keep a
// site's pages under a folder named after its host, such as
// "www.voanews.com/a/2016/12". The nearest folder named like a host name
// under a public suffix of ICANN's ("voanews.com", "bbc.co.uk") wins,
// lower-cased and without "www.". Names that are file names more often
// than sites ("notes.md", "crawl.zip") and folders such as "v1.2",
// "2016.12" or "john.smith" are not taken. folders uses the system's path
// separator; what it returns holds only letters, digits, '-' and '.'.
func SourceFromFolders(folders string) string {
	for folders != "" {
		dir, name := filepath.Split(folders)
		if host, ok := siteFolder(name); ok {
			return host
		}
		if dir == folders { // a root, such as "/"
			break
		}
		folders = strings.TrimRight(dir, string(filepath.Separator))
	}
	return ""
}

// fileSuffixes are public suffixes that a folder's name ends in far more
// often as a file's extension.
var fileSuffixes = map[string]bool{"md": true, "zip": true, "mov": true}

// siteFolder reports whether a folder's name is a host name of a site,
// and returns it lower-cased without "www.".
func siteFolder(name string) (string, bool) {
	if len(name) > 253 || !strings.Contains(name, ".") {
		return "", false
	}
	host := strings.ToLower(name)
	for label := range strings.SplitSeq(host, ".") {
		if !hostLabel(label) {
			return "", false
		}
	}
	suffix, icann := publicsuffix.PublicSuffix(host)
	if !icann || suffix == host || fileSuffixes[suffix] {
		return "", false
	}
	return strings.TrimPrefix(host, "www."), true
}

// hostLabel reports whether s is one label of a host name: 1 to 63
// letters, digits and inner hyphens.
func hostLabel(s string) bool {
	if s == "" || len(s) > 63 || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

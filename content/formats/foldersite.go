package formats

import (
	"strings"

	"golang.org/x/net/publicsuffix"
)

// FolderSite returns the site a folder's name names, or "" when it names
// none: scrapes and mirrors (wget, HTTrack) keep a site's pages under a
// folder named after its host, such as "www.voanews.com". A name counts
// when it is a host name under one of ICANN's public suffixes
// ("voanews.com", "bbc.co.uk"); it comes back lower-cased, without
// "www.". Names that are file names more often than sites ("notes.md",
// "crawl.zip") and such as "v1.2", "2016.12" or "john.smith" do not. What
// it returns holds only letters, digits, '-' and '.'.
func FolderSite(name string) string {
	if len(name) > 253 || !strings.Contains(name, ".") {
		return ""
	}
	host := strings.ToLower(name)
	for label := range strings.SplitSeq(host, ".") {
		if !hostLabel(label) {
			return ""
		}
	}
	suffix, icann := publicsuffix.PublicSuffix(host)
	if !icann || suffix == host || fileSuffix(suffix) {
		return ""
	}
	return strings.TrimPrefix(host, "www.")
}

// fileSuffix reports public suffixes that a folder's name ends in far
// more often as a file's extension.
func fileSuffix(suffix string) bool {
	switch suffix {
	case "md", "zip", "mov":
		return true
	}
	return false
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

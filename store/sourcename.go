package store

import (
	"context"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/net/publicsuffix"
)

// One publisher reaches the archive under several names: a feed names
// itself ("Wikinews", its channel's title), a JSON dump by its host
// ("en.wikinews.org"), a folder by the site it mirrors. A source: filter
// takes them as one publisher when they share a name key (publisherKey)
// or when the site's host is that of the source's articles' addresses.

// publisherKey is the name a source is known by, folded: for a host, the
// label of its registrable domain ("en.wikinews.org" → "wikinews",
// "www.bbc.co.uk" → "bbc"); for a name, its letters and digits in lower
// case ("Wikinews" → "wikinews", "The Example News" → "theexamplenews").
func publisherKey(source string) string {
	s := strings.ToLower(strings.TrimSpace(source))
	if h := hostOf(s); h != "" {
		if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
			label, _, _ := strings.Cut(d, ".")
			return label
		}
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// hostOf is s as a host name ("en.wikinews.org", "https://x.org/a" →
// "x.org"); "" when s is not one (it holds spaces or no dot).
func hostOf(s string) string {
	if strings.Contains(s, "://") {
		if u, err := url.Parse(s); err == nil {
			s = u.Hostname()
		}
	}
	if s == "" || !strings.Contains(s, ".") || strings.ContainsAny(s, " /") {
		return ""
	}
	return strings.TrimPrefix(s, "www.")
}

// sameSite reports whether host is site or one of its subdomains.
func sameSite(host, site string) bool {
	return strings.EqualFold(host, site) ||
		len(host) > len(site) && host[len(host)-len(site)-1] == '.' && strings.EqualFold(host[len(host)-len(site):], site)
}

// samePublisher reports whether the archive's source src is the
// publisher a source: filter names (site). A site that is a host takes
// its subdomains, and the sources named by a name whose articles are on
// it (srcURL, the address of one of its newest articles, "" when none)
// or whose name is its key ("Wikinews" for en.wikinews.org); a site that
// is a name ("wikinews") takes every source of the same publisher key.
func samePublisher(src, srcURL, site string) bool {
	if sameSite(src, site) {
		return true
	}
	siteHost, srcHost := hostOf(strings.ToLower(site)), hostOf(strings.ToLower(src))
	key := publisherKey(site)
	switch {
	case siteHost == "":
		return key != "" && (key == publisherKey(src) || srcURL != "" && key == publisherKey(srcURL))
	case srcHost != "":
		return sameSite(srcHost, siteHost)
	}
	if h := hostOf(strings.ToLower(srcURL)); h != "" && sameSite(h, siteHost) {
		return true
	}
	return key != "" && key == publisherKey(src)
}

// sourceURL is the address of one of the newest articles of the source
// src that has one, "" when none of its newest 20 has: what tells the
// site a source named by a name publishes on. The bound keeps a source
// of files without addresses from being read to its end.
func (s *Store) sourceURL(ctx context.Context, src string) (string, error) {
	rows, err := s.query(ctx, `SELECT url FROM (SELECT url FROM articles WHERE source = ? COLLATE NOCASE
		ORDER BY source COLLATE NOCASE, fts_key DESC LIMIT 20) WHERE url <> '' LIMIT 1`, src)
	if err != nil {
		return "", s.wrap(err)
	}
	defer rows.Close()
	var u string
	if rows.Next() {
		if err := rows.Scan(&u); err != nil {
			return "", s.wrap(err)
		}
	}
	return u, s.wrap(rows.Err())
}

// PublisherSources keeps of an archive's distinct sources (all) those
// that are the publisher a source: filter names (site), as samePublisher
// decides; urlOf gives the address of one of a source's newest articles
// ("" when none), asked only of sources named by a name rather than a
// host. Both archives' source: filters take their sources from it.
func PublisherSources(ctx context.Context, all []string, site string, urlOf func(ctx context.Context, src string) (string, error)) ([]string, error) {
	var out []string
	for _, src := range all {
		if src == "" {
			continue
		}
		srcURL := ""
		if hostOf(strings.ToLower(src)) == "" {
			var err error
			if srcURL, err = urlOf(ctx, src); err != nil {
				return nil, err
			}
		}
		if samePublisher(src, srcURL, site) {
			out = append(out, src)
		}
	}
	return out, nil
}

package formats

import (
	"errors"
	"path/filepath"
	"strings"
)

// NotArticleName reports whether a file's name says it holds no article:
// what a saved site or a scrape keeps beside its pages and no reader here
// takes (images, audio and video, fonts, stylesheets and scripts, office
// documents, archives other than gzip, which Parse opens, executables and
// databases), the files a site serves about itself (robots.txt...), and
// the notes a dataset or a repository keeps beside its articles (README,
// LICENSE, CHANGELOG..., with any extension). An import that walks a
// folder skips such files rather than reading each one to fail on it; a
// file given by name is read whatever it is called.
// The name decides alone, ignoring case.
func NotArticleName(name string) bool {
	// The files a site serves about itself, which mirrors keep.
	switch strings.ToLower(filepath.Base(name)) {
	case "robots.txt", "ads.txt", "app-ads.txt", "humans.txt", "security.txt", "llms.txt":
		return true
	}
	// A dataset's or a repository's own notes: README.md, LICENSE.txt...
	base := strings.ToLower(filepath.Base(name))
	switch strings.TrimSuffix(base, filepath.Ext(base)) {
	case "readme", "license", "licence", "copying", "changelog", "contributing", "citation":
		return true
	}
	if isSidecarName(base) {
		return true
	}
	switch strings.ToLower(strings.TrimPrefix(filepath.Ext(name), ".")) {
	case "jpg", "jpeg", "png", "gif", "webp", "avif", "bmp", "ico", "tif", "tiff", "svg", "heic",
		"mp3", "mp4", "m4a", "m4v", "webm", "ogg", "oga", "ogv", "opus", "wav", "flac", "mov", "avi", "mkv",
		"woff", "woff2", "ttf", "otf", "eot",
		"css", "js", "mjs", "map", "wasm",
		"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "epub",
		"zip", "7z", "rar", "tar", "tgz", "bz2", "xz", "zst",
		"exe", "dll", "so", "dylib", "bin", "iso", "dmg",
		"db", "sqlite", "sqlite3":
		return true
	}
	return false
}

// sidecarKinds are the inner extensions of the JSON files that tools
// keep beside a document to describe it, never an article themselves:
// annotations (story.gold.json), a downloader's record of a page or
// video (story.info.json, yt-dlp and gallery-dl's name) and metadata
// (story.meta.json, story.metadata.json).
var sidecarKinds = []string{".gold", ".info", ".meta", ".metadata"}

// isSidecarName reports whether a lower-cased base name is a sidecar
// metadata file by its name: NAME.KIND.json (gzipped too).
func isSidecarName(base string) bool {
	base = strings.TrimSuffix(base, ".gz")
	stem, ok := strings.CutSuffix(base, ".json")
	if !ok {
		return false
	}
	for _, k := range sidecarKinds {
		if len(stem) > len(k) && strings.HasSuffix(stem, k) {
			return true
		}
	}
	return false
}

// NoArticleFields reports whether err says that a JSON document has none
// of the fields an article is read from (no text, body, content...).
// Beside a file of the same name it is a sidecar, metadata about that
// file, and an import walking a folder skips it as holding no article.
func NoArticleFields(err error) bool { return errors.Is(err, errNoArticle) }

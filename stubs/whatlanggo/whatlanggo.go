// Package whatlanggo holds the names go-trafilatura refers to, without a
// language detector. See README.md for why newsreader links this instead
// of RadhiFadlillah/whatlanggo.
package whatlanggo

// Lang is a language; the stub knows none.
type Lang int

// DetectLang detects nothing: newsreader never reads the language
// go-trafilatura would record.
func DetectLang(text string) Lang {
	return -1
}

// Iso6391 is the language's two-letter code: none, which go-trafilatura
// reads as "language unknown" and leaves Metadata.Language empty.
func (lang Lang) Iso6391() string {
	return ""
}

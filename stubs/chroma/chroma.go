// Package chroma holds the few chroma names Glamour's ansi package refers to,
// without chroma's lexers and styles. See README.md for why newsreader links
// this instead of chroma.
package chroma

// TokenType is a kind of token a style can colour.
type TokenType int

// The token types Glamour's code-block styles name. Their values are only
// keys of StyleEntries here.
const (
	Background TokenType = iota
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordReserved
	KeywordNamespace
	KeywordType
	Operator
	Punctuation
	Name
	NameBuiltin
	NameTag
	NameAttribute
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	Literal
	LiteralNumber
	LiteralDate
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries maps token types to style strings.
type StyleEntries map[TokenType]string

// Style is a named set of entries.
type Style struct {
	Name    string
	Entries StyleEntries
}

// MustNewStyle returns a style with those entries.
func MustNewStyle(name string, entries StyleEntries) *Style {
	return &Style{Name: name, Entries: entries}
}

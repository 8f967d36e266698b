// Package content is the core of article handling: the Article with its
// blocks, quotations and people, Clean (the untrusted-text boundary),
// Sanitize, and the Markdown form of an article. Reading files is
// content/formats; finding people and quotations is content/annotate.
// Neither is imported here: the dependencies run formats → annotate →
// content.
package content

import (
	"encoding/json"
	"strings"
)

// BlockType says what a Block of an article's body is.
type BlockType string

// The kinds of body block. The JSON names are part of `show --format json`.
const (
	// BlockHeading is a subhead inside the body (the title is not a block).
	BlockHeading BlockType = "heading"
	// BlockParagraph is an ordinary body paragraph, which may contain
	// inline quotations (see Article.Quotes).
	BlockParagraph BlockType = "paragraph"
	// BlockCaption is an image or video caption, shown once.
	BlockCaption BlockType = "caption"
	// BlockQuote is a block quotation (an HTML blockquote or a pull quote).
	BlockQuote BlockType = "quote"
	// BlockList is one item of a list; consecutive items form one list.
	BlockList BlockType = "list"
	// BlockCredit is a contributor or byline credit line
	// ("Youmi Kim in Seoul contributed to this report.").
	BlockCredit BlockType = "credit"
	// BlockStandfirst is the deck under a headline: a sentence or two
	// summing the story up, printed apart from it ("Officials say the
	// plan will cost less than feared."). It is not body text.
	BlockStandfirst BlockType = "standfirst"
)

// InText reports whether blocks of type t are the article's running text
// (Article.Text): paragraphs, subheads, block quotes and list items are;
// captions, credits and the standfirst are shown as blocks but are about
// the story, not of it.
func (t BlockType) InText() bool {
	switch t {
	case BlockCaption, BlockCredit, BlockStandfirst:
		return false
	}
	return true
}

// Block is one unit of an article's body, in reading order. Text is plain
// text: no Markdown, no HTML, no terminal control sequences, no newlines.
type Block struct {
	Type BlockType `json:"type"`
	Text string    `json:"text"`
	// Cite is whom a block quote is attributed to when the page signs it
	// apart from the quotation (a pull quote followed by "Valeska Paris"):
	// the signature as written, "" otherwise. Text holds only the quotation.
	Cite string `json:"cite,omitempty"`
}

// Span locates a piece of text inside Article.Blocks: Text[Start:End] of
// block Block (byte offsets).
type Span struct {
	Block      int
	Start, End int
}

// Quote is a quotation found in the article.
type Quote struct {
	// Text is the quoted words without the enclosing quotation marks;
	// a quotation continued across paragraphs is joined with one space.
	Text string `json:"text"`
	// Speaker is who said it, or nil when the article does not let us
	// know: the canonical name of the Person (a Person's Name) when
	// SpeakerType is SpeakerPerson, else the words that name the
	// organisation or describe the speaker ("the company", "the mayor").
	Speaker *string `json:"speaker"`
	// SpeakerType says what Speaker is: SpeakerPerson,
	// SpeakerOrganization or SpeakerDescription; "" (JSON null) when
	// there is no speaker. Only persons are People of the article.
	SpeakerType SpeakerType `json:"speaker_type"`
	// Spans locate the quotation, marks included, one per block it covers.
	Spans []Span `json:"-"`
}

// SpeakerType is the kind of a quotation's speaker.
type SpeakerType string

// The kinds of speaker; the zero value is no speaker.
const (
	SpeakerPerson       SpeakerType = "person"
	SpeakerOrganization SpeakerType = "organization"
	SpeakerDescription  SpeakerType = "description"
)

// MarshalJSON writes the kind, or null for none.
func (t SpeakerType) MarshalJSON() ([]byte, error) {
	if t == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(t))
}

// UnmarshalJSON reads the kind; null is none.
func (t *SpeakerType) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*t = SpeakerType(s)
	return nil
}

// Person is someone the article is about or quotes.
type Person struct {
	// Name is the fullest form of the name written in the article,
	// without titles or possessives ("Hosaka Yuji", "Vladimir Putin").
	Name string `json:"name"`
	// Aliases are the other forms used, in order of first use ("Putin").
	Aliases []string `json:"aliases"`
	// Role is the fullest, most specific role given ("Russian President").
	Role string `json:"role"`
	// Mentions counts each naming in the article (repeated captions once);
	// a person the title names and the body does not is counted for the
	// title's namings.
	Mentions int `json:"mentions"`
	// Quotes counts the quotations attributed to this person.
	Quotes int `json:"quotes"`
	// Spans locate each naming in Article.Blocks, for highlighting; a
	// naming in the title has none, so a person named in the title only
	// has none at all.
	Spans []Span `json:"-"`
}

// Article is one news article read out of an archive file.
type Article struct {
	Title string `json:"title"`
	// Published is when the article was published, to the precision its
	// source stated; zero when unknown (never invented). In JSON it is
	// YYYY-MM-DD or RFC 3339 (YYYY or YYYY-MM for a year or month), "" when
	// unknown.
	Published Date `json:"published"`
	// Source is the site or outlet ("voanews.com", "Wikinews"), "" if unknown.
	Source string `json:"source"`
	URL    string `json:"url"`
	// Byline is the author line as credited ("By Jane Doe" gives "Jane Doe").
	Byline string `json:"byline"`
	// Dateline is the place line opening the story ("SEOUL"), if any.
	Dateline     string   `json:"dateline,omitempty"`
	Contributors []string `json:"contributors"`
	// Text is the article body alone: the text of the blocks that are
	// running text (BlockType.InText: not captions, credits or the
	// standfirst), joined by blank lines, without the title. See MainText.
	Text   string   `json:"text"`
	Blocks []Block  `json:"blocks"`
	Quotes []Quote  `json:"quotes"`
	People []Person `json:"people"`

	// Format is the input format that produced the article ("text",
	// "html", "warc", "json", "feed", "markdown").
	Format string `json:"-"`
	// Key identifies the article inside a multi-article file (a WARC
	// record's target URI, a JSONL line number, a feed item's GUID);
	// "" for single-article files.
	Key string `json:"-"`
	// Hash is the hex SHA-256 of the raw bytes the article was read from
	// (the whole file, or its record), used by the archive to deduplicate.
	Hash string `json:"-"`
}

// BodyText joins the blocks' text with blank lines: the plain text of the
// article without its title.
func (a *Article) BodyText() string {
	size := 0
	for _, bl := range a.Blocks {
		size += len(bl.Text) + 2
	}
	var b strings.Builder
	b.Grow(size) // one allocation: large growing buffers cost more than the copy
	for i, bl := range a.Blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}

// MainText joins the text of the blocks that are running text
// (BlockType.InText) with blank lines: the article body alone, as
// Article.Text holds it. BodyText keeps every block.
func (a *Article) MainText() string {
	size := 0
	for _, bl := range a.Blocks {
		size += len(bl.Text) + 2
	}
	var b strings.Builder
	b.Grow(size)
	for _, bl := range a.Blocks {
		if !bl.Type.InText() {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	return b.String()
}

// ParagraphCount counts body paragraphs: paragraph and block-quote blocks.
// Title, headings, captions, list items and credits are not paragraphs.
func (a *Article) ParagraphCount() int {
	n := 0
	for _, bl := range a.Blocks {
		if bl.Type == BlockParagraph || bl.Type == BlockQuote {
			n++
		}
	}
	return n
}

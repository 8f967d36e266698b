package gen

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsreader/newsreader/content"
)

// Article is a generated news article.
type Article struct {
	Title     string
	Published time.Time
	Source    Source
	Byline    string
	Dateline  string
	// Blocks are the body: paragraphs and a few subheads.
	Blocks []content.Block
	People []Person
	Quotes []Quote
	Words  int
}

// Person is someone the article names, with how often.
type Person struct {
	Name, Surname, Role string
	Mentions, Quotes    int
}

// Quote is a quotation of the article and who said it.
type Quote struct {
	Text, Speaker string
}

// firstDay and days bound the publication dates: 2000-01-01 onwards,
// about 27 years.
var firstDay = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

const days = 27 * 365

// MoveToYear dates the article in year, keeping its month and day
// (February 29 becomes March 1 in a common year): an archive of one
// year's news, where Next spreads dates over 27 years.
func (a *Article) MoveToYear(year int) {
	d := a.Published
	a.Published = time.Date(year, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// Next generates an article.
func (g *Generator) Next() *Article {
	r := g.rng
	a := &Article{
		Source:    g.sources[r.IntN(len(g.sources))],
		Published: firstDay.AddDate(0, 0, r.IntN(days)),
	}
	a.Dateline = strings.ToUpper(g.proper[r.IntN(len(g.proper))])
	if r.IntN(3) > 0 {
		a.Byline = g.proper[r.IntN(len(g.proper))] + " " + g.proper[r.IntN(len(g.proper))]
	}
	target := 300 + int(r.ExpFloat64()*260)
	if target > 2000 {
		target = 2000
	}
	cast := g.cast()
	a.Title = g.title(cast[0])
	for a.Words < target {
		if len(a.Blocks) > 3 && r.IntN(9) == 0 {
			h := g.heading()
			a.Blocks = append(a.Blocks, content.Block{Type: content.BlockHeading, Text: h})
			a.Words += len(strings.Fields(h))
			continue
		}
		text := g.paragraph(a, cast)
		a.Words += len(strings.Fields(text))
		a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: text})
	}
	for _, p := range cast {
		if p.Mentions > 0 {
			a.People = append(a.People, *p)
		}
	}
	return a
}

// cast draws the two to five people an article is about.
func (g *Generator) cast() []*Person {
	cast := make([]*Person, 0, 5)
	for want := 2 + g.rng.IntN(4); len(cast) < want; {
		// The draw favours the people most in the news, so it repeats
		// itself: a cast holds each person once, as an article's people do.
		p := g.people[g.peopleZ.Uint64()]
		name := p.first + " " + p.last
		if !slices.ContainsFunc(cast, func(c *Person) bool { return c.Name == name }) {
			cast = append(cast, &Person{Name: name, Surname: p.last, Role: p.role})
		}
	}
	return cast
}

// paragraph writes the next paragraph of a: two to four sentences, the
// first paragraph opening with the dateline.
func (g *Generator) paragraph(a *Article, cast []*Person) string {
	r := g.rng
	var b strings.Builder
	if len(a.Blocks) == 0 {
		b.WriteString(a.Dateline + " — ")
	}
	n := 2 + r.IntN(3)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		// The lead names the story's main person; later sentences
		// name one of the cast now and then.
		if lead := len(a.Blocks) == 0 && i == n-1 && cast[0].Mentions == 0; lead || r.IntN(3) == 0 {
			p := cast[0]
			if !lead {
				p = cast[r.IntN(len(cast))]
			}
			b.WriteString(g.personSentence(a, p))
		} else {
			b.WriteString(g.sentence())
		}
	}
	return b.String()
}

func (g *Generator) title(lead *Person) string {
	s := g.bareSentence()
	fs := strings.Fields(strings.TrimRight(s, ".!?"))
	if len(fs) > 9 {
		fs = fs[:5+g.rng.IntN(5)]
	}
	t := strings.TrimRight(strings.Join(fs, " "), ",;:")
	if g.rng.IntN(3) == 0 {
		t = lead.Surname + ": " + t
	}
	return strings.ToUpper(t[:1]) + t[1:]
}

func (g *Generator) heading() string {
	fs := strings.Fields(g.bareSentence())
	n := min(len(fs), 2+g.rng.IntN(3))
	h := strings.TrimRight(strings.Join(fs[:n], " "), ",.;:")
	return strings.ToUpper(h[:1]) + h[1:]
}

// personSentence names p (in full with the role the first time) and
// often quotes them.
func (g *Generator) personSentence(a *Article, p *Person) string {
	first := p.Mentions == 0
	p.Mentions++
	name := p.Surname
	if first {
		name = p.Name + ", " + p.Role + ","
	}
	if g.rng.IntN(2) == 0 {
		s := g.bareSentence()
		p.Quotes++
		if !first {
			s = strings.TrimRight(s, ".")
		}
		a.Quotes = append(a.Quotes, Quote{Text: s, Speaker: p.Name})
		if first {
			return fmt.Sprintf("%s said: “%s”", name, s)
		}
		return fmt.Sprintf("“%s” %s said.", s, name)
	}
	s := g.sentence()
	if first {
		return fmt.Sprintf("According to %s %s", strings.TrimSuffix(name, ","), lowerFirst(s))
	}
	return fmt.Sprintf("%s noted that %s", name, lowerFirst(s))
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	fs := strings.SplitN(s, " ", 2)
	if len(fs[0]) > 1 && strings.ToUpper(fs[0]) == fs[0] {
		return s // an acronym
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// Text is the article as a scraper saves a page as plain text: site
// navigation, title, date line, byline, paragraphs separated by blank
// lines, and a footer.
func (a *Article) Text() []byte {
	var b strings.Builder
	for _, l := range a.Source.nav {
		b.WriteString(l + "\n\n")
	}
	b.WriteString(a.Title + "\n\n")
	b.WriteString(a.Published.Format("January 2, 2006") + "\n\n")
	if a.Byline != "" {
		b.WriteString("By " + a.Byline + "\n\n")
	}
	for _, bl := range a.Blocks {
		b.WriteString(bl.Text + "\n\n")
	}
	b.WriteString("Share this article\n\n© " + a.Source.Name + "\n")
	return []byte(b.String())
}

// Content is the article as package content would read it from Text,
// built directly (no parsing): the bulk path of the generator.
func (a *Article) Content() *content.Article {
	c := &content.Article{
		Title:        a.Title,
		Published:    content.DateOf(a.Published, content.PrecisionDay),
		Source:       a.Source.Domain,
		Byline:       a.Byline,
		Dateline:     a.Dateline,
		Contributors: []string{},
		Blocks:       slices.Clone(a.Blocks),
		Format:       "text",
	}
	// content takes the dateline out of the paragraph it opens.
	if len(c.Blocks) > 0 {
		c.Blocks[0].Text = strings.TrimPrefix(c.Blocks[0].Text, a.Dateline+" — ")
	}
	sum := sha256.Sum256(a.Text())
	c.Hash = hex.EncodeToString(sum[:])
	c.Text = c.BodyText()
	for _, q := range a.Quotes {
		sp := q.Speaker
		cq := content.Quote{Text: q.Text, Speaker: &sp}
		for i, bl := range c.Blocks {
			if at := strings.Index(bl.Text, q.Text); at >= 0 {
				cq.Spans = []content.Span{{Block: i, Start: at, End: at + len(q.Text)}}
				break
			}
		}
		c.Quotes = append(c.Quotes, cq)
	}
	for _, p := range a.People {
		cp := content.Person{Name: p.Name, Aliases: []string{p.Surname}, Role: p.Role, Mentions: p.Mentions, Quotes: p.Quotes}
		for i, bl := range c.Blocks {
			for off := 0; ; {
				at := strings.Index(bl.Text[off:], p.Surname)
				if at < 0 {
					break
				}
				cp.Spans = append(cp.Spans, content.Span{Block: i, Start: off + at, End: off + at + len(p.Surname)})
				off += at + len(p.Surname)
			}
		}
		c.People = append(c.People, cp)
	}
	if c.Quotes == nil {
		c.Quotes = []content.Quote{}
	}
	if c.People == nil {
		c.People = []content.Person{}
	}
	return c
}

// Record is the article as a news scraper's JSON record (news-please's
// field names): title, publication date, URL, site, authors and the body
// as plain text, paragraphs and subheads separated by blank lines, the
// dateline opening the first paragraph as in Text. n numbers the URL, as
// the file name numbers a text file.
func (a *Article) Record(n int) Record {
	body := make([]string, len(a.Blocks))
	for i, bl := range a.Blocks {
		body[i] = bl.Text
	}
	r := Record{
		Title:       a.Title,
		DatePublish: a.Published.Format("2006-01-02 15:04:05"),
		URL:         fmt.Sprintf("https://%s/news/%07d", a.Source.Domain, n),
		SourceName:  a.Source.Domain,
		MainText:    strings.Join(body, "\n\n"),
	}
	if a.Byline != "" {
		r.Authors = []string{a.Byline}
	}
	return r
}

// Record is a scraper's JSON record of an article (news-please's names).
type Record struct {
	Title       string   `json:"title"`
	DatePublish string   `json:"date_publish"`
	URL         string   `json:"url"`
	SourceName  string   `json:"source_domain"`
	Authors     []string `json:"authors,omitempty"`
	MainText    string   `json:"maintext"`
}

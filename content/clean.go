package content

// Clean makes a at the untrusted-text boundary what every later step may
// rely on: terminal control sequences and other control characters
// removed from every text field (see Sanitize), white space folded to
// single spaces (every text field of an Article is one line), and blocks
// left empty dropped. The format readers' driver calls it once for every
// article, before anything else reads the text.
func Clean(a *Article) {
	a.EachText(func(s *string) { *s = oneLine(*s) })
	blocks := a.Blocks[:0]
	for _, bl := range a.Blocks {
		if bl.Text != "" {
			blocks = append(blocks, bl)
		}
	}
	a.Blocks = blocks
}

// EachText calls f with a pointer to every text field of a, in the order
// of the struct: title, source, URL, byline, dateline,
// contributors, each block's text and cite, each quotation's text and
// speaker, each person's name, aliases and role. The body text (a.Text),
// which is derived from the blocks, is not visited, nor is Published, a
// parsed value that holds no text. f may change the
// fields; it is the one walk over an article's text, so that a cleaning
// step cannot miss a field.
func (a *Article) EachText(f func(*string)) {
	f(&a.Title)
	f(&a.Source)
	f(&a.URL)
	f(&a.Byline)
	f(&a.Dateline)
	for i := range a.Contributors {
		f(&a.Contributors[i])
	}
	for i := range a.Blocks {
		f(&a.Blocks[i].Text)
		f(&a.Blocks[i].Cite)
	}
	for i := range a.Quotes {
		f(&a.Quotes[i].Text)
		if a.Quotes[i].Speaker != nil {
			f(a.Quotes[i].Speaker)
		}
	}
	for i := range a.People {
		p := &a.People[i]
		f(&p.Name)
		for j := range p.Aliases {
			f(&p.Aliases[j])
		}
		f(&p.Role)
	}
}

// HasText reports whether any of blocks has text that Clean would keep: a
// reader that needs a body to go on asks it before the article is
// finished.
func HasText(blocks []Block) bool {
	for _, bl := range blocks {
		if oneLine(bl.Text) != "" {
			return true
		}
	}
	return false
}

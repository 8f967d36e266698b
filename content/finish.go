package content

// finish completes an article whose blocks a format reader has built. Every
// reader calls it last, so that all formats share one cleaning, quotation
// and people pipeline.
func finish(a *Article) {
	sanitizeArticle(a)
	Annotate(a)
	a.Text = a.BodyText()
	if a.Contributors == nil {
		a.Contributors = []string{}
	}
	if a.Blocks == nil {
		a.Blocks = []Block{}
	}
	if a.Quotes == nil {
		a.Quotes = []Quote{}
	}
	if a.People == nil {
		a.People = []Person{}
	}
}

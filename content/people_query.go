package content

// QuotesBy returns the quotations attributed to the person whose
// canonical name (Person.Name) is name, in reading order.
func (a *Article) QuotesBy(name string) []Quote {
	var out []Quote
	for _, q := range a.Quotes {
		if q.Speaker != nil && *q.Speaker == name {
			out = append(out, q)
		}
	}
	return out
}

// PersonAt returns the index in a.People of the person named at byte
// offset off of block b, and false when no naming covers that place.
// A reader uses it to tell who a highlighted name is.
func (a *Article) PersonAt(b, off int) (int, bool) {
	for i := range a.People {
		for _, sp := range a.People[i].Spans {
			if sp.Block == b && sp.Start <= off && off < sp.End {
				return i, true
			}
		}
	}
	return 0, false
}

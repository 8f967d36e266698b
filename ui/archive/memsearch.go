package archive

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/textmatch"
)

// snippetBytes is about how long a search snippet is; snippetLead how
// much of it comes before the first match (little: list panes are narrow).
const (
	snippetBytes = 160
	snippetLead  = 20
)

// Search implements Archive with a plain scan: every term must occur in
// the title or text; hits are ranked by how often the terms occur.
func (m *Memory) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	p := ParseQuery(query)
	type scored struct {
		hit   Hit
		score int
	}
	var found []scored
	for _, i := range m.order(SortDate) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a := m.articles[i]
		if !m.passes(a, p) {
			continue
		}
		body := a.BodyText()
		text := textmatch.New(a.Title + "\n\n" + body)
		score := 0
		for _, term := range p.Terms {
			ms := text.Find(term)
			if len(ms) == 0 {
				score = -1
				break
			}
			score += len(ms)
		}
		if score < 0 || (len(p.Terms) == 0 && len(p.Filters) == 0) {
			continue
		}
		hit := Hit{Item: m.items[i]}
		// The snippet comes from the body, around its first match.
		var inBody [][2]int
		bodyText := textmatch.New(body)
		for _, term := range p.Terms {
			if ms := bodyText.Find(term); len(ms) > 0 {
				inBody = append(inBody, ms[0])
			}
		}
		hit.Snippet, hit.Matches = snippet(body, inBody, p.Highlights())
		found = append(found, scored{hit, score})
	}
	slices.SortStableFunc(found, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	out := make([]Hit, 0, min(limit, len(found)))
	for _, f := range found[:min(limit, len(found))] {
		out = append(out, f.hit)
	}
	return out, nil
}

// passes reports whether a satisfies the query's filters.
func (m *Memory) passes(a *content.Article, p ParsedQuery) bool {
	for key, values := range p.Filters {
		for _, v := range values {
			fv := textmatch.Fold(v)
			var ok bool
			switch key {
			case "person":
				ok = mentions(a, fv)
			case "source":
				ok = strings.Contains(textmatch.Fold(a.Source), fv)
			case "title":
				ok = strings.Contains(textmatch.Fold(a.Title), fv)
			case "after":
				ok = a.Published != "" && a.Published >= v
			case "before":
				ok = a.Published != "" && a.Published < v
			}
			if !ok {
				return false
			}
		}
	}
	return true
}

// snippet cuts a one-line excerpt of body around the first match and
// finds the terms in it.
func snippet(body string, first [][2]int, terms []string) (string, [][2]int) {
	at := 0
	if len(first) > 0 {
		at = slices.MinFunc(first, func(a, b [2]int) int { return a[0] - b[0] })[0]
	}
	start := max(0, at-snippetLead)
	for start > 0 && start < len(body) && body[start] != ' ' && body[start] != '\n' {
		start--
	}
	end := min(len(body), start+snippetBytes)
	for end < len(body) && body[end] != ' ' && body[end] != '\n' {
		end++
	}
	s := strings.Join(strings.Fields(body[start:end]), " ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(body) {
		s += "…"
	}
	return s, textmatch.New(s).FindAny(terms, false)
}

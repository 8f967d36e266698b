package archive

import (
	"strings"
	"unicode"
)

// ParsedQuery is a search query in the syntax of `newsreader search`,
// taken apart.
type ParsedQuery struct {
	// Terms are the words and "quoted phrases" to find, without
	// operators, filters and negated terms.
	Terms []string
	// Filters maps a filter name (person, source, after, before, title)
	// to its values, in the order given.
	Filters map[string][]string
}

// ParseQuery takes a search query apart. It never fails: what it does not
// understand is kept as a term.
func ParseQuery(q string) ParsedQuery {
	p := ParsedQuery{Filters: map[string][]string{}}
	for _, tok := range tokens(q) {
		if tok.negated || (!tok.quoted && isOperator(tok.text)) {
			continue
		}
		if tok.key != "" {
			p.Filters[tok.key] = append(p.Filters[tok.key], strings.TrimSpace(tok.text))
			continue
		}
		text := strings.TrimSpace(strings.TrimRight(tok.text, "*"))
		if text != "" {
			p.Terms = append(p.Terms, text)
		}
	}
	return p
}

// Highlights returns what a reader should highlight in an article found
// by the query: its terms, the titles' words and the people it names.
func (p ParsedQuery) Highlights() []string {
	out := append([]string(nil), p.Terms...)
	out = append(out, p.Filters["person"]...)
	out = append(out, p.Filters["title"]...)
	return out
}

// Ranked reports whether the archive ranks the query's hits by relevance:
// it has words to weigh (in the text or the title). A query of other
// filters only (person, source, dates) lists the newest matches.
func (p ParsedQuery) Ranked() bool {
	return len(p.Terms) > 0 || len(p.Filters["title"]) > 0
}

func isOperator(s string) bool {
	return s == "AND" || s == "OR" || s == "NOT" || s == "NEAR"
}

type token struct {
	key     string // filter name, or ""
	text    string
	quoted  bool
	negated bool
}

// tokens splits q on spaces outside double quotes, recognising key:value,
// key:"a value", "a phrase" and -negated tokens.
func tokens(q string) []token {
	var out []token
	rs := []rune(q)
	for i := 0; i < len(rs); {
		if unicode.IsSpace(rs[i]) {
			i++
			continue
		}
		var t token
		if rs[i] == '-' {
			t.negated = true
			i++
		}
		start := i
		for i < len(rs) && !unicode.IsSpace(rs[i]) && rs[i] != '"' && rs[i] != ':' {
			i++
		}
		if i < len(rs) && rs[i] == ':' && isFilter(string(rs[start:i])) {
			t.key = strings.ToLower(string(rs[start:i]))
			i++
			start = i
		}
		if i < len(rs) && rs[i] == '"' && i == start {
			i++
			end := i
			for end < len(rs) && rs[end] != '"' {
				end++
			}
			t.text, t.quoted = string(rs[i:end]), true
			i = min(end+1, len(rs))
		} else {
			for i < len(rs) && !unicode.IsSpace(rs[i]) {
				i++
			}
			t.text = strings.Trim(string(rs[start:i]), `"`)
		}
		if strings.TrimSpace(t.text) != "" {
			out = append(out, t)
		}
	}
	return out
}

// isFilter reports whether s names a filter of the search syntax.
func isFilter(s string) bool {
	switch strings.ToLower(s) {
	case "person", "source", "after", "before", "title":
		return true
	}
	return false
}

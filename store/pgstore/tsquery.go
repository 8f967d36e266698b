package pgstore

import (
	"strings"

	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

// toTSQuery translates a query's words to tsquery text: each clause an
// AND operand of its terms joined by | (OR), a phrase its words joined by
// <-> (followed by), a prefix :*, a title clause restricted to weight A
// (the title), each negated term taken out with & !. The words are the
// index's own (store.TermWords), quoted, so no character of the user's
// text is tsquery syntax. "" when the query has no word; a query of
// negated words only is query.ErrOnlyNegated.
func toTSQuery(q query.Query) (string, error) {
	var pos []string
	for _, c := range q.Must {
		weight := ""
		if c.Field == query.Title {
			weight = "A"
		}
		var alts []string
		for _, t := range c.Any {
			if p := tsPhrase(t, weight); p != "" {
				alts = append(alts, p)
			}
		}
		if len(alts) > 0 {
			pos = append(pos, "("+strings.Join(alts, " | ")+")")
		}
	}
	var neg []string
	for _, t := range q.Not {
		if p := tsPhrase(t, ""); p != "" {
			neg = append(neg, "!("+p+")")
		}
	}
	if len(pos) == 0 {
		if len(neg) > 0 {
			return "", query.ErrOnlyNegated
		}
		return "", nil
	}
	return strings.Join(append(pos, neg...), " & "), nil
}

// tsPhrase is a term as tsquery text, its words in weight (the field),
// "" when it has no word the index holds.
func tsPhrase(t query.Term, weight string) string {
	words, prefix := store.TermWords(t)
	if len(words) == 0 {
		return ""
	}
	parts := make([]string, len(words))
	for i, w := range words {
		mark := weight
		if prefix && i == len(words)-1 {
			mark = "*" + weight
		}
		parts[i] = quoteLexeme(w)
		if mark != "" {
			parts[i] += ":" + mark
		}
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "(" + strings.Join(parts, " <-> ") + ")"
}

// personTSQuery is the person's name as a phrase of the people's names
// (weight C), "" for a name of no index word.
func personTSQuery(name string) string {
	return tsPhrase(query.Term{Text: name, Phrase: true}, "C")
}

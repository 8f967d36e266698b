package query

import (
	"fmt"
	"strings"
	"time"
	"unicode"
)

// Parse reads a query in the search syntax (see the package comment). A
// bad date, or -words with nothing that must match, is an error wrapping
// ErrBadQuery. Of repeated person:, source:, after: or before: filters
// the last counts; a - before a filter is ignored. OR joins the term
// after it to the word or phrase before it; with none before, OR is a
// word like any other.
func Parse(s string) (Query, error) {
	var q Query
	lastWord := -1 // index in q.Must of the latest clause of words
	pendingOr := false
	for _, t := range lex(s) {
		switch t.key {
		case "person":
			q.Person = t.text
			continue
		case "source":
			q.Source = t.text
			continue
		case "after", "before":
			day, err := parseDay(t.text)
			if err != nil {
				return Query{}, fmt.Errorf("%w: %s:%s: %v", ErrBadQuery, t.key, t.text, err)
			}
			if t.key == "after" {
				q.After = &day
			} else {
				q.Before = &day
			}
			continue
		}
		if !t.phrase && t.key == "" && t.text == "OR" && lastWord >= 0 {
			pendingOr = true
			continue
		}
		term, ok := termOf(t)
		if !ok {
			continue
		}
		switch {
		case t.key == "title":
			q.Must = append(q.Must, Clause{Field: Title, Any: []Term{term}})
		case t.neg:
			q.Not = append(q.Not, term)
		case pendingOr:
			q.Must[lastWord].Any = append(q.Must[lastWord].Any, term)
		default:
			q.Must = append(q.Must, Clause{Any: []Term{term}})
			lastWord = len(q.Must) - 1
		}
		pendingOr = false
	}
	if len(q.Must) == 0 && len(q.Not) > 0 {
		return Query{}, ErrOnlyNegated
	}
	return q, nil
}

// termOf makes a word or phrase token a Term; ok is false when it has
// no word to look for (punctuation only, or nothing).
func termOf(t token) (term Term, ok bool) {
	term = Term{Text: t.text, Phrase: t.phrase}
	if !t.phrase && strings.HasSuffix(t.text, "*") {
		term.Text, term.Prefix = strings.TrimRight(t.text, "*"), true
	}
	return term, hasWord(term.Text)
}

// hasWord reports whether s holds a letter or a digit: text without one
// is no term (a backend's index holds no word of it).
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) >= 0
}

// parseDay reads YYYY, YYYY-MM or YYYY-MM-DD and returns the instant at
// which that period begins (UTC).
func parseDay(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
}

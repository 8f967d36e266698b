package tagger

import (
	"cmp"
	"slices"
	"strings"
)

// LabelNames labels the tokens of blocks from a list of the names of the
// people a text names (each person's forms: "Barack Obama", "Obama"):
// every run of tokens that spells one of the names is B then I, the
// longest names first, and everything else is O. It turns a gold list
// of people into training labels.
func LabelNames(blocks [][]Token, names []string) [][]uint8 {
	var forms [][]string
	for _, n := range names {
		var f []string
		for _, t := range Tokenize(n, nil) {
			f = append(f, t.Text)
		}
		if len(f) > 0 {
			forms = append(forms, f)
		}
	}
	slices.SortStableFunc(forms, func(a, b []string) int { return cmp.Compare(len(b), len(a)) })
	out := make([][]uint8, len(blocks))
	for bi, toks := range blocks {
		labels := make([]uint8, len(toks))
		for _, f := range forms {
			for i := 0; i+len(f) <= len(toks); i++ {
				if spells(toks[i:i+len(f)], f) && free(labels[i:i+len(f)]) {
					labels[i] = B
					for j := 1; j < len(f); j++ {
						labels[i+j] = I
					}
				}
			}
		}
		out[bi] = labels
	}
	return out
}

func spells(toks []Token, form []string) bool {
	for i, t := range toks {
		if t.Text != form[i] {
			return false
		}
	}
	return true
}

func free(labels []uint8) bool {
	for _, l := range labels {
		if l != O {
			return false
		}
	}
	return true
}

// Span is one naming found in a text: block and byte offsets.
type Span struct {
	Block, Start, End int
}

// Person is one person the tagger found: the longest form of the name,
// the other forms, and where each naming is.
type Person struct {
	Name    string
	Aliases []string
	Spans   []Span
}

// People groups the names the labels mark into people: the same form is
// one person, and a one-word form that is the first or last word of
// exactly one longer form is that person ("Obama" of "Barack Obama").
func People(texts []string, blocks [][]Token, labels [][]uint8) []Person {
	type naming struct {
		form string
		sp   Span
	}
	var found []naming
	for bi, toks := range blocks {
		for i := 0; i < len(toks); i++ {
			if labels[bi][i] != B {
				continue
			}
			j := i + 1
			for j < len(toks) && labels[bi][j] == I {
				j++
			}
			sp := Span{Block: bi, Start: toks[i].Start, End: toks[j-1].End}
			found = append(found, naming{form: texts[bi][sp.Start:sp.End], sp: sp})
			i = j - 1
		}
	}
	byForm := map[string]int{}
	var people []Person
	// Longer forms first, so that one-word forms can join them.
	order := make([]int, len(found))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(len(strings.Fields(found[b].form)), len(strings.Fields(found[a].form)))
	})
	for _, i := range order {
		n := found[i]
		pi, ok := byForm[n.form]
		if !ok {
			pi = ownerOf(people, n.form)
			if pi < 0 {
				pi = len(people)
				people = append(people, Person{Name: n.form})
			} else {
				people[pi].Aliases = append(people[pi].Aliases, n.form)
			}
			byForm[n.form] = pi
		}
		people[pi].Spans = append(people[pi].Spans, n.sp)
	}
	for i := range people {
		slices.SortFunc(people[i].Spans, func(a, b Span) int {
			return cmp.Or(cmp.Compare(a.Block, b.Block), cmp.Compare(a.Start, b.Start))
		})
	}
	slices.SortStableFunc(people, func(a, b Person) int {
		return cmp.Or(cmp.Compare(a.Spans[0].Block, b.Spans[0].Block), cmp.Compare(a.Spans[0].Start, b.Spans[0].Start))
	})
	return people
}

// ownerOf returns the one person whose longer name begins or ends with
// the one-word form, -1 for none or several.
func ownerOf(people []Person, form string) int {
	if strings.Contains(form, " ") {
		return -1
	}
	owner := -1
	for pi, p := range people {
		ws := strings.Fields(p.Name)
		if len(ws) > 1 && (ws[0] == form || ws[len(ws)-1] == form) {
			if owner >= 0 {
				return -1
			}
			owner = pi
		}
	}
	return owner
}

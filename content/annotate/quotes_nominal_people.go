package annotate

import (
	"strings"
	"unicode"
)

// Speakers named by a phrase that is not a mention of a person: an
// honorific and a surname the people detection left out ("according to
// Dr. Park", where "Park" is also a place word), and a role of an
// organisation ("a spokeswoman for Acme").

// honorificSpeaker reads a phrase of tokens [from, to) of block b that
// opens with an honorific ("Dr.", "Ms."): the person of the article
// with that surname, or an attribution to nobody named. ok is false
// when the phrase does not open with an honorific. A title and a name
// are never an organisation.
func (at *attribution) honorificSpeaker(b, from, to int) (speakerResult, bool) {
	toks := at.toks[b]
	if from >= to || toks[from].kind != tkWord || toks[from].lex&lxHonorific == 0 || !toks[from].has(tfCap) {
		return noSpeaker, false
	}
	k := from + 1
	if k < to && at.abbrevPeriod(b, k) {
		k++
	}
	if k >= to || toks[k].kind != tkWord || !toks[k].has(tfCap) {
		return noSpeaker, false
	}
	last := k
	for last+1 < to && toks[last+1].kind == tkWord && toks[last+1].has(tfCap) {
		last++
	}
	if ci := at.personBySurname(at.text(b, &toks[last])); ci >= 0 {
		return personSpeaker(ci), true
	}
	return speakerResult{cluster: -1, found: true}, true
}

// personBySurname returns the one accepted person whose name ends with
// the word surname, -1 for none or several.
func (at *attribution) personBySurname(surname string) int {
	return at.personByLastName(surname, false)
}

// personBySurnameFold is personBySurname ignoring case ("PELOSI").
func (at *attribution) personBySurnameFold(surname string) int {
	return at.personByLastName(surname, true)
}

// personByLastName returns the one accepted person of two names or more
// whose last is surname (compared ignoring case when fold), -1 for none
// or several.
func (at *attribution) personByLastName(surname string, fold bool) int {
	found := -1
	for ci := range at.clusters {
		c := &at.clusters[ci]
		if !c.accepted || len(c.names) < 2 {
			continue
		}
		if last := c.names[len(c.names)-1]; last != surname && !(fold && strings.EqualFold(last, surname)) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = ci
	}
	return found
}

// roleOfOrganisation reports a phrase of tokens [from, to) of block b
// whose head is a lower-case noun followed by a preposition and a name
// ("a spokeswoman for Acme", "the head of Interpol"): a description,
// though the phrase ends in a proper name.
func (at *attribution) roleOfOrganisation(b, from, to int) bool {
	toks := at.toks[b]
	for k := from + 1; k < to-1; k++ {
		t := &toks[k]
		if t.kind != tkWord {
			return false
		}
		w := at.text(b, t)
		if w != "for" && w != "of" && w != "at" && w != "from" {
			continue
		}
		h := &toks[k-1]
		hw := at.text(b, h)
		return h.kind == tkWord && unicode.IsLower(firstRune(hw)) && !wordIs(hw, wcFunctionWord) && !strings.ContainsRune(hw, '\'')
	}
	return false
}

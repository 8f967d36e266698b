package annotate

import (
	"strings"
	"unicode"
)

// describedPerson returns the person a definite description names when
// the article has given that role to exactly one person: "the mayor
// told reporters" after "Mayor Ann Lee" or "Ann Lee, the city's mayor,"
// is Ann Lee's. The description is tokens [from, to) of block b: "the",
// then at most three words ending in a role noun, every one of them in
// the person's title or appositive. -1 when it names no one or several.
func (at *attribution) describedPerson(b, from, to int) int {
	toks := at.toks[b]
	if to-from < 2 || to-from > 4 || !strings.EqualFold(at.text(b, &toks[from]), "the") {
		return -1
	}
	head := &toks[to-1]
	if head.kind != tkWord || head.lex&lxRole == 0 || !unicode.IsLower(firstRune(at.text(b, head))) {
		return -1
	}
	found := -1
	for ci := range at.clusters {
		c := &at.clusters[ci]
		if !c.accepted || len(c.mentions) == 0 || at.mentions[c.mentions[0]].block > b {
			continue
		}
		if at.hasRoleWords(c, b, from+1, to) {
			if found >= 0 {
				return -1 // two mayors: the description names neither
			}
			found = ci
		}
	}
	return found
}

// hasRoleWords reports a title or appositive of person c that holds
// every word of tokens [from, to) of block b ("mayor" in "Mayor", "the
// city's mayor").
func (at *attribution) hasRoleWords(c *cluster, b, from, to int) bool {
	for _, mi := range c.mentions {
		m := &at.mentions[mi]
		var roles [3]string
		roles[0], _ = at.titleRole(m)
		roles[1], _ = at.roleBeforeComma(m)
		toks := at.toks[m.block]
		if after := m.last + 1; after < len(toks) && toks[after].kind == tkPunct && toks[after].r == ',' && !toks[m.last].has(tfPossessive) {
			if s, e, ok := at.appositive(m.block, after); ok {
				roles[2] = at.a.Blocks[m.block].Text[s:e]
			}
		}
		for _, role := range roles {
			if role != "" && at.roleHolds(role, b, from, to) {
				return true
			}
		}
	}
	return false
}

// roleHolds reports whether role holds each word of tokens [from, to)
// of block b as a whole word, whatever the case.
func (at *attribution) roleHolds(role string, b, from, to int) bool {
	for k := from; k < to; k++ {
		t := &at.toks[b][k]
		if t.kind != tkWord {
			continue
		}
		w := at.text(b, t)
		if t.has(tfPossessive) {
			w += "'s"
		}
		if !containsWordFold(role, w) {
			return false
		}
	}
	return true
}

// containsWordFold reports w in s as a whole word, ignoring case and
// reading ’ as '.
func containsWordFold(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' }) {
		if strings.EqualFold(strings.ReplaceAll(f, "’", "'"), w) {
			return true
		}
	}
	return false
}

package annotate

import (
	"strings"

	"github.com/newsreader/newsreader/content"
)

// Credits written inside the text itself, which no block type tells:
// "(Jane Roe/The Canadian Press)", "REUTERS/Olek Brandt", "Credit...Gil
// Marsh/The New York Times", "(Jane Roe for The Daily Ledger)", and the
// lines that credit the story's makers ("With files from A and B", "X is
// a Toronto-based reporter for …", "X has more.", "-- London Newsroom
// +44 …"). A name in a credit is a contributor, never a person of the
// story nor a speaker; the same name used in the story stays a person.

// markCreditShapes flags the credits inside block b that are written as
// slashes, ellipses after "Credit" and "(X for Y)".
func (tk *tokenStage) markCreditShapes(b int) {
	toks := tk.toks[b]
	if text := tk.a.Blocks[b].Text; len(text) < 300 && strings.ContainsRune("\"“‘«", firstRune(text)) && strings.Contains(text, " licensed under ") {
		tk.markLicenceCredit(b)
	}
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.has(tfInQuote) || t.has(tfCredit) {
			continue
		}
		switch {
		case t.kind == tkPunct && t.r == '/':
			k = tk.markSlashCredit(b, k)
		case t.kind == tkPunct && t.r == '(':
			k = tk.markForCredit(b, k)
		case t.kind == tkWord && t.has(tfCap) && k+2 < len(toks) && opensMediaCredit(tk.text(b, t)):
			k = tk.markEllipsisCredit(b, k)
		case t.kind == tkWord && !t.has(tfCap) && k+2 < len(toks) && toks[k+1].kind == tkPunct && toks[k+1].r == ':' && isLowerCreditWord(tk.text(b, t)):
			// "(credit: Ken Thomas)", "photo: Jane Roe"
			k = tk.markEllipsisCredit(b, k)
		}
	}
}

// creditNameWord reports the words of a name or an outlet in a credit:
// capitalised words, initials and name particles ("de"), and "the".
func (tk *tokenStage) creditNameWord(b int, t *token) bool {
	if t.kind != tkWord || t.has(tfInQuote) {
		return false
	}
	if t.has(tfCap) {
		return true
	}
	w := tk.text(b, t)
	return w == "the" || w == "of" || wordIs(w, wcCreditNameParticle)
}

// markSlashCredit reads the names and outlets joined by the slash at
// token k ("Jane Roe/The Canadian Press", "AFP/Getty Images/X"). They
// are a credit when the group stands alone: at the block's start or
// after a sentence, an opening bracket or a credit word, and before a
// closing bracket or the block's end. It returns the last token read.
func (tk *tokenStage) markSlashCredit(b, k int) int {
	toks := tk.toks[b]
	l := k
	for l > 0 && l > k-7 && tk.creditNameWord(b, &toks[l-1]) {
		l--
	}
	r := k
	for r+1 < len(toks) && r < k+16 {
		if tk.creditNameWord(b, &toks[r+1]) || toks[r+1].kind == tkPunct && toks[r+1].r == '/' && r > k {
			r++
			continue
		}
		break
	}
	if l == k || r == k || !toks[l].has(tfCap) {
		return k
	}
	before := l == 0 || toks[l-1].kind == tkPunct && strings.ContainsRune("([.:;—–-|", toks[l-1].r) ||
		toks[l-1].kind == tkWord && opensMediaCredit(tk.text(b, &toks[l-1]))
	after := r+1 == len(toks) || toks[r+1].kind == tkPunct && strings.ContainsRune(")].", toks[r+1].r) && (toks[r+1].r != '.' || r+2 == len(toks))
	if !before || !after {
		return k
	}
	for j := l; j <= r; j++ {
		toks[j].flags |= tfCredit
	}
	return r
}

// markLicenceCredit reads a picture's licence line, "“Frozen peas” by
// Jane Roe is licensed under CC BY 2.0", and flags the names between
// "by" and "is licensed" (not the quoted title, nor a text's licence
// line, which may name its authors, who are people of it).
func (tk *tokenStage) markLicenceCredit(b int) {
	toks := tk.toks[b]
	for k := 2; k < len(toks); k++ {
		if toks[k].kind != tkWord || tk.text(b, &toks[k]) != "licensed" || tk.text(b, &toks[k-1]) != "is" {
			continue
		}
		by := k - 2
		for by > 0 && by > k-10 && tk.text(b, &toks[by]) != "by" {
			by--
		}
		if tk.text(b, &toks[by]) != "by" {
			return
		}
		for j := by + 1; j < k-1; j++ {
			toks[j].flags |= tfCredit
		}
		return
	}
}

// markForCredit reads "(Jane Roe for The Daily Ledger)" opening at the
// bracket at token k: a name, "for", an outlet, the bracket closed.
func (tk *tokenStage) markForCredit(b, k int) int {
	toks := tk.toks[b]
	j := k + 1
	for j < len(toks) && j < k+6 && toks[j].kind == tkWord && toks[j].has(tfCap) {
		j++
	}
	if j == k+1 || j >= len(toks) || toks[j].kind != tkWord || tk.text(b, &toks[j]) != "for" {
		return k
	}
	e := j + 1
	for e < len(toks) && e < j+8 && tk.creditNameWord(b, &toks[e]) {
		e++
	}
	if e == j+1 || e >= len(toks) || toks[e].kind != tkPunct || toks[e].r != ')' || !toks[j+1].has(tfCap) {
		return k
	}
	for n := k + 1; n < e; n++ {
		toks[n].flags |= tfCredit
	}
	return e
}

// markEllipsisCredit reads "Credit...Doug Mills/The New York Times" or
// "(credit: Ken Thomas)", a credit word and dots or a colon before the
// names, to the block's end or a closing bracket.
func (tk *tokenStage) markEllipsisCredit(b, k int) int {
	toks := tk.toks[b]
	j := k + 1
	dots := 0
	for j < len(toks) && toks[j].kind == tkPunct && (toks[j].r == '.' || toks[j].r == '…' || toks[j].r == ':') {
		dots++
		if toks[j].r != '.' {
			dots += 2
		}
		j++
	}
	if dots < 2 || j >= len(toks) || toks[j].kind != tkWord || !toks[j].has(tfCap) {
		return k
	}
	for ; j < len(toks) && !(toks[j].kind == tkPunct && (toks[j].r == ')' || toks[j].r == ']')); j++ {
		toks[j].flags |= tfCredit
	}
	return j
}

// isLowerCreditWord reports the credit words written in lower case
// before a colon ("credit: X", "photo: X").
func isLowerCreditWord(w string) bool {
	switch w {
	case "credit", "credits", "photo", "photos", "image", "images", "courtesy", "photograph", "picture", "video":
		return true
	}
	return false
}

// creditLinePrefixes open a line that credits the story's makers, beyond
// the wire-service credits isCreditLine knows.
var creditLinePrefixes = [...]string{
	"with files from ", "files from ", "with reporting by ", "with reporting from ", "photography by ",
	"photos by ", "photographs by ", "illustration by ", "illustrations by ", "video by ", "graphics by ",
	"follow ", "contact ", "email ", "e-mail ",
}

// creditBioNouns are the trades of a contributor's line about themselves
// ("Nora Quist is a Toronto-based reporter for the Daily Ledger.").
var creditBioNouns = [...]string{
	"reporter", "writer", "correspondent", "journalist", "editor", "columnist", "photographer",
	"photojournalist", "producer", "contributor", "freelancer", "videographer", "intern",
}

// isCreditShapedLine reports the paragraphs and captions, beyond
// isCreditLine's paragraphs, that
// credit the story's makers: "With files from …", "X has more.", a
// contributor's bio near the end (last is whether block b is among the
// story's last three), and a tag line of a newsroom or an address.
func (tk *tokenStage) isCreditShapedLine(b int, last bool) bool {
	text := tk.a.Blocks[b].Text
	if text == "" || len(text) > 400 || tk.a.Blocks[b].Type != content.BlockParagraph && tk.a.Blocks[b].Type != content.BlockCaption {
		return false
	}
	if credit, ok := creditPrefixed(text); ok {
		return credit
	}
	// "-- London Newsroom +44 20 7542 1234", "— Jane Roe, jroe@x.com"
	// ("—" and "–" open with the byte 0xE2)
	if c := text[0]; (c == '-' || c == 0xE2) && len(text) < 170 {
		if tag := strings.TrimLeft(text, "-—– "); len(tag) < len(text) &&
			(strings.ContainsAny(tag, "@+") || strings.Contains(tag, "Newsroom") || strings.Contains(tag, " Desk")) {
			return true
		}
	}
	return tk.isCreditBio(b, last)
}

// creditPrefixed reads a line that opens with one of creditLinePrefixes:
// ok when it does, credit when the line is a credit.
func creditPrefixed(text string) (credit, ok bool) {
	// Every block is asked: the prefixes open with few letters.
	switch text[0] | 0x20 {
	case 'w', 'f', 'p', 'i', 'v', 'g', 'c', 'e':
	default:
		return false, false
	}
	for _, p := range creditLinePrefixes {
		if len(text) > len(p) && strings.EqualFold(text[:len(p)], p) {
			// "Follow Jane Roe on X", "Contact Jane Roe at …": the line
			// is an address, not a sentence of the story.
			return p[0] != 'f' && p[0] != 'c' && p[0] != 'e' || len(text) < 120 && (strings.ContainsAny(text, "@:") || strings.Contains(text, " on ")), true
		}
	}
	return false, false
}

// isCreditBio reports "NAME has more." (a broadcast's hand-off to its
// reporter, anywhere) and, near the story's end (last), "NAME is a …
// reporter …" at the opening of block b.
func (tk *tokenStage) isCreditBio(b int, last bool) bool {
	toks := tk.toks[b]
	k := 0
	for k < len(toks) && k < 5 && toks[k].kind == tkWord && (toks[k].has(tfCap) || wordIs(tk.text(b, &toks[k]), wcCreditNameParticle)) {
		k++
	}
	if k < 2 || k+1 >= len(toks) || toks[k].kind != tkWord {
		return false
	}
	switch v, o := tk.text(b, &toks[k]), tk.text(b, &toks[k+1]); {
	case v == "has" && o == "more" && len(toks) <= k+3:
		return true
	case (v == "reports" || v == "reported") && len(toks) <= k+2:
		return true
	case last && (v == "is" || v == "was") && (o == "a" || o == "an" || o == "the") && countWords(tk.a.Blocks[b].Text) <= 45:
		for j := k + 2; j < len(toks) && j < k+9; j++ {
			w := strings.ToLower(tk.text(b, &toks[j]))
			for _, n := range creditBioNouns {
				if w == n || w == n+"s" {
					return true
				}
			}
		}
	}
	return false
}

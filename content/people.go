package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Evidence that a capitalised phrase names a person.
const (
	evGiven    uint16 = 1 << iota // opens with a known first name and has a family name
	evTitle                       // a title or role word stands before it ("President", "referee")
	evAppos                       // an appositive role follows it (", a senior research fellow")
	evSpeech                      // it is the subject of a speech verb ("X said", "said X")
	evAsian                       // an East Asian name with a hyphenated given name ("Kwok Ka-ki")
	evLetter                      // a plain courtesy title stands before it ("Mr", "Ms")
	evNameLike                    // a known family name after a word no dictionary has
	evCoord                       // listed with people ("X, Y and Z")
)

// mention is one capitalised phrase that may name a person: its core
// tokens (the name without titles or possessive) in one block.
type mention struct {
	block       int
	first, last int // core token indices, inclusive
	cluster     int // index into annotator.clusters, -1 when none
	ev          uint16
	bad         bool // a place, an organisation, a nationality
	inOrg       bool // a name inside an organisation's name ("Andy Warhol Foundation")
	credit      bool // inside a credit (byline, "Image: X")
	sentCommon  bool // one sentence-initial common word ("Police")
	key         string
}

func (m *mention) size() int { return m.last - m.first + 1 }

// cluster is one person (or person candidate): the mentions that name them.
type cluster struct {
	key      string
	names    []string // the name's words, particles and initials excluded
	mentions []int
	accepted bool
}

// annotator holds the working state of one Annotate call.
type annotator struct {
	a        *Article
	lx       lexicon
	toks     [][]token
	mentions []mention
	clusters []cluster
	byKey    map[string]int
	genders  map[int]byte
	orgNames map[string]bool // organisations named like people
}

func (an *annotator) text(b int, t *token) string { return an.a.Blocks[b].Text[t.start:t.end] }

func (an *annotator) word(b, i int) string {
	t := &an.toks[b][i]
	return an.a.Blocks[b].Text[t.start:t.end]
}

// nameish reports tokens that can be part of a name phrase.
func nameish(t *token) bool {
	return t.kind == tkWord && t.has(tfCap) && t.lex&lxNonName == 0
}

// findMentions scans every block for capitalised phrases and records
// each as a mention with its evidence of being a person.
func (an *annotator) findMentions() {
	for b := range an.toks {
		toks := an.toks[b]
		for i := 0; i < len(toks); {
			if !nameish(&toks[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && !toks[j-1].has(tfPossessive) {
				t := &toks[j]
				if t.flags&(tfInQuote|tfCredit) != toks[i].flags&(tfInQuote|tfCredit) {
					break
				}
				if nameish(t) {
					j++
					continue
				}
				// "James To", "Wilson Or": a capitalised short word that is
				// otherwise a function word, after a first name mid-sentence.
				if t.kind == tkWord && t.has(tfCap) && !t.has(tfSentStart) && t.end-t.start <= 3 &&
					toks[j-1].lex&(lxGiven|lxPersonName) != 0 && (j+1 >= len(toks) || !nameish(&toks[j+1])) && t.lex&lxNonName != 0 && !isFunctionHead(an.text(b, t)) {
					j++
					continue
				}
				if t.kind == tkWord && isNameParticle(an.text(b, t)) {
					// "von der Leyen", "da Silva": particles before a name.
					k := j + 1
					for k < len(toks) && k < j+3 && toks[k].kind == tkWord && isNameParticle(an.text(b, &toks[k])) {
						k++
					}
					if k < len(toks) && nameish(&toks[k]) {
						j = k
						continue
					}
				}
				break
			}
			an.addRun(b, i, j)
			i = j
		}
	}
}

// isTitleToken reports words that belong to a title before a name:
// "Russian", "Prime", "Minister", "US", "Russia's".
func isTitleToken(t *token) bool {
	if t.kind != tkWord || t.has(tfInitial) {
		return false
	}
	if t.lex&(lxHonorific|lxDemonym) != 0 {
		return true
	}
	if t.lex&lxRole != 0 && t.has(tfCap) {
		return true
	}
	return t.has(tfAllCaps)
}

// addRun analyses the capitalised run toks[i:j] of block b.
func (an *annotator) addRun(b, i, j int) {
	toks := an.toks[b]
	s := i
	// "Governor of Washington Chris Gregoire": after "<title> of", the
	// run opens with a place or an office, then the name.
	if i >= 2 && toks[i-1].kind == tkWord && (an.text(b, &toks[i-1]) == "of" || an.text(b, &toks[i-1]) == "for") &&
		(isStrongHonorific(an.text(b, &toks[i-2])) || toks[i-2].lex&(lxRole|lxOrg) != 0) {
		for g := i + 1; g+1 < j && g+3 >= j; g++ {
			unknown := toks[g].lex&(lxEnglish|lxProper|lxScowlCap|lxNamedPlace|lxPlace|lxOrg|lxDemonym) == 0 && toks[j-1].lex&lxPersonName != 0
			if (toks[g].lex&lxGiven != 0 && toks[g].lex&lxEnglish == 0) || unknown {
				s = g
				break
			}
		}
	}
	// A title prefix: "Japanese Prime Minister", "Russia's President".
	p := s
	i = s
	for p < j-1 {
		t := &toks[p]
		if isTitleToken(t) || (t.has(tfPossessive) && p < j-1) {
			// A first name that is also a title word ("Dean Kamen")
			// stays when only one word would be left.
			if t.lex&lxGiven != 0 && p == j-2 && !isStrongHonorific(an.text(b, t)) {
				break
			}
			p++
			continue
		}
		break
	}
	// A capitalised modifier before a first name ("Scientologist Tom
	// Cruise"): the name starts at the first name.
	for p < j-2 && toks[p].lex&(lxGiven|lxPersonName) == 0 && toks[p+1].lex&lxGiven != 0 && !toks[p].has(tfPossessive|tfInitial) &&
		(toks[p].lex&(lxEnglish|lxProper|lxScowlCap) != 0 || isAdherentWord(an.text(b, &toks[p]))) {
		p++
	}
	// A title further in ("Foreign Affairs Minister Maxime Bernier"):
	// the name starts after the last title word.
	for q := j - 2; q >= p; q-- {
		t := &toks[q]
		w := an.text(b, t)
		if t.has(tfCap) && (isStrongHonorific(w) || t.lex&lxRole != 0) && t.lex&lxGiven == 0 {
			p = q + 1
			break
		}
	}
	core0 := p
	// Split off an organisation or place: the name may be the part
	// before the organisation word ("Andy Warhol Foundation").
	orgAt := -1
	for k := core0; k < j; k++ {
		t := &toks[k]
		if t.lex&(lxOrg|lxPlace) == 0 {
			continue
		}
		if k == j-1 && k > core0 && toks[core0].lex&lxGiven != 0 && isSurnameOrgWord(an.text(b, t)) {
			continue // "Nathan Law", "Charlotte Church": a family name
		}
		if k == core0 && t.lex&lxGiven != 0 && j-core0 >= 2 && !isDirectionWord(an.text(b, t)) {
			continue // "Park Joo-Ho": a name that opens with a place word
		}
		orgAt = k
		break
	}
	m := mention{block: b, first: core0, last: j - 1, cluster: -1}
	if toks[i].has(tfCredit) {
		m.credit = true
	}
	if orgAt >= 0 {
		// A name may follow the organisation in the same run ("the
		// Refugee Council Enver Solomon"): read it on its own.
		if orgAt+2 < j && orgAt+4 >= j && toks[orgAt+1].lex&(lxEnglish|lxOrg|lxPlace|lxProper|lxDemonym) == 0 &&
			toks[j-1].lex&(lxEnglish|lxOrg|lxPlace|lxProper|lxDemonym) == 0 {
			defer an.addRun(b, orgAt+1, j)
		}
		m.inOrg = true
		m.last = orgAt - 1
		if m.last < m.first {
			return
		}
	}
	// A sentence-initial common word on its own says nothing.
	if m.first == s && toks[s].has(tfSentStart) && toks[s].lex&lxEnglish != 0 && toks[s].lex&lxGiven == 0 && !toks[s].has(tfInitial) {
		if m.size() == 1 {
			m.sentCommon = true
		} else {
			m.first++
			if p == s {
				// nothing before the name to read a title from
			}
		}
	}
	an.judge(&m, s)
	m.key = an.keyOf(b, m.first, m.last)
	if m.size() >= 2 && an.orgNames[strings.ToLower(m.key)] {
		m.bad = true // "Goldman Sachs"
	}
	an.mentions = append(an.mentions, m)
}

// keyOf joins the words of a name as written, with single spaces.
func (an *annotator) keyOf(b, first, last int) string {
	toks := an.toks[b]
	text := an.a.Blocks[b].Text
	if first == last {
		return text[toks[first].start:toks[first].end]
	}
	// Most names are written with single spaces: reuse the text.
	raw := text[toks[first].start:toks[last].end]
	if strings.Count(raw, " ") == last-first && !strings.ContainsAny(raw, "\u00a0\t") {
		return raw
	}
	var sb strings.Builder
	for k := first; k <= last; k++ {
		if k > first {
			sb.WriteByte(' ')
		}
		sb.WriteString(text[toks[k].start:toks[k].end])
	}
	return sb.String()
}

// judge weighs the evidence that mention m (whose run starts at token
// runStart) names a person, and whether it is a place or organisation.
func (an *annotator) judge(m *mention, runStart int) {
	toks := an.toks[m.block]
	b := m.block
	core := toks[m.first : m.last+1]
	// The first real word (initials skipped) and the words that count.
	firstWord := -1
	words := 0
	for k := range core {
		if core[k].has(tfInitial) || isNameParticle(an.text(b, &core[k])) {
			continue
		}
		if firstWord < 0 {
			firstWord = k
		}
		words++
	}
	if firstWord < 0 {
		m.bad = true
		return
	}
	fw := &core[firstWord]
	allEnglish := true
	for k := range core {
		if core[k].lex&lxEnglish == 0 && !core[k].has(tfInitial) {
			allEnglish = false
		}
	}
	// A first name and dictionary words only: a name when the last is a
	// known family name and no article precedes ("Tom Cruise", not "the
	// Red Cross" or "Art Collections").
	afterThe := runStart > 0 && toks[runStart-1].kind == tkWord && strings.EqualFold(an.text(b, &toks[runStart-1]), "the")
	if words >= 2 && fw.lex&lxGiven != 0 && !fw.has(tfAllCaps) && (!allEnglish || (core[len(core)-1].lex&lxPersonName != 0 && !afterThe)) {
		m.ev |= evGiven
	}
	lw := &core[len(core)-1]
	if words >= 2 && words <= 3 && asianGiven(an.text(b, lw)) && fw.lex&(lxEnglish|lxProper) == 0 && !an.hyphenHeadIsWord(an.text(b, lw)) {
		m.ev |= evAsian
	}
	// Names whose family name is known and whose other words are no
	// dictionary words ("Yannick Carrasco", "Sergey Brin").
	if words >= 2 && words <= 3 && lw.lex&lxPersonName != 0 && lw.lex&(lxEnglish|lxProper|lxScowlCap) == 0 &&
		fw.lex&(lxEnglish|lxProper|lxScowlCap) == 0 && !fw.has(tfAllCaps) {
		m.ev |= evNameLike
	}
	for k := range core {
		t := &core[k]
		if t.has(tfAllCaps) && !t.has(tfInitial) && !(k == 0 && len(core) >= 2 && t.end-t.start <= 2 && !core[1].has(tfAllCaps)) {
			m.bad = true
		}
		if t.lex&lxDemonym != 0 && !(k == firstWord && t.lex&lxGiven != 0 && words >= 2) {
			m.bad = true
		}
	}
	if words == 1 {
		// One word: a place or a common word unless a title says otherwise.
		if fw.lex&(lxProper|lxEnglish|lxPlace|lxOrg|lxNamedPlace) != 0 || fw.lex&(lxScowlCap|lxGiven) == lxScowlCap {
			m.bad = true
		}
	}
	// Title before the name, inside the run or just before it.
	for k := runStart; k < m.first; k++ {
		w := an.text(b, &toks[k])
		if isPlainHonorific(w) {
			m.ev |= evLetter
		}
		if (isStrongHonorific(w) || toks[k].lex&lxRole != 0) && !toks[k].has(tfPossessive) {
			m.ev |= evTitle
		}
	}
	if runStart == m.first && m.first > 0 {
		prev := &toks[m.first-1]
		if prev.kind == tkWord && !prev.has(tfCap) && prev.lex&lxRole != 0 {
			m.ev |= evTitle
		}
		// "the Afghan team's coach, Alireza Mehraban,"
		if prev.kind == tkPunct && prev.r == ',' && m.first >= 2 {
			if pp := &toks[m.first-2]; pp.kind == tkWord && !pp.has(tfCap) && pp.lex&lxRole != 0 {
				m.ev |= evTitle
			}
		}
		if prev.kind == tkWord && !prev.has(tfCap) && isOrgNoun(an.text(b, prev)) {
			m.bad = true // "the energy company Novatek"
		}
		if prev.kind == tkPunct && prev.r == '.' && m.first >= 2 && isPlainHonorific(an.text(b, &toks[m.first-2])) {
			m.ev |= evLetter | evTitle
		}
	}
	if m.ev&(evLetter|evTitle) != 0 && m.bad && words == 1 && fw.lex&(lxPlace|lxOrg|lxDemonym|lxProper|lxNamedPlace) == 0 && !fw.has(tfAllCaps) {
		strong := m.ev&evLetter != 0
		for k := runStart; k < m.first; k++ {
			if isStrongHonorific(an.text(b, &toks[k])) {
				strong = true
			}
		}
		if strong {
			m.bad = false // "Mr. Toccafondi", "President Obama"
		}
	}
	// After the name: a speech verb or an appositive role.
	after := m.last + 1
	if after < len(toks) {
		k := after
		for k < len(toks) && toks[k].kind == tkWord && isSpeechAdverb(an.text(b, &toks[k])) {
			k++
		}
		if k < len(toks) && toks[k].kind == tkWord && isAttributionVerb(an.text(b, &toks[k])) && !toks[m.last].has(tfPossessive) {
			m.ev |= evSpeech
		}
		if toks[after].kind == tkPunct && toks[after].r == ',' {
			if _, _, ok := an.appositive(b, after); ok {
				m.ev |= evAppos
			}
		}
	}
	// A place or brand first without a first name: only a title makes
	// it a person ("Ontario Ghostbusters" is no one).
	if words >= 2 && fw.lex&lxProper != 0 && m.ev&(evGiven|evTitle|evLetter) == 0 {
		m.ev = 0
	}
	if allEnglish {
		m.ev &^= evNameLike | evAppos | evSpeech
	}
	if runStart == m.first && m.first > 0 {
		k := m.first - 1
		if toks[k].kind == tkPunct && toks[k].r == ',' && k > 0 {
			k--
		}
		if toks[k].kind == tkWord && isAttributionVerb(an.text(b, &toks[k])) {
			m.ev |= evSpeech
		}
	}
}

// asianGiven reports a hyphenated given name as East Asian names are
// romanised: "Ka-ki", "Jong-un", "Shin-Wook".
func asianGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || strings.Count(w, "-") != 1 {
		return false
	}
	a, b := w[:h], w[h+1:]
	if len(a) > 6 || len(b) > 7 {
		return false
	}
	switch a {
	case "Al", "El", "Ad", "As", "Ash", "Abd", "Abu", "Bin", "Ben", "Ibn", "Ul":
		return false // Arabic articles: "Al-Haram"
	}
	r, _ := utf8.DecodeRuneInString(a)
	return unicode.IsUpper(r)
}

// appositive reads ", a senior research fellow at X," after a name (comma
// at token index comma) and returns the role's byte range in the block.
func (an *annotator) appositive(b, comma int) (start, end int, ok bool) {
	toks := an.toks[b]
	k := comma + 1
	if k >= len(toks) || toks[k].kind != tkWord {
		return 0, 0, false
	}
	switch strings.ToLower(an.text(b, &toks[k])) {
	case "a", "an", "the":
		k++
	case "who", "which", "whose", "that", "and", "but", "or", "also", "as", "with", "from", "in", "on",
		"at", "by", "for", "to", "of", "after", "before", "while", "when", "where", "if", "then", "including",
		"he", "she", "they", "it", "his", "her", "their", "its", "we", "i", "this", "these", "those":
		return 0, 0, false
	}
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].has(tfInQuote) != toks[comma].has(tfInQuote) {
		return 0, 0, false
	}
	first := k
	roleAt := -1
	last := -1
	for ; k < len(toks) && k < first+20; k++ {
		t := &toks[k]
		if t.kind == tkPunct {
			if t.r == '(' || t.r == ')' || t.r == '-' || t.r == '&' || t.r == '/' || t.r == '\'' || t.r == '’' {
				continue
			}
			break
		}
		w := an.text(b, t)
		if isSpeechVerb(w) || t.has(tfQuoteMark) {
			return 0, 0, false
		}
		if (t.lex&lxRole != 0 || isStrongHonorific(w)) && roleAt < 0 && k < first+7 && !isPlainHonorific(w) {
			// A role word, not an honorific opening another name ("Mr").
			if !(t.has(tfCap) && k+1 < len(toks) && nameish(&toks[k+1]) && toks[k+1].lex&lxGiven != 0) {
				roleAt = k
			}
		}
		last = k
	}
	if roleAt < 0 || last < first {
		return 0, 0, false
	}
	// The appositive must end at a comma, a period or the block's end.
	if k < len(toks) && k < first+20 {
		if r := toks[k].r; r != ',' && r != '.' && r != ';' && r != ')' && r != '—' && r != '–' {
			return 0, 0, false
		}
	} else if k < len(toks) {
		return 0, 0, false
	}
	return int(toks[first].start), int(toks[last].end), true
}

// hyphenHeadIsWord reports hyphenated words whose first part is an
// English word of four letters or more ("Prize-winner"): no given name.
func (an *annotator) hyphenHeadIsWord(w string) bool {
	h := strings.IndexByte(w, '-')
	return h >= 4 && an.lx.classes(w[:h])&lxEnglish != 0
}

// isAdherentWord reports words for followers and natives ("Scientologist",
// "Parisian"): modifiers before a name, never part of it.
func isAdherentWord(w string) bool {
	for _, suf := range [...]string{"ist", "ists", "ian", "ians", "ite", "ites"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

package annotate

import (
	"sort"
	"strings"

	"github.com/newsreader/newsreader/content"
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
	evEntry                       // fills a slot of a line of results, scorers or a squad (people_entries.go)
	evContext                     // a first name a relative's role, a list of first names or a signature vouches for (people_context.go)
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
	place       bool // a place ("Tokyo", "Buenos Aires", a name after "in")
	credit      bool // inside a credit (byline, "Image: X")
	org         bool // typed a team or an organisation: its last word alone is no one (people_types.go)
	placeOf     bool // named as a place by "the City of X": its word alone is no one either
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

func (tk *tokenStage) text(b int, t *token) string { return tk.a.Blocks[b].Text[t.start:t.end] }

// nameish reports tokens that can be part of a name phrase.
func nameish(t *token) bool {
	return t.kind == tkWord && t.has(tfCap) && t.lex&lxNonName == 0
}

// findMentions scans every block for capitalised phrases and records
// each as a mention with its evidence of being a person.
func (ms *mentionStage) findMentions() {
	for b := range ms.toks {
		toks := ms.toks[b]
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
				// "Lisa Every", "Brian May": a family name that is also
				// a function word or a month, after a known first name.
				if t.kind == tkWord && t.has(tfCap) && !t.has(tfSentStart|tfAllCaps) && t.lex&lxPersonName != 0 && t.lex&lxNonName != 0 &&
					toks[j-1].lex&lxGiven != 0 && toks[j-1].lex&lxEnglish == 0 && (j+1 >= len(toks) || !nameish(&toks[j+1])) && !wordIs(ms.text(b, t), wcFunctionHead) {
					j++
					continue
				}
				if t.kind == tkWord && t.has(tfCap) && !t.has(tfSentStart) && t.end-t.start <= 3 &&
					toks[j-1].lex&(lxGiven|lxPersonName) != 0 && (j+1 >= len(toks) || !nameish(&toks[j+1])) && t.lex&lxNonName != 0 && !wordIs(ms.text(b, t), wcFunctionHead) {
					j++
					continue
				}
				if t.kind == tkWord && wordIs(ms.text(b, t), wcNameParticle) {
					// "von der Leyen", "da Silva": particles before a name.
					k := j + 1
					for k < len(toks) && k < j+3 && toks[k].kind == tkWord && wordIs(ms.text(b, &toks[k]), wcNameParticle) {
						k++
					}
					if k < len(toks) && nameish(&toks[k]) {
						j = k
						continue
					}
				}
				break
			}
			ms.addRun(b, i, j)
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
func (ms *mentionStage) addRun(b, i, j int) {
	toks := ms.toks[b]
	s := ms.runAfterOffice(b, i, j)
	m := mention{block: b, first: ms.nameStart(b, s, j), last: j - 1, cluster: -1}
	// Headings are often in title case ("Joe Biden Visits Kyiv"): a name
	// there only joins a person named in the text, by its longest known
	// prefix, as a name inside an organisation's name does. The
	// article's title, its dictionary words cased (caseTitle), names on
	// its own.
	heading := ms.a.Blocks[b].Type == content.BlockHeading && b != ms.title
	if toks[s].has(tfCredit) {
		m.credit = true
	}
	if orgAt := ms.orgWordAt(b, m.first, j); orgAt >= 0 {
		// A name may follow the organisation in the same run ("the
		// Refugee Council Enver Solomon"): read it on its own.
		if orgAt+2 < j && orgAt+4 >= j && toks[orgAt+1].lex&(lxEnglish|lxOrg|lxPlace|lxProper|lxDemonym) == 0 &&
			toks[j-1].lex&(lxEnglish|lxOrg|lxPlace|lxProper|lxDemonym) == 0 {
			defer ms.addRun(b, orgAt+1, j)
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
		}
	}
	ms.trimModifiers(&m, s)
	ms.judge(&m, s)
	ms.judgeKind(&m, s, j)
	if heading {
		m.inOrg = true
	}
	m.key = ms.keyOf(b, m.first, m.last)
	ms.judgePlace(&m, s)
	ms.mentions = append(ms.mentions, m)
}

// runAfterOffice returns where the name part of run i..j of block b may
// start: "Governor of Washington Chris Gregoire": after "<title> of",
// the run opens with a place or an office, then the name.
func (ms *mentionStage) runAfterOffice(b, i, j int) int {
	toks := ms.toks[b]
	if i < 2 || toks[i-1].kind != tkWord || (ms.text(b, &toks[i-1]) != "of" && ms.text(b, &toks[i-1]) != "for") ||
		!(wordIs(ms.text(b, &toks[i-2]), wcStrongHonorific) || toks[i-2].lex&(lxRole|lxOrg) != 0) {
		return i
	}
	for g := i + 1; g+1 < j && g+3 >= j; g++ {
		unknown := toks[g].lex&(lxEnglish|lxProper|lxScowlCap|lxNamedPlace|lxPlace|lxOrg|lxDemonym) == 0 && toks[j-1].lex&lxPersonName != 0
		if (toks[g].lex&lxGiven != 0 && toks[g].lex&lxEnglish == 0) || unknown {
			return g
		}
	}
	return i
}

// nameStart returns where the name starts in run s..j of block b, past
// the titles and modifiers before it.
func (ms *mentionStage) nameStart(b, s, j int) int {
	toks := ms.toks[b]
	// A title prefix: "Japanese Prime Minister", "Russia's President".
	p := s
	for p < j-1 {
		t := &toks[p]
		if isTitleToken(t) || (t.has(tfPossessive) && p < j-1) {
			// A first name that is also a title word ("Dean Kamen")
			// stays when only one word would be left.
			if t.lex&lxGiven != 0 && p == j-2 && !wordIs(ms.text(b, t), wcStrongHonorific) {
				break
			}
			p++
			continue
		}
		break
	}
	// A word no list has opening a sentence before initials
	// ("Defenceman T.J. Brodie"): a role or modifier, not a first name.
	if p < j-2 && toks[p].has(tfSentStart) && toks[p].lex == 0 && !toks[p].has(tfInitial) && toks[p+1].has(tfInitial) {
		p++
	}
	// A capitalised modifier before a first name ("Scientologist Tom
	// Cruise"): the name starts at the first name.
	for p < j-2 && toks[p].lex&(lxGiven|lxPersonName) == 0 && toks[p+1].lex&(lxGiven|lxGivenUS) != 0 && !toks[p].has(tfPossessive|tfInitial) &&
		(toks[p].lex&(lxEnglish|lxProper|lxScowlCap) != 0 || isAdherentWord(ms.text(b, &toks[p]))) {
		p++
	}
	// A title further in ("Foreign Affairs Minister Maxime Bernier"):
	// the name starts after the last title word.
	for q := j - 2; q >= p; q-- {
		t := &toks[q]
		w := ms.text(b, t)
		if t.has(tfCap) && (wordIs(w, wcStrongHonorific) || t.lex&lxRole != 0) && t.lex&lxGiven == 0 {
			return q + 1
		}
		// "House Speaker Paul Ryan"; not "Robert Roe Vice President".
		if t.has(tfCap) && t.lex&lxHonorific != 0 && t.lex&lxGiven == 0 && (toks[q+1].lex|toks[j-1].lex)&lxHonorific == 0 {
			return q + 1
		}
	}
	return p
}

// orgWordAt returns the first word of name core0..j of block b that is
// an organisation's or a place's ("Andy Warhol Foundation"), where the
// name may end before it, or -1.
func (ms *mentionStage) orgWordAt(b, core0, j int) int {
	toks := ms.toks[b]
	for k := core0; k < j; k++ {
		t := &toks[k]
		if t.lex&(lxOrg|lxPlace) == 0 {
			continue
		}
		if k == j-1 && k > core0 && toks[core0].lex&lxGiven != 0 && wordIs(ms.text(b, t), wcSurnameOrgWord) {
			continue // "Nathan Law", "Charlotte Church": a family name
		}
		familyFirst := t.lex&lxPersonName != 0 && k+1 < j && asianGiven(ms.text(b, &toks[k+1]))
		if k == core0 && (t.lex&lxGiven != 0 || familyFirst) && j-core0 >= 2 && !wordIs(ms.text(b, t), wcDirectionWord) {
			continue // "Park Joo-Ho": a name that opens with a place word
		}
		if k == core0 && j-core0 == 1 && t.lex&lxGiven != 0 && ms.afterOwnedRole(b, k) {
			continue // "his father, Bill"
		}
		return k
	}
	return -1
}

// judgePlace marks mention m (its run starting at token s) a place or
// an organisation when its whole name is one, it opens with a direction
// word, or a preposition of place comes before it.
func (ms *mentionStage) judgePlace(m *mention, s int) {
	toks, b := ms.toks[m.block], m.block
	if m.size() >= 2 && ms.orgNames.classes(m.key) != 0 {
		m.bad = true // "Goldman Sachs", "Buenos Aires"
		m.place = true
	}
	if m.size() >= 2 && m.ev&(evTitle|evLetter) == 0 && wordIs(ms.text(b, &toks[m.first]), wcDirectionWord) {
		m.bad = true // "San Francisco", "Fort Worth"
		m.place = true
	}
	// After "in", "near" ... a name is a place ("in Porto Alegre");
	// after "to", "from", "at" it may be either, so only strong
	// evidence counts.
	if s > 0 && m.first == s && toks[s-1].kind == tkWord && !toks[m.last].has(tfPossessive) {
		switch w := ms.text(b, &toks[s-1]); {
		case wordIs(w, wcPlacePreposition):
			m.bad = true
			m.place = true
		case wordIs(w, wcEitherPreposition):
			m.ev &^= evNameLike
		case w == "of" && s > 1 && m.ev&(evTitle|evLetter) == 0 && isPlaceOfWord(ms.text(b, &toks[s-2])):
			m.bad, m.place, m.placeOf = true, true, true // "the City of Tyler"
		}
	}
}

// isPlaceOfWord reports the nouns of an administrative place before
// "of" and its name ("the City of Tyler", "the state of Maine"): the
// name is a place's wherever it stands alone in the article.
func isPlaceOfWord(w string) bool {
	switch strings.ToLower(w) {
	case "city", "town", "village", "county", "province", "state", "republic", "kingdom", "borough", "municipality", "township", "port", "isle":
		return true
	}
	return false
}

// keyOf joins the words of a name as written, with single spaces.
func (ms *mentionStage) keyOf(b, first, last int) string {
	toks := ms.toks[b]
	text := ms.a.Blocks[b].Text
	if ms.hasShouted(b, first, last) {
		return ms.shoutedKey(b, first, last)
	}
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

// hyphenHeadIsWord reports hyphenated words whose first part is an
// English word of four letters or more ("Prize-winner"): no given name.
func (ms *mentionStage) hyphenHeadIsWord(w string) bool {
	h := strings.IndexByte(w, '-')
	return h >= 4 && ms.lx.classes(w[:h])&lxEnglish != 0
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

// mentionStartingAt finds the mention whose name starts at token k of
// block b. Mentions are recorded in reading order and never overlap, so
// a binary search finds it.
func (ms *mentionStage) mentionStartingAt(b, k int) (int, bool) {
	list := ms.mentions
	i := sort.Search(len(list), func(i int) bool {
		return list[i].block > b || (list[i].block == b && list[i].first >= k)
	})
	return i, i < len(list) && list[i].block == b && list[i].first == k
}

// mentionEndingAt finds the mention whose name ends at token k of block b.
func (ms *mentionStage) mentionEndingAt(b, k int) (int, bool) {
	list := ms.mentions
	i := sort.Search(len(list), func(i int) bool {
		return list[i].block > b || (list[i].block == b && list[i].last >= k)
	})
	return i, i < len(list) && list[i].block == b && list[i].last == k
}

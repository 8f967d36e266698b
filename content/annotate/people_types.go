package annotate

import "strings"

// Typing a capitalised phrase as something other than a person: a team
// ("Carolina Hurricanes"), an organisation known by an acronym and a word
// ("BC Hydro"), a news agency ("Interfax news agency"), a bill or a
// product with a number ("Bill C-48"), the title of a work ("A Star Is
// Born") or a place after "in" ("in Prince George"). A mention so typed
// is marked bad, so that it is not clipped into a shorter "person";
// one typed an organisation is marked org too, and its head word alone
// ("Hydro said") is no one either (spreadOrgWords). Fragments are trimmed here too: a compound modifier
// ("Boston-based", "School-trained Marie Dunlop") and a sentence-opening
// adverb glued to a name ("Even Jane Rowe").

// trimModifiers moves m's start past compound modifiers and a
// sentence-opening adverb before a full name (run starting at token s).
func (ms *mentionStage) trimModifiers(m *mention, s int) {
	toks, b := ms.toks[m.block], m.block
	for m.first <= m.last && isCompoundModifier(ms.lx, ms.text(b, &toks[m.first])) {
		m.first++
	}
	if m.first > m.last {
		m.first = m.last // only modifiers: judgeKind throws it out
		return
	}
	if m.first == s && m.size() >= 2 && isGreeting(ms.text(b, &toks[m.first])) && toks[m.first].has(tfSentStart) {
		m.first++ // "Hi Kat", "Dear Ada Quill"
	}
	// "Even Jane Rowe, his running mate, said": a sentence-initial
	// dictionary word that is also a first name, before a first name
	// and a family name, is the sentence's adverb.
	f := &toks[m.first]
	if m.first == s && m.size() >= 3 && f.has(tfSentStart) && f.lex&lxEnglish != 0 && !f.has(tfPossessive) &&
		toks[m.first+1].lex&lxGiven != 0 && toks[m.first+1].lex&lxEnglish == 0 && toks[m.last].lex&lxEnglish == 0 {
		m.first++
	}
}

// isCompoundModifier reports hyphenated words whose last part is a
// lower-case participle or adjective of the dictionary ("Boston-based",
// "School-trained", "Harvard-educated"): a modifier, never a name.
func isCompoundModifier(lx *lexicon, w string) bool {
	h := strings.LastIndexByte(w, '-')
	if h <= 0 || h+4 > len(w) {
		return false
	}
	tail := w[h+1:]
	if tail[0] < 'a' || tail[0] > 'z' {
		return false
	}
	// The shape first, the lexicon only for a tail of that shape.
	shaped := strings.HasSuffix(tail, "ed") || tail == "born" || tail == "bred" || tail == "made" || tail == "run" || tail == "owned"
	return shaped && lx.classes(tail)&lxEnglish != 0
}

// judgeKind types mention m (whose run is tokens s..j-1 of its block) as
// an organisation, a team, a work or a place when its words or the
// words around it say so.
func (ms *mentionStage) judgeKind(m *mention, s, j int) {
	toks, b := ms.toks[m.block], m.block
	if m.size() == 1 && isCompoundModifier(ms.lx, ms.text(b, &toks[m.first])) {
		m.bad = true
		return
	}
	org := ms.isOrganisation(m, s)
	if org || !m.bad && ms.isNoName(m, s, j) {
		m.bad = true
	}
	m.org = org
}

// isOrganisation reports mention m (its run starting at token s) typed
// a team or an organisation by its words or the words around it.
func (ms *mentionStage) isOrganisation(m *mention, s int) bool {
	toks, b := ms.toks[m.block], m.block
	last := ms.text(b, &toks[m.last])
	// "the Carolina Hurricanes", "said Oilers head coach": a plural
	// noun after a first name only with "the" ("Jenna Marbles" is one).
	if ms.isGroupPlural(last) && m.ev&(evLetter|evTitle) == 0 && !toks[m.first].has(tfSentStart) &&
		(toks[m.first].lex&lxGiven == 0 || s > 0 && strings.EqualFold(ms.text(b, &toks[s-1]), "the")) {
		return true
	}
	if ms.endsInOrgTail(m) || ms.standingsRow(b, m.last) {
		return true // "Leeds United", "Ridgeway Power"; "Kirk Heaton 21 11 6 4"
	}
	if m.size() == 1 && m.first == s+1 && toks[s].has(tfAllCaps) && toks[s].lex&(lxDemonym|lxHonorific|lxRole|lxNamedPlace|lxPlace) == 0 &&
		toks[m.first].lex&(lxGiven|lxPersonName) == 0 {
		return true // "BC Hydro"
	}
	return m.ev&(evGiven|evTitle|evLetter) == 0 && ms.classifierAfter(b, m.last) // "told Interfax news agency"
}

// endsInOrgTail reports a name of two or more words whose last is the
// head word of a club's, a utility's or a company's name ("Leeds
// United", "Manitoba Hydro", "Acme Resources"), unless a known first
// name and a family name make it a person's ("Samantha Power"). The
// word counts only last: "the United States" is a place.
func (ms *mentionStage) endsInOrgTail(m *mention) bool {
	toks, b := ms.toks[m.block], m.block
	last := &toks[m.last]
	if m.size() < 2 || !wordIs(ms.text(b, last), wcOrgTail) {
		return false
	}
	if m.ev&(evTitle|evLetter) != 0 {
		return false // "Mr. Hill Power"
	}
	first := &toks[m.first]
	return !(m.size() == 2 && first.lex&lxGiven != 0 && first.lex&lxEnglish == 0 && last.lex&lxPersonName != 0)
}

// isNoName reports mention m (its run tokens s..j-1) a work, a product,
// a place, an office or a modifier rather than a person's name; places
// are marked so.
func (ms *mentionStage) isNoName(m *mention, s, j int) bool {
	toks, b := ms.toks[m.block], m.block
	bad := false
	for k := m.first; k <= m.last; k++ {
		if hasDigit(ms.text(b, &toks[k])) {
			bad = true // "Bill C-48", "Boeing 737"
		}
	}
	for k := s + 1; k < j; k++ {
		// A capitalised verb inside a title-case run: a work's title.
		if !toks[k].has(tfSentStart) && wordIs(ms.text(b, &toks[k]), wcAuxiliary) {
			bad = true
		}
	}
	if m.size() == 1 && toks[m.first].lex&(lxGiven|lxPersonName) == 0 && ms.modifiesRoleAndName(b, m.last) {
		bad = true // "said Canadiens goalie Carey Price": the team, not the speaker
	}
	if m.first > s && s > 0 && toks[s-1].kind == tkWord && wordIs(ms.text(b, &toks[s-1]), wcPlacePreposition) &&
		m.ev&evLetter == 0 && !toks[m.last].has(tfPossessive) {
		bad, m.place = true, true // "in Prince George"
	}
	if m.first == s && s > 0 && isStreetWord(ms.text(b, &toks[s-1])) {
		bad, m.place = true, true // "rue Victor Hugo", "bd Georges Mandel"
	}
	if m.size() >= 2 && isForeignArticle(ms.text(b, &toks[m.first])) {
		bad = true // "La Désirade", "Las Vegas", "Il Gattopardo": a place or a work
	}
	// "the Virginia Governor", "Madam Chair"; "Image credit: Holley,
	// Public Domain"
	return bad || ms.onlyTitles(m) || m.credit && ms.allDictionaryWords(m)
}

// isGroupPlural reports the plural of a common noun as a team's or a
// group's name ("Hurricanes", "Cardinals", "Oilers"), no family name.
func (ms *mentionStage) isGroupPlural(w string) bool {
	n := len(w)
	if n < 5 || w[n-1] != 's' || w[n-2] == 's' || w[n-2] == '\'' {
		return false
	}
	c := ms.lx.classes(w)
	if c&(lxPersonName|lxScowlCap|lxGiven|lxProper) != 0 {
		return false
	}
	if c&lxEnglish != 0 {
		return true
	}
	// Unknown plurals of agent nouns: "Oilers", "Lakers".
	return c == 0 && strings.HasSuffix(w, "ers")
}

// classifierAfter reports a lower-case noun after token k of block b
// that classes the name before it as an organisation (not a work: "the
// Luther book" is about a person) ("Interfax news
// agency", "the Likud party", "the Kommersant newspaper").
func (ms *mentionStage) classifierAfter(b, k int) bool {
	toks := ms.toks[b]
	if k+1 >= len(toks) || toks[k].has(tfPossessive) {
		return false
	}
	n := &toks[k+1]
	if n.kind != tkWord || n.has(tfCap) {
		return false
	}
	w := ms.text(b, n)
	if (w == "news" || w == "state" || w == "wire" || w == "press") && k+2 < len(toks) && toks[k+2].kind == tkWord {
		w = ms.text(b, &toks[k+2])
	}
	switch w {
	case "agency", "company", "firm", "group", "party", "newspaper", "network", "broadcaster", "channel", "newswire",
		"tabloid", "daily", "magazine", "bank", "club", "team", "carrier", "airline", "conglomerate", "outlet",
		"website", "label", "brand", "ministry", "union", "television", "radio":
		return true
	}
	return false
}

// spreadOrgWords marks the one-word mentions of an article that repeat
// the last word of a name typed an organisation elsewhere in it ("BC
// Hydro" ... "Hydro said"), or a place's name that also opens an
// organisation's ("in Cleveland", "the Cleveland Orchestra" ...
// "Cleveland has grown") or one named a place ("the City of Tyler" ...
// "Tyler began to lose people"), unless a title or courtesy title makes them
// a person. A mention so marked still joins a person named in full
// ("Andy Warhol" ... "the Warhol Museum" ... "Warhol").
func (ms *mentionStage) spreadOrgWords() {
	const (
		head   = 1 << iota // the last word of an organisation's name
		opener             // a name cut before an organisation's word
		place              // a place on its own
	)
	// Most articles have no organisation: settle that without the map.
	var kinds uint8
	for i := range ms.mentions {
		m := &ms.mentions[i]
		if m.org || m.placeOf {
			kinds |= head
		} else if m.size() == 1 && m.inOrg {
			kinds |= opener
		}
	}
	if kinds == 0 {
		return
	}
	words := &ms.orgWords
	defer words.reset() // the words are the article's text: keep none
	for i := range ms.mentions {
		m := &ms.mentions[i]
		var kind uint8
		switch {
		case m.org || m.placeOf:
			kind = head // "BC Hydro" ... "Hydro"; "the City of Tyler" ... "Tyler"
		case m.size() == 1 && m.inOrg:
			kind = opener
		case m.size() == 1 && m.place && kinds&opener != 0:
			kind = place
		default:
			continue
		}
		words.add(ms.text(m.block, &ms.toks[m.block][m.last]), kind)
	}
	for i := range ms.mentions {
		m := &ms.mentions[i]
		if m.size() != 1 || m.bad || m.ev&(evTitle|evLetter) != 0 {
			continue
		}
		if k := words.get(ms.text(m.block, &ms.toks[m.block][m.first])); k&head != 0 || k&(opener|place) == opener|place {
			m.bad, m.org = true, true
		}
	}
}

// isStreetWord reports the lower-case words for a street that stand
// before its name in many languages ("rue Victor Hugo").
func isStreetWord(w string) bool {
	switch w {
	case "rue", "avenue", "av", "bd", "boulevard", "calle", "rua", "piazza", "viale", "strasse", "straße":
		return true
	}
	return false
}

// onlyTitles reports a mention whose words are all titles or roles and
// none a name ("Governor", "Virginia Governor", "Madam Speaker"), or one
// word that names an office addressed ("Mr. President"): it names an
// office, not a person.
func (ms *mentionStage) onlyTitles(m *mention) bool {
	toks := ms.toks[m.block]
	last := &toks[m.last]
	if m.size() == 1 && !last.has(tfPossessive) && wordIs(ms.text(m.block, last), wcAddressOffice) {
		return true // "Mr. President", "Madam Speaker", "the President said"
	}
	if last.lex&(lxHonorific|lxRole) == 0 || last.lex&(lxGiven|lxPersonName) != 0 || last.has(tfInitial) {
		return false
	}
	for k := m.first; k < m.last; k++ {
		if toks[k].lex&(lxHonorific|lxRole|lxNamedPlace|lxDemonym|lxPlace) == 0 {
			return false
		}
	}
	return true
}

// allDictionaryWords reports a mention whose words are all dictionary
// words and none a first name ("Public Domain", "International License").
func (ms *mentionStage) allDictionaryWords(m *mention) bool {
	toks := ms.toks[m.block]
	for k := m.first; k <= m.last; k++ {
		if toks[k].lex&lxEnglish == 0 || toks[k].lex&lxGiven != 0 {
			return false
		}
	}
	return true
}

// isGreeting reports the words of greeting and thanks that open a
// sentence before a name ("Hi Kat", "Thanks Tom").
func isGreeting(w string) bool {
	switch w {
	case "Hi", "Hey", "Hello", "Dear", "Thanks", "Thank", "Welcome", "Congratulations", "Bye", "Goodbye", "Oh", "Yes", "No", "Sorry", "Okay", "OK", "Well":
		return true
	}
	return false
}

// modifiesRoleAndName reports a name at token k of block b followed by
// one to three lower-case role words and a capitalised name ("Oilers
// head coach Ken Harlow", "Canadiens goalie Carey Price"): the name at
// k says whose role it is, and the person is the name after.
func (ms *mentionStage) modifiesRoleAndName(b, k int) bool {
	toks := ms.toks[b]
	if toks[k].has(tfPossessive) {
		return false
	}
	j, role := k+1, false
	for ; j < len(toks) && j <= k+3 && toks[j].kind == tkWord && !toks[j].has(tfCap); j++ {
		if toks[j].lex&lxRole != 0 {
			role = true
		}
	}
	return role && j+1 < len(toks) && nameish(&toks[j]) && nameish(&toks[j+1])
}

// isForeignArticle reports the capitalised articles of other languages
// that open the names of places and works, never a person's given name
// ("La Pointe", "Los Alamos", "Die Zeit"); "Le", "Les", "De" and "El"
// are left out, as "Le Pen", "Les Moonves", "De Niro" and "El Chapo" are
// people.
func isForeignArticle(w string) bool {
	switch w {
	case "La", "Las", "Los", "Il", "Lo", "Die", "Das", "Der", "Het":
		return true
	}
	return false
}

// hasDigit reports an ASCII digit in w ("C-48").
func hasDigit(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	return false
}

// wordKinds is a small set of words with kind bits, kept between calls:
// a list while short (most articles name a few organisations), a map
// past that, so that a long article costs no more than a lookup each.
type wordKinds struct {
	list []wordKind
	m    map[string]uint8
}

type wordKind struct {
	w    string
	kind uint8
}

func (s *wordKinds) add(w string, kind uint8) {
	if s.m != nil && len(s.m) > 0 {
		s.m[w] |= kind
		return
	}
	for i := range s.list {
		if s.list[i].w == w {
			s.list[i].kind |= kind
			return
		}
	}
	if len(s.list) < 32 {
		s.list = append(s.list, wordKind{w, kind})
		return
	}
	if s.m == nil {
		s.m = make(map[string]uint8)
	}
	for _, e := range s.list {
		s.m[e.w] = e.kind
	}
	s.m[w] |= kind
}

func (s *wordKinds) get(w string) uint8 {
	if len(s.m) > 0 {
		return s.m[w]
	}
	for i := range s.list {
		if s.list[i].w == w {
			return s.list[i].kind
		}
	}
	return 0
}

func (s *wordKinds) reset() {
	clear(s.list) // drop the strings, keep the array
	s.list = s.list[:0]
	clear(s.m)
}

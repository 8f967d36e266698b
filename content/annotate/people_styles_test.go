package annotate

import (
	"slices"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
)

// checkSpeakers checks that a's quotations are exactly the texts of
// want, each by the person it names ("" for no named speaker), listed in
// reading order.
func checkSpeakers(t *testing.T, a *content.Article, want map[string]string) {
	t.Helper()
	if len(a.Quotes) != len(want) {
		t.Errorf("%d quotations, want %d: %+v", len(a.Quotes), len(want), a.Quotes)
	}
	for i, q := range a.Quotes {
		if i > 0 {
			if p, c := a.Quotes[i-1].Spans[0], q.Spans[0]; p.Block > c.Block || p.Block == c.Block && p.Start >= c.Start {
				t.Errorf("quotation %q comes before %q in the list, not in the text", a.Quotes[i-1].Text, q.Text)
			}
		}
		w, ok := want[q.Text]
		if !ok {
			t.Errorf("unexpected quotation %q", q.Text)
			continue
		}
		if got := goldtest.Name(q.Speaker); (w == "" && q.Speaker != nil) || (w != "" && got != w) {
			t.Errorf("%q: speaker %s, want %q", q.Text, got, w)
		}
	}
}

// peopleByName indexes a's people by name.
func peopleByName(a *content.Article) map[string]content.Person {
	out := make(map[string]content.Person, len(a.People))
	for _, p := range a.People {
		out[p.Name] = p
	}
	return out
}

// TestAnnotateNewsStyles runs Annotate on a short article written for
// this test in the styles of other outlets and countries: particles,
// family-name-first names, inverted and pronoun attributions, unnamed
// sources, organisations that "said" things and a wire credit line.
func TestAnnotateNewsStyles(t *testing.T) {
	paras := []string{
		"By Helen Brooks",
		"Protesters gather outside parliament on Monday. (AP Photo/Evan Vucci)",
		"German Chancellor Olaf Scholz told reporters in Berlin on Tuesday that the talks had stalled.",
		"“We will not back down,” said Ursula von der Leyen, president of the European Commission.",
		"Chinese President Xi Jinping met Brazilian President Luiz Inácio Lula da Silva in Beijing. Xi said the two countries were “partners for peace.”",
		"Dr. Anthony Fauci, the nation's top infectious disease expert, warned that cases could rise. “We are not out of the woods,” Fauci said.",
		"According to Maria Garcia, a spokeswoman for the ministry, the plan will cost $3 billion. “It is a fair price,” she said.",
		"Saudi Crown Prince Mohammed bin Salman and Kim Jong Un were not mentioned by Mr. Scholz.",
		"Apple Inc. said the card would launch in June. Microsoft declined to comment. Goldman Sachs said it would issue the card.",
		"Washington said it would respond. Jordan rejected the plan, and Moscow said nothing.",
		"“This is a disaster,” the company said in a statement.",
		"Police in New York said the suspect, John Smith, 34, was arrested on Friday. Smith's lawyer, Jane Doe, said her client was innocent.",
		"“He did nothing wrong,” Doe said. “We will appeal.”",
		"Garcia on Thursday said: “The money is there.”",
		"The United Nations Security Council met on Monday. Secretary-General António Guterres said: “The world is watching.”",
		"Reporting by Tom Reed in London; editing by Sarah Lee",
	}
	a := &content.Article{}
	for i, p := range paras {
		typ := content.BlockParagraph
		if i == len(paras)-1 {
			typ = content.BlockCredit
		}
		a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: p})
	}
	Article(a)

	people := peopleByName(a)
	want := []struct{ name, role string }{
		{"Olaf Scholz", "German Chancellor"},
		{"Ursula von der Leyen", "president of the European Commission"},
		{"Xi Jinping", "Chinese President"},
		{"Luiz Inácio Lula da Silva", "Brazilian President"},
		{"Anthony Fauci", "nation's top infectious disease expert"},
		{"Maria Garcia", "spokeswoman for the ministry"},
		{"Mohammed bin Salman", "Saudi Crown Prince"},
		{"Kim Jong Un", ""},
		{"John Smith", ""},
		{"Jane Doe", ""},
		{"António Guterres", "Secretary-General"},
	}
	for _, w := range want {
		p, ok := people[w.name]
		if !ok {
			t.Errorf("missing person %q", w.name)
			continue
		}
		if w.role != "" && p.Role != w.role {
			t.Errorf("%s: role %q, want %q", w.name, p.Role, w.role)
		}
	}
	if p := people["Olaf Scholz"]; p.Mentions != 2 || !slices.Equal(p.Aliases, []string{"Scholz"}) {
		t.Errorf("Olaf Scholz: %d mentions, aliases %q; want 2, [Scholz]", p.Mentions, p.Aliases)
	}
	for _, p := range a.People {
		for _, bad := range []string{"Apple", "Microsoft", "Berlin", "Beijing", "New York", "United Nations Security Council", "European Commission", "Tom Reed", "Sarah Lee", "Evan Vucci", "Helen Brooks", "Police", "Goldman Sachs", "Washington", "Jordan", "Moscow"} {
			if p.Name == bad || slices.Contains(p.Aliases, bad) {
				t.Errorf("%q is listed as a person", bad)
			}
		}
	}
	speakers := map[string]string{
		"We will not back down,":       "Ursula von der Leyen",
		"partners for peace.":          "Xi Jinping", // a partial quotation: "Xi said the two countries were “partners for peace.”"
		"We are not out of the woods,": "Anthony Fauci",
		"It is a fair price,":          "Maria Garcia",
		"This is a disaster,":          "the company", // an organisation speaks (speaker_type)
		"He did nothing wrong,":        "Jane Doe",
		"We will appeal.":              "Jane Doe",
		"The money is there.":          "Maria Garcia",
		"The world is watching.":       "António Guterres",
	}
	checkSpeakers(t, a, speakers)
	if !slices.Equal(a.Contributors, []string{"Helen Brooks", "Evan Vucci", "Tom Reed", "Sarah Lee"}) {
		t.Errorf("contributors %q, want [Helen Brooks Evan Vucci Tom Reed Sarah Lee]", a.Contributors)
	}
}

// TestAnnotatePronounsAndAsides covers pronouns resolved by the gender
// of first names, parentheses and appositives between speaker and
// verb, and a one-word name met again at the start of a sentence.
func TestAnnotatePronounsAndAsides(t *testing.T) {
	paras := []string{
		"Biden's response",
		"Mr Smith said the bill would pass. Ms. Jacinda Ardern, who led New Zealand until 2023, met Chris Hipkins in Wellington.",
		"“It was a good meeting,” she said.",
		"Sen. Elizabeth Warren (D-Mass.) said: “Enough is enough, and we know it.”",
		"The minister, Sergey Lavrov, said on Monday that “the West has lost its way completely.”",
		"President Joe Biden said he would veto it. “I will not sign this bill,” Biden told reporters at the White House.",
		"Officials in Kyiv said the strikes hit power plants. “We need more air defence,” a senior Ukrainian official said.",
		"Smith, a former investment banker, has denied wrongdoing.",
		"Ann Lee, 34, a teacher from Leeds, said she was relieved.",
		"Omar Haddad, who is a lawyer for the family, asked for calm.",
		"According to Mark Rathbun, a detective for the sheriff's office was given files by the church.",
		"Lena Ortiz, a nurse who has worked in the camp since May, said supplies were short.",
		"New Zealand's Prime Minister John Key spoke first. Minister of Education Stefania Giannini followed, and a friend of Minister Luca Rossi left.",
	}
	a := &content.Article{}
	for i, p := range paras {
		typ := content.BlockParagraph
		if i == 0 {
			typ = content.BlockHeading
		}
		a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: p})
	}
	Article(a)
	want := []string{"Jacinda Ardern", "Elizabeth Warren", "Sergey Lavrov", "Joe Biden", "a senior Ukrainian official"}
	if len(a.Quotes) != len(want) {
		t.Fatalf("%d quotations, want %d", len(a.Quotes), len(want))
	}
	for i, q := range a.Quotes {
		if got := goldtest.Name(q.Speaker); (want[i] == "" && q.Speaker != nil) || (want[i] != "" && got != want[i]) {
			t.Errorf("%q: speaker %s, want %q", q.Text, got, want[i])
		}
	}
	byName := peopleByName(a)
	if p := byName["Joe Biden"]; p.Mentions != 3 || p.Role != "President" {
		t.Errorf("Joe Biden: %d mentions, role %q; want 3 (heading included), President", p.Mentions, p.Role)
	}
	if p := byName["Smith"]; p.Mentions != 2 || p.Role != "former investment banker" {
		t.Errorf("Smith: %d mentions, role %q; want 2, former investment banker", p.Mentions, p.Role)
	}
	if p := byName["Ann Lee"]; p.Role != "teacher from Leeds" {
		t.Errorf("Ann Lee: role %q, want teacher from Leeds", p.Role)
	}
	if p := byName["Omar Haddad"]; p.Role != "lawyer for the family" {
		t.Errorf("Omar Haddad: role %q, want lawyer for the family", p.Role)
	}
	// After the comma comes the sentence, with a verb of its own: no
	// appositive. A relative clause inside one may have a verb.
	if p := byName["Mark Rathbun"]; p.Name == "" || p.Role != "" {
		t.Errorf("Mark Rathbun: %+v, want a person without a role", p)
	}
	if p := byName["Lena Ortiz"]; p.Role != "nurse who has worked in the camp since May" {
		t.Errorf("Lena Ortiz: role %q, want nurse who has worked in the camp since May", p.Role)
	}
	// Titles of more than one word: a place's name before its
	// possessive, an office named with "of".
	for name, role := range map[string]string{"John Key": "New Zealand's Prime Minister", "Stefania Giannini": "Minister of Education", "Luca Rossi": "Minister"} {
		if p := byName[name]; p.Role != role {
			t.Errorf("%s: role %q, want %q", name, p.Role, role)
		}
	}
	if _, ok := byName["Kyiv"]; ok {
		t.Error("Kyiv is listed as a person")
	}
}

// TestAnnotateQuoteMarks covers British single quotes, inner quotes,
// apostrophes that open no quotation, a quotation continued into the
// next paragraph, and roles written before the name.
func TestAnnotateQuoteMarks(t *testing.T) {
	paras := []string{
		"‘We will fight on the beaches,’ said Winston Churchill, the prime minister.",
		"“He told me ‘never give up’ and I didn’t,” said Sarah Connor, whose father was a miner in the ’80s.",
		"The players’ union rejected the offer. Its head, Gordon Taylor, called it ‘an insult to every player’.",
		"Rock ’n’ roll legend Elvis Presley's home, Graceland, opened in 1982.",
		"“We are closing the plant,” said the company's chief executive, Mary Barra. “It is a hard decision.",
		"“But it is the right one for the long run,” she added.",
	}
	a := &content.Article{}
	for _, p := range paras {
		a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: p})
	}
	Article(a)
	want := []struct {
		text, speaker string
		spans         int
	}{
		{"We will fight on the beaches,", "Winston Churchill", 1},
		{"He told me ‘never give up’ and I didn’t,", "Sarah Connor", 1},
		{"an insult to every player", "Gordon Taylor", 1},
		{"We are closing the plant,", "Mary Barra", 1},
		{"It is a hard decision. But it is the right one for the long run,", "Mary Barra", 2},
	}
	if len(a.Quotes) != len(want) {
		t.Fatalf("%d quotations, want %d: %+v", len(a.Quotes), len(want), a.Quotes)
	}
	for i, w := range want {
		q := a.Quotes[i]
		if q.Text != w.text || goldtest.Name(q.Speaker) != w.speaker || len(q.Spans) != w.spans {
			t.Errorf("quote %d: %q by %s in %d spans; want %q by %s in %d", i, q.Text, goldtest.Name(q.Speaker), len(q.Spans), w.text, w.speaker, w.spans)
		}
	}
	roles := map[string]string{
		"Winston Churchill": "prime minister",
		"Mary Barra":        "company's chief executive",
		"Gordon Taylor":     "head",
	}
	for _, p := range a.People {
		if r, ok := roles[p.Name]; ok && p.Role != r {
			t.Errorf("%s: role %q, want %q", p.Name, p.Role, r)
		}
		delete(roles, p.Name)
	}
	for name := range roles {
		t.Errorf("missing person %q", name)
	}
}

// TestAnnotatePlacesListed: words that look like names, listed with
// places, are places.
func TestAnnotatePlacesListed(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: "The tour visits Buenos Aires, Porto Alegre and Belo Horizonte before it ends in San Juan."},
		{Type: content.BlockParagraph, Text: "Fans flew in from Tokyo, Rio Grande and Costa Brava, said Julia Roberts, the tour's manager."},
	}}
	Article(a)
	if len(a.People) != 1 || a.People[0].Name != "Julia Roberts" || a.People[0].Role != "tour's manager" {
		t.Errorf("people %+v, want only Julia Roberts, the tour's manager", a.People)
	}
}

// TestAnnotateNameOrder: a name written family name first and last is
// one person.
func TestAnnotateNameOrder(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: "Hosaka Yuji, a Japan analyst with Sejong University in Seoul, says the talks matter."},
		{Type: content.BlockParagraph, Text: "Yuji Hosaka said later that Hosaka family members live on the islands."},
	}}
	Article(a)
	if len(a.People) != 1 || a.People[0].Mentions != 3 || a.People[0].Name != "Hosaka Yuji" {
		t.Errorf("people %+v, want Hosaka Yuji with 3 mentions", a.People)
	}
}

// TestAnnotateTitleCaseHeading: a title-case subhead names a person by
// the name the text gives, not by the whole capitalised run.
func TestAnnotateTitleCaseHeading(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: "President Joe Biden arrived on Monday."},
		{Type: content.BlockHeading, Text: "Joe Biden Visits Kyiv"},
		{Type: content.BlockParagraph, Text: "Biden met soldiers."},
	}}
	Article(a)
	if len(a.People) != 1 || a.People[0].Name != "Joe Biden" || a.People[0].Mentions != 3 {
		t.Errorf("people %+v, want Joe Biden with 3 mentions", a.People)
	}
}

// A second quotation of a paragraph, opening its own sentence after an
// inverted attribution ("…," said Bolden to the crowd. "…"), is the same
// speaker's: the sentence before it names nobody before its verb.
func TestAnnotateQuoteAfterInvertedAttribution(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{{Type: content.BlockParagraph, Text: `"We want to thank every city that asked," said Charles Bolden to the gathered crowd of employees. "This was a very difficult decision."`}}}
	Article(a)
	checkSpeakers(t, a, map[string]string{"We want to thank every city that asked,": "Charles Bolden", "This was a very difficult decision.": "Charles Bolden"})
}

// A person's statement speaks for them; their spokesman is someone else.
func TestAnnotateQuoteOfAStatement(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: `Senator John Cornyn issued a statement on Tuesday.`},
		{Type: content.BlockParagraph, Text: `Cornyn's statement added, "Houston should have been selected."`},
		{Type: content.BlockParagraph, Text: `Mayor Annise Parker was not at the event. Parker's spokesman said, "She will write to the agency."`},
		{Type: content.BlockParagraph, Text: `Senator Mary Landrieu, Democrat from Louisiana, issued a statement about the decision. "We are deeply disappointed."`},
		{Type: content.BlockParagraph, Text: `The agency released a statement on Friday. "The choice was fair."`},
	}}
	Article(a)
	want := map[string]string{"Houston should have been selected.": "John Cornyn", "She will write to the agency.": "Parker's spokesman",
		"We are deeply disappointed.": "Mary Landrieu", "The choice was fair.": "The agency"}
	checkSpeakers(t, a, want)
}

// A colon introduces a quotation of the sentence's subject, not of a
// person the sentence names as its object or as someone's possessor.
func TestAnnotateQuoteIntroducedByAColon(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: `During questions on Wednesday, Prime Minister Rishi Sunak defended the record: "We are working as quickly as possible."`},
		{Type: content.BlockParagraph, Text: `Police arrested John Smith on Monday: "Nobody was hurt in the raid."`},
		{Type: content.BlockParagraph, Text: `Mary Jones's lawyer left the court: "My client is innocent of all charges."`},
	}}
	Article(a)
	want := map[string]string{"We are working as quickly as possible.": "Rishi Sunak", "Nobody was hurt in the raid.": "", "My client is innocent of all charges.": ""}
	checkSpeakers(t, a, want)
}

// A role before the name and a comma may end in an "of" phrase, and a
// parenthesis may follow it.
func TestAnnotateRoleOfAnOrganisationBeforeTheName(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: `The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called the ruling dangerous.`},
		{Type: content.BlockParagraph, Text: `Also the president of the Lombardy region, Roberto Maroni, has reacted.`},
		{Type: content.BlockParagraph, Text: `A friend of the family, Tom Reed, was not at home.`},
	}}
	Article(a)
	byName := peopleByName(a)
	for name, role := range map[string]string{"Nunzio Galantino": "secretary general of CEI", "Roberto Maroni": "president of the Lombardy region"} {
		if p, ok := byName[name]; !ok || p.Role != role {
			t.Errorf("%s: %+v, want role %q", name, p, role)
		}
	}
	if p := byName["Tom Reed"]; p.Role != "" {
		t.Errorf("Tom Reed: role %q, want none (a friend is no role)", p.Role)
	}
}

// A plural role before a name is evidence of a person, but not the
// person's role.
func TestAnnotatePluralRoleBeforeAName(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{{Type: content.BlockParagraph, Text: `The show includes Polaroids of athletes Vitas Gerulaitis (tennis) and Jack Nicklaus (golf).`}}}
	Article(a)
	if p, ok := peopleByName(a)["Vitas Gerulaitis"]; !ok || p.Role != "" {
		t.Errorf("Vitas Gerulaitis: %+v (found %v), want a person without a role among %v", p, ok, a.People)
	}
}

// A few quoted words are a partial quotation when their own sentence
// names who said them, and a term in scare quotes otherwise.
func TestAnnotatePartialQuotations(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: `Shadow Home Secretary Yvette Cooper said her party has supported the idea "for months".`},
		{Type: content.BlockParagraph, Text: `The so-called "experts" said nothing about it.`},
		{Type: content.BlockParagraph, Text: `The plan relies on "online translation tools" where needed.`},
		{Type: content.BlockParagraph, Text: `Yvette Cooper said voters chose the "Silver Fern" design.`},
	}}
	Article(a)
	checkSpeakers(t, a, map[string]string{"for months": "Yvette Cooper"})
	if p := peopleByName(a)["Yvette Cooper"]; p.Quotes != 1 {
		t.Errorf("Yvette Cooper: %d quotes, want 1", p.Quotes)
	}
}

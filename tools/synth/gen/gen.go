// Package gen generates synthetic news articles for benchmarks: real
// sentences (Wikinews, Voice of America) recombined, with their content
// words and names replaced from a vocabulary of some 64,000 English words
// and 10,000 names (SCOWL), drawn with a Zipf law so that word frequencies
// look like a real archive's. Articles have 300 to 2,000 words, a title,
// a date, a source, a byline, subheads, people with roles who are named
// several times and quoted.
//
// A Generator is deterministic for a seed.
package gen

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

var (
	//go:embed data/words.txt.gz
	wordsGz []byte
	//go:embed data/proper.txt.gz
	properGz []byte
	//go:embed data/sentences.txt
	sentencesTxt string
)

// Generator makes articles. It is not safe for concurrent use; make one
// per goroutine with different seeds.
type Generator struct {
	rng       *rand.Rand
	words     []string
	wordZipf  *rand.Zipf
	proper    []string
	templates [][]piece
	sources   []Source
	people    []person
	peopleZ   *rand.Zipf
}

// Source is a generated news outlet.
type Source struct {
	Domain string
	Name   string
	City   string
	nav    []string
}

// person is someone of the generated world: popular ones recur across
// many articles.
type person struct {
	first, last, role string
}

// piece is one word of a template sentence.
type piece struct {
	pre, core, post string
	kind            pieceKind
}

type pieceKind uint8

const (
	keep pieceKind = iota
	contentWord
	proper
	number
)

// New returns a generator seeded with seed.
func New(seed uint64) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	g.words = lines(wordsGz)
	g.proper = lines(properGz)
	// Shuffle with a fixed seed so that the frequency ranks do not follow
	// the alphabet, the same way whatever the generator's seed.
	fixed := rand.New(rand.NewPCG(1, 2))
	fixed.Shuffle(len(g.words), func(i, j int) { g.words[i], g.words[j] = g.words[j], g.words[i] })
	g.wordZipf = rand.NewZipf(g.rng, 1.07, 20, uint64(len(g.words)-1))
	g.templates = parseTemplates(sentencesTxt)
	g.makeSources(fixed)
	g.makePeople(fixed)
	g.peopleZ = rand.NewZipf(g.rng, 1.2, 5, uint64(len(g.people)-1))
	return g
}

func lines(gz []byte) []string {
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		panic("gen: embedded word list: " + err.Error())
	}
	var out []string
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if t := strings.TrimSpace(sc.Text()); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// functionWords are kept in templates: replacing them would make the
// sentences unreadable and the frequency spectrum unrealistic.
var functionWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`about above after again against all also although among
	and another any are around because been before being below between both but by can could
	did does doing down during each either even every few first for from further had has have
	having her here hers herself him himself his how however into its itself just last least
	less made many might more most much must near never next none nor not now off once only
	other others ought our ours over own same second several shall she should since some such
	than that the their theirs them then there these they this those though three through
	thus till too two under until upon very was were what when where whether which while who
	whom whose why will with within without would year years yet you your said says told
	according`) {
		functionWords[w] = true
	}
}

func parseTemplates(txt string) [][]piece {
	var out [][]piece
	for _, s := range strings.Split(txt, "\n") {
		fs := strings.Fields(s)
		if len(fs) == 0 {
			continue
		}
		t := make([]piece, 0, len(fs))
		for i, f := range fs {
			pre, core, post := splitPunct(f)
			p := piece{pre: pre, core: core, post: post}
			switch {
			case core == "":
			case isNumber(core):
				p.kind = number
			case unicode.IsUpper(rune(core[0])) && i > 0 && isAlpha(core):
				p.kind = proper
			case isAlpha(core) && len(core) >= 4 && !functionWords[strings.ToLower(core)]:
				p.kind = contentWord
			}
			t = append(t, p)
		}
		out = append(out, t)
	}
	return out
}

func splitPunct(w string) (pre, core, post string) {
	i := strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	if i < 0 {
		return w, "", ""
	}
	j := strings.LastIndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	return w[:i], w[i : j+1], w[j+1:]
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return true
}

var outletWords = []string{"Times", "Herald", "Post", "Tribune", "Gazette", "News", "Chronicle", "Observer", "Ledger", "Courier", "Dispatch", "Journal"}

func (g *Generator) makeSources(r *rand.Rand) {
	for i := 0; i < 40; i++ {
		city := g.proper[r.IntN(len(g.proper))]
		ow := outletWords[r.IntN(len(outletWords))]
		s := Source{
			Name:   "The " + city + " " + ow,
			Domain: strings.ToLower(city+ow) + ".com",
			City:   city,
		}
		sections := []string{"Home", "World", "Business", "Politics", g.proper[r.IntN(len(g.proper))], "Sports", "Opinion", "Culture"}
		r.Shuffle(len(sections), func(i, j int) { sections[i], sections[j] = sections[j], sections[i] })
		s.nav = []string{
			strings.Join(sections[:5+r.IntN(3)], " | "),
			"Subscribe to " + s.Name,
		}
		g.sources = append(g.sources, s)
	}
}

var roleHeads = []string{"senior research fellow", "spokesperson", "professor of economics", "analyst", "director",
	"minister of trade", "chief executive", "police spokesman", "deputy mayor", "lawyer", "historian",
	"political scientist", "union leader", "senator", "ambassador", "head of research", "coach", "economist"}
var roleOrgs = []string{"Institute", "University", "Foundation", "Ministry", "Council", "Bank", "Party", "Group", "Center", "Agency"}

func (g *Generator) makePeople(r *rand.Rand) {
	for i := 0; i < 20000; i++ {
		p := person{
			first: g.proper[r.IntN(len(g.proper))],
			last:  g.proper[r.IntN(len(g.proper))],
		}
		if p.first == p.last {
			continue
		}
		p.role = roleHeads[r.IntN(len(roleHeads))] + " at the " + g.proper[r.IntN(len(g.proper))] + " " + roleOrgs[r.IntN(len(roleOrgs))]
		g.people = append(g.people, p)
	}
}

// sentence makes one sentence from a random template.
func (g *Generator) sentence() string {
	t := g.templates[g.rng.IntN(len(g.templates))]
	var b strings.Builder
	for i, p := range t {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p.pre)
		switch {
		case p.kind == contentWord && g.rng.IntN(10) < 7:
			b.WriteString(g.words[g.wordZipf.Uint64()])
		case p.kind == proper && g.rng.IntN(10) < 7:
			b.WriteString(g.proper[g.rng.IntN(len(g.proper))])
		case p.kind == number:
			fmt.Fprintf(&b, "%d", 1+g.rng.IntN(2000))
		default:
			b.WriteString(p.core)
		}
		b.WriteString(p.post)
	}
	return b.String()
}

// bareSentence is a sentence without quotation marks around or in it,
// to be quoted.
func (g *Generator) bareSentence() string {
	s := g.sentence()
	return strings.NewReplacer(`"`, "", "“", "", "”", "").Replace(s)
}

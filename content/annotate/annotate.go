// Package annotate finds the quotations an article carries, the people
// it names and who said what, from its blocks alone, offline, with
// embedded word lists (names/). Its one entry point is Article.
package annotate

import (
	"slices"
	"strings"

	"github.com/newsreader/newsreader/content"
)

// Article finds the quotations in a's blocks, the people the article
// names (with roles and mention counts) and who said each quotation,
// filling a.Quotes and a.People; names found only in credits (a
// contributor line, "Image: X") are added to a.Contributors.
//
// It works on the blocks alone, offline, with embedded word lists (see
// names/README.md): a person is a capitalised name backed by evidence (a
// known first name, a title, an appositive role, a speech verb), never
// a place, an organisation, a nationality or an unnamed speaker.
func Article(a *content.Article) {
	if a == nil {
		return
	}
	a.Quotes, a.People = nil, nil
	if len(a.Blocks) == 0 {
		return
	}
	lxs := sharedLexicons()
	an := getAnnotator(a, lxs)
	defer an.release()
	quoted := findQuoted(a.Blocks)
	// The title is read as a last block (people_title.go), for the
	// stages' length of the call only.
	body := a.Blocks
	a.Blocks, an.title = withTitle(a, an.blockBuf)
	if an.title >= 0 {
		an.blockBuf = a.Blocks[:0]
		defer func() { a.Blocks = body }()
	}
	tokens := an.tokenizeBlocks(a.Blocks, lxs)
	if an.title >= 0 {
		an.caseTitle(an.title)
	}
	for _, q := range quoted {
		for _, sp := range q.spans {
			an.markQuote(sp)
		}
	}
	an.markCredits()
	an.mentions = an.mentionBuffer(tokens/8 + 8)
	an.findMentions()
	an.readEntryLines()
	an.readCitations()
	an.readNameContexts()
	an.spreadOrgWords()
	an.buildClusters()
	an.dropTitleMentions()

	quotes, speakers := an.quotations(quoted)
	people, names := an.people(speakers)
	a.People = people
	a.Quotes = quoteList(a, quotes, speakers, names)
	for _, name := range an.contributors() {
		// The author is the byline, not a contributor.
		if !slices.Contains(a.Contributors, name) && !strings.Contains(a.Byline, name) {
			a.Contributors = append(a.Contributors, name)
		}
	}
}

// quoteList makes the article's quotations of the ones found, each with
// its speaker: a person by the name given to their cluster (names), or
// the words naming an organisation or a description.
func quoteList(a *content.Article, quotes []quotedSpan, speakers []speakerResult, names []string) []content.Quote {
	out := make([]content.Quote, len(quotes))
	// Each quotation's Speaker points to a string of its own, all in one
	// array.
	speakerNames := make([]string, len(quotes))
	for qi, q := range quotes {
		out[qi] = content.Quote{Text: q.text, Spans: q.spans}
		sp := &speakers[qi]
		switch {
		case sp.cluster >= 0 && names[sp.cluster] != "":
			speakerNames[qi] = names[sp.cluster]
			out[qi].SpeakerType = content.SpeakerPerson
		case sp.cluster < 0 && sp.kind != kindNone && sp.kind != kindNarrator:
			speakerNames[qi] = a.Blocks[sp.block].Text[sp.from:sp.to]
			out[qi].SpeakerType = content.SpeakerOrganization
			if sp.kind == kindDescription {
				out[qi].SpeakerType = content.SpeakerDescription
			}
		default:
			continue
		}
		out[qi].Speaker = &speakerNames[qi]
	}
	return out
}

package annotate

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
)

// The texts below are written for these tests; each names people the
// way issue 18's false people came about (credits, organisations,
// fragments, speakers typed wrong).

// annotateParas annotates paragraphs (a block type per paragraph, from
// types, paragraphs where it runs out).
func annotateParas(paras []string, types ...content.BlockType) *content.Article {
	a := &content.Article{}
	for i, p := range paras {
		typ := content.BlockParagraph
		if i < len(types) {
			typ = types[i]
		}
		a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: p})
	}
	Article(a)
	return a
}

// checkExactPeople checks that a's people are exactly want, by name.
func checkExactPeople(t *testing.T, a *content.Article, want ...string) {
	t.Helper()
	var got []string
	for _, p := range a.People {
		got = append(got, p.Name)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("people %q, want %q", got, want)
	}
}

// TestCreditsAreNoPeople: names in credits written inside the text
// (cause 5) are contributors, never people of the story; a name longer
// than any word list's entry after a slash is read without a panic.
func TestCreditsAreNoPeople(t *testing.T) {
	a := annotateParas([]string{
		"Farmers wait at the market in Elmwood on Saturday. (Dana Pruitt/The Canadian Press)",
		"“We need rain,” said Tom Alder, a grower.",
		"A truck at the gate of the mill. REUTERS/Olek Brandt",
		"The mill's owner, Sara Quill, said the harvest was late. Credit...Gil Marsh/The Daily Ledger",
		"Growers met at the hall (Ivo Kell for The Daily Ledger).",
		"-- Elmwood Newsroom +1 555 0100",
		"With files from Rhea Sanz and Ivo Kell",
		"Nora Quist is a Toronto-based reporter for the Daily Ledger.",
		"Pia Lund has more.",
		"“We will reopen,” said Sara Quill.",
	}, content.BlockCaption, content.BlockParagraph, content.BlockCaption)
	checkExactPeople(t, a, "Tom Alder", "Sara Quill")
	for _, name := range []string{"Dana Pruitt", "Olek Brandt", "Gil Marsh", "Ivo Kell", "Rhea Sanz", "Nora Quist", "Pia Lund"} {
		if !slices.Contains(a.Contributors, name) {
			t.Errorf("contributors %q lack %q", a.Contributors, name)
		}
	}
	for _, c := range a.Contributors {
		if c == "Toronto-based" || c == "Elmwood Newsroom" || c == "The Canadian Press" {
			t.Errorf("contributor %q is no one", c)
		}
	}
	// Picture credits in captions: a licence line, a lower-case label.
	a = annotateParas([]string{
		"“Evening at the mill” by Omar Field is licensed under CC BY 2.0",
		"The mill in 1890 (credit: Lena Park)",
		"Tom Alder, the miller, said the mill would close.",
	}, content.BlockCaption, content.BlockCaption)
	checkExactPeople(t, a, "Tom Alder")
	for _, name := range []string{"Omar Field", "Lena Park"} {
		if !slices.Contains(a.Contributors, name) {
			t.Errorf("contributors %q lack %q", a.Contributors, name)
		}
	}
	annotateParas([]string{"Jane Roe/" + strings.Repeat("abcdefghij", 5)})
}

// TestCaptionCreditIsNoSpeaker: the photographer of a caption credit is
// not who "he" is in the next paragraph's quotation.
func TestCaptionCreditIsNoSpeaker(t *testing.T) {
	a := annotateParas([]string{
		"President Ada Quill at a rally in Elmwood on Monday. Credit...Doug Millard/The Daily Ledger",
		"“We will win this state,” she said to cheers.",
		"The rally ended at noon. (Photo: Ben Sato)",
		"“It was loud,” he said.",
	}, content.BlockCaption)
	checkExactPeople(t, a, "Ada Quill")
	for _, q := range a.Quotes {
		if s := goldtest.Name(q.Speaker); s == "Doug Millard" || s == "Ben Sato" {
			t.Errorf("%q credited to the photographer %s", q.Text, s)
		}
	}
}

// TestOrganisationsAreNoPeople: teams, agencies, bills, works and places
// named like people (cause 6) stay out, and are not clipped into a
// shorter "person".
func TestOrganisationsAreNoPeople(t *testing.T) {
	a := annotateParas([]string{
		"The Carolina Hurricanes beat the Boston Bruins 3-2 on Friday.",
		"Sheffield United 21 11 6 4",
		"BC Hydro said rates would rise. Hydro said the work would start in May, and Hydro added a fee.",
		"Mr. Alder told Interfax news agency that the deal was done.",
		"The film A Star Is Born was a hit. Bill C-48 passed on Monday.",
		"She lives in Prince George with her family, Tom Alder said.",
		"We have not seen what the Marion Star printed. Ask at the bar on rue Victor Hugo.",
		"They sailed past La Dominique to La Pointe Marie, reading Die Zeit.",
		"The Ohio Governor did not answer. Thank you, Madam Chair. I yield to the Chair.",
	})
	checkExactPeople(t, a, "Tom Alder")
	// A place that also opens an organisation's name is no one when it
	// "says" things; a person of the same name stays one.
	a = annotateParas([]string{
		"The Cleveland Orchestra played on Friday. Many families live in Cleveland.",
		"Cleveland said it would build a park, and Cleveland added a bus line.",
	})
	checkExactPeople(t, a)
	a = annotateParas([]string{
		"Grover Cleveland opened the Cleveland Museum. He was born in Caldwell.",
		"Cleveland said the museum would stay open.",
	})
	checkExactPeople(t, a, "Grover Cleveland")
}

// TestFragmentsAreNoPeople: compound modifiers and group nouns (cause 7)
// are no people and are cut from the names they stand before.
func TestFragmentsAreNoPeople(t *testing.T) {
	a := annotateParas([]string{
		"MPs voted against the plan on Tuesday, said Tom Alder, a clerk.",
		"Const Ray Hill said the road was closed.",
		"The Boston-based firm grew. School-trained Marie Dunlop said she would stay.",
		"Harvard-educated Paul Brandt, a lawyer, said little.",
	})
	checkExactPeople(t, a, "Tom Alder", "Ray Hill", "Marie Dunlop", "Paul Brandt")
}

// TestSpeakerTypedRight: a team before a role and a name, and a
// sentence's opening adverb or greeting, are no part of the speaker
// (cause 12).
func TestSpeakerTypedRight(t *testing.T) {
	a := annotateParas([]string{
		"“We played hard,” said Oilers head coach Ken Harlow.",
		"Even Jane Rowe, his running mate, said the race was close: “We are ahead.”",
		"“It hurt,” said Canadiens goalie Carey Pryce.",
		"Hello Ada Quill, and welcome.",
	})
	checkExactPeople(t, a, "Ken Harlow", "Jane Rowe", "Carey Pryce", "Ada Quill")
	checkSpeakers(t, a, map[string]string{"We played hard,": "Ken Harlow", "We are ahead.": "Jane Rowe", "It hurt,": "Carey Pryce"})
}

// TestAddressedOfficesAreNoPeople: an office addressed or named alone
// ("Mr. President", "Madam Speaker", "the President said") is no
// person, though name lists hold the word as a family name (cause 7);
// a family name that is also a title ("Mr. King") stays a person.
func TestAddressedOfficesAreNoPeople(t *testing.T) {
	a := annotateParas([]string{
		"Thank you, Mr. President. I yield back, Madam Speaker. Mr. Chairman, I agree.",
		"The President said no, and Mr. King said the bill would pass.",
	})
	checkExactPeople(t, a, "King")
}

package tagger

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func texts(toks []Token) []string {
	var out []string
	for _, t := range toks {
		out = append(out, t.Text)
	}
	return out
}

func TestTokenize(t *testing.T) {
	s := "Dr. J. O'Brien's U.S.-based firm, said Jean-Paul Sartre’s aide."
	got := texts(Tokenize(s, nil))
	want := []string{"Dr", ".", "J.", "O'Brien", "'s", "U.S.", "-", "based", "firm", ",", "said", "Jean-Paul", "Sartre", "’s", "aide", "."}
	if !slices.Equal(got, want) {
		t.Errorf("Tokenize(%q):\n got  %q\n want %q", s, got, want)
	}
	for _, tok := range Tokenize(s, nil) {
		if s[tok.Start:tok.End] != tok.Text {
			t.Errorf("token %q at %d-%d spells %q", tok.Text, tok.Start, tok.End, s[tok.Start:tok.End])
		}
	}
}

func TestLabelNamesLongestFirst(t *testing.T) {
	blocks := [][]Token{Tokenize("Barack Obama met Michelle Obama; Obama's aide and Obama spoke.", nil)}
	got := LabelNames(blocks, []string{"Obama", "Barack Obama", "Michelle Obama"})[0]
	want := []uint8{B, I, O, B, I, O, B, O, O, O, B, O, O}
	if !slices.Equal(got, want) {
		t.Errorf("labels %v, want %v for %q", got, want, texts(blocks[0]))
	}
}

func TestPeopleGroupsShortForms(t *testing.T) {
	texts := []string{"Anna Berg won. Berg thanked Carl Dunne and Dunne smiled. Lee Moss met Ada Moss; Moss left."}
	blocks := [][]Token{Tokenize(texts[0], nil)}
	labels := LabelNames(blocks, []string{"Anna Berg", "Berg", "Carl Dunne", "Dunne", "Lee Moss", "Ada Moss", "Moss"})
	var got []string
	for _, p := range People(texts, blocks, labels) {
		got = append(got, fmt.Sprintf("%s%q:%d", p.Name, p.Aliases, len(p.Spans)))
	}
	// "Moss" fits two people, so it stays a person of its own.
	want := []string{`Anna Berg["Berg"]:2`, `Carl Dunne["Dunne"]:2`, `Lee Moss[]:1`, `Ada Moss[]:1`, `Moss[]:1`}
	if !slices.Equal(got, want) {
		t.Errorf("People:\n got  %q\n want %q", got, want)
	}
}

// toyLexicon knows a few first names (bit 0) and speech verbs (bit 1).
func toyLexicon(w string) uint32 {
	switch strings.ToLower(w) {
	case "maria", "john", "ahmed", "li", "olga", "peter":
		return 1
	case "said", "told", "added":
		return 2
	}
	return 0
}

// toyExamples are made-up news sentences: people with a first name the
// lexicon knows and a family name it does not, beside capitalised words
// that are no one (places, weekdays, organisations, sentence starts).
func toyExamples() []Example {
	firsts := []string{"John", "Ahmed", "Li", "Olga", "Peter"}
	lasts := []string{"Harlow", "Benitez", "Quist", "Varga", "Tamura", "Lindqvist"}
	var exs []Example
	for i := range 40 {
		name := firsts[i%len(firsts)] + " " + lasts[i%len(lasts)]
		text := []string{
			fmt.Sprintf("%s said the plan would work.", name),
			fmt.Sprintf("The council in Springfield met on Monday, %s told reporters.", name),
			"Residents of Oakdale and Riverton voted on Tuesday.",
			fmt.Sprintf("Officials at the Water Board said they agreed with %s.", name),
		}[i%4]
		blocks := [][]Token{Tokenize(text, nil)}
		exs = append(exs, Example{Blocks: blocks, Labels: LabelNames(blocks, []string{name})})
	}
	return exs
}

// TestTrainLearnsNames trains on made-up sentences and tags a sentence
// with a family name never seen; the model read back from its bytes
// labels it the same.
func TestTrainLearnsNames(t *testing.T) {
	m := Train(toyExamples(), toyLexicon, TrainOptions{Epochs: 5})
	blocks := [][]Token{Tokenize("Maria Okonkwo said the vote in Springfield was fair.", nil)}
	want := []uint8{B, I, O, O, O, O, O, O, O, O}
	if got := m.Tag(blocks, toyLexicon, nil)[0]; !slices.Equal(got, want) {
		t.Errorf("labels %v, want %v for %q", got, want, texts(blocks[0]))
	}
	data, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if m2.Features() != m.Features() {
		t.Errorf("read back %d features, wrote %d", m2.Features(), m.Features())
	}
	if got := m2.Tag(blocks, toyLexicon, nil)[0]; !slices.Equal(got, want) {
		t.Errorf("read back: labels %v, want %v", got, want)
	}
}

func TestLoadRejectsOtherBytes(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("NRPT1\n"), []byte("NRPT1\n\x00\x00\x80\x3f\xff\xff\xff\x00")} {
		if _, err := Load(data); err == nil {
			t.Errorf("Load(%q) took it for a model", data)
		}
	}
}

package tagger

import "testing"

// FuzzTokenize holds that any text cuts into tokens in order, each the
// bytes it spans, and tags without panicking.
func FuzzTokenize(f *testing.F) {
	f.Add("Dr. J. O'Brien's U.S.-based firm, said Jean-Paul.")
	f.Add("\xff'’s -. A.")
	m := Train(toyExamples(), toyLexicon, TrainOptions{Epochs: 1})
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s, nil)
		end := 0
		for _, tok := range toks {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(s) || s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %+v after %d in %q", tok, end, s)
			}
			end = tok.End
		}
		blocks := [][]Token{toks}
		labels := m.Tag(blocks, toyLexicon, nil)
		People([]string{s}, blocks, labels)
	})
}

// FuzzLoad holds that any bytes read as a model or an error.
func FuzzLoad(f *testing.F) {
	data, err := Train(toyExamples(), toyLexicon, TrainOptions{Epochs: 1}).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte("NRPT1\n\x00\x00\x80\x3f\x02\x00\x00\x00\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if m, err := Load(data); err == nil {
			m.Tag([][]Token{Tokenize("Maria Okonkwo said.", nil)}, toyLexicon, nil)
		}
	})
}

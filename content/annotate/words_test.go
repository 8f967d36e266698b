package annotate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWordClassesMatchTheirFiles holds words_gen.go to the data files in
// names/words: every entry is in its class and no other word is (the
// sizes agree), so an edited list without `go run ./tools/wordclasses`
// fails here.
func TestWordClassesMatchTheirFiles(t *testing.T) {
	for c, f := range wordClassFiles {
		data, err := os.ReadFile(filepath.Join("names", "words", f.file))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for i, line := range strings.Split(string(data), "\n") {
			w := strings.TrimSpace(line)
			if i == 0 || w == "" || w[0] == '#' {
				continue
			}
			n++
			if !wordIs(w, wordClass(c)) {
				t.Errorf("%s: %q is not in its class: run go run ./tools/wordclasses", f.file, w)
			}
		}
		if n != f.size {
			t.Errorf("%s: %d entries, the generated class has %d: run go run ./tools/wordclasses", f.file, n, f.size)
		}
	}
}

// TestWordClassCaseRules checks that each class compares words in the
// letter case its old list did.
func TestWordClassCaseRules(t *testing.T) {
	for _, tc := range []struct {
		w    string
		c    wordClass
		want bool
	}{
		{"Said", wcSpeechVerb, true},    // lower-if-capital
		{"sAID", wcSpeechVerb, false},   // only a capital first letter is folded
		{"van", wcNameParticle, true},   // exact
		{"Van", wcNameParticle, false},  // exact: "Van" opens a name
		{"Mr.", wcPlainHonorific, true}, // a final period dropped
		{"mr", wcPlainHonorific, false},
		{"THE", wcArticle, true}, // lower-cased
		{" References:", wcSourcesHeading, true},
		{"The", wcFunctionHead, true},
		{"the", wcFunctionHead, false},
		{"", wcSpeechVerb, false},
		{strings.Repeat("s", 40), wcSpeechVerb, false},
	} {
		if got := wordIs(tc.w, tc.c); got != tc.want {
			t.Errorf("wordIs(%q, %s) = %v, want %v", tc.w, wordClassFiles[tc.c].file, got, tc.want)
		}
	}
}

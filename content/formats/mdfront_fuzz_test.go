package formats

import "testing"

func FuzzMarkdown(f *testing.F) {
	addSamples(f, "wikinews-sensitive.md")
	f.Add([]byte("---\ntitle: x\ndate: 2020-01-01\nauthors: [{name: a}]\n---\n# T\n\n> q\n\n- a\n  - b\n\n<div><p>h</p></div>\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "note.md", data)
	})
}

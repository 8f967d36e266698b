package formats

import "testing"

func FuzzJSON(f *testing.F) {
	addSamples(f, "newsplease-voa.json", "newspaper-wikinews.json", "newsplease-dump.jsonl")
	f.Add([]byte(`{"articles": [{"title": 1, "text": ["x"]}]}` + "\n" + `[{"body": "<p>a</p>"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "dump.jsonl", data)
	})
}

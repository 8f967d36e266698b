// Command traintagger trains the person-name tagger of package
// content/annotate/tagger on GUM documents with gold people and writes
// the model, with its size and how long training took.
//
//	go run ./tools/traintagger -o /tmp/people.model   # from the module root
//
// The documents are the copies of gum-news and gum-more under
// content/annotate/testdata/people (GUM: texts under CC BY 2.5, CC BY-SA
// 3.0, CC BY 4.0, CC BY-NC-SA 3.0/4.0 or public domain, per document;
// annotations CC BY 4.0 by the GUM annotators; see LICENSE.md and the
// corpora's README.md there). A model trained on them is a derived work
// of the annotations and of the texts: shipping one would need the
// attribution, and the non-commercial documents (fiction, wikiHow,
// essays, letters, podcasts) left out or the NC terms accepted.
//
// Every occurrence in a document of a gold person's name or alias is
// labelled a name (tagger.LabelNames); credits and excluded entities
// stay O. The model is not shipped: the cross-validation in
// content/annotate (TestTaggerCrossValidation) found no combination with
// the rules that beats them without losing on gum-news; see
// ARCHITECTURE.md, "A learned tagger, measured, not used".
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/newsreader/newsreader/content/annotate"
	"github.com/newsreader/newsreader/content/annotate/tagger"
)

func main() {
	corpora := flag.String("corpora", "content/annotate/testdata/people/gum-news,content/annotate/testdata/people/gum-more",
		"comma-separated folders of NAME.txt with NAME.gold.json")
	epochs := flag.Int("epochs", 10, "training passes")
	minWeight := flag.Float64("min-weight", 0, "drop features whose averaged weights are all below this")
	out := flag.String("o", "", "write the model to this file")
	flag.Parse()
	var examples []tagger.Example
	tokens, names := 0, 0
	for _, dir := range strings.Split(*corpora, ",") {
		exs, err := readCorpus(dir)
		if err != nil {
			log.Fatal(err)
		}
		for _, ex := range exs {
			for bi, toks := range ex.Blocks {
				tokens += len(toks)
				for _, l := range ex.Labels[bi] {
					if l == tagger.B {
						names++
					}
				}
			}
		}
		examples = append(examples, exs...)
	}
	start := time.Now()
	m := tagger.Train(examples, annotate.WordClasses, tagger.TrainOptions{Epochs: *epochs, MinWeight: float32(*minWeight)})
	took := time.Since(start)
	data, err := m.MarshalBinary()
	if err != nil {
		log.Fatal(err)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	fmt.Printf("%d documents, %d tokens, %d names labelled; %d epochs in %v\n", len(examples), tokens, names, *epochs, took.Round(time.Millisecond))
	fmt.Printf("model: %d features, %d bytes (%d gzipped)\n", m.Features(), len(data), gz.Len())
	if *out != "" {
		if err := os.WriteFile(*out, data, 0o644); err != nil {
			log.Fatal(err)
		}
	}
}

// gold is the part of a gold file the labels come from.
type gold struct {
	Dateline string `json:"dateline"`
	People   []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"people"`
}

// readCorpus reads the documents of dir as the Gum tests build them:
// blank-line-separated blocks after the title line, the dateline left
// out, each labelled from its gold people.
func readCorpus(dir string) ([]tagger.Example, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no documents in %s (run from the module root): %v", dir, err)
	}
	var out []tagger.Example
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(strings.TrimSuffix(f, ".txt") + ".gold.json")
		if err != nil {
			return nil, err
		}
		var g gold
		if err := json.Unmarshal(raw, &g); err != nil {
			return nil, fmt.Errorf("%s: %v", f, err)
		}
		var blocks [][]tagger.Token
		for _, p := range strings.Split(string(text), "\n\n")[1:] {
			if p = strings.TrimSpace(p); p != "" && p != g.Dateline {
				blocks = append(blocks, tagger.Tokenize(p, nil))
			}
		}
		var names []string
		for _, p := range g.People {
			names = append(append(names, p.Name), p.Aliases...)
		}
		out = append(out, tagger.Example{Blocks: blocks, Labels: tagger.LabelNames(blocks, names)})
	}
	return out, nil
}

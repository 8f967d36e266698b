package tagger

import (
	"math"
	"math/rand/v2"
)

// Example is one labelled text: its blocks' tokens and a label per token.
type Example struct {
	Blocks [][]Token
	Labels [][]uint8
}

// TrainOptions set a training run.
type TrainOptions struct {
	Epochs int    // passes over the examples
	Seed   uint64 // the order of examples in each pass
	// MinWeight drops features whose averaged weights are all smaller
	// (in absolute value): a smaller model, nearly the same labels.
	MinWeight float32
}

// weight is a feature's weights while training, with what the averaged
// perceptron needs: the running sums of each weight over the updates
// and when each weight last changed.
type weight struct {
	w, sum [numLabels]float64
	at     [numLabels]int
}

// trainer is one averaged-perceptron training run.
type trainer struct {
	weights map[uint64]*weight
	step    int
	feats   []uint64
}

func (tr *trainer) score(feats []uint64) (s [numLabels]float32) {
	for _, f := range feats {
		if w := tr.weights[f]; w != nil {
			for l := range s {
				s[l] += float32(w.w[l])
			}
		}
	}
	return s
}

func (tr *trainer) update(feats []uint64, label int, by float64) {
	for _, f := range feats {
		w := tr.weights[f]
		if w == nil {
			w = &weight{}
			tr.weights[f] = w
		}
		w.sum[label] += float64(tr.step-w.at[label]) * w.w[label]
		w.at[label] = tr.step
		w.w[label] += by
	}
}

// Train learns a model from examples with lex: greedy decoding as Tag
// does, and on each wrong label the features' weight for the right label
// raised and for the wrong one lowered; the weights kept are their
// averages over every step, which holds a perceptron steady.
func Train(examples []Example, lex Lexicon, opt TrainOptions) *Model {
	tr := &trainer{weights: make(map[uint64]*weight)}
	rng := rand.New(rand.NewPCG(opt.Seed, 18))
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	var seen []uint64
	for range max(opt.Epochs, 1) {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, ei := range order {
			ex := &examples[ei]
			d := newDoc(ex.Blocks, lex, seen)
			seen = d.seenLower
			for bi, toks := range ex.Blocks {
				tr.trainBlock(&d, toks, ex.Labels[bi])
			}
		}
	}
	return tr.averaged(opt.MinWeight)
}

// trainBlock tags one block with the current weights, updating them at
// each wrong label.
func (tr *trainer) trainBlock(d *doc, toks []Token, gold []uint8) {
	d.startBlock(len(toks))
	prev := O
	for i := range toks {
		tr.step++
		if !candidate(toks, i, prev) {
			prev = O
			continue
		}
		tr.feats = d.features(toks, i, prev, tr.feats[:0])
		guess := best(tr.score(tr.feats), prev)
		want := int(gold[i])
		if want == I && prev == O {
			want = B // a name whose first word the tagger missed
		}
		if guess != want {
			tr.update(tr.feats, want, 1)
			tr.update(tr.feats, guess, -1)
		}
		prev = guess
	}
}

// averaged returns the model of averaged weights, without those below
// minWeight.
func (tr *trainer) averaged(minWeight float32) *Model {
	kept := make(map[uint64][numLabels]float32, len(tr.weights))
	for f, w := range tr.weights {
		var avg [numLabels]float32
		big := false
		for l := range avg {
			sum := w.sum[l] + float64(tr.step-w.at[l])*w.w[l]
			avg[l] = float32(sum / float64(max(tr.step, 1)))
			big = big || float32(math.Abs(float64(avg[l]))) >= minWeight
		}
		if big {
			kept[f] = avg
		}
	}
	m := newModel(len(kept))
	for f, w := range kept {
		m.set(f, w)
	}
	return m
}

package annotate

// taggerWordClasses are the closed word classes the learned tagger
// (package tagger) sees beside the lexicon's classes, as bits 16 up.
var taggerWordClasses = [...]wordClass{
	wcSpeechVerb, wcStrongHonorific, wcPlainHonorific, wcNameParticle,
	wcOrgNoun, wcPlacePreposition, wcMediaCredit, wcFunctionWord,
	wcMalePronoun, wcFemalePronoun, wcDeterminer, wcRelativePronoun,
}

// WordClasses returns the classes the embedded word lists give w in
// any letter case, as bits: the lexicon's (a first name, a family
// name, an English word, a role, a place...) in the low 16 bits and
// some closed classes (speech verbs, honorifics, name particles...)
// above. It is the lexicon the person-name tagger (package tagger)
// is trained and applied with; the bits' order is part of a trained
// model, so a change here means training the model again.
func WordClasses(w string) uint32 {
	if w == "" {
		return 0
	}
	cl := uint32(sharedLexicons().all.classes(w))
	for i, wc := range taggerWordClasses {
		if wordIs(w, wc) {
			cl |= 1 << (16 + i)
		}
	}
	return cl
}

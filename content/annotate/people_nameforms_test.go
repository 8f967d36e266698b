package annotate

import "testing"

// TestNameForms: names written in forms the word lists do not hold
// (the brief's other miss classes): a hyphenated first name of two
// first names ("Marie-Claude"), an elided particle glued to a family
// name ("d'Orsenne"), and a regnal or generational numeral after a name
// ("Edmund IV", "Harold Brisk III"), which is no acronym.
func TestNameForms(t *testing.T) {
	a := annotateParas([]string{
		"The show was opened by Marie-Claude Vantrell and Jean-Paul Oskarby on Friday.",
		"The lab of Giulia d'Orsenne found the gene.",
		"The charter was signed by Edmund IV in the spring, and Harold Brisk III read it out.",
		"The USA and the NHS were not named.",
	})
	checkExactPeople(t, a, "Marie-Claude Vantrell", "Jean-Paul Oskarby", "Giulia d'Orsenne", "Edmund IV", "Harold Brisk III")
}

// TestFirstNameActsAsPerson: a first name alone that acts as a person
// throughout (possessive, subject of verbs) is one even when it once
// follows "from" (cause 3); a name mostly after "in" and "from" is a
// place.
func TestFirstNameActsAsPerson(t *testing.T) {
	a := annotateParas([]string{
		"I took the keys from Melanie. Melanie laughed and Melanie's dog barked.",
		"Melanie drove home. Melanie slept.",
		"We flew from Chelsea to Leeds. The shops in Chelsea close early, and Chelsea's parks are green.",
	})
	checkExactPeople(t, a, "Melanie")
}

// TestPinyinNames: a Chinese name written family name first, whose
// given name no list holds, is read by its pinyin shape (cause 2);
// "Hong Kong" is no one.
func TestPinyinNames(t *testing.T) {
	a := annotateParas([]string{
		"The report was written by Zhou Xiaoming with help from Li Jianguo.",
		"They met in Hong Kong on Monday.",
	})
	checkExactPeople(t, a, "Zhou Xiaoming", "Li Jianguo")
}

// TestSquadNamesWithParticles: in a squad line an initial before a name
// particle ("V. van Dijk", "J. de Silva") is an initial, and the
// particle is no prose (causes 1 and 4).
func TestSquadNamesWithParticles(t *testing.T) {
	a := annotateParas([]string{
		"Defenders - K. van Brakel, R. Oskarby, J. de Vantrell",
	})
	checkExactPeople(t, a, "K. van Brakel", "R. Oskarby", "J. de Vantrell")
}

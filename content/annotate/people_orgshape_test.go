package annotate

import "testing"

// TestOrganisationsByShape: a name ending in the head word of a club's,
// a utility's or a company's name ("X Rangers", "X Power", "X
// Electric") is an organisation, and its head word alone is no one; a
// row of a league table (played = won + drawn + lost) names a team
// however its name is shaped; a place opening with such a word ("the
// United States") and a person whose family name is one ("Ada Power")
// stay what they are, and a golfer's row of rounds stays a person's.
// A word after an acronym ("QL Ferrovia") is an organisation, so that
// its word alone is no one even when it "says" things twice.
func TestOrganisationsByShape(t *testing.T) {
	a := annotateParas([]string{
		"Marlow Rangers beat Denton Villa 2-1 on Saturday.",
		"Ridgeway Power said rates would rise. Power said the work would start in May, and Power added a fee.",
		"Fenwick Electric told customers the lines were safe, Tom Alder said.",
		"Kirk Heaton 21 11 6 4 39",
		"Carver Lakeshore 21 9 6 6 33",
		"Ada Power, the utility's chief, said the United States would help.",
		"Ida Brandt 68 70 71 69 278",
		"Fares would rise, QL Ferrovia said. Ferrovia said the work would start in May, and Ferrovia added a fee.",
	})
	checkExactPeople(t, a, "Tom Alder", "Ada Power", "Ida Brandt")
}

// TestPlaceOfIsNoPerson: a name the article calls a place ("the City of
// Tyler") is no person where it stands alone, however it acts; a
// person of that name named in full stays one.
func TestPlaceOfIsNoPerson(t *testing.T) {
	a := annotateParas([]string{
		"The City of Tyler grew fast in the 1960s. Like most cities, Tyler began to lose people.",
		"Tyler has endured growing pains, and Tyler's parks are green. Tyler earned a nickname.",
	})
	checkExactPeople(t, a)
	a = annotateParas([]string{
		"Mayor Ann Tyler runs the City of Tyler. Tyler said the parks would stay open.",
	})
	checkExactPeople(t, a, "Ann Tyler")
}

// TestForeignPlaceWordsAreNoPeople: places named with a place word of
// English or another language ("Margery Place", "Haute Terre", "Isla
// Corran", "Puerto Delgado") are no people, whatever names fill them
// (cause 6).
func TestForeignPlaceWordsAreNoPeople(t *testing.T) {
	a := annotateParas([]string{
		"The hotel faces Margery Place. Haute Terre is an hour away by boat, and Isla Corran is further.",
		"Margery Place has a market. Puerto Delgado has a ferry, and Haute Terre has none.",
	})
	checkExactPeople(t, a)
}

package annotate

import "github.com/newsreader/newsreader/content"

// The annotator runs in four stages, each a type that embeds the one
// before it and reads what that one found:
//
//	tokenStage   the words and marks of every block, with their lexicon
//	             classes, quotations and credits flagged (names_tokens.go,
//	             tokens_credits.go, tokens_credit_shapes.go)
//	mentionStage the capitalised phrases that may name a person, each
//	             judged on its evidence and typed (people.go,
//	             people_judge.go, people_given.go, people_types.go), then
//	             read in lines of entries and other contexts
//	             (people_entries.go, people_context.go)
//	clusterStage the mentions grouped into people, accepted or not, with
//	             their names and roles (people_cluster.go, people_listed.go,
//	             people_roles.go, people_out.go)
//	attribution  who said each quotation (quotes_attribute.go,
//	             quotes_speaker.go)
//
// annotator is the last stage with the scratch arrays kept between calls
// (annotate_scratch.go); Article drives the stages in order.
type annotator struct {
	attribution
}

// tokenStage holds the article and its tokens.
type tokenStage struct {
	a        *content.Article
	lx       *lexicon
	orgNames *lexicon // organisations named like people
	toks     [][]token

	tokBuf []token // the tokens of all blocks, end to end
	// title is the index of the block holding the article's title, read
	// after the body's (people_title.go), -1 for none; blockBuf holds
	// the blocks read then.
	title    int
	blockBuf []content.Block
	words    *wordCache // lexicon lookups, kept from call to call
}

// mentionStage holds the person candidates found in the tokens.
type mentionStage struct {
	tokenStage
	mentions []mention
	orgWords wordKinds // spreadOrgWords' scratch, empty between calls
}

// clusterStage holds the people: clusters of mentions.
type clusterStage struct {
	mentionStage
	clusters []cluster
	byKey    map[string]int

	// buildClusters' indexes and scratch, kept between calls.
	byWord     wordIndex
	wordOwners wordIndex
	singles    map[string]int
	weighed    map[string]surnameWeight // one-word keys acceptSpeakingSurnames weighs
	nameWords  []string                 // the clusters' names, end to end
	cands      []int
	owners     []int
	ints       []int
	order      []int
	target     []int
	lastSeen   []int
}

// attribution finds the speakers of quotations among the people.
type attribution struct {
	clusterStage
	genders  map[int]byte
	bmFlat   []int   // blockMentions' lists, end to end
	bmBlocks [][]int // blockMentions' result
	// lastSpeaker is the person who spoke the quotation before the one
	// being attributed, -1 for none (quotes_pronoun.go).
	lastSpeaker int
	// recent are the people who spoke the quotations of the
	// conversation going on, the latest last: a he or she that names
	// nobody in the sentences before goes to the latest of their
	// gender (quotes_dialogue.go).
	recent []int
}

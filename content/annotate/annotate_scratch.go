package annotate

import (
	"sync"

	"github.com/newsreader/newsreader/content"
)

// annotators recycles the working state of Annotate between calls. An
// import parses thousands of articles a second on every core, and each
// Annotate call needs a token array of about 20 KB, a mention array and a
// handful of maps; allocating them anew for every article was a third of
// the bytes a plain-text parse allocates, and the garbage collector's
// work grows with that. Nothing in the pool is shared: a call takes an
// annotator for itself and gives it back, cleared, when it returns, and
// nothing Annotate leaves in the Article points into it.
var annotators = sync.Pool{New: func() any { return new(annotator) }}

// maxPooledTokens bounds the token array kept for reuse, so that one huge
// article does not pin its arrays for the life of the process.
const maxPooledTokens = 1 << 16

// getAnnotator returns a cleared annotator for article a.
func getAnnotator(a *content.Article, lxs *lexicons) *annotator {
	an := annotators.Get().(*annotator)
	an.a, an.lx, an.orgNames = a, &lxs.all, &lxs.orgNames
	if an.words == nil {
		an.words = new(wordCache)
	}
	if an.genders == nil {
		an.genders = make(map[int]byte)
	}
	return an
}

// tokenBuffer returns an empty token array of capacity n or more.
func (tk *tokenStage) tokenBuffer(n int) []token {
	if cap(tk.tokBuf) < n {
		tk.tokBuf = make([]token, 0, n)
	}
	return tk.tokBuf[:0]
}

// blockTokens returns the per-block token slices, n of them, empty.
func (tk *tokenStage) blockTokens(n int) [][]token {
	if cap(tk.toks) < n {
		tk.toks = make([][]token, n)
	}
	return tk.toks[:n]
}

// mentionBuffer returns an empty mention array of capacity n or more.
func (ms *mentionStage) mentionBuffer(n int) []mention {
	if cap(ms.mentions) < n {
		return make([]mention, 0, n)
	}
	return ms.mentions[:0]
}

// scratchInts returns an int array of length n, with no set contents,
// kept in *buf between calls.
func scratchInts(buf *[]int, n int) []int {
	if cap(*buf) < n {
		*buf = make([]int, n, n+n/2)
	}
	*buf = (*buf)[:n]
	return *buf
}

// intBuffer returns a zeroed int array of length n, valid until the next
// call.
func (cs *clusterStage) intBuffer(n int) []int {
	if cap(cs.ints) < n {
		cs.ints = make([]int, n)
	}
	cs.ints = cs.ints[:n]
	clear(cs.ints)
	return cs.ints
}

// release clears an and puts it back in the pool; an must not be used
// afterwards. The arrays are cleared up to their length: within a call
// they only grow by appending, and the part beyond was cleared by earlier
// calls, so that nothing of an old article stays reachable.
func (an *annotator) release() {
	if cap(an.tokBuf) > maxPooledTokens {
		return // let the garbage collector have an outsized article's arrays
	}
	an.a = nil
	clear(an.blockBuf[:cap(an.blockBuf)])
	clear(an.toks)
	an.toks = an.toks[:0]
	clear(an.mentions)
	an.mentions = an.mentions[:0]
	clear(an.clusters)
	an.clusters = an.clusters[:0]
	clear(an.bmBlocks[:cap(an.bmBlocks)])
	clear(an.byKey)
	clear(an.genders)
	clear(an.byWord.lists)
	clear(an.wordOwners.lists)
	clear(an.singles)
	clear(an.weighed)
	clear(an.nameWords[:cap(an.nameWords)])
	an.nameWords = an.nameWords[:0]
	annotators.Put(an)
}

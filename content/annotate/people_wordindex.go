package annotate

// wordIndex lists, for each word, the clusters indexed under it, in the
// order they were added. The lists share one array of links, so that
// indexing a cluster allocates nothing once the annotator's arrays have
// grown (a map of slices allocated a slice per word and article).
type wordIndex struct {
	lists map[string]wordList
	links []wordLink
}

// wordList is one word's list: 1-based indexes into links, 0 for none.
type wordList struct{ head, tail, n int32 }

type wordLink struct{ ci, next int32 }

// reset empties the index, keeping its storage.
func (x *wordIndex) reset() {
	if x.lists == nil {
		x.lists = make(map[string]wordList)
	}
	clear(x.lists)
	x.links = x.links[:0]
}

// add appends cluster ci to w's list.
func (x *wordIndex) add(w string, ci int) {
	x.links = append(x.links, wordLink{ci: int32(ci)})
	at := int32(len(x.links))
	l := x.lists[w]
	if l.n == 0 {
		l.head = at
	} else {
		x.links[l.tail-1].next = at
	}
	l.tail = at
	l.n++
	x.lists[w] = l
}

// len returns the length of w's list.
func (x *wordIndex) len(w string) int { return int(x.lists[w].n) }

// last returns the cluster added last under w, or -1.
func (x *wordIndex) last(w string) int {
	l := x.lists[w]
	if l.n == 0 {
		return -1
	}
	return int(x.links[l.tail-1].ci)
}

// appendTo appends w's list to dst.
func (x *wordIndex) appendTo(dst []int, w string) []int {
	for at := x.lists[w].head; at != 0; at = x.links[at-1].next {
		dst = append(dst, int(x.links[at-1].ci))
	}
	return dst
}

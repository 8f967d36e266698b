package annotate

// Attribution forms that need a longer reach than a short clause.

// verbSearchEnd returns how far after a quotation, from token k of
// block b, its speech verb is looked for: a short clause, longer when a
// person named there opens an appositive ("…," Bill Sims, the city's
// director of engineering and public works, said).
func (at *attribution) verbSearchEnd(bm [][]int, b, k int) int {
	n := len(at.toks[b])
	for _, mi := range bm[b] {
		if m := &at.mentions[mi]; m.first == k {
			if c := m.last + 1; c < n && at.toks[b][c].kind == tkPunct && at.toks[b][c].r == ',' {
				return min(n, k+32)
			}
			break
		}
	}
	return min(n, k+12)
}

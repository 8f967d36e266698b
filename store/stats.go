package store

import (
	"context"
	"database/sql"
	"math"
)

// Archive-wide term statistics. FTS5's bm25() weighs a word by its
// document frequency in the table searched and a text's length by that
// table's average, and the index is split into one table per year
// (partition.go): scores from two years are on two scales. These are the
// statistics of the whole archive, as one index over every article would
// have them, summed over the years' tables; rank.go scores with them.

// bm25K1 and bm25B are FTS5's BM25 constants (fts5_aux.c).
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// columnWeights are the weights of the index's columns (title, text,
// people) in every ranking: a title word counts 8 body words.
var columnWeights = [3]float64{8, 1, 4}

// corpusStats are the statistics of a set of index tables: how many rows
// they hold and their average length in tokens (all columns).
type corpusStats struct {
	rows  float64
	avgdl float64
}

// tableTotals reads a year's row count and token total from FTS5's
// averages record (the row of id 1 in its _data table: the number of
// rows, then each column's token total, as varints). It costs one lookup
// at any size, where counting would read every row.
func (s *Store) tableTotals(ctx context.Context, year int) (rows, tokens int64, err error) {
	rows, tokens, err = readTotals(ctx, s.db, year)
	return rows, tokens, s.wrap(err)
}

// readTotals is tableTotals on db.
func readTotals(ctx context.Context, db querier, year int) (rows, tokens int64, err error) {
	var blob []byte
	err = db.QueryRowContext(ctx, `SELECT block FROM `+partName(year)+`_data WHERE id = 1`).Scan(&blob)
	if err == sql.ErrNoRows {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, err
	}
	rows, tokens = totalsOf(blob)
	return rows, tokens, nil
}

// totalsOf decodes an averages record (see tableTotals).
func totalsOf(blob []byte) (rows, tokens int64) {
	vals := readVarints(blob)
	if len(vals) == 0 {
		return 0, 0
	}
	for _, v := range vals[1:] {
		tokens += int64(v)
	}
	return int64(vals[0]), tokens
}

// readVarints decodes the SQLite-style varints of FTS5 records (big
// endian, 7 bits a byte, the ninth byte whole).
func readVarints(b []byte) []uint64 {
	var out []uint64
	for len(b) > 0 {
		var v uint64
		n := 0
		for ; n < 9 && n < len(b); n++ {
			if n == 8 {
				v = v<<8 | uint64(b[n])
				n++
				break
			}
			v = v<<7 | uint64(b[n]&0x7f)
			if b[n] < 0x80 {
				n++
				break
			}
		}
		out = append(out, v)
		b = b[n:]
	}
	return out
}

// archiveStats sums the statistics of every year's table, and the
// document frequency of each phrase over them, into the IDF of each
// phrase as one index over the archive would compute it. perYear holds
// the same per table, for the years given.
type archiveStats struct {
	all     corpusStats
	idf     []float64
	perYear map[int]yearStats
}

// yearStats are a year table's own statistics, as its bm25() sees them.
type yearStats struct {
	corpusStats
	idf []float64
	// docs is the number of the year's articles holding each phrase.
	docs []int64
}

// matchable keeps the years of parts that can hold a match of phrases:
// a year with none of a sole phrase's articles is left out, so that a
// search prepares no statement for its table, connects no FTS5 table
// and reads none of its pages (in a fresh process each year costs ~10
// page faults and a statement compiled; a rare name is in few years).
func (st *archiveStats) matchable(parts []int, phrases []phrase) []int {
	var out []int
	for _, y := range parts {
		ys, ok := st.perYear[y]
		keep := true
		for i, p := range phrases {
			if ok && p.sole && ys.docs[i] == 0 {
				keep = false
				break
			}
		}
		if keep {
			out = append(out, y)
		}
	}
	return out
}

// statsOf computes archiveStats for phrases over all years: a few
// statements whatever the number of years when the stored word counts
// are fresh (termstats.go).
func (s *Store) statsOf(ctx context.Context, phrases []phrase) (*archiveStats, error) {
	years, err := s.partitions(ctx, 0, math.MaxInt64)
	if err != nil {
		return nil, err
	}
	totals, err := s.allTotals(ctx, years)
	if err != nil {
		return nil, err
	}
	counted, err := s.countedTotals(ctx)
	if err != nil {
		return nil, err
	}
	stored := make([]map[int]int64, len(phrases))
	for i, p := range phrases {
		if p.storable() {
			if stored[i], err = s.storedWord(ctx, p.words[0]); err != nil {
				return nil, err
			}
		}
	}
	st := &archiveStats{perYear: map[int]yearStats{}}
	var rows, tokens float64
	docs := make([]float64, len(phrases))
	for _, y := range years {
		r, t := totals[y][0], totals[y][1]
		ys := yearStats{corpusStats: corpusStats{rows: float64(r), avgdl: float64(t) / math.Max(1, float64(r))}}
		fresh := counted[y] == totals[y]
		for i, p := range phrases {
			n := stored[i][y]
			if !fresh || !p.storable() {
				if n, err = s.yearDocs(ctx, y, p); err != nil {
					return nil, err
				}
			}
			docs[i] += float64(n)
			ys.docs = append(ys.docs, n)
			ys.idf = append(ys.idf, bm25IDF(float64(r), float64(n)))
		}
		st.perYear[y] = ys
		rows += float64(r)
		tokens += float64(t)
	}
	st.all = corpusStats{rows: rows, avgdl: tokens / math.Max(1, rows)}
	for _, n := range docs {
		st.idf = append(st.idf, bm25IDF(rows, n))
	}
	return st, nil
}

// bm25IDF is FTS5's inverse document frequency of a phrase found in n of
// rows rows: never below a millionth, so that a word in most rows still
// counts a little.
func bm25IDF(rows, n float64) float64 {
	idf := math.Log((rows - n + 0.5) / (n + 0.5))
	if idf <= 0 {
		idf = 1e-6
	}
	return idf
}

// bm25Score is FTS5's BM25 of a row of length dl (tokens, all columns)
// whose phrases have the weighted frequencies freq.
func bm25Score(freq, idf []float64, dl float64, c corpusStats) float64 {
	var score float64
	norm := bm25K1 * (1 - bm25B + bm25B*dl/math.Max(c.avgdl, 1))
	for i, f := range freq {
		score += idf[i] * f * (bm25K1 + 1) / (f + norm)
	}
	return score
}

package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// refIndex is one FTS5 table over every article of an archive, with the
// archive's column weights: the exhaustive ranking that the split index
// must agree with.
type refIndex struct {
	db   *sql.DB
	keys map[int64]int64 // fts_key -> article id
}

// addGenerated imports n generated articles (seed) into s in batches and
// puts the same rows into a reference index in dir.
func addGenerated(t testing.TB, s *Store, n int, seed uint64, dir string) *refIndex {
	t.Helper()
	ctx := context.Background()
	ref := openRef(t, filepath.Join(dir, "ref.db"))
	g := gen.New(seed)
	for done := 0; done < n; {
		var recs []ingest.Record
		for ; done < n && len(recs) < 1000; done++ {
			a := g.Next()
			recs = append(recs, ingest.Record{Path: fmt.Sprintf("synth:%s/%07d.txt", a.Source.Domain, done), Article: a.Content()})
		}
		if _, err := ingest.AddArticles(ctx, s, recs, ingest.Options{}); err != nil {
			t.Fatal(err)
		}
		ref.add(t, s, recs)
	}
	return ref
}

func openRef(t testing.TB, path string) *refIndex {
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ref USING fts5(title, text, people, content='', tokenize='unicode61 remove_diacritics 2')`); err != nil {
		t.Fatal(err)
	}
	return &refIndex{db: db, keys: map[int64]int64{}}
}

// add indexes the records' rows (as the writer built them) under their
// archive keys.
func (r *refIndex) add(t testing.TB, s *Store, recs []ingest.Record) {
	tx, err := r.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		row, err := s.prepare(rec.Article)
		if err != nil {
			t.Fatal(err)
		}
		var key, id int64
		if err := s.db.QueryRow(`SELECT fts_key, id FROM articles WHERE hash = ?`, row.hash).Scan(&key, &id); err != nil {
			t.Fatal(err)
		}
		r.keys[key] = id
		if _, err := tx.Exec(`INSERT INTO ref(rowid, title, text, people) VALUES (?, ?, ?, ?)`, key, row.ftsTitle, row.ftsText, row.ftsPeople); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
}

// top is the reference's best n article ids for a query.
func (r *refIndex) top(t testing.TB, q string, n int) []int64 {
	fq, err := parseQuery(q)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := r.db.Query(`SELECT rowid FROM ref WHERE ref MATCH ? ORDER BY bm25(ref, 8.0, 1.0, 4.0) LIMIT ?`, fq.match, n)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var k int64
		rows.Scan(&k)
		ids = append(ids, r.keys[k])
	}
	return ids
}

// overlap is how many of the archive's top 10 for q the reference's top
// 10 holds.
func overlap(t testing.TB, s *Store, ref *refIndex, q string) int {
	res, err := s.Search(context.Background(), q, 10)
	if err != nil {
		t.Fatal(err)
	}
	want := ref.top(t, q, 10)
	n := 0
	for _, r := range res {
		if slices.Contains(want, r.ID) {
			n++
		}
	}
	return n
}

// rankQueries picks two-word queries from the reference: broad ones, of
// words in 30-70% of the articles, and narrow ones, of words in 0.5-3%.
func rankQueries(t testing.TB, s *Store, n int) (broad, narrow []string) {
	rows, err := s.db.Query(`SELECT body FROM articles ORDER BY id LIMIT 1000`)
	if err != nil {
		t.Fatal(err)
	}
	df := map[string]int{}
	docs := 0
	for rows.Next() {
		var packed []byte
		rows.Scan(&packed)
		text, _, _, err := s.unpackBody(packed)
		if err != nil {
			t.Fatal(err)
		}
		docs++
		seen := map[string]bool{}
		for _, tok := range foldTokens(text) {
			if len(tok.text) > 3 && !seen[tok.text] && !isDigits(tok.text) {
				seen[tok.text] = true
				df[tok.text]++
			}
		}
	}
	rows.Close()
	var mid, rare []string
	for w, c := range df {
		switch f := float64(c) / float64(docs); {
		case f > 0.3 && f < 0.7:
			mid = append(mid, w)
		case f >= 0.005 && f <= 0.03:
			rare = append(rare, w)
		}
	}
	sort.Strings(mid)
	sort.Strings(rare)
	for i := 0; i+1 < len(mid) && len(broad) < n; i += 2 {
		broad = append(broad, mid[i]+" "+mid[i+1])
	}
	for i := 0; i < len(rare) && len(narrow) < n; i += 7 {
		narrow = append(narrow, rare[i])
	}
	if len(broad) < n || len(narrow) < n {
		t.Fatalf("too few queries: %d broad, %d narrow", len(broad), len(narrow))
	}
	return broad, narrow
}

func median(xs []int) int {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// TestRankingAgreesWithOneIndex compares the top 10 of searches over the
// archive (one index table per year, each with its own statistics) with
// the top 10 of one FTS5 index over every article, for broad and narrow
// queries: ranked in years with their own statistics, the top 10 of broad
// queries shared 0-1 articles with it.
func TestRankingAgreesWithOneIndex(t *testing.T) {
	s := openTemp(t)
	ref := addGenerated(t, s, 2000, 7, t.TempDir())
	broad, narrow := rankQueries(t, s, 8)
	var all []int
	for _, qs := range [][]string{broad, narrow} {
		var got []int
		for _, q := range qs {
			got = append(got, overlap(t, s, ref, q))
		}
		t.Logf("%q: overlaps %v", qs, got)
		all = append(all, got...)
	}
	if m := median(all); m < 9 {
		t.Errorf("median top-10 overlap with one index %d of 10, want >= 9", m)
	}
}

// TestTitleCandidatesAllScoredExactly ranks with only 2 candidates
// chosen by their years' scores for exact scoring: the title and people
// matches of every year must still all be scored exactly, as at 100,000
// articles thousands of them tie within a per cent and the years' scores
// misorder them (choosing the best 40 by those kept 0-1 of the exhaustive
// top 10 of broad queries there).
func TestTitleCandidatesAllScoredExactly(t *testing.T) {
	s := openTemp(t)
	ref := addGenerated(t, s, 2000, 7, t.TempDir())
	s.rescoreTop = 2
	broad, _ := rankQueries(t, s, 8)
	var got []int
	for _, q := range broad {
		got = append(got, overlap(t, s, ref, q))
	}
	t.Logf("%q: overlaps %v", broad, got)
	if m := median(got); m < 9 {
		t.Errorf("median top-10 overlap with one index %d of 10, want >= 9", m)
	}
}

// TestExactScoreIsOneIndexBM25 checks the scorer that re-ranks candidates
// (and that BenchmarkRankOverlap's exhaustive reference uses) against a
// real FTS5 index over every article: the same score for the reference's
// best rows.
func TestExactScoreIsOneIndexBM25(t *testing.T) {
	s := openTemp(t)
	ref := addGenerated(t, s, 600, 11, t.TempDir())
	broad, narrow := rankQueries(t, s, 3)
	ctx := context.Background()
	checked := 0
	for _, q := range append(broad, narrow...) {
		fq, err := parseQuery(q)
		if err != nil {
			t.Fatal(err)
		}
		f, _, err := s.filterOf(ctx, fq)
		if err != nil {
			t.Fatal(err)
		}
		st, err := s.statsOf(ctx, f.phrases)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := ref.db.Query(`SELECT rowid, -bm25(ref, 8.0, 1.0, 4.0) FROM ref WHERE ref MATCH ? ORDER BY bm25(ref, 8.0, 1.0, 4.0) LIMIT 10`, fq.match)
		if err != nil {
			t.Fatal(err)
		}
		type scored struct {
			key   int64
			score float64
		}
		var want []scored
		for rows.Next() {
			var w scored
			rows.Scan(&w.key, &w.score)
			want = append(want, w)
		}
		rows.Close()
		for _, w := range want {
			got, _, err := s.exactScore(ctx, w.key, f.phrases, st)
			if err != nil {
				t.Fatal(err)
			}
			if math.Abs(got-w.score) > 1e-6*math.Max(1, math.Abs(w.score)) {
				t.Errorf("%q: article key %d scored %.6f, one FTS5 index gives %.6f", q, w.key, got, w.score)
			}
			checked++
		}
	}
	if checked < 30 {
		t.Fatalf("only %d scores compared", checked)
	}
}

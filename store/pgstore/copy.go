package pgstore

import (
	"bytes"
	"context"
)

// flush writes the batch at commit: the partitions its years need, its
// articles and mentions by COPY, then the counters and finished files.
func (w *writer) flush(ctx context.Context) error {
	if err := w.ensurePartitions(ctx); err != nil {
		return err
	}
	if err := w.copyArticles(ctx); err != nil {
		return err
	}
	return w.flushPeople(ctx)
}

// ensurePartitions creates the partitions of the batch's years that do
// not exist yet. It runs in the batch's transaction, which holds the
// writers' lock, so no two imports create one at once; the lock it takes
// on the articles keeps readers waiting until the commit, once per year.
// A big import (deferGIN) creates them without their GIN index, which
// it builds in bulk at its end (buildIndexes): meanwhile a search reads
// such a partition in full, slower but with the same results.
func (w *writer) ensurePartitions(ctx context.Context) error {
	for _, id := range w.order {
		p, ok := w.pending[id]
		if !ok || w.years[p.r.year] {
			continue
		}
		var exists bool
		name := partitionName(p.r.year)
		if err := w.tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, name).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			if _, err := w.tx.Exec(ctx, partitionSQL(p.r.year)); err != nil {
				return err
			}
			if !w.deferGIN {
				if _, err := w.tx.Exec(ctx, ginSQL(name)); err != nil {
					return err
				}
			}
		}
		w.years[p.r.year] = true
	}
	return nil
}

// copyArticles sends the batch's articles in one COPY in binary form:
// the tsvector goes as Prepare built it, which the server takes with
// no parsing (its text form cost the server 215 µs an article to parse,
// a quarter of the COPY), and the body as its bytes rather than hex.
func (w *writer) copyArticles(ctx context.Context) error {
	// The data's size, roughly, so that its buffer grows once rather
	// than by doubling through copies of a batch's megabytes.
	size := 64
	for _, p := range w.pending {
		size += 160 + p.r.weightCopied()
	}
	c := copyBinary{b: make([]byte, 0, size)}
	c.header()
	n := 0
	for _, id := range w.order {
		p, ok := w.pending[id]
		if !ok {
			continue
		}
		e := p.r.e
		c.row(14)
		c.int8(id)
		c.int4(int32(p.r.year))
		c.int8(p.key)
		c.int8(p.fileID)
		for _, t := range []string{e.Format, e.Title, e.Published} {
			c.text(t)
		}
		if e.PubTS != nil {
			c.int8(*e.PubTS)
		} else {
			c.null()
		}
		for _, t := range []string{e.Source, e.URL, e.Byline} {
			c.text(t)
		}
		c.bytes(e.Body)
		c.int8(w.now)
		c.bytes(p.r.tsv)
		n++
		w.batchAdded[p.r.year]++
		w.counts.day(e.Source, p.key, 1)
		delete(w.pending, id) // sent: a later change of it in this batch goes to the table
	}
	w.order = w.order[:0]
	if n == 0 {
		return nil
	}
	c.trailer()
	_, err := w.tx.Conn().PgConn().CopyFrom(ctx, bytes.NewReader(c.b), `COPY articles (id, year, sort_key, file_id, format, title,
		published, pub_ts, source, url, byline, body, imported, tsv) FROM STDIN (FORMAT binary)`)
	return err
}

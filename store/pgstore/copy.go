package pgstore

import (
	"bytes"
	"context"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

// flush writes the batch at commit: the partitions its years need, its
// articles and mentions by COPY, then the counters.
func (w *writer) flush(ctx context.Context) error {
	if err := w.ensurePartitions(ctx); err != nil {
		return err
	}
	if err := w.copyArticles(ctx); err != nil {
		return err
	}
	if err := w.copyMentions(ctx); err != nil {
		return err
	}
	return w.flushCounters(ctx)
}

// ensurePartitions creates the partitions of the batch's years that do
// not exist yet. It runs in the batch's transaction, which holds the
// writers' lock, so no two imports create one at once; the lock it takes
// on the articles keeps readers waiting until the commit, once per year.
func (w *writer) ensurePartitions(ctx context.Context) error {
	for _, id := range w.order {
		p, ok := w.pending[id]
		if !ok || w.years[p.r.year] {
			continue
		}
		var exists bool
		name := "articles_y" + pad4(p.r.year)
		if err := w.tx.QueryRow(ctx, `SELECT to_regclass($1) IS NOT NULL`, name).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			if _, err := w.tx.Exec(ctx, partitionSQL(p.r.year)); err != nil {
				return err
			}
		}
		w.years[p.r.year] = true
	}
	return nil
}

func pad4(y int) string {
	s := strconv.Itoa(y)
	return strings.Repeat("0", max(0, 4-len(s))) + s
}

// copyArticles sends the batch's articles in one COPY (text format: the
// tsvector goes as its text form, which the server reads as it reads a
// literal, with no parser or locale of its own involved).
func (w *writer) copyArticles(ctx context.Context) error {
	var buf bytes.Buffer
	n := 0
	for _, id := range w.order {
		p, ok := w.pending[id]
		if !ok {
			continue
		}
		e := p.r.e
		pub := `\N`
		if e.PubTS != nil {
			pub = strconv.FormatInt(*e.PubTS, 10)
		}
		fields := []string{
			strconv.FormatInt(id, 10), strconv.Itoa(p.r.year), strconv.FormatInt(p.key, 10), strconv.FormatInt(p.fileID, 10),
			copyText(e.Format), copyText(e.Title), copyText(e.Published), pub, copyText(e.Source), copyText(e.URL),
			copyText(e.Byline), `\\x` + hex.EncodeToString(e.Body), strconv.FormatInt(w.now, 10), copyText(p.r.tsv),
		}
		buf.WriteString(strings.Join(fields, "\t"))
		buf.WriteByte('\n')
		n++
		delete(w.pending, id) // sent: a later change of it in this batch goes to the table
	}
	w.order = w.order[:0]
	if n == 0 {
		return nil
	}
	_, err := w.tx.Conn().PgConn().CopyFrom(ctx, &buf, `COPY articles (id, year, sort_key, file_id, format, title, published,
		pub_ts, source, url, byline, body, imported, tsv) FROM STDIN`)
	return err
}

// copyText escapes a value for COPY's text format.
func copyText(s string) string {
	if !strings.ContainsAny(s, "\\\t\n\r") {
		return s
	}
	return strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`).Replace(s)
}

// copyMentions sends the batch's mentions in one COPY.
func (w *writer) copyMentions(ctx context.Context) error {
	var rows [][]any
	for id, ms := range w.mentions {
		for _, m := range ms {
			rows = append(rows, []any{m.person, id, m.role, int32(m.mentions), int32(m.quotes)})
		}
	}
	clear(w.mentions)
	if len(rows) == 0 {
		return nil
	}
	_, err := w.tx.CopyFrom(ctx, pgx.Identifier{"mentions"}, []string{"person_id", "article_id", "role", "mentions", "quotes"},
		pgx.CopyFromRows(rows))
	return err
}

// flushCounters writes the batch's counter changes in one round trip.
func (w *writer) flushCounters(ctx context.Context) error {
	b := &pgx.Batch{}
	if w.counts.articles != 0 {
		b.Queue(`UPDATE meta SET value = value + $1 WHERE key = 'articles'`, w.counts.articles)
	}
	for pid, d := range w.counts.people {
		if d.articles == 0 && d.mentions == 0 && d.role == "" {
			continue
		}
		b.Queue(`UPDATE people SET articles = articles + $1, mentions = mentions + $2,
			role = CASE WHEN length($3) > length(role) THEN $3 ELSE role END WHERE id = $4`, d.articles, d.mentions, d.role, pid)
	}
	w.counts.reset()
	if b.Len() == 0 {
		return nil
	}
	return w.tx.SendBatch(ctx, b).Close()
}

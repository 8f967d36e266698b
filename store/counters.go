package store

import "context"

// counters sums the changes one write transaction makes to the archive's
// counters (the article count in meta, and each person's articles,
// mentions and role), so that each is written once, at commit, instead
// of by a trigger per row. See migration 2 for why.
type counters struct {
	articles int
	people   map[int64]*personDelta
}

// personDelta is the change to one person's counters.
type personDelta struct {
	articles, mentions int
	role               string // the longest role seen; "" keeps the stored one
}

// mention records that an article naming person pid n times was added
// (sign 1) or removed (sign -1).
func (c *counters) mention(pid int64, sign, n int, role string) {
	if c.people == nil {
		c.people = map[int64]*personDelta{}
	}
	d := c.people[pid]
	if d == nil {
		d = &personDelta{}
		c.people[pid] = d
	}
	d.articles += sign
	d.mentions += sign * n
	if len(role) > len(d.role) {
		d.role = role
	}
}

func (c *counters) reset() {
	c.articles = 0
	clear(c.people)
}

// flushCounters writes the transaction's counter changes.
func (w *writer) flushCounters(ctx context.Context) error {
	if w.counts.articles != 0 {
		if _, err := w.st.bumpArticles.ExecContext(ctx, w.counts.articles); err != nil {
			return err
		}
	}
	for pid, d := range w.counts.people {
		if d.articles == 0 && d.mentions == 0 && d.role == "" {
			continue
		}
		if _, err := w.st.bumpPerson.ExecContext(ctx, d.articles, d.mentions, d.role, pid); err != nil {
			return err
		}
	}
	w.counts.reset()
	return nil
}

// dropMentions deletes an article's mentions, taking them off the
// people's counters.
func (w *writer) dropMentions(ctx context.Context, articleID int64) error {
	rows, err := w.st.articleMentions.QueryContext(ctx, articleID)
	if err != nil {
		return err
	}
	for rows.Next() {
		var pid int64
		var n int
		if err := rows.Scan(&pid, &n); err != nil {
			rows.Close()
			return err
		}
		w.counts.mention(pid, -1, n, "")
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	_, err = w.st.deleteMentions.ExecContext(ctx, articleID)
	return err
}

package store

import "context"

// counters sums the changes one write transaction makes to the archive's
// counters (the article count in meta, the articles per day and per
// source and day, and each person's articles, mentions and role), so
// that each is written once, at commit, instead of by a trigger per row.
// See migrations 2 and 4 for why.
type counters struct {
	articles int
	days     map[sourceDay]int
	people   map[int64]*personDelta
}

// sourceDay is a source's day of publication (a day number, see dayOf).
type sourceDay struct {
	source string
	day    int64
}

// article records that an article of source published on day was added
// (sign 1) or removed (sign -1). Undated articles (day 0) count in the
// total only.
func (c *counters) article(source string, day int64, sign int) {
	c.articles += sign
	if day <= 0 {
		return
	}
	if c.days == nil {
		c.days = map[sourceDay]int{}
	}
	c.days[sourceDay{source, day}] += sign
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
	clear(c.days)
	clear(c.people)
}

// flushCounters writes the transaction's counter changes.
func (w *writer) flushCounters(ctx context.Context) error {
	if w.counts.articles != 0 {
		if _, err := w.st.bumpArticles.ExecContext(ctx, w.counts.articles); err != nil {
			return err
		}
	}
	if err := w.flushDays(ctx); err != nil {
		return err
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

// flushDays adds the transaction's changes to the counts per day and per
// source and day.
func (w *writer) flushDays(ctx context.Context) error {
	total := map[int64]int{}
	for k, n := range w.counts.days {
		if n == 0 {
			continue
		}
		total[k.day] += n
		if _, err := w.st.bumpSourceDay.ExecContext(ctx, k.source, k.day, n); err != nil {
			return err
		}
	}
	for day, n := range total {
		if n == 0 {
			continue
		}
		if _, err := w.st.bumpDay.ExecContext(ctx, day, n); err != nil {
			return err
		}
	}
	return nil
}

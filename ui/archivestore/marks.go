package archivestore

import (
	"context"
	"strings"

	"github.com/newsreader/newsreader/ui/archive"
)

// SetRead implements archive.Archive.
func (a *Archive) SetRead(ctx context.Context, id int64, read bool) error {
	return a.s.SetRead(ctx, id, read)
}

// SetFlagged implements archive.Archive.
func (a *Archive) SetFlagged(ctx context.Context, id int64, flagged bool) error {
	return a.s.SetFlagged(ctx, id, flagged)
}

// marked sets the reader's marks on items, read in one lookup: a page of
// the list costs one more query by primary key.
func (a *Archive) marked(ctx context.Context, items []Item) ([]Item, error) {
	ids := make([]int64, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	states, err := a.s.States(ctx, ids)
	if err != nil {
		return nil, err
	}
	for i := range items {
		st := states[items[i].ID]
		items[i].Read, items[i].Flagged = st.Read, st.Flagged
	}
	return items, nil
}

// flagged lists the flagged articles whose title or source holds every
// word of filter (ignoring case), newest first. Flags are set by hand:
// they are few, and all are read.
func (a *Archive) flagged(ctx context.Context, filter string) ([]Item, error) {
	rows, err := a.s.Flagged(ctx)
	if err != nil {
		return nil, err
	}
	words := strings.Fields(strings.ToLower(filter))
	var out []Item
	for _, r := range rows {
		text := strings.ToLower(r.Title + " " + r.Source)
		keep := true
		for _, w := range words {
			keep = keep && strings.Contains(text, w)
		}
		if keep {
			out = append(out, itemOf(r))
		}
	}
	return out, nil
}

// People implements archive.Archive with the store's people and their
// quotations.
func (a *Archive) People(ctx context.Context, filter string, limit int) ([]archive.Person, error) {
	rows, err := a.s.PeopleMatching(ctx, filter, limit)
	if err != nil {
		return nil, err
	}
	out := make([]archive.Person, len(rows))
	for i, p := range rows {
		out[i] = archive.Person{Name: p.Name, Role: p.Role, Articles: p.Articles, Mentions: p.Mentions, Quotes: p.Quotes}
	}
	return out, nil
}

// Coverage implements archive.Archive: the store's counts per day, added
// up per period.
func (a *Archive) Coverage(ctx context.Context, query string, unit archive.Unit) ([]archive.Bucket, error) {
	days, err := a.s.CoverageDays(ctx, query)
	if err != nil {
		return nil, err
	}
	var out []archive.Bucket
	for _, d := range days {
		start := unit.Start(d.Day)
		if n := len(out); n > 0 && out[n-1].Start.Equal(start) {
			out[n-1].Count += d.Count
			continue
		}
		out = append(out, archive.Bucket{Start: start, Count: d.Count})
	}
	return out, nil
}

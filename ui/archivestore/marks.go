package archivestore

import (
	"context"
	"errors"
	"strings"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archive"
)

// Marks is what the reader's read and flagged marks ask of a backend
// beyond Backend; PeopleView its archive-wide people view; Coverage its
// coverage chart. *store.Store and *pgstore.Store have them all, each
// asked for alone, so that a backend lacking one loses that feature only
// and says so when asked for it.
type Marks interface {
	SetRead(ctx context.Context, id int64, read bool) error
	SetFlagged(ctx context.Context, id int64, flagged bool) error
	States(ctx context.Context, ids []int64) (map[int64]store.State, error)
	Flagged(ctx context.Context) ([]store.ListItem, error)
}

// PeopleView is what the reader's archive-wide people view asks of a
// backend (see Marks).
type PeopleView interface {
	PeopleMatching(ctx context.Context, filter string, limit int) ([]store.PersonQuotes, error)
}

// Coverage is what the reader's coverage chart asks of a backend (see
// Marks).
type Coverage interface {
	Histogram(ctx context.Context, q query.Query, unit period.Unit) ([]period.Bucket, error)
}

var (
	_ Marks      = (*store.Store)(nil)
	_ PeopleView = (*store.Store)(nil)
	_ Coverage   = (*store.Store)(nil)
)

// The errors of a backend without one of the features above.
var (
	errNoMarks    = errors.New("this archive backend keeps no marks yet")
	errNoPeople   = errors.New("this archive backend has no people view yet")
	errNoCoverage = errors.New("this archive backend counts no coverage yet")
)

func (a *Archive) marks() (Marks, error) {
	if x, ok := a.s.(Marks); ok {
		return x, nil
	}
	return nil, errNoMarks
}

// SetRead implements archive.Archive.
func (a *Archive) SetRead(ctx context.Context, id int64, read bool) error {
	x, err := a.marks()
	if err != nil {
		return err
	}
	return readOnlyError(x.SetRead(ctx, id, read))
}

// SetFlagged implements archive.Archive.
func (a *Archive) SetFlagged(ctx context.Context, id int64, flagged bool) error {
	x, err := a.marks()
	if err != nil {
		return err
	}
	return readOnlyError(x.SetFlagged(ctx, id, flagged))
}

// readOnlyError is err, also archive.ErrReadOnly when the backend says
// it is read-only (store.ErrReadOnly), in the backend's words.
func readOnlyError(err error) error {
	if errors.Is(err, store.ErrReadOnly) {
		return readOnly{err}
	}
	return err
}

// readOnly is a backend's read-only error, known to the reader as
// archive.ErrReadOnly.
type readOnly struct{ error }

func (e readOnly) Unwrap() []error { return []error{e.error, archive.ErrReadOnly} }

// marked sets the reader's marks on items, read in one lookup: a page of
// the list costs one more query by primary key.
func (a *Archive) marked(ctx context.Context, items []Item) ([]Item, error) {
	ids := make([]int64, len(items))
	for i, it := range items {
		ids[i] = it.ID
	}
	x, err := a.marks()
	if err != nil {
		return items, nil // no marks kept: every entry unread
	}
	states, err := x.States(ctx, ids)
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
	x, err := a.marks()
	if err != nil {
		return nil, err
	}
	rows, err := x.Flagged(ctx)
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
	x, ok := a.s.(PeopleView)
	if !ok {
		return nil, errNoPeople
	}
	rows, err := x.PeopleMatching(ctx, filter, limit)
	if err != nil {
		return nil, err
	}
	out := make([]archive.Person, len(rows))
	for i, p := range rows {
		out[i] = archive.Person{Name: p.Name, Role: p.Role, Articles: p.Articles, Mentions: p.Mentions, Quotes: p.Quotes}
	}
	return out, nil
}

// Coverage implements archive.Archive with the store's histogram, the
// counts `search --histogram` prints ("" counts every article).
func (a *Archive) Coverage(ctx context.Context, text string, unit period.Unit) ([]period.Bucket, error) {
	x, ok := a.s.(Coverage)
	if !ok {
		return nil, errNoCoverage
	}
	var q query.Query
	var err error
	if strings.TrimSpace(text) != "" {
		if q, err = query.Parse(text); err != nil {
			return nil, err
		}
	}
	return x.Histogram(ctx, q, unit)
}

package archive

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/textmatch"
)

// Memory is an Archive held in memory: the bundled sample, tests, and
// small archives. It scans on every query, which is fine for thousands of
// articles, not for millions.
type Memory struct {
	articles []*content.Article // ID i+1 is articles[i]
	items    []Item

	mu     sync.Mutex
	orders map[Sort][]int // article indexes in each order, built on first use
}

// NewMemory holds articles as an archive; the first has ID 1.
func NewMemory(articles []*content.Article) *Memory {
	m := &Memory{articles: articles, orders: map[Sort][]int{}}
	m.items = make([]Item, len(articles))
	for i, a := range articles {
		m.items[i] = Item{ID: int64(i + 1), Title: a.Title, Published: a.Published, Source: a.Source}
	}
	return m
}

// order returns the article indexes in the order s.
func (m *Memory) order(s Sort) []int {
	m.mu.Lock()
	defer m.mu.Unlock()
	if o, ok := m.orders[s]; ok {
		return o
	}
	o := make([]int, len(m.items))
	for i := range o {
		o[i] = i
	}
	items := m.items
	slices.SortStableFunc(o, func(a, b int) int {
		x, y := items[a], items[b]
		switch s {
		case SortTitle:
			return cmp.Compare(strings.ToLower(x.Title), strings.ToLower(y.Title))
		case SortSource:
			if c := cmp.Compare(x.Source, y.Source); c != 0 {
				return c
			}
		}
		return cmp.Compare(y.Published, x.Published)
	})
	m.orders[s] = o
	return o
}

// matching returns the indexes of the articles matching q, in order.
func (m *Memory) matching(q Query) []int {
	o := m.order(q.Sort)
	words := strings.Fields(textmatch.Fold(q.Filter))
	if len(words) == 0 {
		return o
	}
	var out []int
	for _, i := range o {
		hay := textmatch.Fold(m.items[i].Title + " " + m.items[i].Source)
		ok := true
		for _, w := range words {
			if !strings.Contains(hay, w) {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	return out
}

// Count implements Archive.
func (m *Memory) Count(ctx context.Context, q Query) (int, error) {
	return len(m.matching(q)), ctx.Err()
}

// List implements Archive.
func (m *Memory) List(ctx context.Context, q Query, offset, limit int) ([]Item, error) {
	idx := m.matching(q)
	offset = min(max(offset, 0), len(idx))
	end := min(offset+max(limit, 0), len(idx))
	out := make([]Item, 0, end-offset)
	for _, i := range idx[offset:end] {
		out = append(out, m.items[i])
	}
	return out, ctx.Err()
}

// Article implements Archive.
func (m *Memory) Article(ctx context.Context, id int64) (*content.Article, error) {
	if id < 1 || id > int64(len(m.articles)) {
		return nil, fmt.Errorf("no article %d in the archive", id)
	}
	return m.articles[id-1], ctx.Err()
}

// PersonArticles implements Archive: articles whose people include one
// named name, by canonical name or alias, newest first.
func (m *Memory) PersonArticles(ctx context.Context, name string, limit int) ([]Item, error) {
	want := textmatch.Fold(name)
	var out []Item
	for _, i := range m.order(SortDate) {
		if len(out) >= limit {
			break
		}
		if mentions(m.articles[i], want) {
			out = append(out, m.items[i])
		}
	}
	return out, ctx.Err()
}

func mentions(a *content.Article, folded string) bool {
	for _, p := range a.People {
		if textmatch.Fold(p.Name) == folded {
			return true
		}
		for _, al := range p.Aliases {
			if textmatch.Fold(al) == folded {
				return true
			}
		}
	}
	return false
}

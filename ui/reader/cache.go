package reader

import (
	"container/list"
	"sync"

	"github.com/newsreader/newsreader/ui/render"
)

// maxRenderers bounds the renderers kept, one per width and theme.
const maxRenderers = 8

// cacheKey is what a rendering depends on.
type cacheKey struct {
	id    int64
	width int
	dark  bool
}

// Cache keeps the most recent renderings, ready to show and search, so that going back to an
// article, or back to a width, costs nothing. It is safe for concurrent
// use: renderings are made and stored by commands on other goroutines.
type Cache struct {
	mu      sync.Mutex
	max     int
	order   *list.List // of cacheEntry, most recent first
	entries map[cacheKey]*list.Element

	renderers map[render.Options]*render.Renderer
}

type cacheEntry struct {
	key cacheKey
	doc *document
}

// NewCache returns a cache holding up to n renderings.
func NewCache(n int) *Cache {
	return &Cache{
		max: max(n, 1), order: list.New(), entries: map[cacheKey]*list.Element{},
		renderers: map[render.Options]*render.Renderer{},
	}
}

// renderer returns the renderer for opt, building it the first time:
// building one costs about as much as rendering an article.
func (c *Cache) renderer(opt render.Options) (*render.Renderer, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.renderers[opt]; ok {
		return r, nil
	}
	r, err := render.New(opt)
	if err != nil {
		return nil, err
	}
	if len(c.renderers) >= maxRenderers {
		clear(c.renderers)
	}
	c.renderers[opt] = r
	return r, nil
}

func (c *Cache) get(k cacheKey) (*document, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(cacheEntry).doc, true
}

func (c *Cache) put(k cacheKey, doc *document) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[k]; ok {
		e.Value = cacheEntry{k, doc}
		c.order.MoveToFront(e)
		return
	}
	c.entries[k] = c.order.PushFront(cacheEntry{k, doc})
	for c.order.Len() > c.max {
		last := c.order.Back()
		delete(c.entries, last.Value.(cacheEntry).key)
		c.order.Remove(last)
	}
}

package ui

// pane names the three panes that take keys.
type pane int

const (
	paneList pane = iota
	paneReader
	panePeople
)

// WideWidth is the narrowest terminal that shows list, article and
// sidebar side by side. Below it the article preview goes under the list
// (when the screen is tall enough), the sidebar beside the preview or
// over it, and an open article takes the list's place.
const WideWidth = 110

// stackHeight is the lowest body that stacks the preview under the list:
// below it each would be too short to read.
const stackHeight = 14

// minSideBySide is the narrowest article pane beside the sidebar; below
// it the sidebar is drawn over the article instead.
const minSideBySide = 40

// rect is a pane's place in the body; w == 0 means hidden.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return r.w > 0 && x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// layout is where everything goes on a screen of a given size.
type layout struct {
	width, height        int
	bodyY, bodyH         int
	list, reader, people rect
	// rule is the horizontal line between the list and the preview under
	// it (h == 0 when they are not stacked).
	rule rect
}

// layoutFor places the panes. sidebar says whether the people sidebar is
// wanted; reading whether an article is open (narrow screens show it
// instead of the list).
func layoutFor(width, height int, sidebar, reading bool) layout {
	l := layout{width: width, height: height, bodyY: 1, bodyH: max(1, height-2)}
	if width >= WideWidth {
		return l.wide(sidebar)
	}
	// Narrow: the list alone, or over the preview, or the article alone;
	// the sidebar shares the article's rows.
	articleY := 0
	switch {
	case reading:
	case l.bodyH >= stackHeight:
		listH := l.bodyH * 2 / 5
		l.list = rect{0, 0, width, listH}
		l.rule = rect{0, listH, width, 1}
		articleY = listH + 1
	default:
		l.list = rect{0, 0, width, l.bodyH}
		if !sidebar {
			return l
		}
	}
	articleH := l.bodyH - articleY
	l.reader = rect{0, articleY, width, articleH}
	if !sidebar {
		return l
	}
	peopleW := clamp(width/3, 26, 36)
	if width-peopleW-1 < minSideBySide {
		// Too narrow for both: the sidebar is drawn over the article.
		l.reader, l.people = rect{}, rect{0, articleY, width, articleH}
		if l.list.h == l.bodyH {
			l.list = rect{}
		}
		return l
	}
	l.reader.w = width - peopleW - 1
	l.people = rect{width - peopleW, articleY, peopleW, articleH}
	if l.list.h == l.bodyH { // a short screen: the sidebar beside the list
		l.list.w, l.reader = l.reader.w, rect{}
	}
	return l
}

// wide puts the list, the article and the sidebar side by side.
func (l layout) wide(sidebar bool) layout {
	rest := l.width
	if sidebar {
		peopleW := clamp(l.width/6, 26, 36)
		rest -= peopleW + 1
		l.people = rect{l.width - peopleW, 0, peopleW, l.bodyH}
	}
	listW := clamp(l.width*3/10, 30, 60)
	l.list = rect{0, 0, listW, l.bodyH}
	l.reader = rect{listW + 1, 0, max(1, rest-listW-1), l.bodyH}
	return l
}

// stacked reports whether the preview is under the list.
func (l layout) stacked() bool { return l.rule.h > 0 }

// visible reports whether p has room on screen.
func (l layout) visible(p pane) bool {
	return l.rect(p).w > 0
}

func (l layout) rect(p pane) rect {
	switch p {
	case paneReader:
		return l.reader
	case panePeople:
		return l.people
	}
	return l.list
}

// paneAt returns the pane at column x, row y of the body.
func (l layout) paneAt(x, y int) (pane, bool) {
	for _, p := range []pane{paneList, paneReader, panePeople} {
		if l.rect(p).contains(x, y) {
			return p, true
		}
	}
	return 0, false
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

package ui

// pane names the three panes that take keys.
type pane int

const (
	paneList pane = iota
	paneReader
	panePeople
)

// WideWidth is the narrowest terminal that shows list, article and
// sidebar side by side. Below it the sidebar is hidden unless asked for,
// and an open article takes the list's place.
const WideWidth = 110

// span is a pane's columns; w == 0 means hidden.
type span struct{ x, w int }

func (s span) contains(x int) bool { return s.w > 0 && x >= s.x && x < s.x+s.w }

// layout is where everything goes on a screen of a given size.
type layout struct {
	width, height        int
	bodyY, bodyH         int
	list, reader, people span
}

// layoutFor places the panes. sidebar says whether the people sidebar is
// wanted; reading whether an article is open (narrow screens show it
// instead of the list).
func layoutFor(width, height int, sidebar, reading bool) layout {
	l := layout{width: width, height: height, bodyY: 1, bodyH: max(1, height-2)}
	wide := width >= WideWidth
	peopleW := 0
	if sidebar {
		peopleW = clamp(width/6, 26, 36)
		if width-peopleW-1 < 40 { // too narrow for a sidebar at all
			peopleW = 0
		}
	}
	rest := width
	if peopleW > 0 {
		rest -= peopleW + 1
		l.people = span{x: width - peopleW, w: peopleW}
	}
	switch {
	case wide:
		listW := clamp(width*3/10, 30, 60)
		l.list = span{x: 0, w: listW}
		l.reader = span{x: listW + 1, w: max(1, rest-listW-1)}
	case reading:
		l.reader = span{x: 0, w: rest}
	default:
		l.list = span{x: 0, w: rest}
	}
	return l
}

// visible reports whether p has room on screen.
func (l layout) visible(p pane) bool {
	return l.span(p).w > 0
}

func (l layout) span(p pane) span {
	switch p {
	case paneReader:
		return l.reader
	case panePeople:
		return l.people
	}
	return l.list
}

// paneAt returns the pane under column x of the body.
func (l layout) paneAt(x int) (pane, bool) {
	for _, p := range []pane{paneList, paneReader, panePeople} {
		if l.span(p).contains(x) {
			return p, true
		}
	}
	return 0, false
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

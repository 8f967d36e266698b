// Package coverage is the reader's chart of coverage over time: how many
// of the articles of a search, a person or the whole archive were
// published each day, week or month, as bars that fit the pane, the
// peaks labelled with their dates; enter on a bar lists that period's
// articles.
package coverage

import (
	"context"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
)

// Model is the coverage chart.
type Model struct {
	ctx     context.Context
	archive archive.Archive
	Styles  Styles
	// KeyMap is the keys the chart answers to (see Update).
	KeyMap KeyMap

	query, label string
	seq          int
	loaded       bool
	err          error
	days         []period.Bucket // per day, as the archive counted
	unit         period.Unit
	bars         []period.Bucket // per unit, every period from first to last
	cursor       int             // the selected bar
	width        int
	height       int
}

// PeriodMsg asks the parent to list the articles of the query published
// in [From, To) (enter on a bar).
type PeriodMsg struct {
	Query    string
	From, To time.Time
}

type loadedMsg struct {
	seq  int
	days []period.Bucket
	err  error
}

// New returns an empty chart over arc; Show fills it.
func New(ctx context.Context, arc archive.Archive, styles Styles) Model {
	return Model{ctx: ctx, archive: arc, Styles: styles, KeyMap: DefaultKeyMap()}
}

// Show counts the articles of query (the syntax of archive.Search; ""
// for all), named label in the title, per day, in a command.
func (m *Model) Show(query, label string) tea.Cmd {
	m.seq++
	m.query, m.label, m.loaded, m.err, m.days, m.bars = query, label, false, nil, nil, nil
	seq, ctx, arc := m.seq, m.ctx, m.archive
	return common.Cmd(func() tea.Msg {
		days, err := arc.Coverage(ctx, query, period.Day)
		return loadedMsg{seq: seq, days: days, err: err}
	})
}

// SetSize sets the chart's size; the period is chosen anew to fit.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	if m.loaded {
		m.regroup(m.fittingUnit(), true)
	}
}

// Intent returns what a key asks of the parent: a PeriodMsg, or nil.
func (m Model) Intent(msg tea.Msg) tea.Msg {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || !key.Matches(k, m.keys().Filter) || m.cursor >= len(m.bars) {
		return nil
	}
	b := m.bars[m.cursor]
	return PeriodMsg{Query: m.query, From: b.Start, To: m.unit.Next(b.Start)}
}

// Update answers the keys and the archive's counts.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.seq != m.seq {
			return m, nil
		}
		m.loaded, m.days, m.err = true, msg.days, msg.err
		m.regroup(m.fittingUnit(), true)
		if msg.err != nil {
			return m, common.Send(common.ErrMsg{Err: msg.err})
		}
	case tea.KeyPressMsg:
		if intent := m.Intent(msg); intent != nil {
			return m, common.Send(intent)
		}
		m.handleKey(msg)
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) {
	k := m.keys()
	switch {
	case key.Matches(msg, k.Prev):
		m.cursor = max(0, m.cursor-1)
	case key.Matches(msg, k.Next):
		m.cursor = min(len(m.bars)-1, m.cursor+1)
	case key.Matches(msg, k.First):
		m.cursor = 0
	case key.Matches(msg, k.Last):
		m.cursor = len(m.bars) - 1
	case key.Matches(msg, k.Unit):
		m.regroup((m.unit+1)%3, false)
	}
}

// regroup adds the days up per unit, every period from the first to the
// last (empty ones too: the axis is time). The cursor goes to the last
// period, or stays on the period holding the selected one.
func (m *Model) regroup(u period.Unit, toLast bool) {
	var at time.Time
	if !toLast && m.cursor < len(m.bars) {
		at = m.bars[m.cursor].Start
	}
	m.unit, m.bars = u, period.Group(m.days, u)
	m.cursor = len(m.bars) - 1
	if !at.IsZero() {
		for i, b := range m.bars {
			if !b.Start.After(u.Start(at)) {
				m.cursor = i
			}
		}
	}
	m.cursor = max(m.cursor, 0)
}

// fittingUnit is the finest period whose bars all fit the width; months
// when none does (the chart then scrolls).
func (m Model) fittingUnit() period.Unit {
	for _, u := range []period.Unit{period.Day, period.Week} {
		if len(m.days) > 0 && u.Count(m.days[0].Start, m.days[len(m.days)-1].Start) <= m.width-chartMargin {
			return u
		}
	}
	return period.Month
}

// Unit is the period of a bar.
func (m Model) Unit() period.Unit { return m.unit }

// Bars are the chart's periods.
func (m Model) Bars() []period.Bucket { return m.bars }

// Cursor is the index of the selected bar.
func (m Model) Cursor() int { return m.cursor }

package ui

import (
	"errors"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
)

// The archive may change under the reader (another process importing):
// with WithRefresh, the reader polls the archive's version (see
// archive.Versioned) on a timer and reloads the header and the list when
// it changes, the cursor staying on its article; r reloads at once.

// DefaultRefresh is how often Run has the reader look for changes.
const DefaultRefresh = 2 * time.Second

// WithRefresh has the reader look for changes to the archive every d (0,
// the default of New, never: tests drive the model without timers).
func WithRefresh(d time.Duration) Option { return func(o *options) { o.refresh = d } }

type (
	// pollMsg is the timer's: time to ask for the version.
	pollMsg struct{}
	// versionMsg brings the archive's version.
	versionMsg struct {
		version int64
		err     error
	}
)

// askVersion asks the archive for its version, if it can tell.
func (m Model) askVersion() tea.Cmd {
	v, ok := m.archive.(archive.Versioned)
	if !ok {
		return nil
	}
	ctx := m.ctx
	return common.Cmd(func() tea.Msg {
		n, err := v.Version(ctx)
		return versionMsg{version: n, err: err}
	})
}

// poll waits for the next look at the version.
func (m Model) poll() tea.Cmd {
	if m.opts.refresh <= 0 {
		return nil
	}
	if _, ok := m.archive.(archive.Versioned); !ok {
		return nil
	}
	return tea.Tick(m.opts.refresh, func(time.Time) tea.Msg { return pollMsg{} })
}

// versionCame reloads the list when the version differs from the one
// last seen, and waits for the next look.
func (m *Model) versionCame(msg versionMsg) tea.Cmd {
	switch {
	case errors.Is(msg.err, errors.ErrUnsupported):
		return nil // an archive that cannot tell: r still reloads
	case msg.err != nil:
		// A busy or vanished archive: say nothing, look again later.
		return m.poll()
	}
	changed := m.versionSeen && msg.version != m.version
	m.version, m.versionSeen = msg.version, true
	if !changed {
		return m.poll()
	}
	return tea.Batch(m.list.Refresh(), m.poll())
}

// reload loads the header and the list again (r), keeping the cursor on
// its article.
func (m *Model) reload() tea.Cmd {
	m.status = "Reloaded."
	return m.list.Refresh()
}

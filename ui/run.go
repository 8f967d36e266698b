package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"
)

// Run starts the reader on the terminal and returns when the user quits
// or ctx ends. Bubble Tea restores the terminal on a panic in Update or
// View; commands are wrapped so that their panics become status-bar
// errors instead.
func Run(ctx context.Context, arc Archive, opts ...Option) error {
	p := tea.NewProgram(New(ctx, arc, opts...), tea.WithContext(ctx))
	_, err := p.Run()
	return err
}

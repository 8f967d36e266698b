package ui

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os/exec"
	"runtime"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/common"
)

// openURL opens the article's address with the system opener.
func (m *Model) openURL() tea.Cmd {
	a := m.article()
	if a == nil {
		return nil
	}
	if a.URL == "" {
		m.status, m.statusErr = "This article has no URL.", true
		return nil
	}
	u, open, ctx := a.URL, m.opts.opener, m.ctx
	return common.Cmd(func() tea.Msg {
		if err := checkURL(u); err != nil {
			return common.ErrMsg{Err: err}
		}
		if err := open(ctx, u); err != nil {
			return common.ErrMsg{Err: fmt.Errorf("opening %s: %w", u, err)}
		}
		return common.InfoMsg("Opened " + u)
	})
}

// checkURL accepts only web addresses: an archive could hold anything,
// and the opener would run a file: or custom-scheme address as told.
func checkURL(s string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("not a valid URL: %q", s)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("will only open http and https addresses, not %q", s)
	}
	return nil
}

// systemOpen runs the platform's opener with the URL as its one argument,
// never through a shell.
func systemOpen(ctx context.Context, u string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "darwin":
		cmd = exec.CommandContext(ctx, "open", u)
	case "windows":
		cmd = exec.CommandContext(ctx, "rundll32", "url.dll,FileProtocolHandler", u)
	default:
		cmd = exec.CommandContext(ctx, "xdg-open", u)
	}
	if err := cmd.Run(); err != nil {
		if errors.Is(err, exec.ErrNotFound) {
			return fmt.Errorf("no system opener (%s) found", cmd.Path)
		}
		return err
	}
	return nil
}

// copyArticle puts the article on the clipboard as Markdown, its address
// (URL, else the file it came from) last, through the terminal (OSC 52),
// which also works over ssh.
func (m *Model) copyArticle() tea.Cmd {
	a := m.article()
	if a == nil {
		return nil
	}
	text := a.Markdown()
	if addr := m.address(); addr != "" {
		text = strings.TrimRight(text, "\n") + "\n\n<" + addr + ">\n"
	}
	return tea.Batch(tea.SetClipboard(text), func() tea.Msg {
		return common.InfoMsg("Copied the article as Markdown, with its address.")
	})
}

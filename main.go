package main

import (
	_ "charm.land/bubbles/v2/viewport"
	_ "charm.land/bubbletea/v2"
	_ "charm.land/glamour/v2"
	_ "charm.land/lipgloss/v2"
	_ "github.com/charmbracelet/x/ansi"
	_ "github.com/spf13/cobra"
	_ "golang.org/x/text/encoding/charmap"
	_ "modernc.org/sqlite"
)

func main() {}

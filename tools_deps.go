//go:build tools

// This file pins modules that packages under development will import,
// so that parallel work does not race on go.mod. Remove when all are imported.
package main

import (
	_ "codeberg.org/readeck/go-readability/v2"
	_ "github.com/charmbracelet/x/exp/golden"
	_ "github.com/charmbracelet/x/exp/teatest/v2"
	_ "github.com/markusmobius/go-trafilatura"
	_ "github.com/mmcdole/gofeed"
	_ "github.com/nlnwa/gowarc/v3"
	_ "golang.org/x/net/html"
	_ "gopkg.in/yaml.v3"
)

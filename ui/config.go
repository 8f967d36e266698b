package ui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/coverage"
	"github.com/newsreader/newsreader/ui/directory"
	"github.com/newsreader/newsreader/ui/people"
	"github.com/newsreader/newsreader/ui/reader"
	"github.com/newsreader/newsreader/ui/settings"
)

// LoadSettings reads the configuration file at path (see package
// settings; settings.Path is the usual place) into an Option. A file
// with a mistake gives an Option that starts the reader with the
// defaults and says why in the status bar, and the error, which names
// the file, the line and the field.
func LoadSettings(path string) (Option, error) {
	s, err := settings.Load(path, keyActions())
	if err != nil {
		notice := fmt.Sprintf("started with the defaults: %v", err)
		return func(o *options) { o.notice = notice }, err
	}
	return func(o *options) { o.settings = s }, nil
}

// SettingsPath is where LoadSettings looks by default (settings.Path).
func SettingsPath() (string, error) { return settings.Path() }

// applySettings applies the options' settings (theme, layout, keys) and
// notice to a new model.
func (m *Model) applySettings() {
	s := m.opts.settings
	if s.Theme != "" {
		m.dark = s.Theme == "dark"
	}
	m.applyTheme()
	m.list.SetCompact(s.Compact)
	panes := m.keyMaps()
	for _, r := range s.Keys {
		pane, action, ok := strings.Cut(r.Action, ".")
		if !ok {
			pane, action = "", r.Action
		}
		for name, km := range panes {
			if pane == "" || pane == name {
				remap(reflect.ValueOf(km).Elem(), action, r.Keys)
			}
		}
	}
	if m.opts.notice != "" {
		m.status, m.statusErr = m.opts.notice, true
	}
}

// keyMaps is every KeyMap of the reader, by the pane name the
// configuration gives it, as pointers to change them.
func (m *Model) keyMaps() map[string]any {
	return map[string]any{
		"global": &m.keyMap, "list": &m.list.KeyMap, "article": &m.reader.KeyMap,
		"people": &m.people.KeyMap, "directory": &m.directory.KeyMap, "coverage": &m.coverage.KeyMap,
	}
}

// keyActions is the names a key can be bound to in the configuration:
// each binding's field name in lower case (quit, down, filter), which
// applies in every pane that has it, and the same after a pane's name
// (list.filter), which applies in that pane only.
func keyActions() []string {
	m := Model{keyMap: DefaultKeyMap()}
	m.list.KeyMap, m.reader.KeyMap = articlelist.DefaultKeyMap(), reader.DefaultKeyMap()
	m.people.KeyMap, m.directory.KeyMap = people.DefaultKeyMap(), directory.DefaultKeyMap()
	m.coverage.KeyMap = coverage.DefaultKeyMap()
	seen := map[string]bool{}
	var out []string
	for pane, km := range m.keyMaps() {
		for _, name := range bindingNames(reflect.ValueOf(km).Elem()) {
			for _, a := range []string{name, pane + "." + name} {
				if !seen[a] {
					seen[a] = true
					out = append(out, a)
				}
			}
		}
	}
	slices.Sort(out)
	return out
}

var bindingType = reflect.TypeFor[key.Binding]()

// bindingNames lists the key.Binding fields of the struct v, and of the
// structs in it (a pane's moves, its marks), by lower-case name.
func bindingNames(v reflect.Value) []string {
	var out []string
	for i := range v.NumField() {
		f, t := v.Field(i), v.Type().Field(i)
		switch {
		case t.Type == bindingType:
			out = append(out, strings.ToLower(t.Name))
		case t.Type.Kind() == reflect.Struct && t.IsExported():
			out = append(out, bindingNames(f)...)
		}
	}
	return out
}

// remap gives the bindings of the struct v named action the keys, and
// shows them so in the help and the hints.
func remap(v reflect.Value, action string, keys []string) {
	for i := range v.NumField() {
		f, t := v.Field(i), v.Type().Field(i)
		switch {
		case t.Type == bindingType && strings.ToLower(t.Name) == action:
			b := f.Addr().Interface().(*key.Binding)
			b.SetKeys(keys...)
			b.SetHelp(strings.Join(keys, "/"), b.Help().Desc)
		case t.Type.Kind() == reflect.Struct && t.IsExported() && t.Type != bindingType:
			remap(f, action, keys)
		}
	}
}

package formats

import (
	"regexp"
	"sync"
)

// lazyRE compiles expr the first time the returned function is called.
// The HTML reader's patterns (Unicode classes, long alternations) cost
// ~0.5 MB and 1-2 ms to compile, and Go runs every package-level
// initialisation on every start of every command: compiled at init, they
// slowed `newsreader --version` and a search from the shell, which never
// read a page.
func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

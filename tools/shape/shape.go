package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The limits the project holds itself to (ARCHITECTURE.md).
const (
	maxFileLines    = 450
	maxFuncLines    = 60
	maxPackageShare = 1.0 / 3
)

// Report is what Measure found.
type Report struct {
	Total     int            // non-test Go lines in the module
	Packages  map[string]int // lines per package directory
	BigFiles  map[string]int // files over maxFileLines
	LongFuncs []string       // "file:line name (N lines)" without a "Long because" note
}

// Measure reads every non-test Go file under root, leaving out testdata and
// hidden directories.
func Measure(root string) (*Report, error) {
	r := &Report{Packages: map[string]int{}, BigFiles: map[string]int{}}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != root && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			// A folder with a go.mod of its own is another module (stubs/).
			if _, err := os.Stat(filepath.Join(path, "go.mod")); path != root && err == nil {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		lines := fset.File(f.Pos()).LineCount()
		r.Total += lines
		r.Packages[filepath.Dir(rel)] += lines
		if lines > maxFileLines {
			r.BigFiles[rel] = lines
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			start, end := fset.Position(fn.Pos()).Line, fset.Position(fn.End()).Line
			if n := end - start + 1; n > maxFuncLines && !saysWhyLong(fn.Doc) {
				r.LongFuncs = append(r.LongFuncs, fmt.Sprintf("%s:%d %s (%d lines)", rel, start, fn.Name.Name, n))
			}
		}
		return nil
	})
	sort.Strings(r.LongFuncs)
	return r, err
}

func saysWhyLong(doc *ast.CommentGroup) bool {
	if doc == nil {
		return false
	}
	for _, line := range strings.Split(doc.Text(), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "Long because") {
			return true
		}
	}
	return false
}

// Problems lists every broken limit, one line each.
func (r *Report) Problems() []string {
	var out []string
	for pkg, n := range r.Packages {
		if float64(n) > maxPackageShare*float64(r.Total) {
			out = append(out, fmt.Sprintf("package %s holds %d of %d lines (over a third)", pkg, n, r.Total))
		}
	}
	for f, n := range r.BigFiles {
		out = append(out, fmt.Sprintf("file %s has %d lines (over %d)", f, n, maxFileLines))
	}
	for _, f := range r.LongFuncs {
		out = append(out, "function "+f+` over `+fmt.Sprint(maxFuncLines)+` lines with no "Long because" note`)
	}
	sort.Strings(out)
	return out
}

// Print writes the package table and the problems.
func (r *Report) Print(w io.Writer) {
	pkgs := make([]string, 0, len(r.Packages))
	for p := range r.Packages {
		pkgs = append(pkgs, p)
	}
	sort.Slice(pkgs, func(i, j int) bool { return r.Packages[pkgs[i]] > r.Packages[pkgs[j]] })
	fmt.Fprintf(w, "%d non-test Go lines\n", r.Total)
	for _, p := range pkgs {
		fmt.Fprintf(w, "%6d %5.1f%%  %s\n", r.Packages[p], 100*float64(r.Packages[p])/float64(r.Total), p)
	}
	for _, p := range r.Problems() {
		fmt.Fprintln(w, "problem:", p)
	}
}

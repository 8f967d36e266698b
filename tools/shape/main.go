// Command shape reports how the code is cut: each package's share of the
// non-test Go lines, files over the size limit, and functions over the length
// limit whose doc comment does not say why they are long (a line of the doc
// comment starting "Long because"). It exits 1 when a limit is broken, so it
// can run in CI:
//
//	go run ./tools/shape [-root DIR]
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	root := flag.String("root", ".", "module root to measure")
	flag.Parse()
	r, err := Measure(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "shape:", err)
		os.Exit(2)
	}
	r.Print(os.Stdout)
	if len(r.Problems()) > 0 {
		os.Exit(1)
	}
}

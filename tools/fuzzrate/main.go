// Command fuzzrate runs every fuzz target of the given packages, one at a
// time on one worker, and prints a Markdown table of executions per
// second, so that a slow target shows up (issue 20 asks >= 100/s each):
//
//	go run ./tools/fuzzrate [-fuzztime 30s] [-minimize 100x] [packages]
//
// Minimization is limited by a count by default: a minimization limited by
// time that runs out makes Go stop and restart the fuzz worker, and the
// executions it made are lost from the count (see fuzzrate.go).
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	fuzztime := flag.String("fuzztime", "30s", "-fuzztime of each target")
	minimize := flag.String("minimize", "100x", "-fuzzminimizetime of each target")
	flag.Parse()
	pkgs := flag.Args()
	if len(pkgs) == 0 {
		pkgs = []string{"./..."}
	}
	targets, err := List(pkgs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "fuzzrate:", err)
		os.Exit(2)
	}
	fmt.Println("| package | target | executions | seconds | per second | new interesting | CPU s | result |")
	fmt.Println("|---|---|--:|--:|--:|--:|--:|---|")
	slow := false
	for _, t := range targets {
		r := Run(t, *fuzztime, *minimize)
		fmt.Println(r.Row())
		slow = slow || r.Err != nil || r.PerSecond() < 100
	}
	if slow {
		os.Exit(1)
	}
}

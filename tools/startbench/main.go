// Command startbench runs whole commands in turn, N times each, and prints
// for each the median wall time, the median CPU time (user+system, from the
// kernel's accounting of the finished process), the median page faults and
// the ratio of the first command's medians to each one's. Run in turn, the
// commands share the machine's load, so the ratios hold on a busy machine
// where the times do not:
//
//	go run ./tools/startbench [-n 20] -- ./old --version -- ./new --version -- ./hello
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	n := flag.Int("n", 20, "runs of each command")
	flag.Parse()
	cmds := split(flag.Args())
	if len(cmds) == 0 {
		fmt.Fprintln(os.Stderr, "usage: startbench [-n N] -- CMD ARGS... [-- CMD ARGS...]")
		os.Exit(2)
	}
	results, err := Alternate(cmds, *n)
	if err != nil {
		fmt.Fprintln(os.Stderr, "startbench:", err)
		os.Exit(1)
	}
	fmt.Print(Table(cmds, results))
}

// split cuts the arguments into commands at each "--".
func split(args []string) [][]string {
	var cmds [][]string
	var cur []string
	for _, a := range args {
		if a == "--" {
			if len(cur) > 0 {
				cmds = append(cmds, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, a)
	}
	if len(cur) > 0 {
		cmds = append(cmds, cur)
	}
	return cmds
}

// Table formats the medians as a Markdown table, with the load average.
func Table(cmds [][]string, rs []Result) string {
	var b strings.Builder
	if load, err := os.ReadFile("/proc/loadavg"); err == nil {
		f := strings.Fields(string(load))
		fmt.Fprintf(&b, "load average: %s\n", strings.Join(f[:min(3, len(f))], " "))
	}
	b.WriteString("| command | wall ms (min) | CPU ms (min) | page faults | first/this wall | first/this CPU |\n|---|---|---|---|---|---|\n")
	for i, r := range rs {
		fmt.Fprintf(&b, "| `%s` | %.1f (%.1f) | %.1f (%.1f) | %d | %.2f | %.2f |\n",
			strings.Join(cmds[i], " "), r.Wall, r.MinWall, r.CPU, r.MinCPU, r.Faults,
			rs[0].Wall/r.Wall, rs[0].CPU/r.CPU)
	}
	return b.String()
}

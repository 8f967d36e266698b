package main

import (
	"fmt"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

// Result is one command's medians (and least values) over its runs.
type Result struct {
	Wall, MinWall float64 // milliseconds
	CPU, MinCPU   float64 // milliseconds, user+system
	Faults        int64   // minor page faults, median
}

// sample is one run's measures.
type sample struct {
	wall, cpu float64
	faults    int64
}

// Alternate runs the commands n times each, in turn, reversing the order
// every other round so that neither always runs first, and returns each
// command's medians. Output goes nowhere.
func Alternate(cmds [][]string, n int) ([]Result, error) {
	runs := make([][]sample, len(cmds))
	for round := range n {
		for k := range cmds {
			i := k
			if round%2 == 1 {
				i = len(cmds) - 1 - k
			}
			s, err := runOnce(cmds[i])
			if err != nil {
				return nil, err
			}
			runs[i] = append(runs[i], s)
		}
	}
	out := make([]Result, len(cmds))
	for i, ss := range runs {
		out[i] = summarize(ss)
	}
	return out, nil
}

// runOnce runs argv once and measures it.
func runOnce(argv []string) (sample, error) {
	cmd := exec.Command(argv[0], argv[1:]...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return sample{}, fmt.Errorf("%v: %w", argv, err)
	}
	wall := time.Since(start)
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return sample{}, fmt.Errorf("%v: no resource usage on this system", argv)
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return sample{ms(wall), ms(cpu), ru.Minflt}, nil
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// summarize takes the medians and least values of a command's runs.
func summarize(ss []sample) Result {
	walls := make([]float64, len(ss))
	cpus := make([]float64, len(ss))
	faults := make([]float64, len(ss))
	for i, s := range ss {
		walls[i], cpus[i], faults[i] = s.wall, s.cpu, float64(s.faults)
	}
	return Result{
		Wall: median(walls), MinWall: slices.Min(walls),
		CPU: median(cpus), MinCPU: slices.Min(cpus),
		Faults: int64(median(faults)),
	}
}

// median of xs (sorted in place); the mean of the middle two for an even count.
func median(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

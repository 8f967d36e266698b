package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// event is what the control client said: an %output notification, or
// the reply to a command (its lines, and whether it was an %error); ours
// says the command came from this client's input (tmux's flag 1), not
// from its command line, such as the attach.
type event struct {
	at     time.Time
	output bool
	lines  []string
	failed bool
	ours   bool
}

// client is a tmux control-mode client: commands go in on stdin, replies
// and notifications come out on stdout, read into events.
type client struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	events chan event
	queue  []string // the commands sent and not yet answered, in order
}

// attach starts c (a `tmux -C attach` command) and reads its output.
func attach(c *exec.Cmd) (*client, error) {
	in, err := c.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := c.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := c.Start(); err != nil {
		return nil, err
	}
	cl := &client{cmd: c, in: in, events: make(chan event, 256)}
	go readEvents(out, cl.events)
	return cl, nil
}

// readEvents turns the control client's lines into events: notifications
// one a line, command output between %begin and %end (or %error).
func readEvents(r io.Reader, events chan<- event) {
	defer close(events)
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var block []string
	inBlock, ours := false, false
	for sc.Scan() {
		line := sc.Text()
		switch {
		case inBlock && (strings.HasPrefix(line, "%end ") || strings.HasPrefix(line, "%error ")):
			events <- event{at: time.Now(), lines: block, failed: strings.HasPrefix(line, "%error "), ours: ours}
			block, inBlock = nil, false
		case inBlock:
			block = append(block, line)
		case strings.HasPrefix(line, "%begin "):
			// %begin TIME NUMBER FLAGS
			f := strings.Fields(line)
			inBlock, ours = true, len(f) == 4 && f[3] == "1"
		case strings.HasPrefix(line, "%output "), strings.HasPrefix(line, "%extended-output "):
			events <- event{at: time.Now(), output: true}
		}
	}
}

// send writes one command; its reply comes back as an event, in order.
func (c *client) send(name, command string) error {
	c.queue = append(c.queue, name)
	_, err := io.WriteString(c.in, command+"\n")
	return err
}

// reply takes the name of the command an answer is for.
func (c *client) reply() string {
	if len(c.queue) == 0 {
		return ""
	}
	name := c.queue[0]
	c.queue = c.queue[1:]
	return name
}

func (c *client) close() {
	c.in.Close()
	_ = c.cmd.Wait()
}

// measure runs cfg.argv once in a fresh tmux server and times it.
func measure(cfg config) (result, error) {
	dir, err := os.MkdirTemp("", "firstframe")
	if err != nil {
		return result{}, err
	}
	defer os.RemoveAll(dir)
	env := os.Environ()
	// Empty XDG folders: no configuration, history or state of the user's.
	for _, v := range []string{"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"} {
		sub := filepath.Join(dir, strings.ToLower(v))
		if err := os.Mkdir(sub, 0o700); err != nil {
			return result{}, err
		}
		env = append(env, v+"="+sub)
	}
	if cfg.trace {
		env = append(env, "NEWSREADER_TRACE_START="+filepath.Join(dir, "trace"))
	}
	sock := filepath.Join(dir, "sock")
	tmux := func(args ...string) *exec.Cmd {
		c := exec.Command("tmux", append([]string{"-S", sock, "-f", "/dev/null"}, args...)...)
		c.Env = env
		return c
	}
	// The pane first runs a program that draws nothing, so the screen is
	// blank until the measured program draws.
	size := []string{"-x", strconv.Itoa(cfg.cols), "-y", strconv.Itoa(cfg.rows)}
	if out, err := tmux(append(append([]string{"new-session", "-d", "-s", "ff"}, size...), "sleep 100000")...).CombinedOutput(); err != nil {
		return result{}, fmt.Errorf("tmux new-session: %v: %s", err, out)
	}
	defer tmux("kill-server").Run()
	c, err := attach(tmux("-C", "attach", "-t", "ff"))
	if err != nil {
		return result{}, err
	}
	defer c.close()
	stamp := filepath.Join(dir, "stamp")
	line := "exec " + shellQuote(append([]string{cfg.self, "-stamp", stamp}, cfg.argv...))
	if err := c.send("respawn", "respawn-pane -k -t ff "+tmuxQuote(line)); err != nil {
		return result{}, err
	}
	if err := c.send("pid", "display-message -p -t ff '#{pane_pid} #{pane_width}x#{pane_height}'"); err != nil {
		return result{}, err
	}
	return watch(c, cfg, stamp)
}

// watch captures the pane after the program's output until the wanted
// screen has come and the screen has settled.
//
// Long because it is the one event loop of a run: outputs, replies to
// three kinds of command, the settle check and the time-out.
func watch(c *client, cfg config, stampFile string) (result, error) {
	var r result
	var pid int
	var found, pending, dirty bool
	var prev string
	var firstOutput, lastChange, wantAt, drawnAt time.Time
	capture := func() error { pending = true; return c.send("capture", "capture-pane -p -t ff") }
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	timeout := time.After(cfg.timeout)
	for {
		select {
		case ev, ok := <-c.events:
			if !ok {
				return r, errors.New("the tmux control client ended")
			}
			if ev.output {
				if firstOutput.IsZero() {
					firstOutput = ev.at
				}
				if pending {
					dirty = true
				} else if err := capture(); err != nil {
					return r, err
				}
				continue
			}
			if !ev.ours {
				continue
			}
			name := c.reply()
			if ev.failed {
				return r, fmt.Errorf("tmux %s: %s", name, strings.Join(ev.lines, " "))
			}
			switch name {
			case "pid":
				var err error
				if pid, err = panePID(ev.lines, cfg); err != nil {
					return r, err
				}
			case "capture":
				pending = false
				screen := strings.Join(ev.lines, "\n")
				if drawnAt.IsZero() && strings.TrimSpace(screen) != "" {
					drawnAt = ev.at
				}
				if screen != prev {
					prev, lastChange = screen, ev.at
					r.screens = append(r.screens, shot{t: ev.at, screen: screen})
				}
				if !found && holdsAll(screen, cfg.wants) && pid != 0 {
					found, wantAt = true, ev.at
					r.res = ev.at.Sub(firstOutput)
					r.rss, r.hwm, r.cpu = readProc(pid)
				}
				firstOutput = time.Time{}
				if dirty {
					dirty = false
					if err := capture(); err != nil {
						return r, err
					}
				}
			}
		case <-tick.C:
			if found && !pending && time.Since(lastChange) >= cfg.quiet {
				return timed(r, stampFile, drawnAt, wantAt, lastChange)
			}
		case <-timeout:
			return r, fmt.Errorf("no screen holding %q within %v; the last:\n%s", cfg.wants, cfg.timeout, prev)
		}
	}
}

// timed puts the times of the first screen with text, the wanted and
// the settled screen, from the exec stamp, into r.
func timed(r result, stampFile string, drawnAt, wantAt, settledAt time.Time) (result, error) {
	b, err := os.ReadFile(stampFile)
	if err != nil {
		return r, fmt.Errorf("no exec stamp: %w", err)
	}
	ns, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
	if err != nil {
		return r, fmt.Errorf("exec stamp: %w", err)
	}
	exec := time.Unix(0, ns)
	r.drawn, r.want, r.settled = drawnAt.Sub(exec), wantAt.Sub(exec), settledAt.Sub(exec)
	for i := range r.screens {
		r.screens[i].at = r.screens[i].t.Sub(exec)
	}
	r.marks = readTrace(filepath.Join(filepath.Dir(stampFile), "trace"), exec)
	return r, nil
}

// panePID reads "PID WxH" and checks the pane has the size asked for (a
// client of another size would have changed it).
func panePID(lines []string, cfg config) (int, error) {
	var pid, w, h int
	if len(lines) == 0 {
		return 0, errors.New("tmux gave no pane pid")
	}
	if _, err := fmt.Sscanf(lines[0], "%d %dx%d", &pid, &w, &h); err != nil {
		return 0, fmt.Errorf("pane pid %q: %w", lines[0], err)
	}
	if w != cfg.cols || h != cfg.rows {
		return 0, fmt.Errorf("the pane is %dx%d, not %dx%d", w, h, cfg.cols, cfg.rows)
	}
	return pid, nil
}

// holdsAll reports whether screen holds every one of texts.
func holdsAll(screen string, texts []string) bool {
	for _, t := range texts {
		if !strings.Contains(screen, t) {
			return false
		}
	}
	return true
}

// readProc reads the resident memory and its peak (MB) and the CPU time
// used (user+sys, all threads; /proc counts it in ticks of 10 ms).
func readProc(pid int) (rss, hwm float64, cpu time.Duration) {
	status, _ := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	for _, line := range strings.Split(string(status), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		kb, _ := strconv.ParseFloat(f[1], 64)
		switch f[0] {
		case "VmRSS:":
			rss = kb / 1024
		case "VmHWM:":
			hwm = kb / 1024
		}
	}
	stat, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	// Fields after the command name (which may hold spaces) in parens.
	if i := strings.LastIndexByte(string(stat), ')'); i >= 0 {
		f := strings.Fields(string(stat[i+1:]))
		if len(f) > 12 {
			u, _ := strconv.Atoi(f[11])
			s, _ := strconv.Atoi(f[12])
			cpu = time.Duration(u+s) * 10 * time.Millisecond
		}
	}
	return rss, hwm, cpu
}

// shellQuote quotes words for sh.
func shellQuote(words []string) string {
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
	}
	return strings.Join(q, " ")
}

// tmuxQuote quotes s as one argument of a tmux command line.
func tmuxQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, `$`, `\$`).Replace(s) + `"`
}

// readTrace reads the program's start-up trace, if it wrote one: lines
// of Unix nanoseconds and a step's name.
func readTrace(file string, exec time.Time) []shot {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var marks []shot
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		ns, name, ok := strings.Cut(line, " ")
		n, err := strconv.ParseInt(ns, 10, 64)
		if !ok || err != nil {
			continue
		}
		t := time.Unix(0, n)
		marks = append(marks, shot{t: t, at: t.Sub(exec), screen: name})
	}
	return marks
}

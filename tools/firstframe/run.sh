#!/usr/bin/env bash
# firstframe: milliseconds from starting BIN in a new tmux session (120x40)
# until TEXT is on its screen, with empty XDG folders; tmux start included.
# Then the reader's resident memory (VmRSS and its peak VmHWM, MB) and the
# CPU time it has used (user+sys, ms), read from /proc once the frame is
# there: on a loaded machine the CPU time says more than the wall time.
#   tools/firstframe/run.sh BIN TEXT [ARGS...]   e.g. ... /tmp/nr articles --db x.db
# prints: ms rss_mb hwm_mb cpu_ms
# The older measure, kept to compare with earlier figures: it counts tmux's
# own start-up (~75 ms) and polls every 5 ms; and "articles" is on the
# reader's very first frame ("… articles" while counting), before the list
# or the article. `go run ./tools/firstframe` times from the exec instead
# and waits for texts only the full frame holds (see its doc comment).
bin=$1; text=$2; shift 2
export XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d)
sock=$(mktemp -u /tmp/firstframe.XXXXXX)
start=$(date +%s%N)
tmux -S $sock new-session -d -x 120 -y 40 "exec $bin $*"
while ! tmux -S $sock capture-pane -p 2>/dev/null | grep -q "$text"; do sleep 0.005; done
end=$(date +%s%N)
pid=$(tmux -S $sock list-panes -F '#{pane_pid}')
rss=$(awk '/^VmRSS/ {printf "%.1f", $2/1024}' /proc/$pid/status)
hwm=$(awk '/^VmHWM/ {printf "%.1f", $2/1024}' /proc/$pid/status)
# utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks.
cpu=$(awk -v hz=$(getconf CLK_TCK) '{printf "%d", ($14+$15)*1000/hz}' /proc/$pid/stat)
tmux -S $sock kill-server
echo $(( (end-start)/1000000 )) $rss $hwm $cpu

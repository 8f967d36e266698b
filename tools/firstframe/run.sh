#!/usr/bin/env bash
# firstframe: milliseconds from starting BIN in a new tmux session (120x40)
# until TEXT is on its screen, with empty XDG folders; tmux start included.
#   tools/firstframe/run.sh BIN TEXT [ARGS...]   e.g. ... /tmp/nr articles --db x.db
bin=$1; text=$2; shift 2
export XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_STATE_HOME=$(mktemp -d)
sock=$(mktemp -u /tmp/firstframe.XXXXXX)
start=$(date +%s%N)
tmux -S $sock new-session -d -x 120 -y 40 "$bin $*"
while ! tmux -S $sock capture-pane -p 2>/dev/null | grep -q "$text"; do sleep 0.005; done
end=$(date +%s%N)
tmux -S $sock kill-server
echo $(( (end-start)/1000000 ))

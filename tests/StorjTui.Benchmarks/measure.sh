#!/usr/bin/env bash
# Whole-process and micro measurements for the README's Performance table. Not a test: run it by hand on a
# quiet machine (it prints the load average with each figure).
#   tests/StorjTui.Benchmarks/measure.sh [all|micro|argon2|derive-rss|first-frame|keystroke|flow-rss|creations]...
# Env: APP (the storj-tui to measure; default the AOT build), RUNS (first-frame runs per build, default 15), CREATIONS (default 200), BUILD=0 to reuse earlier builds.
# Needs: tmux, hyperfine, argon2 (apt-get install tmux hyperfine argon2), /usr/bin/time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
runs=${RUNS:-15}
creations=${CREATIONS:-200}
bench="$repo/tests/StorjTui.Benchmarks/bin/Release/net10.0/StorjTui.Benchmarks"
aot=${APP:-"$repo/artifacts/publish/aot-linux-x64/storj-tui"}
fdd="$repo/src/StorjTui/bin/Release/net10.0/storj-tui"
steps=("$@"); [ ${#steps[@]} -eq 0 ] && steps=(all)

load() { cut -d' ' -f1-3 /proc/loadavg; }
say() { printf '%s  [load %s]\n' "$*" "$(load)"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
wants() { for s in "${steps[@]}"; do [ "$s" = all ] || [ "$s" = "$1" ] && return 0; done; return 1; }

if [ "${BUILD:-1}" = 1 ]; then
  dotnet build tests/StorjTui.Benchmarks -c Release -nologo -v q >/dev/null
  dotnet build src/StorjTui -c Release -nologo -v q >/dev/null
  if wants first-frame || wants flow-rss || wants creations; then scripts/publish.sh aot >/dev/null; fi
fi
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"

if wants micro; then
  # BenchmarkDotNet: per passphrase, per grant restrict+serialize, per bundle format written, per root key.
  (cd tests/StorjTui.Benchmarks && "$bench" --filter '*' --exporters github >/dev/null)
  cat tests/StorjTui.Benchmarks/BenchmarkDotNet.Artifacts/results/*-report-github.md
  say "micro benchmarks done"
fi

if wants argon2; then
  # The reference C implementation on the same parameters as Storj's root key (64 MiB = 2^16 KiB, p=8, 32 bytes).
  input=$(mktemp); printf 'benchmark passphrase, not a secret' > "$input"
  # Debian's hyperfine has no --input: feed the file through its shell (whose start it subtracts).
  hyperfine --warmup 3 --runs 20 "argon2 benchmarksalt -id -t 1 -m 16 -p 8 -l 32 -r < $input" 2>&1 | grep -E 'Time|Range'
  rm -f "$input"
  say "argon2 CLI done"
fi

if wants derive-rss; then
  "$bench" derive-rss native 10 | tail -1
  "$bench" derive-rss managed 10 | tail -1
  say "derive-rss done"
fi

# Start → first drawn Connect screen: the pane records the start time just before exec'ing the app, and
# capture-pane is polled (a few ms per poll) until the Connect screen's text shows. 80x24, no --sandbox (with it, the app
# moves on to the project list as soon as the sandbox is up, which can replace the Connect screen between polls).
first_frame() {
  local bin=$1 s=ff$$ d start end
  d=$(mktemp -d)
  tmux new-session -d -s $s -x 80 -y 24 -e HOME="$d" -e XDG_DATA_HOME="$d/data" -e XDG_CONFIG_HOME="$d/config" \
    "date +%s%N > $d/start; exec $bin"
  local until=$(( $(date +%s) + 20 ))
  while :; do
    if tmux capture-pane -p -t $s 2>/dev/null | grep -qF 'Where do you want to create credentials?'; then end=$(date +%s%N); break; fi
    [ "$(date +%s)" -gt $until ] && { echo "first-frame: no Connect screen from $bin" >&2; kill -KILL "$(tmux display -p -t $s '#{pane_pid}')"; tmux kill-session -t $s; return 1; }
  done
  start=$(cat "$d/start")
  # The pane exec'd the app, so the pane's pid is the app's. Killing the session only hangs up its terminal,
  # which leaves the app running (and SIGTERM right after start is not always honoured): SIGKILL it by pid.
  local pid; pid=$(tmux display -p -t $s '#{pane_pid}')
  kill -KILL "$pid" 2>/dev/null || true
  tmux kill-session -t $s 2>/dev/null || true
  rm -rf "$d"
  echo $(( (end - start) / 1000000 ))
}
if wants first-frame; then
  for build in "$aot" "$fdd"; do
    first_frame "$build" >/dev/null  # warm the page cache
    times=$(for _ in $(seq "$runs"); do first_frame "$build"; done)
    say "first frame $(basename "$(dirname "$build")"): median $(echo "$times" | median) ms, min $(echo "$times" | sort -n | head -1), max $(echo "$times" | sort -n | tail -1) ($runs runs)"
  done
fi

if wants keystroke; then
  "$bench" keystroke 200 500
  say "keystroke latency done"
fi

# A full S3 flow on the sandbox with the AOT build, as a person does it: the app in tmux at 80x24 with --sandbox,
# Project -> project passphrase -> Create S3 Credentials -> name -> permissions -> current passphrase (root key
# derivation) -> Confirm -> Created -> Download all. Peak RSS is the kernel's VmHWM of the app before Ctrl-Q.
# Then the same with the command line (`create s3 --sandbox --generate-passphrase`), peak RSS from /usr/bin/time -v.
tui_flow_rss() {
  local d s=rss$$ pid
  d=$(mktemp -d); mkdir -p "$d/work"
  tmux new-session -d -s $s -x 80 -y 24 -c "$d/work" -e HOME="$d" -e XDG_DATA_HOME="$d/data" -e XDG_CONFIG_HOME="$d/config" \
    -e XDG_STATE_HOME="$d/state" -e STORJ_TUI__SANDBOX__S3GATEWAY=http://127.0.0.1:9/ "exec $aot --sandbox"
  wait_for() { local until=$(( $(date +%s) + 60 )); until tmux capture-pane -p -t $s | grep -qF "$1"; do
      [ "$(date +%s)" -gt $until ] && { echo "flow-rss: '$1' did not show" >&2; tmux capture-pane -p -t $s >&2; return 1; }; sleep 0.05; done; }
  keys() { tmux send-keys -t $s "$@"; }
  wait_for 'Choose a project:' && keys Enter && wait_for 'Enter the encryption passphrase of project' \
    && keys -l 'demo passphrase' && keys Enter && wait_for 'Create S3 Credentials' && keys Enter \
    && wait_for 'Create a new access' && keys -l "rss-$RANDOM" && keys Enter && wait_for 'End date' && keys Enter \
    && wait_for 'Use the current passphrase' && keys Enter && wait_for 'Confirm details' && keys Enter \
    && wait_for 'S3 Credentials created' && keys Enter && wait_for 'Storj-S3-Credentials-' && keys M-s && wait_for 'Saved (private, 0600)' \
    || true
  pid=$(tmux display -p -t $s '#{pane_pid}')
  awk '/VmHWM/ {printf "%.1f\n", $2/1024}' "/proc/$pid/status"
  kill -KILL "$pid" 2>/dev/null || true; tmux kill-session -t $s 2>/dev/null || true
  ls "$d"/work/Storj-S3-Credentials-*.txt >/dev/null 2>&1 || echo "flow-rss: no bundle was written" >&2
  rm -rf "$d"
}
if wants flow-rss; then
  say "full S3 flow in the TUI (AOT, tmux 80x24, --sandbox): peak RSS MiB per run: $(for _ in 1 2 3; do tui_flow_rss; done | tr '\n' ' ')"
  d=$(mktemp -d)
  for i in 1 2 3; do
    HOME="$d" XDG_DATA_HOME="$d/data" XDG_CONFIG_HOME="$d/config" XDG_STATE_HOME="$d/state" STORJ_TUI__SANDBOX__S3GATEWAY=http://127.0.0.1:9/ \
      /usr/bin/time -v "$aot" create s3 --sandbox --name "flow-rss-$i" --generate-passphrase --format json --out "$d/out" </dev/null >/dev/null 2>"$d/time" \
      || { echo "flow-rss: create failed:" >&2; cat "$d/time" >&2; break; }
    grep -E 'Maximum resident' "$d/time" | awk '{print $6}'
  done | awk '{printf "%.1f\n", $1/1024}' > "$d/rss"
  say "full S3 flow on the command line (create s3 --sandbox, AOT): peak RSS MiB per run: $(tr '\n' ' ' < "$d/rss")"
  rm -rf "$d"
fi

# 200 creations in a row from the command line against one `storj-tui sandbox serve`; names must all be new.
if wants creations; then
  d=$(mktemp -d); export HOME="$d" XDG_DATA_HOME="$d/data" XDG_CONFIG_HOME="$d/config" XDG_STATE_HOME="$d/state"
  export STORJ_TUI__SANDBOX__S3GATEWAY=http://127.0.0.1:9/
  coproc SERVER { exec "$aot" sandbox serve; }
  url=""; restkey=""
  while read -r line <&"${SERVER[0]}"; do
    case "$line" in
      "Sandbox satellite console and auth service: "*) url=${line##* } ;;
      "Console REST key"*) restkey=${line##* } ;;
      "Press Ctrl+C to stop.") break ;;
    esac
  done
  rss() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$SERVER_PID/status"; }
  printf '%s' "$restkey" | "$aot" login --satellite "$url" --rest-key-stdin >/dev/null
  before=$(rss); failed=0; start=$(date +%s%N)
  for i in $(seq -w 1 "$creations"); do
    "$aot" create s3 --name "bulk-$i" --generate-passphrase --format json --out "$d/out" </dev/null >/dev/null 2>>"$d/errors" || failed=$((failed + 1))
    [ "$i" = "$(printf '%0*d' ${#creations} 100)" ] && middle=$(rss)
  done
  secs=$(( ($(date +%s%N) - start) / 1000000000 ))
  after=$(rss)
  names=$("$aot" access list --json 2>/dev/null | grep -o '"bulk-[0-9]*"' | sort | uniq | wc -l || true)
  say "creations: $creations run, $failed failed, $names distinct bulk-* names listed, ${secs}s; server RSS before ${before} MiB, after 100 ${middle:-?} MiB, after ${after} MiB"
  [ -s "$d/errors" ] && head -5 "$d/errors"
  kill -INT "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$d"
fi

#!/usr/bin/env bash
# Whole-process and micro measurements for the README's Performance table. Not a test: run it by hand on a
# quiet machine (it prints the load average with each figure).
#   tests/StorjTui.Benchmarks/measure.sh [all|micro|argon2|derive-rss|first-frame|first-frame-shares|size|keystroke|flow-rss|creations]...
#   and, not part of `all`: sandbox-cost, (needs valgrind) first-frame-instructions, (one more Native AOT compile) image-report.
# Env: APP (the storj-tui to measure; default the AOT build), TOOL (the `dotnet tool install`ed storj-tui; default: installed
# from artifacts/nupkg into a temporary tool path), BASELINE (an older storj-tui to add to the first-frame rounds), RUNS (first-frame rounds, default 15), CREATIONS (default 200),
# BUILD=0 to reuse earlier builds.
# Needs: tmux, hyperfine, argon2, dialog (apt-get install tmux hyperfine argon2 dialog), /usr/bin/time (apt-get install time),
# perf and python3 for first-frame-shares.
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
named() { for s in "${steps[@]}"; do [ "$s" = "$1" ] && return 0; done; return 1; }

if [ "${BUILD:-1}" = 1 ]; then
  dotnet build tests/StorjTui.Benchmarks -c Release -nologo -v q >/dev/null
  dotnet build src/StorjTui -c Release -nologo -v q >/dev/null
  if wants first-frame || wants size || wants flow-rss || wants creations; then scripts/publish.sh aot >/dev/null; fi
  if [ -z "${TOOL:-}" ] && { wants first-frame || wants size; }; then scripts/publish.sh tool >/dev/null 2>&1; fi
fi
tool=${TOOL:-}
if [ -z "$tool" ] && { wants first-frame || wants size; }; then
  # Installed as a user does, from the packed feed only; NUGET_PACKAGES apart so no older 0.1.0 is taken from the cache.
  tools=$(mktemp -d); trap 'rm -rf "$tools"' EXIT
  NUGET_PACKAGES="$tools/packages" dotnet tool install --tool-path "$tools/bin" --add-source artifacts/nupkg StorjTui >/dev/null
  tool="$tools/bin/storj-tui"
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

# Start → first drawn frame: the pane records the start time just before exec'ing the command, and capture-pane is
# polled (a few ms per poll) until TEXT shows. 80x24, no --sandbox (with it, the app moves on to the project list as
# soon as the sandbox is up, which can replace the Connect screen between polls).   first_frame TEXT COMMAND...
first_frame() {
  local text=$1 s=ff$$ d start end; shift
  d=$(mktemp -d)
  tmux new-session -d -s $s -x 80 -y 24 -e HOME="$d" -e XDG_DATA_HOME="$d/data" -e XDG_CONFIG_HOME="$d/config" \
    "date +%s%N > $d/start; exec $*"
  local until=$(( $(date +%s) + 20 ))
  while :; do
    if tmux capture-pane -p -t $s 2>/dev/null | grep -qF "$text"; then end=$(date +%s%N); break; fi
    [ "$(date +%s)" -gt $until ] && { echo "first-frame: '$text' did not show from $*" >&2; kill -KILL "$(tmux display -p -t $s '#{pane_pid}')"; tmux kill-session -t $s; return 1; }
  done
  start=$(cat "$d/start")
  # The pane exec'd the command, so the pane's pid is its pid. Killing the session only hangs up its terminal,
  # which leaves the app running (and SIGTERM right after start is not always honoured): SIGKILL it by pid.
  local pid; pid=$(tmux display -p -t $s '#{pane_pid}')
  kill -KILL "$pid" 2>/dev/null || true
  tmux kill-session -t $s 2>/dev/null || true
  rm -rf "$d"
  echo $(( (end - start) / 1000000 ))
}
connect='Where do you want to create credentials?'
if wants first-frame; then
  # Interleaved rounds (each round runs every build once, in turn), so a change in machine load hits all alike;
  # `dialog --msgbox` is the reference for a small native full-screen program in the same terminal.
  command -v dialog >/dev/null || { echo "measure: first-frame compares with dialog: apt-get install dialog" >&2; exit 1; }
  names=(aot tool framework-dependent dialog)
  cmds=("$aot" "$tool" "$fdd" "dialog --msgbox 'first frame reference' 7 40")
  texts=("$connect" "$connect" "$connect" "first frame reference")
  if [ -n "${BASELINE:-}" ]; then names+=(baseline); cmds+=("$BASELINE"); texts+=("$connect"); fi
  d=$(mktemp -d); load_before=$(load)
  for i in "${!names[@]}"; do first_frame "${texts[$i]}" "${cmds[$i]}" >/dev/null; done  # warm the page cache
  for _ in $(seq "$runs"); do
    for i in "${!names[@]}"; do first_frame "${texts[$i]}" "${cmds[$i]}" >> "$d/${names[$i]}"; done
  done
  dialog_median=$(median < "$d/dialog")
  for name in "${names[@]}"; do
    m=$(median < "$d/$name")
    printf 'first frame %-20s median %5s ms, min %s, max %s, %s× dialog (%s interleaved rounds)  [load %s before, %s after]\n' \
      "$name:" "$m" "$(sort -n "$d/$name" | head -1)" "$(sort -n "$d/$name" | tail -1)" \
      "$(awk -v a="$m" -v b="$dialog_median" 'BEGIN {printf "%.1f", a / b}')" "$runs" "$load_before" "$(load)"
  done
  rm -rf "$d"
fi

if wants size; then
  bytes() { stat -c %s "$1"; }
  # Two executables: storj-tui, and the sandbox (storj-tui-sandbox, ASP.NET Core) beside it, started only when picked.
  sandbox_exe="$(dirname "$aot")/storj-tui-sandbox"; tool_exe=$(readlink -f "$tool")
  say "binary size: AOT storj-tui $(bytes "$aot") bytes, storj-tui-sandbox $(bytes "$sandbox_exe") bytes; tool-installed storj-tui $(bytes "$tool_exe") bytes, storj-tui-sandbox $(bytes "$(dirname "$tool_exe")/storj-tui-sandbox") bytes; packages: $(for f in artifacts/nupkg/*.nupkg; do printf '%s %s  ' "$(basename "$f")" "$(bytes "$f")"; done)"
  # What the code in the image is made of: symbol sizes from the native symbols, by assembly (the symbol's prefix).
  # The rest of the file is read-only data (metadata, frozen objects, strings) and unwind tables.
  dbg="${aot}.dbg"
  if [ -e "$dbg" ]; then
    nm -S -t d --size-sort "$dbg" | awk '
      { size = $2 + 0; name = $4
        if (name ~ /^(S_P_CoreLib|System_Private)/) key = "System.Private.*"
        else if (name ~ /^Microsoft_AspNetCore/) key = "ASP.NET Core (sandbox host)"
        else if (name ~ /^Microsoft_Extensions/) key = "Microsoft.Extensions.*"
        else if (name ~ /^Microsoft_Net_Http|^System_Net/) key = "System.Net.*"
        else if (name ~ /^System_Text_Json/) key = "System.Text.Json"
        else if (name ~ /^System_Security_Cryptography|^System_Formats_Asn1/) key = "System.Security.Cryptography"
        else if (name ~ /^System_Text_RegularExpressions/) key = "System.Text.RegularExpressions"
        else if (name ~ /^(System_Linq|System_Collections)/) key = "System.Linq/Collections"
        else if (name ~ /^AWSSDK/) key = "AWSSDK"
        else if (name ~ /^Terminal_Gui/) key = "Terminal.Gui"
        else if (name ~ /^NBitcoin/) key = "NBitcoin"
        else if (name ~ /^(storj_tui|StorjTui)/) key = "StorjTui (all four projects)"
        else if (name ~ /^System_CommandLine/) key = "System.CommandLine"
        else if (name ~ /^System_/) key = "other System.*"
        else if (name ~ /^[A-Z][A-Za-z0-9]*_/) key = "other managed"
        else key = "runtime (GC, native libs)"
        sum[key] += size; total += size }
      END { for (k in sum) printf "%8.0f KiB  code of %s\n", sum[k] / 1024, k; printf "%8.0f KiB  code in all\n", total / 1024 }' | sort -rn
  fi
fi

# Where the CPU time to the first frame goes, per start-up step: perf samples the AOT app (10 kHz, call stacks, and its
# writes to find the first drawn row) in tmux at 80x24; first-frame-shares.py sorts each sample into a step.
if wants first-frame-shares; then
  command -v perf >/dev/null || { echo "measure: first-frame-shares needs perf (apt-get install linux-perf)" >&2; exit 1; }
  for _ in 1 2 3; do
    d=$(mktemp -d); s=prof$$
    tmux new-session -d -s $s -x 80 -y 24 -e HOME="$d" -e XDG_DATA_HOME="$d/data" -e XDG_CONFIG_HOME="$d/config" \
      "exec perf record -q -F 10000 -m 16M -g -e cpu-clock -e syscalls:sys_enter_write -o $d/perf.data $aot"
    until=$(( $(date +%s) + 20 ))
    until tmux capture-pane -p -t $s | grep -qF "$connect" || [ "$(date +%s)" -gt $until ]; do sleep 0.05; done
    # perf is the pane's process, the app its only child: stop the app so perf writes its data and exits.
    app=$(pgrep -P "$(tmux display -p -t $s '#{pane_pid}')" || true)
    if [ -n "$app" ]; then kill -INT "$app" 2>/dev/null || true; sleep 1; kill -KILL "$app" 2>/dev/null || true; fi
    tmux kill-session -t $s 2>/dev/null || true
    perf script -i "$d/perf.data" -F comm,pid,tid,time,event,ip,sym,trace 2>/dev/null > "$d/perf.txt"
    # perf sometimes loses the write events of a run (no drawn row to stop at): that run is said and skipped.
    python3 tests/StorjTui.Benchmarks/first-frame-shares.py "$d/perf.txt" 10000 || echo "measure: this perf run is skipped"
    rm -rf "$d"
  done
  say "first-frame shares done"
fi

# Instructions to the first frame, a count that machine load does not change (the CPU ms above do): callgrind runs the
# AOT app in tmux at 80x24 and dumps its counts when Terminal.Gui's first LayoutAndDraw returns, which has drawn the
# Connect screen; then the same for `--version`. valgrind 3.19 cannot read the DWARF 5 in storj-tui.dbg, so it runs a
# copy of the app whose debug link names a symbols-only copy of it.
if named first-frame-instructions; then
  command -v valgrind >/dev/null || { echo "measure: first-frame-instructions needs valgrind (apt-get install valgrind)" >&2; exit 1; }
  d=$(mktemp -d); s=cg$$
  objcopy --strip-debug "$aot.dbg" "$d/storj-tui.dbg"
  objcopy --remove-section=.gnu_debuglink "$aot" "$d/storj-tui"
  (cd "$d" && objcopy --add-gnu-debuglink=storj-tui.dbg storj-tui)
  for _ in 1 2 3; do
    rm -f "$d"/cg.out*
    tmux new-session -d -s $s -x 80 -y 24 -e HOME="$d" -e XDG_DATA_HOME="$d/data" -e XDG_CONFIG_HOME="$d/config" \
      "exec valgrind -q --tool=callgrind --callgrind-out-file=$d/cg.out --dump-after='*ApplicationImpl__LayoutAndDraw' $d/storj-tui"
    until=$(( $(date +%s) + 120 ))
    until grep -qs '^totals:' "$d/cg.out.1" || [ "$(date +%s)" -gt $until ]; do sleep 0.2; done
    kill -KILL "$(tmux display -p -t $s '#{pane_pid}')" 2>/dev/null || true
    tmux kill-session -t $s 2>/dev/null || true
    say "instructions to the first frame (AOT, callgrind): $(awk '/^totals:/ {print $2}' "$d/cg.out.1" 2>/dev/null || echo none)"
  done
  valgrind -q --tool=callgrind --callgrind-out-file="$d/version.out" "$d/storj-tui" --version >/dev/null 2>&1
  say "instructions for storj-tui --version (AOT, callgrind): $(awk '/^totals:/ {print $2}' "$d/version.out")"
  rm -rf "$d"
fi

# What the built-in sandbox costs: it is its own executable (storj-tui-sandbox, beside storj-tui), which storj-tui's
# native image does not contain; its size is the cost, paid only by whoever picks the sandbox.
if named sandbox-cost; then
  sandbox_exe="$(dirname "$aot")/storj-tui-sandbox"
  [ -e "$sandbox_exe" ] || scripts/publish.sh aot >/dev/null
  say "the sandbox: storj-tui-sandbox $(stat -c %s "$sandbox_exe") B, outside the AOT storj-tui ($(stat -c %s "$aot") B)"
fi

# What the native image is made of (code and data, per assembly) from ILC's own map; not part of `all` (one more Native
# AOT compile, with -p:IlcGenerateMapFile=true and -p:IlcGenerateDgmlFile=true). Env: TOP (rows, default 25),
# WHY (a regular expression over node names: also prints why the first nodes matching it are kept; why-kept.py).
if named image-report; then
  native=src/StorjTui/obj/Release/net10.0/linux-x64/native; out=$(mktemp -d)
  linker=(); command -v clang >/dev/null 2>&1 || linker=(-p:CppCompilerAndLinker=gcc)
  dotnet publish src/StorjTui -c Release -r linux-x64 -nologo -o "$out" -p:PublishAot=true "${linker[@]}" \
    -p:IlcGenerateMapFile=true -p:IlcGenerateDgmlFile=true >/dev/null
  python3 tests/StorjTui.Benchmarks/image-report.py "$native" "$out/storj-tui" --top "${TOP:-25}"
  if [ -n "${WHY:-}" ]; then python3 tests/StorjTui.Benchmarks/why-kept.py "$native/storj-tui.scan.dgml.xml" "$WHY" --max 3; fi
  rm -rf "$out"
  say "image report done"
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

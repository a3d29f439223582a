#!/usr/bin/env bash
# The README's test command: installs what the integration tests need (when run as root and something
# is missing), starts nothing by hand (tests start their own services from tests/scripts), runs every test
# project, and ends with one line "N passed, N failed[, N skipped]" counted from the TRX files.
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

# Debian packages the integration tests drive. Command name → package.
declare -A needed=(
  [tmux]=tmux
  [aha]=aha
  [rclone]=rclone
  [s3cmd]=s3cmd
  [restic]=restic
  [s3fs]=s3fs
  [radosgw]=radosgw
  [ceph-mon]=ceph-mon
  [ceph-osd]=ceph-osd
  [radosgw-admin]=ceph-common
  [curl]=curl
  [setpriv]=util-linux
)
missing=()
for cmd in "${!needed[@]}"; do
  command -v "$cmd" >/dev/null 2>&1 || missing+=("${needed[$cmd]}")
done
# libargon2.so.1 (the fast key derivation) is a library, not a command.
[ -e /usr/lib/x86_64-linux-gnu/libargon2.so.1 ] || ldconfig -p 2>/dev/null | grep -q 'libargon2.so.1 ' || missing+=(libargon2-1)
# PyYAML (the Kubernetes Secret export is read by a real YAML parser) is a Python module, not a command.
{ python3 -c 'import yaml' || /usr/bin/python3 -c 'import yaml'; } >/dev/null 2>&1 || missing+=(python3-yaml)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "run-all: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null 2>&1 || true
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 \
      || echo "run-all: could not install some of: ${missing[*]}" >&2
  else
    echo "run-all: missing ${missing[*]} (run as root to install); integration tests that need them will skip (fail with CI=true)" >&2
  fi
fi

# aws CLI >= 1.29 from pip when missing (Debian's awscli 2.9 ignores endpoint_url, so it is never used).
if ! command -v aws >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
  echo "run-all: installing awscli (pip, --user)" >&2
  python3 -m pip install -q --user 'awscli>=1.29,<2' >/dev/null 2>&1 \
    || python3 -m pip install -q --user --break-system-packages 'awscli>=1.29,<2' >/dev/null 2>&1 \
    || echo "run-all: could not install awscli from pip" >&2
  export PATH="$HOME/.local/bin:$PATH"
fi

results="$repo/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

dotnet build StorjTui.sln -c Release -nologo -v q 2>&1 | grep -E "error|Build succeeded|FAILED" >&2
build_rc=${PIPESTATUS[0]}
if [ "$build_rc" -ne 0 ]; then
  echo "run-all: build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# Test projects one at a time: the machine has two cores and some tests start real servers.
for proj in tests/*/*.csproj; do
  name=$(basename "$proj" .csproj)
  case "$name" in *Benchmarks*) continue;; esac
  echo "run-all: $name" >&2
  # tests/Directory.Build.props gives every test a hang limit; a hung test stops the run and is named.
  dotnet test "$proj" -c Release --no-build -nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 \
    | grep -vE "^\s*$" | grep -E -A1 "Passed!|Failed!|Failed |error|Skipped |Test Run Aborted|test running when the crash occurred" \
    | grep -vE "^--$|^This test may" >&2
done

# Count from the TRX files, not from console text.
read -r passed failed skipped total < <(
  for f in "$results"/*.trx; do
    [ -e "$f" ] || continue
    # A run stopped by the hang limit (or a crash) ends with outcome="Failed" or "Aborted" but no failed test in
    # its counters: count it as one failure.
    counters=$(grep -o '<Counters [^>]*>' "$f")
    if grep -qE '<ResultSummary outcome="(Failed|Aborted|Error|Timeout)"' "$f" \
      && ! echo "$counters" | grep -qE ' (failed|error|timeout|aborted)="[1-9]'; then
      counters="$counters aborted=\"1\""
    fi
    echo "$counters"
  done | awk '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/[^0-9]/, "", kv[2]); c[kv[1]] += kv[2] } }
    END { printf "%d %d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["notExecuted"], c["total"] }')
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}; total=${total:-0}
# A test host that crashed writes no counters for its tests: count missing TRX files as failures.
expected=$(ls tests/*/*.csproj | grep -vc Benchmarks)
got=$(ls "$results"/*.trx 2>/dev/null | wc -l)
[ "$got" -lt "$expected" ] && failed=$((failed + expected - got))

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

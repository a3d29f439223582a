#!/usr/bin/env bash
# Renders every screen of the app to screenshots/*.png from real renders:
# the screen tour test drives the app on the in-process sandbox at 80x24 and saves each frame as ANSI,
# then aha turns ANSI into HTML and headless Chromium photographs it (DejaVu Sans Mono).
# Needs: dotnet, aha, chromium (apt-get install aha chromium fonts-dejavu-core).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
for tool in dotnet aha chromium; do
  command -v "$tool" >/dev/null || { echo "make.sh: $tool is not installed" >&2; exit 1; }
done

frames="$(mktemp -d)"
trap 'rm -rf "$frames"' EXIT

SCREENSHOTS_DIR="$frames" DisableRealDriverIO=1 \
  dotnet test "$repo/tests/StorjTui.Tests" --filter "FullyQualifiedName~ScreenTourTests" --nologo | grep -E "Passed!|Failed|error" >&2

# Two looks from the real app in tmux at 80x24 (the tour draws in colour with Unicode glyphs):
# NO_COLOR on Access encryption, and --ascii on Permissions. Each runs on a throw-away sandbox state folder.
app="$repo/tests/StorjTui.Tests/bin/Debug/net10.0/storj-tui.dll"
tmux_frame() { # name, keys to reach the screen (tmux key names; "W" waits), extra environment, app options
  local name="$1" keys="$2" environment="$3" options="$4"
  local home="$frames/home-$name" socket="storjtui-shots-$$"
  mkdir -p "$home"
  tmux -L "$socket" new-session -d -s shot -x 80 -y 24 \
    "env -u COLORTERM HOME=$home XDG_CONFIG_HOME=$home/config XDG_STATE_HOME=$home/state XDG_DATA_HOME=$home/data TERM=xterm-256color $environment dotnet $app --sandbox $options; sleep 60"
  sleep 6
  for key in $keys; do
    if [ "$key" = W ]; then sleep 4; else tmux -L "$socket" send-keys -t shot "$key"; sleep 0.3; fi
  done
  sleep 2
  tmux -L "$socket" capture-pane -e -p -t shot >"$frames/$name.ans"
  tmux -L "$socket" kill-server
}
if command -v tmux >/dev/null; then
  to_name="Enter W Enter W d e m o Space p a s s p h r a s e Enter W Enter W b a c k u p Enter W"
  tmux_frame 19-no-color-access-encryption "$to_name Enter W" NO_COLOR=1 ""
  tmux_frame 20-ascii-permissions "$to_name" "" --ascii
fi

for ansi in "$frames"/*.ans; do
  name="$(basename "$ansi" .ans)"
  html="$frames/$name.html"
  {
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
    printf 'html,body{margin:0;padding:0;background:#1e1e1e;}'
    printf 'pre{margin:0;padding:8px;font-family:"DejaVu Sans Mono",monospace;font-size:15px;line-height:18px;color:#d4d4d4;background:#1e1e1e;}'
    printf '</style></head><body><pre>'
    # aha converts the SGR colours; keep only the <pre> body it produces.
    aha --no-header <"$ansi"
    printf '</pre></body></html>'
  } >"$html"
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --window-size=740,450 --screenshot="$here/$name.png" "file://$html" >/dev/null 2>&1
  echo "screenshots/$name.png"
done

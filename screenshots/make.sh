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

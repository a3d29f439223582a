#!/usr/bin/env bash
# Builds storj-tui for Linux servers. Usage: scripts/publish.sh [aot|single-file|tool] [RID]
#   aot          Native AOT: one self-contained native executable, fastest start (the shipped build).
#                Needs clang, or gcc (used when clang is missing); zlib headers are not needed.
#   single-file  self-contained single-file .NET app (ReadyToRun), for when no C toolchain is at hand.
#   tool         a NuGet package for `dotnet tool install` (needs .NET 10 on the target).
# RID defaults to linux-x64. Output: artifacts/publish/<mode>-<rid>/ (the tool: artifacts/nupkg/).
# Trim/AOT warnings fail the build (warnings are errors), so a clean run means no trim/AOT warnings.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-aot}
rid=${2:-linux-x64}
out="artifacts/publish/$mode-$rid"

case "$mode" in
  aot)
    linker=()
    if ! command -v clang >/dev/null 2>&1; then
      command -v gcc >/dev/null 2>&1 || { echo "publish: Native AOT needs clang or gcc (apt-get install clang)" >&2; exit 1; }
      linker=(-p:CppCompilerAndLinker=gcc)
    fi
    rm -rf "$out"
    dotnet publish src/StorjTui -c Release -r "$rid" -nologo -o "$out" \
      -p:PublishAot=true "${linker[@]}"
    ;;
  single-file)
    rm -rf "$out"
    dotnet publish src/StorjTui -c Release -r "$rid" -nologo -o "$out" \
      --self-contained -p:PublishSingleFile=true -p:PublishReadyToRun=true \
      -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none
    ;;
  tool)
    out=artifacts/nupkg
    dotnet pack src/StorjTui -c Release -nologo -o "$out"
    echo "publish: install with: dotnet tool install --tool-path DIR --add-source $out StorjTui" >&2
    ls -l "$out"/*.nupkg
    exit 0
    ;;
  *)
    echo "usage: scripts/publish.sh [aot|single-file|tool] [RID]" >&2
    exit 2
    ;;
esac
# Debug symbols stay beside the build (storj-tui.dbg); the executable is what you copy to a server.
ls -l "$out/storj-tui"

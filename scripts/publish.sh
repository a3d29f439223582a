#!/usr/bin/env bash
# Builds storj-tui for Linux servers. Usage: scripts/publish.sh [aot|single-file|tool] [RID]
#   aot          Native AOT: two self-contained native executables, fastest start (the shipped build): storj-tui, and
#                storj-tui-sandbox beside it, the built-in sandbox (ASP.NET Core), which storj-tui starts only when
#                the sandbox is picked, so the app's own image stays small. Copy both to a server.
#                Needs clang, or gcc (used when clang is missing); zlib headers are not needed.
#   single-file  self-contained single-file .NET app (ReadyToRun), for when no C toolchain is at hand (sandbox inside).
#   tool         the `dotnet tool` packages: StorjTui (points at the others), StorjTui.<RID> (Native AOT, the two
#                native executables) and StorjTui.any (framework-dependent, sandbox inside, for every other platform;
#                needs .NET 10).
#                `dotnet tool install --add-source FEED StorjTui` picks the native one on <RID>.
# RID defaults to linux-x64. Output: artifacts/publish/<mode>-<rid>/ (the tool: $TOOL_FEED, default artifacts/nupkg/;
# it builds under $TOOL_BUILD, default artifacts/tool-build/, apart from bin/ and obj/, so running tests are not disturbed).
# Trim/AOT warnings fail the build (warnings are errors), so a clean run means no trim/AOT warnings.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-aot}
rid=${2:-linux-x64}
out="artifacts/publish/$mode-$rid"

# Native AOT links with clang, or with gcc when clang is missing.
linker=()
if [ "$mode" = aot ] || [ "$mode" = tool ]; then
  if ! command -v clang >/dev/null 2>&1; then
    command -v gcc >/dev/null 2>&1 || { echo "publish: Native AOT needs clang or gcc (apt-get install clang)" >&2; exit 1; }
    linker=(-p:CppCompilerAndLinker=gcc)
  fi
fi

case "$mode" in
  aot)
    rm -rf "$out"
    dotnet publish src/StorjTui -c Release -r "$rid" -nologo -o "$out" \
      -p:PublishAot=true "${linker[@]}"
    ;;
  single-file)
    rm -rf "$out"
    dotnet publish src/StorjTui -c Release -r "$rid" -nologo -o "$out" \
      --self-contained -p:PublishAot=false -p:PublishSingleFile=true -p:PublishReadyToRun=true \
      -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none
    ;;
  tool)
    out=${TOOL_FEED:-artifacts/nupkg}
    work=${TOOL_BUILD:-artifacts/tool-build}
    build=(-c Release -nologo -o "$out" --artifacts-path "$work")
    rm -rf "$out" "$work"
    # The pointer package first (no RID: it lists the RID packages), then the AOT one, then the fallback.
    dotnet pack src/StorjTui "${build[@]}"
    # Without storj-tui.dbg (56 MB of native symbols): users install the executables only (StorjTui.csproj adds storj-tui-sandbox).
    dotnet pack src/StorjTui "${build[@]}" -r "$rid" "${linker[@]}" -p:CopyOutputSymbolsToPublishDirectory=false
    dotnet pack src/StorjTui "${build[@]}" -r any -p:PublishAot=false
    echo "publish: install with: dotnet tool install --tool-path DIR --add-source $out StorjTui" >&2
    ls -l "$out"/*.nupkg
    exit 0
    ;;
  *)
    echo "usage: scripts/publish.sh [aot|single-file|tool] [RID]" >&2
    exit 2
    ;;
esac
# Debug symbols stay beside the build (storj-tui.dbg); the executables are what you copy to a server.
ls -l "$out/storj-tui"
if [ "$mode" = aot ]; then ls -l "$out/storj-tui-sandbox"; fi

#!/usr/bin/env python3
"""Where the CPU time to the first drawn frame goes, from `perf script` output of one AOT start (measure.sh first-frame-shares).

Usage: first-frame-shares.py PERF_SCRIPT_OUTPUT [SAMPLE_HZ]. Input: perf script -F comm,tid,time,event,ip,sym,trace of a `perf record -g -e cpu-clock -e syscalls:sys_enter_write`
run. The first frame is the first write of 80 bytes or more (a whole screen row); samples after it are ignored.
Each sample counts once, for the first step below whose frames it has on its stack (the order matters: the app's
action runs inside System.CommandLine's invocation, and the screens are built inside it).
"""
import collections
import re
import sys

STEPS = [
    ("Terminal.Gui Run: first layout and draw", r"ApplicationImpl__Run|ApplicationImpl__LayoutAndDraw"),
    ("Terminal.Gui Init: driver, terminal set-up, clipboard probe (fork)", r"ApplicationImpl__Init"),
    ("app: presenter, navigation state machine, Connect screen", r"StorjTui_Screens_(TuiSession|AppPresenter|AppShell|ConnectScreen)"),
    ("app: configuration, paths, look, connections", r"AppConfiguration|AppPaths|TuiDefaults|TerminalLook|AppConnections"),
    ("app: command line (System.CommandLine)", r"System_CommandLine|StorjTui_Cli_"),
    ("Terminal.Gui module initialiser (before Main)", r"Terminal_Gui.*ModuleInitializer"),
    ("runtime: rehydrating the image's data", r"StartupCodeHelpers__Rehydrate"),
    ("runtime: other start-up (loader, GC, static constructors)", r"."),
]


def main(path: str, frequency: int) -> None:
    samples, first, current = [], None, None
    for line in open(path, encoding="utf-8", errors="replace"):
        head = re.match(r"\s*(\S+)\s+(\d+)\s+([\d.]+):\s+(\S+):", line) if not line.startswith("\t") else None
        if head is None:
            if current is not None:
                current[3].append(line.strip())
            continue
        comm, tid, time, event = head.group(1), head.group(2), float(head.group(3)), head.group(4)
        current = None
        if event.startswith("syscalls"):
            count = re.search(r"count: 0x([0-9a-f]+)", line)
            if first is None and count and int(count.group(1), 16) >= 80:
                first = time
            continue
        current = (time, comm, tid, [])
        samples.append(current)
    samples = [(time, comm, tid, " ".join(frames)) for time, comm, tid, frames in samples]
    if not samples or first is None:
        sys.exit("first-frame-shares: no samples or no drawn row in the profile")
    main_tid = samples[0][2]
    shares = collections.Counter()
    page_faults = gc_alloc = 0
    for time, comm, tid, stack in samples:
        if time > first:
            continue
        if comm != "storj-tui":
            step = "child process (bash -c 'which xclip')"
        elif tid != main_tid:
            step = "other threads"
        else:
            step = next(name for name, pattern in STEPS if re.search(pattern, stack))
        shares[step] += 1
        page_faults += "page_fault" in stack
        gc_alloc += "GCHeap::Alloc" in stack
    total = sum(shares.values())
    print(f"first drawn row {1000 * (first - samples[0][0]):.0f} ms after exec (wall, under perf); "
          f"{total} samples to it = {1000 * total / frequency:.0f} ms CPU")
    for step, count in shares.most_common():
        print(f"  {100 * count / total:5.1f} %  {step}")
    print(f"  of all: page faults {100 * page_faults / total:.1f} %, allocation including GC {100 * gc_alloc / total:.1f} %")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000)

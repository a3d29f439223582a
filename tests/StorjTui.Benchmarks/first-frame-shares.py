#!/usr/bin/env python3
"""Where the CPU time to the first drawn frame goes, from `perf script` output of one AOT start (measure.sh first-frame-shares).

Usage: first-frame-shares.py PERF_SCRIPT_OUTPUT [SAMPLE_HZ]. Input: perf script -F comm,pid,tid,time,event,ip,sym,trace of a
`perf record -g -e cpu-clock -e syscalls:sys_enter_write` run (-F comm,tid,... without pid also reads). The first frame is the
first write of 80 bytes or more (a whole screen row); samples after it are ignored.
Each sample counts once, for the first step below whose frames it has on its stack. The order matters: the whole
full-screen app runs inside System.CommandLine's invocation of the root command's action (TuiApp.Run), the session
(TuiSession) builds the router, the navigation flow and the Connect screen inside TuiApp.Run, and Terminal.Gui's
first layout and draw call back into the app's views; so the innermost steps come first and the command line last.
"""
import collections
import re
import sys

STEPS = [
    ("Terminal.Gui Run: first layout and draw (with the app's views' layout handlers)",
     r"ApplicationImpl__(Run|Begin|LayoutAndDraw)"),
    ("Terminal.Gui Init: driver, terminal set-up, clipboard probe (fork)", r"ApplicationImpl__Init"),
    ("app: Connect screen (its views, built before the first layout)", r"StorjTui_Tui_Screens_"),
    ("app: navigation state machine (Stateless configuration)", r"StorjTui_Core_Flow_"),
    ("app: session, router, presenters, shell", r"StorjTui_Tui_(Shell|Presenters)_"),
    ("app: configuration, paths, look, logs, back ends",
     r"StorjTui_Configuration_|StorjTui_Hosting_|StorjTui_Logging_|StorjTui_Tui_Terminal_(TerminalLook|StorjTheme|StartupGate|TerminalSignals)"),
    ("app: TUI start (TuiApp.Run's own code, Terminal.Gui's Application.Create)", r"StorjTui_Tui_Terminal_TuiApp"),
    ("System.CommandLine: command tree, parsing (and the app's command set-up)", r"System_CommandLine|StorjTui_Cli_"),
    ("Terminal.Gui module initialiser (before Main)", r"Terminal_Gui.*ModuleInitializer"),
    ("runtime: rehydrating the image's data", r"StartupCodeHelpers__Rehydrate"),
    ("runtime: other start-up (loader, GC, static constructors)", r"."),
]

# "storj-tui 1234/1234 5.678901: cpu-clock:" (with pid) or "storj-tui 1234 5.678901: ..."; a thread's name may hold spaces
# (".NET SigHandler"), so the name is everything before the last number ahead of the time.
HEAD = re.compile(r"\s*(.+?)\s+(?:(\d+)/)?(\d+)\s+([\d.]+):\s+(\S+):")


def main(path: str, frequency: int) -> None:
    samples, first, current = [], None, None
    for line in open(path, encoding="utf-8", errors="replace"):
        head = HEAD.match(line) if not line.startswith("\t") else None
        if head is None:
            if current is not None:
                current[4].append(line.strip())
            continue
        comm, pid, tid, time, event = head.group(1), head.group(2), head.group(3), float(head.group(4)), head.group(5)
        current = None
        if event.startswith("syscalls"):
            count = re.search(r"count: 0x([0-9a-f]+)", line)
            if first is None and count and int(count.group(1), 16) >= 80:
                first = time
            continue
        current = (time, comm, pid, tid, [])
        samples.append(current)
    samples = [(time, comm, pid, tid, " ".join(frames)) for time, comm, pid, tid, frames in samples]
    if not samples or first is None:
        sys.exit("first-frame-shares: no samples or no drawn row in the profile")
    # The first sample is the app's main thread (perf starts it); its children (bash, which) are other processes.
    _, app_comm, app_pid, main_tid, _ = samples[0]
    shares = collections.Counter()
    page_faults = gc_alloc = 0
    for time, comm, pid, tid, stack in samples:
        if time > first:
            continue
        child = pid != app_pid if app_pid is not None else comm != app_comm and not comm.startswith(".NET")
        if child:
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

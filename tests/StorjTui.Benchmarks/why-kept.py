#!/usr/bin/env python3
"""Why does the Native AOT image keep X? Reads ILC's dependency graph (-p:IlcGenerateDgmlFile=true).

Usage: why-kept.py DGML PATTERN [--in | --entries] [--max N]
  DGML      obj/Release/net10.0/linux-x64/native/storj-tui.codegen.dgml.xml (or .scan.dgml.xml)
  PATTERN   a regular expression over node names (mangled: '.' is '_'), e.g. '^System_Data_Common_'
  default   for the first N nodes matching, the shortest chain from a root of the graph to the node, with the
            reason of each edge: read it from the top (what the app does) down to what it drags in
  --in      the direct incoming edges of each matching node (who needs it, and why)
  --entries the edges that enter the matching set from outside it, summed by the outside node: what roots a
            whole subsystem (cut those and the subsystem goes)
The graph is parsed once and cached beside the DGML (.why.pickle).
"""
import argparse
import collections
import os
import pickle
import re
import sys


def load(dgml):
    cache = dgml + ".why.pickle"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(dgml):
        with open(cache, "rb") as f:
            return pickle.load(f)
    labels, incoming = {}, collections.defaultdict(list)
    node = re.compile(r'<Node Id="(\d+)" Label="([^"]*)"')
    link = re.compile(r'<Link Source="(\d+)" Target="(\d+)" Reason="([^"]*)"')
    with open(dgml, encoding="utf-8-sig") as f:
        for line in f:
            m = node.search(line)
            if m:
                labels[int(m.group(1))] = m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                continue
            m = link.search(line)
            if m:
                incoming[int(m.group(2))].append((int(m.group(1)), m.group(3)))
    data = (labels, dict(incoming))
    with open(cache, "wb") as f:
        pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
    return data


def chain(labels, incoming, target):
    """Shortest path from any root (a node nothing points at) to target, walking the edges backwards."""
    seen = {target: None}
    queue = collections.deque([target])
    while queue:
        n = queue.popleft()
        sources = incoming.get(n, [])
        if not sources:
            path = []
            while n is not None:
                nxt = seen[n]
                path.append((n, nxt[1] if nxt else ""))
                n = nxt[0] if nxt else None
            return path
        for s, reason in sources:
            if s not in seen:
                seen[s] = (n, reason)
                queue.append(s)
    return []


def main(argv):
    parser = argparse.ArgumentParser(description="Why does the Native AOT image keep X?")
    parser.add_argument("dgml", help="storj-tui.scan.dgml.xml (or .codegen.dgml.xml) from -p:IlcGenerateDgmlFile=true")
    parser.add_argument("pattern", help="a regular expression over node names (mangled: '.' is '_')")
    parser.add_argument("--in", dest="incoming", action="store_true", help="direct incoming edges of each match")
    parser.add_argument("--entries", action="store_true", help="edges entering the matching set, by outside node")
    parser.add_argument("--max", type=int, default=5, help="matches (or entries) to print")
    a = parser.parse_args(argv)
    dgml, pattern, limit = a.dgml, re.compile(a.pattern), a.max
    labels, incoming = load(dgml)
    matching = {i for i, l in labels.items() if pattern.search(l)}
    print(f"{len(matching)} nodes match {pattern.pattern!r}")
    if a.incoming:
        for t in sorted(matching)[:limit]:
            print("\n" + labels[t])
            for s, reason in incoming.get(t, [])[:40]:
                print(f"   <- {labels[s][:170]}   [{reason}]")
        return
    if a.entries:
        by_source = collections.Counter()
        reasons = {}
        for t in matching:
            for s, reason in incoming.get(t, []):
                if s not in matching:
                    by_source[s] += 1
                    reasons.setdefault(s, (reason, t))
        for s, n in by_source.most_common(limit):
            reason, t = reasons[s]
            print(f"{n:5d}  {labels[s][:150]}\n         -> {labels[t][:140]}  ({reason})")
        return
    for t in sorted(matching)[:limit]:
        print("\n" + labels[t])
        for n, reason in chain(labels, incoming, t):
            print(f"   <- {labels[n][:170]}" + (f"   [{reason}]" if reason else ""))


if __name__ == "__main__":
    main(sys.argv[1:])

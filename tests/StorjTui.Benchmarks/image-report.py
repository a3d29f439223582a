#!/usr/bin/env python3
"""What the Native AOT image is made of, from ILC's own map (-p:IlcGenerateMapFile=true).

Usage: image-report.py NATIVE_DIR [BINARY] [--depth N] [--top N] [--grep TEXT]
  NATIVE_DIR  obj/Release/net10.0/linux-x64/native (holds storj-tui.map.xml and storj-tui.ilc.rsp)
  BINARY      the published executable: its sections are listed, and the unwind tables (.eh_frame*), which the
              map does not list, are shared out by method count (an estimate, marked so)
  --depth N   namespace depth after the assembly (0 = per assembly only; default 0)
  --grep TEXT list the largest nodes whose name holds TEXT (mangled names: '.' is '_')

Every node of the map has a mangled name and a length. A node is charged to the assembly that causes it: the first
assembly named in it other than System.Private.CoreLib (so List<Terminal.Gui.View> counts as Terminal.Gui), else the
first one. MethodTables and generic dictionaries are stored dehydrated: their lengths are scaled to the
__dehydrated_data blob the file really holds. Blobs without an owner (metadata, frozen objects, hash tables) are
listed apart as "shared tables".
"""
import argparse
import collections
import os
import re
import subprocess
import sys

# Kinds kept in the .hydrated section at run time and stored compressed in __dehydrated_data.
HYDRATED = {"ConstructedEEType", "EEType", "MetadataEEType", "ReflectionVisibleGenericDefinitionEEType",
            "ReflectionInvisibleGenericDefinitionEEType", "CanonicalDefinitionEEType", "CanonicalEEType",
            "NecessaryCanonicalEEType", "TypeGenericDictionary", "MethodGenericDictionary", "InterfaceDispatchMap",
            "SealedVTable", "GenericComposition", "GenericVariance", "FatFunctionPointer", "InterfaceDispatchCellSection",
            "ArrayOfEmbeddedPointers"}
KIND = {"MethodCode": "code", "UnboxingStub": "code", "ReadyToRunHelper": "code", "ReadyToRunGenericLookupFromType": "code",
        "ReadyToRunGenericLookupFromDictionary": "code", "AddressTakenMethod": "code",
        "GCInfo": "gc/eh info", "MethodExceptionHandlingInfo": "gc/eh info", "MethodAssociatedData": "gc/eh info",
        "MethodReadOnlyData": "method data", "FieldRvaData": "static data", "GCStaticsPreInitData": "static data",
        "GCStatics": "static data", "NonGCStatics": "static data", "WritableData": "static data",
        "TypeThreadStaticIndex": "static data"}


LEAD = re.compile(r"^(?:_ZTV\d+|Boxed|__[A-Za-z]+|[a-z0-9_])*$")
# CoreLib's primitive types are mangled without their assembly.
PRIMITIVES = ["String", "Object", "Boolean", "Char", "SByte", "Byte", "Int8", "UInt8", "Int16", "UInt16", "Int32",
              "UInt32", "Int64", "UInt64", "IntPtr", "UIntPtr", "Single", "Double", "Void"]


def mangle(assembly):
    if assembly.startswith("System.Private."):
        assembly = "S_P_" + assembly[len("System.Private."):]
    return re.sub(r"[^A-Za-z0-9_]", "_", assembly)


def assemblies(native):
    rsp = [f for f in os.listdir(native) if f.endswith(".ilc.rsp")]
    names = {}
    if rsp:
        for line in open(os.path.join(native, rsp[0]), encoding="utf-8"):
            line = line.strip()
            if line.startswith("-r:") or line.endswith(".dll") and not line.startswith("-"):
                name = os.path.basename(line[3:] if line.startswith("-r:") else line)[:-4]
                names[mangle(name)] = name
    names.update({p: "System.Private.CoreLib" for p in PRIMITIVES})
    return names


def main(argv):
    parser = argparse.ArgumentParser(description="What the Native AOT image is made of, from ILC's map.")
    parser.add_argument("native", help="the native/ folder beside ILC's outputs (storj-tui.map.xml, storj-tui.ilc.rsp)")
    parser.add_argument("binary", nargs="?", help="the published executable (sections, unwind tables)")
    parser.add_argument("--depth", type=int, default=0, help="namespace depth after the assembly (0: per assembly)")
    parser.add_argument("--top", type=int, default=40, help="rows to print")
    parser.add_argument("--grep", help="also list the largest nodes whose name holds this text")
    a = parser.parse_args(argv)
    native, binary, depth, top, grep = a.native, a.binary, a.depth, a.top, a.grep
    mapfile = [f for f in os.listdir(native) if f.endswith(".map.xml")][0]
    names = assemblies(native)
    prefixes = sorted(names, key=len, reverse=True)
    # One regex finds every assembly prefix standing at a name boundary.
    finder = re.compile(r"(?<![A-Za-z])(" + "|".join(map(re.escape, prefixes)) + r")_(?!__Canon)")

    nodes = []
    for m in re.finditer(r'<(\w+) Name="([^"]*)" Length="(\d+)"', open(os.path.join(native, mapfile), encoding="utf-8").read()):
        nodes.append((m.group(1), m.group(2).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), int(m.group(3))))
    dehydrated = sum(n for k, _, n in nodes if k == "DehydratedData")
    hydrated = sum(n for k, _, n in nodes if k in HYDRATED)
    scale = dehydrated / hydrated if hydrated else 1.0

    def owner(name):
        # An assembly prefix counts only where a type name starts: at the beginning (after lower-case decorations
        # such as __ehinfo_, unbox_, _ZTV37) or after <, >, comma or space of a generic instantiation.
        hits = [(m.start(), m.group(1), m.end()) for m in finder.finditer(name)
                if LEAD.match(re.split(r"[<>, ]", name[:m.start()])[-1])]
        if not hits:
            return None, None
        pick = next((h for h in hits if names[h[1]] != "System.Private.CoreLib"), hits[0])
        asm = names[pick[1]]
        if depth:
            rest = re.split(r"_+", name[pick[2]:])
            ns = [t for t in rest[:depth] if re.match(r"^[A-Z][A-Za-z0-9]*$", t)]
            asm += " : " + ".".join(ns)
        return asm, pick

    by_owner = collections.defaultdict(collections.Counter)
    methods = collections.Counter()
    shared = collections.Counter()
    biggest = []
    for kind, name, size in nodes:
        if kind == "DehydratedData":
            continue
        if kind in HYDRATED:
            size = size * scale; cat = "types (MethodTables, dictionaries)"
        else:
            cat = KIND.get(kind, "other")
        asm, _ = owner(name)
        if asm is None:
            shared[f"{kind} {name}" if size > 20000 else f"{kind} (small, unnamed)"] += size
            continue
        by_owner[asm][cat] += size
        if kind == "MethodCode":
            methods[asm] += 1
        if grep and grep.lower() in name.lower():
            biggest.append((size, kind, name))

    sections = {}
    if binary:
        out = subprocess.run(["readelf", "-SW", binary], capture_output=True, text=True).stdout
        for m in re.finditer(r"\]\s+(\S+)\s+(\w+)\s+[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)", out):
            if m.group(2) != "NOBITS":
                sections[m.group(1)] = int(m.group(3), 16)
        unwind = sections.get(".eh_frame", 0) + sections.get(".eh_frame_hdr", 0)
        total_methods = sum(methods.values()) or 1
        for asm, n in methods.items():
            by_owner[asm]["unwind (est.)"] += unwind * n / total_methods
        print(f"file {os.path.getsize(binary):,} B; sections: " +
              ", ".join(f"{k} {v:,}" for k, v in sorted(sections.items(), key=lambda kv: -kv[1]) if v > 50000))
    cats = ["code", "gc/eh info", "types (MethodTables, dictionaries)", "static data", "method data", "unwind (est.)", "other"]
    print(f"\n{'total B':>11} " + " ".join(f"{c.split(' ')[0][:9]:>9}" for c in cats) + "  assembly")
    rows = sorted(by_owner.items(), key=lambda kv: -sum(kv[1].values()))
    attributed = 0
    for asm, c in rows[:top]:
        t = sum(c.values()); attributed += t
        print(f"{t:11,.0f} " + " ".join(f"{c[k]:9,.0f}" for k in cats) + f"  {asm}")
    rest = sum(sum(c.values()) for _, c in rows[top:])
    print(f"{rest:11,.0f}  ({len(rows) - top if len(rows) > top else 0} more)")
    print(f"{attributed + rest:11,.0f}  attributed to assemblies")
    print("\nshared tables (no single owner):")
    for k, v in shared.most_common(15):
        print(f"{v:11,.0f}  {k}")
    print(f"{sum(shared.values()):11,.0f}  shared in all")
    if grep:
        print(f"\nlargest nodes matching {grep!r}: {sum(s for s, _, _ in biggest):,.0f} B in {len(biggest)} nodes")
        for size, kind, name in sorted(biggest, reverse=True)[:top]:
            print(f"{size:9,.0f}  {kind:20} {name[:160]}")


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Checks that zhifa's #includes point down the layers of docs/layers.json.

Every C++ file under lib/, include/, apps/ and python/src/ must belong to a layer of the table,
and may include only files of its own layer or of a lower one. An include is resolved as the
compiler would: "zhifa/..." against include/, then beside the including file, then against
lib/ (the library's private include folder). Angle-bracket includes are other projects' and
are not checked.

  check_layers.py                  check the tree; exit 1 on any finding, naming file and line
  check_layers.py --write-doc      rewrite the layer table in docs/architecture.md
  check_layers.py --root DIR       check another tree (its own docs/layers.json)

The layer table of docs/architecture.md is generated from the same file; the check fails when
the two differ.
"""
import argparse
import json
import re
import sys
from pathlib import Path

CHECKED = ("lib/", "include/", "apps/", "python/src/")
SOURCE_SUFFIXES = {".cpp", ".hpp", ".h", ".cc", ".hh", ".ipp", ".inc"}
INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"')
DOC_BEGIN = "<!-- layers: generated from docs/layers.json by scripts/check_layers.py --write-doc -->"
DOC_END = "<!-- end of layers -->"
# Files the build generates into include/ (cmake/version.hpp.in).
GENERATED = {"include/zhifa/version.hpp"}


def load_table(root):
    path = root / "docs" / "layers.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        sys.exit(f"{path}: {e}")
    if doc.get("format") != "zhifa-layers" or doc.get("version") != 1:
        sys.exit(f"{path}: not a zhifa-layers document of version 1")
    layers = doc["layers"]
    owner = {}
    for rank, layer in enumerate(layers):
        for p in layer["paths"]:
            if p in owner:
                sys.exit(f"{path}: '{p}' is in both '{owner[p][1]}' and '{layer['name']}'")
            owner[p] = (rank, layer["name"])
    return layers, owner


def layer_of(rel, owner):
    """(rank, name) of the longest table path that is `rel` or a folder holding it, or None."""
    best = None
    for p, v in owner.items():
        if rel == p or (p.endswith("/") and rel.startswith(p)):
            if best is None or len(p) > len(best[0]):
                best = (p, v)
    return best[1] if best else None


def resolve(root, including, target):
    candidates = []
    if target.startswith("zhifa/"):
        candidates.append(root / "include" / target)
    candidates.append(including.parent / target)
    candidates.append(root / "lib" / target)
    for c in candidates:
        rel = c.resolve().relative_to(root.resolve()).as_posix() if c.exists() else None
        if rel:
            return rel
    if "include/" + target in GENERATED:
        return "include/" + target
    return None


def sources(root):
    for top in CHECKED:
        base = root / top
        if not base.is_dir():
            continue
        for f in sorted(base.rglob("*")):
            if f.is_file() and f.suffix in SOURCE_SUFFIXES:
                yield f


def check(root):
    layers, owner = load_table(root)
    problems = []
    for p in owner:
        if p not in GENERATED and not (root / p).exists():
            problems.append(f"docs/layers.json: '{p}' does not exist")
    files = 0
    for f in sources(root):
        files += 1
        rel = f.relative_to(root).as_posix()
        mine = layer_of(rel, owner)
        if mine is None:
            problems.append(f"{rel}: in no layer of docs/layers.json; add it (or its folder)")
            continue
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            target = resolve(root, f, m.group(1))
            if target is None:
                problems.append(f"{rel}:{n}: #include \"{m.group(1)}\" names no file of the tree")
                continue
            theirs = layer_of(target, owner)
            if theirs is None:
                problems.append(f"{rel}:{n}: #include \"{m.group(1)}\": {target} is in no layer")
            elif theirs[0] > mine[0]:
                problems.append(
                    f"{rel}:{n}: points up: {rel} ({mine[1]}) includes {target} ({theirs[1]})")
    doc = root / "docs" / "architecture.md"
    if doc.exists():
        text = doc.read_text(encoding="utf-8")
        if render_doc(text, layers) != text:
            problems.append("docs/architecture.md: its layer table differs from docs/layers.json; "
                            "run scripts/check_layers.py --write-doc")
    return files, problems


def table(layers):
    rows = ["| layer | holds | headers and folders |", "| --- | --- | --- |"]
    for layer in layers:
        paths = ", ".join(
            f"`{p.removeprefix('include/zhifa/')}`" if p.startswith("include/zhifa/") else f"`{p}`"
            for p in layer["paths"] if p not in GENERATED)
        rows.append(f"| {layer['name']} | {layer['holds']} | {paths} |")
    return "\n".join(rows)


def render_doc(text, layers):
    if DOC_BEGIN not in text or DOC_END not in text:
        return text + ("" if text.endswith("\n") else "\n") + "\n" + DOC_BEGIN + "\n" + \
            table(layers) + "\n" + DOC_END + "\n"
    head, rest = text.split(DOC_BEGIN, 1)
    _, tail = rest.split(DOC_END, 1)
    return head + DOC_BEGIN + "\n" + table(layers) + "\n" + DOC_END + tail


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent)
    ap.add_argument("--write-doc", action="store_true")
    args = ap.parse_args()
    root = args.root
    if args.write_doc:
        layers, _ = load_table(root)
        doc = root / "docs" / "architecture.md"
        doc.write_text(render_doc(doc.read_text(encoding="utf-8"), layers), encoding="utf-8")
        return 0
    files, problems = check(root)
    for p in problems:
        print(p)
    print(f"layering: {files} files checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

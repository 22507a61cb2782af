#!/usr/bin/env python3
"""Writes python/zhifa/_core.pyi from the compiled module's pybind11 signatures.

Run after changing the bindings, with the built package on PYTHONPATH:
    PYTHONPATH=build/python /usr/bin/python3 scripts/generate-stub.py
tests/python/test_stub.py fails when the stub and the module disagree.
"""
import enum
import inspect
import pathlib
import re
import sys

import zhifa._core as core

OUT = pathlib.Path(__file__).resolve().parents[1] / "python" / "zhifa" / "_core.pyi"


def clean(text):
    text = text.replace("zhifa._core.", "")
    text = re.sub(r"= <[^>]*>", "= ...", text)  # enum defaults print as <Kind.VALUE: 0>
    text = re.sub(r"\bdatetime\.date\b", "datetime.date", text)
    text = text.replace("os.PathLike", "os.PathLike[str]")
    text = re.sub(r"\bint\b", "int", text)
    return text


def signatures(obj, name):
    """pybind11 puts 'name(args) -> ret' lines (one per overload) at the top of __doc__."""
    doc = obj.__doc__ or ""
    sigs = []
    for line in doc.splitlines():
        line = line.strip()
        m = re.match(r"^(?:\d+\. )?" + re.escape(name) + r"(\(.*\)\s*->\s*.*)$", line)
        if m:
            sigs.append(clean(m.group(1)))
    return sigs


def function_lines(obj, name, indent, method=False, static=False):
    out = []
    if inspect.isfunction(obj):  # a Python addition from zhifa/__init__.py
        sig = str(inspect.signature(obj)).replace("'", "")
        return [f"{indent}def {name}{clean(sig)}: ..."]
    sigs = signatures(obj, name)
    if not sigs:
        sigs = ["(self, *args, **kwargs) -> typing.Any" if method else "(*args, **kwargs) -> typing.Any"]
    overload = len(sigs) > 1
    for sig in sigs:
        if overload:
            out.append(f"{indent}@typing.overload")
        if static:
            out.append(f"{indent}@staticmethod")
        out.append(f"{indent}def {name}{sig}: ...")
    return out


def exception_bases(cls):
    names = []
    for b in cls.__bases__:
        names.append(b.__name__ if b.__module__ == "zhifa" else f"builtins.{b.__name__}")
    return ", ".join(names)


def class_lines(name, cls):
    if issubclass(cls, BaseException):
        return [f"class {name}({exception_bases(cls)}): ..."]
    lines = [f"class {name}:"]
    members = getattr(cls, "__members__", None)
    if members is not None:
        for member in members:
            lines.append(f"    {member}: typing.ClassVar[{name}]")
    for attr, value in sorted(vars(cls).items()):
        if attr.startswith("_") and attr not in ("__init__", "__eq__", "__iter__", "__len__", "__contains__",
                                                  "__getitem__", "__add__", "__sub__", "__neg__", "__mul__",
                                                  "__rmul__", "__lt__", "__le__", "__gt__", "__ge__", "__hash__",
                                                  "__bool__", "__str__"):
            continue
        if members is not None and attr in members or attr in ("name", "value") and members is not None:
            continue
        if isinstance(value, staticmethod):
            lines += function_lines(value.__func__, attr, "    ", static=True)
        elif isinstance(value, property):
            doc = (value.fget.__doc__ or "") if value.fget else ""
            m = re.search(r"->\s*(.+)$", doc.splitlines()[0]) if doc else None
            typ = clean(m.group(1)) if m else "typing.Any"
            lines.append(f"    {attr}: {typ}")
        elif callable(value):
            lines += function_lines(value, attr, "    ", method=True)
    if members is not None:
        lines.append("    @property\n    def name(self) -> str: ...")
        lines.append("    @property\n    def value(self) -> int: ...")
    if len(lines) == 1:
        lines.append("    ...")
    return lines


def main():
    lines = [
        "# Type stub of zhifa's compiled module, written by scripts/generate-stub.py from the module's",
        "# signatures. tests/python/test_stub.py checks it against the module.",
        "import builtins",
        "import datetime",
        "import os",
        "import typing",
        "from typing import Callable, Dict, List, Optional, Tuple, Union",
        "",
        "__version__: str",
        "",
    ]
    names = sorted(n for n in dir(core) if not n.startswith("_"))
    classes = [n for n in names if inspect.isclass(getattr(core, n))]
    errors = [n for n in classes if issubclass(getattr(core, n), BaseException)]
    # Exceptions first, bases before subclasses.
    ordered = []
    def add(n):
        if n in ordered:
            return
        for b in getattr(core, n).__bases__:
            if b.__module__ == "zhifa" and b.__name__ in errors:
                add(b.__name__)
        ordered.append(n)
    for n in errors:
        add(n)
    for n in ordered:
        lines += class_lines(n, getattr(core, n))
    lines.append("")
    for n in classes:
        if n in errors:
            continue
        lines += class_lines(n, getattr(core, n))
        lines.append("")
    for n in names:
        obj = getattr(core, n)
        if not inspect.isclass(obj) and callable(obj):
            lines += function_lines(obj, n, "")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()

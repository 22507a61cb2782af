#!/usr/bin/env python3
"""Writes python/zhifa/_core.pyi from the compiled module: pybind11's signatures, the docstrings
written in the bindings, and the Python additions that zhifa/__init__.py puts on its classes.

Run after changing the bindings, with the built package on PYTHONPATH:
    PYTHONPATH=build/python /usr/bin/python3 scripts/generate-stub.py            # write the stub
    PYTHONPATH=build/python /usr/bin/python3 scripts/generate-stub.py --check    # compare only
    PYTHONPATH=build/python /usr/bin/python3 scripts/generate-stub.py -o FILE    # write elsewhere
--check exits 1 with a unified diff when the committed stub is not what this script writes.
tests/python/test_stub.py checks the stub against the module and runs mypy's stubtest on it.
"""
import argparse
import difflib
import inspect
import pathlib
import re
import sys

import zhifa  # noqa: F401 - the package adds its Python methods to the compiled classes
import zhifa._core as core

STUB = pathlib.Path(__file__).resolve().parents[1] / "python" / "zhifa" / "_core.pyi"

TYPING = ("Any", "Callable", "ClassVar", "Dict", "Iterable", "Iterator", "List", "Optional",
          "Sequence", "Set", "Tuple", "Union", "overload")

# Dunder methods the stub declares when the class has them: operators and protocols a type
# checker needs. Pickling (__getstate__, __setstate__) and __repr__ are object's to a checker.
DUNDERS = ("__init__", "__eq__", "__ne__", "__iter__", "__len__", "__contains__", "__getitem__",
           "__add__", "__sub__", "__neg__", "__mul__", "__rmul__", "__lt__", "__le__", "__gt__",
           "__ge__", "__hash__", "__bool__", "__str__", "__int__", "__index__")


def clean_type(text):
    text = text.replace("zhifa._core.", "")
    # pybind11's filesystem caster accepts str as well as os.PathLike.
    text = re.sub(r"\bos\.PathLike\b", "Union[str, os.PathLike[str]]", text)
    text = re.sub(r"^handle$", "object", text.strip())
    # pybind11 names py::dict, py::tuple and py::iterable without their element types.
    text = re.sub(r"\bdict\b(?!\[)", "Dict[Any, Any]", text)
    text = re.sub(r"\btuple\b(?!\[)", "Tuple[Any, ...]", text)
    text = re.sub(r"\bIterable\b(?!\[)", "Iterable[Any]", text)
    return text


def split_top(text, sep=","):
    """Splits text at the separators outside brackets and quotes."""
    parts, depth, quote, cur = [], 0, None, ""
    for ch in text:
        if quote:
            cur += ch
            if ch == quote:
                quote = None
            continue
        if ch in "'\"":
            quote = ch
        elif ch in "[(<{":
            depth += 1
        elif ch in "])>}":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        cur += ch
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts]


LITERAL = re.compile(r"^(None|True|False|-?\d+(\.\d+)?|'[^']*'|\"[^\"]*\")$")


def clean_param(param, index, method):
    """One parameter of a pybind11 signature, as the stub writes it."""
    if param.startswith("**"):
        return f"{param}: Any"
    if param.startswith("*"):
        return f"{param}: Any"
    name, _, rest = param.partition(":")
    name = name.strip()
    if method and index == 0:
        return name  # self: its type is the class
    annotation, _, default = rest.partition("=")
    annotation, default = clean_type(annotation), default.strip()
    if default == "None" and not annotation.startswith("Optional[") and annotation not in (
            "object", "Any", "None"):
        annotation = f"Optional[{annotation}]"
    if default and not LITERAL.match(default):
        default = "..."  # enum members, empty containers, objects: their values are in the doc
    return f"{name}: {annotation}" + (f" = {default}" if default else "")


def parse_signature(line, name, method):
    """'name(a: int, b: str = 'x') -> R' as '(a: int, b: str = 'x') -> R' for the stub."""
    m = re.match(r"^(?:\d+\. )?" + re.escape(name) + r"\((.*)\)\s*->\s*(.*)$", line)
    if not m:
        return None
    params = [clean_param(p, i, method) for i, p in enumerate(split_top(m.group(1)))]
    ret = clean_type(m.group(2))
    if name == "__init__":
        ret = "None"
    if name in ("__eq__", "__ne__") and len(params) == 2:
        params[1] = "other: object"
    return f"({', '.join(params)}) -> {ret}"


def pybind_overloads(obj, name, method):
    """(signature, docstring) per overload of a pybind11 function."""
    doc = obj.__doc__ or ""
    lines = doc.splitlines()
    out = []
    if len(lines) > 1 and lines[1] == "Overloaded function.":
        lines = lines[2:]
    current = None
    for line in lines:
        sig = parse_signature(line.strip(), name, method) if line and not line[0].isspace() else None
        if sig:
            current = [sig, []]
            out.append(current)
        elif current is not None:
            current[1].append(line)
    if not out and lines:
        # pybind11 names an enumeration's __str__ 'name(self: handle) -> str'.
        m = re.match(r"^(\w+)\(", lines[0])
        sig = parse_signature(lines[0], m.group(1), method) if m else None
        if sig:
            out.append([sig, lines[1:]])
    return [(sig, "\n".join(text).strip()) for sig, text in out]


def docstring_lines(doc, indent):
    if not doc:
        return []
    doc = doc.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = doc.splitlines()
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    return [f'{indent}"""{lines[0]}'] + [f"{indent}{l}" if l else "" for l in lines[1:]] + \
        [f'{indent}"""']


def def_lines(name, sig, doc, indent, decorators=()):
    out = [f"{indent}{d}" for d in decorators]
    body = docstring_lines(doc, indent + "    ")
    if body:
        out.append(f"{indent}def {name}{sig}:")
        out += body
    else:
        out.append(f"{indent}def {name}{sig}: ...")
    return out


def python_signature(func):
    """A Python addition's signature, annotations as written in zhifa/__init__.py."""
    params = []
    for i, p in enumerate(inspect.signature(func).parameters.values()):
        text = p.name if i == 0 and p.name == "self" else None
        if text is None:
            prefix = "*" if p.kind is p.VAR_POSITIONAL else "**" if p.kind is p.VAR_KEYWORD else ""
            text = prefix + p.name
            if p.annotation is not p.empty:
                text += f": {p.annotation}"
            if p.default is not p.empty:
                text += f" = {p.default!r}"
        params.append(text)
    ret = inspect.signature(func).return_annotation
    return f"({', '.join(params)}) -> {ret if ret is not inspect.Signature.empty else 'Any'}"


def function_lines(obj, name, indent, method=False, static=False):
    if inspect.isfunction(obj):  # a Python addition from zhifa/__init__.py
        return def_lines(name, python_signature(obj), inspect.getdoc(obj), indent)
    overloads = pybind_overloads(obj, name, method and not static)
    if not overloads:
        raise SystemExit(f"generate-stub: no pybind11 signature for {name}")
    out = []
    for sig, doc in overloads:
        decorators = (["@overload"] if len(overloads) > 1 else []) + (["@staticmethod"] if static else [])
        out += def_lines(name, sig, doc, indent, decorators)
    return out


def property_lines(attr, prop):
    doc = (prop.fget.__doc__ or "") if prop.fget else ""
    m = re.search(r"->\s*(.+)$", doc.splitlines()[0]) if doc else None
    typ = clean_type(m.group(1)) if m else "Any"
    text = (prop.__doc__ or "").strip()
    if prop.fset is None:
        return def_lines(attr, f"(self) -> {typ}", text, "    ", ["@property"])
    return [f"    {attr}: {typ}"] + docstring_lines(text, "    ")


def class_doc(cls):
    doc = cls.__doc__ or ""
    if "__members__" in vars(cls):
        doc = re.sub(r"\n*Members:\n.*", "", doc, flags=re.S)
    return doc.strip()


def exception_bases(cls):
    return ", ".join(b.__name__ if b.__module__ == "zhifa" else f"builtins.{b.__name__}"
                     for b in cls.__bases__)


def class_lines(name, cls):
    doc = class_doc(cls)
    if issubclass(cls, BaseException):
        if doc:
            return [f"class {name}({exception_bases(cls)}):"] + docstring_lines(doc, "    ")
        return [f"class {name}({exception_bases(cls)}): ..."]
    lines = [f"class {name}(metaclass=_pybind11_type):"] + docstring_lines(doc, "    ")
    members = cls.__members__ if "__members__" in vars(cls) else None
    if members is not None:
        for member in members:
            lines.append(f"    {member}: ClassVar[{name}]")
        lines.append(f"    __members__: ClassVar[Dict[str, {name}]]")
    for attr, value in sorted(vars(cls).items()):
        if attr.startswith("_") and attr not in DUNDERS:
            continue
        if members is not None and (attr in members or attr in ("name", "value")):
            continue
        if type(value).__name__ == "wrapper_descriptor":
            # pybind11's __init__ of a class without a constructor: it always raises.
            lines += def_lines("__init__", "(self, *args: Any, **kwargs: Any) -> None",
                               f"Not constructible from Python: raises TypeError. {name} values "
                               "come from the library's functions.", "    ")
            continue
        if isinstance(value, staticmethod):
            lines += function_lines(value.__func__, attr, "    ", static=True)
        elif isinstance(value, property):
            lines += property_lines(attr, value)
        elif callable(value):
            lines += function_lines(value, attr, "    ", method=True)
    if members is not None:
        lines += ["    @property", "    def name(self) -> str: ...",
                  "    @property", "    def value(self) -> int: ..."]
    if len(lines) == 1:
        lines.append("    ...")
    return lines


def stub_text():
    body = [
        "__version__: str",
        "",
        "class _pybind11_type(type):",
        '    """The metaclass of the compiled classes (pybind11_builtins.pybind11_type)."""',
        "",
    ]
    names = sorted(n for n in dir(core) if not n.startswith("_"))
    classes = [n for n in names if inspect.isclass(getattr(core, n))]
    errors = [n for n in classes if issubclass(getattr(core, n), BaseException)]
    ordered = []  # exceptions first, bases before subclasses

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
        body += class_lines(n, getattr(core, n))
    body.append("")
    for n in classes:
        if n not in errors:
            body += class_lines(n, getattr(core, n)) + [""]
    for n in names:
        obj = getattr(core, n)
        if not inspect.isclass(obj) and callable(obj):
            body += function_lines(obj, n, "")
    code = re.sub(r'"""(?:.|\n)*?"""', "", "\n".join(body))
    used = [t for t in TYPING if re.search(rf"\b{t}\b", code)]
    head = [
        "# Type stub of zhifa's compiled module, written by scripts/generate-stub.py from the module's",
        "# signatures and docstrings. tests/python/test_stub.py checks it against the module.",
        "import builtins",
        "import datetime",
        "import os",
        f"from typing import {', '.join(used)}",
        "",
    ]
    return "\n".join(head + body) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0].replace("\n", " "))
    parser.add_argument("-o", "--output", type=pathlib.Path, default=STUB,
                        help=f"where to write the stub (default {STUB})")
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 with a diff when the stub differs")
    args = parser.parse_args()
    text = stub_text()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current == text:
            print(f"{args.output} is up to date", file=sys.stderr)
            return 0
        sys.stdout.writelines(difflib.unified_diff(
            current.splitlines(keepends=True), text.splitlines(keepends=True),
            str(args.output), "generated"))
        print(f"{args.output} is not what scripts/generate-stub.py writes: run it", file=sys.stderr)
        return 1
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

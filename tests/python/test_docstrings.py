"""Every public class, method, property and function of the package has a docstring of its own:
pybind11's generated signature line does not count, nor the member list it appends to an
enumeration's docstring.

Left out, on purpose: dunder methods (__eq__, __len__, ...: the Python data model says what
they do, and each class's docstring says how it is built); the members of an enumeration (their
meaning is in the enumeration's docstring, where pybind11 lists them); and pybind11's `name` and
`value` of every enumeration (machinery, the same everywhere)."""
import importlib
import inspect
import pkgutil
import re
import types

import zhifa
from zhifa import _core

_MEMBERS = re.compile(r"\n*Members:\n.*", re.S)  # pybind11's list of an enumeration's members


def _is_pybind_function(obj):
    return type(obj).__name__ in ("builtin_function_or_method", "instancemethod")


def _texts(obj, name):
    """The docstring texts of obj without pybind11's signature lines: one per overload."""
    doc = obj.__doc__ or ""
    if not _is_pybind_function(obj):
        return [doc.strip()]
    lines = doc.splitlines()
    signature = re.compile(r"^(?:\d+\. )?" + re.escape(name) + r"\(.*\)(?: -> .*)?$")
    if len(lines) > 1 and lines[1] == "Overloaded function.":
        sections, current = [], None
        for line in lines[2:]:
            if re.match(r"^\d+\. ", line) and signature.match(line):
                current = []
                sections.append(current)
            elif current is not None:
                current.append(line)
        return ["\n".join(s).strip() for s in sections]
    if lines and signature.match(lines[0]):
        lines = lines[1:]
    return ["\n".join(lines).strip()]


def _class_text(cls):
    doc = cls.__doc__ or ""
    if "__members__" in vars(cls):
        doc = _MEMBERS.sub("", doc)
    return doc.strip()


def _missing_in_class(cls, qualname):
    missing = []
    if not _class_text(cls):
        missing.append(qualname)
    if issubclass(cls, BaseException):
        return missing
    enum_members = set(cls.__members__) if "__members__" in vars(cls) else set()
    for attr, value in vars(cls).items():
        if attr.startswith("_") or attr in enum_members:
            continue
        if enum_members and attr in ("name", "value"):
            continue
        where = f"{qualname}.{attr}"
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if isinstance(value, property):
            if not (value.__doc__ or "").strip():
                missing.append(f"{where} (property)")
        elif callable(value):
            texts = _texts(value, attr)
            if len(texts) == 1 and not texts[0]:
                missing.append(where)
            missing += [f"{where} (overload {i})" for i, t in enumerate(texts, 1)
                        if not t and len(texts) > 1]
    return missing


def _modules():
    """zhifa, its compiled module and every public submodule."""
    mods = [zhifa, _core]
    for info in pkgutil.iter_modules(zhifa.__path__):
        if not info.name.startswith("_"):
            mods.append(importlib.import_module(f"zhifa.{info.name}"))
    return mods


def _undocumented():
    missing, seen = [], set()
    for mod in _modules():
        if not (mod.__doc__ or "").strip():
            missing.append(mod.__name__)
        for name in getattr(mod, "__all__", None) or [n for n in dir(mod) if not n.startswith("_")]:
            obj = getattr(mod, name)
            if id(obj) in seen or isinstance(obj, (str, types.ModuleType)):
                continue
            seen.add(id(obj))
            owner = getattr(obj, "__module__", mod.__name__)
            qualname = f"{owner}.{name}"
            if inspect.isclass(obj):
                missing += _missing_in_class(obj, qualname)
            elif callable(obj):
                texts = _texts(obj, name)
                missing += [qualname if len(texts) == 1 else f"{qualname} (overload {i})"
                            for i, t in enumerate(texts, 1) if not t]
    return missing


def test_every_public_name_has_a_docstring():
    missing = _undocumented()
    assert not missing, f"{len(missing)} without a docstring:\n" + "\n".join(missing)


def test_the_walk_reaches_every_kind_of_member():
    classes = [getattr(_core, n) for n in dir(_core) if inspect.isclass(getattr(_core, n))]
    names = {m.__name__ for m in _modules()}
    assert {"zhifa", "zhifa._core", "zhifa.errors", "zhifa.pandas", "zhifa.dask"} <= names
    # A signature alone is not a docstring: pybind11's enumeration `name` has nothing else.
    assert _texts(_core.CaseStatus.name.fget, "name") == [""]
    assert _texts(_core.Money.__add__, "__add__") == [""]
    assert _class_text(_core.Rounding) == "How Money.mul_div rounds a fraction of a fen."
    overloads = _texts(_core.Procedure.legal_review, "legal_review")
    assert len(overloads) == 2 and all(overloads)
    kinds = {type(v).__name__ for c in classes for v in vars(c).values()}
    assert {"instancemethod", "property", "staticmethod", "function"} <= kinds

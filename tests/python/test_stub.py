"""The type stub _core.pyi and the compiled module must describe the same API."""
import ast
import pathlib

import zhifa
from zhifa import _core

STUB = pathlib.Path(zhifa.__file__).with_name("_core.pyi")


def _stub_tree():
    return ast.parse(STUB.read_text(encoding="utf-8"))


def _members(node):
    names = set()
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.add(item.name)
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            names.add(item.target.id)
        elif isinstance(item, ast.Assign):
            names.update(t.id for t in item.targets if isinstance(t, ast.Name))
    return names


def test_stub_and_module_have_the_same_top_level_names():
    tree = _stub_tree()
    stub = {n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    stub |= {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign)}
    module = {n for n in dir(_core) if not n.startswith("_")} | {"__version__"}
    assert stub == module


def test_every_class_member_is_in_the_stub_and_exists():
    for node in _stub_tree().body:
        if not isinstance(node, ast.ClassDef) or issubclass(getattr(_core, node.name), BaseException):
            continue
        cls = getattr(_core, node.name)
        declared = _members(node) - {"__init__"}
        for name in declared:
            assert hasattr(cls, name), f"{node.name}.{name} is in the stub but not the module"
        public = {n for n in vars(cls) if not n.startswith("_")}
        public -= {"name", "value"}  # enum machinery of pybind11
        if "__members__" in vars(cls):
            public -= set(cls.__members__)
            declared -= set(cls.__members__)
        missing = public - declared
        assert not missing, f"{node.name}: {missing} missing from the stub"

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


# Declared by the stub only: the metaclass of the compiled classes, named so that stubtest can
# compare their metaclass (the module has it as pybind11_builtins.pybind11_type).
STUB_ONLY = {"_pybind11_type"}


def test_stub_and_module_have_the_same_top_level_names():
    tree = _stub_tree()
    stub = {n.name for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))}
    stub -= STUB_ONLY
    stub |= {n.target.id for n in tree.body if isinstance(n, ast.AnnAssign)}
    module = {n for n in dir(_core) if not n.startswith("_")} | {"__version__"}
    assert stub == module


def test_every_class_member_is_in_the_stub_and_exists():
    for node in _stub_tree().body:
        if not isinstance(node, ast.ClassDef) or node.name in STUB_ONLY:
            continue
        if issubclass(getattr(_core, node.name), BaseException):
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


def _built_package_dir():
    return pathlib.Path(zhifa.__file__).resolve().parent.parent


def test_stub_passes_mypy_stubtest(tmp_path):
    """Signatures, not only names: mypy's stubtest compares the stub with the module."""
    import subprocess
    import sys

    pytest = __import__("pytest")
    pytest.importorskip("mypy", reason="mypy is not installed (Debian: python3-mypy)")
    env = dict(__import__("os").environ, PYTHONPATH=str(_built_package_dir()),
               MYPY_CACHE_DIR=str(tmp_path / "mypy-cache"))
    r = subprocess.run([sys.executable, "-m", "mypy.stubtest", "zhifa._core"], cwd=tmp_path,
                       env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout + r.stderr


def test_committed_stub_is_what_the_generator_writes(source_dir, tmp_path):
    """The committed python/zhifa/_core.pyi is regenerated from the built module and compared."""
    import subprocess
    import sys

    env = dict(__import__("os").environ, PYTHONPATH=str(_built_package_dir()))
    r = subprocess.run([sys.executable, str(source_dir / "scripts" / "generate-stub.py"), "--check"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, "the stub is stale; run scripts/generate-stub.py\n" + r.stdout + r.stderr

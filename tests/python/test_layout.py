"""The package's layout: the top level and its one name list, the submodules zhifa.errors,
zhifa.pandas and zhifa.dask, the files the build copies, and what a type checker sees."""
import inspect
import os
import pathlib
import subprocess
import sys
import textwrap

import pytest

import zhifa
import zhifa.errors
import zhifa.pandas
from zhifa import _core

PACKAGE = pathlib.Path(zhifa.__file__).resolve().parent
CORE_NAMES = {n for n in dir(_core) if not n.startswith("_")}


def test_star_import_gives_exactly_all():
    namespace = {}
    exec("from zhifa import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(zhifa.__all__)
    assert len(zhifa.__all__) == len(set(zhifa.__all__)), "a name listed twice"
    assert "OverflowError" not in namespace  # the built-in stays the built-in


def test_the_compiled_names_are_the_same_objects_at_the_top_level():
    for name in CORE_NAMES:
        assert getattr(zhifa, name) is getattr(_core, name), name
    python_names = set(zhifa.__all__) - CORE_NAMES - {"__version__"}
    assert python_names == {"period", "deadline", "to_dataframe"}
    for name in python_names:
        assert inspect.isfunction(getattr(zhifa, name)), name


def test_errors_module_holds_every_exception_class():
    exceptions = {n for n in CORE_NAMES if inspect.isclass(getattr(_core, n))
                  and issubclass(getattr(_core, n), BaseException)}
    assert set(zhifa.errors.__all__) == exceptions - {"OverflowError"}
    for name in exceptions:
        assert getattr(zhifa.errors, name) is getattr(zhifa, name), name
    assert issubclass(zhifa.errors.OverflowError, OverflowError)
    assert not [n for n in dir(zhifa.errors) if not n.startswith("_") and n not in exceptions]
    namespace = {}
    exec("from zhifa.errors import *", namespace)
    assert "OverflowError" not in namespace


def test_importing_zhifa_imports_neither_pandas_nor_dask():
    code = ("import sys, zhifa, zhifa.errors, zhifa.pandas, zhifa.dask\n"
            "heavy = [m for m in ('pandas', 'numpy', 'dask', 'distributed') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_pandas_to_dataframe(tmp_path):
    pytest.importorskip("pandas", reason="pandas is not installed (Debian: python3-pandas)")
    assert zhifa.to_dataframe is zhifa.pandas.to_dataframe
    gen = zhifa.SyntheticCaseGenerator(seed=2)
    store = zhifa.CaseStore(":memory:")
    store.register_agency(gen.agency)
    store.add_all([g.case for g in gen.generate(5)])
    frame = zhifa.pandas.to_dataframe(store.list())
    assert list(frame["id"]) == [1, 2, 3, 4, 5] and "total_fine_fen" in frame.columns
    mixed = zhifa.pandas.to_dataframe([{"a": 1}, {"a": 2}])
    assert list(mixed["a"]) == [1, 2]


def test_the_built_package_has_every_source_file(source_dir):
    """python/CMakeLists.txt lists the files it copies; a file left off that list, or a build not
    redone after an edit, shows here."""
    sources = sorted(p.name for p in (source_dir / "python" / "zhifa").iterdir() if p.is_file())
    assert {"__init__.py", "errors.py", "pandas.py", "dask.py", "py.typed"} <= set(sources)
    for name in sources:
        built = PACKAGE / name
        assert built.exists(), f"{name} is not in the built package (python/CMakeLists.txt)"
        assert built.read_bytes() == (source_dir / "python" / "zhifa" / name).read_bytes(), \
            f"{name} of the built package is stale: rebuild"


USER_CODE = """\
import datetime as dt
from typing import List

import zhifa
import zhifa.errors
import zhifa.pandas
from zhifa import *

store = zhifa.CaseStore("cases.db")
case: zhifa.Case = store.get(1)
cases: List[Case] = list(store.iter_cases(page_size=10, status="filed"))
fen: int = (zhifa.Money("1.5万") * 3).fen
due: dt.date = zhifa.deadline("decision", dt.date(2024, 3, 1)).due
context = AuditContext(dt.date(2025, 12, 31), [synthetic_agency()])
total: float = zhifa.audit_case(case, context).total
error: "type[zhifa.Error]" = zhifa.errors.NotFoundError
frame = zhifa.pandas.to_dataframe(store.list())
store.get("1")  # error
zhifa.errors.NoSuchError  # error
total = zhifa.audit_case(case, context).grade  # error
"""


def test_a_type_checker_sees_the_api(tmp_path):
    """mypy --strict on user code: the names resolve through the stub, and wrong uses are caught
    (each line marked '# error', and only those)."""
    pytest.importorskip("mypy", reason="mypy is not installed (Debian: python3-mypy)")
    (tmp_path / "user.py").write_text(USER_CODE, encoding="utf-8")
    (tmp_path / "mypy.ini").write_text(textwrap.dedent("""\
        [mypy]
        strict = True
        cache_dir = mypy-cache
        [mypy-pandas.*]
        ignore_missing_imports = True
        """), encoding="utf-8")
    env = dict(os.environ, MYPYPATH=str(PACKAGE.parent))
    r = subprocess.run([sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "user.py"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    expected = {i for i, line in enumerate(USER_CODE.splitlines(), 1) if line.endswith("# error")}
    reported = {int(line.split(":")[1]) for line in r.stdout.splitlines()
                if line.startswith("user.py:") and ": error:" in line}
    assert reported == expected, r.stdout + r.stderr
    assert "zhifa" not in "".join(l for l in r.stdout.splitlines() if not l.startswith("user.py"))

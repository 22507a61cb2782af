import os

import zhifa
from zhifa import _core


def test_version_equals_the_cmake_project_version():
    expected = os.environ.get("ZHIFA_EXPECTED_VERSION")
    assert expected, "ctest passes the CMake project version"
    assert zhifa.__version__ == expected
    assert _core.__version__ == expected


def test_all_names_exist_and_nothing_public_is_missing():
    for name in zhifa.__all__:
        assert hasattr(zhifa, name), name
    public_core = {n for n in dir(_core) if not n.startswith("_")}
    exported = set(zhifa.__all__) | {"OverflowError"}  # see __init__.py
    assert public_core - exported == set()


def test_compiled_module_is_private():
    assert zhifa._core.__name__ == "zhifa._core"
    assert "_core" not in zhifa.__all__

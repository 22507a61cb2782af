"""The fully populated case (every field set; tests/cpp/case_roundtrip_test.cpp makes it and
keeps its JSON in tests/data/case/fully_populated.json) through the Python bindings: every field
of the JSON is an attribute of the bound objects with the same value, and the case comes back
whole through to_dict(), the store and both archive forms. A failure names the field."""
import datetime as dt
import enum
import json
import os
import pathlib

import pytest

import zhifa

GOLDEN = pathlib.Path(os.environ.get("ZHIFA_SOURCE_DIR", pathlib.Path(__file__).parents[2])) \
    / "tests" / "data" / "case" / "fully_populated.json"
TEXT = GOLDEN.read_text(encoding="utf-8")
# JSON keys of the interchange format that are not fields of the case.
FORMAT_KEYS = {"format", "version"}
# JSON keys whose attribute has another name.
RENAMED = {"row_version": "version", "from": "from_"}


def attribute(obj, key, path):
    name = RENAMED.get(key, key)
    if key.endswith("_fen"):
        name = key[: -len("_fen")]
    assert hasattr(obj, name), f"{path}: {type(obj).__name__} has no attribute '{name}'"
    return getattr(obj, name)


def same(value, data, path):
    """Fails naming `path` where the bound value differs from the JSON's."""
    if data is None:
        assert value is None, f"{path}: {value!r}, the JSON has null"
    elif isinstance(value, dt.date):
        assert value.isoformat() == data, f"{path}: {value} != {data}"
    elif isinstance(value, enum.Enum) or type(value).__name__ in zhifa._core.__dict__ and \
            hasattr(type(value), "__members__"):
        assert value.name.lower() == data, f"{path}: {value.name} != {data}"
    elif isinstance(value, zhifa.Money):
        assert value.fen == data, f"{path}: {value.fen} fen != {data}"
    elif isinstance(value, (zhifa.ResidentId, zhifa.CreditCode)):
        assert str(value) == data, f"{path}: identifier differs"
    elif isinstance(data, dict) and isinstance(value, tuple):  # an instalment: (due_on, amount)
        assert list(data) == ["amount_fen", "due_on"], f"{path}: keys {list(data)}"
        same(value[0], data["due_on"], path + ".due_on")
        same(value[1], data["amount_fen"], path + ".amount_fen")
    elif isinstance(data, dict):
        for key, item in data.items():
            if path == "case" and key in FORMAT_KEYS:
                continue
            same(attribute(value, key, f"{path}.{key}"), item, f"{path}.{key}")
    elif isinstance(data, list):
        value = list(value)
        assert len(value) == len(data), f"{path}: {len(value)} entries, the JSON has {len(data)}"
        for i, (v, d) in enumerate(zip(value, data)):
            same(v, d, f"{path}[{i}]")
    else:
        assert value == data, f"{path}: {value!r} != {data!r}"


@pytest.fixture()
def case():
    return zhifa.Case.from_json(TEXT)


def test_every_json_field_is_a_bound_attribute_with_its_value(case):
    same(case, json.loads(TEXT), "case")


def test_the_walk_names_a_lost_field(case):
    data = json.loads(TEXT)
    data["decision"]["penalties"][1]["amount_fen"] += 1
    with pytest.raises(AssertionError, match=r"case\.decision\.penalties\[1\]\.amount_fen"):
        same(case, data, "case")
    data = json.loads(TEXT)
    data["parties"][0]["no_such_field"] = 1
    with pytest.raises(AssertionError, match=r"case\.parties\[0\]\.no_such_field: Party has no"):
        same(case, data, "case")


def test_dict_and_back(case):
    d = case.to_dict()
    assert d == json.loads(TEXT)
    back = zhifa.Case.from_json(json.dumps(d, ensure_ascii=False))
    assert back.to_json() + "\n" == TEXT
    same(back, json.loads(TEXT), "case")


def test_store(case):
    store = zhifa.CaseStore(":memory:")
    case.id = 0
    case.version = 0
    store.add(case)
    stored = store.get(case.id).to_dict()
    expected = json.loads(TEXT)
    expected["id"], expected["row_version"] = case.id, case.version
    assert stored == expected
    assert [c.to_dict() for c in store.iter_cases()] == [expected]


@pytest.mark.parametrize("form", ["binary", "xml"])
def test_archive(case, tmp_path, form):
    path = tmp_path / f"case.{form}.zcf"
    zhifa.export_archive(case, path, form=form)
    back = zhifa.import_archive(path)
    assert back.to_json() + "\n" == TEXT

"""The discretion engine from Python (行政处罚法 Art. 30-36; catalog fine rules)."""
import datetime as dt

import pytest

import zhifa

D = dt.date.fromisoformat


def facts(*circumstances, **kw):
    return zhifa.PenaltyFacts(D("2025-03-01"), D("2026-03-02"), D("2026-04-01"),
                              circumstances=set(circumstances), **kw)


def test_builtin_catalog_and_general_tier():
    cat = zhifa.Catalog.builtin()
    assert len(cat.items) >= 15 and "example" in cat.items[0].status
    r = zhifa.recommend(cat, "TB-51", facts())
    assert r.tier == zhifa.TierKind.GENERAL
    assert (r.min, r.max) == (zhifa.Money("22,000"), zhifa.Money("37,999.99"))
    assert "招标投标法 Art. 51" in r.text()
    d = r.to_dict()
    assert d["min_fen"] == 2200000 and d["tier"] == "general"


def test_per_mille_base_and_missing_base():
    cat = zhifa.Catalog.builtin()
    r = zhifa.recommend(cat, "TB-49", facts(bases={zhifa.FineBase.CONTRACT_AMOUNT: zhifa.Money("1,234,567.89")}))
    assert (r.statutory_min, r.statutory_max) == (zhifa.Money("6,172.84"), zhifa.Money("12,345.67"))
    with pytest.raises(zhifa.ValidationError, match="contract_amount"):
        zhifa.recommend(cat, "TB-49", facts())


def test_statutory_circumstances_art30_33():
    cat = zhifa.Catalog.builtin()
    assert not zhifa.recommend(cat, "TB-51", facts(age_at_act=13)).penalty_allowed
    assert zhifa.recommend(cat, "TB-51", facts(age_at_act=15)).tier == zhifa.TierKind.LIGHTER
    assert zhifa.recommend(cat, "TB-51", facts("eliminated_harm", "repeated_violation")).tier == zhifa.TierKind.LIGHTER
    assert not zhifa.recommend(cat, "TB-51", facts("no_fault")).penalty_allowed
    assert not zhifa.recommend(cat, "QY-19", facts("first_violation_slight_corrected")).penalty_allowed


def test_unknown_item_and_bad_catalog(tmp_path):
    with pytest.raises(zhifa.NotFoundError, match="has no item 'NOPE'"):
        zhifa.recommend(zhifa.Catalog.builtin(), "NOPE", facts())
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zhifa-catalog", "version": 1, "name": "x", "items": [{}]}', encoding="utf-8")
    with pytest.raises(zhifa.DataFileError, match=r"\$.items\[0\]: missing \"code\""):
        zhifa.Catalog.load(bad)


def test_the_documented_worked_example(source_dir):
    import re
    text = (source_dir / "docs" / "catalog-format.md").read_text(encoding="utf-8")
    catalog = zhifa.Catalog.from_json(re.findall(r"```json\n(.*?)```", text, re.S)[0], "docs example")
    f = zhifa.PenaltyFacts(D("2025-03-01"), D("2026-03-02"), D("2026-04-01"),
                           bases={zhifa.FineBase.GOODS_VALUE: zhifa.Money("20,000")})
    r = zhifa.recommend(catalog, "LS-47", f)
    assert (r.statutory_min, r.statutory_max) == (zhifa.Money("20,000"), zhifa.Money("100,000"))
    assert (r.min, r.max) == (zhifa.Money("44,000"), zhifa.Money("75,999.99"))
    f.circumstances = {"recalled_all_goods"}
    mitigated = zhifa.recommend(catalog, "LS-47", f)
    assert mitigated.tier == zhifa.TierKind.MITIGATED
    assert (mitigated.min, mitigated.max) == (zhifa.Money("10,000"), zhifa.Money("19,999.99"))
    f.circumstances = {"first_violation_slight_corrected"}
    assert not zhifa.recommend(catalog, "LS-47", f).penalty_allowed


def test_check_penalty_and_lint():
    cat = zhifa.Catalog.builtin()
    high = zhifa.check_penalty(cat, "TB-51", facts(), [zhifa.Penalty(zhifa.PenaltyKind.FINE, zhifa.Money("60,000"))])
    assert not high.ok and high.above_by == zhifa.Money("10,000")
    assert zhifa.check_penalty(cat, "TB-51", facts(), [zhifa.Penalty(zhifa.PenaltyKind.FINE, zhifa.Money("30,000"))]).ok
    assert zhifa.lint(cat, D("2026-01-01")) == []


def test_csv_import(source_dir, tmp_path):
    cat = zhifa.Catalog.load_csv(source_dir / "tests" / "data" / "benchmark_sample.csv", name="sample")
    assert [i.code for i in cat.items] == ["QY-18-1", "工程造价-40"]
    f = facts("造成危害后果", bases={zhifa.FineBase.TOTAL_INVESTMENT: zhifa.Money("2000万")})
    r = zhifa.recommend(cat, "QY-18-1", f)
    assert (r.tier_label, r.min, r.max) == ("严重", zhifa.Money("8万"), zhifa.Money("10万"))
    path = tmp_path / "cat.json"
    path.write_text(cat.to_json(), encoding="utf-8")
    assert zhifa.Catalog.load(path).to_json() == cat.to_json()
    with pytest.raises(zhifa.DataFileError, match="missing column 'law'"):
        zhifa.Catalog.from_csv("code,behaviour\nX,b\n", "bad")

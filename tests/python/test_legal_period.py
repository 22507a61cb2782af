import pytest

import zhifa
from conftest import D


def test_art85_working_days():
    assert zhifa.statutory_day_unit("行政处罚法", 5) == zhifa.PeriodUnit.WORKING_DAYS
    assert zhifa.statutory_day_unit("行政处罚法", 15) == zhifa.PeriodUnit.CALENDAR_DAYS
    assert zhifa.statutory_day_unit("民法典", 5) is None
    assert str(zhifa.statutory_day_rule("行政处罚法")) == "行政处罚法 Art. 85"


def test_builtin_table():
    table = zhifa.PeriodTable.builtin()
    assert "hearing_request" in table and len(table) == len(table.keys())
    hr = table["hearing_request"]
    assert (hr.length, hr.unit, hr.basis.law, hr.basis.article) == (5, zhifa.PeriodUnit.WORKING_DAYS, "行政处罚法", 64)
    assert zhifa.period("payment").summary() == "15 calendar days (行政处罚法 Art. 67)"
    with pytest.raises(zhifa.NotFoundError, match="hearing_request"):
        table["nope"]


def test_sector_override(source_dir):
    market = zhifa.PeriodTable.from_json_file(source_dir / "data" / "periods" / "market_regulation.json")
    table = zhifa.PeriodTable.builtin().overridden_by(market)
    assert table["decision_disclosure"].length == 20
    assert zhifa.PeriodTable.builtin()["decision_disclosure"].length == 7


def test_user_defined_period_is_validated(cal):
    basis = zhifa.Citation("某省规定", 12)
    p = zhifa.LegalPeriod("filing", 15, zhifa.PeriodUnit.WORKING_DAYS, basis, name="立案")
    # 9-29, 9-30, 10-08, 10-09, 10-10 (adjusted workday), then 10 more working days from 10-12.
    assert p.end(D("2026-09-28"), cal) == D("2026-10-23")
    with pytest.raises(zhifa.ValidationError, match="length must be positive, got -1"):
        zhifa.LegalPeriod("filing", -1, zhifa.PeriodUnit.WORKING_DAYS, basis)
    with pytest.raises(zhifa.ValidationError, match="行政处罚法 counts a 7-day period in working days"):
        zhifa.LegalPeriod("x", 7, zhifa.PeriodUnit.CALENDAR_DAYS, zhifa.Citation("行政处罚法", 61))


def test_month_end_and_rest_day_rules(cal):
    assert zhifa.period("limitation").end(D("2024-02-29"), cal) == D("2026-02-28")  # 民法典 Art. 202
    assert zhifa.period("payment").end(D("2026-01-16"), cal) == D("2026-02-02")  # 民事诉讼法 Art. 85
    assert zhifa.period("hearing_notice").end(D("2026-10-12"), cal) == D("2026-09-24")  # Art. 64 (2)

"""The official calendar from Python (全国年节及纪念日放假办法; 行政处罚法 Art. 85)."""
import datetime as dt
import json

import pytest

import zhifa
from conftest import D


def test_fixed_names_work(cal):
    assert isinstance(cal, zhifa.WorkCalendar)
    assert cal.coverage == (D("2023-01-01"), D("2026-12-31"))
    assert cal.is_working_day(D("2024-02-09"))  # 除夕 2024: a working day
    assert cal.is_working_day(D("2025-02-08"))  # adjusted working Saturday
    assert not cal.is_working_day(D("2026-02-23"))  # Spring Festival block
    assert cal.is_working_day(D("2026-09-20"))  # adjusted working Sunday
    assert cal.add_working_days(D("2026-09-28"), 5) == D("2026-10-10")
    assert cal.add_working_days(D("2026-10-10"), -5) == D("2026-09-28")
    assert cal.working_days_between(D("2026-09-28"), D("2026-10-10")) == 5
    assert cal.working_days_between(D("2026-10-10"), D("2026-09-28")) == -5


def test_statutory_holidays_are_told_apart_from_rest_days(cal):
    assert cal.is_statutory_holiday(D("2026-02-16"))  # 除夕, statutory from 2025 (Order 795)
    assert not cal.is_statutory_holiday(D("2024-02-09"))
    assert cal.day_kind(D("2026-02-23")) == zhifa.DayKind.REST_DAY
    assert cal.holiday_name(D("2026-02-23")) == "春节"
    assert cal.holiday_name(D("2026-03-03")) is None
    counts = {}
    d = cal.first_day
    while d <= cal.last_day:
        counts[d.year] = counts.get(d.year, 0) + cal.is_statutory_holiday(d)
        d += dt.timedelta(days=1)
    assert counts == {2023: 11, 2024: 11, 2025: 13, 2026: 13}


def test_outside_the_coverage_is_an_error_naming_date_and_coverage(cal):
    with pytest.raises(zhifa.CalendarCoverageError) as e:
        cal.add_working_days(D("2027-03-01"), 1)
    assert "2027-03-01" in str(e.value) and "2023-01-01..2026-12-31" in str(e.value)
    assert D("2027-03-01") not in cal and D("2026-03-01") in cal


def test_datetime_is_not_silently_truncated(cal):
    with pytest.raises(TypeError):
        cal.is_working_day(dt.datetime(2026, 3, 2, 12, 0))
    with pytest.raises(ValueError, match="before 1400"):
        cal.is_working_day(dt.date(1300, 1, 1))


def test_notices_are_exposed(cal):
    notices = [y.notice.number for y in cal.years]
    assert notices[0] == "国办发明电〔2022〕16号"
    assert cal.years[3].notice.issued == D("2025-11-04")
    spring = [f for f in cal.years[3].festivals if f.name == "春节"][0]
    assert spring.workdays == [D("2026-02-14"), D("2026-02-28")]


def test_merge_next_years_notice_from_a_file(cal, tmp_path):
    doc = {"format": "zhifa-calendar", "version": 1, "years": [
        {"year": 2027, "notice": {"number": "TEST", "issued": "2026-11-10"},
         "festivals": [{"name": "元旦", "statutory": ["2027-01-01"]}]}]}
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    merged = cal.merged(zhifa.WorkCalendar.from_json_file(path))
    assert merged.last_year == 2027
    assert not merged.is_working_day(D("2027-01-01"))
    assert merged.next_working_day(D("2026-12-31")) == D("2027-01-04")
    assert cal.last_year == 2026  # calendars are immutable


def test_weekends_only_must_be_asked_for(cal):
    w = zhifa.WorkCalendar.weekends_only(2027, 2028)
    assert "weekends only" in w.coverage_text
    assert w.is_working_day(D("2027-10-01"))  # no holiday data: by the caller's explicit choice
    with pytest.raises(zhifa.ValidationError, match="2027 is missing"):
        cal.merged(zhifa.WorkCalendar.weekends_only(2028, 2028))


def test_shipped_file_and_builtin_agree(cal, source_dir):
    f = zhifa.WorkCalendar.from_json_file(source_dir / "data" / "calendars" / "china.json")
    d = cal.first_day
    while d <= cal.last_day:
        assert f.day_kind(d) == cal.day_kind(d), d
        d += dt.timedelta(days=1)


def test_bad_files_name_file_and_entry(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"format": "zhifa-calendar", "version": 1, "years": [{"year": 2027}]}')
    with pytest.raises(zhifa.DataFileError, match=r"bad.json: \$.years\[0\]: missing \"notice\""):
        zhifa.WorkCalendar.from_json_file(p)
    with pytest.raises(zhifa.DataFileError, match="cannot open"):
        zhifa.WorkCalendar.from_json_file(tmp_path / "missing.json")

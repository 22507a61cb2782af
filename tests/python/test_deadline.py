"""Deadline ledgers (行政处罚法 Art. 60, 64; 行政强制法 Art. 25)."""
import pytest

import zhifa
from conftest import D


def test_suspension_and_explanation():
    d = zhifa.deadline("decision", D("2024-03-01"))
    assert d.due == D("2024-05-30")
    d.suspend(D("2024-04-01"), D("2024-04-10"), "鉴定")
    assert d.due == D("2024-06-11")
    steps = d.explain()
    assert steps[-1].text == "due: 2024-06-11"
    assert str(steps[1].basis) == "行政处罚法 Art. 60 [unless a law, regulation or rule provides otherwise]"
    assert any(s.basis is not None and s.basis.law == "民事诉讼法" for s in steps)
    data = d.to_dict()
    assert data["due"] == D("2024-06-11")
    assert data["suspensions"] == [{"from": D("2024-04-01"), "to": D("2024-04-10"), "reason": "鉴定"}]
    assert d.is_overdue(D("2024-06-12")) and not d.is_overdue(D("2024-06-11"))


def test_rest_day_rule_is_switchable():
    d = zhifa.deadline("payment", D("2026-01-16"))
    assert d.due == D("2026-02-02")
    d.rest_day_rule = zhifa.RestDayRule.NONE
    assert d.due == D("2026-01-31")


def test_extension_needs_an_approver_and_respects_the_maximum():
    d = zhifa.deadline("seizure", D("2026-03-02"))
    with pytest.raises(zhifa.ValidationError, match="approver"):
        d.extend(10, "", "no one", D("2026-03-20"))
    d.extend(30, "局长 张三", "案情复杂", D("2026-03-30"))
    assert d.due == D("2026-05-01")  # a cap: the rest-day rule is off for seizures
    with pytest.raises(zhifa.LegalGuardError, match="at most 30 calendar days"):
        d.extend(1, "局长 张三", "", D("2026-04-20"))
    assert [e.approver for e in d.extensions] == ["局长 张三"]


def test_bad_suspensions_leave_the_ledger_unchanged():
    d = zhifa.deadline("hearing_request", D("2024-03-01"))
    for args, message in [((D("2024-03-06"), D("2024-03-05")), "ends before it begins"),
                          ((D("2024-02-20"), D("2024-03-05")), "on or before the start day"),
                          ((D("2024-04-01"), D("2024-04-02")), "after the period ended on 2024-03-08")]:
        with pytest.raises(zhifa.ValidationError, match=message):
            d.suspend(*args)
    assert d.suspensions == [] and d.due == D("2024-03-08")


def test_explicit_calendar():
    cal = zhifa.WorkCalendar.china().merged(zhifa.WorkCalendar.weekends_only(2027, 2027))
    d = zhifa.Deadline(zhifa.period("decision"), D("2026-11-01"), cal)
    assert d.due == D("2027-02-01")  # 2027-01-30 is a Saturday; weekends-only 2027 by choice
    with pytest.raises(zhifa.CalendarCoverageError):
        zhifa.deadline("decision", D("2026-11-01")).due

import datetime as dt

import pytest

import zhifa


@pytest.mark.parametrize(
    "cls, builtin",
    [
        (zhifa.ValidationError, ValueError),
        (zhifa.DataFileError, ValueError),
        (zhifa.NotFoundError, KeyError),
        (zhifa.OverflowError, OverflowError),
        (zhifa.CalendarCoverageError, RuntimeError),
        (zhifa.LegalGuardError, RuntimeError),
        (zhifa.ConflictError, RuntimeError),
    ],
)
def test_every_error_is_a_zhifa_error_and_the_expected_builtin(cls, builtin):
    assert issubclass(cls, zhifa.Error)
    assert issubclass(cls, builtin)


def test_cpp_errors_arrive_as_their_python_class(cal):
    with pytest.raises(zhifa.CalendarCoverageError, match="2031-01-02"):
        cal.is_working_day(dt.date(2031, 1, 2))
    with pytest.raises(zhifa.DataFileError):
        zhifa.WorkCalendar.from_json("{")
    with pytest.raises(zhifa.ValidationError):
        zhifa.Money("1.234")
    with pytest.raises(zhifa.OverflowError):
        zhifa.Money.from_fen(2**62) * 4
    with pytest.raises(zhifa.NotFoundError):
        zhifa.period("no_such_period")
    with pytest.raises(zhifa.ConflictError):
        cal.merged(zhifa.WorkCalendar.weekends_only(2026, 2026))
    seizure = zhifa.deadline("seizure", dt.date(2026, 3, 2))
    with pytest.raises(zhifa.LegalGuardError, match="行政强制法 Art. 25"):
        seizure.extend(31, "局长", "", dt.date(2026, 3, 20))

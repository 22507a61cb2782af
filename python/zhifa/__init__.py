"""zhifa: administrative enforcement case management under PRC law.

Start with the working-day calendar and legal periods::

    import datetime, zhifa
    cal = zhifa.WorkCalendar.china()
    cal.add_working_days(datetime.date(2026, 9, 28), 5)   # over the National Day holiday
    d = zhifa.deadline("hearing_request", datetime.date(2026, 9, 28))
    print(d.due); [print(s.text) for s in d.explain()]

Errors derive from zhifa.Error; ValidationError is also a ValueError.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

from ._core import (
    __version__,
    CalendarCoverageError,
    CalendarYear,
    Citation,
    ConflictError,
    CreditCode,
    DataFileError,
    DayKind,
    Deadline,
    DeadlineStep,
    Error,
    Extension,
    Festival,
    HolidayNotice,
    LegalGuardError,
    LegalPeriod,
    Money,
    NotFoundError,
    OverflowError,
    PeriodDirection,
    PeriodTable,
    PeriodUnit,
    ResidentId,
    RestDayRule,
    Rounding,
    Sex,
    Suspension,
    ValidationError,
    WorkCalendar,
    is_valid_credit_code,
    is_valid_resident_id,
    statutory_day_rule,
    statutory_day_unit,
)

__all__ = [
    "__version__",
    "CalendarCoverageError",
    "CalendarYear",
    "Citation",
    "ConflictError",
    "CreditCode",
    "DataFileError",
    "DayKind",
    "Deadline",
    "DeadlineStep",
    "Error",
    "Extension",
    "Festival",
    "HolidayNotice",
    "LegalGuardError",
    "LegalPeriod",
    "Money",
    "NotFoundError",
    # OverflowError is zhifa.OverflowError but stays out of __all__: a star import would shadow
    # the built-in OverflowError (which it subclasses).
    "PeriodDirection",
    "PeriodTable",
    "PeriodUnit",
    "ResidentId",
    "RestDayRule",
    "Rounding",
    "Sex",
    "Suspension",
    "ValidationError",
    "WorkCalendar",
    "deadline",
    "is_valid_credit_code",
    "is_valid_resident_id",
    "period",
    "statutory_day_rule",
    "statutory_day_unit",
]


def period(key: str) -> LegalPeriod:
    """The named period from the built-in national table (PeriodTable.builtin())."""
    return PeriodTable.builtin()[key]


def deadline(key: str, start: _dt.date, calendar: Optional[WorkCalendar] = None) -> Deadline:
    """A Deadline ledger for the named national period started on `start`."""
    return Deadline(period(key), start, calendar)


# Python-only niceties.
Money.__repr__ = lambda self: f"Money('{self}')"
Citation.__repr__ = lambda self: f"Citation('{self}')"
ResidentId.__repr__ = lambda self: "ResidentId(<personal data>)"
CreditCode.__repr__ = lambda self: f"CreditCode('{self}')"
LegalPeriod.__repr__ = lambda self: f"LegalPeriod('{self.key}': {self.summary()})"
DeadlineStep.__repr__ = lambda self: f"DeadlineStep({self.date.isoformat()}: {self.text})"
WorkCalendar.__repr__ = lambda self: f"WorkCalendar({self.coverage_text})"
Deadline.__repr__ = lambda self: f"Deadline('{self.period.key}' from {self.start.isoformat()})"


def _step_dict(step: DeadlineStep) -> dict:
    return {"text": step.text, "date": step.date,
            "basis": None if step.basis is None else str(step.basis)}


def _deadline_to_dict(self: Deadline) -> dict:
    """The ledger as plain data: period, start, suspensions, extensions, due date and steps."""
    return {
        "period": self.period.key,
        "start": self.start,
        "suspensions": [{"from": s.from_, "to": s.to, "reason": s.reason} for s in self.suspensions],
        "extensions": [{"length": e.length, "approver": e.approver, "reason": e.reason,
                        "approved_on": e.approved_on} for e in self.extensions],
        "due": self.due,
        "steps": [_step_dict(s) for s in self.explain()],
    }


Deadline.to_dict = _deadline_to_dict

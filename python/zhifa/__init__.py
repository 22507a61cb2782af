"""zhifa: administrative enforcement case management under PRC law.

Start with the working-day calendar and legal periods::

    import datetime, zhifa
    cal = zhifa.WorkCalendar.china()
    cal.add_working_days(datetime.date(2026, 9, 28), 5)   # over the National Day holiday
    d = zhifa.deadline("hearing_request", datetime.date(2026, 9, 28))
    print(d.due); [print(s.text) for s in d.explain()]

The top level holds the whole API (__all__, grouped by area). Submodules:

- zhifa.errors: the exceptions, all under zhifa.Error; ValidationError is also a ValueError,
  NotFoundError a KeyError.
- zhifa.pandas: DataFrames of records (needs pandas; importing zhifa does not import it).
- zhifa.dask: the case-file audit on Dask distributed (needs python3-distributed).

Money is integer fen everywhere (Money.fen; keys ending in _fen in to_dict()); dates are
datetime.date. help() on any class or function gives its contract, with the article it applies.
"""

from __future__ import annotations

import datetime as _dt
import json as _json
import re as _re
from typing import Any, Dict, Iterator, Optional

# Every public name of the compiled module: the classes and functions of __all__ that are not
# defined in this file. Static tools read them from _core.pyi; tests/python/test_package.py
# checks that this import and __all__ name the same things.
from ._core import *  # noqa: F401,F403
from ._core import __version__
from . import errors
from . import _reprs  # noqa: F401 - gives the compiled value types their reprs
from .pandas import to_dataframe

__all__ = [
    "__version__",
    # Errors (also in zhifa.errors). OverflowError is zhifa.OverflowError but stays out of
    # __all__: a star import would shadow the built-in OverflowError (which it subclasses).
    "Error", "ValidationError", "DataFileError", "LegalGuardError", "NotFoundError",
    "ConflictError", "CalendarCoverageError", "StorageError", "IntegrityError", "ArchiveError",
    # Money, identifiers and citations.
    "Money", "Rounding", "ResidentId", "Sex", "is_valid_resident_id", "CreditCode",
    "is_valid_credit_code", "Citation",
    # The working-day calendar, legal periods and deadline ledgers.
    "WorkCalendar", "DayKind", "CalendarYear", "HolidayNotice", "Festival", "LegalPeriod",
    "PeriodUnit", "PeriodDirection", "RestDayRule", "PeriodTable", "period", "statutory_day_unit",
    "statutory_day_rule", "Deadline", "deadline", "DeadlineStep", "Suspension", "Extension",
    # Parties and agencies.
    "Party", "PartyKind", "Agency", "PowerItem", "PowerKind", "Officer", "Certificate",
    # The case and its parts.
    "Case", "CaseStatus", "CaseSource", "ProcedureKind", "CaseFlags", "CaseEvent", "Violation",
    "Evidence", "EvidenceKind", "Document", "DocumentType", "ServiceRecord", "ServiceMethod",
    "RightsNotice", "Hearing", "LegalReview", "ReviewFinding", "ReviewVerdict",
    "CollectiveDiscussion", "Decision", "Outcome", "Mitigation", "Penalty", "PenaltyKind",
    "Payment", "PaymentArrangement", "RemedyPeriod", "DecisionChange", "DecisionChangeKind",
    "Publication",
    # The procedure and the case's deadlines.
    "Procedure", "JurisdictionRules", "OnTheSpotGround", "CaseDeadline", "DeadlineState",
    "case_deadlines",
    # The case store.
    "CaseStore", "CaseSummary", "StoredDeadline", "ImportReport",
    # Synthetic case files.
    "SyntheticCaseGenerator", "SyntheticCase", "synthetic_agency",
    # Discretion benchmarks and the penalty engine.
    "Catalog", "CatalogItem", "FineRule", "FineBase", "Ratio", "Tier", "TierKind", "ConflictRule",
    "lint", "LintFinding", "PenaltyFacts", "recommend", "Recommendation", "TraceStep",
    "check_penalty", "PenaltyCheck",
    # The full-process record (Art. 47) and its Merkle log.
    "RecordEntry", "RecordStep", "RecordKind", "encode_record", "record_leaf_hash",
    "record_problem", "record_log", "verify_record_log", "LogVerification", "RecordingPolicy",
    "AvRequirement", "RecordingGap", "MerkleLog", "TreeHead", "SignedTreeHead", "SigningKey",
    "VerifyingKey", "validate_timestamp", "sha256", "leaf_hash", "node_hash", "empty_root",
    "root_of", "verify_inclusion", "verify_consistency", "to_hex", "hash_from_hex",
    # Legality review (Art. 58) and normative documents.
    "ReviewCriteria", "ReviewCriterion", "ReviewItemSpec", "ReviewGround", "SubjectReview",
    "ReviewSubject", "NormativeDocument", "NormativeStatus",
    # The case-file audit.
    "Standard", "StandardItem", "GradeBand", "ItemSection", "AuditContext", "audit_case",
    "audit_cases", "audit_store", "AuditResult", "ItemResult", "Finding", "CheckStatus",
    "ReviewerFinding", "add_reviewer_finding", "AuditRun", "audit_report", "AuditReport",
    "write_audit_report",
    # Public disclosure (Art. 39, 48, 50) and the annual statistics.
    "DisclosureRules", "PublicityPeriod", "disclosure_state", "DisclosureState", "DisclosureStatus",
    "make_disclosure", "DisclosureRecord", "DisclosedParty", "DisclosedViolation", "mask_name",
    "mask_resident_id", "mask_text", "disclosure_records_to_json", "disclosure_records_to_csv",
    "csv_field", "public_catalog", "PublicCatalog", "CatalogOfficer", "CatalogPower",
    "CatalogProcedure", "CatalogStep", "CatalogRemedy", "disclosure_report", "DisclosureReport",
    "DisclosureReportRow", "disclosure_records", "export_disclosure_records", "annual_statistics",
    "EnforcementStatistics",
    "DueCounts",
    # Random inspections (双随机、一公开).
    "InspectionItem", "inspection_items_from_json", "InspectionEntity", "InspectionHistory",
    "entities_from_json", "entities_from_json_file", "entities_to_json", "entities_hash",
    "Inspector", "InspectorConflict", "inspectors_from_json", "inspectors_from_json_file",
    "inspectors_to_json", "inspectors_hash", "InspectionPlan", "ClassQuota", "PlanExclusion",
    "seed_commitment", "draw_ticket", "draw", "redraw", "DrawRecord", "ClassDraw", "DrawSelection",
    "DrawFailure", "replay", "ReplayResult", "inspection_tasks", "InspectionTask", "tasks_to_json",
    "tasks_to_csv", "InspectionResult", "InspectionResults", "FollowUp", "results_due", "ResultDue",
    "PublicationState", "results_to_csv",
    # Electronic case files.
    "export_archive", "import_archive", "archive_file_name", "export_archives", "archive_files",
    "import_archives", "audit_archives",
    # The year's review.
    "review_year", "YearReview",
    # pandas (also in zhifa.pandas).
    "to_dataframe",
]


def period(key: str) -> LegalPeriod:
    """The named period from the built-in national table (PeriodTable.builtin()). Raises
    zhifa.NotFoundError listing the known keys."""
    return PeriodTable.builtin()[key]


def deadline(key: str, start: _dt.date, calendar: Optional[WorkCalendar] = None) -> Deadline:
    """A Deadline ledger for the named national period started on `start` (the start day not
    counted), on `calendar` (default WorkCalendar.china()). Raises zhifa.NotFoundError for an
    unknown key."""
    return Deadline(period(key), start, calendar)


_ISO_DATE = _re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date_or_text(value: Any) -> Any:
    if isinstance(value, str) and _ISO_DATE.match(value):
        return _dt.date.fromisoformat(value)
    if isinstance(value, list):
        return [_date_or_text(v) for v in value]
    return value


def _dates(obj: Dict[str, Any]) -> Dict[str, Any]:
    return {k: _date_or_text(v) for k, v in obj.items()}


def _json_to_dict(self: Any) -> Dict[str, Any]:
    """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
    --json), with YYYY-MM-DD texts as datetime.date and money in integer fen."""
    data: Dict[str, Any] = _json.loads(self.to_json(), object_hook=_dates)
    return data


# One shape per value, written by the library (to_json): the CLI prints it, to_dict() reads it.
for _cls in (Deadline, LegalPeriod, CaseDeadline, StoredDeadline, CaseSummary, Recommendation,
             AuditRun, AuditResult, YearReview, DisclosureReport, EnforcementStatistics,
             DrawRecord, LogVerification, SignedTreeHead):
    setattr(_cls, "to_dict", _json_to_dict)
del _cls


def _case_to_dict(self: Case) -> Dict[str, Any]:
    """The case as plain data in the JSON Lines schema (dates as ISO text, money in fen)."""
    data: Dict[str, Any] = _json.loads(self.to_json())
    return data


def _iter_cases(self: CaseStore, page_size: int = 256, **filters: Any) -> Iterator[Case]:
    """Whole cases matching the filters (those of CaseStore.list), in id order, read a page of
    page_size ids at a time (CaseStore.ids, then CaseStore.get_many): memory stays bounded by
    the page, whatever the store's size. limit and offset hold over all pages. Raises
    ValueError for a page_size below 1, TypeError for an unknown filter."""
    if page_size <= 0:
        raise ValueError(f"page_size must be positive, got {page_size}")
    remaining = filters.pop("limit", None)
    offset = filters.pop("offset", None)
    after = filters.pop("after_id", None)
    while remaining is None or remaining > 0:
        n = page_size if remaining is None else min(page_size, remaining)
        page_filters = dict(filters, limit=n)
        if after is not None:
            page_filters["after_id"] = after
        if offset:
            page_filters["offset"] = offset
            offset = None
        ids = self.ids(**page_filters)
        if not ids:
            return
        yield from self.get_many(ids)
        after = ids[-1]
        if remaining is not None:
            remaining -= len(ids)
        if len(ids) < n:
            return


setattr(Case, "to_dict", _case_to_dict)
setattr(CaseStore, "iter_cases", _iter_cases)


def _recommendation_text(self: Recommendation) -> str:
    """The trace as text, one step a line, each with its citation."""
    return "\n".join(s.text + (f"  [{s.basis}]" if s.basis is not None else "") for s in self.trace)


setattr(Recommendation, "text", _recommendation_text)

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
import json as _json
import re as _re
from typing import Any, Iterable, Iterator, Optional

from ._core import (
    __version__,
    add_reviewer_finding,
    Agency,
    annual_statistics,
    archive_file_name,
    archive_files,
    ArchiveError,
    audit_archives,
    audit_case,
    audit_cases,
    audit_report,
    audit_store,
    AuditContext,
    AuditReport,
    AuditResult,
    AuditRun,
    AvRequirement,
    CalendarCoverageError,
    CalendarYear,
    Case,
    case_deadlines,
    CaseDeadline,
    CaseEvent,
    CaseFlags,
    CaseSource,
    CaseStatus,
    CaseStore,
    CaseSummary,
    Catalog,
    CatalogItem,
    CatalogOfficer,
    CatalogPower,
    CatalogProcedure,
    CatalogRemedy,
    CatalogStep,
    Certificate,
    check_penalty,
    CheckStatus,
    Citation,
    ClassDraw,
    ClassQuota,
    CollectiveDiscussion,
    ConflictError,
    ConflictRule,
    CreditCode,
    csv_field,
    DataFileError,
    DayKind,
    Deadline,
    DeadlineState,
    DeadlineStep,
    Decision,
    DecisionChange,
    DecisionChangeKind,
    DisclosedParty,
    DisclosedViolation,
    disclosure_records,
    disclosure_records_to_csv,
    disclosure_records_to_json,
    disclosure_report,
    disclosure_state,
    DisclosureRecord,
    DisclosureReport,
    DisclosureReportRow,
    DisclosureRules,
    DisclosureState,
    DisclosureStatus,
    Document,
    DocumentType,
    draw,
    draw_ticket,
    DrawFailure,
    DrawRecord,
    DrawSelection,
    DueCounts,
    empty_root,
    encode_record,
    EnforcementStatistics,
    entities_from_json,
    entities_from_json_file,
    entities_hash,
    entities_to_json,
    Error,
    Evidence,
    EvidenceKind,
    export_archive,
    export_archives,
    Extension,
    Festival,
    Finding,
    FineBase,
    FineRule,
    FollowUp,
    GradeBand,
    hash_from_hex,
    Hearing,
    HolidayNotice,
    import_archive,
    import_archives,
    ImportReport,
    inspection_items_from_json,
    inspection_tasks,
    InspectionEntity,
    InspectionHistory,
    InspectionItem,
    InspectionPlan,
    InspectionResult,
    InspectionResults,
    InspectionTask,
    Inspector,
    InspectorConflict,
    inspectors_from_json,
    inspectors_from_json_file,
    inspectors_hash,
    inspectors_to_json,
    IntegrityError,
    is_valid_credit_code,
    is_valid_resident_id,
    ItemResult,
    ItemSection,
    JurisdictionRules,
    leaf_hash,
    LegalGuardError,
    LegalPeriod,
    LegalReview,
    lint,
    LintFinding,
    LogVerification,
    make_disclosure,
    mask_name,
    mask_resident_id,
    mask_text,
    MerkleLog,
    Mitigation,
    Money,
    node_hash,
    NormativeDocument,
    NormativeStatus,
    NotFoundError,
    Officer,
    OnTheSpotGround,
    Outcome,
    OverflowError,
    Party,
    PartyKind,
    Payment,
    PaymentArrangement,
    Penalty,
    PenaltyCheck,
    PenaltyFacts,
    PenaltyKind,
    PeriodDirection,
    PeriodTable,
    PeriodUnit,
    PlanExclusion,
    PowerItem,
    PowerKind,
    Procedure,
    ProcedureKind,
    public_catalog,
    Publication,
    PublicationState,
    PublicCatalog,
    PublicityPeriod,
    Ratio,
    recommend,
    Recommendation,
    record_leaf_hash,
    record_log,
    record_problem,
    RecordEntry,
    RecordingGap,
    RecordingPolicy,
    RecordKind,
    RecordStep,
    redraw,
    RemedyPeriod,
    replay,
    ReplayResult,
    ResidentId,
    RestDayRule,
    ResultDue,
    results_due,
    results_to_csv,
    review_year,
    ReviewCriteria,
    ReviewCriterion,
    ReviewerFinding,
    ReviewFinding,
    ReviewGround,
    ReviewItemSpec,
    ReviewSubject,
    ReviewVerdict,
    RightsNotice,
    root_of,
    Rounding,
    seed_commitment,
    ServiceMethod,
    ServiceRecord,
    Sex,
    sha256,
    SignedTreeHead,
    SigningKey,
    Standard,
    StandardItem,
    statutory_day_rule,
    statutory_day_unit,
    StorageError,
    StoredDeadline,
    SubjectReview,
    Suspension,
    synthetic_agency,
    SyntheticCase,
    SyntheticCaseGenerator,
    tasks_to_csv,
    tasks_to_json,
    Tier,
    TierKind,
    to_hex,
    TraceStep,
    TreeHead,
    validate_timestamp,
    ValidationError,
    verify_consistency,
    verify_inclusion,
    verify_record_log,
    VerifyingKey,
    Violation,
    WorkCalendar,
    write_audit_report,
    YearReview,
)

__all__ = [
    # OverflowError is zhifa.OverflowError but stays out of __all__: a star import would shadow
    # the built-in OverflowError (which it subclasses).
    "__version__",
    "add_reviewer_finding",
    "Agency",
    "annual_statistics",
    "archive_file_name",
    "archive_files",
    "ArchiveError",
    "audit_archives",
    "audit_case",
    "audit_cases",
    "audit_report",
    "audit_store",
    "AuditContext",
    "AuditReport",
    "AuditResult",
    "AuditRun",
    "AvRequirement",
    "CalendarCoverageError",
    "CalendarYear",
    "Case",
    "case_deadlines",
    "CaseDeadline",
    "CaseEvent",
    "CaseFlags",
    "CaseSource",
    "CaseStatus",
    "CaseStore",
    "CaseSummary",
    "Catalog",
    "CatalogItem",
    "CatalogOfficer",
    "CatalogPower",
    "CatalogProcedure",
    "CatalogRemedy",
    "CatalogStep",
    "Certificate",
    "check_penalty",
    "CheckStatus",
    "Citation",
    "ClassDraw",
    "ClassQuota",
    "CollectiveDiscussion",
    "ConflictError",
    "ConflictRule",
    "CreditCode",
    "csv_field",
    "DataFileError",
    "DayKind",
    "Deadline",
    "deadline",
    "DeadlineState",
    "DeadlineStep",
    "Decision",
    "DecisionChange",
    "DecisionChangeKind",
    "DisclosedParty",
    "DisclosedViolation",
    "disclosure_records",
    "disclosure_records_to_csv",
    "disclosure_records_to_json",
    "disclosure_report",
    "disclosure_state",
    "DisclosureRecord",
    "DisclosureReport",
    "DisclosureReportRow",
    "DisclosureRules",
    "DisclosureState",
    "DisclosureStatus",
    "Document",
    "DocumentType",
    "draw",
    "draw_ticket",
    "DrawFailure",
    "DrawRecord",
    "DrawSelection",
    "DueCounts",
    "empty_root",
    "encode_record",
    "EnforcementStatistics",
    "entities_from_json",
    "entities_from_json_file",
    "entities_hash",
    "entities_to_json",
    "Error",
    "Evidence",
    "EvidenceKind",
    "export_archive",
    "export_archives",
    "Extension",
    "Festival",
    "Finding",
    "FineBase",
    "FineRule",
    "FollowUp",
    "GradeBand",
    "hash_from_hex",
    "Hearing",
    "HolidayNotice",
    "import_archive",
    "import_archives",
    "ImportReport",
    "inspection_items_from_json",
    "inspection_tasks",
    "InspectionEntity",
    "InspectionHistory",
    "InspectionItem",
    "InspectionPlan",
    "InspectionResult",
    "InspectionResults",
    "InspectionTask",
    "Inspector",
    "InspectorConflict",
    "inspectors_from_json",
    "inspectors_from_json_file",
    "inspectors_hash",
    "inspectors_to_json",
    "IntegrityError",
    "is_valid_credit_code",
    "is_valid_resident_id",
    "ItemResult",
    "ItemSection",
    "JurisdictionRules",
    "leaf_hash",
    "LegalGuardError",
    "LegalPeriod",
    "LegalReview",
    "lint",
    "LintFinding",
    "LogVerification",
    "make_disclosure",
    "mask_name",
    "mask_resident_id",
    "mask_text",
    "MerkleLog",
    "Mitigation",
    "Money",
    "node_hash",
    "NormativeDocument",
    "NormativeStatus",
    "NotFoundError",
    "Officer",
    "OnTheSpotGround",
    "Outcome",
    "Party",
    "PartyKind",
    "Payment",
    "PaymentArrangement",
    "Penalty",
    "PenaltyCheck",
    "PenaltyFacts",
    "PenaltyKind",
    "period",
    "PeriodDirection",
    "PeriodTable",
    "PeriodUnit",
    "PlanExclusion",
    "PowerItem",
    "PowerKind",
    "Procedure",
    "ProcedureKind",
    "public_catalog",
    "Publication",
    "PublicationState",
    "PublicCatalog",
    "PublicityPeriod",
    "Ratio",
    "recommend",
    "Recommendation",
    "record_leaf_hash",
    "record_log",
    "record_problem",
    "RecordEntry",
    "RecordingGap",
    "RecordingPolicy",
    "RecordKind",
    "RecordStep",
    "redraw",
    "RemedyPeriod",
    "replay",
    "ReplayResult",
    "ResidentId",
    "RestDayRule",
    "ResultDue",
    "results_due",
    "results_to_csv",
    "review_year",
    "ReviewCriteria",
    "ReviewCriterion",
    "ReviewerFinding",
    "ReviewFinding",
    "ReviewGround",
    "ReviewItemSpec",
    "ReviewSubject",
    "ReviewVerdict",
    "RightsNotice",
    "root_of",
    "Rounding",
    "seed_commitment",
    "ServiceMethod",
    "ServiceRecord",
    "Sex",
    "sha256",
    "SignedTreeHead",
    "SigningKey",
    "Standard",
    "StandardItem",
    "statutory_day_rule",
    "statutory_day_unit",
    "StorageError",
    "StoredDeadline",
    "SubjectReview",
    "Suspension",
    "synthetic_agency",
    "SyntheticCase",
    "SyntheticCaseGenerator",
    "tasks_to_csv",
    "tasks_to_json",
    "Tier",
    "TierKind",
    "to_dataframe",
    "to_hex",
    "TraceStep",
    "TreeHead",
    "validate_timestamp",
    "ValidationError",
    "verify_consistency",
    "verify_inclusion",
    "verify_record_log",
    "VerifyingKey",
    "Violation",
    "WorkCalendar",
    "write_audit_report",
    "YearReview",
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


_ISO_DATE = _re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date_or_text(value: Any) -> Any:
    if isinstance(value, str) and _ISO_DATE.match(value):
        return _dt.date.fromisoformat(value)
    if isinstance(value, list):
        return [_date_or_text(v) for v in value]
    return value


def _dates(obj: dict) -> dict:
    return {k: _date_or_text(v) for k, v in obj.items()}


def _json_to_dict(self: Any) -> dict:
    """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
    --json), with YYYY-MM-DD texts as datetime.date."""
    return _json.loads(self.to_json(), object_hook=_dates)


# One shape per value, written by the library (to_json): the CLI prints it, to_dict() reads it.
for _cls in (Deadline, LegalPeriod, CaseDeadline, StoredDeadline, CaseSummary, Recommendation,
             AuditRun, AuditResult, YearReview, DisclosureReport, EnforcementStatistics,
             DrawRecord):
    _cls.to_dict = _json_to_dict
del _cls


def _case_to_dict(self: Case) -> dict:
    """The case as plain data in the JSON Lines schema (dates as ISO text, money in fen)."""
    return _json.loads(self.to_json())


def _iter_cases(self: CaseStore, page_size: int = 256, **filters: Any) -> Iterator[Case]:
    """Whole cases matching the filters (those of CaseStore.list), in id order, read a page of
    page_size ids at a time (CaseStore.ids, then CaseStore.get_many): memory stays bounded by
    the page, whatever the store's size. limit and offset hold over all pages."""
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


def to_dataframe(records: Iterable[Any]):
    """A pandas DataFrame of records (anything with to_dict(), or dicts). Needs pandas
    (Debian: python3-pandas)."""
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the machine
        raise ImportError("zhifa.to_dataframe needs pandas (Debian: apt-get install python3-pandas)") from e
    rows = [r if isinstance(r, dict) else r.to_dict() for r in records]
    return pandas.DataFrame(rows)


Case.to_dict = _case_to_dict
Case.__repr__ = lambda self: f"Case(#{self.id} {self.number or '(no number)'} {self.status.name.lower()})"
CaseSummary.__repr__ = lambda self: f"CaseSummary(#{self.id} {self.number} {self.status.name.lower()})"
CaseStore.iter_cases = _iter_cases
CaseStore.__repr__ = lambda self: f"CaseStore({self.path!r}, schema {self.schema_version})"


def _recommendation_text(self: Recommendation) -> str:
    """The trace as text, one step a line, each with its citation."""
    return "\n".join(s.text + (f"  [{s.basis}]" if s.basis is not None else "") for s in self.trace)


Recommendation.text = _recommendation_text


# The Merkle log of the full-process record (Art. 47): readable reprs; a SigningKey never shows
# its private half.
MerkleLog.__repr__ = lambda self: f"MerkleLog(size={self.size})"
TreeHead.__repr__ = lambda self: (f"TreeHead(size={self.size}, root='{to_hex(self.root)}', "
                                  f"timestamp='{self.timestamp}')")
SignedTreeHead.__repr__ = lambda self: f"SignedTreeHead({self.head!r}, key_id='{self.key_id}')"
SigningKey.__repr__ = lambda self: f"SigningKey(key_id='{self.key_id}')"
VerifyingKey.__repr__ = lambda self: f"VerifyingKey(key_id='{self.key_id}')"

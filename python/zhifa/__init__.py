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
from typing import Any, Iterable, Iterator, Optional

from ._core import (
    Agency,
    AuditContext,
    AuditReport,
    AuditResult,
    AuditRun,
    AvRequirement,
    CalendarCoverageError,
    CalendarYear,
    Case,
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
    CheckStatus,
    Citation,
    ClassDraw,
    ClassQuota,
    CollectiveDiscussion,
    ConflictError,
    ConflictRule,
    CreditCode,
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
    DisclosureRecord,
    DisclosureReport,
    DisclosureReportRow,
    DisclosureRules,
    DisclosureState,
    DisclosureStatus,
    Document,
    DocumentType,
    DrawFailure,
    DrawRecord,
    DrawSelection,
    DueCounts,
    EnforcementStatistics,
    Error,
    Evidence,
    EvidenceKind,
    Extension,
    Festival,
    Finding,
    FineBase,
    FineRule,
    FollowUp,
    GradeBand,
    Hearing,
    HolidayNotice,
    ImportReport,
    InspectionEntity,
    InspectionHistory,
    InspectionItem,
    InspectionPlan,
    InspectionResult,
    InspectionResults,
    InspectionTask,
    Inspector,
    InspectorConflict,
    IntegrityError,
    ArchiveError,
    archive_file_name,
    archive_files,
    audit_archives,
    export_archive,
    export_archives,
    import_archive,
    import_archives,
    ItemResult,
    ItemSection,
    JurisdictionRules,
    LegalGuardError,
    LegalPeriod,
    LegalReview,
    LintFinding,
    LogVerification,
    MerkleLog,
    Mitigation,
    Money,
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
    PublicCatalog,
    Publication,
    PublicationState,
    PublicityPeriod,
    Ratio,
    Recommendation,
    RecordEntry,
    RecordKind,
    RecordStep,
    RecordingGap,
    RecordingPolicy,
    RemedyPeriod,
    ReplayResult,
    ResidentId,
    RestDayRule,
    ResultDue,
    ReviewCriteria,
    ReviewCriterion,
    ReviewFinding,
    ReviewGround,
    ReviewItemSpec,
    ReviewSubject,
    ReviewVerdict,
    ReviewerFinding,
    RightsNotice,
    Rounding,
    ServiceMethod,
    ServiceRecord,
    Sex,
    SignedTreeHead,
    SigningKey,
    Standard,
    StandardItem,
    StorageError,
    StoredDeadline,
    SubjectReview,
    Suspension,
    SyntheticCase,
    SyntheticCaseGenerator,
    Tier,
    TierKind,
    TraceStep,
    TreeHead,
    ValidationError,
    VerifyingKey,
    Violation,
    WorkCalendar,
    __version__,
    add_reviewer_finding,
    annual_statistics,
    audit_case,
    audit_cases,
    audit_report,
    audit_store,
    case_deadlines,
    check_penalty,
    csv_field,
    disclosure_records,
    disclosure_records_to_csv,
    disclosure_records_to_json,
    disclosure_report,
    disclosure_state,
    draw,
    draw_ticket,
    empty_root,
    encode_record,
    entities_from_json,
    entities_from_json_file,
    entities_hash,
    entities_to_json,
    hash_from_hex,
    inspection_items_from_json,
    inspection_tasks,
    inspectors_from_json,
    inspectors_from_json_file,
    inspectors_hash,
    inspectors_to_json,
    is_valid_credit_code,
    is_valid_resident_id,
    leaf_hash,
    lint,
    make_disclosure,
    mask_name,
    mask_resident_id,
    mask_text,
    node_hash,
    public_catalog,
    recommend,
    record_leaf_hash,
    record_log,
    record_problem,
    redraw,
    replay,
    results_due,
    results_to_csv,
    root_of,
    seed_commitment,
    sha256,
    statutory_day_rule,
    statutory_day_unit,
    synthetic_agency,
    tasks_to_csv,
    tasks_to_json,
    to_hex,
    validate_timestamp,
    verify_consistency,
    verify_inclusion,
    verify_record_log,
)

__all__ = [
    "__version__",
    # OverflowError is zhifa.OverflowError but stays out of __all__: a star import would shadow
    # the built-in OverflowError (which it subclasses).
    "Agency",
    "AuditContext",
    "AuditReport",
    "AuditResult",
    "AuditRun",
    "AvRequirement",
    "CalendarCoverageError",
    "CalendarYear",
    "Case",
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
    "CheckStatus",
    "Citation",
    "ClassDraw",
    "ClassQuota",
    "CollectiveDiscussion",
    "ConflictError",
    "ConflictRule",
    "CreditCode",
    "DataFileError",
    "DayKind",
    "Deadline",
    "DeadlineState",
    "DeadlineStep",
    "Decision",
    "DecisionChange",
    "DecisionChangeKind",
    "DisclosedParty",
    "DisclosedViolation",
    "DisclosureRecord",
    "DisclosureReport",
    "DisclosureReportRow",
    "DisclosureRules",
    "DisclosureState",
    "DisclosureStatus",
    "Document",
    "DocumentType",
    "DrawFailure",
    "DrawRecord",
    "DrawSelection",
    "DueCounts",
    "EnforcementStatistics",
    "Error",
    "Evidence",
    "EvidenceKind",
    "Extension",
    "Festival",
    "Finding",
    "FineBase",
    "FineRule",
    "FollowUp",
    "GradeBand",
    "Hearing",
    "HolidayNotice",
    "ImportReport",
    "InspectionEntity",
    "InspectionHistory",
    "InspectionItem",
    "InspectionPlan",
    "InspectionResult",
    "InspectionResults",
    "InspectionTask",
    "Inspector",
    "InspectorConflict",
    "IntegrityError",
    "ArchiveError",
    "archive_file_name",
    "archive_files",
    "audit_archives",
    "export_archive",
    "export_archives",
    "import_archive",
    "import_archives",
    "ItemResult",
    "ItemSection",
    "JurisdictionRules",
    "LegalGuardError",
    "LegalPeriod",
    "LegalReview",
    "LintFinding",
    "LogVerification",
    "MerkleLog",
    "Mitigation",
    "Money",
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
    "PeriodDirection",
    "PeriodTable",
    "PeriodUnit",
    "PlanExclusion",
    "PowerItem",
    "PowerKind",
    "Procedure",
    "ProcedureKind",
    "PublicCatalog",
    "Publication",
    "PublicationState",
    "PublicityPeriod",
    "Ratio",
    "Recommendation",
    "RecordEntry",
    "RecordKind",
    "RecordStep",
    "RecordingGap",
    "RecordingPolicy",
    "RemedyPeriod",
    "ReplayResult",
    "ResidentId",
    "RestDayRule",
    "ResultDue",
    "ReviewCriteria",
    "ReviewCriterion",
    "ReviewFinding",
    "ReviewGround",
    "ReviewItemSpec",
    "ReviewSubject",
    "ReviewVerdict",
    "ReviewerFinding",
    "RightsNotice",
    "Rounding",
    "ServiceMethod",
    "ServiceRecord",
    "Sex",
    "SignedTreeHead",
    "SigningKey",
    "Standard",
    "StandardItem",
    "StorageError",
    "StoredDeadline",
    "SubjectReview",
    "Suspension",
    "SyntheticCase",
    "SyntheticCaseGenerator",
    "Tier",
    "TierKind",
    "TraceStep",
    "TreeHead",
    "ValidationError",
    "VerifyingKey",
    "Violation",
    "WorkCalendar",
    "add_reviewer_finding",
    "annual_statistics",
    "audit_case",
    "audit_cases",
    "audit_report",
    "audit_store",
    "case_deadlines",
    "check_penalty",
    "csv_field",
    "deadline",
    "disclosure_records",
    "disclosure_records_to_csv",
    "disclosure_records_to_json",
    "disclosure_report",
    "disclosure_state",
    "draw",
    "draw_ticket",
    "empty_root",
    "encode_record",
    "entities_from_json",
    "entities_from_json_file",
    "entities_hash",
    "entities_to_json",
    "hash_from_hex",
    "inspection_items_from_json",
    "inspection_tasks",
    "inspectors_from_json",
    "inspectors_from_json_file",
    "inspectors_hash",
    "inspectors_to_json",
    "is_valid_credit_code",
    "is_valid_resident_id",
    "leaf_hash",
    "lint",
    "make_disclosure",
    "mask_name",
    "mask_resident_id",
    "mask_text",
    "node_hash",
    "period",
    "public_catalog",
    "recommend",
    "record_leaf_hash",
    "record_log",
    "record_problem",
    "redraw",
    "replay",
    "results_due",
    "results_to_csv",
    "root_of",
    "seed_commitment",
    "sha256",
    "statutory_day_rule",
    "statutory_day_unit",
    "synthetic_agency",
    "tasks_to_csv",
    "tasks_to_json",
    "to_dataframe",
    "to_hex",
    "validate_timestamp",
    "verify_consistency",
    "verify_inclusion",
    "verify_record_log",
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


def _case_to_dict(self: Case) -> dict:
    """The case as plain data in the JSON Lines schema (dates as ISO text, money in fen)."""
    return _json.loads(self.to_json())


def _summary_to_dict(self: CaseSummary) -> dict:
    return {"id": self.id, "number": self.number, "agency_code": self.agency_code,
            "power_code": self.power_code, "status": self.status.name.lower(),
            "procedure": self.procedure.name.lower(), "title": self.title,
            "party_name": self.party_name, "party_identifier": self.party_identifier,
            "lead_on": self.lead_on, "filed_on": self.filed_on, "decided_on": self.decided_on,
            "total_fine_fen": self.total_fine.fen}


def _stored_deadline_to_dict(self: StoredDeadline) -> dict:
    d = self.deadline
    return {"case_id": self.case_id, "number": self.number, "deadline": d.key,
            "due": d.due, "state": d.state.name.lower(), "met_on": d.met_on,
            "party_period": d.party_period}


def _iter_cases(self: CaseStore, **filters: Any) -> Iterator[Case]:
    """Whole cases matching the filters, loaded one page of ids at a time."""
    limit = filters.pop("limit", None)
    yielded = 0
    for case_id in self.ids(**filters):
        if limit is not None and yielded >= limit:
            return
        yield self.get(case_id)
        yielded += 1


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
CaseSummary.to_dict = _summary_to_dict
CaseSummary.__repr__ = lambda self: f"CaseSummary(#{self.id} {self.number} {self.status.name.lower()})"
StoredDeadline.to_dict = _stored_deadline_to_dict
CaseStore.iter_cases = _iter_cases
CaseStore.__repr__ = lambda self: f"CaseStore({self.path!r}, schema {self.schema_version})"


def _recommendation_text(self: Recommendation) -> str:
    """The trace as text, one step a line, each with its citation."""
    return "\n".join(s.text + (f"  [{s.basis}]" if s.basis is not None else "") for s in self.trace)


def _recommendation_to_dict(self: Recommendation) -> dict:
    def fen(m):
        return None if m is None else m.fen
    return {"penalty_allowed": self.penalty_allowed, "tier": self.tier.name.lower(),
            "tier_label": self.tier_label, "kinds": [k.name.lower() for k in self.kinds],
            "statutory_min_fen": fen(self.statutory_min), "statutory_max_fen": fen(self.statutory_max),
            "min_fen": fen(self.min), "max_fen": fen(self.max),
            "trace": [{"text": s.text, "basis": None if s.basis is None else str(s.basis)} for s in self.trace]}


Recommendation.text = _recommendation_text
Recommendation.to_dict = _recommendation_to_dict


# The Merkle log of the full-process record (Art. 47): readable reprs; a SigningKey never shows
# its private half.
MerkleLog.__repr__ = lambda self: f"MerkleLog(size={self.size})"
TreeHead.__repr__ = lambda self: (f"TreeHead(size={self.size}, root='{to_hex(self.root)}', "
                                  f"timestamp='{self.timestamp}')")
SignedTreeHead.__repr__ = lambda self: f"SignedTreeHead({self.head!r}, key_id='{self.key_id}')"
SigningKey.__repr__ = lambda self: f"SigningKey(key_id='{self.key_id}')"
VerifyingKey.__repr__ = lambda self: f"VerifyingKey(key_id='{self.key_id}')"

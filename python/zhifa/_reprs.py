"""The reprs of the compiled value types: the class and the few fields that tell values apart,
on one line. Never personal data: a natural person's name, identity number, birth date, phone
and address do not appear, nor the names of officers, inspectors and reviewers (ids do).

Field values print as: text quoted, dates as YYYY-MM-DD (<unset> for a date not yet set in a
value built empty), enumeration members by name, lists and mappings as their size (<3 items>),
anything else by its own repr.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Callable, Dict

from . import _core


def _value(v: Any) -> str:
    if isinstance(v, str):
        return repr(v)
    if isinstance(v, _dt.date):
        return v.isoformat()
    if hasattr(type(v), "__members__"):  # a pybind11 enumeration
        return str(v.name)
    if isinstance(v, (list, tuple, set, frozenset, dict)):
        return f"<{len(v)} item{'' if len(v) == 1 else 's'}>"
    return repr(v)


class _Unset:
    def __repr__(self) -> str:
        return "<unset>"


def _get(obj: Any, path: str) -> Any:
    try:
        for part in path.split("."):
            obj = getattr(obj, part)
    except ValueError:  # a date field of a value built empty, not yet set
        return _Unset()
    return obj


def _fields(*specs: str) -> Callable[[Any], str]:
    """A repr naming each field: 'name', a path 'deadline.state' (shown as state=...), or
    'label=path'."""
    shown = [s.split("=", 1) if "=" in s else (s.rsplit(".", 1)[-1], s) for s in specs]

    def __repr__(self: Any) -> str:
        text = ", ".join(f"{label}={_value(_get(self, path))}" for label, path in shown)
        return f"{type(self).__name__}({text})"

    return __repr__


def _flags(self: Any) -> str:
    on = [n for n in sorted(vars(type(self))) if not n.startswith("_") and getattr(self, n) is True]
    return f"{type(self).__name__}({', '.join(on)})"


def _party(self: Any) -> str:
    # A natural person's name and identifiers are personal data; an organisation's are public.
    who = "<personal data>" if self.is_natural_person else repr(self.name)
    return f"Party(id={self.id!r}, kind={self.kind.name}, {who})"


def _disclosed_party(self: Any) -> str:
    # As published: a natural person's name is already masked (王某).
    return f"DisclosedParty(kind={self.kind.name}, name={self.name!r}, masked={self.masked})"


def _replay(self: Any) -> str:
    return "ReplayResult(match=True)" if self.match else f"ReplayResult(difference={self.difference!r})"


_REPRS: Dict[type, Callable[[Any], str]] = {
    # Money, identifiers, citations, calendar, periods and deadlines.
    _core.Money: lambda self: f"Money('{self}')",
    _core.Citation: lambda self: f"Citation('{self}')",
    _core.ResidentId: lambda self: "ResidentId(<personal data>)",
    _core.CreditCode: lambda self: f"CreditCode('{self}')",
    _core.WorkCalendar: lambda self: f"WorkCalendar({self.coverage_text})",
    _core.CalendarYear: _fields("year", "festivals"),
    _core.HolidayNotice: _fields("year", "number"),
    _core.Festival: _fields("name", "statutory", "rest", "workdays"),
    _core.LegalPeriod: lambda self: f"LegalPeriod('{self.key}': {self.summary()})",
    _core.PeriodTable: _fields("periods"),
    _core.Deadline: lambda self: f"Deadline('{self.period.key}' from {self.start.isoformat()})",
    _core.DeadlineStep: lambda self: f"DeadlineStep({self.date.isoformat()}: {self.text})",
    _core.Suspension: _fields("from_", "to"),
    _core.Extension: _fields("length", "approved_on"),
    # Parties and agencies.
    _core.Party: _party,
    _core.Agency: _fields("code", "name", "powers", "officers"),
    _core.PowerItem: _fields("code", "kind"),
    _core.Officer: _fields("id"),
    _core.Certificate: _fields("number", "agency_code", "valid_from", "valid_to"),
    # The case and its parts.
    _core.Case: lambda self: (
        f"Case(#{self.id} {self.number or '(no number)'} {self.status.name.lower()})"),
    _core.CaseFlags: _flags,
    _core.CaseEvent: _fields("on", "action", "from_", "to"),
    _core.Violation: _fields("item_code", "act_date"),
    _core.Evidence: _fields("id", "kind", "verified"),
    _core.Document: _fields("id", "type", "number", "date"),
    _core.ServiceRecord: _fields("method", "served_on"),
    _core.RightsNotice: _fields("served_on", "proposed"),
    _core.Hearing: _fields("requested_on", "scheduled_for", "held_on"),
    _core.LegalReview: _fields("reviewer_id", "reviewed_on", "verdict"),
    _core.ReviewFinding: _fields("item", "satisfied"),
    _core.CollectiveDiscussion: _fields("held_on", "participants"),
    _core.Decision: _fields("outcome", "decided_on", "document_number", "penalties"),
    _core.Penalty: _fields("kind", "amount"),
    _core.Payment: _fields("paid_on", "amount"),
    _core.PaymentArrangement: _fields("approved_on", "instalments"),
    _core.RemedyPeriod: _fields("kind", "from_", "to"),
    _core.DecisionChange: _fields("on", "kind"),
    _core.Publication: _fields("published_on", "withdrawn_on", "removed_on"),
    # The procedure, the store and synthetic cases.
    _core.Procedure: _fields("agency=agency.code", "rules=rules.name"),
    _core.JurisdictionRules: _fields("name", "large_amount_person", "large_amount_organization"),
    _core.CaseDeadline: _fields("key", "due", "state"),
    _core.CaseStore: lambda self: f"CaseStore({self.path!r}, schema {self.schema_version})",
    _core.CaseSummary: lambda self: (
        f"CaseSummary(#{self.id} {self.number or '(no number)'} {self.status.name.lower()})"),
    _core.StoredDeadline: _fields("case_id", "number", "deadline.key", "deadline.due",
                                  "deadline.state"),
    _core.ImportReport: _fields("lines", "imported"),
    _core.SyntheticCaseGenerator: _fields("agency=agency.code"),
    _core.SyntheticCase: lambda self: f"SyntheticCase({self.case!r}, defects={self.defects!r})",
    # Discretion benchmarks.
    _core.Catalog: _fields("name", "items"),
    _core.CatalogItem: _fields("code", "in_force_from", "in_force_to"),
    _core.FineRule: _fields("base", "min", "max", "min_ratio", "max_ratio"),
    _core.Ratio: lambda self: f"Ratio({self.num}, {self.den})",
    _core.Tier: _fields("kind", "label"),
    _core.LintFinding: _fields("item", "message"),
    _core.PenaltyFacts: _fields("act_date", "discovered", "decision_date", "circumstances"),
    _core.Recommendation: _fields("penalty_allowed", "tier", "min", "max"),
    _core.TraceStep: _fields("text"),
    _core.PenaltyCheck: _fields("ok", "findings"),
    # The full-process record and its Merkle log; a SigningKey never shows its private half.
    _core.RecordEntry: _fields("seq", "on", "step", "kind"),
    _core.RecordingPolicy: _fields("name"),
    _core.RecordingGap: _fields("step", "requirement"),
    _core.MerkleLog: lambda self: f"MerkleLog(size={self.size})",
    _core.TreeHead: lambda self: (f"TreeHead(size={self.size}, root='{_core.to_hex(self.root)}', "
                                  f"timestamp='{self.timestamp}')"),
    _core.SignedTreeHead: lambda self: f"SignedTreeHead({self.head!r}, key_id='{self.key_id}')",
    _core.SigningKey: lambda self: f"SigningKey(key_id='{self.key_id}')",
    _core.VerifyingKey: lambda self: f"VerifyingKey(key_id='{self.key_id}')",
    # Legality review.
    _core.ReviewCriteria: _fields("name", "criteria", "items"),
    _core.ReviewCriterion: _fields("id", "basis"),
    _core.ReviewItemSpec: _fields("key", "name"),
    _core.SubjectReview: _fields("id", "subject", "reviewed_on", "verdict"),
    _core.NormativeDocument: _fields("number", "effective_on", "expires_on", "repealed_on"),
    # The case-file audit.
    _core.Standard: _fields("name", "version", "items"),
    _core.StandardItem: _fields("id", "section", "points"),
    _core.GradeBand: _fields("name", "min_score"),
    _core.AuditContext: _fields("as_of"),
    _core.AuditResult: _fields("case_id", "number", "total", "grade", "findings"),
    _core.ItemResult: _fields("item_id", "status", "score"),
    _core.Finding: _fields("item_id", "code", "deduction", "veto"),
    _core.ReviewerFinding: _fields("item_id", "code", "deduction"),
    _core.AuditRun: _fields("id", "standard_name", "as_of", "cases"),
    _core.AuditReport: _fields("files", "vetoed", "mean_total"),
    _core.YearReview: _fields("as_of", "cases", "audit_run=audit_run.id"),
    # Public disclosure and the annual statistics.
    _core.DisclosureRules: _fields("name", "publication_working_days"),
    _core.PublicityPeriod: _fields("id", "months"),
    _core.DisclosureState: _fields("status", "publication_due", "withdrawal_due"),
    _core.DisclosureRecord: _fields("case_id", "decision_number", "decided_on"),
    _core.DisclosedParty: _disclosed_party,
    _core.DisclosedViolation: _fields("violated_provision", "penalty_provision"),
    _core.PublicCatalog: _fields("agency_code", "as_of", "officers", "powers"),
    _core.CatalogOfficer: _fields("certificate_number", "valid_to"),
    _core.CatalogPower: _fields("code", "kind"),
    _core.CatalogProcedure: _fields("name", "steps"),
    _core.CatalogStep: _fields("step", "basis"),
    _core.CatalogRemedy: _fields("name", "period"),
    _core.DisclosureReport: _fields("as_of", "rows"),
    _core.DisclosureReportRow: _fields("case_id", "case_number", "state.status"),
    _core.EnforcementStatistics: _fields("year", "cases_filed", "cases_decided"),
    _core.DueCounts: _fields("due", "on_time", "late", "missing"),
    # Random inspections.
    _core.InspectionItem: _fields("item"),
    _core.InspectionEntity: _fields("credit_code", "risk_class"),
    _core.InspectionHistory: _fields("date", "item"),
    _core.Inspector: _fields("id", "certificates"),
    _core.InspectorConflict: _fields("credit_code"),
    _core.InspectionPlan: _fields("id", "agency_code", "start", "end"),
    _core.ClassQuota: _fields("risk_class", "ratio_bp", "max_inspections"),
    _core.PlanExclusion: _fields("credit_code"),
    _core.DrawRecord: _fields("plan_id", "selections", "failures"),
    _core.ClassDraw: _fields("risk_class", "population", "eligible", "quota", "selected"),
    _core.DrawSelection: _fields("credit_code", "risk_class", "team"),
    _core.DrawFailure: _fields("credit_code", "constraint"),
    _core.ReplayResult: _replay,
    _core.InspectionTask: _fields("plan_id", "credit_code", "team"),
    _core.InspectionResult: _fields("plan_id", "credit_code", "completed_on", "follow_up"),
    _core.InspectionResults: _fields("results", "publication_working_days"),
    _core.ResultDue: _fields("credit_code", "due", "state"),
}

for _cls, _repr in _REPRS.items():
    setattr(_cls, "__repr__", _repr)

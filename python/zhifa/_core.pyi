# Type stub of zhifa's compiled module, written by scripts/generate-stub.py from the module's
# signatures and docstrings. tests/python/test_stub.py checks it against the module.
import builtins
import datetime
import os
from typing import Any, Callable, ClassVar, Dict, Iterable, Iterator, List, Optional, Set, Tuple, Union, overload

__version__: str

class _pybind11_type(type):
    """The metaclass of the compiled classes (pybind11_builtins.pybind11_type)."""

class Error(builtins.RuntimeError):
    """Root of all zhifa errors."""
class ArchiveError(Error):
    """An electronic case file that cannot be read or written (truncated, wrong magic or version, hash or signature mismatch, undecodable or inconsistent)."""
class CalendarCoverageError(Error):
    """A date outside the calendar's official data; never answered with a guess."""
class ConflictError(Error):
    """Data that contradict each other."""
class ValidationError(Error, builtins.ValueError):
    """Malformed or out-of-range input."""
class DataFileError(ValidationError):
    """A data file that cannot be read or breaks its format."""
class IntegrityError(Error):
    """Data that do not match their hash, signature or log (tampering or corruption)."""
class LegalGuardError(Error):
    """A step the law forbids; the message cites the article."""
class NotFoundError(Error, builtins.KeyError):
    """A named thing that does not exist."""
class OverflowError(ValidationError, builtins.OverflowError):
    """Arithmetic beyond the representable range."""
class StorageError(Error):
    """The database failed (cannot open, locked, newer schema, ...)."""

class Agency(metaclass=_pybind11_type):
    """An enforcement body (执法主体) with power items and officers."""
    def __init__(self, code: str, name: str, case_prefix: str, powers: List[PowerItem] = ..., officers: List[Officer] = ...) -> None: ...
    def case_number(self, year: int, serial: int) -> str:
        """The case number for a year and serial: '大发改罚〔2024〕12号'."""
    case_prefix: str
    """The case-number prefix, e.g. 大发改罚: numbers read '{prefix}〔{year}〕{n}号'."""
    code: str
    """The agency's code."""
    @staticmethod
    def from_json(json: str, source: str = '<string>') -> Agency:
        """Reads a 'zhifa-agency' document; DataFileError names the path and the reason."""
    def holds_power(self, code: str) -> bool:
        """True when the agency has a power item with this code."""
    name: str
    """The agency's name, e.g. 大连市发展和改革委员会."""
    def officer(self, id: str) -> Officer:
        """The officer with this id. Raises zhifa.NotFoundError naming the id."""
    officers: List[Officer]
    """The officers (Officer). A copy: assign a whole new list to change it."""
    def power(self, code: str) -> PowerItem:
        """The power item with this code. Raises zhifa.NotFoundError naming the code."""
    powers: List[PowerItem]
    """The power items (PowerItem). A copy: assign a whole new list to change it."""
    def to_json(self) -> str:
        """The agency as a 'zhifa-agency' JSON document (docs/agency-format.md)."""

class AuditContext(metaclass=_pybind11_type):
    """What the audit needs besides the case: the as-of date, the agencies with their power items and officers, the jurisdiction's rules, the calendar and the discretion catalog."""
    def __init__(self, as_of: datetime.date, agencies: List[Agency], rules: Optional[JurisdictionRules] = None, calendar: Optional[WorkCalendar] = None, catalog: Optional[Catalog] = None) -> None: ...
    @property
    def as_of(self) -> datetime.date:
        """The date as of which open deadlines are judged."""

class AuditReport(metaclass=_pybind11_type):
    """The report of an audit run."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. AuditReport values come from the library's functions."""
    def csv(self) -> str:
        """The report as CSV, one row per figure: columns view,key,name,files,failed,findings,value."""
    @property
    def files(self) -> int:
        """The number of files audited."""
    @property
    def grades(self) -> List[Tuple[str, int]]:
        """(grade, files) pairs in band order, the fail grade last."""
    def html(self) -> str:
        """A self-contained HTML page (inline CSS and SVG charts)."""
    def json(self) -> str:
        """The report as JSON text."""
    @property
    def mean_total(self) -> float:
        """The mean total score."""
    @property
    def vetoed(self) -> int:
        """How many had a veto hit."""

class AuditResult(metaclass=_pybind11_type):
    """The audit of one case file against one standard."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. AuditResult values come from the library's functions."""
    @property
    def agency_code(self) -> str:
        """The case's agency."""
    @property
    def case_id(self) -> int:
        """The case's id."""
    @property
    def content_score(self) -> float:
        """Points kept in the content section."""
    @property
    def findings(self) -> List[Finding]:
        """The defects found (Finding list)."""
    @property
    def form_score(self) -> float:
        """Points kept in the form section."""
    @staticmethod
    def from_json(text: str) -> AuditResult:
        """The result from its JSON line (what to_json writes)."""
    @property
    def grade(self) -> str:
        """The grade of the total under the standard's bands."""
    @property
    def items(self) -> List[ItemResult]:
        """The outcome of every standard item (ItemResult list)."""
    @property
    def number(self) -> str:
        """The case number."""
    @property
    def officers(self) -> List[str]:
        """The investigators and decision signatories (officer ids)."""
    @property
    def status(self) -> str:
        """The case's status when audited, as text ('archived', 'decided', ...)."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """One line of JSON (what the store and the JSON Lines export hold)."""
    @property
    def total(self) -> float:
        """form_score + content_score (0 when vetoed)."""
    @property
    def vetoed(self) -> bool:
        """True when a veto item was hit: total 0 and the fail grade."""

class AuditRun(metaclass=_pybind11_type):
    """One recorded audit of a store."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. AuditRun values come from the library's functions."""
    @property
    def as_of(self) -> datetime.date:
        """The date as of which open deadlines were judged."""
    @property
    def cases(self) -> int:
        """How many cases were audited."""
    @property
    def finished(self) -> str:
        """When it finished, as the caller's timestamp text; empty when it did not finish."""
    @property
    def id(self) -> int:
        """The run's id in the store."""
    @property
    def note(self) -> str:
        """A note, e.g. the filter used."""
    @property
    def standard_name(self) -> str:
        """The name of the audit standard used."""
    @property
    def standard_version(self) -> str:
        """Its version."""
    @property
    def started(self) -> str:
        """When the run started, as the caller's timestamp text (may be empty)."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON: id, standard_name, standard_version, as_of, started, finished, cases, note."""

class AvRequirement(metaclass=_pybind11_type):
    """Whether a step must or should be recorded in audio and video."""
    REQUIRED: ClassVar[AvRequirement]
    RECOMMENDED: ClassVar[AvRequirement]
    __members__: ClassVar[Dict[str, AvRequirement]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class CalendarYear(metaclass=_pybind11_type):
    """The data of one calendar year."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CalendarYear values come from the library's functions."""
    @property
    def festivals(self) -> List[Festival]:
        """The year's holidays (Festival), empty for a weekends-only year."""
    @property
    def notice(self) -> Optional[HolidayNotice]:
        """None for a year built weekends-only."""
    @property
    def year(self) -> int:
        """The calendar year."""

class Case(metaclass=_pybind11_type):
    """An enforcement case. List attributes are copies: assign a whole new list to change one."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    agency_code: str
    """The agency handling the case."""
    arrangement: Optional[PaymentArrangement]
    """The approved deferral or instalments (PaymentArrangement, Art. 66), or None."""
    closed_on: Optional[datetime.date]
    """The day the case was closed, or None."""
    decision: Optional[Decision]
    """The Decision, or None."""
    decision_change: Optional[DecisionChange]
    """The change, revocation or declaration of illegality or voidness of the decision (DecisionChange, Art. 48), or None."""
    decision_extensions: List[Extension]
    """Approved extensions of the decision period (Extension list)."""
    decision_suspensions: List[Suspension]
    """Days not counted toward the 90-day decision period (Suspension list, Art. 60)."""
    discussion: Optional[CollectiveDiscussion]
    """The collective discussion (CollectiveDiscussion, Art. 57 ¶2), or None."""
    documents: List[Document]
    """The enforcement documents (Document list)."""
    events: List[CaseEvent]
    """The timeline (CaseEvent list), in order."""
    evidence: List[Evidence]
    """The evidence (Evidence list)."""
    facts: str
    """The facts as found; searchable (CaseStore.list(text=...))."""
    filed_on: Optional[datetime.date]
    """The day of filing (立案), or None."""
    flags: CaseFlags
    """The facts deciding which gates apply (CaseFlags)."""
    @staticmethod
    def from_json(text: str) -> Case:
        """Parses one case; zhifa.ValidationError names the JSON path on bad input."""
    hearing: Optional[Hearing]
    """The hearing (Hearing, Art. 63-65), or None."""
    id: int
    """The store's id; 0 for a case not yet stored."""
    def inconsistency(self) -> Optional[str]:
        """Why the data contradict the status, or None."""
    investigators: List[str]
    """The investigating officers' ids (Art. 42: at least two)."""
    lead_on: datetime.date
    """The day of the lead (线索)."""
    notice: Optional[RightsNotice]
    """The notice of the intended penalty and rights (RightsNotice, Art. 44), or None."""
    number: str
    """The case number (案号), allocated at filing, e.g. 大发改罚〔2024〕12号."""
    @property
    def paid(self) -> Money:
        """The sum of all payments (Money)."""
    parties: List[Party]
    """The parties (Party list)."""
    payments: List[Payment]
    """The payments of fine and surcharge (Payment list)."""
    power_code: str
    """The power item (权责清单事项) the case is handled under."""
    procedure: ProcedureKind
    """General or simple procedure (ProcedureKind)."""
    publication: Optional[Publication]
    """The public disclosure of the decision (Publication, Art. 39, 48), or None."""
    records: List[RecordEntry]
    """The full-process record (RecordEntry list, Art. 47): append-only, in log order (records[i].seq == i)."""
    remedies: List[RemedyPeriod]
    """Periods of administrative review or litigation (RemedyPeriod list, Art. 73)."""
    reviews: List[LegalReview]
    """The legal reviews (LegalReview list, Art. 58)."""
    served_on: Optional[datetime.date]
    """The day the decision was served (Art. 61), or None."""
    source: CaseSource
    """How the case came to the agency (CaseSource)."""
    status: CaseStatus
    """Where the case is in the procedure (CaseStatus)."""
    title: str
    """The case's title."""
    def to_dict(self) -> Dict[str, Any]:
        """The case as plain data in the JSON Lines schema (dates as ISO text, money in fen)."""
    def to_json(self) -> str:
        """The case as one line of JSON (docs/case-format.md)."""
    version: int
    """The store's optimistic-concurrency counter, bumped by every stored update."""
    violations: List[Violation]
    """The violations (Violation list)."""

class CaseDeadline(metaclass=_pybind11_type):
    """A deadline of a case: period key, ledger, state."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CaseDeadline values come from the library's functions."""
    @property
    def due(self) -> datetime.date:
        """The due date: ledger.due."""
    @property
    def key(self) -> str:
        """The period's key, e.g. 'decision'."""
    @property
    def ledger(self) -> Deadline:
        """The Deadline ledger."""
    @property
    def met_on(self) -> Optional[datetime.date]:
        """The day it was met, or None."""
    @property
    def party_period(self) -> bool:
        """True for a party's right (hearing request, payment), False for the agency's duty."""
    @property
    def state(self) -> DeadlineState:
        """The DeadlineState as of the date asked."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON: deadline, start, due, state, met_on, party_period, basis."""

class CaseEvent(metaclass=_pybind11_type):
    """One step of the case's timeline."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    action: str
    """Which step, e.g. 'file', 'notify', 'decide'."""
    from_: CaseStatus
    """The CaseStatus before."""
    note: str
    """A note; may be empty."""
    officer_id: str
    """The acting officer."""
    on: datetime.date
    """The day of the transition."""
    to: CaseStatus
    """The CaseStatus after."""

class CaseFlags(metaclass=_pybind11_type):
    """Facts deciding which gates apply (Art. 31, 57 ¶2, 58)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    complex_legal_relations: bool
    """A difficult, complex case involving several legal relations: legal review (Art. 58 (3))."""
    complex_or_serious: bool
    """情节复杂或者重大违法行为: the decision needs a collective discussion (Art. 57 ¶2)."""
    major_public_interest: bool
    """Concerns a major public interest: legal review (Art. 58 (1))."""
    major_rights: bool
    """Directly concerns major rights and went through a hearing: legal review (Art. 58 (2))."""
    mental_incapacity: bool
    """The party could not recognise or control the act (Art. 31)."""
    review_required_by_law: bool
    """Legal review required by laws or regulations (Art. 58 (4))."""

class CaseSource(metaclass=_pybind11_type):
    """How the case came to the agency."""
    INSPECTION: ClassVar[CaseSource]
    RANDOM_INSPECTION: ClassVar[CaseSource]
    COMPLAINT: ClassVar[CaseSource]
    REFERRAL: ClassVar[CaseSource]
    SELF_REPORT: ClassVar[CaseSource]
    OTHER: ClassVar[CaseSource]
    __members__: ClassVar[Dict[str, CaseSource]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class CaseStatus(metaclass=_pybind11_type):
    """Where a case is in the procedure."""
    LEAD: ClassVar[CaseStatus]
    FILED: ClassVar[CaseStatus]
    INVESTIGATING: ClassVar[CaseStatus]
    NOTIFIED: ClassVar[CaseStatus]
    HEARING: ClassVar[CaseStatus]
    LEGAL_REVIEW: ClassVar[CaseStatus]
    COLLECTIVE_DISCUSSION: ClassVar[CaseStatus]
    DECIDED: ClassVar[CaseStatus]
    SERVED: ClassVar[CaseStatus]
    EXECUTED: ClassVar[CaseStatus]
    CLOSED: ClassVar[CaseStatus]
    ARCHIVED: ClassVar[CaseStatus]
    WITHDRAWN: ClassVar[CaseStatus]
    TRANSFERRED: ClassVar[CaseStatus]
    __members__: ClassVar[Dict[str, CaseStatus]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class CaseStore(metaclass=_pybind11_type):
    """Cases in an SQLite file (or ':memory:'). Query methods take filter keywords: agency_code, status, power_code, party, lead_from, lead_to, filed_from, filed_to, text, after_id, up_to_id, limit, offset. With create=False a missing file is an error (StorageError), not a new empty store. busy_timeout_ms is how long a write waits for another connection's write lock before StorageError. Python threads may share one CaseStore: its calls take turns on its one connection, and each releases the GIL while it works or waits, so other threads run meanwhile."""
    def __init__(self, path: Union[str, os.PathLike[str]], busy_timeout_ms: int = 10000, create: bool = True) -> None: ...
    def add(self, case: Case) -> int:
        """Stores a new case (case.id must be 0); sets case.id, case.version (1) and, for a filed case without one, the next gap-free number of its agency and year. Returns the id."""
    def add_all(self, cases: List[Case]) -> List[Case]:
        """Stores new cases in one transaction (all or none); returns them with ids and numbers."""
    def add_subject_review(self, review: SubjectReview) -> None:
        """Records a review of a contract, normative document or other decision."""
    def agencies(self) -> List[Agency]:
        """The registered agencies in code order, with their power items and officers."""
    def audit_result(self, run_id: int, case_id: int) -> AuditResult:
        """One case's result of a run (NotFoundError when there is none)."""
    def audit_results(self, run_id: int) -> List[AuditResult]:
        """The results of an audit run, in case id order."""
    def audit_run(self, run_id: int) -> AuditRun:
        """The audit run with this id. Raises zhifa.NotFoundError naming the id."""
    def audit_runs(self) -> List[AuditRun]:
        """The recorded audit runs, newest first."""
    def checkpoint_records(self, case_id: int, timestamp: str, key: Optional[SigningKey] = None) -> SignedTreeHead:
        """Takes (and with a SigningKey, signs) a tree head of the case's stored record at the caller's timestamp (UTC 'YYYY-MM-DDThh:mm:ssZ'), stores it and returns it. Raises zhifa.NotFoundError for an unknown case, zhifa.ValidationError for a malformed timestamp."""
    def count(self, **kwargs: Any) -> int:
        """How many cases match the filter keywords."""
    @staticmethod
    def current_schema_version() -> int:
        """The schema version this zhifa writes."""
    def deadlines(self, on: datetime.date, calendar: Optional[WorkCalendar] = None, only_pending: bool = True, **kwargs: Any) -> List[StoredDeadline]:
        """The deadlines (StoredDeadline) of the cases matching the filter keywords as of `on`, on `calendar` (default WorkCalendar.china()); with only_pending, those open or overdue."""
    def export_jsonl(self, path: Union[str, os.PathLike[str]], **kwargs: Any) -> int:
        """Writes the cases matching the filter keywords to `path` as JSON Lines (docs/case-format.md) in id order; returns how many. Raises zhifa.DataFileError when the file cannot be written."""
    def find_by_number(self, number: str) -> Optional[Case]:
        """The case with this case number (案号), or None."""
    def get(self, id: int) -> Case:
        """The whole case with this id. Raises zhifa.NotFoundError naming the id."""
    def get_many(self, ids: List[int]) -> List[Case]:
        """The cases with these ids, in id order, read from one snapshot; ids not in the store are left out."""
    def id_span(self, **kwargs: Any) -> Optional[Tuple[int, int]]:
        """The lowest and highest id of the matching cases as a tuple (limit and offset ignored), or None when none match: the range a batch job splits among its workers."""
    def ids(self, **kwargs: Any) -> List[int]:
        """The ids of the matching cases, in order. With after_id and limit, pages by key: the last id of one page is the next page's after_id."""
    def import_jsonl(self, path: Union[str, os.PathLike[str]], batch_size: int = 0, progress: Optional[Callable[[int], None]] = None) -> ImportReport:
        """Imports a JSON Lines file (docs/case-format.md), one case a line, blank lines skipped; one transaction, or one per batch_size lines when batch_size > 0. progress(lines_read) is called as it goes. Raises zhifa.ValidationError naming the line for a bad line (its batch rolled back, earlier batches kept), zhifa.DataFileError when the file cannot be opened."""
    def iter_cases(self, page_size: int = 256, **filters: Any) -> Iterator[Case]:
        """Whole cases matching the filters (those of CaseStore.list), in id order, read a page of
        page_size ids at a time (CaseStore.ids, then CaseStore.get_many): memory stays bounded by
        the page, whatever the store's size. limit and offset hold over all pages. Raises
        ValueError for a page_size below 1, TypeError for an unknown filter.
        """
    def list(self, **kwargs: Any) -> List[CaseSummary]:
        """Summaries (CaseSummary) of the cases matching the filter keywords, in id order. Raises TypeError for an unknown keyword."""
    def normative_documents(self) -> List[NormativeDocument]:
        """The registry of normative documents (NormativeDocument), in number order."""
    @property
    def path(self) -> str:
        """The database file (or ':memory:')."""
    def put_normative_document(self, document: NormativeDocument) -> None:
        """Adds a normative document (规范性文件) to the registry, or replaces the one with its number."""
    def record_heads(self, case_id: int) -> List[SignedTreeHead]:
        """The tree heads taken of the case's record (SignedTreeHead), oldest first."""
    def record_leaf_hashes(self, case_id: int) -> List[bytes]:
        """The leaf hashes stored with the case's record entries, in order (32 bytes each)."""
    def register_agency(self, agency: Agency) -> None:
        """Adds or replaces an agency: its code, name and case-number prefix (needed to allocate numbers), power items and officers. Raises zhifa.ValidationError for a malformed agency (two officers with one id, a certificate valid_to before valid_from, ...); nothing is stored then."""
    @property
    def schema_version(self) -> int:
        """The schema version of the open store."""
    def subject_reviews(self, year: Optional[int] = None) -> List[SubjectReview]:
        """The reviews of other subjects (SubjectReview), by review date then id; with `year`, those reviewed in it."""
    def update(self, case: Case) -> None:
        """Stores a changed case; zhifa.ConflictError when someone else changed it first."""
    def verify_records(self, case_id: int, trusted_heads: List[SignedTreeHead] = ..., key: Optional[VerifyingKey] = None) -> LogVerification:
        """Checks the stored record against its leaf hashes and heads; reports the first bad position."""

class CaseSummary(metaclass=_pybind11_type):
    """One row of a case listing."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CaseSummary values come from the library's functions."""
    @property
    def agency_code(self) -> str:
        """The agency handling the case."""
    @property
    def decided_on(self) -> Optional[datetime.date]:
        """The day of the decision, or None."""
    @property
    def filed_on(self) -> Optional[datetime.date]:
        """The day of filing, or None."""
    @property
    def id(self) -> int:
        """The case's id in the store."""
    @property
    def lead_on(self) -> datetime.date:
        """The day of the lead."""
    @property
    def number(self) -> str:
        """The case number (案号); empty before filing."""
    @property
    def party_identifier(self) -> str:
        """The first party's credit code or resident ID (personal data for a natural person)."""
    @property
    def party_name(self) -> str:
        """The first party's name (personal data for a natural person)."""
    @property
    def power_code(self) -> str:
        """The power item the case is handled under."""
    @property
    def procedure(self) -> ProcedureKind:
        """The ProcedureKind."""
    @property
    def status(self) -> CaseStatus:
        """The CaseStatus."""
    @property
    def title(self) -> str:
        """The case's title."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON, the object `zhifa cases list --json` prints for it."""
    @property
    def total_fine(self) -> Money:
        """The decision's total fine (Money; zero without a decision)."""
    @property
    def version(self) -> int:
        """The stored version (optimistic-concurrency counter)."""

class Catalog(metaclass=_pybind11_type):
    """A discretion benchmark catalog (docs/catalog-format.md)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Catalog values come from the library's functions."""
    @staticmethod
    def builtin() -> Catalog:
        """The default DRC catalog: statutory ranges, example tier split."""
    @property
    def conflict_rule(self) -> ConflictRule:
        """How it resolves lighter and heavier circumstances present at once (ConflictRule)."""
    @staticmethod
    def from_csv(text: str, name: str, source: str = '<csv>') -> Catalog:
        """A catalog from the published spreadsheet form (CSV, one row per item and tier)."""
    @staticmethod
    def from_json(text: str, source: str = '<string>') -> Catalog:
        """A catalog from JSON text (docs/catalog-format.md). Raises zhifa.DataFileError naming the entry."""
    def item(self, code: str, on: datetime.date) -> CatalogItem:
        """The item `code` in force on `on`. Raises zhifa.NotFoundError naming the code and the date."""
    @property
    def items(self) -> List[CatalogItem]:
        """The items (CatalogItem list), every version."""
    @staticmethod
    def load(path: Union[str, os.PathLike[str]]) -> Catalog:
        """A catalog from a JSON file."""
    @staticmethod
    def load_csv(path: Union[str, os.PathLike[str]], name: Optional[str] = None) -> Catalog:
        """A catalog from a CSV file."""
    @property
    def name(self) -> str:
        """The catalog's name."""
    @property
    def source(self) -> str:
        """Where it was read from."""
    def to_json(self) -> str:
        """The catalog in the zhifa-catalog JSON format."""

class CatalogItem(metaclass=_pybind11_type):
    """A violation item of a benchmark catalog."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CatalogItem values come from the library's functions."""
    @property
    def behaviour(self) -> str:
        """The violation in words."""
    @property
    def code(self) -> str:
        """The item's code, e.g. 'TB-49'."""
    @property
    def fines(self) -> List[FineRule]:
        """The statutory fine rules, alternatives (FineRule list); empty for an item without a fine."""
    @property
    def in_force_from(self) -> datetime.date:
        """First day in force."""
    def in_force_on(self, d: datetime.date) -> bool:
        """True when in_force_from <= d and (no in_force_to or d <= in_force_to)."""
    @property
    def in_force_to(self) -> Optional[datetime.date]:
        """Last day in force, or None."""
    @property
    def issued_by(self) -> str:
        """The document number (文号) of the benchmark document."""
    @property
    def kinds(self) -> List[PenaltyKind]:
        """The penalty kinds the provision allows (PenaltyKind list, Art. 9)."""
    @property
    def penalty_provision(self) -> Citation:
        """The provision setting the penalty (Citation)."""
    @property
    def split_scheme(self) -> str:
        """How the range is split: '30_70', 'midpoint' or 'custom' (data, not national law)."""
    @property
    def status(self) -> str:
        """How the item was verified, e.g. 'example tier split: no DRC benchmark text verified'."""
    @property
    def tiers(self) -> List[Tier]:
        """The tiers (Tier list)."""
    @property
    def violated(self) -> Citation:
        """The provision violated (Citation)."""

class CatalogOfficer(metaclass=_pybind11_type):
    """An officer as published before enforcement: name and certificate number only."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CatalogOfficer values come from the library's functions."""
    @property
    def certificate_number(self) -> str:
        """The enforcement certificate's number."""
    @property
    def name(self) -> str:
        """The officer's name."""
    @property
    def valid_to(self) -> datetime.date:
        """The last day the certificate is valid."""

class CatalogPower(metaclass=_pybind11_type):
    """A power item as published: code, name, kind, legal basis, and the body exercising a delegated power."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CatalogPower values come from the library's functions."""
    @property
    def basis(self) -> List[str]:
        """The legal basis, as text."""
    @property
    def code(self) -> str:
        """The item's code."""
    @property
    def delegated_to(self) -> str:
        """The body exercising a delegated power; empty when not delegated."""
    @property
    def kind(self) -> PowerKind:
        """The PowerKind."""
    @property
    def name(self) -> str:
        """The item's name."""

class CatalogProcedure(metaclass=_pybind11_type):
    """A published procedure: the general (一般程序) or the simple (简易程序) one."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CatalogProcedure values come from the library's functions."""
    @property
    def name(self) -> str:
        """The procedure's name."""
    @property
    def scope(self) -> str:
        """Which cases it applies to."""
    @property
    def steps(self) -> List[CatalogStep]:
        """Its steps (CatalogStep list)."""

class CatalogRemedy(metaclass=_pybind11_type):
    """A remedy (救济渠道) with its period from the period table."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CatalogRemedy values come from the library's functions."""
    @property
    def name(self) -> str:
        """The remedy's name."""
    @property
    def period(self) -> str:
        """Its period, e.g. '60 calendar days (行政复议法 Art. 20 ¶1)'."""
    @property
    def start(self) -> str:
        """What starts the period."""

class CatalogStep(metaclass=_pybind11_type):
    """A step of a published procedure with the article behind it."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. CatalogStep values come from the library's functions."""
    @property
    def basis(self) -> str:
        """The article behind it."""
    @property
    def step(self) -> str:
        """The step in words."""

class Certificate(metaclass=_pybind11_type):
    """An enforcement certificate (行政执法证)."""
    def __init__(self, number: str, valid_from: datetime.date, valid_to: datetime.date, agency_code: str) -> None: ...
    agency_code: str
    """The agency that issued it, which the officer serves."""
    number: str
    """The certificate's number."""
    valid_from: datetime.date
    """First day of validity (inclusive)."""
    def valid_on(self, d: datetime.date) -> bool:
        """True when valid_from <= d <= valid_to."""
    valid_to: datetime.date
    """Last day of validity (inclusive)."""

class CheckStatus(metaclass=_pybind11_type):
    """What an automatic check concluded for a case."""
    PASSED: ClassVar[CheckStatus]
    FINDING: ClassVar[CheckStatus]
    NOT_APPLICABLE: ClassVar[CheckStatus]
    NOT_CHECKABLE: ClassVar[CheckStatus]
    __members__: ClassVar[Dict[str, CheckStatus]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Citation(metaclass=_pybind11_type):
    """A reference into a law: law, article, paragraph (款), item (项)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, law: str, article: int = 0, paragraph: int = 0, item: int = 0, note: str = '') -> None: ...
    def __str__(self) -> str: ...
    @property
    def article(self) -> int:
        """The article number (条)."""
    @property
    def item(self) -> int:
        """The item (项); 0 when the citation names no item."""
    @property
    def law(self) -> str:
        """The law's short Chinese name: 行政处罚法, 民事诉讼法, 行政强制法, ..."""
    @property
    def note(self) -> str:
        """Where the rule is applied by analogy or rests on a secondary source; empty otherwise."""
    @property
    def paragraph(self) -> int:
        """The paragraph (款); 0 when the citation names the whole article."""

class ClassDraw(metaclass=_pybind11_type):
    """What the draw did in one class."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ClassDraw values come from the library's functions."""
    @property
    def eligible(self) -> int:
        """Neither excluded nor at the frequency limit."""
    @property
    def population(self) -> int:
        """Entities of the class in the directory."""
    @property
    def quota(self) -> int:
        """ceil(ratio_bp × population / 10000)."""
    @property
    def risk_class(self) -> str:
        """The class."""
    @property
    def selected(self) -> int:
        """min(quota, eligible)."""

class ClassQuota(metaclass=_pybind11_type):
    """Sampling ratio (basis points) and frequency limit of a class."""
    def __init__(self, risk_class: str, ratio_bp: int, max_inspections: Optional[int] = None) -> None: ...
    max_inspections: Optional[int]
    """At most this many inspections in the frequency window, this draw included; None: no limit."""
    ratio_bp: int
    """The sampling ratio in basis points (0..10000; 500 is 5 %): the quota is ceil(ratio_bp × population / 10000)."""
    risk_class: str
    """The class."""

class CollectiveDiscussion(metaclass=_pybind11_type):
    """A collective discussion (Art. 57 ¶2)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    conclusion: str
    """The conclusion in words."""
    held_on: datetime.date
    """The day of the discussion."""
    participants: List[str]
    """Who took part (the agency's heads)."""

class ConflictRule(metaclass=_pybind11_type):
    """How a catalog resolves 从轻 and 从重 circumstances present at once; mandatory statutory grounds (Art. 30, 32: 应当从轻或者减轻) are never outweighed."""
    GENERAL: ClassVar[ConflictRule]
    LIGHTER: ClassVar[ConflictRule]
    HEAVIER: ClassVar[ConflictRule]
    __members__: ClassVar[Dict[str, ConflictRule]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class CreditCode(metaclass=_pybind11_type):
    """A valid unified social credit code (GB 32100-2015). Raises zhifa.ValidationError naming the position and reason otherwise."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(self, text: str) -> None: ...
    def __str__(self) -> str: ...
    @property
    def division_code(self) -> str:
        """The 6-digit administrative division code (characters 3-8)."""
    @property
    def entity_type(self) -> str:
        """机构类别码: the second character."""
    @property
    def organization_code(self) -> str:
        """主体标识码: characters 9-17."""
    def organization_code_warning(self) -> Optional[str]:
        """The inner GB 11714 check (unverified rule): a warning message, or None."""
    @property
    def registration_authority(self) -> str:
        """登记管理部门码: the first character."""
    @staticmethod
    def why_invalid(text: str) -> Optional[str]:
        """The reason text is not valid, or None."""

class DayKind(metaclass=_pybind11_type):
    """How the official schedule classifies a day."""
    WORKDAY: ClassVar[DayKind]
    WEEKEND: ClassVar[DayKind]
    STATUTORY_HOLIDAY: ClassVar[DayKind]
    REST_DAY: ClassVar[DayKind]
    ADJUSTED_WORKDAY: ClassVar[DayKind]
    __members__: ClassVar[Dict[str, DayKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Deadline(metaclass=_pybind11_type):
    """A deadline ledger: start, legal period, suspensions and approved extensions; the due date is derived and explained step by step."""
    def __init__(self, period: LegalPeriod, start: datetime.date, calendar: Optional[WorkCalendar] = None) -> None:
        """calendar defaults to WorkCalendar.china()."""
    @property
    def calendar(self) -> WorkCalendar:
        """The WorkCalendar it counts on."""
    @property
    def due(self) -> datetime.date:
        """The last day of the period."""
    def explain(self) -> List[DeadlineStep]:
        """The computation, one step per rule applied."""
    def extend(self, length: int, approver: str, reason: str, approved_on: datetime.date) -> None:
        """An approved extension in the period's unit. Raises zhifa.ValidationError for a non-positive length, an empty approver, an approval before the start or after the period had expired; zhifa.LegalGuardError when the total exceeds the period's max_extension, citing it."""
    @property
    def extensions(self) -> List[Extension]:
        """The approved extensions (Extension)."""
    def is_overdue(self, on: datetime.date) -> bool:
        """True when `on` is after the due date."""
    @property
    def period(self) -> LegalPeriod:
        """The LegalPeriod counted."""
    rest_day_rule: RestDayRule
    """The rest-day rule of this ledger (RestDayRule): the period's unless assigned."""
    @property
    def start(self) -> datetime.date:
        """The day of the start event (not counted)."""
    def suspend(self, from_: datetime.date, to: datetime.date, reason: str = '') -> None:
        """Days from_..to (inclusive) do not count. Raises zhifa.ValidationError when to < from_, when it starts on or before the start day or after the period's last day, overlaps another suspension, or for a period counted backwards."""
    @property
    def suspensions(self) -> List[Suspension]:
        """The suspensions (Suspension), in date order."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """The ledger as JSON (the text `zhifa deadline --json` prints): period, name, length, unit, basis, start, suspensions, extensions, due, steps."""

class DeadlineState(metaclass=_pybind11_type):
    """The state of one of a case's deadlines as of a date."""
    OPEN: ClassVar[DeadlineState]
    OVERDUE: ClassVar[DeadlineState]
    MET: ClassVar[DeadlineState]
    MET_LATE: ClassVar[DeadlineState]
    LAPSED: ClassVar[DeadlineState]
    __members__: ClassVar[Dict[str, DeadlineState]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class DeadlineStep(metaclass=_pybind11_type):
    """One line of Deadline.explain()."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DeadlineStep values come from the library's functions."""
    @property
    def basis(self) -> Optional[Citation]:
        """The Citation of the rule behind it, or None."""
    @property
    def date(self) -> datetime.date:
        """The date it leads to."""
    @property
    def text(self) -> str:
        """What was done, in words."""

class Decision(metaclass=_pybind11_type):
    """A decision: outcome (Art. 57), penalties, date, document number."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, outcome: Outcome, penalties: List[Penalty], decided_on: datetime.date, document_number: str = '') -> None: ...
    decided_on: datetime.date
    """The day of the decision."""
    document_number: str
    """The decision's document number (文号)."""
    mitigation: Mitigation
    """The tier relative to the statutory range (Mitigation)."""
    on_the_spot: bool
    """Decided on the spot under the simple procedure (Art. 51)."""
    outcome: Outcome
    """The Outcome (Art. 57 ¶1)."""
    penalties: List[Penalty]
    """The penalties imposed (Penalty list)."""
    @property
    def total_fine(self) -> Money:
        """The total of the fines (penalties of kind FINE), as Money."""

class DecisionChange(metaclass=_pybind11_type):
    """The decision was changed, revoked or declared illegal or void."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, on: datetime.date, kind: DecisionChangeKind, by: str = '', reason: str = '') -> None: ...
    by: str
    """The body that made it, e.g. '市人民政府 (行政复议)'."""
    kind: DecisionChangeKind
    """The DecisionChangeKind."""
    on: datetime.date
    """The day of the change."""
    reason: str
    """Why."""

class DecisionChangeKind(metaclass=_pybind11_type):
    """Art. 48: 变更、撤销、确认违法、确认无效."""
    CHANGED: ClassVar[DecisionChangeKind]
    REVOKED: ClassVar[DecisionChangeKind]
    DECLARED_ILLEGAL: ClassVar[DecisionChangeKind]
    DECLARED_VOID: ClassVar[DecisionChangeKind]
    __members__: ClassVar[Dict[str, DecisionChangeKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class DisclosedParty(metaclass=_pybind11_type):
    """A party as published: natural persons masked (Art. 50)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DisclosedParty values come from the library's functions."""
    @property
    def identifier(self) -> str:
        """The credit code, or the masked resident ID."""
    @property
    def kind(self) -> PartyKind:
        """The PartyKind."""
    @property
    def legal_representative(self) -> str:
        """An organisation's legal representative (masked when it is the name of a natural-person party)."""
    @property
    def masked(self) -> bool:
        """True for a natural person, masked."""
    @property
    def name(self) -> str:
        """The name as published: masked for a natural person (王某)."""

class DisclosedViolation(metaclass=_pybind11_type):
    """A violation as published: its description (masked) and the provisions."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DisclosedViolation values come from the library's functions."""
    @property
    def description(self) -> str:
        """The violation in words, masked."""
    @property
    def penalty_provision(self) -> str:
        """The provision setting the penalty."""
    @property
    def violated_provision(self) -> str:
        """The provision violated."""

class DisclosureRecord(metaclass=_pybind11_type):
    """What is published of a decision, masked (执法机关、执法对象、案件事实、执法类别、执法结论)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DisclosureRecord values come from the library's functions."""
    @property
    def agency_code(self) -> str:
        """The agency's code."""
    @property
    def agency_name(self) -> str:
        """执法机关: the agency's name."""
    @property
    def case_id(self) -> int:
        """The case's id."""
    @property
    def case_number(self) -> str:
        """The case number."""
    @property
    def category(self) -> str:
        """执法类别: '行政处罚' and the power item's name when known."""
    @property
    def conclusion(self) -> str:
        """执法结论 in words, e.g. '罚款 5,000.00 元；警告'."""
    @property
    def decided_on(self) -> datetime.date:
        """The day of the decision."""
    @property
    def decision_number(self) -> str:
        """The decision's document number."""
    @property
    def facts(self) -> str:
        """案件事实: the facts, masked."""
    @property
    def legal_basis(self) -> List[str]:
        """The provisions and the power item's basis, in order."""
    @property
    def outcome(self) -> Outcome:
        """The Outcome."""
    @property
    def parties(self) -> List[DisclosedParty]:
        """执法对象: the parties as published (DisclosedParty list)."""
    @property
    def penalties(self) -> List[Penalty]:
        """The penalties (Penalty list), details masked."""
    @property
    def power_code(self) -> str:
        """The power item's code."""
    @property
    def procedure(self) -> ProcedureKind:
        """The ProcedureKind."""
    @property
    def title(self) -> str:
        """The case's title, masked."""
    def to_json(self) -> str:
        """The record as one JSON object (one line, UTF-8)."""
    @property
    def total_fine(self) -> Money:
        """The total fine (Money)."""
    @property
    def violations(self) -> List[DisclosedViolation]:
        """The violations as published (DisclosedViolation list)."""

class DisclosureReport(metaclass=_pybind11_type):
    """The disclosure report on a date."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DisclosureReport values come from the library's functions."""
    def any_overdue(self) -> bool:
        """True when anything (publication or withdrawal) is overdue on the date."""
    @property
    def as_of(self) -> datetime.date:
        """The report's date."""
    @property
    def counts(self) -> Dict[DisclosureStatus, int]:
        """How many matched cases are in each status ({DisclosureStatus: count}, zero included)."""
    @property
    def rows(self) -> List[DisclosureReportRow]:
        """The cases that need attention or were handled late (due, overdue, published late, withdrawal due or overdue, withdrawn late), in case id order; with all=True every decided case (DisclosureReportRow list)."""
    def to_csv(self) -> str:
        """The rows as CSV, one line a row."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """The report as JSON text: an object with as_of, counts and rows."""

class DisclosureReportRow(metaclass=_pybind11_type):
    """One case of a disclosure report."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DisclosureReportRow values come from the library's functions."""
    @property
    def case_id(self) -> int:
        """The case's id."""
    @property
    def case_number(self) -> str:
        """The case number."""
    @property
    def decided_on(self) -> Optional[datetime.date]:
        """The day of the decision, or None."""
    @property
    def decision_number(self) -> str:
        """The decision's document number."""
    @property
    def state(self) -> DisclosureState:
        """The case's DisclosureState on the report's date."""

class DisclosureRules(metaclass=_pybind11_type):
    """When decisions are published, withdrawn (Art. 48) and taken down, as data (docs/disclosure.md)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DisclosureRules values come from the library's functions."""
    @staticmethod
    def defaults() -> DisclosureRules:
        """7 working days (双公示, [P]), general-procedure penalty decisions only, withdrawal within 3 working days, no publicity period."""
    @staticmethod
    def from_json(text: str, source: str = 'rules') -> DisclosureRules:
        """Rules from JSON text ('zhifa-disclosure-rules', docs/disclosure.md). Raises zhifa.DataFileError naming the source and the JSON path."""
    @staticmethod
    def from_json_file(path: Union[str, os.PathLike[str]]) -> DisclosureRules:
        """Rules from a JSON file. Raises zhifa.DataFileError."""
    @staticmethod
    def market_regulation_example() -> DisclosureRules:
        """SAMR Order 45: 20 working days, 3 months / 3 years of publicity (the low-fine amount is a placeholder)."""
    @property
    def name(self) -> str:
        """The rules' name."""
    @property
    def publication_basis(self) -> str:
        """The basis of the publication deadline."""
    @property
    def publication_working_days(self) -> int:
        """Working days after the decision day within which a decision is published."""
    def publicity_period(self, decision: Decision) -> Optional[PublicityPeriod]:
        """The first publicity period matching the decision, or None."""
    @property
    def publicity_periods(self) -> List[PublicityPeriod]:
        """The publicity periods (PublicityPeriod list), tried in order; none matching: public without end."""
    @property
    def publish_no_penalty(self) -> bool:
        """Whether decisions not to penalise (Art. 57 ¶1 (2), (3)) are published."""
    @property
    def publish_simple_procedure(self) -> bool:
        """Whether decisions of the simple procedure (当场处罚, Art. 51) are published."""
    @property
    def publish_warning_only(self) -> bool:
        """Whether a decision imposing only a warning is published."""
    def requires_publication(self, case: Case) -> bool:
        """True when the rules require the case's decision to be published; False without a decision."""
    @property
    def source(self) -> str:
        """Where they were read from."""
    def to_json(self) -> str:
        """The rules as JSON text (what from_json reads)."""
    @property
    def withdrawal_basis(self) -> str:
        """The basis of the withdrawal deadline."""
    @property
    def withdrawal_working_days(self) -> int:
        """Working days after a decision change within which a published decision is withdrawn (Art. 48: at most 3)."""

class DisclosureState(metaclass=_pybind11_type):
    """The disclosure state of a case on a date."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DisclosureState values come from the library's functions."""
    @property
    def due(self) -> Optional[datetime.date]:
        """The deadline the status is about (withdrawal or publication)."""
    @property
    def publication_due(self) -> Optional[datetime.date]:
        """The last day to publish, when required; else None."""
    @property
    def publicity_ends(self) -> Optional[datetime.date]:
        """The last day of the publicity period, or None."""
    @property
    def publicity_period(self) -> str:
        """The id of the matching PublicityPeriod; empty when none."""
    @property
    def published_on(self) -> Optional[datetime.date]:
        """The publication day as known on the date, or None."""
    @property
    def reason(self) -> str:
        """The state in one line of words."""
    @property
    def required(self) -> bool:
        """True when the rules require publication."""
    @property
    def status(self) -> DisclosureStatus:
        """The DisclosureStatus."""
    @property
    def withdrawal_due(self) -> Optional[datetime.date]:
        """The last day to withdraw after a decision change, or None."""
    @property
    def withdrawn_on(self) -> Optional[datetime.date]:
        """The withdrawal day as known on the date, or None."""

class DisclosureStatus(metaclass=_pybind11_type):
    """Where a case stands in disclosure on a date."""
    NOT_REQUIRED: ClassVar[DisclosureStatus]
    DUE: ClassVar[DisclosureStatus]
    OVERDUE: ClassVar[DisclosureStatus]
    PUBLISHED: ClassVar[DisclosureStatus]
    PUBLISHED_LATE: ClassVar[DisclosureStatus]
    WITHDRAWAL_DUE: ClassVar[DisclosureStatus]
    WITHDRAWAL_OVERDUE: ClassVar[DisclosureStatus]
    WITHDRAWN: ClassVar[DisclosureStatus]
    WITHDRAWN_LATE: ClassVar[DisclosureStatus]
    EXPIRED: ClassVar[DisclosureStatus]
    REMOVED: ClassVar[DisclosureStatus]
    __members__: ClassVar[Dict[str, DisclosureStatus]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Document(metaclass=_pybind11_type):
    """An enforcement document (文书)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    date: datetime.date
    """The document's date."""
    id: str
    """The document's id within its case."""
    number: str
    """The document number (文号); may be empty for records."""
    service: Optional[ServiceRecord]
    """How it was served (ServiceRecord), or None."""
    signatories: List[str]
    """The officer ids that signed it."""
    type: DocumentType
    """The DocumentType."""

class DocumentType(metaclass=_pybind11_type):
    """The kinds of enforcement document (执法文书) the procedure produces."""
    FILING_APPROVAL: ClassVar[DocumentType]
    INQUIRY_RECORD: ClassVar[DocumentType]
    INSPECTION_RECORD: ClassVar[DocumentType]
    NOTICE_OF_RIGHTS: ClassVar[DocumentType]
    HEARING_NOTICE: ClassVar[DocumentType]
    HEARING_RECORD: ClassVar[DocumentType]
    LEGAL_REVIEW_OPINION: ClassVar[DocumentType]
    DISCUSSION_RECORD: ClassVar[DocumentType]
    DECISION: ClassVar[DocumentType]
    NO_PENALTY_DECISION: ClassVar[DocumentType]
    SERVICE_RECEIPT: ClassVar[DocumentType]
    PAYMENT_DEMAND: ClassVar[DocumentType]
    CLOSING_REPORT: ClassVar[DocumentType]
    OTHER: ClassVar[DocumentType]
    __members__: ClassVar[Dict[str, DocumentType]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class DrawFailure(metaclass=_pybind11_type):
    """A drawn entity without a valid team: constraint 'certificate' or 'recusal', and the detail."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DrawFailure values come from the library's functions."""
    @property
    def constraint(self) -> str:
        """'certificate' or 'recusal'."""
    @property
    def credit_code(self) -> str:
        """The drawn entity without a team."""
    @property
    def detail(self) -> str:
        """The detail in words."""

class DrawRecord(metaclass=_pybind11_type):
    """The record of a draw: a value with a hash, never edited."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DrawRecord values come from the library's functions."""
    algorithm: str
    """The draw algorithm, 'zhifa-draw-v1'."""
    classes: List[ClassDraw]
    """What happened in each class, in the plan's quota order (ClassDraw list)."""
    def complete(self) -> bool:
        """True when no selected entity lacks a team."""
    def compute_hash(self) -> str:
        """SHA-256 hex of the canonical JSON of every field except `hash`."""
    entities_hash: str
    """The entity directory's hash (entities_hash)."""
    failures: List[DrawFailure]
    """Drawn entities without a valid team, in selection order (DrawFailure list)."""
    @staticmethod
    def from_json(text: str, source: str = 'record') -> DrawRecord:
        """A record as written, without checking its hash (replay does that). Raises zhifa.DataFileError naming the JSON path."""
    @staticmethod
    def from_json_file(path: str) -> DrawRecord:
        """A record from a file, as from_json."""
    hash: str
    """The hash as stated: compute_hash() when untouched."""
    inspectors_hash: str
    """The inspector directory's hash (inspectors_hash)."""
    plan_hash: str
    """The plan's hash (InspectionPlan.hash)."""
    plan_id: str
    """The plan's id."""
    reason: str
    """Why the redraw; empty for a first draw."""
    replaces: str
    """The hash of the record this one replaces; empty for a first draw."""
    seed: str
    """The seed."""
    seed_commitment: str
    """sha256(seed), 64 hex digits."""
    selections: List[DrawSelection]
    """The drawn entities, ascending by (ticket, credit code) (DrawSelection list)."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """The record as a 'zhifa-draw-record' document."""

class DrawSelection(metaclass=_pybind11_type):
    """A drawn entity and its team."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DrawSelection values come from the library's functions."""
    credit_code: str
    """The drawn entity."""
    risk_class: str
    """Its class."""
    team: List[str]
    """The inspector ids in the order drawn; empty when no valid team exists (see DrawRecord.failures)."""
    ticket: int
    """Its draw ticket (a uniform 64-bit value, draw_ticket)."""

class DueCounts(metaclass=_pybind11_type):
    """Deadlines falling in a year and how they were met."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. DueCounts values come from the library's functions."""
    @property
    def due(self) -> int:
        """Deadlines falling in the year."""
    @property
    def late(self) -> int:
        """Done after it."""
    @property
    def missing(self) -> int:
        """Not done at all (as stored)."""
    @property
    def on_time(self) -> int:
        """Done on or before the deadline."""

class EnforcementStatistics(metaclass=_pybind11_type):
    """The annual enforcement statistics (行政执法统计年报)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. EnforcementStatistics values come from the library's functions."""
    @property
    def by_outcome(self) -> Dict[Outcome, int]:
        """Decisions by outcome ({Outcome: count}, every outcome present)."""
    @property
    def by_penalty_kind(self) -> Dict[PenaltyKind, int]:
        """Decisions imposing each kind ({PenaltyKind: count})."""
    @property
    def case_reviews(self) -> Dict[ReviewVerdict, int]:
        """Legal reviews of penalty decisions ({ReviewVerdict: count})."""
    @property
    def cases_decided(self) -> int:
        """Cases decided in the year."""
    @property
    def cases_filed(self) -> int:
        """Cases filed in the year."""
    @property
    def disclosures(self) -> DueCounts:
        """Publication deadlines in the year (DueCounts)."""
    @property
    def fines_total(self) -> Money:
        """The fines of the year's decisions (Money)."""
    @property
    def general_procedure(self) -> int:
        """Decided in the year under the general procedure."""
    @property
    def hearings_held(self) -> int:
        """Hearings held in the year."""
    @property
    def hearings_requested(self) -> int:
        """Hearings requested in the year."""
    @property
    def normative_expired(self) -> int:
        """Normative documents expired by 31 December."""
    @property
    def normative_in_force(self) -> int:
        """Normative documents valid on 31 December."""
    @property
    def normative_repealed(self) -> int:
        """Normative documents repealed by 31 December."""
    @property
    def report_due(self) -> datetime.date:
        """When the report is due: 31 January of the next year."""
    @property
    def simple_procedure(self) -> int:
        """Decided in the year under the simple procedure."""
    @property
    def subject_reviews(self) -> Dict[ReviewSubject, int]:
        """Reviews of other subjects ({ReviewSubject: count})."""
    def to_csv(self) -> str:
        """The statistics as 'metric,value' CSV lines (by_outcome.penalty, disclosures.late, ...), with a header."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """The statistics as JSON text."""
    @property
    def withdrawals(self) -> DueCounts:
        """Withdrawal deadlines (Art. 48) in the year (DueCounts)."""
    @property
    def year(self) -> int:
        """The year reported."""

class Evidence(metaclass=_pybind11_type):
    """An item of evidence (Art. 46)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    collected_on: datetime.date
    """The day it was collected."""
    description: str
    """The item in words."""
    id: str
    """The item's id within its case."""
    kind: EvidenceKind
    """The EvidenceKind (Art. 46)."""
    lawfully_obtained: bool
    """Obtained lawfully; evidence obtained by illegal means may not establish facts (Art. 46)."""
    verified: bool
    """Verified (查证属实): only then may it establish facts (Art. 46)."""

class EvidenceKind(metaclass=_pybind11_type):
    """The eight kinds of Art. 46."""
    DOCUMENTARY: ClassVar[EvidenceKind]
    PHYSICAL: ClassVar[EvidenceKind]
    AUDIO_VISUAL: ClassVar[EvidenceKind]
    ELECTRONIC_DATA: ClassVar[EvidenceKind]
    WITNESS: ClassVar[EvidenceKind]
    PARTY_STATEMENT: ClassVar[EvidenceKind]
    EXPERT_OPINION: ClassVar[EvidenceKind]
    ON_SITE_RECORD: ClassVar[EvidenceKind]
    __members__: ClassVar[Dict[str, EvidenceKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Extension(metaclass=_pybind11_type):
    """An approved extension in the period's unit."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Extension values come from the library's functions."""
    @property
    def approved_on(self) -> datetime.date:
        """The day of approval."""
    @property
    def approver(self) -> str:
        """Who approved it (e.g. the agency head)."""
    @property
    def length(self) -> int:
        """The length, in the period's own unit."""
    @property
    def reason(self) -> str:
        """Why it was approved."""

class Festival(metaclass=_pybind11_type):
    """One holiday of a year's schedule."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Festival values come from the library's functions."""
    @property
    def name(self) -> str:
        """元旦, 春节, 清明节, 劳动节, 端午节, 中秋节 or 国庆节."""
    @property
    def rest(self) -> List[datetime.date]:
        """The other rest days of its holiday block (调休休息日, weekends inside it)."""
    @property
    def statutory(self) -> List[datetime.date]:
        """Its statutory holiday days (法定节假日), as datetime.date."""
    @property
    def workdays(self) -> List[datetime.date]:
        """The adjusted working days (调休上班日) the notice attaches to it."""

class Finding(metaclass=_pybind11_type):
    """One defect found in a case file, with its article."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Finding values come from the library's functions."""
    @property
    def article(self) -> str:
        """The article, e.g. '行政处罚法 Art. 61'."""
    @property
    def check_id(self) -> str:
        """The automatic check that found it, or 'reviewer'."""
    @property
    def code(self) -> str:
        """The finding's code, e.g. 'service_late'."""
    @property
    def deduction(self) -> float:
        """What it cost, after the item's floor (points)."""
    @property
    def item_id(self) -> str:
        """The standard item it counts against."""
    @property
    def message(self) -> str:
        """The defect in words, naming the values and the article."""
    @property
    def reviewer(self) -> str:
        """Who recorded it, for a reviewer's finding; else empty."""
    @property
    def veto(self) -> bool:
        """True when it falls under a veto item: the file fails with 0."""

class FineBase(metaclass=_pybind11_type):
    """What a proportional fine is computed on."""
    NONE: ClassVar[FineBase]
    TOTAL_INVESTMENT: ClassVar[FineBase]
    CONTRACT_AMOUNT: ClassVar[FineBase]
    ILLEGAL_GAINS: ClassVar[FineBase]
    GOODS_VALUE: ClassVar[FineBase]
    UNIT_FINE: ClassVar[FineBase]
    __members__: ClassVar[Dict[str, FineBase]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class FineRule(metaclass=_pybind11_type):
    """A statutory fine rule: a closed range, fixed or as ratios of a base."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. FineRule values come from the library's functions."""
    @property
    def base(self) -> FineBase:
        """What a proportional fine is computed on (FineBase; NONE for a fixed range)."""
    @property
    def base_below(self) -> Optional[Money]:
        """... and below this (Money, exclusive), or None."""
    @property
    def base_from(self) -> Optional[Money]:
        """The rule applies when the base is at least this (Money, inclusive), or None."""
    @property
    def max(self) -> Optional[Money]:
        """The fixed maximum (Money), or None."""
    @property
    def max_ratio(self) -> Optional[Ratio]:
        """The maximum as a Ratio of the base, or None."""
    @property
    def min(self) -> Optional[Money]:
        """The fixed minimum (Money), or None; a missing minimum is 0 ('Y以下')."""
    @property
    def min_ratio(self) -> Optional[Ratio]:
        """The minimum as a Ratio of the base, or None."""
    @property
    def text(self) -> str:
        """The statutory wording."""
    @property
    def when(self) -> str:
        """The circumstance that must be present (e.g. 'serious' for 情节严重); empty: always."""

class FollowUp(metaclass=_pybind11_type):
    """What followed an inspection."""
    NONE: ClassVar[FollowUp]
    ORDER_TO_CORRECT: ClassVar[FollowUp]
    CASE_FILED: ClassVar[FollowUp]
    __members__: ClassVar[Dict[str, FollowUp]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class GradeBand(metaclass=_pybind11_type):
    """A grade and the lowest total that earns it (inclusive)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. GradeBand values come from the library's functions."""
    @property
    def min_score(self) -> float:
        """The lowest total that earns it (inclusive, '90分以上')."""
    @property
    def name(self) -> str:
        """The grade (等次), e.g. 优秀."""

class Hearing(metaclass=_pybind11_type):
    """A hearing (Art. 63-65)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    held_on: Optional[datetime.date]
    """The day the hearing took place, or None."""
    notified_on: Optional[datetime.date]
    """The day the hearing notice (听证通知) was served, or None."""
    presiding_officer_id: str
    """The presiding officer, not an investigator of the case (Art. 64 (4))."""
    requested_on: datetime.date
    """The day the party asked for the hearing."""
    scheduled_for: Optional[datetime.date]
    """The day the hearing is set for, or None."""
    waived_by_absence: bool
    """The party stayed away or walked out without reason, which waives the hearing (Art. 64 (6))."""

class HolidayNotice(metaclass=_pybind11_type):
    """The State Council notice fixing a year's schedule."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. HolidayNotice values come from the library's functions."""
    @property
    def holiday_rules(self) -> str:
        """Which version of 全国年节及纪念日放假办法 applies."""
    @property
    def issued(self) -> datetime.date:
        """The date of issue (datetime.date)."""
    @property
    def number(self) -> str:
        """The notice's 文号, e.g. 国办发明电〔2024〕12号."""
    @property
    def status(self) -> str:
        """How the data was verified: 'verified', or what is not."""
    @property
    def title(self) -> str:
        """The notice's title."""
    @property
    def url(self) -> str:
        """Where the notice is published."""
    @property
    def year(self) -> int:
        """The year the notice schedules."""

class ImportReport(metaclass=_pybind11_type):
    """The result of CaseStore.import_jsonl."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ImportReport values come from the library's functions."""
    @property
    def imported(self) -> int:
        """Cases stored."""
    @property
    def lines(self) -> int:
        """Lines read (blank lines included)."""

class InspectionEntity(metaclass=_pybind11_type):
    """An entity of the inspected-entity directory (检查对象名录库)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, credit_code: str, name: str, risk_class: str, industry: str = '', district: str = '', history: List[InspectionHistory] = ...) -> None: ...
    credit_code: str
    """The unified social credit code: the entity's key."""
    district: str
    """Its district; may be empty."""
    history: List[InspectionHistory]
    """Past inspections (InspectionHistory list), counted against the plan's frequency limit."""
    industry: str
    """Its industry; may be empty."""
    name: str
    """The entity's name."""
    risk_class: str
    """The credit/risk class (信用风险分类, e.g. 'A'..'D'); the plan must give a quota for every class that occurs."""

class InspectionHistory(metaclass=_pybind11_type):
    """A past inspection of an entity."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, date: datetime.date, item: str = '') -> None: ...
    date: datetime.date
    """The day of the inspection."""
    item: str
    """The item inspected; may be empty."""

class InspectionItem(metaclass=_pybind11_type):
    """An item of the random-inspection list (随机抽查事项清单)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, item: str, basis: str, body: str, content: str, method: str, ratio: str = '', frequency: str = '') -> None: ...
    basis: str
    """The legal basis (抽查依据)."""
    body: str
    """Who inspects (抽查主体)."""
    content: str
    """What is inspected (抽查内容)."""
    frequency: str
    """The published frequency as text, e.g. '每年1次'; empty when not published."""
    item: str
    """The item (抽查事项)."""
    method: str
    """How (抽查方式)."""
    ratio: str
    """The published ratio as text, e.g. '不低于5%'; empty when not published."""

class InspectionPlan(metaclass=_pybind11_type):
    """A random-inspection plan (抽查工作计划); docs/inspection.md."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, id: str, agency_code: str, items: List[InspectionItem], start: datetime.date, end: datetime.date, quotas: List[ClassQuota], team_size: int = 2, name: str = '', frequency_from: Optional[datetime.date] = None, exclusions: List[PlanExclusion] = ..., speciality: str = '', seed_commitment: Optional[str] = None, results_working_days: int = 20) -> None:
        """Validated on construction (team_size < 2 raises LegalGuardError, Art. 42)."""
    agency_code: str
    """The inspecting agency: inspectors need its certificate."""
    end: datetime.date
    """Last day of the inspection period; certificates must be valid on every day of it."""
    exclusions: List[PlanExclusion]
    """Entities left out (PlanExclusion list)."""
    frequency_from: Optional[datetime.date]
    """Start of the window over which past inspections count against max_inspections; None: `start`."""
    @staticmethod
    def from_json(text: str, source: str = 'plan') -> InspectionPlan:
        """A plan from a 'zhifa-inspection-plan' document. Raises zhifa.DataFileError naming the JSON path."""
    @staticmethod
    def from_json_file(path: str) -> InspectionPlan:
        """A plan from a file. Raises zhifa.DataFileError."""
    def hash(self) -> str:
        """SHA-256 hex of the plan's canonical JSON."""
    id: str
    """The plan's id."""
    items: List[InspectionItem]
    """The items to inspect (InspectionItem list), each with its legal basis."""
    name: str
    """The plan's name."""
    quotas: List[ClassQuota]
    """Ratio and frequency limit per class (ClassQuota list)."""
    results_working_days: int
    """Results are published within this many working days of the inspection's end (configurable, default 20)."""
    seed_commitment: Optional[str]
    """sha256(seed) as 64 hex digits, published before the draw; None: no commitment."""
    speciality: str
    """When set, only inspectors with this speciality are drawn."""
    start: datetime.date
    """First day of the inspection period."""
    team_size: int
    """Inspectors per entity: at least 2 (行政处罚法 Art. 42)."""
    def to_csv(self) -> str:
        """The plan as CSV (UTF-8, a header line, CRLF, RFC 4180 quoting)."""
    def to_json(self) -> str:
        """The plan as a 'zhifa-inspection-plan' document."""
    def validate(self) -> None:
        """Raises zhifa.ValidationError naming the field (empty id or agency, no items, an item without legal basis, end before start, a ratio outside 0..10000, a duplicate class, a malformed commitment, results_working_days < 1) or zhifa.LegalGuardError for team_size < 2 (Art. 42)."""

class InspectionResult(metaclass=_pybind11_type):
    """The result of a task; case_number only for CASE_FILED."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, plan_id: str, credit_code: str, completed_on: datetime.date, finding: str = '', follow_up: FollowUp = ..., case_number: str = '', published_on: Optional[datetime.date] = None) -> None: ...
    case_number: str
    """The case number for CASE_FILED; empty otherwise."""
    completed_on: datetime.date
    """The end of the inspection (检查结束之日)."""
    credit_code: str
    """The entity inspected."""
    finding: str
    """What was found, in words."""
    follow_up: FollowUp
    """What followed (FollowUp)."""
    plan_id: str
    """The plan's id."""
    published_on: Optional[datetime.date]
    """The day the result was published, or None."""

class InspectionResults(metaclass=_pybind11_type):
    """Results with their publication period (zhifa-inspection-results)."""
    def __init__(self, results: List[InspectionResult], publication_working_days: int = 20) -> None: ...
    @staticmethod
    def from_json(text: str, source: str = 'results') -> InspectionResults:
        """From a 'zhifa-inspection-results' document. Raises zhifa.DataFileError naming the JSON path."""
    @staticmethod
    def from_json_file(path: str) -> InspectionResults:
        """From a file, as from_json."""
    publication_working_days: int
    """The publication period in working days."""
    results: List[InspectionResult]
    """The results (InspectionResult list)."""
    def to_json(self) -> str:
        """As a 'zhifa-inspection-results' document."""

class InspectionTask(metaclass=_pybind11_type):
    """A drawn entity with its team and the items."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. InspectionTask values come from the library's functions."""
    @property
    def credit_code(self) -> str:
        """The entity to inspect."""
    @property
    def end(self) -> datetime.date:
        """Last day of the inspection period."""
    @property
    def entity_name(self) -> str:
        """Its name."""
    @property
    def items(self) -> List[str]:
        """The plan's items, by name."""
    @property
    def plan_id(self) -> str:
        """The plan's id."""
    @property
    def start(self) -> datetime.date:
        """First day of the inspection period."""
    @property
    def team(self) -> List[str]:
        """The inspector ids."""

class Inspector(metaclass=_pybind11_type):
    """An officer of the inspector directory (执法检查人员名录库)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, id: str, name: str, certificates: List[Certificate], specialities: List[str] = ..., conflicts: List[InspectorConflict] = ...) -> None: ...
    certificates: List[Certificate]
    """Enforcement certificates (Certificate list)."""
    def certified_for(self, agency_code: str, start: datetime.date, end: datetime.date) -> bool:
        """A certificate of the agency valid on every day of [start, end] (Art. 42)."""
    def conflicted_with(self, credit_code: str) -> bool:
        """True when the inspector has a recorded relation to the entity."""
    conflicts: List[InspectorConflict]
    """Recorded relations to entities (InspectorConflict list): grounds for recusal (Art. 43)."""
    id: str
    """The inspector's id, unique in the directory."""
    name: str
    """The inspector's name."""
    specialities: List[str]
    """Specialities, matched against a plan's speciality."""

class InspectorConflict(metaclass=_pybind11_type):
    """An inspector's recorded relation to an entity (Art. 43 recusal)."""
    def __init__(self, credit_code: str, relation: str = '') -> None: ...
    credit_code: str
    """The entity the inspector is related to."""
    relation: str
    """The relation in words."""

class ItemResult(metaclass=_pybind11_type):
    """The outcome of one standard item for one case."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ItemResult values come from the library's functions."""
    @property
    def item_id(self) -> str:
        """The standard item."""
    @property
    def reason(self) -> str:
        """Why not applicable or not checkable; else empty."""
    @property
    def score(self) -> float:
        """The points kept (0 for a veto item)."""
    @property
    def section(self) -> ItemSection:
        """Its ItemSection."""
    @property
    def status(self) -> CheckStatus:
        """What the checks concluded (CheckStatus)."""

class ItemSection(metaclass=_pybind11_type):
    """基本标准 (veto), 卷面 (form), 内容 (content)."""
    VETO: ClassVar[ItemSection]
    FORM: ClassVar[ItemSection]
    CONTENT: ClassVar[ItemSection]
    __members__: ClassVar[Dict[str, ItemSection]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class JurisdictionRules(metaclass=_pybind11_type):
    """Thresholds the law leaves to each jurisdiction (Art. 58, 63). example() is a placeholder, not law."""
    def __init__(self, name: str, large_amount_person: Money, large_amount_organization: Money, review_criteria: Optional[ReviewCriteria] = None) -> None:
        """review_criteria defaults to ReviewCriteria.statutory() (Art. 58 (1)-(4) only)."""
    @staticmethod
    def example() -> JurisdictionRules:
        """Example thresholds, clearly not law: hearing at 10,000 yuan (person) / 100,000 yuan (organisation); review by ReviewCriteria.example()."""
    large_amount_organization: Money
    """较大数额 for an organisation (Art. 63 (1)-(2)), as for a person (Money)."""
    large_amount_person: Money
    """较大数额 for a natural person (Art. 63 (1)-(2)): a fine or confiscation at or above it is hearing-eligible (Money)."""
    name: str
    """The jurisdiction's name."""
    review_criteria: ReviewCriteria
    """Which decisions need legal review (Art. 58 and the local list of major decisions), and the checklist (ReviewCriteria)."""

class LegalPeriod(metaclass=_pybind11_type):
    """A named legal period: length, unit and legal basis."""
    def __init__(self, key: str, length: int, unit: PeriodUnit, basis: Citation, name: str = '', direction: PeriodDirection = ..., start_event: str = '', description: str = '', status: str = '', sector: str = '', max_extension: Optional[int] = None, rest_day_rule: RestDayRule = ...) -> None: ...
    @property
    def basis(self) -> Citation:
        """The Citation of the article that sets the period."""
    @property
    def description(self) -> str:
        """English gloss."""
    @property
    def direction(self) -> PeriodDirection:
        """AFTER: a time limit after the start event; BEFORE: a minimum notice before the event."""
    def end(self, start: datetime.date, calendar: WorkCalendar) -> datetime.date:
        """The last day of the period started on `start`, without suspensions or extensions."""
    @property
    def key(self) -> str:
        """Stable identifier, e.g. 'hearing_request'."""
    @property
    def length(self) -> int:
        """The length in `unit` (> 0)."""
    @property
    def max_extension(self) -> Optional[int]:
        """The total extension allowed, in `unit`; None: not limited."""
    @property
    def name(self) -> str:
        """Chinese name, e.g. 要求听证."""
    @property
    def rest_day_rule(self) -> RestDayRule:
        """What happens when the last day is not a working day (RestDayRule)."""
    @property
    def sector(self) -> str:
        """Empty for national law; the sector of an override, e.g. 'market_regulation'."""
    @property
    def start_event(self) -> str:
        """What starts the count, e.g. 'notice of rights served'."""
    @property
    def status(self) -> str:
        """How the fact was checked: verified, partial or unverified."""
    def summary(self) -> str:
        """The period in words: '15 calendar days (行政处罚法 Art. 67)'."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON (`zhifa deadline --list --json`): key, name, length, unit, direction, basis, status."""
    @property
    def unit(self) -> PeriodUnit:
        """The PeriodUnit it counts in."""

class LegalReview(metaclass=_pybind11_type):
    """A legal review (法制审核, Art. 58)."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, reviewer_id: str, reviewed_on: datetime.date, verdict: ReviewVerdict, opinion: str = '', submitted_on: Optional[datetime.date] = None, findings: List[ReviewFinding] = ...) -> None: ...
    findings: List[ReviewFinding]
    """The findings on the checklist items (ReviewFinding list)."""
    grounds: List[str]
    """The criteria that required the review, as recorded at submission (text)."""
    opinion: str
    """The reasons; for APPROVE_WITH_CHANGES, the changes required."""
    @property
    def passed(self) -> bool:
        """Approve or approve with changes: the decision may be made."""
    reviewed_on: datetime.date
    """The date of the opinion."""
    reviewer_id: str
    """The reviewing officer (not an investigator of the case)."""
    submitted_on: Optional[datetime.date]
    """The day the case officers submitted the case, or None."""
    verdict: ReviewVerdict
    """The ReviewVerdict."""

class LintFinding(metaclass=_pybind11_type):
    """One finding of a catalog lint."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. LintFinding values come from the library's functions."""
    @property
    def item(self) -> str:
        """The item's code; empty for the catalog as a whole."""
    @property
    def message(self) -> str:
        """What is wrong."""

class LogVerification(metaclass=_pybind11_type):
    """The result of checking a record log."""
    def __bool__(self) -> bool: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. LogVerification values come from the library's functions."""
    @property
    def entries(self) -> int:
        """The number of entries checked."""
    @property
    def first_bad(self) -> Optional[int]:
        """The first position found bad, or None: exact for an entry that does not match its stored leaf hash or sequence number; for a log that matches its hashes but not a trusted head, the first position no verified head covers."""
    @property
    def heads_checked(self) -> int:
        """The number of tree heads checked."""
    @property
    def ok(self) -> bool:
        """True when the log verified."""
    @property
    def reason(self) -> str:
        """Why it failed; empty when ok."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON, the object `zhifa verify --json` prints for a case (without its id and number): ok, entries, heads_checked, first_bad, reason."""

class MerkleLog(metaclass=_pybind11_type):
    """An append-only Merkle log (RFC 9162 §2.1) of the full-process record (执法全过程记录, Administrative Penalty Law Art. 47). Roots and proofs cost O(log n) hashes."""
    def __init__(self) -> None: ...
    def __len__(self) -> int: ...
    def append_leaf(self, data: bytes) -> int:
        """Appends leaf_hash(data); returns the new leaf's 0-based index."""
    def append_leaf_hash(self, leaf_hash: bytes) -> int:
        """Appends a precomputed leaf hash; returns its index."""
    def consistency_proof(self, old_size: int, new_size: int) -> List[bytes]:
        """PROOF(old_size, D[new_size]), RFC 9162 §2.1.4.1."""
    @staticmethod
    def from_leaf_hashes(leaf_hashes: List[bytes]) -> MerkleLog:
        """A log holding these leaf hashes (32 bytes each), in order. Raises zhifa.ValidationError for a hash that is not 32 bytes."""
    def inclusion_proof(self, index: int, tree_size: int) -> List[bytes]:
        """PATH(index, D[tree_size]), RFC 9162 §2.1.3.1."""
    def leaf_hash_at(self, index: int) -> bytes:
        """The leaf hash at `index` (32 bytes). Raises zhifa.ValidationError when index >= size."""
    def root(self) -> bytes:
        """Root of all leaves (empty_root() when empty)."""
    def root_at(self, n: int) -> bytes:
        """Root of the first n leaves."""
    @property
    def size(self) -> int:
        """Number of leaves."""

class Mitigation(metaclass=_pybind11_type):
    """从轻 (lighter, within the range) or 减轻 (mitigated, below it)."""
    NONE: ClassVar[Mitigation]
    LIGHTER: ClassVar[Mitigation]
    MITIGATED: ClassVar[Mitigation]
    __members__: ClassVar[Dict[str, Mitigation]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Money(metaclass=_pybind11_type):
    """An exact amount of renminbi as an integer count of fen. No floats anywhere.

    Money('1,234.56'), Money('1.5万'), Money.from_fen(123456), Money.from_yuan(100).
    """
    def __add__(self, arg0: Money) -> Money: ...
    def __bool__(self) -> bool: ...
    def __eq__(self, other: object) -> bool: ...
    def __ge__(self, arg0: Money) -> bool: ...
    def __gt__(self, arg0: Money) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(self, text: str) -> None:
        """Parse a yuan amount: '1,234.56', '1234.5元', '1.5万', '0.35亿', '¥12'. Raises zhifa.ValidationError naming the position and the reason."""
    def __le__(self, arg0: Money) -> bool: ...
    def __lt__(self, arg0: Money) -> bool: ...
    def __mul__(self, arg0: int) -> Money: ...
    def __ne__(self, other: object) -> bool: ...
    def __neg__(self) -> Money: ...
    def __rmul__(self, arg0: int) -> Money: ...
    def __str__(self) -> str: ...
    def __sub__(self, arg0: Money) -> Money: ...
    @property
    def fen(self) -> int:
        """The amount in fen (int)."""
    @staticmethod
    def from_fen(fen: int) -> Money:
        """The amount of exactly `fen` fen (int; 1 yuan = 100 fen)."""
    @staticmethod
    def from_yuan(yuan: int) -> Money:
        """The amount of `yuan` whole yuan (int). Raises zhifa.OverflowError beyond the int64 range of fen."""
    def mul_div(self, numerator: int, denominator: int, rounding: Rounding) -> Money:
        """self * numerator / denominator, exact, rounded as asked; e.g. 3 per mille: total.mul_div(3, 1000, Rounding.DOWN). Raises zhifa.ValidationError for a zero denominator, zhifa.OverflowError when the result leaves the int64 range of fen."""
    @staticmethod
    def parse(text: str) -> Money:
        """Same as Money(text)."""

class NormativeDocument(metaclass=_pybind11_type):
    """A normative document (规范性文件)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, number: str, title: str, issuing_body: str, issued_on: datetime.date, effective_on: datetime.date, expires_on: Optional[datetime.date] = None, repealed_on: Optional[datetime.date] = None, repealed_by: str = '') -> None: ...
    effective_on: datetime.date
    """The day it takes effect."""
    expires_on: Optional[datetime.date]
    """The last day of its period of validity (有效期至, inclusive), or None."""
    issued_on: datetime.date
    """The day of issue."""
    issuing_body: str
    """The body that issued it."""
    number: str
    """The document number (文号), unique in the registry, e.g. 大发改规〔2024〕2号."""
    def problem(self) -> Optional[str]:
        """Why the record is malformed (empty number or title, effective before issue, expiry or repeal before effect), or None."""
    repealed_by: str
    """What repealed it."""
    repealed_on: Optional[datetime.date]
    """The day it is repealed (废止) from, or None."""
    def status_on(self, on: datetime.date) -> NormativeStatus:
        """The NormativeStatus on `on`: repealed from repealed_on, expired after expires_on, not yet effective before effective_on, else valid."""
    title: str
    """The document's title."""

class NormativeStatus(metaclass=_pybind11_type):
    """Whether a normative document is in force on a date."""
    NOT_YET_EFFECTIVE: ClassVar[NormativeStatus]
    VALID: ClassVar[NormativeStatus]
    EXPIRED: ClassVar[NormativeStatus]
    REPEALED: ClassVar[NormativeStatus]
    __members__: ClassVar[Dict[str, NormativeStatus]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Officer(metaclass=_pybind11_type):
    """An enforcement officer."""
    def __init__(self, id: str, name: str, certificate: Optional[Certificate] = None, legal_professional_qualification: bool = False, experienced_reviewer: bool = False, exam_passed: bool = False) -> None: ...
    certificate: Optional[Certificate]
    """The enforcement Certificate, or None."""
    def certified_on(self, on: datetime.date, agency_code: str) -> bool:
        """True when the officer holds a certificate of agency_code valid on `on` (行政处罚法 Art. 42: 具有行政执法资格)."""
    exam_passed: bool
    """Passed the enforcement qualification exam."""
    experienced_reviewer: bool
    """Has done legal review of penalty decisions before (so Art. 58 ¶2 no longer applies)."""
    id: str
    """The officer's id within the agency."""
    legal_professional_qualification: bool
    """Holds the national legal professional qualification (法律职业资格), which 行政处罚法 Art. 58 ¶2 requires of a first-time legal reviewer."""
    name: str
    """The officer's name."""

class OnTheSpotGround(metaclass=_pybind11_type):
    """Why an officer may collect a fine on the spot (Art. 68-69)."""
    SMALL_FINE: ClassVar[OnTheSpotGround]
    HARD_TO_EXECUTE: ClassVar[OnTheSpotGround]
    REMOTE_AREA: ClassVar[OnTheSpotGround]
    __members__: ClassVar[Dict[str, OnTheSpotGround]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Outcome(metaclass=_pybind11_type):
    """The four outcomes of Art. 57."""
    PENALTY: ClassVar[Outcome]
    NO_PENALTY_MINOR: ClassVar[Outcome]
    NO_PENALTY_NOT_ESTABLISHED: ClassVar[Outcome]
    TRANSFER_TO_JUDICIAL: ClassVar[Outcome]
    __members__: ClassVar[Dict[str, Outcome]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Party(metaclass=_pybind11_type):
    """A party (当事人) of a case. Build with the static factories, which validate."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Party values come from the library's functions."""
    @property
    def address(self) -> str:
        """Address for service (送达地址); may be empty."""
    def age_on(self, on: datetime.date) -> Optional[int]:
        """Full years of age on a date (Art. 30), None for organisations."""
    @property
    def birth_date(self) -> Optional[datetime.date]:
        """A natural person's birth date (from the ID, or as stated), else None."""
    @property
    def credit_code(self) -> Optional[CreditCode]:
        """An organisation's CreditCode, or None."""
    @property
    def id(self) -> str:
        """The party's key within its case, e.g. 'P1'."""
    @property
    def identifier(self) -> str:
        """The resident ID or the credit code as text; empty when there is none."""
    @property
    def is_natural_person(self) -> bool:
        """True for PartyKind.NATURAL_PERSON."""
    @property
    def kind(self) -> PartyKind:
        """The PartyKind."""
    @property
    def legal_representative(self) -> str:
        """An organisation's 法定代表人 / 负责人; empty for a natural person."""
    @property
    def name(self) -> str:
        """The name (personal data for a natural person)."""
    @staticmethod
    def natural_person(id: str, name: str, resident_id: ResidentId, phone: str = '', address: str = '') -> Party:
        """A natural person identified by a ResidentId (the birth date comes from it). Raises zhifa.ValidationError for an empty name."""
    @staticmethod
    def natural_person_born(id: str, name: str, birth_date: datetime.date, phone: str = '', address: str = '') -> Party:
        """A natural person without a resident ID (a foreigner, say), with the birth date as stated. Raises zhifa.ValidationError for an empty name."""
    @staticmethod
    def organization(id: str, kind: PartyKind, name: str, credit_code: CreditCode, legal_representative: str, phone: str = '', address: str = '') -> Party:
        """An organisation (kind LEGAL_PERSON or OTHER_ORGANIZATION) identified by its CreditCode, with its legal representative (法定代表人 / 负责人). Raises zhifa.ValidationError for a natural-person kind or an empty name or legal representative."""
    @property
    def phone(self) -> str:
        """Phone number; may be empty."""
    @property
    def resident_id(self) -> Optional[ResidentId]:
        """A natural person's ResidentId, or None."""

class PartyKind(metaclass=_pybind11_type):
    """自然人 (natural person), 法人 (legal person) or 其他组织 (other organisation)."""
    NATURAL_PERSON: ClassVar[PartyKind]
    LEGAL_PERSON: ClassVar[PartyKind]
    OTHER_ORGANIZATION: ClassVar[PartyKind]
    __members__: ClassVar[Dict[str, PartyKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Payment(metaclass=_pybind11_type):
    """A payment."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, paid_on: datetime.date, amount: Money, collected_on_the_spot: bool = False) -> None: ...
    amount: Money
    """The amount paid (Money)."""
    collected_on_the_spot: bool
    """Collected by the officer (Art. 68-69) rather than paid at the bank."""
    paid_on: datetime.date
    """The day of payment."""

class PaymentArrangement(metaclass=_pybind11_type):
    """Deferral or instalments (Art. 66)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    applied_on: datetime.date
    """The day of the party's application."""
    approved_on: datetime.date
    """The day of the agency's approval."""
    approver: str
    """Who approved it."""
    instalments: List[Tuple[datetime.date, Money]]
    """(due date, Money) pairs; one entry is a deferral."""

class Penalty(metaclass=_pybind11_type):
    """One penalty of Art. 9, with its amount for fines and confiscations."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, kind: PenaltyKind, amount: Optional[Money] = None, detail: str = '') -> None: ...
    amount: Optional[Money]
    """The amount (Money) for fines and confiscations, else None."""
    detail: str
    """Further detail in words (e.g. the licence suspended)."""
    kind: PenaltyKind
    """The PenaltyKind (Art. 9)."""

class PenaltyCheck(metaclass=_pybind11_type):
    """A decided penalty checked against the catalog."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. PenaltyCheck values come from the library's functions."""
    @property
    def above_by(self) -> Optional[Money]:
        """How much the fine is over it (Money), or None."""
    @property
    def below_by(self) -> Optional[Money]:
        """How much the fine is under the permitted range (Money), or None."""
    @property
    def findings(self) -> List[str]:
        """What is wrong, each naming the rule and the numbers."""
    @property
    def ok(self) -> bool:
        """True when the decided penalties are what the catalog permits."""
    @property
    def recommendation(self) -> Recommendation:
        """What the engine permits for the facts (Recommendation)."""

class PenaltyFacts(metaclass=_pybind11_type):
    """The facts the engine needs (dates, circumstances, base amounts)."""
    def __init__(self, act_date: datetime.date, discovered: datetime.date, decision_date: datetime.date, act_ended: Optional[datetime.date] = None, life_health_or_financial_harm: bool = False, age_at_act: Optional[int] = None, circumstances: Set[str] = ..., bases: Dict[FineBase, Money] = ...) -> None: ...
    act_date: datetime.date
    """The day of the act, or its start when continuing."""
    act_ended: Optional[datetime.date]
    """A continuing act's end, or None."""
    age_at_act: Optional[int]
    """The party's age at the act, or None; sets the Art. 30 codes."""
    bases: Dict[FineBase, Money]
    """The base amounts of proportional fines ({FineBase: Money})."""
    circumstances: Set[str]
    """The circumstance codes: statutory ones (minor_under_14, minor_14_17, incapacity, partial_incapacity, eliminated_harm, coerced, confessed, meritorious, other_mandatory_mitigation, minor_corrected_no_harm, first_violation_slight_corrected, no_fault) and the catalog's own."""
    decision_date: datetime.date
    """The day of the decision."""
    discovered: datetime.date
    """The day it was discovered."""
    life_health_or_financial_harm: bool
    """The five-year limitation applies (Art. 36)."""

class PenaltyKind(metaclass=_pybind11_type):
    """The penalty kinds of Art. 9."""
    WARNING: ClassVar[PenaltyKind]
    PUBLIC_CRITICISM: ClassVar[PenaltyKind]
    FINE: ClassVar[PenaltyKind]
    CONFISCATE_ILLEGAL_GAINS: ClassVar[PenaltyKind]
    CONFISCATE_ILLEGAL_PROPERTY: ClassVar[PenaltyKind]
    SUSPEND_LICENSE: ClassVar[PenaltyKind]
    LOWER_QUALIFICATION: ClassVar[PenaltyKind]
    REVOKE_LICENSE: ClassVar[PenaltyKind]
    RESTRICT_BUSINESS: ClassVar[PenaltyKind]
    ORDER_SUSPEND_PRODUCTION: ClassVar[PenaltyKind]
    ORDER_CLOSURE: ClassVar[PenaltyKind]
    RESTRICT_PRACTICE: ClassVar[PenaltyKind]
    ADMINISTRATIVE_DETENTION: ClassVar[PenaltyKind]
    OTHER_BY_LAW: ClassVar[PenaltyKind]
    __members__: ClassVar[Dict[str, PenaltyKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class PeriodDirection(metaclass=_pybind11_type):
    """Whether a period runs forward from its start event (a time limit) or backward from it (a minimum advance notice, e.g. the hearing notice of 行政处罚法 Art. 64 (2))."""
    AFTER: ClassVar[PeriodDirection]
    BEFORE: ClassVar[PeriodDirection]
    __members__: ClassVar[Dict[str, PeriodDirection]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class PeriodTable(metaclass=_pybind11_type):
    """An immutable table of named legal periods."""
    def __contains__(self, key: str) -> bool: ...
    def __getitem__(self, key: str) -> LegalPeriod: ...
    def __init__(self, periods: List[LegalPeriod]) -> None: ...
    def __len__(self) -> int: ...
    @staticmethod
    def builtin() -> PeriodTable:
        """The national table built into the library."""
    @staticmethod
    def from_json(text: str, source: str = '<string>') -> PeriodTable:
        """A table from JSON text in the zhifa-periods format (docs/periods.md); `source` names the text in messages. Raises zhifa.DataFileError."""
    @staticmethod
    def from_json_file(path: Union[str, os.PathLike[str]]) -> PeriodTable:
        """A table from a JSON file in the zhifa-periods format. Raises zhifa.DataFileError when it cannot be read or parsed."""
    def get(self, key: str) -> LegalPeriod:
        """The period named key; raises zhifa.NotFoundError listing the known keys."""
    def keys(self) -> List[str]:
        """The keys of the periods, in table order."""
    def overridden_by(self, overrides: PeriodTable) -> PeriodTable:
        """This table with the entries of `overrides` replacing those with the same key and adding the others (e.g. a sector's periods)."""
    @property
    def periods(self) -> List[LegalPeriod]:
        """The periods (LegalPeriod), in table order."""

class PeriodUnit(metaclass=_pybind11_type):
    """The unit a legal period counts in."""
    WORKING_DAYS: ClassVar[PeriodUnit]
    CALENDAR_DAYS: ClassVar[PeriodUnit]
    MONTHS: ClassVar[PeriodUnit]
    YEARS: ClassVar[PeriodUnit]
    __members__: ClassVar[Dict[str, PeriodUnit]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class PlanExclusion(metaclass=_pybind11_type):
    """An entity the plan leaves out, and why."""
    def __init__(self, credit_code: str, reason: str = '') -> None: ...
    credit_code: str
    """The entity left out."""
    reason: str
    """Why (e.g. under a special inspection already)."""

class PowerItem(metaclass=_pybind11_type):
    """A power item (权责清单事项)."""
    def __init__(self, code: str, name: str, kind: PowerKind = ..., basis: List[Citation] = ..., agency_code: str = '', delegated_to: str = '') -> None: ...
    agency_code: str
    """The agency holding the power."""
    basis: List[Citation]
    """The legal basis (Citation list)."""
    code: str
    """The item's code, e.g. 'DRC-CF-018'."""
    delegated_to: str
    """The body exercising a delegated power in the agency's name (园区赋权); empty when not delegated."""
    kind: PowerKind
    """The PowerKind."""
    name: str
    """The item's name."""

class PowerKind(metaclass=_pybind11_type):
    """The kind of a power item on an agency's list of powers and responsibilities (权责清单)."""
    PENALTY: ClassVar[PowerKind]
    COMPULSION: ClassVar[PowerKind]
    INSPECTION: ClassVar[PowerKind]
    LICENSING: ClassVar[PowerKind]
    OTHER: ClassVar[PowerKind]
    __members__: ClassVar[Dict[str, PowerKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class Procedure(metaclass=_pybind11_type):
    """The Administrative Penalty Law's procedure with its guards. Each transition changes the case in place or raises (LegalGuardError names the article) and leaves it unchanged."""
    def __init__(self, agency: Agency, rules: JurisdictionRules, calendar: Optional[WorkCalendar] = None, periods: Optional[PeriodTable] = None) -> None: ...
    def add_evidence(self, case: Case, item: Evidence) -> None:
        """Records evidence during investigation (INVESTIGATING .. COLLECTIVE_DISCUSSION)."""
    @property
    def agency(self) -> Agency:
        """The Agency the procedure acts for."""
    def approve_arrangement(self, case: Case, arrangement: PaymentArrangement) -> None:
        """A deferral or instalments on the party's application, approved by the agency (Art. 66)."""
    def archive(self, case: Case, officer_id: str, on: datetime.date) -> None:
        """CLOSED -> ARCHIVED (归档)."""
    def close(self, case: Case, officer_id: str, on: datetime.date) -> None:
        """-> CLOSED: after execution, or after serving a decision with no penalty to execute."""
    def collective_discussion(self, case: Case, on: datetime.date, participants: List[str], conclusion: str = '') -> None:
        """-> COLLECTIVE_DISCUSSION: the discussion of the agency's heads (Art. 57 ¶2)."""
    def deadlines(self, case: Case, on: datetime.date) -> List[CaseDeadline]:
        """The case's deadlines as of `on` (CaseDeadline list), each with its ledger and state."""
    def decide(self, case: Case, officer_ids: List[str], decision: Decision) -> None:
        """-> DECIDED (TRANSFERRED for Art. 57 (4)). Guards: two certified officers (Art. 42); for a penalty the notice was given (Art. 44, 62), the hearing-request period passed unless the party asked or waived (Art. 63-64), a requested hearing was held or waived (Art. 65), a required legal review passed (Art. 58), a required collective discussion took place (Art. 57 ¶2), the limitation period (Art. 36), the age and capacity rules (Art. 30, 31), evidence (Art. 40), and nothing heavier than the notice after a defence (Art. 45)."""
    def decide_on_the_spot(self, case: Case, officer_ids: List[str], decision: Decision) -> None:
        """LEAD -> DECIDED on the spot (简易程序): only a warning and/or a fine of at most 200 yuan for a natural person or 3,000 yuan for an organisation (Art. 51, inclusive; with a natural person among the parties the citizens' limit applies), two certified officers (Art. 42), and the limitation, age and capacity rules (Art. 30, 31, 36)."""
    def end_remedy(self, case: Case, to: datetime.date) -> None:
        """The pending review or litigation ends on `to`."""
    def extend_decision_period(self, case: Case, days: int, approver: str, reason: str, approved_on: datetime.date) -> None:
        """An approved extension of the decision period by `days` (Art. 60); validated as by Deadline.extend."""
    def file(self, case: Case, officer_id: str, on: datetime.date) -> None:
        """LEAD -> FILED (立案, Art. 54). The agency must hold the power item, a penalty power (Art. 38); the case needs a party and a violation; the officer must be certified (Art. 42). The store allocates the case number. Raises zhifa.LegalGuardError naming the article."""
    def hearing_eligible(self, case: Case, penalties: List[Penalty]) -> bool:
        """True when the penalties give the party the right to a hearing (Art. 63)."""
    def hold_hearing(self, case: Case, on: datetime.date, party_absent: bool = False) -> None:
        """The hearing took place on `on` (Art. 64 (8)), or with party_absent the party stayed away without reason, which waives it (Art. 64 (6))."""
    def investigate(self, case: Case, officer_ids: List[str], on: datetime.date) -> None:
        """FILED -> INVESTIGATING: at least two distinct officers certified for this agency on `on` (Art. 42). Raises zhifa.LegalGuardError."""
    @overload
    def legal_review(self, case: Case, review: LegalReview) -> None:
        """Records the legal review (Art. 58): reviewer not an investigator, qualified (Art. 58 ¶2), findings on the checklist's items."""
    @overload
    def legal_review(self, case: Case, reviewer_id: str, on: datetime.date, passed: bool, opinion: str = '') -> None:
        """The same with a bare verdict: passed=True approves, False rejects."""
    def legal_review_grounds(self, case: Case) -> List[str]:
        """Why the case as it stands (its decision, else the notified penalties) needs legal review (Art. 58), as text; empty when it does not."""
    def mark_executed(self, case: Case, officer_id: str, on: datetime.date, note: str = '') -> None:
        """-> EXECUTED by other means (court enforcement, non-monetary penalties carried out)."""
    def notify(self, case: Case, officer_id: str, on: datetime.date, proposed: List[Penalty]) -> None:
        """INVESTIGATING -> NOTIFIED: the notice of the intended penalties and rights (Art. 44). Refused when the facts rest on no verified, lawfully obtained evidence (Art. 40, 46), when the limitation period had run before discovery (Art. 36), for a party under 14 at the act (Art. 30) or without capacity (Art. 31). The hearing right is notified when the penalties are hearing-eligible (Art. 63)."""
    def record(self, case: Case, entry: RecordEntry) -> None:
        """Appends an entry to the case's full-process record (Art. 47); seq is set to its position."""
    def record_payment(self, case: Case, payment: Payment, on_the_spot_ground: Optional[OnTheSpotGround] = None) -> None:
        """A payment. The deciding agency may not collect fines itself (Art. 67) except on the spot under Art. 68-69: pass the OnTheSpotGround. Fully paid (fine and surcharge) -> EXECUTED."""
    def record_statement(self, case: Case, on: datetime.date) -> None:
        """The party makes a statement or defence (Art. 45)."""
    def request_hearing(self, case: Case, on: datetime.date) -> None:
        """-> HEARING: the party asks for a hearing. Only for hearing-eligible penalties (Art. 63) and within 5 working days of the notice (Art. 64 (1))."""
    def review_requirement(self, case: Case, penalties: List[Penalty], mitigation: Mitigation = ...) -> List[ReviewGround]:
        """The criteria under which the proposed decision needs legal review (Art. 58); empty when none applies."""
    @property
    def rules(self) -> JurisdictionRules:
        """The JurisdictionRules it applies."""
    def schedule_hearing(self, case: Case, notified_on: datetime.date, hearing_on: datetime.date, presiding_officer_id: str) -> None:
        """Notifies the hearing at least 7 working days before it (Art. 64 (2)), presided by an officer who did not investigate the case (Art. 64 (4)). Called again before the hearing, it reschedules it with a new notice."""
    def serve(self, case: Case, record: ServiceRecord) -> None:
        """DECIDED -> SERVED. Electronic service needs the party's consent (Art. 61 ¶2). Late service (beyond 7 working days, Art. 61) is allowed but shows as a late deadline."""
    def start_remedy(self, case: Case, kind: str, from_: datetime.date) -> None:
        """Administrative review or litigation ('review' or 'litigation') begins on from_: no surcharge accrues meanwhile (Art. 73)."""
    def surcharge(self, case: Case, on: datetime.date) -> Money:
        """The late-payment surcharge as of a date (Art. 72-73)."""
    def suspend_decision_period(self, case: Case, from_: datetime.date, to: datetime.date, reason: str = '') -> None:
        """Days from_..to (inclusive) not counted toward the 90-day decision period (Art. 60); validated as by Deadline.suspend."""
    def waive_hearing(self, case: Case, on: datetime.date) -> None:
        """The party expressly gives up the hearing it was told of (Art. 63); the decision need then not wait for the 5-working-day request period."""
    def waive_statement(self, case: Case, on: datetime.date) -> None:
        """The party expressly waives statement and defence (Art. 62); this does not give up the hearing (see waive_hearing)."""
    def withdraw(self, case: Case, officer_id: str, on: datetime.date, reason: str) -> None:
        """LEAD, FILED or INVESTIGATING -> WITHDRAWN (not filed / filing revoked), with the reason."""

class ProcedureKind(metaclass=_pybind11_type):
    """一般程序 (general) or 简易程序 (simple, on the spot, Art. 51-52)."""
    GENERAL: ClassVar[ProcedureKind]
    SIMPLE: ClassVar[ProcedureKind]
    __members__: ClassVar[Dict[str, ProcedureKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class PublicCatalog(metaclass=_pybind11_type):
    """What Art. 39 requires to be public before enforcement."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. PublicCatalog values come from the library's functions."""
    @property
    def agency_code(self) -> str:
        """The agency's code."""
    @property
    def agency_name(self) -> str:
        """The agency's name."""
    @property
    def as_of(self) -> datetime.date:
        """The day the catalog is for."""
    @property
    def inspections(self) -> List[InspectionItem]:
        """The random-inspection list (InspectionItem list)."""
    @property
    def officers(self) -> List[CatalogOfficer]:
        """The officers certified for the agency on as_of (CatalogOfficer list)."""
    @property
    def powers(self) -> List[CatalogPower]:
        """Every power item (CatalogPower list)."""
    @property
    def procedures(self) -> List[CatalogProcedure]:
        """The general and simple procedures (CatalogProcedure list)."""
    @property
    def remedies(self) -> List[CatalogRemedy]:
        """Administrative review and litigation (CatalogRemedy list)."""
    def to_json(self) -> str:
        """The catalog as JSON text."""
    def to_markdown(self) -> str:
        """The catalog as a readable Markdown page (headings, tables)."""

class Publication(metaclass=_pybind11_type):
    """The public disclosure of the decision and its withdrawal (Art. 48)."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, published_on: datetime.date, reference: str = '') -> None: ...
    published_on: datetime.date
    """The day the decision was published."""
    reference: str
    """Where: URL, notice number or publicity-system id."""
    removal_reason: str
    """Why it was removed early."""
    removed_on: Optional[datetime.date]
    """The day publicity ended early (e.g. 信用修复), or None."""
    withdrawal_reason: str
    """Why it was withdrawn."""
    withdrawn_on: Optional[datetime.date]
    """The day it was withdrawn (Art. 48), or None."""

class PublicationState(metaclass=_pybind11_type):
    """Where a result's publication stands."""
    PENDING: ClassVar[PublicationState]
    OVERDUE: ClassVar[PublicationState]
    PUBLISHED: ClassVar[PublicationState]
    PUBLISHED_LATE: ClassVar[PublicationState]
    __members__: ClassVar[Dict[str, PublicationState]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class PublicityPeriod(metaclass=_pybind11_type):
    """How long a published decision stays public (公示期), e.g. SAMR Order 45 Art. 13."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. PublicityPeriod values come from the library's functions."""
    @property
    def basis(self) -> str:
        """Its legal basis."""
    @property
    def description(self) -> str:
        """The rule in words."""
    @property
    def fine_at_most(self) -> Optional[Money]:
        """The rule applies only when the fines total at most this (Money, inclusive); None: no limit."""
    @property
    def id(self) -> str:
        """The rule's id, e.g. 'low'."""
    def matches(self, penalties: List[Penalty]) -> bool:
        """True when the rule applies to a decision with these penalties."""
    @property
    def months(self) -> int:
        """How long the decision stays public, in months from the publication day (民法典 Art. 202)."""
    @property
    def only_kinds(self) -> List[PenaltyKind]:
        """The penalty kinds every penalty must be of (PenaltyKind list); empty: any decision."""

class Ratio(metaclass=_pybind11_type):
    """An exact fraction num/den, e.g. 1 per mille = Ratio(1, 1000)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, num: int, den: int) -> None: ...
    @property
    def den(self) -> int:
        """The denominator (> 0)."""
    @property
    def num(self) -> int:
        """The numerator."""

class Recommendation(metaclass=_pybind11_type):
    """What the engine permits: tier, range, kinds, trace."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Recommendation values come from the library's functions."""
    @property
    def kinds(self) -> List[PenaltyKind]:
        """The penalty kinds allowed (PenaltyKind list)."""
    @property
    def max(self) -> Optional[Money]:
        """The tier's maximum fine (Money), or None."""
    @property
    def min(self) -> Optional[Money]:
        """The tier's minimum fine (Money), or None."""
    @property
    def mitigation_allowed(self) -> bool:
        """A fine below the statutory minimum is lawful: a mandatory ground (Art. 30, 32) or the catalog's mitigated list applies."""
    @property
    def penalty_allowed(self) -> bool:
        """False when no penalty may be imposed; the trace says why (limitation, a no-penalty ground, ...)."""
    @property
    def statutory_max(self) -> Optional[Money]:
        """The fine rule's maximum (Money), or None."""
    @property
    def statutory_min(self) -> Optional[Money]:
        """The fine rule's minimum (Money), or None."""
    def text(self) -> str:
        """The trace as text, one step a line, each with its citation."""
    @property
    def tier(self) -> TierKind:
        """The TierKind selected."""
    @property
    def tier_label(self) -> str:
        """The tier's name in the catalog."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON, the text `zhifa penalty --json` prints."""
    @property
    def trace(self) -> List[TraceStep]:
        """Every rule used, in order (TraceStep list)."""

class RecordEntry(metaclass=_pybind11_type):
    """One entry of the full-process record (Art. 47); media by SHA-256."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, on: datetime.date, step: RecordStep, kind: RecordKind, description: str = '', officers: List[str] = ..., time: str = '', place: str = '', media_sha256: str = '', media_ref: str = '') -> None: ...
    description: str
    """The entry in words."""
    @property
    def is_audio_video(self) -> bool:
        """True for audio or video (音像记录); a photo is not one."""
    kind: RecordKind
    """The RecordKind: text, photo, audio, video or document."""
    media_ref: str
    """Where the medium is kept (archive id, URI)."""
    media_sha256: str
    """SHA-256 of the medium, 64 lowercase hex digits; required for photo, audio and video."""
    officers: List[str]
    """The ids of the officers who made the entry."""
    on: datetime.date
    """The day recorded."""
    place: str
    """Where; may be empty."""
    seq: int
    """The position in the case's log, from 0; set when appended."""
    step: RecordStep
    """The RecordStep the entry documents."""
    time: str
    """Local time 'HH:MM' or 'HH:MM:SS'; may be empty."""

class RecordKind(metaclass=_pybind11_type):
    """The form of a record entry (文字、音像)."""
    TEXT: ClassVar[RecordKind]
    PHOTO: ClassVar[RecordKind]
    AUDIO: ClassVar[RecordKind]
    VIDEO: ClassVar[RecordKind]
    DOCUMENT: ClassVar[RecordKind]
    __members__: ClassVar[Dict[str, RecordKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class RecordStep(metaclass=_pybind11_type):
    """The step a record entry documents (Art. 47)."""
    START: ClassVar[RecordStep]
    INSPECTION: ClassVar[RecordStep]
    RANDOM_INSPECTION: ClassVar[RecordStep]
    INVESTIGATION: ClassVar[RecordStep]
    EVIDENCE_PRESERVATION: ClassVar[RecordStep]
    SEIZURE: ClassVar[RecordStep]
    FORCED_DEMOLITION: ClassVar[RecordStep]
    PREMISES_INQUIRY: ClassVar[RecordStep]
    HEARING: ClassVar[RecordStep]
    REVIEW: ClassVar[RecordStep]
    DECISION: ClassVar[RecordStep]
    SERVICE: ClassVar[RecordStep]
    EXECUTION: ClassVar[RecordStep]
    OTHER: ClassVar[RecordStep]
    __members__: ClassVar[Dict[str, RecordStep]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class RecordingGap(metaclass=_pybind11_type):
    """A step without its audio or video record."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. RecordingGap values come from the library's functions."""
    @property
    def reason(self) -> str:
        """Why the step needs the record, in words."""
    @property
    def requirement(self) -> AvRequirement:
        """Required or recommended (AvRequirement)."""
    @property
    def step(self) -> RecordStep:
        """The RecordStep lacking its audio or video entry."""

class RecordingPolicy(metaclass=_pybind11_type):
    """Which steps need audio-video recording (data, after 国办发〔2018〕118号)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. RecordingPolicy values come from the library's functions."""
    @staticmethod
    def builtin() -> RecordingPolicy:
        """The built-in policy (data/recording/policy.json)."""
    @staticmethod
    def from_json(text: str, source: str = 'policy') -> RecordingPolicy:
        """A policy from JSON text (docs/recording.md). Raises zhifa.DataFileError naming the source and the JSON path."""
    @staticmethod
    def from_json_file(path: str) -> RecordingPolicy:
        """A policy from a JSON file. Raises zhifa.DataFileError."""
    def gaps(self, case: Case, include_recommended: bool = False) -> List[RecordingGap]:
        """The steps that took place in the case (a record entry of the step, a hearing held, a service), are covered by the policy and have no audio or video entry (RecordingGap list). Without include_recommended, only required steps."""
    @property
    def name(self) -> str:
        """The policy's name."""
    def requirement(self, step: RecordStep) -> Optional[AvRequirement]:
        """What the policy asks of the step (AvRequirement), or None when it does not cover it."""

class RemedyPeriod(metaclass=_pybind11_type):
    """Administrative review or litigation (Art. 73)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    from_: datetime.date
    """The day the review or litigation began."""
    kind: str
    """'review' or 'litigation'."""
    to: Optional[datetime.date]
    """The day it ended; None while pending."""

class ReplayResult(metaclass=_pybind11_type):
    """Whether a record replays, else the first difference."""
    def __bool__(self) -> bool: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ReplayResult values come from the library's functions."""
    @property
    def difference(self) -> str:
        """Else the first difference, e.g. 'selections[3].team[1]: record has X, replay gives Y'."""
    @property
    def match(self) -> bool:
        """True when the record is exactly what the draw gives."""

class ResidentId(metaclass=_pybind11_type):
    """A valid 18-character citizen identity number (GB 11643-1999). Raises zhifa.ValidationError naming the position and reason otherwise."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __init__(self, text: str) -> None: ...
    def __str__(self) -> str: ...
    @property
    def address_code(self) -> str:
        """The 6-digit address code: the first six characters."""
    @property
    def birth_date(self) -> datetime.date:
        """The birth date encoded in the number (datetime.date)."""
    @property
    def sex(self) -> Sex:
        """Sex from the parity of the 3-digit sequence code."""
    @staticmethod
    def why_invalid(text: str) -> Optional[str]:
        """The reason text is not valid, or None."""

class RestDayRule(metaclass=_pybind11_type):
    """What happens when the last day of a calendar-day, month or year period is not a working day. Working-day periods always end on a working day."""
    NEXT_WORKING_DAY: ClassVar[RestDayRule]
    NONE: ClassVar[RestDayRule]
    __members__: ClassVar[Dict[str, RestDayRule]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class ResultDue(metaclass=_pybind11_type):
    """A result's publication due date and state."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ResultDue values come from the library's functions."""
    @property
    def completed_on(self) -> datetime.date:
        """The end of the inspection."""
    @property
    def credit_code(self) -> str:
        """The entity inspected."""
    @property
    def due(self) -> datetime.date:
        """completed_on + working_days working days: the last day to publish."""
    @property
    def plan_id(self) -> str:
        """The plan's id."""
    @property
    def state(self) -> PublicationState:
        """The PublicationState on the date asked."""

class ReviewCriteria(metaclass=_pybind11_type):
    """Which decisions need legal review (Art. 58 and the local list of major decisions), and the review checklist."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ReviewCriteria values come from the library's functions."""
    @property
    def criteria(self) -> List[ReviewCriterion]:
        """The criteria (ReviewCriterion list)."""
    @staticmethod
    def example() -> ReviewCriteria:
        """The shipped example (data/review/criteria.json); local thresholds are examples, not law."""
    @staticmethod
    def from_json(text: str, source: str = 'criteria') -> ReviewCriteria:
        """Criteria from JSON text (docs/review.md); `source` names the text in messages. Raises zhifa.DataFileError naming the source and the JSON path."""
    @staticmethod
    def from_json_file(path: str) -> ReviewCriteria:
        """Criteria from a JSON file. Raises zhifa.DataFileError."""
    def has_item(self, key: str) -> bool:
        """True when `key` is an item of the checklist."""
    @property
    def items(self) -> List[ReviewItemSpec]:
        """The review checklist (ReviewItemSpec list)."""
    def match(self, case: Case, penalties: List[Penalty], mitigation: Mitigation = ...) -> List[ReviewGround]:
        """The criteria met by the case with these penalties and tier."""
    @property
    def name(self) -> str:
        """The catalog's name."""
    @property
    def source(self) -> str:
        """Where it was read from."""
    @staticmethod
    def statutory() -> ReviewCriteria:
        """Art. 58 (1)-(4) only."""
    def to_json(self) -> str:
        """The criteria as JSON text (what from_json reads)."""

class ReviewCriterion(metaclass=_pybind11_type):
    """A criterion of the major-decision catalog."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ReviewCriterion values come from the library's functions."""
    @property
    def basis(self) -> str:
        """Its legal or local basis, e.g. '行政处罚法 Art. 58 (1)'."""
    @property
    def description(self) -> str:
        """The criterion in words."""
    @property
    def id(self) -> str:
        """The criterion's id, e.g. 'art58-1', 'fine'."""

class ReviewFinding(metaclass=_pybind11_type):
    """The reviewer's finding on one checklist item."""
    def __eq__(self, other: object) -> bool: ...
    @overload
    def __init__(self) -> None: ...
    @overload
    def __init__(self, item: str, satisfied: bool = True, note: str = '') -> None: ...
    item: str
    """The checklist item's key, e.g. 'procedure'."""
    note: str
    """The reviewer's note."""
    satisfied: bool
    """Whether the item is satisfied."""

class ReviewGround(metaclass=_pybind11_type):
    """A review criterion that a case meets, and why."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ReviewGround values come from the library's functions."""
    @property
    def basis(self) -> str:
        """Its basis, e.g. '行政处罚法 Art. 58 (1)' or the local list."""
    @property
    def criterion_id(self) -> str:
        """The id of the criterion met."""
    @property
    def reason(self) -> str:
        """Why the case meets it."""
    def text(self) -> str:
        """'basis: reason', as LegalReview.grounds and the procedure's messages show it."""

class ReviewItemSpec(metaclass=_pybind11_type):
    """An item of the legal-review checklist."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. ReviewItemSpec values come from the library's functions."""
    @property
    def key(self) -> str:
        """The item's key, e.g. 'procedure'."""
    @property
    def name(self) -> str:
        """The item's name."""

class ReviewSubject(metaclass=_pybind11_type):
    """What a legal-affairs office reviews."""
    PENALTY_DECISION: ClassVar[ReviewSubject]
    OTHER_ENFORCEMENT_DECISION: ClassVar[ReviewSubject]
    CONTRACT: ClassVar[ReviewSubject]
    NORMATIVE_DOCUMENT: ClassVar[ReviewSubject]
    __members__: ClassVar[Dict[str, ReviewSubject]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class ReviewVerdict(metaclass=_pybind11_type):
    """The conclusion of a legal review (Art. 58)."""
    APPROVE: ClassVar[ReviewVerdict]
    APPROVE_WITH_CHANGES: ClassVar[ReviewVerdict]
    REJECT: ClassVar[ReviewVerdict]
    __members__: ClassVar[Dict[str, ReviewVerdict]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class ReviewerFinding(metaclass=_pybind11_type):
    """A human reviewer's finding for an item."""
    def __init__(self, item_id: str, code: str, reviewer: str, message: str = '', deduction: Optional[float] = None) -> None: ...
    code: str
    """The finding's code."""
    deduction: Optional[float]
    """The points it costs; None: the item's deduction for the code."""
    item_id: str
    """The standard item."""
    message: str
    """The defect in words."""
    reviewer: str
    """Who records it (required)."""

class RightsNotice(metaclass=_pybind11_type):
    """The notice of the intended penalty and rights (Art. 44)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    hearing_right_notified: bool
    """The right to ask for a hearing was stated (Art. 63)."""
    hearing_waived_on: Optional[datetime.date]
    """The day the party expressly gave up the hearing (Art. 63), or None."""
    proposed: List[Penalty]
    """The penalties proposed (Penalty list)."""
    served_on: datetime.date
    """The day the notice was served."""
    statement_made_on: Optional[datetime.date]
    """The day the party made a statement or defence (Art. 45), or None."""
    statement_waived_on: Optional[datetime.date]
    """The day the party expressly waived statement and defence (Art. 62), or None."""

class Rounding(metaclass=_pybind11_type):
    """How Money.mul_div rounds a fraction of a fen."""
    DOWN: ClassVar[Rounding]
    UP: ClassVar[Rounding]
    HALF_UP: ClassVar[Rounding]
    __members__: ClassVar[Dict[str, Rounding]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class ServiceMethod(metaclass=_pybind11_type):
    """How a document was served (送达方式, 行政处罚法 Art. 61; 民事诉讼法 Chapter 7). ELECTRONIC needs the party's signed consent (Art. 61 ¶2)."""
    IN_PERSON: ClassVar[ServiceMethod]
    LEFT_AT_ADDRESS: ClassVar[ServiceMethod]
    MAIL: ClassVar[ServiceMethod]
    ELECTRONIC: ClassVar[ServiceMethod]
    ENTRUSTED: ClassVar[ServiceMethod]
    PUBLIC_NOTICE: ClassVar[ServiceMethod]
    __members__: ClassVar[Dict[str, ServiceMethod]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class ServiceRecord(metaclass=_pybind11_type):
    """How and when a document was served."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    electronic_consent: bool
    """The party signed the consent to electronic service (确认书, required for ELECTRONIC, Art. 61 ¶2)."""
    method: ServiceMethod
    """The ServiceMethod."""
    recipient: str
    """Who received the document."""
    served_on: datetime.date
    """The day of service."""

class Sex(metaclass=_pybind11_type):
    """The sex encoded by the parity of a resident ID's sequence code (odd: male, even: female)."""
    MALE: ClassVar[Sex]
    FEMALE: ClassVar[Sex]
    __members__: ClassVar[Dict[str, Sex]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class SignedTreeHead(metaclass=_pybind11_type):
    """A tree head with an Ed25519 signature (128 lowercase hex digits) and the signer's key id (16 hex digits)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, head: TreeHead, key_id: str, signature: str) -> None: ...
    head: TreeHead
    """The TreeHead signed."""
    key_id: str
    """The signer's key id: 16 lowercase hex digits, the first 8 bytes of SHA-256 of the raw public key."""
    signature: str
    """The Ed25519 signature over head.encode(), 128 lowercase hex digits."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON, what `zhifa checkpoint` prints: size, root, timestamp, key_id, signature."""

class SigningKey(metaclass=_pybind11_type):
    """An Ed25519 private key for signing tree heads. Keep private_pem() secret."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. SigningKey values come from the library's functions."""
    @staticmethod
    def from_pem(pem: str) -> SigningKey:
        """From an unencrypted 'PRIVATE KEY' PEM; zhifa.ValidationError for anything else."""
    @staticmethod
    def from_pem_file(path: Union[str, os.PathLike[str]]) -> SigningKey:
        """From a file holding an unencrypted 'PRIVATE KEY' PEM. Raises zhifa.DataFileError naming the path when it cannot be read or parsed."""
    @staticmethod
    def generate() -> SigningKey:
        """A fresh key from the operating system's random source."""
    @property
    def key_id(self) -> str:
        """The key id: 16 lowercase hex digits, the first 8 bytes of SHA-256 of the raw public key."""
    def private_pem(self) -> str:
        """The unencrypted PKCS #8 PEM (loadable by from_pem and `openssl pkey`). Keep it secret."""
    def public_pem(self) -> str:
        """The public half as a 'PUBLIC KEY' PEM."""
    def sign_head(self, head: TreeHead) -> SignedTreeHead:
        """Signs head.encode() (deterministic Ed25519)."""
    @property
    def verifying_key(self) -> VerifyingKey:
        """The public half (VerifyingKey)."""

class Standard(metaclass=_pybind11_type):
    """An audit standard (评查标准): veto, form and content items, grade bands (docs/audit-standard.md)."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Standard values come from the library's functions."""
    @property
    def bands(self) -> List[GradeBand]:
        """The grade bands (GradeBand list), highest first."""
    @staticmethod
    def builtin() -> Standard:
        """The built-in model standard (data/standards/default.json): a model after published structures, not an official standard."""
    @property
    def content_points(self) -> float:
        """The points of the content section (内容)."""
    @property
    def fail_grade(self) -> str:
        """The grade below every band (default 不合格), also given to a file with a veto hit."""
    @property
    def form_points(self) -> float:
        """The points of the form section (卷面)."""
    @staticmethod
    def from_json(text: str) -> Standard:
        """A standard from a 'zhifa-audit-standard' JSON document (docs/audit-standard.md). Raises zhifa.DataFileError naming the JSON path of a bad entry."""
    @staticmethod
    def from_json_file(path: Union[str, os.PathLike[str]]) -> Standard:
        """A standard from a JSON file. Raises zhifa.DataFileError."""
    def grade(self, total: float) -> str:
        """The grade of a total: the first band whose minimum it reaches, else the fail grade."""
    def item(self, id: str) -> StandardItem:
        """The item with this id. Raises zhifa.NotFoundError naming it."""
    @property
    def items(self) -> List[StandardItem]:
        """The items (StandardItem list), in order."""
    @property
    def name(self) -> str:
        """The standard's name."""
    @property
    def source(self) -> str:
        """Where it was read from."""
    @property
    def version(self) -> str:
        """Its version."""

class StandardItem(metaclass=_pybind11_type):
    """One item of an audit standard."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. StandardItem values come from the library's functions."""
    @property
    def basis(self) -> str:
        """The article, or the standard's own wording."""
    @property
    def checks(self) -> List[str]:
        """The ids of the automatic checks that feed it; none: a human reviewer's item."""
    @property
    def deduction(self) -> float:
        """The points one finding costs."""
    @property
    def deductions(self) -> Dict[str, float]:
        """Per finding code, the points it costs instead ({code: points})."""
    @property
    def floor(self) -> float:
        """The score never goes below this (扣完为止，不计负分)."""
    @property
    def id(self) -> str:
        """The item's id, e.g. 'C5'."""
    @property
    def points(self) -> float:
        """The points the item starts at (0 for a veto item)."""
    @property
    def section(self) -> ItemSection:
        """VETO, FORM or CONTENT (ItemSection)."""
    @property
    def title(self) -> str:
        """As the standard words it, e.g. 送达程序合法、及时."""

class StoredDeadline(metaclass=_pybind11_type):
    """A case's deadline from CaseStore.deadlines()."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. StoredDeadline values come from the library's functions."""
    @property
    def case_id(self) -> int:
        """The case's id in the store."""
    @property
    def deadline(self) -> CaseDeadline:
        """The CaseDeadline: period key, ledger, state."""
    @property
    def number(self) -> str:
        """The case number."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """As JSON, the object `zhifa deadlines --json` prints for it."""

class SubjectReview(metaclass=_pybind11_type):
    """A review of a contract, a normative document or another decision."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, id: str, subject: ReviewSubject, title: str, reviewer_id: str, submitted_on: datetime.date, reviewed_on: datetime.date, verdict: ReviewVerdict, opinion: str = '') -> None: ...
    id: str
    """The review's id, unique in the store, e.g. 'HT-2025-014'."""
    opinion: str
    """The reasons."""
    def problem(self) -> Optional[str]:
        """Why the record is malformed (empty id or title, reviewed before submitted), or None."""
    reviewed_on: datetime.date
    """The day of the opinion."""
    reviewer_id: str
    """The reviewing officer."""
    subject: ReviewSubject
    """What was reviewed (ReviewSubject)."""
    submitted_on: datetime.date
    """The day it was submitted for review."""
    title: str
    """The subject's title."""
    verdict: ReviewVerdict
    """The ReviewVerdict."""

class Suspension(metaclass=_pybind11_type):
    """Days [from_, to] that do not count."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Suspension values come from the library's functions."""
    @property
    def from_(self) -> datetime.date:
        """The first day that does not count (inclusive)."""
    @property
    def reason(self) -> str:
        """Why, e.g. 鉴定."""
    @property
    def to(self) -> datetime.date:
        """The last day that does not count (inclusive)."""

class SyntheticCase(metaclass=_pybind11_type):
    """A generated case and the defects injected into it."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. SyntheticCase values come from the library's functions."""
    @property
    def case(self) -> Case:
        """The generated Case."""
    @property
    def defects(self) -> List[str]:
        """The procedural defects injected into it (empty for a clean case): service_late (Art. 61), decision_overdue (Art. 60), single_investigator (Art. 42), missing_legal_review (Art. 58), notice_missing (Art. 44), payment_late (Art. 67, 72)."""

class SyntheticCaseGenerator(metaclass=_pybind11_type):
    """Deterministic synthetic case files of a city DRC (same seed, same cases)."""
    def __init__(self, seed: int = 20250101, year: int = 2025, defect_percent: int = 15, open_percent: int = 8, simple_percent: int = 10) -> None: ...
    @property
    def agency(self) -> Agency:
        """The agency the cases belong to (大连市发展和改革委员会, its power items and officers)."""
    def generate(self, n: int) -> List[SyntheticCase]:
        """The next n cases of the sequence (SyntheticCase list)."""
    def next(self) -> SyntheticCase:
        """The next case of the sequence (SyntheticCase)."""

class Tier(metaclass=_pybind11_type):
    """A tier of an item: part of the range and the circumstances selecting it."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. Tier values come from the library's functions."""
    @property
    def basis(self) -> str:
        """For a list entry (不予/减轻/从轻 lists), the document that lists it."""
    @property
    def conditions(self) -> List[str]:
        """The circumstance codes, any of which selects the tier."""
    @property
    def from_(self) -> Ratio:
        """The lower end of the tier as a Ratio of (max - min) above min."""
    @property
    def kind(self) -> TierKind:
        """The TierKind."""
    @property
    def label(self) -> str:
        """The tier's name in the benchmark (一般, 较重, 严重, ...)."""
    @property
    def max(self) -> Optional[Money]:
        """An explicit maximum (Money) instead of fractions, or None."""
    @property
    def max_ratio(self) -> Optional[Ratio]:
        """An explicit maximum as a Ratio of the fine rule's base, or None."""
    @property
    def min(self) -> Optional[Money]:
        """An explicit minimum (Money) instead of fractions, or None."""
    @property
    def min_ratio(self) -> Optional[Ratio]:
        """An explicit minimum as a Ratio of the fine rule's base, or None."""
    @property
    def mitigated_floor(self) -> Optional[Ratio]:
        """For a 减轻 tier, the lowest fine as a Ratio of the minimum, when the catalog sets one (the law sets no floor); else None."""
    @property
    def to(self) -> Ratio:
        """The upper end, likewise; excluded unless it is 1 or upper_inclusive."""
    @property
    def upper_inclusive(self) -> bool:
        """Whether the upper end belongs to the tier."""

class TierKind(metaclass=_pybind11_type):
    """The five discretion levels: 不予处罚, 减轻 (below the statutory minimum), 从轻 (the lower part of the range), 一般, 从重."""
    NO_PENALTY: ClassVar[TierKind]
    MITIGATED: ClassVar[TierKind]
    LIGHTER: ClassVar[TierKind]
    GENERAL: ClassVar[TierKind]
    HEAVIER: ClassVar[TierKind]
    __members__: ClassVar[Dict[str, TierKind]]
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...
    def __index__(self) -> int: ...
    def __init__(self, value: int) -> None: ...
    def __int__(self) -> int: ...
    def __ne__(self, other: object) -> bool: ...
    def __str__(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> int: ...

class TraceStep(metaclass=_pybind11_type):
    """One line of the engine's explanation."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. TraceStep values come from the library's functions."""
    @property
    def basis(self) -> Optional[Citation]:
        """The Citation behind it, or None."""
    @property
    def text(self) -> str:
        """What the engine did, in words."""

class TreeHead(metaclass=_pybind11_type):
    """A log's size and root at a time the caller states, as UTC 'YYYY-MM-DDThh:mm:ssZ'."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self, size: int, root: bytes, timestamp: str) -> None: ...
    def encode(self) -> bytes:
        """The canonical signed bytes, b'zhifa tree head v1\\n<size>\\n<hex root>\\n<timestamp>\\n'. Raises zhifa.ValidationError for a malformed timestamp."""
    root: bytes
    """The root (32 bytes); assigning anything else raises zhifa.ValidationError."""
    size: int
    """The number of leaves."""
    timestamp: str
    """UTC 'YYYY-MM-DDThh:mm:ssZ', as the caller states it."""

class VerifyingKey(metaclass=_pybind11_type):
    """An Ed25519 public key for checking tree heads."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. VerifyingKey values come from the library's functions."""
    @staticmethod
    def from_pem(pem: str) -> VerifyingKey:
        """From a 'PUBLIC KEY' PEM; zhifa.ValidationError for anything else."""
    @staticmethod
    def from_pem_file(path: Union[str, os.PathLike[str]]) -> VerifyingKey:
        """From a file holding a 'PUBLIC KEY' PEM. Raises zhifa.DataFileError naming the path when it cannot be read or parsed."""
    @property
    def key_id(self) -> str:
        """First 8 bytes of SHA-256 of the raw public key, as hex."""
    def public_pem(self) -> str:
        """The key as a 'PUBLIC KEY' PEM."""
    def verify_head(self, signed_head: SignedTreeHead) -> bool:
        """True only for a head signed by this key and unchanged since; never raises."""

class Violation(metaclass=_pybind11_type):
    """A violation with the dates the limitation period runs from (Art. 36)."""
    def __eq__(self, other: object) -> bool: ...
    def __init__(self) -> None: ...
    act_date: datetime.date
    """The day of the act, or its start when continuing."""
    act_ended: Optional[datetime.date]
    """A continuing act's end (Art. 36 ¶2), or None."""
    description: str
    """The violation in words."""
    discovered: datetime.date
    """The day the act was discovered."""
    item_code: str
    """The discretion catalog's item, e.g. 'TB-49' (may be empty)."""
    life_health_or_financial_harm: bool
    """Involves life and health safety or financial security with harmful consequences: the limitation period is five years instead of two (Art. 36 ¶1)."""
    def limitation_start(self) -> datetime.date:
        """The day the limitation period (Art. 36) runs from: the end of a continuing act, else the act."""
    penalty_provision: str
    """The provision that sets the penalty, e.g. 招标投标法 Art. 49."""
    violated_provision: str
    """The provision violated, e.g. 招标投标法 Art. 4."""

class WorkCalendar(metaclass=_pybind11_type):
    """The official working-day calendar. Queries answer in constant time; a date outside the covered years raises zhifa.CalendarCoverageError (never a weekends-only guess)."""
    def __contains__(self, d: datetime.date) -> bool: ...
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. WorkCalendar values come from the library's functions."""
    def add_working_days(self, d: datetime.date, n: int) -> datetime.date:
        """The n-th working day after d (d not counted); n < 0 counts backwards; n == 0 gives d. Raises zhifa.CalendarCoverageError when the result leaves the coverage."""
    @staticmethod
    def china() -> WorkCalendar:
        """The official PRC schedule built into the library (no files needed)."""
    @property
    def coverage(self) -> Tuple[Any, ...]:
        """(first_day, last_day) of the covered years."""
    @property
    def coverage_text(self) -> str:
        """'2023-01-01..2026-12-31 (2023-2026)'; years built weekends-only are marked as such."""
    def covers(self, d: datetime.date) -> bool:
        """True when d lies in the covered years (never raises)."""
    def day_kind(self, d: datetime.date) -> DayKind:
        """How the official schedule classifies d (DayKind). Raises zhifa.CalendarCoverageError outside the coverage."""
    @property
    def first_day(self) -> datetime.date:
        """January 1 of the first covered year."""
    @property
    def first_year(self) -> int:
        """The first covered year."""
    @staticmethod
    def from_json(text: str, source: str = '<string>') -> WorkCalendar:
        """A calendar from JSON text in the zhifa-calendar format (docs/calendar-format.md). Raises zhifa.DataFileError for malformed data, zhifa.ConflictError when two entries contradict each other about a day."""
    @staticmethod
    def from_json_file(path: Union[str, os.PathLike[str]]) -> WorkCalendar:
        """A calendar from a JSON file in the zhifa-calendar format; raises as from_json, and zhifa.DataFileError when the file cannot be read."""
    def holiday_name(self, d: datetime.date) -> Optional[str]:
        """The festival whose holiday block contains d, or None."""
    def is_statutory_holiday(self, d: datetime.date) -> bool:
        """True for 法定节假日 only, not weekends or other rest days."""
    def is_working_day(self, d: datetime.date) -> bool:
        """True when d is a working day. Raises zhifa.CalendarCoverageError outside the coverage."""
    @property
    def last_day(self) -> datetime.date:
        """December 31 of the last covered year."""
    @property
    def last_year(self) -> int:
        """The last covered year."""
    def merged(self, other: WorkCalendar) -> WorkCalendar:
        """This calendar plus the years of other. Raises zhifa.ConflictError when a year in both differs, zhifa.ValidationError when the years would not be contiguous."""
    def next_working_day(self, d: datetime.date) -> datetime.date:
        """The first working day strictly after d. Raises zhifa.CalendarCoverageError beyond the coverage."""
    @staticmethod
    def weekends_only(first_year: int, last_year: int) -> WorkCalendar:
        """A calendar in which Monday-Friday are working days; only when asked for."""
    def working_days_between(self, a: datetime.date, b: datetime.date) -> int:
        """The number of working days w with a < w <= b; negative when b < a."""
    @property
    def years(self) -> List[CalendarYear]:
        """The data year by year, first to last (CalendarYear)."""

class YearReview(metaclass=_pybind11_type):
    """The year's review of a store (review_year): cases by status, deadlines, the three systems and the audit run with its report."""
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """Not constructible from Python: raises TypeError. YearReview values come from the library's functions."""
    @property
    def as_of(self) -> datetime.date:
        """The date of the review."""
    @property
    def audit_report(self) -> AuditReport:
        """The audit's report (AuditReport)."""
    @property
    def audit_run(self) -> AuditRun:
        """The audit's run as stored (AuditRun)."""
    @property
    def by_status(self) -> Dict[CaseStatus, int]:
        """{CaseStatus: count}, zero included."""
    @property
    def cases(self) -> int:
        """The number of cases reviewed (those matching the filters)."""
    @property
    def deadlines(self) -> List[StoredDeadline]:
        """The deadlines open or overdue on as_of (StoredDeadline)."""
    @property
    def deadlines_open(self) -> int:
        """Deadlines open on as_of."""
    @property
    def deadlines_overdue(self) -> int:
        """Deadlines overdue on as_of."""
    @property
    def disclosure(self) -> Dict[DisclosureStatus, int]:
        """{DisclosureStatus: count} (Art. 48)."""
    @property
    def records_tampered(self) -> List[int]:
        """Ids of the cases whose log does not verify."""
    @property
    def records_verified(self) -> int:
        """Full-process record logs verified (Art. 47)."""
    @property
    def report_files(self) -> List[str]:
        """Paths of the files written."""
    @property
    def reviews_missing(self) -> int:
        """Of those, the decisions without a passing review."""
    @property
    def reviews_required(self) -> int:
        """Decisions that needed a legality review (Art. 58) under the criteria."""
    def to_dict(self) -> Dict[str, Any]:
        """The value as plain data: json.loads of its to_json() (the shape the CLI prints with
        --json), with YYYY-MM-DD texts as datetime.date and money in integer fen.
        """
    def to_json(self) -> str:
        """The summary as JSON, the text `zhifa review-year --json` prints."""

def add_reviewer_finding(result: AuditResult, standard: Standard, finding: ReviewerFinding) -> AuditResult:
    """A copy of the result with the reviewer's finding added and the file scored again."""
def annual_statistics(store: CaseStore, year: int, rules: Optional[DisclosureRules] = None, calendar: Optional[WorkCalendar] = None, **kwargs: Any) -> EnforcementStatistics:
    """The statistics of the year; filter keywords as CaseStore.list. CalendarCoverageError when the calendar does not cover the year."""
def archive_file_name(case_id: int) -> str:
    """The file name of a case's archive in a folder: 'case-<id>.zcf'."""
def archive_files(dir: Union[str, os.PathLike[str]]) -> List[str]:
    """The paths of the folder's electronic case files (names ending in '.zcf'), in name order. Raises ArchiveError when the folder cannot be read."""
def audit_archives(dir: Union[str, os.PathLike[str]], context: AuditContext, standard: Optional[Standard] = None, key: Optional[VerifyingKey] = None, threads: int = 0, progress: object = None) -> List[AuditResult]:
    """Reads every electronic case file of the folder and audits the cases on a pool of threads (0: all cores) without a store, against the standard (default: the built-in one); the results are in file order and equal audit_cases'. With a VerifyingKey every file must be signed by it. progress(done, total) is called from this thread. Raises ArchiveError naming the file for a bad file."""
def audit_case(case: Case, context: AuditContext, standard: Optional[Standard] = None) -> AuditResult:
    """Audits one case file against the standard (default: the built-in one) and returns its AuditResult. Raises zhifa.ValidationError when the standard names a check the registry does not have."""
def audit_cases(cases: Iterable[Any], context: AuditContext, standard: Optional[Standard] = None, threads: int = 0, progress: object = None, total: int = 0) -> List[AuditResult]:
    """Audits an iterable of cases on a pool of threads (0: all cores); the results are in the same order and equal audit_case's. progress(done, total) is called from this thread."""
def audit_report(results: Iterable[Any], standard: Standard, context: AuditContext, worst: int = 20, title: str = '') -> AuditReport:
    """The report of results: grades, frequent findings, per agency and officer, worst files."""
def audit_store(store: CaseStore, context: AuditContext, standard: Optional[Standard] = None, threads: int = 0, progress: object = None, note: str = '', timestamp: object = None, **kwargs: Any) -> AuditRun:
    """Audits the store's cases (the filters of CaseStore.list), records the run and its results in the store, and returns the run (AuditRun)."""
def case_deadlines(case: Case, on: datetime.date, calendar: WorkCalendar, periods: PeriodTable = ...) -> List[CaseDeadline]:
    """The deadlines of a case as of a date."""
def check_penalty(catalog: Catalog, item_code: str, facts: PenaltyFacts, decided: List[Penalty]) -> PenaltyCheck:
    """Checks decided penalties against what the catalog permits for the facts."""
def csv_field(value: str) -> str:
    """One CSV field, quoted per RFC 4180."""
def disclosure_records(store: CaseStore, agency: Agency, as_of: datetime.date, rules: Optional[DisclosureRules] = None, calendar: Optional[WorkCalendar] = None, **kwargs: Any) -> List[DisclosureRecord]:
    """The records that should be public on the date (due, overdue, published, late), as a list; export_disclosure_records writes them to a file without holding them."""
def disclosure_records_to_csv(records: List[DisclosureRecord]) -> str:
    """UTF-8 CSV with a header, CRLF, RFC 4180 quoting."""
def disclosure_records_to_json(records: List[DisclosureRecord], json_lines: bool = False) -> str:
    """The records as a JSON array (pretty), or with json_lines=True as JSON Lines (one object a line)."""
def disclosure_report(store: CaseStore, as_of: datetime.date, rules: Optional[DisclosureRules] = None, calendar: Optional[WorkCalendar] = None, all: bool = False, **kwargs: Any) -> DisclosureReport:
    """Due, overdue and late disclosures as of the date (all=True: every decided case); filter keywords as CaseStore.list. Defaults: DisclosureRules.defaults(), WorkCalendar.china()."""
def disclosure_state(case: Case, as_of: datetime.date, rules: DisclosureRules, calendar: WorkCalendar) -> DisclosureState:
    """The disclosure state of the case as of the date; CalendarCoverageError when a deadline falls outside the calendar."""
def draw(plan: InspectionPlan, entities: List[InspectionEntity], inspectors: List[Inspector], seed: str) -> DrawRecord:
    """The double-random draw (双随机, 国办发〔2015〕58号), deterministic from the seed; IntegrityError when the seed does not match the plan's commitment."""
def draw_ticket(seed: str, label: str, key: str) -> int:
    """The uniform 64-bit ticket of key under label (docs/inspection.md)."""
def empty_root() -> bytes:
    """Root of the empty tree: SHA-256 of b'' (RFC 9162 §2.1.1)."""
def encode_record(entry: RecordEntry) -> bytes:
    """The canonical encoding (version 1) of a record entry: the Merkle leaf."""
def entities_from_json(text: str, source: str = 'entities') -> List[InspectionEntity]:
    """The entity directory (zhifa-inspection-entities)."""
def entities_from_json_file(path: str) -> List[InspectionEntity]:
    """The entity directory from a 'zhifa-inspection-entities' file. Raises zhifa.DataFileError, zhifa.ValidationError for a duplicate credit code."""
def entities_hash(entities: List[InspectionEntity]) -> str:
    """SHA-256 hex of the directory's canonical JSON (order-independent)."""
def entities_to_json(entities: List[InspectionEntity]) -> str:
    """The entity directory as a 'zhifa-inspection-entities' document."""
def export_archive(case: Case, path: Union[str, os.PathLike[str]], form: str = 'binary', key: Optional[SigningKey] = None) -> None:
    """Writes the case as a sealed electronic case file (docs/archive.md): form 'binary' or 'xml', signed with the agency's SigningKey when given. Raises ArchiveError for a case that is inconsistent or cannot be written, ValidationError for an unknown form."""
def export_archives(store: CaseStore, dir: Union[str, os.PathLike[str]], form: str = 'binary', key: Optional[SigningKey] = None, **kwargs: Any) -> int:
    """Writes one electronic case file per matching case of the store into the folder (created if missing), named archive_file_name(case.id), with the case's record heads, in form 'binary' or 'xml', signed with the SigningKey when given. Filter keywords as CaseStore.list. Returns how many files were written. Raises ArchiveError when the folder or a file cannot be written or a case cannot be sealed (files written before stay)."""
def export_disclosure_records(store: CaseStore, agency: Agency, as_of: datetime.date, path: Union[str, os.PathLike[str]], format: Optional[str] = None, rules: Optional[DisclosureRules] = None, calendar: Optional[WorkCalendar] = None, **kwargs: Any) -> int:
    """Writes the records disclosure_records would return to the file as the store is read, holding none of them, and returns how many: format 'json' (an array, the text of disclosure_records_to_json), 'jsonl' (JSON Lines) or 'csv' (disclosure_records_to_csv); None: by the file name, as `zhifa disclose --export` (.csv, .jsonl, else JSON). Written through path + '.partial', renamed at the end: on error the file is left as it was. Filter keywords as CaseStore.list. Raises ValueError for an unknown format, zhifa.DataFileError when the file cannot be written."""
def hash_from_hex(hex: str) -> bytes:
    """The hash written as 64 hex digits, as 32 bytes. Raises zhifa.ValidationError naming the text and why."""
def import_archive(path: Union[str, os.PathLike[str]], key: Optional[VerifyingKey] = None) -> Case:
    """Reads the case of an electronic case file. With a VerifyingKey the file must be signed by it. Raises ArchiveError naming the path and the failed check (truncated, trailing bytes, wrong magic or version, hash or signature mismatch, undecodable or inconsistent payload)."""
def import_archives(store: CaseStore, dir: Union[str, os.PathLike[str]], key: Optional[VerifyingKey] = None) -> int:
    """Reads every electronic case file of the folder and adds its cases to the store as new cases (ids and versions reassigned; numbers, records and all else kept) in one transaction: all or none. With a VerifyingKey every file must be signed by it. Returns how many cases were stored. Raises ArchiveError naming the file for a bad file, and the store's errors (ConflictError, ValidationError, ...) for a case it refuses."""
def inspection_items_from_json(text: str, source: str = 'items') -> List[InspectionItem]:
    """The items of a 'zhifa-inspection-items' document (docs/disclosure.md). Raises zhifa.DataFileError naming the JSON path."""
def inspection_tasks(record: DrawRecord, plan: InspectionPlan, entities: List[InspectionEntity]) -> List[InspectionTask]:
    """The tasks of a draw record (entities without a team are left out)."""
def inspectors_from_json(text: str, source: str = 'inspectors') -> List[Inspector]:
    """The inspector directory (zhifa-inspectors)."""
def inspectors_from_json_file(path: str) -> List[Inspector]:
    """The inspector directory from a 'zhifa-inspectors' file. Raises zhifa.DataFileError, zhifa.ValidationError for a duplicate id."""
def inspectors_hash(inspectors: List[Inspector]) -> str:
    """SHA-256 hex of the directory's canonical JSON (order-independent)."""
def inspectors_to_json(inspectors: List[Inspector]) -> str:
    """The inspector directory as a 'zhifa-inspectors' document."""
def is_valid_credit_code(text: str) -> bool:
    """True when text is a valid unified social credit code (GB 32100-2015)."""
def is_valid_resident_id(text: str) -> bool:
    """True when text is a valid 18-character resident identity number (GB 11643-1999)."""
def leaf_hash(data: bytes) -> bytes:
    """SHA-256(0x00 || data): the hash of a log entry (RFC 9162 §2.1.1)."""
def lint(catalog: Catalog, as_of: datetime.date) -> List[LintFinding]:
    """Overlapping or gapped tiers, bad ranges, missing citations, items out of force, unreachable tiers."""
def make_disclosure(case: Case, agency: Agency) -> DisclosureRecord:
    """The record to publish for a decided case, natural persons masked; ValidationError without a decision or for another agency's case."""
def mask_name(name: str) -> str:
    """王明 -> 王某, 欧阳娜娜 -> 欧阳某."""
def mask_resident_id(id: str) -> str:
    """The 6-digit address code and 12 '*': no birth date."""
def mask_text(text: str, parties: List[Party]) -> str:
    """The text with the natural persons' IDs, phones, addresses and names masked."""
def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 || left || right): an interior node (RFC 9162 §2.1.1)."""
def public_catalog(agency: Agency, as_of: datetime.date, inspections: List[InspectionItem] = ..., periods: Optional[PeriodTable] = None) -> PublicCatalog:
    """The catalog of the agency on the date: certified officers, powers, procedures, remedies (from the period table, built-in by default) and the inspection items."""
def recommend(catalog: Catalog, item_code: str, facts: PenaltyFacts) -> Recommendation:
    """The permitted penalty for a catalog item and the facts, with the trace of every rule used."""
def record_leaf_hash(entry: RecordEntry) -> bytes:
    """leaf_hash(encode_record(entry)): the entry's leaf hash in the case's Merkle log (32 bytes)."""
def record_log(entries: List[RecordEntry]) -> MerkleLog:
    """The Merkle log of the entries, in order."""
def record_problem(entry: RecordEntry) -> Optional[str]:
    """Why the entry cannot be appended as it is, or None."""
def redraw(previous: DrawRecord, reason: str, plan: InspectionPlan, entities: List[InspectionEntity], inspectors: List[Inspector], seed: str) -> DrawRecord:
    """A new draw record naming the hash of the one it replaces and why."""
def replay(record: DrawRecord, plan: InspectionPlan, entities: List[InspectionEntity], inspectors: List[Inspector]) -> ReplayResult:
    """Recomputes the draw and compares it with the record."""
def results_due(results: List[InspectionResult], as_of: datetime.date, calendar: Optional[WorkCalendar] = None, working_days: int = 20) -> List[ResultDue]:
    """Publication due dates (completed_on + working_days working days) and states on as_of; default calendar WorkCalendar.china(); CalendarCoverageError beyond it."""
def results_to_csv(results: List[InspectionResult]) -> str:
    """The results as CSV (UTF-8, a header line, CRLF, RFC 4180 quoting)."""
def review_year(store: CaseStore, as_of: datetime.date, report_dir: Optional[Union[str, os.PathLike[str]]] = None, threads: int = 0, agencies: Optional[List[Agency]] = None, standard: Optional[Standard] = None, calendar: Optional[WorkCalendar] = None, review_criteria: Optional[ReviewCriteria] = None, disclosure_rules: Optional[DisclosureRules] = None, note: str = 'review_year', progress: object = None, timestamp: object = None, **kwargs: Any) -> YearReview:
    """The year's review of the store as of a date, the job `zhifa demo` and `zhifa review-year` run: cases by status, deadlines open or overdue, the three systems (records verified, legality reviews required and missing, disclosure states) and the case-file audit, recorded as a run; with report_dir, the audit's report files are written there. agencies defaults to the store's own; the filters are CaseStore.list's."""
def root_of(leaf_hashes: List[bytes]) -> bytes:
    """The Merkle Tree Hash of these leaf hashes (RFC 9162 §2.1.1)."""
def seed_commitment(seed: str) -> str:
    """sha256(seed) as hex: published before the draw."""
def sha256(data: bytes) -> bytes:
    """SHA-256 of data (32 bytes)."""
def statutory_day_rule(law: str) -> Optional[Citation]:
    """The Citation of the article of `law` that makes short periods working days, or None."""
def statutory_day_unit(law: str, days: int) -> Optional[PeriodUnit]:
    """The unit a law prescribes for a period of `days` days (行政处罚法 Art. 85, 行政强制法 Art. 69, 行政复议法 Art. 88), or None for a law without such a rule."""
def synthetic_agency() -> Agency:
    """The synthetic generator's agency (大连市发展和改革委员会)."""
def tasks_to_csv(tasks: List[InspectionTask]) -> str:
    """The tasks as CSV (UTF-8, a header line, CRLF, RFC 4180 quoting; lists joined with '；')."""
def tasks_to_json(tasks: List[InspectionTask]) -> str:
    """The tasks as JSON text."""
def to_hex(hash: bytes) -> str:
    """The 32-byte hash as 64 lowercase hex digits."""
def validate_timestamp(timestamp: str) -> None:
    """Raises zhifa.ValidationError unless timestamp is UTC 'YYYY-MM-DDThh:mm:ssZ'."""
def verify_consistency(size1: int, size2: int, root1: bytes, root2: bytes, proof: List[bytes]) -> bool:
    """RFC 9162 §2.1.4.2: is the tree (size1, root1) a prefix of the tree (size2, root2)? False (never an exception) for any mismatch."""
def verify_inclusion(leaf_hash: bytes, index: int, tree_size: int, proof: List[bytes], root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: is leaf_hash at index in the tree of tree_size leaves with this root? False (never an exception) for any mismatch, a wrong proof length or a hash that is not 32 bytes."""
def verify_record_log(entries: List[RecordEntry], stored_leaf_hashes: List[bytes], heads: List[SignedTreeHead], key: Optional[VerifyingKey] = None) -> LogVerification:
    """Checks entries against the leaf hashes stored at append time and trusted heads; reports the first bad position."""
def write_audit_report(store: CaseStore, run: AuditRun, standard: Standard, context: AuditContext, dir: Union[str, os.PathLike[str]]) -> List[str]:
    """Writes a stored run's report.html, report.json, report.csv, results.jsonl and results.csv into dir, all or none; returns their paths."""

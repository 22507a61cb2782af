"""One value of every class of the compiled module, made the way a user gets it (a synthetic
store, an audit, a draw, the built-in tables), prints short and readable: never as
<zhifa._core.X object at 0x...>, never failing, and never with a natural person's personal data."""
import inspect
import json
import re

import pytest

import zhifa
from zhifa import _core

from conftest import D

DEFAULT = re.compile(r"<zhifa\._core\.\w+ object at 0x")
AS_OF = D("2025-12-31")
# A class no test can get a value of, with the reason. Empty: every class is reached.
UNREACHABLE = {}
# Reprs that are the value's own line of text, as long as that text is.
WHOLE_TEXT = {"ReviewGround", "DeadlineStep", "TraceStep", "LintFinding"}


def _walk(value, found, depth=0):
    """Adds value and the values of its properties (lists and mappings: a few elements)."""
    if isinstance(value, dict):
        for k, v in list(value.items())[:3]:
            _walk(k, found, depth)
            _walk(v, found, depth)
        return
    if isinstance(value, (list, tuple, set)):
        for v in list(value)[:3]:
            _walk(v, found, depth)
        return
    cls = type(value)
    if getattr(cls, "__module__", None) != "zhifa._core" or "__members__" in vars(cls):
        return
    found.setdefault(cls, value)
    if depth >= 4:
        return
    for name, attr in vars(cls).items():
        if isinstance(attr, property) and not name.startswith("_"):
            try:
                _walk(getattr(value, name), found, depth + 1)
            except ValueError:  # a date not set in a value built empty
                pass


def _catalog_out_of_force():
    doc = json.loads(zhifa.Catalog.builtin().to_json())
    doc["items"][0]["in_force_to"] = "2025-12-31"
    return zhifa.Catalog.from_json(json.dumps(doc, ensure_ascii=False))


def _inspection_values():
    items = [zhifa.InspectionItem("招标投标活动监督检查", "招标投标法 Art. 7", "大连市发展和改革委员会",
                                  "招标投标活动", "书面检查、实地核查")]
    plan = zhifa.InspectionPlan("P-1", "DLDRC", items, D("2025-06-02"), D("2025-06-30"),
                                [zhifa.ClassQuota("A", 5000, 1)],
                                exclusions=[zhifa.PlanExclusion("91210200MA00000009", "专项检查")])
    entities = [zhifa.InspectionEntity(f"91210200MA{i:08d}", f"企业{i}", "A",
                                       history=[zhifa.InspectionHistory(D("2024-05-01"))])
                for i in range(10)]
    cert = zhifa.Certificate("C1", D("2024-01-01"), D("2027-12-31"), "DLDRC")
    inspectors = [zhifa.Inspector(f"I{i}", f"检查员{i}", [cert],
                                  conflicts=[zhifa.InspectorConflict(entities[i].credit_code, "亲属")])
                  for i in range(3)]
    record = zhifa.draw(plan, entities, inspectors, "seed")
    lonely = zhifa.draw(plan, entities, inspectors[:1], "seed")  # too few: a DrawFailure
    results = [zhifa.InspectionResult("P-1", s.credit_code, D("2025-06-20"))
               for s in record.selections]
    return [plan, entities, inspectors, record, lonely,
            zhifa.replay(record, plan, entities, inspectors),
            zhifa.inspection_tasks(record, plan, entities), zhifa.InspectionResults(results),
            zhifa.results_due(results, D("2025-07-01"))]


@pytest.fixture(scope="module")
def values(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reprs")
    gen = zhifa.SyntheticCaseGenerator(seed=7, defect_percent=40, open_percent=20)
    agency = gen.agency
    store = zhifa.CaseStore(":memory:")
    store.register_agency(agency)
    cases = store.add_all([g.case for g in gen.generate(80)])
    decided = next(c for c in cases if c.decision is not None and c.decision.penalties)
    ctx = zhifa.AuditContext(AS_OF, [agency])
    results = zhifa.audit_cases(cases, ctx)
    key = zhifa.SigningKey.generate()
    head = store.checkpoint_records(decided.id, "2026-01-05T08:00:00Z", key)
    store.export_jsonl(str(tmp / "cases.jsonl"))
    facts = zhifa.PenaltyFacts(D("2025-03-01"), D("2025-06-02"), D("2025-07-01"),
                               circumstances={"eliminated_harm"},
                               bases={zhifa.FineBase.CONTRACT_AMOUNT: zhifa.Money("100万")})
    catalog = zhifa.Catalog.builtin()
    ledger = zhifa.deadline("decision", D("2025-03-03"))
    ledger.suspend(D("2025-04-01"), D("2025-04-10"), "鉴定")
    ledger.extend(30, "局长", "案情复杂", D("2025-05-20"))
    proc = zhifa.Procedure(agency, zhifa.JurisdictionRules.example())
    out = [
        store, gen, agency, cases, results, ctx, proc, ledger, ledger.explain(), head,
        key, key.verifying_key, zhifa.record_log(decided.records), store.verify_records(decided.id),
        zhifa.RecordingPolicy.builtin(), gen.next(),
        zhifa.RecordingPolicy.builtin().gaps(decided, include_recommended=True),
        zhifa.ReviewCriteria.example(),
        proc.review_requirement(decided, [zhifa.Penalty(zhifa.PenaltyKind.FINE,
                                                        zhifa.Money("100万"))]),
        zhifa.SubjectReview("HT-1", zhifa.ReviewSubject.CONTRACT, "采购合同", "O1",
                            D("2025-03-01"), D("2025-03-05"), zhifa.ReviewVerdict.APPROVE),
        zhifa.NormativeDocument("大发改规〔2024〕2号", "规定", "大连市发展和改革委员会",
                                D("2024-01-02"), D("2024-02-01")),
        zhifa.WorkCalendar.china(), zhifa.PeriodTable.builtin(), zhifa.Citation("行政处罚法", 36),
        zhifa.ResidentId("11010519491231002X"), zhifa.CreditCode("91350100M000100Y43"),
        zhifa.Ratio(3, 1000), catalog, facts, zhifa.recommend(catalog, "TB-49", facts),
        zhifa.check_penalty(catalog, "TB-49", facts, decided.decision.penalties),
        zhifa.lint(_catalog_out_of_force(), D("2026-06-01")),
        zhifa.Standard.builtin(), zhifa.audit_report(results, zhifa.Standard.builtin(), ctx),
        zhifa.ReviewerFinding("F3", "forms_not_standard", "R1"),
        zhifa.audit_store(store, ctx, note="reprs"),
        zhifa.DisclosureRules.market_regulation_example(),
        zhifa.disclosure_state(decided, AS_OF, zhifa.DisclosureRules.defaults(),
                               zhifa.WorkCalendar.china()),
        zhifa.make_disclosure(decided, agency), zhifa.public_catalog(agency, AS_OF, [
            zhifa.InspectionItem("检查", "招标投标法 Art. 7", "委员会", "内容", "方式")]),
        zhifa.disclosure_report(store, AS_OF, all=True), zhifa.annual_statistics(store, 2025),
        store.list(), store.deadlines(AS_OF), zhifa.CaseStore(":memory:").import_jsonl(str(tmp / "cases.jsonl")),
        zhifa.review_year(store, AS_OF), _inspection_values(),
    ]
    # Case parts the synthetic year does not hold.
    arrangement = zhifa.PaymentArrangement()
    arrangement.approved_on = D("2025-08-01")
    arrangement.instalments = [(D("2025-09-01"), zhifa.Money("5,000"))]
    out += [zhifa.DecisionChange(D("2025-09-01"), zhifa.DecisionChangeKind.REVOKED), arrangement,
            zhifa.RemedyPeriod(), zhifa.ReviewFinding("procedure", False, "未听证")]
    # Values built empty (every value class can be): their unset dates must not break repr.
    for cls in (zhifa.Case, zhifa.Hearing, zhifa.Payment, zhifa.Decision, zhifa.RecordEntry):
        out.append(cls())
    found = {}
    for v in out:
        for each in v if isinstance(v, list) else [v]:
            _walk(each, found)
    return found


def test_every_class_is_reached(values):
    classes = {c for _, c in inspect.getmembers(_core, inspect.isclass)
               if not issubclass(c, BaseException) and "__members__" not in vars(c)}
    missing = sorted(c.__name__ for c in classes - set(values) if c.__name__ not in UNREACHABLE)
    assert not missing, f"no value of {missing}: reach one or list it in UNREACHABLE with a reason"


def test_every_value_prints_short_and_not_as_the_default(values):
    bad = {}
    for cls, v in values.items():
        text = repr(v)
        too_long = len(text) > 200 and cls.__name__ not in WHOLE_TEXT
        if DEFAULT.search(text) or not re.match(rf"<?{cls.__name__}\b", text) or too_long \
                or "\n" in text:
            bad[cls.__name__] = text
    assert not bad, bad


def test_the_field_formats():
    fine = zhifa.Penalty(zhifa.PenaltyKind.FINE, zhifa.Money("5,000"))
    decision = zhifa.Decision(zhifa.Outcome.PENALTY, [fine], D("2025-03-14"), "大发改罚〔2025〕1号")
    assert repr(fine) == "Penalty(kind=FINE, amount=Money('5,000.00'))"
    assert repr(decision) == ("Decision(outcome=PENALTY, decided_on=2025-03-14, "
                              "document_number='大发改罚〔2025〕1号', penalties=<1 item>)")
    proc = zhifa.Procedure(zhifa.synthetic_agency(), zhifa.JurisdictionRules.example())
    assert repr(proc).startswith("Procedure(agency='DLDRC', rules=\"example thresholds")
    # A value built empty has unset dates: its repr says so instead of failing.
    assert repr(zhifa.Hearing()) == "Hearing(requested_on=<unset>, scheduled_for=None, held_on=None)"


def test_no_repr_shows_a_natural_persons_data():
    rid = zhifa.ResidentId("11010519491231002X")
    person = zhifa.Party.natural_person("P1", "王小明", rid, "13900000000", "大连市中山区人民路1号")
    born = zhifa.Party.natural_person_born("P2", "李四", D("1990-05-06"))
    secrets = [str(rid), "王小明", "13900000000", "人民路", "李四", "1990-05-06", "19491231"]
    case = zhifa.Case()
    case.lead_on = D("2025-03-01")
    case.parties = [person, born]
    store = zhifa.CaseStore(":memory:")
    store.add(case)
    texts = [repr(person), repr(born), repr(rid), repr(case), repr(store.list()[0])]
    assert not [t for t in texts for s in secrets if s in t], texts
    assert repr(person) == "Party(id='P1', kind=NATURAL_PERSON, <personal data>)"
    org = zhifa.Party.organization("P3", zhifa.PartyKind.LEGAL_PERSON, "大连某某有限公司",
                                   zhifa.CreditCode("91350100M000100Y43"), "王小明")
    assert "大连某某有限公司" in repr(org) and "王小明" not in repr(org)


def test_officers_inspectors_and_reviewers_print_by_id_only():
    officer = zhifa.Officer("O1", "张执法")
    inspector = zhifa.Inspector("I1", "赵检查", [])
    finding = zhifa.ReviewerFinding("F3", "forms_not_standard", "王审")
    assert [repr(officer), repr(inspector), repr(finding)] == [
        "Officer(id='O1')", "Inspector(id='I1', certificates=<0 items>)",
        "ReviewerFinding(item_id='F3', code='forms_not_standard', deduction=None)"]

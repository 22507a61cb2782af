"""Legality review of major decisions (行政处罚法 Art. 58) from Python."""
import pytest

import zhifa
from casefixture import D, agency, evidence, fine, lead


@pytest.fixture
def proc():
    return zhifa.Procedure(agency(), zhifa.JurisdictionRules.example())


def notified(proc, amount="60,000"):
    c = lead()
    proc.file(c, "O1", D("2026-03-03"))
    proc.investigate(c, ["O1", "O2"], D("2026-03-04"))
    proc.add_evidence(c, evidence("2026-03-05"))
    proc.notify(c, "O1", D("2026-03-10"), [fine(amount)])
    return c


def test_requirement_names_the_criteria_art58(proc):
    c = notified(proc)
    grounds = proc.review_requirement(c, [fine("60,000")])
    assert [g.criterion_id for g in grounds] == ["fine"]
    assert proc.review_requirement(c, [fine("6,000")]) == []
    assert proc.review_requirement(c, [fine("100")], zhifa.Mitigation.MITIGATED)[0].criterion_id == "mitigated"


def test_gate_needs_a_passed_review_art58(proc):
    c = notified(proc)
    decision = zhifa.Decision(zhifa.Outcome.PENALTY, [fine("60,000")], D("2026-03-20"))
    with pytest.raises(zhifa.LegalGuardError, match="Art. 58: no legal review"):
        proc.decide(c, ["O1", "O2"], decision)
    proc.legal_review(c, zhifa.LegalReview("R1", D("2026-03-12"), zhifa.ReviewVerdict.REJECT, "证据不足"))
    with pytest.raises(zhifa.LegalGuardError, match="did not pass"):
        proc.decide(c, ["O1", "O2"], decision)
    review = zhifa.LegalReview("R1", D("2026-03-13"), zhifa.ReviewVerdict.APPROVE_WITH_CHANGES, "补正文书",
                               findings=[zhifa.ReviewFinding("documents", False, "缺页码")])
    proc.legal_review(c, review)
    assert c.reviews[-1].passed and c.reviews[-1].grounds
    proc.decide(c, ["O1", "O2"], decision)
    assert c.status == zhifa.CaseStatus.DECIDED


def test_investigator_may_not_review_art58(proc):
    c = notified(proc)
    with pytest.raises(zhifa.LegalGuardError, match="Art. 58"):
        proc.legal_review(c, zhifa.LegalReview("O1", D("2026-03-12"), zhifa.ReviewVerdict.APPROVE))


def test_criteria_files_and_registry(tmp_path):
    criteria = zhifa.ReviewCriteria.example()
    assert criteria.has_item("discretion") and len(criteria.items) == 10
    path = tmp_path / "mine.json"
    path.write_text(criteria.to_json(), encoding="utf-8")
    assert zhifa.ReviewCriteria.from_json_file(str(path)).to_json() == criteria.to_json()
    with pytest.raises(zhifa.DataFileError, match="unknown flag"):
        zhifa.ReviewCriteria.from_json(
            '{"format":"zhifa-review-criteria","version":1,"name":"x","items":[],'
            '"criteria":[{"id":"a","basis":"b","all":[{"flag":"huge"}]}]}')

    store = zhifa.CaseStore(":memory:")
    doc = zhifa.NormativeDocument("大发改规〔2024〕2号", "关于规范招标投标活动的若干规定", "大连市发展和改革委员会",
                                  D("2024-02-01"), D("2024-03-01"), repealed_on=D("2026-01-01"))
    store.put_normative_document(doc)
    assert store.normative_documents() == [doc]
    assert doc.status_on(D("2025-06-01")) == zhifa.NormativeStatus.VALID
    assert doc.status_on(D("2026-01-01")) == zhifa.NormativeStatus.REPEALED
    review = zhifa.SubjectReview("HT-1", zhifa.ReviewSubject.CONTRACT, "采购合同", "R1", D("2025-05-06"),
                                 D("2025-05-08"), zhifa.ReviewVerdict.APPROVE)
    store.add_subject_review(review)
    with pytest.raises(zhifa.ValidationError, match="already stored"):
        store.add_subject_review(review)
    assert store.subject_reviews(2025) == [review] and store.subject_reviews(2024) == []

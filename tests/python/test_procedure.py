"""The procedure's guards from Python: allowed and refused, the refusal naming the article."""
import pytest

import zhifa
from casefixture import D, agency, evidence, fine, lead


@pytest.fixture
def proc():
    return zhifa.Procedure(agency(), zhifa.JurisdictionRules.example())


def investigated(proc):
    c = lead()
    proc.file(c, "O1", D("2026-03-03"))
    proc.investigate(c, ["O1", "O2"], D("2026-03-04"))
    proc.add_evidence(c, evidence("2026-03-05"))
    return c


def test_whole_general_procedure(proc):
    c = investigated(proc)
    proc.notify(c, "O1", D("2026-03-10"), [fine("40,000")])
    assert c.status == zhifa.CaseStatus.NOTIFIED and not c.notice.hearing_right_notified
    proc.decide(c, ["O1", "O2"], zhifa.Decision(zhifa.Outcome.PENALTY, [fine("40,000")], D("2026-03-16")))
    r = zhifa.ServiceRecord()
    r.method, r.served_on, r.recipient = zhifa.ServiceMethod.IN_PERSON, D("2026-03-17"), "张三"
    proc.serve(c, r)
    proc.record_payment(c, zhifa.Payment(D("2026-03-20"), zhifa.Money("40,000")))
    proc.close(c, "O1", D("2026-03-23"))
    proc.archive(c, "O1", D("2026-03-24"))
    assert c.status == zhifa.CaseStatus.ARCHIVED
    assert [e.action for e in c.events][:3] == ["file", "investigate", "notify"]


def test_two_certified_officers_art42(proc):
    c = lead()
    proc.file(c, "O1", D("2026-03-03"))
    with pytest.raises(zhifa.LegalGuardError, match="Art. 42"):
        proc.investigate(c, ["O1"], D("2026-03-04"))
    with pytest.raises(zhifa.LegalGuardError, match="Art. 42"):
        proc.investigate(c, ["O1", "O3"], D("2026-03-04"))  # certificate expired
    assert c.status == zhifa.CaseStatus.FILED  # unchanged after a refusal
    proc.investigate(c, ["O1", "O2"], D("2026-03-04"))


def test_no_decision_without_notice_art44(proc):
    c = investigated(proc)
    with pytest.raises(zhifa.LegalGuardError, match="Art. 44, 62"):
        proc.decide(c, ["O1", "O2"], zhifa.Decision(zhifa.Outcome.PENALTY, [fine("40,000")], D("2026-03-16")))


def test_hearing_request_within_five_working_days_art64(proc):
    c = investigated(proc)
    proc.notify(c, "O1", D("2026-03-10"), [fine("200,000")])
    assert c.notice.hearing_right_notified
    late = zhifa.Case.from_json(c.to_json())
    with pytest.raises(zhifa.LegalGuardError, match=r"Art. 64 \(1\)"):
        proc.request_hearing(late, D("2026-03-18"))
    proc.request_hearing(c, D("2026-03-17"))
    assert c.status == zhifa.CaseStatus.HEARING


def test_on_the_spot_limit_art51(proc):
    c = lead()
    c.procedure = zhifa.ProcedureKind.SIMPLE
    c.parties = [zhifa.Party.natural_person("P1", "张某", zhifa.ResidentId("11010519491231002X"))]
    with pytest.raises(zhifa.LegalGuardError, match="Art. 51"):
        proc.decide_on_the_spot(c, ["O1", "O2"], zhifa.Decision(zhifa.Outcome.PENALTY, [fine("200.01")],
                                                                  D("2026-03-02")))
    proc.decide_on_the_spot(c, ["O1", "O2"], zhifa.Decision(zhifa.Outcome.PENALTY, [fine("200")], D("2026-03-02")))
    assert c.decision.on_the_spot


def test_surcharge_and_deadlines_art72(proc):
    c = investigated(proc)
    proc.notify(c, "O1", D("2026-03-10"), [fine("10,000")])
    proc.decide(c, ["O1", "O2"], zhifa.Decision(zhifa.Outcome.PENALTY, [fine("10,000")], D("2026-03-16")))
    r = zhifa.ServiceRecord()
    r.method, r.served_on = zhifa.ServiceMethod.IN_PERSON, D("2026-03-16")
    proc.serve(c, r)
    assert proc.surcharge(c, D("2026-04-03")) == zhifa.Money("900")
    states = {d.key: d.state for d in proc.deadlines(c, D("2026-04-03"))}
    assert states == {"decision": zhifa.DeadlineState.MET, "decision_service": zhifa.DeadlineState.MET,
                      "payment": zhifa.DeadlineState.OVERDUE}


def test_statement_waiver_keeps_hearing_right_and_minor_mitigation_art30_62(proc):
    c = investigated(proc)
    proc.notify(c, "O1", D("2026-03-10"), [fine("200,000")])
    proc.waive_statement(c, D("2026-03-11"))
    proc.request_hearing(c, D("2026-03-12"))  # Art. 62 waives statement and defence only
    assert c.status == zhifa.CaseStatus.HEARING

    young = lead()
    young.parties = [zhifa.Party.natural_person_born("P1", "小李", D("2009-01-01"))]
    proc.file(young, "O1", D("2026-03-03"))
    proc.investigate(young, ["O1", "O2"], D("2026-03-04"))
    proc.add_evidence(young, evidence("2026-03-05"))
    proc.notify(young, "O1", D("2026-03-10"), [fine("5,000")])
    decision = zhifa.Decision(zhifa.Outcome.PENALTY, [fine("2,000")], D("2026-03-16"))
    with pytest.raises(zhifa.LegalGuardError, match="Art. 30"):
        proc.decide(young, ["O1", "O2"], decision)
    decision.mitigation = zhifa.Mitigation.LIGHTER
    proc.decide(young, ["O1", "O2"], decision)
    assert young.decision.mitigation == zhifa.Mitigation.LIGHTER

"""A small agency and case for the Python tests (mirrors tests/cpp/case_fixture.hpp)."""
import datetime as dt

import zhifa

D = dt.date.fromisoformat


def officer(oid, name, valid_to="2028-12-31", agency="DLDRC", **kw):
    cert = zhifa.Certificate(f"ZF-{oid}", D("2024-01-01"), D(valid_to), agency)
    return zhifa.Officer(oid, name, cert, exam_passed=True, **kw)


def agency():
    return zhifa.Agency(
        "DLDRC", "大连市发展和改革委员会", "大发改罚",
        powers=[zhifa.PowerItem("DRC-CF-049", "对必须招标而不招标的处罚", zhifa.PowerKind.PENALTY,
                                [zhifa.Citation("招标投标法", 49)], "DLDRC")],
        officers=[officer("O1", "王明"), officer("O2", "李华"), officer("O3", "赵过期", valid_to="2025-12-31"),
                  officer("H1", "孙主持"), officer("R1", "周法制", legal_professional_qualification=True)])


def lead():
    c = zhifa.Case()
    c.agency_code = "DLDRC"
    c.power_code = "DRC-CF-049"
    c.title = "某公司必须招标项目未招标案"
    c.facts = "当事人投资建设的厂房项目属于依法必须招标的项目，未经招标直接发包。"
    c.lead_on = D("2026-03-02")
    c.parties = [zhifa.Party.organization("P1", zhifa.PartyKind.LEGAL_PERSON, "大连某建设有限公司",
                                          zhifa.CreditCode("91110000600037341L"), "张三")]
    v = zhifa.Violation()
    v.description = "必须进行招标的项目而不招标"
    v.act_date = D("2025-03-01")
    v.discovered = D("2026-03-02")
    c.violations = [v]
    return c


def evidence(on):
    e = zhifa.Evidence()
    e.kind = zhifa.EvidenceKind.DOCUMENTARY
    e.description = "施工合同"
    e.collected_on = D(on)
    e.verified = True
    return e


def fine(text):
    return zhifa.Penalty(zhifa.PenaltyKind.FINE, zhifa.Money(text))

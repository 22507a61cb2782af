"""Public disclosure (行政处罚法 Art. 39, 48, 50) and the annual statistics from Python."""
import csv
import io
import json

import pytest

import zhifa
from casefixture import D, agency, fine, lead

S = zhifa.DisclosureStatus


def decided(on, penalties=None, number="大发改罚决〔2025〕1号"):
    c = lead()
    c.status = zhifa.CaseStatus.DECIDED
    c.filed_on = c.lead_on
    c.decision = zhifa.Decision(zhifa.Outcome.PENALTY, penalties or [fine("5000")], D(on), number)
    return c


def state(c, on, rules=None, cal=None):
    return zhifa.disclosure_state(c, D(on), rules or zhifa.DisclosureRules.defaults(),
                                  cal or zhifa.WorkCalendar.china())


def test_publication_due_over_national_day_2025(cal):
    # Tue 2025-09-30 + 7 working days: 10-09, 10-10, Sat 10-11 (adjusted), 10-13 .. 10-16.
    c = decided("2025-09-30")
    s = state(c, "2025-10-16")
    assert s.status == S.DUE and s.publication_due == D("2025-10-16") and s.due == D("2025-10-16")
    assert state(c, "2025-10-17").status == S.OVERDUE
    c.publication = zhifa.Publication(D("2025-10-16"), "https://example.gov.cn/1")
    assert state(c, "2025-12-31").status == S.PUBLISHED
    c.publication = zhifa.Publication(D("2025-10-17"))
    assert state(c, "2025-12-31").status == S.PUBLISHED_LATE


def test_beyond_the_calendar_fails_closed():
    with pytest.raises(zhifa.CalendarCoverageError):
        state(decided("2026-12-28"), "2026-12-30")


def test_withdrawal_within_three_working_days_art48():
    c = decided("2025-06-03")
    p = zhifa.Publication(D("2025-06-10"))
    c.publication = p
    c.decision_change = zhifa.DecisionChange(D("2025-09-29"), zhifa.DecisionChangeKind.REVOKED, "复议机关", "")
    s = state(c, "2025-10-10")
    assert s.status == S.WITHDRAWAL_DUE and s.withdrawal_due == D("2025-10-10")
    assert state(c, "2025-10-11").status == S.WITHDRAWAL_OVERDUE
    p.withdrawn_on = D("2025-10-10")
    c.publication = p
    assert state(c, "2025-12-31").status == S.WITHDRAWN
    p.withdrawn_on = D("2025-10-11")
    c.publication = p
    assert state(c, "2025-12-31").status == S.WITHDRAWN_LATE


@pytest.mark.parametrize("amount,months", [("10000", 3), ("10000.01", 36)])
def test_samr_publicity_period_boundary_art13(amount, months):
    rules = zhifa.DisclosureRules.market_regulation_example()
    assert rules.publication_working_days == 20 and not rules.publish_warning_only
    c = decided("2025-01-20", [fine(amount)])
    assert rules.publicity_period(c.decision).months == months
    c.publication = zhifa.Publication(D("2025-01-31"))
    s = state(c, "2025-05-01", rules)
    assert s.status == (S.EXPIRED if months == 3 else S.PUBLISHED)
    assert s.publicity_ends == (D("2025-04-30") if months == 3 else D("2028-01-31"))


def test_masking_art50():
    assert zhifa.mask_name("王明") == "王某" and zhifa.mask_name("欧阳娜娜") == "欧阳某"
    assert zhifa.mask_resident_id("11010519491231002X") == "110105************"
    c = decided("2025-06-03")
    person = zhifa.Party.natural_person("P2", "刘德华", zhifa.ResidentId("11010519491231002X"), "13800138000")
    c.parties = list(c.parties) + [person]
    c.facts = "刘德华（11010519491231002X，13800138000）为直接责任人。"
    r = zhifa.make_disclosure(c, agency())
    assert [p.name for p in r.parties] == ["大连某建设有限公司", "刘某"]
    assert r.parties[0].identifier == "91110000600037341L" and r.parties[0].legal_representative == "张三"
    assert r.parties[1].masked and r.parties[1].identifier == "110105************"
    assert r.facts == "刘某（110105************，***）为直接责任人。"
    for out in (r.to_json(), zhifa.disclosure_records_to_csv([r]), zhifa.disclosure_records_to_json([r], True)):
        assert "刘德华" not in out and "11010519491231002X" not in out and "19491231" not in out
    assert json.loads(r.to_json())["conclusion"] == "罚款 5,000.00 元"
    with pytest.raises(zhifa.ValidationError, match="no decision"):
        zhifa.make_disclosure(lead(), agency())


def test_csv_quoting_rfc4180():
    assert zhifa.csv_field('a,"b"\nc') == '"a,""b""\nc"'
    c = decided("2025-06-03")
    c.facts = '经查, 当事人称"未招标"\n第二行'
    text = zhifa.disclosure_records_to_csv([zhifa.make_disclosure(c, agency())])
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == 1 and rows[0]["facts"] == c.facts and rows[0]["total_fine_yuan"] == "5000.00"


def test_bad_rules_name_the_json_path(tmp_path):
    doc = json.loads(zhifa.DisclosureRules.defaults().to_json())
    doc["withdrawal"]["working_days"] = 4
    p = tmp_path / "rules.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(zhifa.DataFileError, match=r"rules.json: \$.withdrawal.working_days: .*Art. 48"):
        zhifa.DisclosureRules.from_json_file(p)
    doc["withdrawal"]["working_days"] = 3
    doc["publicity_periods"] = [{"id": "x", "basis": "b", "months": 3, "only_kinds": ["fines"]}]
    with pytest.raises(zhifa.DataFileError, match=r"\$.publicity_periods\[0\].only_kinds\[0\]"):
        zhifa.DisclosureRules.from_json(json.dumps(doc))


def test_public_catalog_art39():
    items = [zhifa.InspectionItem("招标投标活动监督检查", "招标投标法 Art. 7", "大连市发展和改革委员会",
                                  "依法必须招标的项目是否招标", "双随机抽查")]
    cat = zhifa.public_catalog(agency(), D("2026-03-01"), items)
    assert [o.name for o in cat.officers] == ["王明", "李华", "孙主持", "周法制"]  # 赵过期 expired
    assert cat.officers[0].certificate_number == "ZF-O1"
    assert [r.period for r in cat.remedies] == [zhifa.period("review_application").summary(),
                                                zhifa.period("lawsuit").summary()]
    assert cat.inspections == items
    assert "## 随机抽查事项清单" in cat.to_markdown()
    assert json.loads(cat.to_json())["powers"][0]["basis"] == ["招标投标法 Art. 49"]


@pytest.fixture
def store():
    s = zhifa.CaseStore(":memory:")
    s.register_agency(agency())
    a = decided("2025-06-03", number="决1")
    a.publication = zhifa.Publication(D("2025-06-05"))
    b = decided("2025-09-30", [fine("20000")], number="决2")  # never published
    c = decided("2025-07-01", [fine("1000")], number="决3")
    c.publication = zhifa.Publication(D("2025-07-15"))  # due 07-10: late
    for x in (a, b, c):
        s.add(x)
    return s


def test_disclosure_report_and_records(store):
    r = zhifa.disclosure_report(store, D("2025-10-20"))
    assert [row.state.status for row in r.rows] == [S.OVERDUE, S.PUBLISHED_LATE]
    assert r.any_overdue() and r.counts[S.PUBLISHED] == 1
    assert json.loads(r.to_json())["counts"]["overdue"] == 1
    assert not zhifa.disclosure_report(store, D("2025-10-16")).any_overdue()
    recs = zhifa.disclosure_records(store, agency(), D("2025-10-20"))
    assert [x.decision_number for x in recs] == ["决1", "决2", "决3"]
    assert len(zhifa.disclosure_report(store, D("2025-10-20"), agency_code="OTHER").rows) == 0


def test_export_disclosure_records_streams_the_list_functions_bytes(store, tmp_path):
    recs = zhifa.disclosure_records(store, agency(), D("2025-10-20"))
    expected = {"json": zhifa.disclosure_records_to_json(recs),
                "jsonl": zhifa.disclosure_records_to_json(recs, True),
                "csv": zhifa.disclosure_records_to_csv(recs)}
    for form, text in expected.items():
        # The form by the file name, as the CLI's --export reads it, and given outright.
        by_name = tmp_path / f"records.{form}"
        assert zhifa.export_disclosure_records(store, agency(), D("2025-10-20"), by_name) == 3
        given = tmp_path / f"records-{form}.txt"
        assert zhifa.export_disclosure_records(store, agency(), D("2025-10-20"), given,
                                               format=form) == 3
        for path in (by_name, given):
            assert path.read_bytes() == text.encode("utf-8")
    assert not list(tmp_path.glob("*.partial"))
    assert zhifa.export_disclosure_records(store, agency(), D("2025-10-20"), tmp_path / "none.json",
                                           agency_code="OTHER") == 0
    assert (tmp_path / "none.json").read_text(encoding="utf-8") == "[]\n"
    with pytest.raises(ValueError, match="format must be 'json', 'jsonl', 'csv' or None, got 'xml'"):
        zhifa.export_disclosure_records(store, agency(), D("2025-10-20"), tmp_path / "x", format="xml")
    with pytest.raises(zhifa.DataFileError, match="no-such-folder"):
        zhifa.export_disclosure_records(store, agency(), D("2025-10-20"),
                                        tmp_path / "no-such-folder" / "r.json")


def test_annual_statistics(store):
    s = zhifa.annual_statistics(store, 2025)
    assert s.report_due == D("2026-01-31")
    assert s.cases_decided == 3 and s.fines_total == zhifa.Money("26000")
    assert s.by_outcome[zhifa.Outcome.PENALTY] == 3
    assert s.by_penalty_kind[zhifa.PenaltyKind.FINE] == 3
    d = s.disclosures
    assert (d.due, d.on_time, d.late, d.missing) == (3, 1, 1, 1)
    assert "disclosures.missing,1\r\n" in s.to_csv()
    assert json.loads(s.to_json())["cases_decided"] == 3
    with pytest.raises(zhifa.CalendarCoverageError):
        zhifa.annual_statistics(store, 2027)

"""The zhifa command-line tool: output, JSON, exit codes (0 ok, 2 bad usage or input)."""
import json
import os
import shutil
import subprocess

import pytest

import zhifa

CLI = os.environ.get("ZHIFA_CLI")
pytestmark = pytest.mark.skipif(not CLI, reason="the CLI is not built (ZHIFA_CLI unset)")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60)


def test_help_and_version():
    r = run("--help")
    assert r.returncode == 0 and "calendar" in r.stdout and "deadline" in r.stdout
    assert run("--version").stdout.startswith("zhifa ")
    for cmd in ("calendar", "deadline", "demo", "audit"):
        assert run(cmd, "--help").returncode == 0


def test_calendar_commands():
    r = run("calendar", "check", "2026-09-20")
    assert r.returncode == 0 and "is a working day (adjusted working day" in r.stdout
    r = run("calendar", "add", "2026-09-28", "5", "--json")
    assert json.loads(r.stdout)["result"] == "2026-10-10"
    r = run("calendar", "add", "--", "2026-10-10", "-5")
    assert r.returncode == 0 and "= 2026-09-28" in r.stdout, r.stderr
    r = run("calendar", "between", "2026-09-28", "2026-10-10")
    assert r.stdout.startswith("5 working days")
    cov = json.loads(run("calendar", "coverage", "--json").stdout)
    assert cov["first_day"] == "2023-01-01" and cov["last_day"] == "2026-12-31"
    assert [y["year"] for y in cov["years"]] == [2023, 2024, 2025, 2026]


def test_calendar_file_and_weekends_only(tmp_path):
    p = tmp_path / "2027.json"
    p.write_text(json.dumps({"format": "zhifa-calendar", "version": 1, "years": [
        {"year": 2027, "notice": {"number": "TEST", "issued": "2026-11-10"},
         "festivals": [{"name": "元旦", "statutory": ["2027-01-01"]}]}]}), encoding="utf-8")
    r = run("calendar", "check", "2027-01-01", "--calendar-file", str(p))
    assert r.returncode == 0 and "statutory holiday" in r.stdout
    r = run("calendar", "check", "2027-01-01", "--weekends-only", "2027")
    assert r.returncode == 0 and "is a working day" in r.stdout


def test_errors_go_to_stderr_with_exit_code_2():
    r = run("calendar", "check", "2027-01-04")
    assert r.returncode == 2 and r.stdout == "" and "outside the calendar's coverage" in r.stderr
    assert run("calendar", "check", "2026-02-30").returncode == 2
    assert run("calendar", "frobnicate").returncode == 2
    assert run("nonsense").returncode == 2
    assert run().returncode == 2
    r = run("deadline", "no_such", "--from", "2026-01-01")
    assert r.returncode == 2 and "no legal period named 'no_such'" in r.stderr
    r = run("deadline", "decision", "--from", "2026-01-01", "--extend", "10::2026-01-05")
    assert r.returncode == 2 and "approver" in r.stderr


def test_deadline_explains_and_emits_json():
    r = run("deadline", "decision", "--from", "2024-03-01", "--suspend", "2024-04-01..2024-04-10:鉴定")
    assert r.returncode == 0
    assert "行政处罚法 Art. 60" in r.stdout and "due: 2024-06-11" in r.stdout
    r = run("deadline", "seizure", "--from", "2026-03-02", "--extend", "30:局长:2026-03-30:复杂", "--json")
    data = json.loads(r.stdout)
    assert data["due"] == "2026-05-01" and data["basis"] == "行政强制法 Art. 25 ¶1"
    listing = json.loads(run("deadline", "--list", "--json").stdout)
    assert {"key": "hearing_request", "length": 5, "unit": "working_days"}.items() <= listing[2].items()


def test_demo_creates_the_demo_database_and_reports(tmp_path):
    db = tmp_path / "demo.db"
    r = run("demo", "--db", str(db), "--cases", "300")
    assert r.returncode == 0, r.stderr
    assert "calendar coverage: 2023-01-01..2026-12-31" in r.stdout
    assert "stored 300 cases" in r.stdout and "injected procedural defects" in r.stdout
    assert "full-process records (Art. 47): 300 verified, 0 tampered" in r.stdout
    assert "legality review (Art. 58):" in r.stdout and "disclosure (Art. 48):" in r.stdout
    assert "due: 2026-10-10" in r.stdout
    # The audit of the year: summary and the HTML report next to the database.
    assert "audit run 1: 300 case files" in r.stdout and "grades:  优秀" in r.stdout
    assert "[行政处罚法 Art. 6" in r.stdout  # findings name their articles
    assert f"report: {tmp_path / 'demo-report' / 'report.html'}" in r.stdout
    assert (tmp_path / "demo-report" / "results.jsonl").read_text().count("\n") == 300
    assert r.stderr == ""  # no progress bar in a pipe
    # Running it again recreates the same database.
    assert run("demo", "--db", str(db), "--cases", "300").returncode == 0
    rows = json.loads(run("cases", "list", "--db", str(db), "--json").stdout)
    assert len(rows) == 300 and rows[0]["number"].startswith("大发改罚〔2025〕")


def test_store_commands(tmp_path):
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), "--cases", "200").returncode == 0
    decided = json.loads(run("cases", "list", "--db", str(db), "--status", "archived", "--limit", "2",
                             "--json").stdout)
    assert len(decided) == 2 and all(c["status"] == "archived" for c in decided)
    shown = json.loads(run("cases", "show", decided[0]["number"], "--db", str(db), "--json").stdout)
    assert shown["id"] == decided[0]["id"] and shown["format"] == "zhifa-case"
    text = run("cases", "show", str(decided[0]["id"]), "--db", str(db)).stdout
    assert "timeline:" in text and "file  lead -> filed" in text
    pending = json.loads(run("deadlines", "--db", str(db), "--as-of", "2025-12-31", "--json").stdout)
    assert pending and {p["state"] for p in pending} <= {"open", "overdue"}
    # Export, then import into a new store: the same cases.
    out = tmp_path / "cases.jsonl"
    assert run("export", str(out), "--db", str(db)).returncode == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 200
    copy = tmp_path / "copy.db"
    r = run("import", str(out), "--db", str(copy))
    assert r.returncode == 0 and "imported 200 cases" in r.stdout
    assert run("export", "--db", str(copy)).stdout == out.read_text(encoding="utf-8")
    # A batched import that fails says what stays committed and where to resume.
    lines = out.read_text(encoding="utf-8").splitlines()
    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join(lines[:7] + ['{"format": "zhifa-case"}'] + lines[7:]) + "\n",
                      encoding="utf-8")
    r = run("import", str(broken), "--db", str(tmp_path / "batched.db"), "--batch", "3")
    assert r.returncode == 2
    assert "line 8: " in r.stderr
    assert "6 case(s) of lines 1-6 were committed and stay; the first line not committed is line 7" \
        in r.stderr
    assert len(run("cases", "list", "--db", str(tmp_path / "batched.db")).stdout.splitlines()) == 6


def test_cases_list_and_verify_page_through_a_store_of_several_pages(tmp_path):
    # The CLI lists 1,000 cases a page, printing each as it comes: across pages, with the filter's
    # offset and limit holding over all of them, the output is that of the store's one listing.
    db = tmp_path / "pages.db"
    store = zhifa.CaseStore(db)
    store.register_agency(zhifa.synthetic_agency())
    store.add_all([g.case for g in zhifa.SyntheticCaseGenerator(seed=9).generate(2100)])
    for args, filters in [([], {}), (["--offset", "990", "--limit", "1020"], {"offset": 990, "limit": 1020}),
                          (["--offset", "1000"], {"offset": 1000}), (["--limit", "1000"], {"limit": 1000}),
                          (["--limit", "0"], {"limit": 0}),
                          (["--status", "archived", "--offset", "7"], {"status": "archived", "offset": 7})]:
        expected = [json.loads(s.to_json()) for s in store.list(**filters)]
        r = run("cases", "list", "--db", str(db), "--json", *args)
        assert r.stdout == json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n", args
        r = run("cases", "list", "--db", str(db), *args)
        assert [int(line.split()[0]) for line in r.stdout.splitlines()] == [c["id"] for c in expected]
        assert r.stderr == f"{len(expected)} cases\n"
    r = run("verify", "--db", str(db))
    assert r.returncode == 0 and r.stdout == "2100 record(s) checked, 0 tampered\n"
    lines = [json.loads(line) for line in run("verify", "--db", str(db), "--json").stdout.splitlines()]
    assert [x["id"] for x in lines] == list(range(1, 2101)) and all(x["ok"] for x in lines)


def test_store_command_errors(tmp_path):
    r = run("cases", "list", "--db", str(tmp_path / "missing.db"))
    assert r.returncode == 2 and "no case store at" in r.stderr
    assert run("deadlines", "--db", str(tmp_path / "x.db")).returncode == 2  # --as-of is required
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{}\n", encoding="utf-8")
    r = run("import", str(bad), "--db", str(tmp_path / "new.db"))
    assert r.returncode == 2 and "line 1" in r.stderr
    db = tmp_path / "demo.db"
    run("demo", "--db", str(db), "--cases", "20")
    r = run("cases", "list", "--db", str(db), "--status", "sleeping")
    assert r.returncode == 2 and "unknown case status 'sleeping'" in r.stderr
    for args, message in [(["demo", "--db", str(db), "--seed", "abc"], "--seed must be a whole number"),
                          (["demo", "--db", str(db), "--seed", "-1"], "--seed must be a whole number"),
                          (["cases", "show", "99999999999999999999", "--db", str(db)], "the case id must be"),
                          # The same lookup as the record commands' --case (cli.hpp's case_of).
                          (["cases", "show", "大发改罚〔2099〕1号", "--db", str(db)],
                           "no case with number or id '大发改罚〔2099〕1号'"),
                          (["cases", "show", "999", "--db", str(db)], "no case with id 999"),
                          (["verify", "--case", "NOPE", "--db", str(db)],
                           "no case with number or id 'NOPE'"),
                          (["verify", "--case", "99999999999999999999", "--db", str(db)],
                           "--case must be"),
                          (["cases", "list", "--db", str(db), "--limit", "x"], "--limit must be")]:
        r = run(*args)
        assert r.returncode == 2 and message in r.stderr, (args, r.stderr)
        assert "unexpected error" not in r.stderr
    # A failed export leaves no partial file behind.
    target = tmp_path / "nodir" / "out.jsonl"
    r = run("export", str(target), "--db", str(db))
    assert r.returncode == 2 and not list(tmp_path.glob("**/*.partial"))


def test_a_failing_deadline_prints_nothing_on_stdout():
    r = run("deadline", "decision", "--from", "2026-11-01")  # ends in 2027: not covered
    assert r.returncode == 2 and r.stdout == "" and "2027" in r.stderr


def test_ledger_entries_in_any_order_and_strict_numbers():
    # The extension is approved after the original end but inside the suspended period.
    args = ["deadline", "decision", "--from", "2025-11-20", "--extend", "30:局长:2026-03-01",
            "--suspend", "2025-12-10..2026-01-05:鉴定", "--json"]
    r = run(*args)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["due"] == "2026-04-16"
    assert run("calendar", "check", "2027-01-01", "--weekends-only", "2027x").returncode == 2
    r = run("deadline", "seizure", "--from", "2026-03-02", "--extend", "3x:局长:2026-03-10")
    assert r.returncode == 2 and "whole number" in r.stderr


def test_penalty_and_catalog_commands():
    r = run("penalty", "TB-49", "--act", "2025-03-01", "--discovered", "2026-03-02", "--decision", "2026-04-01",
            "--base", "contract_amount=1,234,567.89", "--circumstance", "eliminated_harm", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["tier"] == "lighter" and data["statutory_min_fen"] == 617284 and data["max_fen"] == 802468
    assert any(s["basis"] == "行政处罚法 Art. 32 (1)" for s in data["trace"])
    r = run("penalty", "TB-51", "--act", "2025-03-01", "--discovered", "2026-03-02", "--decision", "2026-04-01",
            "--age", "13")
    assert r.returncode == 0 and r.stdout.startswith("no penalty")
    r = run("penalty", "TB-49", "--act", "2025-03-01", "--discovered", "2026-03-02", "--decision", "2026-04-01")
    assert r.returncode == 2 and "contract_amount" in r.stderr
    r = run("penalty", "TB-51", "--act", "2025-03-01")
    assert r.returncode == 2 and "--discovered is required" in r.stderr
    items = json.loads(run("catalog", "show", "--json").stdout)
    assert len(items) >= 15 and all("example" in i["status"] for i in items)
    assert "fine:" in run("catalog", "show", "LS-47").stdout
    assert run("catalog", "show", "NOPE").returncode == 2


def test_catalog_lint_exit_codes(tmp_path):
    r = run("catalog", "lint", "--as-of", "2026-01-01")
    assert r.returncode == 0 and "0 findings" in r.stdout
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "zhifa-catalog", "version": 1, "name": "bad", "items": [
        {"code": "A", "behaviour": "b", "violated": {"law": "L"}, "penalty_provision": {"law": "L"},
         "kinds": ["fine"], "fines": [{"max": "1万"}], "split_scheme": "30_70", "in_force_from": "2020-01-01"}]}),
        encoding="utf-8")
    r = run("catalog", "lint", str(bad), "--as-of", "2026-01-01")
    assert r.returncode == 1 and "A: the penalty provision names no article" in r.stdout
    assert run("catalog", "lint").returncode == 2  # --as-of is required


def test_catalog_import_csv(source_dir, tmp_path):
    out = tmp_path / "cat.json"
    r = run("catalog", "import-csv", str(source_dir / "tests" / "data" / "benchmark_sample.csv"), "-o", str(out))
    assert r.returncode == 0 and "wrote 2 items" in r.stderr
    assert run("catalog", "lint", str(out), "--as-of", "2026-01-01").returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("code,behaviour,law,article,tier,in_force_from\nX,b,L,abc,法定,2020-01-01\n", encoding="utf-8")
    r = run("catalog", "import-csv", str(bad))
    assert r.returncode == 2 and "line 2: column 'article'" in r.stderr and r.stdout == ""


def test_penalty_facts_from_json(tmp_path):
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"act": "2025-03-01", "discovered": "2026-03-02", "decision": "2026-04-01",
                                 "circumstances": ["repeated_violation"],
                                 "bases": {"contract_amount": "1,000,000"}}), encoding="utf-8")
    r = run("penalty", "TB-49", "--facts", str(facts), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["tier"] == "heavier" and data["statutory_max_fen"] == 1000000
    facts.write_text('{"act": 5}', encoding="utf-8")
    r = run("penalty", "TB-49", "--facts", str(facts))
    assert r.returncode == 2 and "must be a date string" in r.stderr


def test_audit_command_exit_codes_json_and_report(tmp_path):
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), "--cases", "300").returncode == 0
    assert run("audit", "--db", str(db)).returncode == 2  # --as-of is required
    r = run("audit", "--db", str(db), "--as-of", "2025-12-31", "--json", "--report",
            str(tmp_path / "rep"), "--status", "archived", "--jobs", "2")
    assert r.returncode == 1, r.stderr  # some files are graded 不合格
    rep = json.loads(r.stdout)
    assert rep["run_id"] == 2 and rep["standard"]["version"] == "2025.1"
    assert sum(g["files"] for g in rep["grades"]) == rep["files"]
    assert rep["grades"][-1]["grade"] == "不合格" and rep["grades"][-1]["files"] > 0
    lines = (tmp_path / "rep" / "results.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("case_id,number,agency_code,status") and len(lines) == rep["files"] + 1
    # Another standard from a file: one lenient item, nothing fails.
    std = tmp_path / "lenient.json"
    std.write_text(json.dumps({
        "format": "zhifa-audit-standard", "version": 1, "name": "宽松", "standard_version": "1",
        "source": "test", "sections": {"form": 0, "content": 10},
        "grades": [{"name": "合格", "min": 0}], "fail_grade": "不合格",
        "items": [{"id": "A", "section": "content", "title": "送达", "points": 10,
                   "deduction": 1, "checks": ["service"]}]}), encoding="utf-8")
    r = run("audit", "--db", str(db), "--as-of", "2025-12-31", "--standard", str(std))
    assert r.returncode == 0 and "against 宽松 (version 1)" in r.stdout
    # A reviewer's finding on a form item no check covers (F3, 2 points for forms_not_standard)
    # rescores the stored result of run 2; the run's standard must be the one given.
    import zhifa
    before = zhifa.CaseStore(str(db)).audit_result(2, 1)
    r = run("audit", "finding", "--db", str(db), "--run", "2", "--case", "1", "--item", "F3",
            "--code", "forms_not_standard", "--reviewer", "王审", "--message", "立案审批表未载明案由")
    assert r.returncode == 0, r.stderr
    after = zhifa.CaseStore(str(db)).audit_result(2, 1)
    assert [f.code for f in after.findings] == [f.code for f in before.findings] + ["forms_not_standard"]
    assert after.findings[-1].reviewer == "王审" and after.findings[-1].deduction == 2
    if not before.vetoed:
        assert after.total == max(0, before.total - 2)
    r = run("audit", "finding", "--db", str(db), "--run", "3", "--case", "1", "--item", "A",
            "--code", "x", "--reviewer", "r", "--message", "m")
    assert r.returncode == 2 and "used the standard '宽松' 1" in r.stderr
    r = run("audit", "finding", "--db", str(db), "--run", "2", "--case", "1", "--item", "Z9",
            "--code", "x", "--reviewer", "r", "--message", "m")
    assert r.returncode == 2 and "no item 'Z9'" in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zhifa-audit-standard", "version": 2}', encoding="utf-8")
    r = run("audit", "--db", str(db), "--as-of", "2025-12-31", "--standard", str(bad))
    assert r.returncode == 2 and "version 2 is not supported" in r.stderr


def test_the_html_report_renders_in_headless_chromium(tmp_path):
    chromium = shutil.which("chromium")
    if not chromium:
        pytest.skip("chromium is not installed (Debian package chromium)")
    db = tmp_path / "demo.db"
    r = run("demo", "--db", str(db), "--cases", "400")
    assert r.returncode == 0, r.stderr
    report = json.loads((tmp_path / "demo-report" / "report.json").read_text(encoding="utf-8"))
    html = tmp_path / "demo-report" / "report.html"
    dom = subprocess.run([chromium, "--headless", "--disable-gpu", "--no-sandbox",
                          "--user-data-dir=" + str(tmp_path / "chromium-profile"),
                          "--dump-dom", html.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    assert f'<b id="files">{report["files"]}</b>' in dom
    assert f'<b id="vetoed">{report["vetoed"]}</b>' in dom
    mean = dom.split('<b id="mean">')[1].split("</b>")[0]
    assert abs(float(mean) - report["mean_total"]) <= 0.051
    for g in report["grades"]:
        assert f'<td>{g["grade"]}</td><td class="n">{g["files"]}</td>' in dom
    top = report["findings"][0]
    assert f'<td>{top["code"]}</td><td>{top["article"]}</td>' in dom
    assert dom.count("<svg") == 2 and "<script" not in dom


def test_agency_add_list_show(tmp_path):
    db = str(tmp_path / "cases.db")
    doc = {"format": "zhifa-agency", "version": 1, "code": "SJ", "name": "某市市场监督管理局",
           "case_prefix": "某市监罚",
           "powers": [{"code": "SJ-CF-001", "name": "未按规定明码标价"}],
           "officers": [{"id": "A1", "name": "张三",
                         "certificate": {"number": "21000001", "valid_from": "2024-01-01",
                                         "valid_to": "2028-12-31"}}]}
    path = tmp_path / "sj.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    r = run("agency", "add", str(path), "--db", db)
    assert r.returncode == 0, r.stderr
    assert "registered SJ" in r.stderr and "1 power items, 1 officers" in r.stderr
    listed = json.loads(run("agency", "list", "--json", "--db", db).stdout)
    assert [a["code"] for a in listed] == ["SJ"]
    assert listed[0]["officers"][0]["certificate"]["agency_code"] == "SJ"
    shown = json.loads(run("agency", "show", "SJ", "--db", db).stdout)
    assert shown["powers"][0]["code"] == "SJ-CF-001"
    r = run("agency", "show", "XX", "--db", db)
    assert r.returncode == 2 and "no agency 'XX'" in r.stderr
    doc["officers"][0]["certificate"]["valid_to"] = "2020-01-01"
    path.write_text(json.dumps(doc), encoding="utf-8")
    r = run("agency", "add", str(path), "--db", db)
    assert r.returncode == 2 and "$.officers[0].certificate.valid_to" in r.stderr
    assert "valid_to 2020-01-01 is before" in r.stderr


def test_audit_leaves_out_agencies_registered_without_their_definition(tmp_path):
    import zhifa
    db = str(tmp_path / "cases.db")
    a = zhifa.synthetic_agency()
    store = zhifa.CaseStore(db)
    store.register_agency(zhifa.Agency(a.code, a.name, a.case_prefix))  # no powers, no officers
    gen = zhifa.SyntheticCaseGenerator()
    store.add_all([gen.next().case for _ in range(40)])
    del store
    r = run("audit", "--db", db, "--as-of", "2025-12-31", "--report", str(tmp_path / "rep"))
    assert r.returncode in (0, 1), r.stderr
    lines = (tmp_path / "rep" / "results.jsonl").read_text(encoding="utf-8").splitlines()
    results = [json.loads(line) for line in lines]
    assert len(results) == 40
    codes = {f["code"] for res in results for f in res["findings"]}
    assert not codes & {"no_power_item", "officer_unknown"}
    v1 = [i for res in results for i in res["items"] if i["item"] == "V1"]
    assert v1 and all(i["status"] in ("not_checkable", "not_applicable") for i in v1)

"""The disclosure commands of the CLI: disclose, stats, public-catalog (exit 1: overdue)."""
import csv
import io
import json
import os
import subprocess

import pytest

import zhifa

CLI = os.environ.get("ZHIFA_CLI")
pytestmark = pytest.mark.skipif(not CLI, reason="the CLI is not built (ZHIFA_CLI unset)")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("disclose") / "demo.db"
    r = run("demo", "--db", str(path), "--cases", "200")
    assert r.returncode == 0, r.stderr
    return str(path)


@pytest.fixture
def simple_too(tmp_path):
    """Rules that also publish simple-procedure decisions, which the demo does not publish."""
    rules = json.loads(zhifa.DisclosureRules.defaults().to_json())
    rules["publication"]["simple_procedure"] = True
    path = tmp_path / "rules.json"
    path.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_disclose_lists_overdue_and_exits_1(db, simple_too):
    # The demo publishes its general-procedure decisions on time: nothing overdue.
    r = run("disclose", "--db", db, "--as-of", "2025-12-31")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "overdue" not in r.stderr
    # Under rules that publish simple-procedure decisions too, those are overdue: exit 1.
    r = run("disclose", "--db", db, "--as-of", "2025-12-31", "--rules", simple_too)
    assert r.returncode == 1, r.stderr
    assert "overdue" in r.stdout and "as of 2025-12-31" in r.stderr
    data = json.loads(run("disclose", "--db", db, "--as-of", "2025-12-31", "--rules", simple_too,
                          "--format", "json").stdout)
    assert data["counts"]["overdue"] > 0 and data["rows"][0]["status"] in ("due", "overdue")
    rows = list(csv.reader(io.StringIO(run("disclose", "--db", db, "--as-of", "2025-12-31", "--rules",
                                           simple_too, "--format", "csv").stdout, newline="")))
    assert rows[0][:5] == ["case_id", "case_number", "decision_number", "decided_on", "status"]
    assert len(rows) == len(data["rows"]) + 1
    # Nothing matches: nothing overdue, exit 0.
    assert run("disclose", "--db", db, "--as-of", "2025-12-31", "--rules", simple_too,
               "--status", "lead").returncode == 0


def test_disclose_export_masks_natural_persons_art50(db, tmp_path):
    rules = json.loads(zhifa.DisclosureRules.defaults().to_json())
    rules["publication"]["simple_procedure"] = True  # the demo's natural persons are 当场 cases
    rules_file = tmp_path / "rules.json"
    rules_file.write_text(json.dumps(rules, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "records.csv"
    r = run("disclose", "--db", db, "--as-of", "2025-12-31", "--rules", str(rules_file),
            "--export", str(out))
    assert r.returncode == 1 and "exported" in r.stderr
    text = out.read_text(encoding="utf-8")
    cases = {c["id"]: c for c in json.loads(run("cases", "list", "--db", db, "--json").stdout)}
    simple = [c for c in cases.values() if c["procedure"] == "simple"]
    assert simple
    for c in simple:
        assert c["party_identifier"] not in text
    # Per record (a name may recur as another case's legal representative): no full name.
    records = tmp_path / "records.jsonl"
    run("disclose", "--db", db, "--as-of", "2025-12-31", "--rules", str(rules_file), "--export", str(records))
    seen = 0
    for line in records.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        case = cases[rec["case_id"]]
        if case["procedure"] == "simple":
            seen += 1
            assert case["party_name"] not in line and case["party_identifier"] not in line
            assert rec["parties"][0]["name"] == case["party_name"][0] + "某"
    assert seen == len(simple)
    lines = tmp_path / "records.jsonl"
    run("disclose", "--db", db, "--as-of", "2025-12-31", "--export", str(lines))
    first = json.loads(lines.read_text(encoding="utf-8").splitlines()[0])
    assert first["agency_name"] == "大连市发展和改革委员会" and first["parties"][0]["masked"] is False


def test_stats(db):
    r = run("stats", "--db", db, "--year", "2025")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["year"] == 2025 and s["report_due"] == "2026-01-31"
    assert s["cases_decided"] == s["simple_procedure"] + s["general_procedure"] > 0
    assert s["disclosures"]["due"] > 0 and s["disclosures"]["missing"] == 0  # the demo publishes
    rows = dict(csv.reader(io.StringIO(run("stats", "--db", db, "--year", "2025", "--format", "csv").stdout,
                                       newline="")))
    assert rows["metric"] == "value" and int(rows["cases_decided"]) == s["cases_decided"]


def test_public_catalog(tmp_path):
    r = run("public-catalog", "--as-of", "2025-06-01")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# 大连市发展和改革委员会") and "## 救济渠道" in r.stdout
    items = tmp_path / "items.json"
    items.write_text(json.dumps({"format": "zhifa-inspection-items", "version": 1, "items": [
        {"item": "招标投标活动监督检查", "basis": "招标投标法 Art. 7", "body": "大连市发展和改革委员会",
         "content": "依法必须招标的项目是否招标", "method": "双随机抽查"}]}, ensure_ascii=False), encoding="utf-8")
    data = json.loads(run("public-catalog", "--as-of", "2025-06-01", "--inspections", str(items),
                          "--format", "json").stdout)
    assert data["inspections"][0]["basis"] == "招标投标法 Art. 7"
    assert set(data["officers"][0]) == {"name", "certificate_number", "valid_to"}


def test_errors_exit_2(db, tmp_path):
    assert run("disclose", "--db", db).returncode == 2  # --as-of is required
    r = run("disclose", "--db", db, "--as-of", "2025-12-31", "--format", "xml")
    assert r.returncode == 2 and "--format" in r.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "zhifa-disclosure-rules", "version": 1, "name": "x"}', encoding="utf-8")
    r = run("disclose", "--db", db, "--as-of", "2025-12-31", "--rules", str(bad))
    assert r.returncode == 2 and '$: missing "publication"' in r.stderr
    r = run("stats", "--db", db, "--year", "2027")
    assert r.returncode == 2 and "2027" in r.stderr
    assert run("stats", "--db", str(tmp_path / "none.db"), "--year", "2025").returncode == 2
    assert run("public-catalog").returncode == 2
    for cmd in ("disclose", "stats", "public-catalog"):
        assert run(cmd, "--help").returncode == 0

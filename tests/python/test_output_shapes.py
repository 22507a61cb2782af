"""One shape per value: what the CLI prints with --json is what Python's to_dict() returns.

Both come from the library's to_json; to_dict() is json.loads of it with YYYY-MM-DD texts read
as datetime.date. Each test runs the CLI and the Python API on the same objects and compares.
"""
import datetime as dt
import json
import os
import subprocess

import pytest

import zhifa

CLI = os.environ.get("ZHIFA_CLI")
pytestmark = pytest.mark.skipif(not CLI, reason="the CLI is not built (ZHIFA_CLI unset)")
D = dt.date.fromisoformat


def cli_json(*args):
    r = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def as_json(value):
    """A to_dict() value with its dates written back as text, as the CLI prints them."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("shapes") / "s.db"
    gen = zhifa.SyntheticCaseGenerator(seed=7)
    store = zhifa.CaseStore(str(path))
    store.register_agency(gen.agency)
    store.add_all([g.case for g in gen.generate(80)])
    del store
    return path


def test_deadline_ledger():
    printed = cli_json("deadline", "hearing_request", "--from", "2026-09-28", "--json")
    d = zhifa.deadline("hearing_request", D("2026-09-28"))
    assert printed == json.loads(d.to_json())
    assert as_json(d.to_dict()) == printed
    assert d.to_dict()["due"] == D("2026-10-10")  # over the National Day holiday (Art. 85)
    assert {"period", "start", "suspensions", "extensions", "due", "steps", "basis"} <= set(printed)


def test_period_list():
    printed = cli_json("deadline", "--list", "--json")
    table = zhifa.PeriodTable.builtin()
    assert printed == [as_json(p.to_dict()) for p in table.periods]


def test_case_summaries_and_stored_deadlines(store_path):
    store = zhifa.CaseStore(str(store_path), create=False)
    printed = cli_json("cases", "list", "--db", str(store_path), "--json")
    assert printed == [as_json(s.to_dict()) for s in store.list()]
    assert printed and isinstance(store.list()[0].to_dict()["lead_on"], dt.date)
    printed = cli_json("deadlines", "--db", str(store_path), "--as-of", "2025-12-31", "--json")
    python = [as_json(d.to_dict()) for d in store.deadlines(D("2025-12-31"))]
    assert printed == python and printed
    # A stored deadline carries both the party_period flag and the period's basis, everywhere.
    assert {"party_period", "basis", "case_id", "number", "deadline", "due"} <= set(printed[0])


def test_recommendation():
    printed = cli_json("penalty", "TB-49", "--act", "2025-03-01", "--discovered", "2026-03-02",
                       "--decision", "2026-04-01", "--base", "contract_amount=1,234,567.89",
                       "--circumstance", "eliminated_harm", "--json")
    facts = zhifa.PenaltyFacts(D("2025-03-01"), D("2026-03-02"), D("2026-04-01"),
                               circumstances={"eliminated_harm"},
                               bases={zhifa.FineBase.CONTRACT_AMOUNT: zhifa.Money("1,234,567.89")})
    r = zhifa.recommend(zhifa.Catalog.builtin(), "TB-49", facts)
    assert printed == as_json(r.to_dict())


def test_year_review(store_path, tmp_path):
    printed = cli_json("review-year", "--db", str(store_path), "--as-of", "2025-12-31",
                       "--report", str(tmp_path / "cli"), "--json")
    store = zhifa.CaseStore(str(store_path), create=False)
    review = zhifa.review_year(store, D("2025-12-31"), report_dir=tmp_path / "py")
    mine = as_json(review.to_dict())
    # Each call records its own audit run: the runs differ in id, note and timestamps only.
    for side in (printed, mine):
        run = side["audit"].pop("run")
        assert run["cases"] == 80 and run["as_of"] == "2025-12-31"
        side.pop("report_files")
    assert printed == mine
    assert printed["cases"] == 80 and sum(printed["by_status"].values()) == 80
    assert sorted(os.path.basename(f) for f in review.report_files) == [
        "report.csv", "report.html", "report.json", "results.csv", "results.jsonl"]
    assert sorted(os.listdir(tmp_path / "cli")) == sorted(os.listdir(tmp_path / "py"))


def test_record_verification(store_path):
    store = zhifa.CaseStore(str(store_path), create=False)
    first = store.list(limit=1)[0]
    printed = cli_json("verify", "--db", str(store_path), "--case", str(first.id), "--json")
    mine = store.verify_records(first.id).to_dict()
    mine.update(id=first.id, number=first.number)
    assert printed == mine and printed["ok"] is True

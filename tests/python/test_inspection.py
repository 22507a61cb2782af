"""双随机、一公开 (国办发〔2015〕58号): the draw from Python, its replay, golden vectors, the CLI."""
import datetime as dt
import hashlib
import json
import os
import subprocess

import pytest

import zhifa

from conftest import SOURCE_DIR, D

GOLDEN = sorted((SOURCE_DIR / "tests" / "data" / "inspection").glob("vector-*.json"))
CLI = os.environ.get("ZHIFA_CLI")


def canonical(doc) -> bytes:
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def make_plan(**kw):
    items = [zhifa.InspectionItem("招标投标活动监督检查", "招标投标法 Art. 7", "大连市发展和改革委员会",
                                  "招标投标活动", "书面检查、实地核查", ratio="不低于5%", frequency="每年1次")]
    args = dict(id="P-1", agency_code="DLDRC", items=items, start=D("2025-06-02"),
                end=D("2025-06-30"),
                quotas=[zhifa.ClassQuota("A", 500, 1), zhifa.ClassQuota("B", 2000)])
    args.update(kw)
    return zhifa.InspectionPlan(**args)


def make_entities():
    return [zhifa.InspectionEntity(f"91210200MA{i:08d}", f"企业{i}", "A" if i < 40 else "B")
            for i in range(60)]


def make_inspectors(n=6):
    return [zhifa.Inspector(f"I{i}", f"检查员{i}",
                            [zhifa.Certificate(f"C{i}", D("2024-01-01"), D("2027-12-31"), "DLDRC")])
            for i in range(n)]


def test_draw_and_replay():
    plan, ents, ins = make_plan(), make_entities(), make_inspectors()
    r = zhifa.draw(plan, ents, ins, "seed")
    assert [c.quota for c in r.classes] == [2, 4]  # ceil(40 × 5 %), ceil(20 × 20 %)
    assert all(len(s.team) == 2 for s in r.selections)
    assert r.hash == r.compute_hash()
    assert zhifa.replay(r, plan, ents, ins)
    back = zhifa.DrawRecord.from_json(r.to_json())
    assert back == r
    sels = back.selections  # a copy: write it back
    sels[0].team = list(reversed(sels[0].team))
    back.selections = sels
    res = zhifa.replay(back, plan, ents, ins)
    assert not res.match and res.difference.startswith("selections[0].team[0]")


def test_seed_changes_the_outcome_and_commitment_is_checked():
    plan, ents, ins = make_plan(), make_entities(), make_inspectors()
    a = {s.credit_code for s in zhifa.draw(plan, ents, ins, "seed-1").selections}
    b = {s.credit_code for s in zhifa.draw(plan, ents, ins, "seed-2").selections}
    assert a != b
    committed = make_plan(seed_commitment=zhifa.seed_commitment("published"))
    with pytest.raises(zhifa.IntegrityError):
        zhifa.draw(committed, ents, ins, "not published")
    assert zhifa.draw(committed, ents, ins, "published").seed_commitment == \
        hashlib.sha256("published".encode()).hexdigest()


def test_team_of_one_is_refused_art42():
    with pytest.raises(zhifa.LegalGuardError, match="Art. 42"):
        make_plan(team_size=1)


def test_recusal_failure_is_reported_per_entity():
    plan = make_plan(quotas=[zhifa.ClassQuota("A", 10000), zhifa.ClassQuota("B", 0)])
    ents = make_entities()
    ins = make_inspectors(2)
    ins[0].conflicts = [zhifa.InspectorConflict(ents[3].credit_code, "亲属任职")]
    r = zhifa.draw(plan, ents, ins, "s")
    assert [(f.credit_code, f.constraint) for f in r.failures] == [(ents[3].credit_code, "recusal")]
    assert not r.complete()


def test_redraw_names_the_replaced_record():
    plan, ents, ins = make_plan(), make_entities(), make_inspectors()
    first = zhifa.draw(plan, ents, ins, "s1")
    second = zhifa.redraw(first, "检查对象注销", plan, ents[1:], ins, "s2")
    assert second.replaces == first.hash and second.reason == "检查对象注销"
    assert zhifa.replay(second, plan, ents[1:], ins)


def test_directory_hash_is_the_documented_canonical_json():
    ents = make_entities()
    ents[0].history = [zhifa.InspectionHistory(D("2025-01-05"), "价格监督检查")]
    doc = json.loads(zhifa.entities_to_json(list(reversed(ents))))
    doc["entities"].sort(key=lambda e: e["credit_code"])
    assert zhifa.entities_hash(ents) == hashlib.sha256(canonical(doc)).hexdigest()
    ins = make_inspectors()
    doc = json.loads(zhifa.inspectors_to_json(ins))
    assert zhifa.inspectors_hash(ins) == hashlib.sha256(canonical(doc)).hexdigest()
    plan = make_plan()
    assert plan.hash() == hashlib.sha256(canonical(json.loads(plan.to_json()))).hexdigest()


def test_ticket_is_the_documented_hash():
    def lp(s):
        b = s.encode()
        return len(b).to_bytes(4, "big") + b
    digest = hashlib.sha256(b"zhifa-draw-v1" + lp("seed") + lp("entity") + lp("X")).digest()
    assert zhifa.draw_ticket("seed", "entity", "X") == int.from_bytes(digest[:8], "big")


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.stem)
def test_golden_vectors(path):
    doc = json.loads(path.read_text())
    plan = zhifa.InspectionPlan.from_json(json.dumps(doc["plan"]))
    ents = zhifa.entities_from_json(json.dumps(doc["entities"]))
    ins = zhifa.inspectors_from_json(json.dumps(doc["inspectors"]))
    r = zhifa.draw(plan, ents, ins, doc["seed"])
    assert json.loads(r.to_json()) == doc["record"]


def test_golden_vectors_exist():
    assert len(GOLDEN) >= 3


def test_results_due_over_national_day(cal):
    rs = [zhifa.InspectionResult("P-1", "X", D("2025-09-26"), "未发现问题"),
          zhifa.InspectionResult("P-1", "Y", D("2025-09-26"), "违法", zhifa.FollowUp.CASE_FILED,
                                 "大发改罚〔2025〕3号", published_on=D("2025-10-20"))]
    due = zhifa.results_due(rs, D("2025-10-31"), cal)
    assert [d.due for d in due] == [D("2025-10-30")] * 2
    assert [d.state for d in due] == [zhifa.PublicationState.OVERDUE,
                                      zhifa.PublicationState.PUBLISHED]
    with pytest.raises(zhifa.ValidationError):
        zhifa.results_due([zhifa.InspectionResult("P", "Z", D("2025-01-02"), "",
                                                  zhifa.FollowUp.CASE_FILED)], D("2025-01-03"))
    with pytest.raises(zhifa.CalendarCoverageError):
        zhifa.results_due([zhifa.InspectionResult("P", "Z", D("2026-12-30"))], D("2026-12-31"))
    assert zhifa.results_to_csv(rs).splitlines()[0].startswith("plan_id,credit_code")


def test_tasks_export():
    plan, ents, ins = make_plan(), make_entities(), make_inspectors()
    r = zhifa.draw(plan, ents, ins, "s")
    tasks = zhifa.inspection_tasks(r, plan, ents)
    assert len(tasks) == len(r.selections)
    assert json.loads(zhifa.tasks_to_json(tasks))[0]["items"] == ["招标投标活动监督检查"]
    assert len(zhifa.tasks_to_csv(tasks).splitlines()) == len(tasks) + 1
    assert len(plan.to_csv().splitlines()) == 3


# ---- the CLI -------------------------------------------------------------------------------

cli = pytest.mark.skipif(not CLI, reason="the CLI is not built (ZHIFA_CLI unset)")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def inputs(tmp_path):
    doc = json.loads(GOLDEN[0].read_text())
    files = {}
    for key in ("plan", "entities", "inspectors"):
        files[key] = tmp_path / f"{key}.json"
        files[key].write_text(json.dumps(doc[key], ensure_ascii=False))
    return doc, files


@cli
def test_cli_draw_and_replay(inputs, tmp_path):
    doc, f = inputs
    common = ["--plan", str(f["plan"]), "--objects", str(f["entities"]),
              "--inspectors", str(f["inspectors"])]
    r = run("draw", *common, "--seed", doc["seed"], "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == doc["record"]
    rec = tmp_path / "record.json"
    rec.write_text(r.stdout)
    r = run("draw", "replay", str(rec), *common)
    assert r.returncode == 0 and r.stdout.startswith("match"), r.stdout + r.stderr
    tampered = json.loads(rec.read_text())
    tampered["selections"][0]["team"][0] = "DL9999"
    rec.write_text(json.dumps(tampered))
    r = run("draw", "replay", str(rec), *common)
    assert r.returncode == 1
    assert "selections[0].team[0]" in r.stdout
    r = run("draw", *common, "--seed", doc["seed"])
    assert r.returncode == 0 and "record hash" in r.stdout
    assert run("draw", "commit", "abc").stdout.strip() == hashlib.sha256(b"abc").hexdigest()
    assert run("draw", *common).returncode == 2  # no seed


@cli
def test_cli_inspections_overdue(tmp_path):
    results = {"format": "zhifa-inspection-results", "version": 1,
               "results": [{"plan_id": "P", "credit_code": "X", "completed_on": "2025-09-26",
                            "finding": "未发现问题", "follow_up": "none"}]}
    path = tmp_path / "results.json"
    path.write_text(json.dumps(results, ensure_ascii=False))
    r = run("inspections", "--results", str(path), "--as-of", "2025-10-30", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["results"][0] == {
        "plan_id": "P", "credit_code": "X", "completed_on": "2025-09-26", "due": "2025-10-30",
        "state": "pending"}
    r = run("inspections", "--results", str(path), "--as-of", "2025-10-31")
    assert r.returncode == 1 and "overdue" in r.stdout
    r = run("inspections", "--results", str(path), "--as-of", "2026-12-31", "--working-days", "1")
    assert r.returncode == 1  # overdue since 2025-09-28
    results["results"][0]["completed_on"] = "2026-12-30"
    path.write_text(json.dumps(results))
    assert run("inspections", "--results", str(path), "--as-of", "2026-12-31").returncode == 2

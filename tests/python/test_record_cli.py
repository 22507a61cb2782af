"""The CLI of the three systems: verify (exit 1 on tampering), proof, checkpoint, review."""
import json
import os
import sqlite3
import subprocess

import pytest

import zhifa

CLI = os.environ.get("ZHIFA_CLI")
pytestmark = pytest.mark.skipif(not CLI, reason="the CLI is not built (ZHIFA_CLI unset)")


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


@pytest.fixture
def demo(tmp_path):
    db = tmp_path / "demo.db"
    assert run("demo", "--db", str(db), "--cases", "40").returncode == 0
    first = json.loads(run("cases", "list", "--db", str(db), "--status", "archived", "--limit", "1",
                           "--json").stdout)[0]
    return db, first


def test_verify_proof_and_signed_checkpoint(demo, tmp_path):
    db, case = demo
    r = run("verify", "--db", str(db))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "40 record(s) checked, 0 tampered" in r.stdout
    key = zhifa.SigningKey.generate()
    (tmp_path / "k.pem").write_text(key.private_pem())
    (tmp_path / "k.pub").write_text(key.public_pem())
    head = json.loads(run("checkpoint", "--db", str(db), "--case", case["number"], "--at",
                          "2026-01-05T08:00:00Z", "--key", str(tmp_path / "k.pem")).stdout)
    assert head["key_id"] == key.key_id and head["size"] > 2
    assert run("verify", "--db", str(db), "--case", case["number"], "--key",
               str(tmp_path / "k.pub")).returncode == 0
    # An inclusion proof from the CLI verifies with the standalone function.
    p = json.loads(run("proof", "--db", str(db), "--case", case["number"], "--index", "1").stdout)
    assert zhifa.verify_inclusion(bytes.fromhex(p["leaf_hash"]), 1, p["tree_size"],
                                  [bytes.fromhex(h) for h in p["inclusion_proof"]], bytes.fromhex(p["root"]))
    c = json.loads(run("proof", "--db", str(db), "--case", case["number"], "--from", "1").stdout)
    assert zhifa.verify_consistency(1, c["tree_size"], bytes.fromhex(c["old_root"]), bytes.fromhex(c["root"]),
                                    [bytes.fromhex(h) for h in c["consistency_proof"]])
    assert run("proof", "--db", str(db), "--case", case["number"]).returncode == 2


def test_verify_exits_1_on_tampering(demo):
    db, case = demo
    con = sqlite3.connect(db)
    con.executescript("DROP TRIGGER record_entries_no_update;"
                      f"UPDATE record_entries SET description = '改写' WHERE case_id = {case['id']} AND seq = 1;")
    con.close()
    r = run("verify", "--db", str(db))
    assert r.returncode == 1
    assert f"{case['number']}: TAMPERED at entry 1" in r.stdout
    assert "1 tampered" in r.stdout


def test_review_reports_the_criteria(demo):
    db, case = demo
    r = run("review", "--db", str(db), "--case", case["number"], "--json")
    assert r.returncode in (0, 1), r.stderr
    out = json.loads(r.stdout)
    assert out["case"] == case["number"] and isinstance(out["grounds"], list)
    assert out["required"] == bool(out["grounds"])
    assert run("review", "--db", str(db), "--case", "nope").returncode == 2

"""The full-process record (行政处罚法 Art. 47) from Python: entries, the store's log, tampering."""
import hashlib
import sqlite3

import pytest

import zhifa
from casefixture import D, agency, evidence, lead


def video(on, step=zhifa.RecordStep.INSPECTION):
    return zhifa.RecordEntry(D(on), step, zhifa.RecordKind.VIDEO, "现场录像", ["O1", "O2"],
                             time="09:30", media_sha256=hashlib.sha256(b"v").hexdigest(),
                             media_ref="av://1.mp4")


@pytest.fixture
def stored(tmp_path):
    proc = zhifa.Procedure(agency(), zhifa.JurisdictionRules.example())
    path = str(tmp_path / "cases.db")
    store = zhifa.CaseStore(path)
    store.register_agency(agency())
    c = lead()
    proc.file(c, "O1", D("2026-03-03"))
    proc.investigate(c, ["O1", "O2"], D("2026-03-04"))
    proc.record(c, video("2026-03-04"))
    proc.add_evidence(c, evidence("2026-03-05"))
    store.add(c)
    return path, store, c


def test_entries_are_validated():
    proc = zhifa.Procedure(agency(), zhifa.JurisdictionRules.example())
    c = lead()
    bad = zhifa.RecordEntry(D("2026-03-04"), zhifa.RecordStep.SEIZURE, zhifa.RecordKind.VIDEO, "查封", ["O1"])
    assert "SHA-256" in zhifa.record_problem(bad)
    with pytest.raises(zhifa.ValidationError, match="SHA-256"):
        proc.record(c, bad)
    assert c.records == []


def test_store_log_verifies_and_signed_heads(stored):
    path, store, c = stored
    key = zhifa.SigningKey.generate()
    head = store.checkpoint_records(c.id, "2026-03-05T18:00:00Z", key)
    assert head.head.size == 2 and key.verifying_key.verify_head(head)
    assert store.verify_records(c.id, key=key.verifying_key)
    assert len(store.record_leaf_hashes(c.id)) == 2
    other = zhifa.SigningKey.generate()
    result = store.verify_records(c.id, key=other.verifying_key)
    assert not result and "does not verify" in result.reason


def test_tampering_is_found_at_its_position(stored):
    path, store, c = stored
    db = sqlite3.connect(path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        db.execute("UPDATE record_entries SET description = 'x' WHERE seq = 1")
    db.executescript("DROP TRIGGER record_entries_no_update;"
                     "UPDATE record_entries SET description = '改写' WHERE seq = 1;")
    db.close()
    result = zhifa.CaseStore(path).verify_records(c.id)
    assert not result.ok and result.first_bad == 1


def test_policy_gaps():
    c = lead()
    c.records = [zhifa.RecordEntry(D("2026-03-04"), zhifa.RecordStep.SEIZURE, zhifa.RecordKind.TEXT, "查封笔录", ["O1"])]
    gaps = zhifa.RecordingPolicy.builtin().gaps(c)
    assert [g.step for g in gaps] == [zhifa.RecordStep.SEIZURE]
    assert gaps[0].requirement == zhifa.AvRequirement.REQUIRED

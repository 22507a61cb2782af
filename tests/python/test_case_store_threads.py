"""A CaseStore shared by Python threads: calls release the GIL while the store works or waits
for SQLite's write lock, and take turns on the store's one connection. No assertion on durations:
progress is counted in loop iterations, which a loaded machine only makes slower."""
import sqlite3
import threading
import time

import zhifa


def synthetic_cases(n, seed):
    return [g.case for g in zhifa.SyntheticCaseGenerator(seed=seed).generate(n)]


def test_a_write_waiting_for_the_lock_lets_other_threads_run(tmp_path):
    db = tmp_path / "store.db"
    store = zhifa.CaseStore(db, busy_timeout_ms=30000)
    store.register_agency(zhifa.synthetic_agency())
    case = synthetic_cases(1, seed=5)[0]

    # Another connection holds the write lock, as another process writing would.
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    ticks = 0
    ticks_before_add = None
    outcome = {}

    def writer():
        nonlocal ticks_before_add
        ticks_before_add = ticks
        try:
            outcome["id"] = store.add(case)  # waits for the lock (busy timeout)
        except zhifa.Error as e:
            outcome["error"] = e

    b = threading.Thread(target=writer)
    b.start()
    # This thread keeps running Python while B waits. Were the GIL held during the wait, it could
    # not tick at all after B's call began: B would time out first (and fail).
    while b.is_alive() and (ticks_before_add is None or ticks - ticks_before_add < 50):
        ticks += 1
        time.sleep(0.001)
    still_waiting = b.is_alive() and not outcome
    holder.execute("ROLLBACK")
    holder.close()
    b.join()
    assert still_waiting, outcome
    assert ticks - ticks_before_add >= 50
    # With the lock released, B's write went through.
    assert outcome == {"id": case.id} and case.id > 0
    assert store.count() == 1 and store.get(case.id) == case


def test_threads_sharing_one_store_take_turns(tmp_path):
    store = zhifa.CaseStore(tmp_path / "shared.db")
    store.register_agency(zhifa.synthetic_agency())
    cases = synthetic_cases(120, seed=11)
    errors = []
    seen = []

    def add(part):
        try:
            for c in part:
                store.add(c)
                seen.append(store.count())  # reads between the other thread's writes
                store.get(c.id)
        except Exception as e:  # noqa: BLE001 - any error fails the test below
            errors.append(e)

    threads = [threading.Thread(target=add, args=(cases[i::2],)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count() == 120 and len(seen) == 120
    assert sorted(c.id for c in cases) == list(range(1, 121))
    numbers = [c.number for c in cases if c.number]
    assert len(set(numbers)) == len(numbers)  # case numbers allocated once each


def test_a_callback_may_use_the_store_it_is_called_from(tmp_path):
    source = zhifa.CaseStore(":memory:")
    source.register_agency(zhifa.synthetic_agency())
    source.add_all(synthetic_cases(30, seed=2))
    path = tmp_path / "cases.jsonl"
    source.export_jsonl(path)
    store = zhifa.CaseStore(tmp_path / "copy.db")
    store.register_agency(zhifa.synthetic_agency())
    counts = []
    # The progress callback runs with the GIL taken back, on the thread that holds the store's
    # lock: it may call the same store again (no deadlock on the lock).
    report = store.import_jsonl(path, batch_size=10, progress=lambda lines: counts.append(store.count()))
    assert report.imported == 30 and counts == [30]

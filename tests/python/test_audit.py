"""The case-file audit from Python: one case, batches over an iterable, the store path, reviewer
findings, reports, and the Dask distributed path against the local one."""
import datetime as dt
import shutil
import subprocess
import threading

import pytest

import zhifa

D = dt.date.fromisoformat
AS_OF = D("2026-12-31")


def synthetic(n, defect_percent=30):
    gen = zhifa.SyntheticCaseGenerator(seed=7, defect_percent=defect_percent)
    return gen.generate(n)


@pytest.fixture(scope="module")
def context():
    return zhifa.AuditContext(AS_OF, [zhifa.synthetic_agency()])


def test_one_case_names_the_injected_defect_and_its_article(context):
    found = {}
    for s in synthetic(200):
        r = zhifa.audit_case(s.case, context)
        for f in r.findings:
            found.setdefault(f.code, f)
    f = found["service_late"]
    assert f.article == "行政处罚法 Art. 61" and f.deduction == 5 and "Art. 61" in f.message
    assert found["fewer_than_two_officers"].veto
    assert found["notice_missing"].article == "行政处罚法 Art. 44, 62"


def test_standard_grade_bands_are_inclusive():
    s = zhifa.Standard.builtin()
    assert [s.grade(x) for x in (90, 89.99, 80, 79, 60, 59.99)] == ["优秀", "良好", "良好", "合格",
                                                                  "合格", "不合格"]
    assert s.version == "2025.1" and s.form_points == 20 and s.content_points == 80
    assert s.item("C8").checks == ["service"]


def test_batch_over_an_iterable_equals_one_by_one_with_progress_on_this_thread(context):
    cases = [s.case for s in synthetic(300)]
    calls = []
    me = threading.get_ident()

    def progress(done, total):
        assert threading.get_ident() == me
        calls.append((done, total))

    batch = zhifa.audit_cases(iter(cases), context, threads=2, progress=progress, total=300)
    assert batch == [zhifa.audit_case(c, context) for c in cases]
    assert calls[-1] == (300, 300)


def test_a_failing_progress_callback_stops_the_batch(context):
    def progress(done, total):
        raise KeyError("stop")

    with pytest.raises(KeyError):
        zhifa.audit_cases([s.case for s in synthetic(600)], context, progress=progress)


def test_store_run_results_report_and_reviewer(tmp_path, context):
    store = zhifa.CaseStore(tmp_path / "a.db")
    store.register_agency(zhifa.synthetic_agency())
    store.add_all([s.case for s in synthetic(400)])
    run = zhifa.audit_store(store, context, threads=2, status="archived", note="archived",
                            timestamp=lambda: "2027-01-05T10:00:00")
    assert run.cases == store.count(status="archived")
    assert store.audit_run(run.id).standard_version == "2025.1"
    results = store.audit_results(run.id)
    assert results == [zhifa.audit_case(c, context) for c in store.iter_cases(status="archived")]
    report = zhifa.audit_report(results, zhifa.Standard.builtin(), context)
    assert report.files == run.cases and sum(n for _, n in report.grades) == run.cases
    assert "<svg" in report.html() and "<script" not in report.html()
    clean = next(r for r in results if not r.findings)
    failed = zhifa.add_reviewer_finding(
        clean, zhifa.Standard.builtin(),
        zhifa.ReviewerFinding("V6", "wrong_characterisation", "评查员甲", "定性错误"))
    assert failed.total == 0 and failed.grade == "不合格" and clean.total == 100


def test_results_pickle_and_round_trip_json(context):
    import pickle
    r = zhifa.audit_case(synthetic(1)[0].case, context)
    assert pickle.loads(pickle.dumps(r)) == r
    assert zhifa.AuditResult.from_json(r.to_json()) == r


def test_dask_local_cluster_of_two_processes_equals_the_local_path(tmp_path, context):
    distributed = pytest.importorskip("distributed")
    import zhifa.dask

    db = str(tmp_path / "d.db")
    store = zhifa.CaseStore(db)
    store.register_agency(zhifa.synthetic_agency())
    store.add_all([s.case for s in synthetic(240)])
    jsonl = tmp_path / "cases.jsonl"
    store.export_jsonl(jsonl)
    half = jsonl.read_text(encoding="utf-8").splitlines(keepends=True)
    parts = [tmp_path / "p1.jsonl", tmp_path / "p2.jsonl"]
    parts[0].write_text("".join(half[:100]), encoding="utf-8")
    parts[1].write_text("".join(half[100:]), encoding="utf-8")
    local = zhifa.audit_cases(store.iter_cases(), context)
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        assert len(client.scheduler_info()["workers"]) == 2
        assert zhifa.dask.audit_store(client, db, AS_OF, partitions=5) == local
        assert zhifa.dask.audit_jsonl(client, [str(p) for p in parts], AS_OF) == local

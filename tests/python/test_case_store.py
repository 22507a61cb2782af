"""The case store from Python: add, update with optimistic concurrency, filters, JSON Lines,
deadlines, dicts and DataFrames."""
import datetime as dt
import json

import pytest

import zhifa
from casefixture import D, agency, lead


@pytest.fixture
def store():
    s = zhifa.CaseStore(":memory:")
    s.register_agency(zhifa.synthetic_agency())
    s.add_all([g.case for g in zhifa.SyntheticCaseGenerator(seed=3).generate(60)])
    return s


def test_add_get_and_number_allocation():
    s = zhifa.CaseStore(":memory:")
    s.register_agency(agency())
    proc = zhifa.Procedure(agency(), zhifa.JurisdictionRules.example())
    c = lead()
    proc.file(c, "O1", D("2026-03-03"))
    case_id = s.add(c)
    assert c.id == case_id and c.version == 1 and c.number == "大发改罚〔2026〕1号"
    assert s.get(case_id) == c
    with pytest.raises(zhifa.NotFoundError):
        s.get(999)


def test_stale_update_is_a_conflict(store):
    a, b = store.get(1), store.get(1)
    a.title = "first"
    store.update(a)
    b.title = "second"
    with pytest.raises(zhifa.ConflictError, match="changed by someone else"):
        store.update(b)
    assert store.get(1).title == "first"


def test_filters_and_fulltext(store):
    assert store.count() == 60
    archived = store.list(status=zhifa.CaseStatus.ARCHIVED)
    assert archived and all(r.status == zhifa.CaseStatus.ARCHIVED for r in archived)
    assert store.count(status="archived") == len(archived)  # the JSON name works too
    with pytest.raises(zhifa.ValidationError, match="unknown case status 'sleeping'"):
        store.list(status="sleeping")
    first = store.list(limit=1)[0]
    assert store.list(party=first.party_identifier)[0].party_identifier == first.party_identifier
    for row in store.list(text="招标投标"):
        assert "招标投标" in store.get(row.id).facts
    with pytest.raises(TypeError, match="unknown filter 'colour'"):
        store.list(colour="red")
    assert len(list(store.iter_cases(limit=5))) == 5


def test_jsonl_round_trip_and_bad_line(store, tmp_path):
    path = tmp_path / "cases.jsonl"
    assert store.export_jsonl(path) == 60
    other = zhifa.CaseStore(tmp_path / "copy.db")
    other.register_agency(zhifa.synthetic_agency())
    seen = []
    report = other.import_jsonl(path, progress=seen.append)
    assert report.imported == 60 and seen[-1] == 60
    assert all(other.get(i) == store.get(i) for i in store.ids())
    bad = tmp_path / "bad.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    record["status"] = "dreaming"
    bad.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    fresh = zhifa.CaseStore(":memory:")
    with pytest.raises(zhifa.ValidationError, match="line 1: .*unknown case status 'dreaming'"):
        fresh.import_jsonl(bad)
    assert fresh.count() == 0


def test_deadlines_dicts_and_dataframe(store):
    pending = store.deadlines(dt.date(2025, 12, 31))
    assert all(p.deadline.state in (zhifa.DeadlineState.OPEN, zhifa.DeadlineState.OVERDUE) for p in pending)
    rows = [r.to_dict() for r in store.list(limit=3)]
    assert set(rows[0]) >= {"id", "number", "status", "total_fine_fen"}
    case_dict = store.get(1).to_dict()
    assert case_dict["format"] == "zhifa-case" and case_dict["id"] == 1
    pandas = pytest.importorskip("pandas")
    frame = zhifa.to_dataframe(store.list())
    assert isinstance(frame, pandas.DataFrame) and len(frame) == 60


def test_generator_is_deterministic():
    a = [g.case.to_json() for g in zhifa.SyntheticCaseGenerator(seed=9).generate(20)]
    b = [g.case.to_json() for g in zhifa.SyntheticCaseGenerator(seed=9).generate(20)]
    assert a == b
    gen = zhifa.SyntheticCaseGenerator(seed=9, defect_percent=100, open_percent=0, simple_percent=0)
    assert all(g.defects for g in gen.generate(20))


def test_agencies_keep_their_powers_and_officers(tmp_path):
    a = zhifa.synthetic_agency()
    text = a.to_json()
    b = zhifa.Agency.from_json(text)
    assert b.to_json() == text
    assert [p.code for p in b.powers] == [p.code for p in a.powers]
    s = zhifa.CaseStore(str(tmp_path / "cases.db"))
    s.register_agency(a)
    stored = s.agencies()
    assert len(stored) == 1 and stored[0].to_json() == text
    assert stored[0].officer(a.officers[0].id).certified_on(dt.date(2025, 6, 1), a.code) == \
        a.officers[0].certified_on(dt.date(2025, 6, 1), a.code)
    with pytest.raises(zhifa.DataFileError, match=r"agency.json: \$: missing \"case_prefix\""):
        zhifa.Agency.from_json('{"format": "zhifa-agency", "version": 1, "code": "X", '
                               '"name": "n"}', "agency.json")


def test_ids_page_by_key_and_get_many_reads_them(store):
    pages, after = [], 0
    while True:
        page = store.ids(after_id=after, limit=25)
        if not page:
            break
        pages.append(page)
        after = page[-1]
    assert [len(p) for p in pages] == [25, 25, 10]
    assert sum(pages, []) == store.ids() == [s.id for s in store.list()]
    cases = store.get_many([pages[1][3], pages[0][0], 10**9, pages[0][0]])
    assert [c.id for c in cases] == [pages[0][0], pages[1][3]]  # id order, once, missing left out
    assert cases[1] == store.get(pages[1][3])
    # A range of ids: after_id excluded, up_to_id included.
    ids = store.ids()
    assert store.ids(after_id=ids[4], up_to_id=ids[9]) == ids[5:10]
    assert store.count(up_to_id=ids[2]) == 3
    assert store.id_span() == (ids[0], ids[-1])
    assert store.id_span(after_id=ids[4], up_to_id=ids[9]) == (ids[5], ids[9])
    assert store.id_span(agency_code="NO-SUCH") is None
    with pytest.raises(TypeError, match="after_id, up_to_id, limit, offset"):
        store.ids(after=3)


def test_create_false_refuses_a_missing_file(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(zhifa.StorageError):
        zhifa.CaseStore(path, create=False)
    assert not path.exists()
    zhifa.CaseStore(path).register_agency(zhifa.synthetic_agency())
    assert zhifa.CaseStore(path, create=False).count() == 0

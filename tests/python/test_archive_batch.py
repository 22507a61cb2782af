"""Folders of electronic case files from Python (archive_batch.hpp): export a store to a folder,
list it, import it into another store, audit it without a store, and the errors naming the file."""
import datetime as dt
import json
import threading

import pytest

import zhifa

AS_OF = dt.date(2026, 12, 31)
N = 12  # more than 9, so that name order (case-1, case-10, ...) differs from id order


@pytest.fixture()
def store(tmp_path):
    s = zhifa.CaseStore(tmp_path / "source.db")
    s.register_agency(zhifa.synthetic_agency())
    gen = zhifa.SyntheticCaseGenerator(seed=23, defect_percent=40)
    s.add_all([g.case for g in gen.generate(N)])
    return s


@pytest.fixture(scope="module")
def context():
    return zhifa.AuditContext(AS_OF, [zhifa.synthetic_agency()])


def fresh_store(path):
    s = zhifa.CaseStore(path)
    s.register_agency(zhifa.synthetic_agency())
    return s


def content(case):
    """The case's JSON without what the store assigns (id, version)."""
    d = json.loads(case.to_json())
    d.pop("id")
    d.pop("version")
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def test_file_name_is_case_id_zcf():
    assert zhifa.archive_file_name(7) == "case-7.zcf"
    assert zhifa.archive_file_name(1234567890123) == "case-1234567890123.zcf"


def test_export_writes_one_named_file_per_case_and_lists_them_in_name_order(tmp_path, store):
    out = tmp_path / "files" / "nested"  # created with its parent
    assert zhifa.export_archives(store, out) == N
    (out / "notes.txt").write_text("not a case file")
    (out / "sub.zcf").mkdir()  # a folder, not a file
    files = zhifa.archive_files(out)
    names = ["case-%d.zcf" % i for i in store.ids()]
    assert files == [str(out / n) for n in sorted(names)]
    assert files[:3] == [str(out / "case-1.zcf"), str(out / "case-10.zcf"), str(out / "case-11.zcf")]
    for path in files:
        case_id = int(path.rsplit("case-", 1)[1][:-4])
        assert zhifa.import_archive(path) == store.get(case_id)


def test_export_takes_the_store_filters_and_the_xml_form(tmp_path, store):
    archived = store.ids(status="archived")
    assert 0 < len(archived) < N, "the sample must hold archived and other cases"
    out = tmp_path / "archived"
    assert zhifa.export_archives(store, out, form="xml", status="archived") == len(archived)
    assert [p.rsplit("/", 1)[1] for p in zhifa.archive_files(out)] == sorted(
        zhifa.archive_file_name(i) for i in archived)
    assert zhifa.export_archives(store, tmp_path / "two", limit=2) == 2
    with pytest.raises(zhifa.ValidationError, match="json"):
        zhifa.export_archives(store, tmp_path / "x", form="json")
    with pytest.raises(TypeError, match="colour"):
        zhifa.export_archives(store, tmp_path / "x", colour="red")


def test_import_into_a_fresh_store_keeps_numbers_and_content_with_new_ids(tmp_path, store):
    out = tmp_path / "files"
    zhifa.export_archives(store, out)
    target = fresh_store(tmp_path / "target.db")
    assert zhifa.import_archives(target, out) == N
    assert target.count() == N
    originals = [store.get(i) for i in store.ids()]
    imported = [target.get(i) for i in target.ids()]
    assert sorted(c.number for c in imported) == sorted(c.number for c in originals)
    assert sorted(content(c) for c in imported) == sorted(content(c) for c in originals)
    # The store numbered the new cases in file order: case-1, case-10, case-11, ... so the case
    # that was id 10 is now id 2.
    by_content = {content(c): c.id for c in originals}
    new_to_old = {c.id: by_content[content(c)] for c in imported}
    assert new_to_old[1] == 1 and new_to_old[2] == 10 and new_to_old[N] == 9
    # The record came along and still verifies in the new store.
    for c in imported:
        assert target.verify_records(c.id).ok


def test_signed_folder_imports_only_with_the_right_key(tmp_path, store, source_dir):
    key = zhifa.SigningKey.from_pem_file(source_dir / "tests/data/merkle/test_signing_key.pem")
    signed = tmp_path / "signed"
    zhifa.export_archives(store, signed, key=key, limit=3)
    target = fresh_store(tmp_path / "t.db")
    assert zhifa.import_archives(target, signed, key=key.verifying_key) == 3
    with pytest.raises(zhifa.ArchiveError, match="not by the given key"):
        zhifa.import_archives(fresh_store(tmp_path / "u.db"), signed,
                              key=zhifa.SigningKey.generate().verifying_key)
    unsigned = tmp_path / "unsigned"
    zhifa.export_archives(store, unsigned, limit=1)
    with pytest.raises(zhifa.ArchiveError, match="not signed"):
        zhifa.import_archives(fresh_store(tmp_path / "v.db"), unsigned, key=key.verifying_key)


def test_audit_archives_equals_audit_cases_on_the_same_cases(tmp_path, store, context):
    out = tmp_path / "files"
    zhifa.export_archives(store, out)
    in_file_order = [store.get(int(p.rsplit("case-", 1)[1][:-4])) for p in zhifa.archive_files(out)]
    expected = zhifa.audit_cases(in_file_order, context)
    assert any(r.findings for r in expected), "the sample must have defects to find"
    calls = []
    me = threading.get_ident()

    def progress(done, total):
        assert threading.get_ident() == me
        calls.append((done, total))

    got = zhifa.audit_archives(out, context, threads=2, progress=progress)
    assert got == expected
    assert [r.case_id for r in got] == [c.id for c in in_file_order]
    assert calls[-1] == (N, N)
    assert zhifa.audit_archives(out, context, standard=zhifa.Standard.builtin(),
                                threads=1) == expected


def test_a_bad_file_is_an_archive_error_naming_it_and_nothing_is_imported(tmp_path, store,
                                                                         context):
    out = tmp_path / "files"
    zhifa.export_archives(store, out)
    bad = out / "case-5.zcf"
    data = bytearray(bad.read_bytes())
    data[-10] ^= 1  # a payload byte: the hash no longer matches
    bad.write_bytes(bytes(data))
    target = fresh_store(tmp_path / "target.db")
    with pytest.raises(zhifa.ArchiveError) as e:
        zhifa.import_archives(target, out)
    assert str(bad) in str(e.value) and "SHA-256" in str(e.value)
    assert target.count() == 0  # all or none
    with pytest.raises(zhifa.ArchiveError) as e:
        zhifa.audit_archives(out, context)
    assert str(bad) in str(e.value)
    bad.write_bytes(b"junk")
    with pytest.raises(zhifa.ArchiveError, match="case-5.zcf"):
        zhifa.import_archives(target, out)
    missing = tmp_path / "missing"
    for call in (lambda: zhifa.archive_files(missing),
                 lambda: zhifa.import_archives(target, missing),
                 lambda: zhifa.audit_archives(missing, context)):
        with pytest.raises(zhifa.ArchiveError, match="missing"):
            call()

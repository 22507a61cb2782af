"""Electronic case files from Python: export/import, pickling through the archive, the CLI."""
import os
import pickle
import subprocess

import pytest

import zhifa

CLI = os.environ.get("ZHIFA_CLI")


def cases(n=8, seed=11):
    return [g.case for g in zhifa.SyntheticCaseGenerator(seed=seed).generate(n)]


@pytest.mark.parametrize("form", ["binary", "xml"])
def test_round_trip_is_exact(tmp_path, form):
    for i, c in enumerate(cases()):
        path = tmp_path / f"c{i}.zcf"
        zhifa.export_archive(c, path, form=form)
        assert zhifa.import_archive(path) == c


def test_signed_file_needs_the_right_key(tmp_path, source_dir):
    key = zhifa.SigningKey.from_pem_file(source_dir / "tests/data/merkle/test_signing_key.pem")
    c = cases(1)[0]
    zhifa.export_archive(c, tmp_path / "s.zcf", key=key)
    assert zhifa.import_archive(tmp_path / "s.zcf", key=key.verifying_key) == c
    other = zhifa.SigningKey.generate().verifying_key
    with pytest.raises(zhifa.ArchiveError, match="not by the given key"):
        zhifa.import_archive(tmp_path / "s.zcf", key=other)
    zhifa.export_archive(c, tmp_path / "u.zcf")
    with pytest.raises(zhifa.ArchiveError, match="not signed"):
        zhifa.import_archive(tmp_path / "u.zcf", key=key.verifying_key)


def test_corrupt_files_raise_archive_error(tmp_path):
    path = tmp_path / "c.zcf"
    zhifa.export_archive(cases(1)[0], path)
    data = path.read_bytes()
    for bad in (data[:-1], data + b"x", b"XX" + data[2:], data[:140] + bytes([data[140] ^ 1]) + data[141:]):
        path.write_bytes(bad)
        with pytest.raises(zhifa.ArchiveError):
            zhifa.import_archive(path)
    assert issubclass(zhifa.ArchiveError, zhifa.Error)
    with pytest.raises(zhifa.ArchiveError):
        zhifa.import_archive(tmp_path / "missing.zcf")
    with pytest.raises(zhifa.ValidationError):
        zhifa.export_archive(cases(1)[0], path, form="json")


def test_pickle_goes_through_the_archive_and_is_exact():
    for c in cases(20, seed=5):
        state = c.__getstate__()
        assert isinstance(state, bytes) and state.startswith(b"\x89ZHIFA\r\n")
        assert pickle.loads(pickle.dumps(c)) == c
    with pytest.raises(zhifa.ArchiveError):
        zhifa.Case.__new__(zhifa.Case).__setstate__(b"junk")


def test_baselines_load(source_dir):
    folder = source_dir / "tests/data/archive/v1"
    for name in ("case-0", "case-1", "case-2"):
        expected = zhifa.Case.from_json((folder / f"{name}.json").read_text().strip())
        for ext in (".bin.zcf", ".xml.zcf"):
            assert zhifa.import_archive(folder / f"{name}{ext}") == expected


@pytest.mark.skipif(not CLI, reason="the CLI is not built (ZHIFA_CLI unset)")
def test_cli_export_import_inspect(tmp_path, source_dir):
    def run(*args):
        return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)

    db = tmp_path / "a.db"
    store = zhifa.CaseStore(str(db))
    store.register_agency(zhifa.synthetic_agency())
    store.add_all(cases(5))
    del store
    priv = source_dir / "tests/data/merkle/test_signing_key.pem"
    pub = source_dir / "tests/data/merkle/test_verifying_key.pem"
    out = tmp_path / "files"
    r = run("archive", "export", "--db", str(db), "--out", str(out), "--form", "xml", "--key", str(priv))
    assert r.returncode == 0, r.stderr
    files = sorted(out.glob("*.zcf"))
    assert len(files) == 5
    r = run("archive", "inspect", str(files[0]), "--key", str(pub))
    assert r.returncode == 0 and "verifies" in r.stdout, r.stdout + r.stderr
    data = bytearray(files[0].read_bytes())
    data[-30] ^= 1
    files[0].write_bytes(bytes(data))
    r = run("archive", "inspect", str(files[0]))
    assert r.returncode == 1 and "DOES NOT MATCH" in r.stdout
    r = run("archive", "import", str(out), "--db", str(tmp_path / "b.db"), "--key", str(pub))
    assert r.returncode == 2 and "SHA-256" in r.stderr
    files[0].unlink()
    r = run("archive", "import", str(out), "--db", str(tmp_path / "b.db"), "--key", str(pub))
    assert r.returncode == 0, r.stderr
    assert zhifa.CaseStore(str(tmp_path / "b.db")).count() == 4

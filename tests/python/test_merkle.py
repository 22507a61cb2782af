"""The Merkle log and signed tree heads of the full-process record (Administrative Penalty Law
Art. 47) from Python: same RFC 9162 vectors, hashes as bytes, the golden files, Ed25519 heads."""
import hashlib
import json

import pytest

import zhifa
from zhifa import MerkleLog, SignedTreeHead, SigningKey, TreeHead, VerifyingKey

# RFC 6962 reference tree (google/certificate-transparency cpp/merkletree/merkle_tree_test.cc).
INPUTS = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
          "606162636465666768696a6b6c6d6e6f"]
ROOT_8 = "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
ROOT_6 = "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef"


@pytest.fixture()
def log():
    log = MerkleLog()
    for x in INPUTS:
        log.append_leaf(bytes.fromhex(x))
    return log


def test_hashes_are_bytes_with_domain_separation():
    assert zhifa.sha256(b"abc") == hashlib.sha256(b"abc").digest()
    assert zhifa.empty_root() == hashlib.sha256(b"").digest()
    assert zhifa.leaf_hash(b"x") == hashlib.sha256(b"\x00x").digest()
    l, r = zhifa.leaf_hash(b"a"), zhifa.leaf_hash(b"b")
    assert zhifa.node_hash(l, r) == hashlib.sha256(b"\x01" + l + r).digest()
    assert zhifa.to_hex(zhifa.hash_from_hex(ROOT_8)) == ROOT_8
    with pytest.raises(zhifa.ValidationError, match="expected 64 hex digits"):
        zhifa.hash_from_hex("abc")
    with pytest.raises(ValueError, match="32 bytes, got 3"):
        zhifa.to_hex(b"abc")


def test_reference_roots_and_a_proof_round_trip(log):
    assert len(log) == log.size == 8
    assert log.root().hex() == ROOT_8
    assert log.root_at(6).hex() == ROOT_6
    assert zhifa.root_of([log.leaf_hash_at(i) for i in range(8)]) == log.root()
    proof = log.inclusion_proof(5, 8)
    assert [p.hex() for p in proof] == [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]
    leaf = zhifa.leaf_hash(bytes.fromhex(INPUTS[5]))
    assert zhifa.verify_inclusion(leaf, 5, 8, proof, log.root())
    consistency = log.consistency_proof(6, 8)
    assert zhifa.verify_consistency(6, 8, log.root_at(6), log.root(), consistency)
    with pytest.raises(zhifa.ValidationError, match="leaf index 8 in a tree of 8"):
        log.inclusion_proof(8, 8)


def test_mutated_proofs_fail_and_never_raise(log):
    leaf, root = log.leaf_hash_at(2), log.root()
    proof = log.inclusion_proof(2, 8)
    for i in range(len(proof)):
        bad = list(proof)
        bad[i] = bytes([bad[i][0] ^ 1]) + bad[i][1:]
        assert not zhifa.verify_inclusion(leaf, 2, 8, bad, root)
    assert not zhifa.verify_inclusion(leaf, 3, 8, proof, root)
    assert not zhifa.verify_inclusion(leaf, 2, 16, proof, root)
    assert not zhifa.verify_inclusion(leaf, 2, 8, proof[:-1], root)
    assert not zhifa.verify_inclusion(leaf, 2, 8, proof + [root], root)
    assert not zhifa.verify_inclusion(leaf, 2, 8, proof, zhifa.empty_root())
    assert not zhifa.verify_inclusion(leaf, 2, 8, [p[:31] for p in proof], root)  # not 32 bytes
    c = log.consistency_proof(3, 8)
    assert not zhifa.verify_consistency(3, 8, log.root_at(3), root, c[:-1])
    assert not zhifa.verify_consistency(3, 8, root, log.root_at(3), c)
    assert not zhifa.verify_consistency(8, 3, log.root_at(3), root, c)


def test_golden_files_verify(source_dir):
    base = source_dir / "tests" / "data" / "merkle"
    h = bytes.fromhex
    inclusion = json.loads((base / "inclusion.json").read_text(encoding="utf-8"))["cases"]
    for c in inclusion:
        got = zhifa.verify_inclusion(h(c["leaf_hash"]), c["leaf_index"], c["tree_size"],
                                     [h(p) for p in c["proof"]], h(c["root"]))
        assert got == c["expect"], c
    consistency = json.loads((base / "consistency.json").read_text(encoding="utf-8"))["cases"]
    for c in consistency:
        got = zhifa.verify_consistency(c["size1"], c["size2"], h(c["root1"]), h(c["root2"]),
                                       [h(p) for p in c["proof"]])
        assert got == c["expect"], c
    assert sum(c["expect"] for c in inclusion + consistency) > 90
    assert sum(not c["expect"] for c in inclusion + consistency) > 600


def test_sign_and_verify_with_the_right_key_only(log):
    key, other = SigningKey.generate(), SigningKey.generate()
    head = TreeHead(log.size, log.root(), "2025-03-04T09:30:00Z")
    assert head.encode() == f"zhifa tree head v1\n8\n{ROOT_8}\n2025-03-04T09:30:00Z\n".encode()
    sth = key.sign_head(head)
    assert sth.key_id == key.key_id and len(sth.signature) == 128
    assert key.verifying_key.verify_head(sth)
    assert not other.verifying_key.verify_head(sth)
    forged = other.sign_head(head)
    forged.key_id = key.key_id
    assert not key.verifying_key.verify_head(forged)
    for change in (lambda s: setattr(s.head, "size", 9),
                   lambda s: setattr(s.head, "root", log.root_at(7)),
                   lambda s: setattr(s.head, "timestamp", "2025-03-04T09:30:01Z"),
                   lambda s: setattr(s, "signature", s.signature[:-1] + "0")):
        s = SignedTreeHead(TreeHead(head.size, head.root, head.timestamp), sth.key_id,
                           sth.signature)
        assert key.verifying_key.verify_head(s)
        change(s)
        if s.signature != sth.signature or s.head != head:
            assert not key.verifying_key.verify_head(s)
    public = VerifyingKey.from_pem(key.public_pem())
    assert public.key_id == key.key_id and public.verify_head(sth)
    again = SigningKey.from_pem(key.private_pem())
    assert again.sign_head(head) == sth
    assert "PRIVATE" not in repr(key) and key.key_id in repr(key)
    with pytest.raises(zhifa.ValidationError, match="timestamp"):
        key.sign_head(TreeHead(8, log.root(), "2025-03-04 09:30"))
    with pytest.raises(zhifa.ValidationError, match="not a PEM"):
        VerifyingKey.from_pem("garbage")


def test_fixed_test_key_gives_the_golden_signature(source_dir):
    base = source_dir / "tests" / "data" / "merkle"
    doc = json.loads((base / "signed_head.json").read_text(encoding="utf-8"))
    key = SigningKey.from_pem_file(base / doc["key_file"])
    public = VerifyingKey.from_pem_file(base / "test_verifying_key.pem")
    assert key.key_id == public.key_id == doc["key_id"]
    first = doc["cases"][0]
    head = TreeHead(first["size"], bytes.fromhex(first["root"]), first["timestamp"])
    assert key.sign_head(head).signature == first["signature"]
    for c in doc["cases"]:
        s = SignedTreeHead(TreeHead(c["size"], bytes.fromhex(c["root"]), c["timestamp"]),
                           c["key_id"], c["signature"])
        assert public.verify_head(s) == c["expect"], c["desc"]
    with pytest.raises(zhifa.DataFileError, match="no-such-key.pem"):
        SigningKey.from_pem_file(base / "no-such-key.pem")


def test_integrity_error_is_a_zhifa_error():
    assert issubclass(zhifa.IntegrityError, zhifa.Error)
    assert not issubclass(zhifa.IntegrityError, ValueError)

#!/usr/bin/env python3
"""Generates the Merkle golden vectors in this directory (format: docs/merkle.md).

An independent implementation: only Python's hashlib and the `cryptography` package
(Debian: python3-cryptography), written straight from the recursive definitions of RFC 9162
§2.1 (MTH, PATH, PROOF), not from zhifa's code. It first checks itself against the RFC 6962
reference values of Google's certificate-transparency test suite, then writes

    tree.json          leaves (hex), their leaf hashes, and the root of every prefix
    inclusion.json     inclusion proofs, valid ("expect": true) and mutated ("expect": false)
    consistency.json   consistency proofs, likewise
    signed_head.json   tree heads signed with test_signing_key.pem, valid and altered
    test_verifying_key.pem   the public half of test_signing_key.pem

test_signing_key.pem is a throw-away key made for these tests (`openssl genpkey -algorithm
ed25519`); it signs nothing else. Ed25519 is deterministic, so the output is reproducible.

Run from anywhere:  /usr/bin/python3 tests/data/merkle/generate.py
The files are checked in; tests/cpp/merkle_test.cpp and tests/python/test_merkle.py read them.
"""
import hashlib
import json
import pathlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

HERE = pathlib.Path(__file__).resolve().parent

# Leaves 0-7: the RFC 6962 reference inputs of certificate-transparency
# (cpp/merkletree/merkle_tree_test.cc, kInputs); further leaves are zhifa's own.
REFERENCE_LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                    "606162636465666768696a6b6c6d6e6f"]
# Their roots for sizes 1..8 (same file, kSHA256Roots).
REFERENCE_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]
TOTAL_LEAVES = 21
# Every (index, size) and (size1, size2) of the 8-leaf reference tree, plus a few of the 21-leaf
# tree (deeper, with an incomplete right edge).
INCLUSION_PAIRS = [(i, n) for n in range(1, 9) for i in range(n)] + \
                  [(i, 21) for i in (0, 5, 8, 13, 16, 20)]
CONSISTENCY_PAIRS = [(m, n) for n in range(0, 9) for m in range(0, n + 1)] + \
                    [(m, 21) for m in (1, 7, 8, 13, 20, 21)]
# The valid proofs of these tree sizes also get their mutated variants (the C++ property test
# mutates every proof up to size 70; these are the sample another implementation checks).
MUTATED_SIZES = (1, 3, 6, 8, 21)


def sha256(b):
    return hashlib.sha256(b).digest()


def leaf_hash(data):
    return sha256(b"\x00" + data)


def node_hash(left, right):
    return sha256(b"\x01" + left + right)


def split(n):
    """The largest power of two smaller than n (n >= 2)."""
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(hashes):
    """MTH of RFC 9162 §2.1.1, over leaf hashes."""
    if not hashes:
        return sha256(b"")
    if len(hashes) == 1:
        return hashes[0]
    k = split(len(hashes))
    return node_hash(mth(hashes[:k]), mth(hashes[k:]))


def path(m, hashes):
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1."""
    if len(hashes) <= 1:
        return []
    k = split(len(hashes))
    if m < k:
        return path(m, hashes[:k]) + [mth(hashes[k:])]
    return path(m - k, hashes[k:]) + [mth(hashes[:k])]


def subproof(m, hashes, whole):
    """SUBPROOF(m, D[n], b) of RFC 9162 §2.1.4.1."""
    n = len(hashes)
    if m == n:
        return [] if whole else [mth(hashes)]
    k = split(n)
    if m <= k:
        return subproof(m, hashes[:k], whole) + [mth(hashes[k:])]
    return subproof(m - k, hashes[k:], False) + [mth(hashes[:k])]


def proof(m, hashes):
    return [] if m == 0 or m == len(hashes) else subproof(m, hashes, True)


# ---- a verifier by recursion over the same definitions, used to label every mutation ----------

def root_from_path(index, size, leaf, proof_):
    """The root that PATH `proof_` implies, or None when its shape does not fit (index, size)."""
    if size == 1:
        return leaf if not proof_ else None
    if not proof_:
        return None
    k = split(size)
    last, rest = proof_[-1], proof_[:-1]
    if index < k:
        sub = root_from_path(index, k, leaf, rest)
        return None if sub is None else node_hash(sub, last)
    sub = root_from_path(index - k, size - k, leaf, rest)
    return None if sub is None else node_hash(last, sub)


def check_inclusion(index, size, leaf, proof_, root):
    if not 0 <= index < size:
        return False
    return root_from_path(index, size, leaf, proof_) == root


def roots_from_subproof(m, n, whole, root1, proof_):
    """(old root, new root, unused proof prefix) implied by SUBPROOF, or None on a bad shape."""
    if m == n:
        if whole:
            return root1, root1, proof_
        if not proof_:
            return None
        return proof_[-1], proof_[-1], proof_[:-1]
    if not proof_:
        return None
    k = split(n)
    last, rest = proof_[-1], proof_[:-1]
    if m <= k:
        sub = roots_from_subproof(m, k, whole, root1, rest)
        return None if sub is None else (sub[0], node_hash(sub[1], last), sub[2])
    sub = roots_from_subproof(m - k, n - k, False, root1, rest)
    return None if sub is None else (node_hash(last, sub[0]), node_hash(last, sub[1]), sub[2])


def check_consistency(size1, size2, root1, root2, proof_):
    if size1 < 0 or size2 < 0 or size1 > size2:
        return False
    if size1 == 0:
        return not proof_ and root1 == sha256(b"") and (size2 > 0 or root2 == root1)
    if size1 == size2:
        return not proof_ and root1 == root2
    r = roots_from_subproof(size1, size2, True, root1, proof_)
    return r is not None and not r[2] and r[0] == root1 and r[1] == root2


# ---- the vectors ------------------------------------------------------------------------------

def hx(b):
    return b.hex()


def flip(h, bit):
    b = bytearray(h)
    b[bit // 8 % 32] ^= 1 << (bit % 8)
    return bytes(b)


def inclusion_cases(hashes):
    cases = []
    garbage = bytes(32)
    for index, size in INCLUSION_PAIRS:
        root = mth(hashes[:size])
        p = path(index, hashes[:size])
        leaf = hashes[index]
        good = dict(index=index, size=size, leaf=leaf, proof=p, root=root)
        cases.append(("valid", good))
        if size not in MUTATED_SIZES:
            continue
        bad = [
            ("index + 1", dict(good, index=index + 1)),
            ("index - 1", dict(good, index=index - 1)),
            ("index ^ 2", dict(good, index=index ^ 2)),
            ("size * 2", dict(good, size=size * 2)),
            ("size / 2", dict(good, size=size // 2)),
            ("size + 1", dict(good, size=size + 1)),
            ("size - 1", dict(good, size=size - 1)),
            ("wrong leaf", dict(good, leaf=leaf_hash(b"WrongLeaf"))),
            ("wrong root", dict(good, root=sha256(b""))),
            ("trailing garbage", dict(good, proof=p + [garbage])),
            ("trailing root", dict(good, proof=p + [root])),
            ("preceding garbage", dict(good, proof=[garbage] + p)),
        ]
        if p:
            bad.append(("truncated proof", dict(good, proof=p[:-1])))
            bad.append(("proof without its first hash", dict(good, proof=p[1:])))
            for i in range(len(p)):
                q = list(p)
                q[i] = flip(q[i], 8 * i + 3)
                bad.append((f"proof[{i}] one bit flipped", dict(good, proof=q)))
        for desc, c in bad:
            if c["index"] >= 0 and c["size"] >= 0:
                cases.append((desc, c))
    out = []
    for desc, c in cases:
        expect = check_inclusion(c["index"], c["size"], c["leaf"], c["proof"], c["root"])
        if desc == "valid":
            assert expect, (desc, c["index"], c["size"])
        elif expect:
            continue  # a "mutation" that happens to be valid (cannot occur, kept for safety)
        out.append({"desc": desc, "leaf_index": c["index"], "tree_size": c["size"],
                    "leaf_hash": hx(c["leaf"]), "root": hx(c["root"]),
                    "proof": [hx(h) for h in c["proof"]], "expect": expect})
    return out


def consistency_cases(hashes):
    cases = []
    garbage = bytes(32)
    for m, n in CONSISTENCY_PAIRS:
        r1, r2 = mth(hashes[:m]), mth(hashes[:n])
        p = proof(m, hashes[:n])
        good = dict(size1=m, size2=n, root1=r1, root2=r2, proof=p)
        cases.append(("valid", good))
        if n not in MUTATED_SIZES:
            continue
        bad = [
            ("size1 + 1", dict(good, size1=m + 1)),
            ("size1 - 1", dict(good, size1=m - 1)),
            ("size1 ^ 2", dict(good, size1=m ^ 2)),
            ("size2 + 1", dict(good, size2=n + 1)),
            ("size2 - 1", dict(good, size2=n - 1)),
            ("size2 * 2", dict(good, size2=n * 2)),
            ("size2 / 2", dict(good, size2=n // 2)),
            ("wrong root1", dict(good, root1=leaf_hash(b"WrongRoot"))),
            ("wrong root2", dict(good, root2=leaf_hash(b"WrongRoot"))),
            ("trailing garbage", dict(good, proof=p + [garbage])),
            ("preceding garbage", dict(good, proof=[garbage] + p)),
        ]
        if r1 != r2:
            bad.append(("swapped roots", dict(good, root1=r2, root2=r1)))
        if p:
            bad.append(("empty proof", dict(good, proof=[])))
            bad.append(("truncated proof", dict(good, proof=p[:-1])))
            bad.append(("trailing last hash again", dict(good, proof=p + [p[-1]])))
            for i in range(len(p)):
                q = list(p)
                q[i] = flip(q[i], 8 * i + 4)
                bad.append((f"proof[{i}] one bit flipped", dict(good, proof=q)))
        for desc, c in bad:
            if c["size1"] >= 0 and c["size2"] >= 0:
                cases.append((desc, c))
    out = []
    for desc, c in cases:
        expect = check_consistency(c["size1"], c["size2"], c["root1"], c["root2"], c["proof"])
        if desc == "valid":
            assert expect, (desc, c["size1"], c["size2"])
        elif expect:
            continue  # e.g. "size2 - 1" when it equals size1 and the proof is empty: still valid
        out.append({"desc": desc, "size1": c["size1"], "size2": c["size2"],
                    "root1": hx(c["root1"]), "root2": hx(c["root2"]),
                    "proof": [hx(h) for h in c["proof"]], "expect": expect})
    return out


def encode_head(size, root, timestamp):
    return f"zhifa tree head v1\n{size}\n{root}\n{timestamp}\n".encode("ascii")


def signed_head_document(hashes):
    key = serialization.load_pem_private_key((HERE / "test_signing_key.pem").read_bytes(), None)
    assert isinstance(key, Ed25519PrivateKey)
    pub = key.public_key()
    raw = pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    pub_pem = pub.public_bytes(serialization.Encoding.PEM,
                               serialization.PublicFormat.SubjectPublicKeyInfo).decode("ascii")
    key_id = hashlib.sha256(raw).digest()[:8].hex()
    other = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))  # any other key

    def sth(size, root, ts, signer=key):
        return {"size": size, "root": root, "timestamp": ts, "key_id": key_id,
                "signature": signer.sign(encode_head(size, root, ts)).hex()}

    size, ts = TOTAL_LEAVES, "2025-03-04T09:30:00Z"
    root = hx(mth(hashes[:size]))
    good = sth(size, root, ts)
    cases = [dict(good, desc="valid", expect=True),
             dict(sth(0, hx(sha256(b"")), "2024-12-31T23:59:59Z"), desc="valid, empty log",
                  expect=True),
             dict(good, desc="size changed", size=size + 1, expect=False),
             dict(good, desc="root changed", root=hx(flip(bytes.fromhex(root), 0)), expect=False),
             dict(good, desc="timestamp changed", timestamp="2025-03-04T09:30:01Z", expect=False),
             dict(good, desc="key id changed", key_id="00" * 8, expect=False),
             dict(good, desc="signature bit flipped",
                  signature=hx(flip(bytes.fromhex(good["signature"]), 5)), expect=False),
             dict(good, desc="signature truncated", signature=good["signature"][:-2],
                  expect=False),
             dict(good, desc="signature in uppercase hex", signature=good["signature"].upper(),
                  expect=False),
             dict(sth(size, root, ts, other), desc="signed by another key", expect=False),
             dict(good, desc="timestamp not UTC", timestamp="2025-03-04T09:30:00+08:00",
                  expect=False)]
    return {
        "format": "zhifa-merkle-signed-heads", "version": 1,
        "key_file": "test_signing_key.pem",
        "public_pem": pub_pem,
        "key_id": key_id,
        "encoding_of_first": encode_head(size, root, ts).decode("ascii"),
        "cases": cases,
    }, pub_pem


def write(name, doc, cases_key="cases"):
    """JSON with one case per line, so that a diff shows which vector changed."""
    head = {k: v for k, v in doc.items() if k != cases_key}
    lines = ["{"]
    for k, v in head.items():
        lines.append(f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)},")
    lines.append(f"  {json.dumps(cases_key)}: [")
    cases = doc[cases_key]
    for i, c in enumerate(cases):
        lines.append("    " + json.dumps(c, ensure_ascii=False) + ("," if i + 1 < len(cases) else ""))
    lines.append("  ]")
    lines.append("}")
    (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    leaves = [bytes.fromhex(x) for x in REFERENCE_LEAVES]
    leaves += [f"执法记录 {i}".encode("utf-8") for i in range(len(leaves), TOTAL_LEAVES)]
    hashes = [leaf_hash(x) for x in leaves]
    # Self-check against the certificate-transparency reference values.
    for n, want in enumerate(REFERENCE_ROOTS, start=1):
        assert hx(mth(hashes[:n])) == want, n
    assert hx(path(0, hashes[:8])[2]) == \
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"
    assert hx(proof(6, hashes[:8])[0]) == \
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a"

    write("tree.json", {
        "format": "zhifa-merkle-tree", "version": 1,
        "leaves": [hx(x) for x in leaves],
        "leaf_hashes": [hx(h) for h in hashes],
        "roots": [{"tree_size": n, "root": hx(mth(hashes[:n]))} for n in range(TOTAL_LEAVES + 1)],
    }, cases_key="roots")
    write("inclusion.json", {"format": "zhifa-merkle-inclusion", "version": 1,
                             "cases": inclusion_cases(hashes)})
    write("consistency.json", {"format": "zhifa-merkle-consistency", "version": 1,
                               "cases": consistency_cases(hashes)})
    doc, pub_pem = signed_head_document(hashes)
    write("signed_head.json", doc)
    (HERE / "test_verifying_key.pem").write_text(pub_pem, encoding="ascii")


if __name__ == "__main__":
    main()

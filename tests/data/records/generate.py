#!/usr/bin/env python3
"""Writes entry_v1.json: record entries with their canonical encoding (version 1) and leaf hash,
computed here independently of the C++ code from the layout documented in
include/zhifa/record.hpp and docs/recording.md. Run from the repository root:
    python3 tests/data/records/generate.py > tests/data/records/entry_v1.json
"""
import hashlib
import json
import struct


def text(s):
    b = s.encode("utf-8")
    return struct.pack(">I", len(b)) + b


def encode(e):
    out = b"ZFRE\x01" + struct.pack(">Q", e["seq"])
    out += text(e["on"]) + text(e["time"]) + text(e["place"])
    out += struct.pack(">I", len(e["officers"])) + b"".join(text(o) for o in e["officers"])
    for k in ("step", "kind", "description", "media_sha256", "media_ref"):
        out += text(e[k])
    return out


entries = [
    {"seq": 0, "on": "2025-03-04", "time": "09:30", "place": "大连市甘井子区某路1号",
     "officers": ["O1", "O2"], "step": "inspection", "kind": "video",
     "description": "现场检查全程录像",
     "media_sha256": hashlib.sha256(b"video bytes").hexdigest(), "media_ref": "av://2025/0001.mp4"},
    {"seq": 1, "on": "2025-03-05", "time": "", "place": "", "officers": ["O1"],
     "step": "start", "kind": "document", "description": "filing_approval D1",
     "media_sha256": "", "media_ref": ""},
]
vectors = []
for e in entries:
    enc = encode(e)
    vectors.append({"entry": e, "encoding": enc.hex(),
                    "leaf_hash": hashlib.sha256(b"\x00" + enc).hexdigest()})
print(json.dumps({"format": "zhifa-record-vectors", "version": 1, "vectors": vectors},
                 ensure_ascii=False, indent=1))

#!/usr/bin/env python3
"""Golden vectors for the random-inspection draw (docs/inspection.md), computed by an
implementation written from the document alone: the Python standard library, no zhifa.

    python3 tests/data/inspection/generate.py      # rewrites vector-*.json beside this file

Each vector holds the seed, the three input documents in canonical form, sample tickets, the
three snapshot hashes and the expected draw record. tests/cpp/inspection_test.cpp
(InspectionGolden) and tests/python/test_inspection.py check that zhifa reproduces them.
"""

from __future__ import annotations

import hashlib
import json
import pathlib

ALGORITHM = "zhifa-draw-v1"


def canonical(doc) -> bytes:
    """RFC 8785 for documents with ASCII keys and integer numbers only."""
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lp(s: str) -> bytes:
    b = s.encode()
    return len(b).to_bytes(4, "big") + b


def ticket(seed: str, label: str, key: str) -> int:
    digest = hashlib.sha256(ALGORITHM.encode() + lp(seed) + lp(label) + lp(key)).digest()
    return int.from_bytes(digest[:8], "big")


def entities_hash(doc) -> str:
    ents = sorted(doc["entities"], key=lambda e: e["credit_code"].encode())
    ents = [dict(e, history=sorted(e["history"], key=lambda h: (h["date"], h["item"].encode())))
            for e in ents]
    return sha256_hex(canonical(dict(doc, entities=ents)))


def inspectors_hash(doc) -> str:
    ins = sorted(doc["inspectors"], key=lambda i: i["id"].encode())
    out = []
    for i in ins:
        out.append(dict(
            i,
            certificates=sorted(i["certificates"], key=lambda c: (
                c["number"].encode(), c["valid_from"], c["valid_to"], c["agency_code"].encode())),
            specialities=sorted(i["specialities"], key=str.encode),
            conflicts=sorted(i["conflicts"], key=lambda c: (
                c["credit_code"].encode(), c["relation"].encode()))))
    return sha256_hex(canonical(dict(doc, inspectors=out)))


def draw(plan, ents_doc, ins_doc, seed):
    record = {
        "format": "zhifa-draw-record", "version": 1, "algorithm": ALGORITHM,
        "plan_id": plan["id"], "seed": seed,
        "seed_commitment": sha256_hex(seed.encode()),
        "plan_hash": sha256_hex(canonical(plan)),
        "entities_hash": entities_hash(ents_doc),
        "inspectors_hash": inspectors_hash(ins_doc),
        "classes": [], "selections": [], "failures": [], "replaces": "", "reason": "",
    }
    if plan["seed_commitment"] is not None:
        assert plan["seed_commitment"] == record["seed_commitment"]
    excluded = {x["credit_code"] for x in plan["exclusions"]}
    window_from = plan["frequency_from"] or plan["start"]
    chosen = []
    for q in plan["quotas"]:
        members = [e for e in ents_doc["entities"] if e["class"] == q["class"]]
        eligible = []
        for e in members:
            if e["credit_code"] in excluded:
                continue
            if q["max_inspections"] is not None:
                n = sum(1 for h in e["history"] if window_from <= h["date"] <= plan["end"])
                if n >= q["max_inspections"]:
                    continue
            eligible.append((ticket(seed, "entity", e["credit_code"]), e["credit_code"].encode(), e))
        quota = (q["ratio_bp"] * len(members) + 9999) // 10000
        k = min(quota, len(eligible))
        eligible.sort(key=lambda t: t[:2])
        chosen += eligible[:k]
        record["classes"].append({"class": q["class"], "population": len(members),
                                  "eligible": len(eligible), "quota": quota, "selected": k})
    chosen.sort(key=lambda t: t[:2])

    def certified(i):
        return any(c["agency_code"] == plan["agency_code"] and c["valid_from"] <= plan["start"]
                   and plan["end"] <= c["valid_to"] for c in i["certificates"])

    pool = [i for i in ins_doc["inspectors"] if certified(i)
            and (not plan["speciality"] or plan["speciality"] in i["specialities"])]
    load = {i["id"]: 0 for i in pool}
    size = plan["team_size"]
    window = f"{plan['agency_code']} valid {plan['start']} to {plan['end']}" + (
        f" with speciality '{plan['speciality']}'" if plan["speciality"] else "")
    for t, _, e in chosen:
        code = e["credit_code"]
        sel = {"credit_code": code, "class": e["class"], "ticket": f"{t:016x}", "team": []}
        record["selections"].append(sel)
        if len(pool) < size:
            record["failures"].append({
                "credit_code": code, "constraint": "certificate",
                "detail": f"{len(pool)} inspectors hold a certificate of {window}; "
                          f"a team needs {size} (行政处罚法 Art. 42)"})
            continue
        recused = [i for i in pool if any(c["credit_code"] == code for c in i["conflicts"])]
        order = sorted(pool, key=lambda i: (load[i["id"]],
                                            ticket(seed, f"inspector/{load[i['id']]}", i["id"]),
                                            i["id"].encode()))
        team = [i for i in order if i not in recused][:size]
        if len(team) < size:
            record["failures"].append({
                "credit_code": code, "constraint": "recusal",
                "detail": f"{len(recused)} of the {len(pool)} certified inspectors have a "
                          f"recorded relation to {code}, {len(team)} remain; a team needs "
                          f"{size} (行政处罚法 Art. 42, 43)"})
            continue
        for i in team:
            load[i["id"]] += 1
        sel["team"] = [i["id"] for i in team]
    record["hash"] = sha256_hex(canonical(record))
    return record


# ---- the vectors ----------------------------------------------------------------------------

def item(name, basis):
    return {"item": name, "basis": basis, "body": "大连市发展和改革委员会", "content": name,
            "method": "书面检查、实地核查", "ratio": "", "frequency": ""}


def plan(pid, quotas, team_size=2, exclusions=(), speciality="", commitment=None,
         frequency_from=None, start="2025-06-02", end="2025-06-30"):
    return {"format": "zhifa-inspection-plan", "version": 1, "id": pid,
            "name": "2025年双随机抽查计划", "agency_code": "DLDRC",
            "items": [item("招标投标活动监督检查", "招标投标法 Art. 7"),
                      item("价格监督检查", "价格法 Art. 33")],
            "start": start, "end": end, "frequency_from": frequency_from,
            "quotas": [{"class": c, "ratio_bp": r, "max_inspections": m} for c, r, m in quotas],
            "team_size": team_size,
            "exclusions": [{"credit_code": c, "reason": r} for c, r in exclusions],
            "speciality": speciality, "seed_commitment": commitment,
            "results_working_days": 20}


def entity(n, cls, history=()):
    return {"credit_code": f"91210200MA{n:08d}", "name": f"大连某某{n}有限公司",
            "industry": ["零售", "建筑", "能源"][n % 3], "district": ["中山区", "西岗区"][n % 2],
            "class": cls, "history": [{"date": d, "item": "价格监督检查"} for d in history]}


def inspector(n, valid_from="2024-01-01", valid_to="2027-12-31", agency="DLDRC",
              specialities=(), conflicts=()):
    return {"id": f"DL{n:04d}", "name": f"检查员{n}",
            "certificates": [{"number": f"21020{n:06d}", "valid_from": valid_from,
                              "valid_to": valid_to, "agency_code": agency}],
            "specialities": list(specialities),
            "conflicts": [{"credit_code": f"91210200MA{c:08d}", "relation": "亲属任职"}
                          for c in conflicts]}


def vectors():
    classes = "AAAAAAAAAAAAAAAAAAAABBBBBBBBBBBBCCCCCCCCDDDD"
    ents = [entity(i, c, history=["2025-02-10"] if i % 7 == 3 else []) for i, c in enumerate(classes)]
    ins = [inspector(i, conflicts=[j for j in range(44) if (i * 5 + j) % 11 == 0]) for i in range(9)]
    ins.append(inspector(9, valid_to="2025-06-20"))       # expires during the period
    ins.append(inspector(10, agency="DLMSA"))              # another agency
    yield "vector-01-stratified", "2025-05-30 公证摇号 3 1 4 1 5 9 2 6", plan(
        "DLDRC-2025-06", [("A", 500, 1), ("B", 2000, 1), ("C", 6000, 2), ("D", 10000, None)],
        exclusions=[(ents[21]["credit_code"], "专项检查中")], frequency_from="2025-01-01"), ents, ins

    few = [inspector(0, conflicts=[0, 1, 2]), inspector(1, conflicts=[2, 3]),
           inspector(2, specialities=["价格"]), inspector(3, valid_to="2025-01-31")]
    yield "vector-02-recusal-and-certificates", "seed-二", plan(
        "DLDRC-2025-07", [("A", 10000, None)], team_size=2), [entity(i, "A") for i in range(6)], few

    seed = "0x5eed-three"
    many = [inspector(i, specialities=["价格"] if i % 2 else ["招标投标"]) for i in range(12)]
    yield "vector-03-commitment-speciality-team3", seed, plan(
        "DLDRC-2025-08", [("B", 2500, None), ("自定义", 1500, None)], team_size=3,
        speciality="价格", commitment=sha256_hex(seed.encode())), \
        [entity(100 + i, "B" if i % 3 else "自定义") for i in range(30)], many

    yield "vector-04-too-few-certified", "seed-4", plan(
        "DLDRC-2025-09", [("C", 5000, None)], start="2025-12-01", end="2025-12-31"), \
        [entity(200 + i, "C") for i in range(4)], \
        [inspector(0), inspector(1, valid_to="2025-12-30"), inspector(2, agency="DLMSA")]


def main():
    here = pathlib.Path(__file__).resolve().parent
    for name, seed, p, ents, ins in vectors():
        ents_doc = {"format": "zhifa-inspection-entities", "version": 1, "entities": ents}
        ins_doc = {"format": "zhifa-inspectors", "version": 1, "inspectors": ins}
        sample = [("entity", e["credit_code"]) for e in ents[:3]] + [("inspector/0", ins[0]["id"])]
        doc = {"description": name, "seed": seed, "plan": p, "entities": ents_doc,
               "inspectors": ins_doc,
               "tickets": [{"label": lbl, "key": k, "ticket": f"{ticket(seed, lbl, k):016x}"}
                           for lbl, k in sample],
               "plan_hash": sha256_hex(canonical(p)), "entities_hash": entities_hash(ents_doc),
               "inspectors_hash": inspectors_hash(ins_doc), "record": draw(p, ents_doc, ins_doc, seed)}
        (here / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        print(name, doc["record"]["hash"])


if __name__ == "__main__":
    main()

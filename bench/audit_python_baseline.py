"""A pure-Python implementation of five of the audit's checks over sqlite3, the baseline that
bench/audit_bench.cpp compares against. Each follows zhifa's check of the same id:

- officers_two (Art. 42): an investigated general-procedure case with fewer than two
  investigators, or a decision document signed by fewer than two officers;
- notice_before_decision (Art. 44, 62): a general-procedure penalty decided without a notice,
  with a notice served after it, a larger fine than notified or a kind not notified;
- legal_review (Art. 58): a decision the case's flags make major, without a review. This is a
  subset of zhifa's check, which also applies the jurisdiction's thresholds and kinds and
  requires the review to be before the decision, passed and by a qualified reviewer; on the
  synthetic store, which has none of those defects, the two flag the same cases;
- decision_period (Art. 60): decided after, or still undecided as of the audit date beyond, 90
  days from filing, with the ledger's extensions and suspensions, the end moved off a rest day;
- service (Art. 61): served after, or still unserved beyond, 7 working days on the official
  calendar; an on-the-spot decision handed over on another day; electronic service without the
  party's consent.

It reads the rows those checks need with one query per table, for the id range of the cases
it audits. Prints "cases N seconds S findings
F" and then, per check, the number of cases it flags ("officers N notice N review N period N
service N"), which bench/audit_bench.cpp compares with zhifa's findings on the same cases.

    audit_python_baseline.py DB [LIMIT] [CALENDAR_JSON] [AS_OF]
"""
import datetime as dt
import json
import pathlib
import sqlite3
import sys
import time


def working_days(calendar_path):
    data = json.loads(pathlib.Path(calendar_path).read_text(encoding="utf-8"))
    rest, work = set(), set()
    years = [y["year"] for y in data["years"]]
    for y in data["years"]:
        for f in y["festivals"]:
            rest.update(f["rest"] + f["statutory"])
            work.update(f["workdays"])
    d, end = dt.date(min(years), 1, 1), dt.date(max(years), 12, 31)
    days = []
    while d <= end:
        iso = d.isoformat()
        if iso in work or (d.weekday() < 5 and iso not in rest):
            days.append(d)
        d += dt.timedelta(days=1)
    return days


def main():
    db = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else -1
    cal = sys.argv[3] if len(sys.argv) > 3 else str(
        pathlib.Path(__file__).parents[1] / "data" / "calendars" / "china.json")
    as_of = dt.date.fromisoformat(sys.argv[4] if len(sys.argv) > 4 else "2026-12-31")
    days = working_days(cal)
    index = {d: i for i, d in enumerate(days)}

    def add_working_days(d, n):
        while d not in index:
            d -= dt.timedelta(days=1)
        return days[index[d] + n]

    def next_working_day(d):
        while d not in index:
            d += dt.timedelta(days=1)
        return d

    def decision_due(filed, extensions, suspensions):
        """Art. 60: 90 days from filing, extended, pushed back by the suspended days inside the
        period (to a fixed point), then moved off a rest day."""
        nominal = filed + dt.timedelta(days=90 + sum(extensions))
        end, counted = nominal, -1
        while True:
            k = 0
            for lo, hi in suspensions:
                lo, hi = max(lo, filed + dt.timedelta(days=1)), min(hi, end)
                if hi >= lo:
                    k += (hi - lo).days + 1
            if k == counted:
                break
            counted, end = k, nominal + dt.timedelta(days=k)
        return next_working_day(end)

    t0 = time.perf_counter()
    con = sqlite3.connect(db)
    # The cases audited are the first LIMIT; the other tables are read for their id range only.
    lo, hi = con.execute("SELECT min(id), max(id) FROM (SELECT id FROM cases ORDER BY id LIMIT ?)",
                         (limit,)).fetchone()
    span = (lo or 0, hi or 0)
    reviewed = {r[0] for r in con.execute(
        "SELECT DISTINCT case_id FROM reviews WHERE case_id BETWEEN ? AND ?", span)}
    investigated = {r[0] for r in con.execute(
        "SELECT DISTINCT case_id FROM events WHERE case_id BETWEEN ? AND ? "
        "AND action = 'investigate'", span)}
    few_signatories, electronic_without_consent = set(), set()
    for cid, kind, signatories, method, consent in con.execute(
            "SELECT case_id, type, signatories, service_method, electronic_consent FROM documents "
            "WHERE case_id BETWEEN ? AND ? "
            "AND (type IN ('decision', 'no_penalty_decision') OR service_method = 'electronic')",
            span):
        if kind in ("decision", "no_penalty_decision") and len(set(json.loads(signatories))) < 2:
            few_signatories.add(cid)
        if method == "electronic" and not consent:
            electronic_without_consent.add(cid)
    proposed, decided_pen = {}, {}
    for cid, stage, kind, fen in con.execute(
            "SELECT case_id, stage, kind, amount_fen FROM penalties WHERE case_id BETWEEN ? AND ?",
            span):
        kinds_fines = (proposed if stage == "proposed" else decided_pen).setdefault(cid, [set(), 0])
        kinds_fines[0].add(kind)
        if kind == "fine" and fen:
            kinds_fines[1] += fen
    extensions, suspensions = {}, {}
    for cid, length in con.execute(
            "SELECT case_id, length FROM extensions WHERE case_id BETWEEN ? AND ?", span):
        extensions.setdefault(cid, []).append(length)
    for cid, start, end in con.execute(
            "SELECT case_id, from_date, to_date FROM suspensions WHERE case_id BETWEEN ? AND ?",
            span):
        suspensions.setdefault(cid, []).append(
            (dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
    cases = 0
    flagged = {"officers": 0, "notice": 0, "review": 0, "period": 0, "service": 0}
    sql = ("SELECT id, procedure, status, investigators, filed_on, notice_served_on, "
           "decision_outcome, decision_decided_on, decision_on_the_spot, served_on, "
           "flag_major_public_interest, flag_complex_legal_relations, "
           "flag_review_required_by_law FROM cases ORDER BY id LIMIT ?")
    for (cid, procedure, status, investigators, filed, notice, outcome, decided, spot, served,
         major, cx, by_law) in con.execute(sql, (limit,)):
        cases += 1
        general = procedure == "general"
        decided = dt.date.fromisoformat(decided) if decided else None
        served = dt.date.fromisoformat(served) if served else None
        if (general and cid in investigated and len(set(json.loads(investigators))) < 2) or \
                cid in few_signatories:
            flagged["officers"] += 1
        penalty = outcome == "penalty" and not spot
        if penalty:
            p_kinds, p_fine = proposed.get(cid, (set(), 0))
            d_kinds, d_fine = decided_pen.get(cid, (set(), 0))
            if not notice or dt.date.fromisoformat(notice) > decided or d_fine > p_fine or \
                    not d_kinds <= p_kinds:
                flagged["notice"] += 1
        if penalty and (major or cx or by_law) and cid not in reviewed:
            flagged["review"] += 1
        if filed and general and status != "withdrawn":
            due = decision_due(dt.date.fromisoformat(filed), extensions.get(cid, ()),
                               suspensions.get(cid, ()))
            if (decided and decided > due) or (not decided and as_of > due):
                flagged["period"] += 1
        if decided and status != "transferred":
            if spot:
                late = served is not None and served != decided
            else:
                due = add_working_days(decided, 7)
                late = (served and served > due) or (not served and as_of > due)
            if late or cid in electronic_without_consent:
                flagged["service"] += 1
    seconds = time.perf_counter() - t0
    print(f"cases {cases} seconds {seconds:.3f} findings {sum(flagged.values())}")
    print(" ".join(f"{k} {v}" for k, v in flagged.items()))


if __name__ == "__main__":
    main()

"""A pure-Python implementation of five of the audit's checks over sqlite3, the baseline that
bench/audit_bench.cpp compares against: fewer than two officers (Art. 42), notice missing before
a penalty decision (Art. 44, 62), legal review missing for a major decision (Art. 58, flags
only), decision after 90 days from filing (Art. 60, with the extensions and suspensions of the
ledger and the end moved off a rest day), service after 7 working days (Art. 61, on the official
calendar). It reads the rows those checks need (cases, reviews, extensions, suspensions) with one
query per table, as zhifa does. Prints "cases N seconds S findings F".

    audit_python_baseline.py DB [LIMIT] [CALENDAR_JSON]
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
    reviewed = {r[0] for r in con.execute("SELECT DISTINCT case_id FROM reviews")}
    extensions, suspensions = {}, {}
    for cid, length in con.execute("SELECT case_id, length FROM extensions"):
        extensions.setdefault(cid, []).append(length)
    for cid, lo, hi in con.execute("SELECT case_id, from_date, to_date FROM suspensions"):
        suspensions.setdefault(cid, []).append(
            (dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)))
    findings = cases = 0
    sql = ("SELECT id, investigators, filed_on, notice_served_on, decision_outcome, "
           "decision_decided_on, decision_on_the_spot, served_on, flag_major_public_interest, "
           "flag_complex_legal_relations, flag_review_required_by_law FROM cases ORDER BY id "
           "LIMIT ?")
    for (cid, investigators, filed, notice, outcome, decided, spot, served, major, cx,
         by_law) in con.execute(sql, (limit,)):
        cases += 1
        if filed and len(set(json.loads(investigators))) < 2:
            findings += 1
        penalty = outcome == "penalty" and not spot
        if penalty and not notice:
            findings += 1
        if penalty and (major or cx or by_law) and cid not in reviewed:
            findings += 1
        if filed and decided and not spot:
            due = decision_due(dt.date.fromisoformat(filed), extensions.get(cid, ()),
                               suspensions.get(cid, ()))
            if dt.date.fromisoformat(decided) > due:
                findings += 1
        if decided and served and not spot:
            if dt.date.fromisoformat(served) > add_working_days(
                    dt.date.fromisoformat(decided), 7):
                findings += 1
    print(f"cases {cases} seconds {time.perf_counter() - t0:.3f} findings {findings}")


if __name__ == "__main__":
    main()

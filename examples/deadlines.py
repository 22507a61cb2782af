"""Example: a case's deadlines from Python. Run with the package on PYTHONPATH."""
import datetime as dt

import zhifa

cal = zhifa.WorkCalendar.china()
print("coverage:", cal.coverage_text)

# The party was told of the right to a hearing on 2026-09-28 (行政处罚法 Art. 44, 64).
hearing = zhifa.deadline("hearing_request", dt.date(2026, 9, 28))
for step in hearing.explain():
    print(step.date, step.text, f"[{step.basis}]" if step.basis else "")

# The decision period with a suspension, as plain data for a report.
decision = zhifa.deadline("decision", dt.date(2026, 3, 10))
decision.suspend(dt.date(2026, 4, 1), dt.date(2026, 4, 12), "鉴定")
print(decision.to_dict()["due"])

try:
    cal.is_working_day(dt.date(2031, 5, 1))
except zhifa.CalendarCoverageError as e:
    print("refused:", e)

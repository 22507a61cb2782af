"""Imports the installed Python package and checks it is the installed one, of this version."""
import datetime as dt
import sys

import zhifa

prefix, version = sys.argv[1], sys.argv[2]
assert zhifa.__file__.startswith(prefix), f"imported {zhifa.__file__}, not the one under {prefix}"
assert zhifa.__version__ == version, (zhifa.__version__, version)
assert zhifa.WorkCalendar.china().add_working_days(dt.date(2026, 9, 28), 5) == dt.date(2026, 10, 10)
print("installed python package", zhifa.__version__, "from", zhifa.__file__)

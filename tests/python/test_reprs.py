"""Every value type of the package prints as something readable, never as
<zhifa._core.X object at 0x...>, and never with a natural person's resident ID."""
import datetime as dt
import inspect
import re

import zhifa

DEFAULT = re.compile(r"<zhifa\._core\.\w+ object at 0x")


def instances():
    """Values of as many classes as a small store and an audit give."""
    gen = zhifa.SyntheticCaseGenerator(seed=3, defect_percent=50)
    store = zhifa.CaseStore(":memory:")
    store.register_agency(gen.agency)
    cases = store.add_all([g.case for g in gen.generate(40)])
    out = [store, gen.agency]
    for c in cases:
        out.append(c)
        for name in dir(c):
            if name.startswith("_"):
                continue
            v = getattr(c, name)
            if callable(v):
                continue
            out.extend(v if isinstance(v, list) else [v])
    ctx = zhifa.AuditContext(dt.date(2025, 12, 31), [gen.agency])
    for r in zhifa.audit_cases(cases, ctx):
        out.append(r)
        out.extend(r.findings)
        out.extend(r.items)
    out.extend(store.list())
    out.extend(store.deadlines(dt.date(2025, 12, 31)))
    out.append(zhifa.review_year(store, dt.date(2025, 12, 31)))
    return [v for v in out if type(v).__module__.startswith("zhifa")]


def test_no_value_prints_as_the_default_object_repr():
    seen = {}
    for v in instances():
        seen.setdefault(type(v).__name__, repr(v))
    bad = {k: r for k, r in seen.items() if DEFAULT.search(r)}
    assert not bad, bad
    assert len(seen) >= 15, sorted(seen)  # the walk reached many classes


def test_no_repr_shows_a_resident_id():
    for v in instances():
        if isinstance(v, zhifa.Party) and v.resident_id is not None:
            assert str(v.resident_id) not in repr(v)


def test_classes_with_a_repr_of_their_own():
    """Every class of the compiled module has a __repr__ other than object's."""
    missing = [n for n, c in inspect.getmembers(zhifa._core, inspect.isclass)
               if not issubclass(c, BaseException) and c.__repr__ is object.__repr__]
    assert not missing, missing

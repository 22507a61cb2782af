"""pandas helpers (Debian: python3-pandas). pandas is imported when a helper is called, never by
``import zhifa`` or ``import zhifa.pandas``::

    import zhifa, zhifa.pandas
    frame = zhifa.pandas.to_dataframe(store.list())       # one row per CaseSummary

The columns are the keys of the records' to_dict(): the JSON shape the CLI prints with --json,
money in integer fen (keys ending in _fen), dates as datetime.date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Union

if TYPE_CHECKING:
    import pandas

__all__ = ["to_dataframe"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the machine
        raise ImportError("zhifa.pandas needs pandas (Debian: apt-get install python3-pandas)") from e
    return pandas


def to_dataframe(records: Iterable[Union[Mapping[str, Any], Any]]) -> "pandas.DataFrame":
    """A pandas DataFrame with one row per record, in order. A record is a mapping or a value with
    to_dict() (CaseSummary, AuditResult, StoredDeadline, Recommendation, ...); the columns are
    its keys. Raises ImportError naming the Debian package when pandas is not installed."""
    pd = _pandas()
    rows = [dict(r) if isinstance(r, Mapping) else r.to_dict() for r in records]
    return pd.DataFrame(rows)

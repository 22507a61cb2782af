"""The case-file audit on Dask distributed (Debian: python3-distributed).

The audit of one partition runs in a worker process with zhifa's own thread pool; Dask spreads
the partitions over the workers (processes, or machines sharing the files). A partition is a
slice of a store (offset and limit over case ids: every worker opens the SQLite file itself,
read-only in practice; WAL lets several processes read at once) or a JSON Lines file. Results
travel as JSON text and come back as AuditResult objects equal to those of the local path::

    from distributed import Client, LocalCluster
    import datetime, zhifa, zhifa.dask

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1) as cluster, \\
            Client(cluster) as client:
        results = zhifa.dask.audit_store(client, "cases.db", datetime.date(2025, 12, 31))

The agencies (power items, officers) come from ``context_factory(as_of)``, a picklable
module-level function returning an AuditContext; the default knows the demo agency only.
"""

from __future__ import annotations

import datetime as _dt
from typing import Callable, List, Optional, Sequence, Tuple

from . import (AuditContext, AuditResult, Case, CaseStore, Standard, audit_cases,
               synthetic_agency)

__all__ = ["default_context", "store_partitions", "audit_store_partition", "audit_jsonl_file",
           "audit_store", "audit_jsonl"]


def default_context(as_of: _dt.date) -> AuditContext:
    """An AuditContext with the demo agency (大连市发展和改革委员会) and the example rules."""
    return AuditContext(as_of, [synthetic_agency()])


def _standard(standard_json: Optional[str]) -> Standard:
    return Standard.from_json(standard_json) if standard_json else Standard.builtin()


def store_partitions(db_path: str, partitions: int, **filters) -> List[Tuple[int, int]]:
    """(offset, limit) slices covering the store's matching cases in id order."""
    if partitions < 1:
        raise ValueError("partitions must be at least 1")
    total = CaseStore(db_path).count(**filters)
    size = max(1, -(-total // partitions))
    return [(offset, size) for offset in range(0, total, size)]


def audit_store_partition(db_path: str, offset: int, limit: int, as_of: _dt.date,
                          standard_json: Optional[str] = None,
                          context_factory: Callable[[_dt.date], AuditContext] = default_context,
                          threads: int = 1, **filters) -> List[str]:
    """Audits one slice of a store; the results as JSON text (AuditResult.to_json)."""
    store = CaseStore(db_path)
    cases = store.iter_cases(offset=offset, limit=limit, **filters)
    results = audit_cases(cases, context_factory(as_of), _standard(standard_json),
                          threads=threads)
    return [r.to_json() for r in results]


def audit_jsonl_file(path: str, as_of: _dt.date, standard_json: Optional[str] = None,
                     context_factory: Callable[[_dt.date], AuditContext] = default_context,
                     threads: int = 1) -> List[str]:
    """Audits the cases of one JSON Lines file (docs/case-format.md)."""
    def cases():
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield Case.from_json(line)
    results = audit_cases(cases(), context_factory(as_of), _standard(standard_json),
                          threads=threads)
    return [r.to_json() for r in results]


def audit_store(client, db_path: str, as_of: _dt.date, partitions: Optional[int] = None,
                standard: Optional[Standard] = None, standard_json: Optional[str] = None,
                context_factory: Callable[[_dt.date], AuditContext] = default_context,
                **filters) -> List[AuditResult]:
    """Audits a store's cases over the client's workers, in case id order. Pass a standard as
    JSON text (standard_json) to use another than the built-in one."""
    if standard is not None and standard_json is None and standard is not Standard.builtin():
        raise ValueError("pass a non-default standard as standard_json (its JSON text)")
    if partitions is None:
        partitions = max(1, 2 * len(client.scheduler_info().get("workers", {})))
    slices = store_partitions(db_path, partitions, **filters)
    futures = [client.submit(audit_store_partition, db_path, offset, limit, as_of,
                             standard_json, context_factory, pure=False, **filters)
               for offset, limit in slices]
    return [AuditResult.from_json(t) for part in client.gather(futures) for t in part]


def audit_jsonl(client, paths: Sequence[str], as_of: _dt.date,
                standard_json: Optional[str] = None,
                context_factory: Callable[[_dt.date], AuditContext] = default_context
                ) -> List[AuditResult]:
    """Audits JSON Lines files, one partition per file, results in file order."""
    futures = [client.submit(audit_jsonl_file, p, as_of, standard_json, context_factory,
                             pure=False) for p in paths]
    return [AuditResult.from_json(t) for part in client.gather(futures) for t in part]

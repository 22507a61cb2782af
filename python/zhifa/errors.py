"""The exceptions zhifa raises. Every one derives from Error; the top level zhifa holds the same
classes (zhifa.Error is zhifa.errors.Error)::

    Error (RuntimeError)                  root of all zhifa errors
    ├── ValidationError (ValueError)      malformed or out-of-range input
    │   ├── OverflowError (OverflowError) money arithmetic beyond the int64 range of fen
    │   └── DataFileError                 a data file that cannot be read or breaks its format
    ├── LegalGuardError                   a step the law forbids; the message cites the article
    ├── NotFoundError (KeyError)          a named thing that does not exist
    ├── ConflictError                     data that contradict each other (or a stale update)
    ├── CalendarCoverageError             a date outside the calendar's official data
    ├── StorageError                      the database failed
    ├── IntegrityError                    data that do not match their hash, signature or log
    └── ArchiveError                      an electronic case file that cannot be read or written

Messages name the value and the reason; a LegalGuardError names the article.
"""

from ._core import OverflowError  # noqa: A004 - see __all__
from ._core import (
    ArchiveError,
    CalendarCoverageError,
    ConflictError,
    DataFileError,
    Error,
    IntegrityError,
    LegalGuardError,
    NotFoundError,
    StorageError,
    ValidationError,
)

# OverflowError is zhifa.errors.OverflowError but stays out of __all__: a star import would
# shadow the built-in OverflowError (which it subclasses).
__all__ = [
    "ArchiveError",
    "CalendarCoverageError",
    "ConflictError",
    "DataFileError",
    "Error",
    "IntegrityError",
    "LegalGuardError",
    "NotFoundError",
    "StorageError",
    "ValidationError",
]

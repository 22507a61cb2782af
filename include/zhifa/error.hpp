// zhifa's one exception hierarchy. Every error the library raises derives from zhifa::Error;
// the subclass says what the caller can do about it. Messages name the offending value and,
// for a legal guard, the article that forbids the action.
#pragma once

#include <stdexcept>
#include <string>

namespace zhifa {

/// Root of all zhifa errors (Python: zhifa.Error).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Input that is malformed or out of range: a bad date, identifier, amount or data file
/// (Python: zhifa.ValidationError, also a ValueError).
class ValidationError : public Error {
 public:
  using Error::Error;
};

/// Arithmetic that would leave the representable range, e.g. a Money sum beyond int64 fen
/// (Python: zhifa.OverflowError, also an OverflowError).
class OverflowError : public ValidationError {
 public:
  using ValidationError::ValidationError;
};

/// A step the law forbids in the current state; the message cites the article
/// (Python: zhifa.LegalGuardError).
class LegalGuardError : public Error {
 public:
  using Error::Error;
};

/// A named thing (period, case, item) that does not exist (Python: zhifa.NotFoundError, also a
/// KeyError).
class NotFoundError : public Error {
 public:
  using Error::Error;
};

/// Two pieces of data that contradict each other, e.g. two calendars that disagree about a day
/// (Python: zhifa.ConflictError).
class ConflictError : public Error {
 public:
  using Error::Error;
};

/// A date the calendar has no official data for. Never answered with a guess: the caller must
/// load the year's notice or build a weekends-only calendar explicitly
/// (Python: zhifa.CalendarCoverageError).
class CalendarCoverageError : public Error {
 public:
  using Error::Error;
};

/// A data file (calendar, period table, catalog) that cannot be opened, parsed, or breaks the
/// documented format; the message names the file and the offending entry
/// (Python: zhifa.DataFileError, a ValidationError).
class DataFileError : public ValidationError {
 public:
  using ValidationError::ValidationError;
};

/// The database failed: cannot open, disk full, locked past the busy timeout, a schema newer than
/// this zhifa. The message keeps SQLite's error code (Python: zhifa.StorageError).
class StorageError : public Error {
 public:
  using Error::Error;
};

/// Data that do not match their hash, signature or log: a record whose hash is not the logged
/// leaf, a proof or signed tree head that fails to verify, a log that does not extend the one a
/// supervisor saw (执法全过程记录, Administrative Penalty Law Art. 47). Never retried: it means
/// tampering or corruption (Python: zhifa.IntegrityError).
class IntegrityError : public Error {
 public:
  using Error::Error;
};

/// An electronic case file (电子案卷, archive.hpp) that cannot be read or written: truncated,
/// trailing bytes, wrong magic or format version, a size beyond the documented limits, a payload
/// that does not match its SHA-256 or whose signature fails or is missing when required, a
/// payload that does not decode or decodes to an inconsistent case, or a file that cannot be
/// opened. The message says which check failed, with the values; errors from the serialization
/// library keep its code (Python: zhifa.ArchiveError).
class ArchiveError : public Error {
 public:
  using Error::Error;
};

}  // namespace zhifa

// Private: the seam between the store's logic and a database (docs/store.md, "The backend seam").
// Everything that depends on the database product sits behind these three classes: a Statement
// (binding, stepping, reading columns), a Connection (prepared statements, transactions, the
// schema version, the dialect's SQL) and the DbError it throws. The mapping of cases to rows, the
// validation and the record logic (the rest of lib/store/) use only these, so that another
// backend implements the dialect and nothing else.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/case_store.hpp"
#include "zhifa/error.hpp"

namespace zhifa::detail {

/// What went wrong, as far as the store's logic needs to tell cases apart.
enum class DbErrorKind {
  kBusy,        ///< another connection's lock outlasted the busy timeout
  kPrimaryKey,  ///< a primary key already taken
  kUnique,      ///< another unique constraint
  kConstraint,  ///< any other constraint (a trigger refusing a change, a foreign key, ...)
  kOther,
};

/// An error of the database, with the product's own code and message; the store turns it into a
/// StorageError (or a ValidationError for a duplicate) that names what it was doing.
class DbError : public std::runtime_error {
 public:
  DbError(DbErrorKind kind, int code, const std::string& what)
      : std::runtime_error(what), kind_(kind), code_(code) {}
  DbErrorKind kind() const { return kind_; }
  int code() const { return code_; }

 private:
  DbErrorKind kind_;
  int code_;
};

/// A prepared statement. Parameters are numbered from 1, result columns from 0; a column's value
/// is valid until the next step() or reset(). `?` marks a parameter in every dialect (a backend
/// that numbers them rewrites the text when it prepares it).
class Statement {
 public:
  virtual ~Statement() = default;

  virtual void bind_null(int i) = 0;
  virtual void bind_int(int i, std::int64_t value) = 0;
  virtual void bind_real(int i, double value) = 0;
  virtual void bind_text(int i, std::string_view text) = 0;
  virtual void bind_blob(int i, const void* data, std::size_t size) = 0;
  /// True on a row, false when done; DbError on failure.
  virtual bool step() = 0;
  /// Ends the statement (releasing any read snapshot it holds) and clears its parameters.
  virtual void reset() noexcept = 0;

  virtual int columns() const = 0;
  virtual bool null(int i) const = 0;
  virtual std::int64_t int64(int i) const = 0;
  /// Text (or a blob's bytes) of the column, empty for NULL.
  virtual std::string_view text(int i) const = 0;

  /// Steps to the end (a statement that returns no rows, or whose rows are not wanted).
  void exec() {
    while (step()) {
    }
  }
};

/// A statement taken from the connection's cache for one use; resets it when the use ends, however
/// it ends, so that no statement keeps a read snapshot open (a later write transaction on a stale
/// snapshot fails at once).
class Query {
 public:
  explicit Query(Statement& s) : s_(&s) {}
  Query(Query&& other) noexcept : s_(other.s_) { other.s_ = nullptr; }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;
  Query& operator=(Query&&) = delete;
  ~Query() {
    if (s_) s_->reset();
  }
  Statement* operator->() const { return s_; }
  Statement& operator*() const { return *s_; }

 private:
  Statement* s_;
};

/// How a transaction locks: a read sees one snapshot; a write takes the write lock at its start
/// (waiting the busy timeout), so that it never fails half way on a lock; kExclusive is the write
/// lock of a schema change (migrations).
enum class TxMode { kRead, kWrite, kExclusive };

/// One step of a dialect's schema: migration N takes a database at version N-1 to version N.
struct Migration {
  int version;
  std::string_view description;
  std::string_view sql;
};

/// The SQL that differs between products, as fragments the store's queries are built from.
class Dialect {
 public:
  virtual ~Dialect() = default;
  /// A condition that `column` is one of the integers of a JSON array bound as one text parameter.
  virtual std::string in_json_ids(std::string_view column) const = 0;
  /// A condition that `column` contains the text bound as one parameter (a substring scan).
  virtual std::string contains(std::string_view column) const = 0;
  /// A condition on the cases' full-text index for `case_id_column`, with the phrase bound as one
  /// parameter, or "" when the dialect has none (the store then scans); `phrase` is the user's
  /// text, turned into what the parameter must hold.
  virtual std::string full_text(std::string_view case_id_column, std::string& phrase) const = 0;
  /// The migrations of this dialect, by version (schema.hpp for SQLite).
  virtual std::span<const Migration> migrations() const = 0;
};

/// One connection to one database, used by one thread at a time.
class Connection {
 public:
  virtual ~Connection() = default;

  /// The prepared statement for `sql`, compiled once per connection and cached.
  virtual Query prepare(const std::string& sql) = 0;
  /// Runs SQL without parameters or results (DDL, several statements).
  virtual void exec(std::string_view sql) = 0;

  /// Transactions do not nest; a read snapshot inside a transaction is a no-op read of its own.
  virtual void begin(TxMode mode) = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  /// A nested read snapshot (inside or outside a transaction); end_read() releases it.
  virtual void begin_read() = 0;
  virtual void end_read() noexcept = 0;

  virtual std::int64_t last_insert_id() = 0;
  /// Rows changed by the last INSERT, UPDATE or DELETE.
  virtual std::int64_t changes() = 0;

  /// The schema version recorded in the database (0 for a new, empty one).
  virtual int schema_version() = 0;
  /// Records the version; called inside the migrating transaction.
  virtual void set_schema_version(int version) = 0;
  /// The columns of a table, in order (empty when there is no such table).
  virtual std::vector<std::string> table_columns(const std::string& table) = 0;

  virtual const Dialect& dialect() const = 0;
};

/// Opens (creating when options.create) an SQLite database: WAL, synchronous NORMAL, foreign keys,
/// the busy timeout, on every step of the open. DbError when it cannot.
std::unique_ptr<Connection> open_sqlite(const std::string& path, const StoreOptions& options);

/// A transaction held across statements: rolled back unless commit() was called.
class Transaction {
 public:
  Transaction(Connection& db, TxMode mode) : db_(&db) { db.begin(mode); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction() {
    if (db_) db_->rollback();
  }
  void commit() {
    db_->commit();
    db_ = nullptr;
  }

 private:
  Connection* db_;
};

/// A read snapshot around a multi-statement read, so that a case (or a whole export) is read from
/// one state of the store even while another process writes. Nests inside transactions.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Connection& db) : db_(db) { db.begin_read(); }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;
  ~ReadSnapshot() { db_.end_read(); }

 private:
  Connection& db_;
};

}  // namespace zhifa::detail

// The SQLite backend of the store (backend.hpp): the only file that sees SQLite. One thin layer
// over the C API for everything (statements, transactions, the schema version), because the bulk
// reads of whole cases pay for it: a wrapper that copies a shared pointer on every column read
// cost about 15-40% of a full scan (docs/store.md, "Performance").
#include <sqlite3.h>

#include <chrono>
#include <string>
#include <thread>
#include <unordered_map>

#include "store/backend.hpp"
#include "store/schema.hpp"
#include "util/utf8.hpp"

namespace zhifa::detail {
namespace {

DbErrorKind kind_of(int rc) {
  switch (rc) {
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return DbErrorKind::kPrimaryKey;
    case SQLITE_CONSTRAINT_UNIQUE:
      return DbErrorKind::kUnique;
    default:
      break;
  }
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return DbErrorKind::kBusy;
    case SQLITE_CONSTRAINT:
      return DbErrorKind::kConstraint;
    default:
      return DbErrorKind::kOther;
  }
}

[[noreturn]] void fail(sqlite3* db, int rc) {
  const std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  throw DbError(kind_of(rc), rc, message + " (SQLite error " + std::to_string(rc) + ")");
}

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, const std::string& sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db, sql.c_str(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &s_, nullptr);
    if (rc != SQLITE_OK) fail(db, rc);
  }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement() override { sqlite3_finalize(s_); }

  void bind_null(int i) override { check(sqlite3_bind_null(s_, i)); }
  void bind_int(int i, std::int64_t v) override { check(sqlite3_bind_int64(s_, i, v)); }
  void bind_real(int i, double v) override { check(sqlite3_bind_double(s_, i, v)); }
  void bind_text(int i, std::string_view t) override {
    // A null data pointer would bind NULL: an empty text is bound as ''.
    check(sqlite3_bind_text(s_, i, t.data() ? t.data() : "", static_cast<int>(t.size()),
                            SQLITE_TRANSIENT));
  }
  void bind_blob(int i, const void* data, std::size_t size) override {
    check(sqlite3_bind_blob(s_, i, data, static_cast<int>(size), SQLITE_TRANSIENT));
  }
  bool step() override {
    const int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(db_, sqlite3_extended_errcode(db_));
  }
  void reset() noexcept override {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  int columns() const override { return sqlite3_column_count(s_); }
  bool null(int i) const override { return sqlite3_column_type(s_, i) == SQLITE_NULL; }
  std::int64_t int64(int i) const override { return sqlite3_column_int64(s_, i); }
  std::string_view text(int i) const override {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, i));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string_view();
  }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) fail(db_, rc);
  }
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

class SqliteDialect final : public Dialect {
 public:
  std::string in_json_ids(std::string_view column) const override {
    return std::string(column) + " IN (SELECT value FROM json_each(?))";
  }
  std::string contains(std::string_view column) const override {
    return "instr(" + std::string(column) + ", ?) > 0";
  }
  // FTS5's trigram tokenizer (schema v2) indexes runs of three characters: shorter text has no
  // entry in it and is scanned for instead.
  std::string full_text(std::string_view case_id_column, std::string& phrase) const override {
    if (utf8_length(phrase) < 3) return "";
    std::string quoted = "\"";
    for (char ch : phrase) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    phrase = quoted + "\"";
    return std::string(case_id_column) +
           " IN (SELECT rowid FROM case_text WHERE case_text MATCH ?)";
  }
  std::span<const Migration> migrations() const override { return kMigrations; }
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;
  ~SqliteConnection() override {
    cache_.clear();  // statements first: a connection with live statements does not close
    sqlite3_close(db_);
  }

  Query prepare(const std::string& sql) override {
    auto& slot = cache_[sql];
    if (!slot) slot = std::make_unique<SqliteStatement>(db_, sql);
    return Query(*slot);
  }
  void exec(std::string_view sql) override {
    const std::string text(sql);
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) fail(db_, sqlite3_extended_errcode(db_));
  }
  void begin(TxMode mode) override {
    exec(mode == TxMode::kRead    ? "BEGIN DEFERRED"
         : mode == TxMode::kWrite ? "BEGIN IMMEDIATE"
                                  : "BEGIN EXCLUSIVE");
  }
  void commit() override { exec("COMMIT"); }
  void rollback() noexcept override {
    // Fails only when SQLite has already rolled back (a full disk, an I/O error): nothing is left.
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  void begin_read() override { exec("SAVEPOINT zhifa_read"); }
  void end_read() noexcept override {
    sqlite3_exec(db_, "RELEASE zhifa_read", nullptr, nullptr, nullptr);
  }
  std::int64_t last_insert_id() override { return sqlite3_last_insert_rowid(db_); }
  std::int64_t changes() override { return sqlite3_changes64(db_); }
  int schema_version() override {
    auto q = prepare("PRAGMA user_version");
    return q->step() ? static_cast<int>(q->int64(0)) : 0;
  }
  void set_schema_version(int version) override {
    exec("PRAGMA user_version = " + std::to_string(version));
  }
  std::vector<std::string> table_columns(const std::string& table) override {
    std::vector<std::string> out;
    auto q = prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    q->bind_text(1, table);
    while (q->step()) out.emplace_back(q->text(0));
    return out;
  }
  const Dialect& dialect() const override { return dialect_; }

 private:
  sqlite3* db_;
  std::unordered_map<std::string, std::unique_ptr<SqliteStatement>> cache_;
  SqliteDialect dialect_;
};

}  // namespace

std::unique_ptr<Connection> open_sqlite(const std::string& path, const StoreOptions& options) {
  sqlite3* raw = nullptr;
  const int flags =
      SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (options.create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc);
    sqlite3_close(raw);
    throw DbError(kind_of(rc), rc, message + " (SQLite error " + std::to_string(rc) + ")");
  }
  auto db = std::make_unique<SqliteConnection>(raw);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, options.busy_timeout_ms);
  // Changing the journal mode of a new file takes an exclusive lock, and SQLite fails at once
  // rather than wait when another connection holds a lock it would have to wait behind (its
  // deadlock rule): the caller retries the whole open within the busy timeout (case_store.cpp).
  if (path != ":memory:" && !path.empty()) db->exec("PRAGMA journal_mode = WAL");
  db->exec("PRAGMA synchronous = NORMAL");
  db->exec("PRAGMA foreign_keys = ON");
  return db;
}

}  // namespace zhifa::detail

// Private: CaseStore's implementation, shared by the files of lib/store/ (one per area: the cases
// and their child tables, the full-process record, the registries, the audit runs). It holds one
// Connection (backend.hpp) and knows nothing of the database product.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <variant>
#include <vector>

#include "store/audit_codec.hpp"
#include "store/backend.hpp"
#include "store/columns.hpp"
#include "zhifa/case_store.hpp"

namespace zhifa {

namespace detail {

/// A value bound to a filter's parameter.
using Value = std::variant<std::int64_t, std::string>;

void bind_values(Statement& s, const std::vector<Value>& values, int first = 1);

/// A StorageError naming what the store was doing and the database's reason.
[[noreturn]] void storage_error(const std::string& what, const DbError& e);

/// The columns of `record_entries` after case_id, seq to media_ref (case_rows.cpp; leaf_hash is
/// written by the record's own code).
std::span<const Column<RecordEntry>> record_columns();

/// Adds to `missing` the columns ("table.column") of the case tables that the database lacks.
void missing_case_columns(Connection& db, std::vector<std::string>& missing);

/// A run's item layout and reason texts (audit_codec.hpp), read in the caller's transaction.
struct RunTexts {
  std::optional<ItemLayout> layout;
  std::vector<std::string> texts;  // text id k is texts[k - 1]
  std::unordered_map<std::string, std::int64_t> ids;
};

}  // namespace detail

struct CaseStore::Impl {
  std::string path;
  StoreOptions options;
  std::unique_ptr<detail::Connection> db;
  int version = 0;
  std::map<std::int64_t, detail::RunTexts> run_cache;

  Impl(std::string p, StoreOptions o) : path(std::move(p)), options(std::move(o)) {}

  /// Calls the fault hook with the name of the step a write is at.
  void step(const char* name) const {
    if (options.fault_hook) options.fault_hook(name);
  }

  // ---- opening (case_store.cpp) ----
  /// Runs the missing migrations in one exclusive transaction that re-reads the version inside
  /// it, so that a process which finds another has migrated takes the version it finds.
  void migrate();
  /// StorageError when a table lacks a column the column tables declare.
  void check_schema();

  // ---- cases (case_rows.cpp) ----
  /// Inserts a new case row and its children; returns the id. The caller holds a transaction.
  std::int64_t insert(Case& c, bool explicit_id);
  /// Writes the case's row over the stored one if its version is still c.version; false when no
  /// row was changed.
  bool update_row(const Case& c);
  void delete_children(std::int64_t id);
  /// Writes the case's child rows; `fresh` for a case just inserted (no rows stored yet).
  void write_children(const Case& c, bool fresh);
  /// Whole cases by id (sorted, unique), with `parts`, read from one snapshot.
  std::vector<Case> load_page(const std::vector<std::int64_t>& sorted_ids,
                              CaseParts parts = CaseParts::all());
  std::optional<Case> load(std::int64_t id);
  /// The WHERE clause (with " WHERE ") of a filter over `cases c`, and its values.
  std::string where(const CaseFilter& f, std::vector<detail::Value>& values) const;
  std::string allocate_number(const std::string& agency_code, int year);
  void reserve_number(const Case& c);
  bool case_exists(std::int64_t id);

  // ---- the full-process record (record_rows.cpp) ----
  std::vector<Hash> leaf_hashes(std::int64_t id);
  /// Appends the entries not yet stored; ValidationError when a stored one was changed.
  void write_records(const Case& c, bool fresh);
  std::vector<RecordEntry> read_records(std::int64_t id);
  std::vector<SignedTreeHead> read_heads(std::int64_t id);

  // ---- audit runs (audit_rows.cpp) ----
  detail::RunTexts& run_texts(std::int64_t run_id);
};

}  // namespace zhifa

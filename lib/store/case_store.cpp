// CaseStore (case_store.hpp): opening and migrating a store, and the cases' API. The other areas
// are in files of their own: the case tables (case_rows.cpp), the full-process record
// (record_rows.cpp), the registries (registry_rows.cpp) and the audit runs (audit_rows.cpp), all
// over the backend seam of backend.hpp; the SQLite dialect is sqlite_backend.cpp.
#include "zhifa/case_store.hpp"

#include <algorithm>
#include <chrono>
#include <future>
#include <istream>
#include <limits>
#include <ostream>
#include <thread>

#include "store/schema.hpp"
#include "store/store_impl.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

using detail::DbError;
using detail::DbErrorKind;
using detail::TxMode;

int CaseStore::current_schema_version() { return detail::kMigrations.back().version; }

void CaseStore::Impl::migrate() {
  const int newest = current_schema_version();
  const int target = options.migrate_to > 0 ? options.migrate_to : newest;
  auto newer = [&](int v) {
    return StorageError(path + ": schema version " + std::to_string(v) +
                        " is newer than this zhifa (" + std::to_string(newest) +
                        "); upgrade zhifa");
  };
  version = db->schema_version();
  if (version > newest) throw newer(version);
  if (version >= target) return;
  // One exclusive transaction for all the missing steps, the version read again inside it: a
  // process that finds another has migrated meanwhile takes the version it finds, and no process
  // ever sees a schema half migrated.
  detail::Transaction tx(*db, TxMode::kExclusive);
  version = db->schema_version();
  if (version > newest) throw newer(version);
  const auto steps = db->dialect().migrations();
  for (const auto& m : steps) {
    if (m.version <= version || m.version > target) continue;
    db->exec(m.sql);
    version = m.version;
  }
  if (version >= 8) {  // schema_migrations (v8) lists every step applied
    for (const auto& m : steps) {
      if (m.version > version) break;
      auto q = db->prepare(
          "INSERT INTO schema_migrations(version, description) SELECT ?, ? WHERE NOT EXISTS "
          "(SELECT 1 FROM schema_migrations WHERE version = ?)");
      q->bind_int(1, m.version);
      q->bind_text(2, m.description);
      q->bind_int(3, m.version);
      q->exec();
    }
  }
  db->set_schema_version(version);
  tx.commit();
}

void CaseStore::Impl::check_schema() {
  std::vector<std::string> missing;
  detail::missing_case_columns(*db, missing);
  if (missing.empty()) return;
  std::string list;
  for (const auto& m : missing) list += (list.empty() ? "" : ", ") + m;
  throw StorageError(path + ": schema version " + std::to_string(version) +
                     " lacks columns this zhifa reads and writes: " + list +
                     " (was the file changed by hand?)");
}

CaseStore::CaseStore(const std::string& path, StoreOptions options) {
  impl_ = std::make_unique<Impl>(path, std::move(options));
  // Opening waits the busy timeout at every step. The SQLite busy handler covers most, but some
  // waits it declines (a journal-mode change behind another connection's lock, a lock upgrade
  // that could deadlock): then the whole open, which changes nothing unless it commits, is tried
  // again until the timeout has passed.
  const auto deadline = std::chrono::steady_clock::now() +
                        std::chrono::milliseconds(std::max(0, impl_->options.busy_timeout_ms));
  for (int attempt = 0;; ++attempt) {
    try {
      impl_->db = detail::open_sqlite(path, impl_->options);
      impl_->migrate();
      if (impl_->version == current_schema_version()) impl_->check_schema();
      return;
    } catch (const DbError& e) {
      impl_->db.reset();
      if (e.kind() != DbErrorKind::kBusy || std::chrono::steady_clock::now() >= deadline) {
        detail::storage_error("cannot open case store '" + path + "'", e);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(std::min(2 + attempt, 50)));
    }
  }
}

CaseStore::~CaseStore() = default;
CaseStore::CaseStore(CaseStore&&) noexcept = default;
CaseStore& CaseStore::operator=(CaseStore&&) noexcept = default;

int CaseStore::schema_version() const { return impl_->version; }
const std::string& CaseStore::path() const { return impl_->path; }
const StoreOptions& CaseStore::options() const { return impl_->options; }

std::int64_t CaseStore::add(Case& c) {
  std::vector<Case> one{c};
  add_all(one);
  c = std::move(one.front());
  return c.id;
}

std::size_t CaseStore::add_all(std::vector<Case>& cases) {
  for (const auto& c : cases) {
    if (c.id != 0) {
      throw ValidationError("add: case " + std::to_string(c.id) +
                            " is already stored; use update()");
    }
  }
  std::vector<Case> work = cases;  // nothing changes for the caller unless all are stored
  try {
    detail::Transaction tx(*impl_->db, TxMode::kWrite);
    for (auto& c : work) {
      c.version = 0;
      impl_->insert(c, false);
    }
    tx.commit();
  } catch (const DbError& e) {
    detail::storage_error("cannot add cases", e);
  }
  cases = std::move(work);
  return cases.size();
}

void CaseStore::update(Case& c) {
  if (c.id == 0) throw ValidationError("update: the case has no id; use add()");
  Case next = c;
  try {
    detail::Transaction tx(*impl_->db, TxMode::kWrite);
    if (next.filed_on && next.number.empty()) {
      next.number = impl_->allocate_number(next.agency_code, next.filed_on->year());
    } else {
      impl_->reserve_number(next);
    }
    impl_->step("cases");
    if (!impl_->update_row(next)) {
      auto exists = impl_->db->prepare("SELECT row_version FROM cases WHERE id = ?");
      exists->bind_int(1, next.id);
      if (!exists->step()) throw NotFoundError("no case with id " + std::to_string(next.id));
      const std::int64_t stored = exists->int64(0);
      throw ConflictError("case " + std::to_string(next.id) +
                          " was changed by someone else: stored version " + std::to_string(stored) +
                          ", this copy is version " + std::to_string(next.version) +
                          "; reload it and apply the change again");
    }
    next.version += 1;
    impl_->delete_children(next.id);
    impl_->write_children(next, false);
    tx.commit();
  } catch (const DbError& e) {
    detail::storage_error("cannot update case " + std::to_string(c.id), e);
  }
  c = std::move(next);
}

Case CaseStore::get(std::int64_t id) const {
  try {
    auto c = impl_->load(id);
    if (!c) throw NotFoundError("no case with id " + std::to_string(id));
    return std::move(*c);
  } catch (const DbError& e) {
    detail::storage_error("cannot read case " + std::to_string(id), e);
  }
}

std::optional<Case> CaseStore::find_by_number(const std::string& number) const {
  try {
    std::int64_t id = 0;
    {
      auto q = impl_->db->prepare("SELECT id FROM cases WHERE number = ?");
      q->bind_text(1, number);
      if (!q->step()) return std::nullopt;
      id = q->int64(0);
    }
    return impl_->load(id);
  } catch (const DbError& e) {
    detail::storage_error("cannot look up case " + number, e);
  }
}

namespace {

std::string limit_clause(const CaseFilter& f, std::vector<detail::Value>& values) {
  values.emplace_back(f.limit);
  values.emplace_back(f.offset);
  return " LIMIT ? OFFSET ?";
}

}  // namespace

std::vector<CaseSummary> CaseStore::list(const CaseFilter& filter) const {
  std::vector<detail::Value> values;
  // The WHERE values are bound before the LIMIT ones.
  const std::string where = impl_->where(filter, values);
  const std::string limit = limit_clause(filter, values);
  const std::string sql =
      "SELECT c.id, c.row_version, c.number, c.agency_code, c.power_code, c.status, c.procedure, "
      "c.title, p.name, coalesce(p.credit_code, p.resident_id), c.lead_on, c.filed_on, "
      "c.decision_decided_on, c.total_fine_fen FROM cases c LEFT JOIN parties p ON p.case_id = "
      "c.id AND p.ordinal = 0" +
      where + " ORDER BY c.id" + limit;
  std::vector<CaseSummary> out;
  try {
    auto q = impl_->db->prepare(sql);
    detail::bind_values(*q, values);
    using detail::Codec;
    while (q->step()) {
      CaseSummary s;
      s.id = q->int64(0);
      s.version = q->int64(1);
      s.number = q->text(2);
      s.agency_code = q->text(3);
      s.power_code = q->text(4);
      s.status = Codec<CaseStatus>::read(*q, 5);
      s.procedure = Codec<ProcedureKind>::read(*q, 6);
      s.title = q->text(7);
      s.party_name = q->text(8);
      s.party_identifier = q->text(9);
      s.lead_on = Codec<Date>::read(*q, 10);
      s.filed_on = Codec<std::optional<Date>>::read(*q, 11);
      s.decided_on = Codec<std::optional<Date>>::read(*q, 12);
      s.total_fine = Codec<Money>::read(*q, 13);
      out.push_back(std::move(s));
    }
  } catch (const DbError& e) {
    detail::storage_error("cannot list cases", e);
  }
  return out;
}

std::int64_t CaseStore::count(const CaseFilter& filter) const {
  std::vector<detail::Value> values;
  const std::string sql = "SELECT count(*) FROM cases c" + impl_->where(filter, values);
  try {
    auto q = impl_->db->prepare(sql);
    detail::bind_values(*q, values);
    q->step();
    return q->int64(0);
  } catch (const DbError& e) {
    detail::storage_error("cannot count cases", e);
  }
}

std::vector<std::int64_t> CaseStore::ids(const CaseFilter& filter) const {
  std::vector<detail::Value> values;
  const std::string where = impl_->where(filter, values);
  const std::string limit = limit_clause(filter, values);
  std::vector<std::int64_t> out;
  try {
    auto q = impl_->db->prepare("SELECT c.id FROM cases c" + where + " ORDER BY c.id" + limit);
    detail::bind_values(*q, values);
    while (q->step()) out.push_back(q->int64(0));
  } catch (const DbError& e) {
    detail::storage_error("cannot list case ids", e);
  }
  return out;
}

std::optional<std::pair<std::int64_t, std::int64_t>> CaseStore::id_span(
    const CaseFilter& filter) const {
  std::vector<detail::Value> values;
  const std::string sql = "SELECT min(c.id), max(c.id) FROM cases c" + impl_->where(filter, values);
  try {
    auto q = impl_->db->prepare(sql);
    detail::bind_values(*q, values);
    if (!q->step() || q->null(0)) return std::nullopt;
    return std::pair{q->int64(0), q->int64(1)};
  } catch (const DbError& e) {
    detail::storage_error("cannot read the range of case ids", e);
  }
}

std::vector<Case> CaseStore::get_many(std::vector<std::int64_t> ids, CaseParts parts) const {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  try {
    return impl_->load_page(ids, parts);
  } catch (const DbError& e) {
    detail::storage_error("cannot read cases", e);
  }
}

void CaseStore::for_each(const CaseFilter& filter,
                         const std::function<void(const Case&)>& f) const {
  for_each_owned(filter, [&](Case&& c) { f(c); });
}

void CaseStore::for_each_id_page(const CaseFilter& filter, std::size_t page_size,
                                 const std::function<void(std::vector<std::int64_t>&&)>& f) const {
  if (page_size == 0) throw ValidationError("for_each_id_page: the page size is 0");
  CaseFilter page = filter;
  // Every page by key, the first too (ids are positive): the walk keeps to id order.
  if (page.after_id == 0) page.after_id = std::numeric_limits<std::int64_t>::min();
  std::int64_t remaining = filter.limit;  // negative: no limit
  while (remaining != 0) {
    const auto size = static_cast<std::int64_t>(page_size);
    page.limit = remaining < 0 ? size : std::min(size, remaining);
    std::vector<std::int64_t> ids = this->ids(page);
    if (ids.empty()) return;
    if (remaining > 0) remaining -= static_cast<std::int64_t>(ids.size());
    page.after_id = ids.back();
    page.offset = 0;  // the filter's offset applies to the first page only
    f(std::move(ids));
  }
}

void CaseStore::for_each_owned(const CaseFilter& filter, const std::function<void(Case&&)>& f,
                               CaseParts parts) const {
  // Pages of ids keep memory bounded and let `f` use the store (no open statement across calls);
  // each page is read from one snapshot, released before `f` runs.
  for_each_id_page(filter, 512, [&](std::vector<std::int64_t>&& ids) {
    for (Case& c : get_many(std::move(ids), parts)) f(std::move(c));
  });
}

ImportReport CaseStore::import_jsonl(std::istream& in, std::size_t batch_size,
                                     const std::function<void(std::size_t)>& progress) {
  ImportReport report;
  std::string line;
  std::size_t in_batch = 0;
  std::size_t committed = 0, committed_lines = 0;  // what earlier batches made durable
  // The error of a line, with what stays of the import: the batches committed before its own.
  auto line_error = [&](const std::string& why) {
    std::string kept = committed == 0
                           ? "nothing was committed"
                           : std::to_string(committed) + " case(s) of lines 1-" +
                                 std::to_string(committed_lines) + " were committed and stay";
    return "line " + std::to_string(report.lines) + ": " + why + "; " + kept +
           "; the first line not committed is line " + std::to_string(committed_lines + 1);
  };
  // Lines are parsed a block ahead on another thread while this one stores the block before:
  // parsing costs about as much as storing, and on two cores the import then runs at the speed
  // of add_all. The errors of a block are reported when its line is reached, in order.
  struct Parsed {
    bool blank = false;
    std::optional<Case> c;
    std::string error;
  };
  constexpr std::size_t kBlock = 256;
  auto read_block = [&] {
    std::vector<std::string> lines;
    while (lines.size() < kBlock && std::getline(in, line)) lines.push_back(std::move(line));
    return lines;
  };
  auto parse = [](std::vector<std::string> lines) {
    std::vector<Parsed> out(lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i].find_first_not_of(" \t\r") == std::string::npos) {
        out[i].blank = true;
        continue;
      }
      try {
        out[i].c = case_from_json(lines[i]);
      } catch (const Error& e) {
        out[i].error = e.what();
      }
    }
    return out;
  };
  try {
    std::optional<detail::Transaction> tx;
    tx.emplace(*impl_->db, TxMode::kWrite);
    std::vector<std::string> first = read_block();
    std::future<std::vector<Parsed>> ahead;
    if (!first.empty()) ahead = std::async(std::launch::async, parse, std::move(first));
    while (ahead.valid()) {
      std::vector<Parsed> block = ahead.get();
      std::vector<std::string> next = read_block();
      if (!next.empty()) ahead = std::async(std::launch::async, parse, std::move(next));
      for (Parsed& p : block) {
        ++report.lines;
        if (p.blank) continue;
        if (!p.c) throw ValidationError(line_error(p.error));
        Case& c = *p.c;
        try {
          impl_->insert(c, c.id != 0);
        } catch (const DbError& e) {
          // A full disk or an I/O error is not the line's fault.
          if (e.kind() != DbErrorKind::kPrimaryKey && e.kind() != DbErrorKind::kUnique &&
              e.kind() != DbErrorKind::kConstraint) {
            throw;
          }
          throw ValidationError(line_error(
              e.kind() == DbErrorKind::kPrimaryKey
                  ? "a case with id " + std::to_string(c.id) + " already exists"
              : e.kind() == DbErrorKind::kUnique ? "a case numbered " + c.number + " already exists"
                                                 : std::string(e.what())));
        } catch (const ValidationError& e) {
          throw ValidationError(line_error(e.what()));
        } catch (const NotFoundError& e) {
          throw NotFoundError(line_error(e.what()));
        }
        ++report.imported;
        if (batch_size > 0 && ++in_batch == batch_size) {
          tx->commit();
          committed = report.imported;
          committed_lines = report.lines;
          tx.reset();
          tx.emplace(*impl_->db, TxMode::kWrite);
          in_batch = 0;
        }
        if (progress && report.lines % 1000 == 0) progress(report.lines);
      }
    }
    tx->commit();
  } catch (const DbError& e) {
    detail::storage_error("import stopped at line " + std::to_string(report.lines) + " (" +
                              std::to_string(committed) + " case(s) committed before it)",
                          e);
  }
  if (progress) progress(report.lines);
  return report;
}

std::size_t CaseStore::export_jsonl(std::ostream& out, const CaseFilter& filter) const {
  detail::ReadSnapshot snapshot(*impl_->db);  // one consistent view of the whole export
  std::size_t n = 0;
  for_each(filter, [&](const Case& c) {
    out << to_json(c) << '\n';
    ++n;
  });
  if (!out) {
    throw StorageError("export: the output stream failed after " + std::to_string(n) + " cases");
  }
  return n;
}

}  // namespace zhifa

// The SQLite store (case_store.hpp). One file over 800 lines, because it is the only translation
// unit that sees SQLite: the prepared statements, the row readers of the fourteen case tables,
// the transaction and busy-timeout handling and the migrations runner are private to it, so that
// no SQLite type reaches another file. Its sections follow the public API: cases, deadlines, the
// full-process record, the registries, audit runs.
#include "zhifa/case_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <cstring>
#include <istream>
#include <limits>
#include <map>
#include <ostream>
#include <sstream>
#include <unordered_map>
#include <utility>
#include <variant>

#include "store/audit_codec.hpp"
#include "store/schema.hpp"
#include "util/json_node.hpp"
#include "util/utf8.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/error.hpp"
#include "zhifa/record.hpp"

namespace zhifa {
namespace {

using Value = std::variant<std::int64_t, std::string>;

[[noreturn]] void storage_error(const std::string& what, const SQLite::Exception& e) {
  throw StorageError(what + ": " + e.what() + " (SQLite error " + std::to_string(e.getErrorCode()) +
                     ")");
}

void bind_date(SQLite::Statement& st, int i, const std::optional<Date>& d) {
  if (d) {
    st.bind(i, iso(*d));
  } else {
    st.bind(i);
  }
}

void bind_text(SQLite::Statement& st, int i, const std::optional<std::string>& s) {
  if (s) {
    st.bind(i, *s);
  } else {
    st.bind(i);
  }
}

std::optional<Date> col_date(SQLite::Statement& st, int i) {
  if (st.isColumnNull(i)) return std::nullopt;
  return parse_iso_date(st.getColumn(i).getString());
}

Date req_date(SQLite::Statement& st, int i) { return parse_iso_date(st.getColumn(i).getString()); }

std::string col_text(SQLite::Statement& st, int i) {
  return st.isColumnNull(i) ? std::string() : st.getColumn(i).getString();
}

// Column reads straight from the prepared statement, for the bulk reads: SQLiteCpp's getColumn()
// copies a shared pointer on every call, a cost that dominates reading whole cases.
class Row {
 public:
  explicit Row(sqlite3_stmt* s) : s_(s) {}
  int columns() const { return sqlite3_column_count(s_); }
  bool null(int i) const { return sqlite3_column_type(s_, i) == SQLITE_NULL; }
  std::string_view view(int i) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, i));
    return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string_view();
  }
  std::string text(int i) const { return std::string(view(i)); }
  std::int64_t int64(int i) const { return sqlite3_column_int64(s_, i); }
  bool flag(int i) const { return sqlite3_column_int64(s_, i) != 0; }
  std::optional<Date> date(int i) const {
    if (null(i)) return std::nullopt;
    return parse_iso_date(view(i));
  }
  Date req_date(int i) const { return parse_iso_date(view(i)); }

 private:
  sqlite3_stmt* s_;
};

// A statement prepared on the raw SQLite API for the bulk reads, kept for the connection's life.
class RawStatement {
 public:
  RawStatement(sqlite3* db, const std::string& sql) : db_(db) {
    const int rc = sqlite3_prepare_v3(db, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &s_, nullptr);
    if (rc != SQLITE_OK) throw SQLite::Exception(db, rc);
  }
  RawStatement(const RawStatement&) = delete;
  RawStatement& operator=(const RawStatement&) = delete;
  ~RawStatement() { sqlite3_finalize(s_); }

  void bind(int i, std::string_view text) {
    const int rc =
        sqlite3_bind_text(s_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  void bind(int i, std::int64_t v) {
    const int rc = sqlite3_bind_int64(s_, i, v);
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  /// True on a row, false when done.
  bool step() {
    const int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db_, rc);
  }
  // Ends the read (releasing its snapshot) and clears the bindings.
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  Row row() const { return Row(s_); }

 private:
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

// Resets a RawStatement when the read ends, however it ends: an unfinished statement would keep
// its read snapshot, and a later write on a stale snapshot fails with SQLITE_BUSY.
class Cursor {
 public:
  explicit Cursor(RawStatement& s) : s_(&s) {}
  Cursor(Cursor&& other) noexcept : s_(std::exchange(other.s_, nullptr)) {}
  Cursor(const Cursor&) = delete;
  Cursor& operator=(const Cursor&) = delete;
  Cursor& operator=(Cursor&&) = delete;
  ~Cursor() {
    if (s_) s_->reset();
  }
  RawStatement* operator->() { return s_; }

 private:
  RawStatement* s_;
};

// A run's item layout and reason texts (audit_codec.hpp), read in the caller's transaction.
struct RunTexts {
  std::optional<detail::ItemLayout> layout;
  std::vector<std::string> texts;  // text id k is texts[k - 1]
  std::unordered_map<std::string, std::int64_t> ids;
};

std::string json_list(const std::vector<std::string>& v) { return detail::json(v).dump(); }

// A JSON array of strings as json_list() writes it. Lists without escapes (all of zhifa's ids)
// take a direct path; anything else goes through the JSON parser.
std::vector<std::string> list_from_json(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  if (text.find('\\') == std::string_view::npos && text.size() >= 2 && text.front() == '[' &&
      text.back() == ']') {
    std::size_t i = 1;
    const std::size_t end = text.size() - 1;
    bool ok = true;
    while (i < end) {
      if (text[i] != '"') {
        ok = false;
        break;
      }
      const std::size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos || close >= end) {
        ok = false;
        break;
      }
      out.emplace_back(text.substr(i + 1, close - i - 1));
      i = close + 1;
      if (i < end) {
        if (text[i] != ',' || i + 1 == end) {  // a comma needs another element after it
          ok = false;
          break;
        }
        ++i;
      }
    }
    if (ok) return out;
    out.clear();
  }
  return detail::json::parse(text).get<std::vector<std::string>>();
}

// Columns of the cases table after id, in the order they are bound and read.
constexpr const char* kCaseColumns[] = {"row_version",
                                        "number",
                                        "agency_code",
                                        "power_code",
                                        "procedure",
                                        "status",
                                        "source",
                                        "title",
                                        "facts",
                                        "lead_on",
                                        "filed_on",
                                        "investigators",
                                        "flag_complex_or_serious",
                                        "flag_major_public_interest",
                                        "flag_major_rights",
                                        "flag_complex_legal_relations",
                                        "flag_review_required_by_law",
                                        "flag_mental_incapacity",
                                        "notice_served_on",
                                        "notice_hearing_right",
                                        "notice_statement_waived_on",
                                        "notice_statement_made_on",
                                        "notice_hearing_waived_on",
                                        "hearing_requested_on",
                                        "hearing_notified_on",
                                        "hearing_scheduled_for",
                                        "hearing_presiding_officer",
                                        "hearing_held_on",
                                        "hearing_waived_by_absence",
                                        "discussion_held_on",
                                        "discussion_participants",
                                        "discussion_conclusion",
                                        "decision_outcome",
                                        "decision_decided_on",
                                        "decision_number",
                                        "decision_on_the_spot",
                                        "decision_mitigation",
                                        "total_fine_fen",
                                        "served_on",
                                        "arrangement_applied_on",
                                        "arrangement_approved_on",
                                        "arrangement_approver",
                                        "closed_on",
                                        "change_on",
                                        "change_kind",
                                        "change_by",
                                        "change_reason",
                                        "published_on",
                                        "publication_reference",
                                        "withdrawn_on",
                                        "withdrawal_reason",
                                        "removed_on",
                                        "removal_reason"};
constexpr int kCaseColumnCount = static_cast<int>(std::size(kCaseColumns));

std::string insert_case_sql() {
  std::string cols = "id", marks = "?";
  for (const char* c : kCaseColumns) {
    cols += std::string(", ") + c;
    marks += ", ?";
  }
  return "INSERT INTO cases(" + cols + ") VALUES (" + marks + ")";
}

std::string update_case_sql() {
  std::string sets;
  for (const char* c : kCaseColumns) sets += (sets.empty() ? "" : ", ") + std::string(c) + " = ?";
  return "UPDATE cases SET " + sets + " WHERE id = ? AND row_version = ?";
}

std::string select_case_sql() {
  std::string cols = "id";
  for (const char* c : kCaseColumns) cols += std::string(", ") + c;
  return "SELECT " + cols + " FROM cases WHERE id = ?";
}

// Binds the case's columns starting at `first`.
void bind_case(SQLite::Statement& st, int first, const Case& c, std::int64_t row_version) {
  int k = first;
  st.bind(k++, row_version);
  bind_text(st, k++, c.number.empty() ? std::nullopt : std::optional<std::string>(c.number));
  st.bind(k++, c.agency_code);
  st.bind(k++, c.power_code);
  st.bind(k++, to_string(c.procedure));
  st.bind(k++, to_string(c.status));
  st.bind(k++, to_string(c.source));
  st.bind(k++, c.title);
  st.bind(k++, c.facts);
  st.bind(k++, iso(c.lead_on));
  bind_date(st, k++, c.filed_on);
  st.bind(k++, json_list(c.investigators));
  for (bool f : {c.flags.complex_or_serious, c.flags.major_public_interest, c.flags.major_rights,
                 c.flags.complex_legal_relations, c.flags.review_required_by_law,
                 c.flags.mental_incapacity}) {
    st.bind(k++, f ? 1 : 0);
  }
  const auto& n = c.notice;
  bind_date(st, k++, n ? std::optional<Date>(n->served_on) : std::nullopt);
  if (n) {
    st.bind(k++, n->hearing_right_notified ? 1 : 0);
  } else {
    st.bind(k++);
  }
  bind_date(st, k++, n ? n->statement_waived_on : std::nullopt);
  bind_date(st, k++, n ? n->statement_made_on : std::nullopt);
  bind_date(st, k++, n ? n->hearing_waived_on : std::nullopt);
  const auto& h = c.hearing;
  bind_date(st, k++, h ? std::optional<Date>(h->requested_on) : std::nullopt);
  bind_date(st, k++, h ? h->notified_on : std::nullopt);
  bind_date(st, k++, h ? h->scheduled_for : std::nullopt);
  bind_text(st, k++, h ? std::optional<std::string>(h->presiding_officer_id) : std::nullopt);
  bind_date(st, k++, h ? h->held_on : std::nullopt);
  if (h) {
    st.bind(k++, h->waived_by_absence ? 1 : 0);
  } else {
    st.bind(k++);
  }
  const auto& d = c.discussion;
  bind_date(st, k++, d ? std::optional<Date>(d->held_on) : std::nullopt);
  bind_text(st, k++, d ? std::optional<std::string>(json_list(d->participants)) : std::nullopt);
  bind_text(st, k++, d ? std::optional<std::string>(d->conclusion) : std::nullopt);
  const auto& dec = c.decision;
  bind_text(st, k++, dec ? std::optional<std::string>(to_string(dec->outcome)) : std::nullopt);
  bind_date(st, k++, dec ? std::optional<Date>(dec->decided_on) : std::nullopt);
  bind_text(st, k++, dec ? std::optional<std::string>(dec->document_number) : std::nullopt);
  if (dec) {
    st.bind(k++, dec->on_the_spot ? 1 : 0);
  } else {
    st.bind(k++);
  }
  bind_text(st, k++, dec ? std::optional<std::string>(to_string(dec->mitigation)) : std::nullopt);

  st.bind(k++, dec ? dec->total_fine().fen() : std::int64_t{0});
  bind_date(st, k++, c.served_on);
  const auto& a = c.arrangement;
  bind_date(st, k++, a ? std::optional<Date>(a->applied_on) : std::nullopt);
  bind_date(st, k++, a ? std::optional<Date>(a->approved_on) : std::nullopt);
  bind_text(st, k++, a ? std::optional<std::string>(a->approver) : std::nullopt);
  bind_date(st, k++, c.closed_on);
  const auto& ch = c.decision_change;
  bind_date(st, k++, ch ? std::optional<Date>(ch->on) : std::nullopt);
  bind_text(st, k++, ch ? std::optional<std::string>(to_string(ch->kind)) : std::nullopt);
  bind_text(st, k++, ch ? std::optional<std::string>(ch->by) : std::nullopt);
  bind_text(st, k++, ch ? std::optional<std::string>(ch->reason) : std::nullopt);
  const auto& pub = c.publication;
  bind_date(st, k++, pub ? std::optional<Date>(pub->published_on) : std::nullopt);
  bind_text(st, k++, pub ? std::optional<std::string>(pub->reference) : std::nullopt);
  bind_date(st, k++, pub ? pub->withdrawn_on : std::nullopt);
  bind_text(st, k++, pub ? std::optional<std::string>(pub->withdrawal_reason) : std::nullopt);
  bind_date(st, k++, pub ? pub->removed_on : std::nullopt);
  bind_text(st, k++, pub ? std::optional<std::string>(pub->removal_reason) : std::nullopt);
}

// Reads the case columns of a select_case_sql() row (column 0 is the id).
Case read_case_row(const Row& st) {
  Case c;
  int k = 0;
  c.id = st.int64(k++);
  c.version = st.int64(k++);
  c.number = st.text(k++);
  c.agency_code = st.text(k++);
  c.power_code = st.text(k++);
  c.procedure = procedure_kind_from_string(st.view(k++));
  c.status = case_status_from_string(st.view(k++));
  c.source = case_source_from_string(st.view(k++));
  c.title = st.text(k++);
  c.facts = st.text(k++);
  c.lead_on = st.req_date(k++);
  c.filed_on = st.date(k++);
  c.investigators = list_from_json(st.view(k++));
  bool* flags[] = {&c.flags.complex_or_serious,     &c.flags.major_public_interest,
                   &c.flags.major_rights,           &c.flags.complex_legal_relations,
                   &c.flags.review_required_by_law, &c.flags.mental_incapacity};
  for (bool* f : flags) *f = st.flag(k++);
  if (auto served = st.date(k)) {
    RightsNotice n;
    n.served_on = *served;
    n.hearing_right_notified = st.flag(k + 1);
    n.statement_waived_on = st.date(k + 2);
    n.statement_made_on = st.date(k + 3);
    n.hearing_waived_on = st.date(k + 4);
    c.notice = std::move(n);
  }
  k += 5;
  if (auto requested = st.date(k)) {
    Hearing h;
    h.requested_on = *requested;
    h.notified_on = st.date(k + 1);
    h.scheduled_for = st.date(k + 2);
    h.presiding_officer_id = st.text(k + 3);
    h.held_on = st.date(k + 4);
    h.waived_by_absence = st.flag(k + 5);
    c.hearing = std::move(h);
  }
  k += 6;
  if (auto held = st.date(k)) {
    c.discussion = CollectiveDiscussion{*held, list_from_json(st.view(k + 1)), st.text(k + 2)};
  }
  k += 3;
  if (!st.null(k)) {
    Decision d;
    d.outcome = outcome_from_string(st.view(k));
    d.decided_on = st.req_date(k + 1);
    d.document_number = st.text(k + 2);
    d.on_the_spot = st.flag(k + 3);
    d.mitigation = mitigation_from_string(st.view(k + 4));
    c.decision = std::move(d);
  }
  k += 6;  // total_fine_fen is derived
  c.served_on = st.date(k++);
  if (auto applied = st.date(k)) {
    PaymentArrangement a;
    a.applied_on = *applied;
    a.approved_on = st.req_date(k + 1);
    a.approver = st.text(k + 2);
    c.arrangement = std::move(a);
  }
  k += 3;
  c.closed_on = st.date(k++);
  if (auto on = st.date(k)) {
    c.decision_change = DecisionChange{*on, decision_change_kind_from_string(st.view(k + 1)),
                                       st.text(k + 2), st.text(k + 3)};
  }
  k += 4;
  if (auto on = st.date(k)) {
    c.publication = Publication{
        *on, st.text(k + 1), st.date(k + 2), st.text(k + 3), st.date(k + 4), st.text(k + 5)};
  }
  k += 6;
  return c;
}

}  // namespace

struct CaseStore::Impl {
  std::string path;
  StoreOptions options;
  SQLite::Database db;
  int version = 0;
  std::map<std::string, std::unique_ptr<SQLite::Statement>> statements;
  std::map<std::string, std::unique_ptr<RawStatement>> raw_statements;
  std::map<std::int64_t, RunTexts> run_cache;

  Impl(const std::string& p, StoreOptions o)
      : path(p),
        options(std::move(o)),
        db(p,
           SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX |
               (options.create ? SQLite::OPEN_CREATE : 0),
           options.busy_timeout_ms) {}

  // A prepared statement, compiled once per connection and reset for reuse. A caller that stops
  // reading before the last row must reset() it: an unfinished statement holds a read snapshot,
  // and a later write transaction on a stale snapshot fails at once with SQLITE_BUSY.
  SQLite::Statement& stmt(const std::string& sql) {
    auto& slot = statements[sql];
    if (!slot) {
      slot = std::make_unique<SQLite::Statement>(db, sql);
    } else {
      slot->reset();
      slot->clearBindings();
    }
    return *slot;
  }

  // A raw statement for a bulk read, compiled once per connection; the cursor resets it.
  Cursor raw(const std::string& sql) {
    auto& slot = raw_statements[sql];
    if (!slot) slot = std::make_unique<RawStatement>(db.getHandle(), sql);
    return Cursor(*slot);
  }

  // The run's item layout and reason texts (audit_codec.hpp); NotFoundError for an unknown run.
  // The run's item layout and reason texts (audit_codec.hpp), cached for the connection and
  // brought up to date from the store on each call (texts are only ever added, numbered densely);
  // NotFoundError for an unknown run. A store opened at an older schema (StoreOptions::migrate_to)
  // has no layouts or texts.
  RunTexts& run_texts(std::int64_t run_id) {
    std::optional<std::int64_t> last;
    {
      auto q = raw(version < 6 ? "SELECT NULL, NULL FROM audit_runs WHERE id = ?"
                               : "SELECT item_layout, (SELECT max(id) FROM audit_texts WHERE "
                                 "run_id = audit_runs.id) FROM audit_runs WHERE id = ?");
      q->bind(1, run_id);
      if (!q->step()) throw NotFoundError("no audit run with id " + std::to_string(run_id));
      const Row row = q->row();
      RunTexts& cached = run_cache[run_id];
      if (!cached.layout && !row.null(0)) {
        cached.layout = detail::ItemLayout::from_json(row.view(0));
      }
      if (!row.null(1)) last = row.int64(1);
    }
    RunTexts& out = run_cache[run_id];
    const auto have = static_cast<std::int64_t>(out.texts.size());
    if (last.value_or(0) == have) return out;
    // Fewer texts stored than cached: some were numbered in a transaction that rolled back (or the
    // run was removed and its id reused). Read them afresh.
    if (last.value_or(0) < have) {
      run_cache.erase(run_id);
      return run_texts(run_id);
    }
    auto q = raw("SELECT id, text FROM audit_texts WHERE run_id = ? AND id > ? ORDER BY id");
    q->bind(1, run_id);
    q->bind(2, have);
    const Row row = q->row();
    while (q->step()) {
      if (row.int64(0) != static_cast<std::int64_t>(out.texts.size() + 1)) {
        run_cache.erase(run_id);
        throw IntegrityError("audit run " + std::to_string(run_id) +
                             ": its reason texts are not numbered 1, 2, ... (text " +
                             std::to_string(row.int64(0)) + ")");
      }
      out.texts.push_back(row.text(1));
      out.ids.emplace(out.texts.back(), row.int64(0));
    }
    return out;
  }

  void step(const char* name) {
    if (options.fault_hook) options.fault_hook(name);
  }

  void migrate() {
    version = db.execAndGet("PRAGMA user_version").getInt();
    const int target = options.migrate_to > 0 ? options.migrate_to : current_schema_version();
    if (version > current_schema_version()) {
      throw StorageError(path + ": schema version " + std::to_string(version) +
                         " is newer than this zhifa (" + std::to_string(current_schema_version()) +
                         "); upgrade zhifa");
    }
    for (const auto& m : detail::kMigrations) {
      if (m.version <= version || m.version > target) continue;
      SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
      // Another process may have migrated meanwhile.
      if (db.execAndGet("PRAGMA user_version").getInt() >= m.version) continue;
      db.exec(std::string(m.sql));
      db.exec("PRAGMA user_version = " + std::to_string(m.version));
      tx.commit();
      version = m.version;
    }
  }

  std::string allocate_number(const std::string& agency_code, int year) {
    auto& prefix = stmt("SELECT case_prefix FROM agencies WHERE code = ?");
    prefix.bind(1, agency_code);
    if (!prefix.executeStep()) {
      throw NotFoundError("agency '" + agency_code +
                          "' is not registered in the store; register_agency() first");
    }
    const std::string p = prefix.getColumn(0).getString();
    prefix.reset();  // a statement left on a row keeps its read snapshot open past the commit
    // Skip a serial that a case already carries (a number stored before its agency was
    // registered, so never reserved): numbers stay unique and allocation never fails on them.
    for (;;) {
      auto& next = stmt(
          "INSERT INTO case_numbers(agency_code, year, last_serial) VALUES (?, ?, 1) "
          "ON CONFLICT(agency_code, year) DO UPDATE SET last_serial = last_serial + 1 RETURNING "
          "last_serial");
      next.bind(1, agency_code);
      next.bind(2, year);
      next.executeStep();
      const std::int64_t serial = next.getColumn(0).getInt64();
      while (next.executeStep()) {
      }
      std::string number = p + "〔" + std::to_string(year) + "〕" + std::to_string(serial) + "号";
      auto& taken = stmt("SELECT 1 FROM cases WHERE number = ?");
      taken.bind(1, number);
      const bool used = taken.executeStep();
      taken.reset();
      if (!used) return number;
    }
  }

  // After storing an explicit number (import), make sure allocation never reuses it.
  void reserve_number(const Case& c) {
    if (c.number.empty()) return;
    auto& prefix = stmt("SELECT case_prefix FROM agencies WHERE code = ?");
    prefix.bind(1, c.agency_code);
    if (!prefix.executeStep()) return;
    const std::string head = prefix.getColumn(0).getString() + "〔";
    prefix.reset();
    if (c.number.rfind(head, 0) != 0) return;
    auto close = c.number.find("〕", head.size());
    if (close == std::string::npos) return;
    const std::string year = c.number.substr(head.size(), close - head.size());
    const std::string tail = c.number.substr(close + std::string("〕").size());
    if (tail.size() <= std::string("号").size()) return;
    const std::string serial = tail.substr(0, tail.size() - std::string("号").size());
    if (serial.find_first_not_of("0123456789") != std::string::npos ||
        year.find_first_not_of("0123456789") != std::string::npos || year.empty() ||
        serial.empty() || serial.size() > 12 || year.size() > 4) {
      return;
    }
    auto& up = stmt(
        "INSERT INTO case_numbers(agency_code, year, last_serial) VALUES (?, ?, ?) "
        "ON CONFLICT(agency_code, year) DO UPDATE SET last_serial = max(last_serial, "
        "excluded.last_serial)");
    up.bind(1, c.agency_code);
    up.bind(2, std::stoi(year));
    up.bind(3, static_cast<std::int64_t>(std::stoll(serial)));
    up.exec();
  }

  void delete_children(std::int64_t id) {
    for (const char* table :
         {"parties", "violations", "evidence", "documents", "events", "penalties", "reviews",
          "payments", "instalments", "remedies", "suspensions", "extensions"}) {
      auto& st = stmt(std::string("DELETE FROM ") + table + " WHERE case_id = ?");
      st.bind(1, id);
      st.exec();
    }
  }

  void write_children(const Case& c) {
    const std::int64_t id = c.id;
    step("parties");
    for (std::size_t i = 0; i < c.parties.size(); ++i) {
      const auto& p = c.parties[i];
      auto& st = stmt("INSERT INTO parties VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, p.id);
      st.bind(4, to_string(p.kind));
      st.bind(5, p.name);
      bind_text(st, 6,
                p.resident_id ? std::optional<std::string>(p.resident_id->str()) : std::nullopt);
      bind_date(st, 7, p.birth_date);
      bind_text(st, 8,
                p.credit_code ? std::optional<std::string>(p.credit_code->str()) : std::nullopt);
      st.bind(9, p.legal_representative);
      st.bind(10, p.phone);
      st.bind(11, p.address);
      st.exec();
    }
    step("violations");
    for (std::size_t i = 0; i < c.violations.size(); ++i) {
      const auto& v = c.violations[i];
      auto& st = stmt("INSERT INTO violations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, v.item_code);
      st.bind(4, v.description);
      st.bind(5, v.violated_provision);
      st.bind(6, v.penalty_provision);
      st.bind(7, iso(v.act_date));
      bind_date(st, 8, v.act_ended);
      st.bind(9, iso(v.discovered));
      st.bind(10, v.life_health_or_financial_harm ? 1 : 0);
      st.exec();
    }
    step("evidence");
    for (std::size_t i = 0; i < c.evidence.size(); ++i) {
      const auto& e = c.evidence[i];
      auto& st = stmt("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, e.id);
      st.bind(4, to_string(e.kind));
      st.bind(5, e.description);
      st.bind(6, iso(e.collected_on));
      st.bind(7, e.verified ? 1 : 0);
      st.bind(8, e.lawfully_obtained ? 1 : 0);
      st.exec();
    }
    step("documents");
    for (std::size_t i = 0; i < c.documents.size(); ++i) {
      const auto& d = c.documents[i];
      auto& st = stmt("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, d.id);
      st.bind(4, to_string(d.type));
      st.bind(5, d.number);
      st.bind(6, iso(d.date));
      st.bind(7, json_list(d.signatories));
      const auto& s = d.service;
      bind_text(st, 8, s ? std::optional<std::string>(to_string(s->method)) : std::nullopt);
      bind_date(st, 9, s ? std::optional<Date>(s->served_on) : std::nullopt);
      bind_text(st, 10, s ? std::optional<std::string>(s->recipient) : std::nullopt);
      if (s) {
        st.bind(11, s->electronic_consent ? 1 : 0);
      } else {
        st.bind(11);
      }
      st.exec();
    }
    step("events");
    for (std::size_t i = 0; i < c.events.size(); ++i) {
      const auto& e = c.events[i];
      auto& st = stmt("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, iso(e.on));
      st.bind(4, to_string(e.from));
      st.bind(5, to_string(e.to));
      st.bind(6, e.action);
      st.bind(7, e.officer_id);
      st.bind(8, e.note);
      st.exec();
    }
    step("penalties");
    auto penalties = [&](const char* stage, const std::vector<Penalty>& ps) {
      for (std::size_t i = 0; i < ps.size(); ++i) {
        auto& st = stmt("INSERT INTO penalties VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, id);
        st.bind(2, stage);
        st.bind(3, static_cast<std::int64_t>(i));
        st.bind(4, to_string(ps[i].kind));
        if (ps[i].amount) {
          st.bind(5, ps[i].amount->fen());
        } else {
          st.bind(5);
        }
        st.bind(6, ps[i].detail);
        st.exec();
      }
    };
    if (c.notice) penalties("proposed", c.notice->proposed);
    if (c.decision) penalties("decided", c.decision->penalties);
    step("reviews");
    for (std::size_t i = 0; i < c.reviews.size(); ++i) {
      const auto& r = c.reviews[i];
      auto& st = stmt(
          "INSERT INTO reviews(case_id, ordinal, reviewed_on, reviewer_id, passed, opinion, "
          "verdict, submitted_on, findings, grounds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, iso(r.reviewed_on));
      st.bind(4, r.reviewer_id);
      st.bind(5, r.passed() ? 1 : 0);
      st.bind(6, r.opinion);
      st.bind(7, to_string(r.verdict));
      bind_date(st, 8, r.submitted_on);
      detail::json findings = detail::json::array();
      for (const auto& f : r.findings) {
        findings.push_back({{"item", f.item}, {"satisfied", f.satisfied}, {"note", f.note}});
      }
      st.bind(9, findings.dump());
      st.bind(10, json_list(r.grounds));
      st.exec();
    }
    step("payments");
    for (std::size_t i = 0; i < c.payments.size(); ++i) {
      const auto& p = c.payments[i];
      auto& st = stmt("INSERT INTO payments VALUES (?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, iso(p.paid_on));
      st.bind(4, p.amount.fen());
      st.bind(5, p.collected_on_the_spot ? 1 : 0);
      st.exec();
    }
    if (c.arrangement) {
      for (std::size_t i = 0; i < c.arrangement->instalments.size(); ++i) {
        auto& st = stmt("INSERT INTO instalments VALUES (?, ?, ?, ?)");
        st.bind(1, id);
        st.bind(2, static_cast<std::int64_t>(i));
        st.bind(3, iso(c.arrangement->instalments[i].first));
        st.bind(4, c.arrangement->instalments[i].second.fen());
        st.exec();
      }
    }
    step("remedies");
    for (std::size_t i = 0; i < c.remedies.size(); ++i) {
      auto& st = stmt("INSERT INTO remedies VALUES (?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, c.remedies[i].kind);
      st.bind(4, iso(c.remedies[i].from));
      bind_date(st, 5, c.remedies[i].to);
      st.exec();
    }
    step("suspensions");
    for (std::size_t i = 0; i < c.decision_suspensions.size(); ++i) {
      const auto& s = c.decision_suspensions[i];
      auto& st = stmt("INSERT INTO suspensions VALUES (?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, iso(s.from));
      st.bind(4, iso(s.to));
      st.bind(5, s.reason);
      st.exec();
    }
    for (std::size_t i = 0; i < c.decision_extensions.size(); ++i) {
      const auto& e = c.decision_extensions[i];
      auto& st = stmt("INSERT INTO extensions VALUES (?, ?, ?, ?, ?, ?)");
      st.bind(1, id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, e.length);
      st.bind(4, e.approver);
      st.bind(5, e.reason);
      st.bind(6, iso(e.approved_on));
      st.exec();
    }
    write_records(c);
    step("done");
  }

  // The stored leaf hashes of a case's record, in order.
  std::vector<Hash> leaf_hashes(std::int64_t id) {
    std::vector<Hash> out;
    auto& st = stmt("SELECT seq, leaf_hash FROM record_entries WHERE case_id = ? ORDER BY seq");
    st.bind(1, id);
    while (st.executeStep()) {
      Hash h{};
      const auto col = st.getColumn(1);
      if (col.getBytes() != static_cast<int>(h.size())) {
        const std::int64_t seq = st.getColumn(0).getInt64();
        st.reset();
        throw IntegrityError("case " + std::to_string(id) + ": the stored leaf hash of entry " +
                             std::to_string(seq) + " is not 32 bytes");
      }
      std::memcpy(h.data(), col.getBlob(), h.size());
      out.push_back(h);
    }
    return out;
  }

  // Appends the entries not yet stored. The stored ones are never rewritten (Art. 47): the case
  // must carry them unchanged, which is checked against their stored leaf hashes.
  void write_records(const Case& c) {
    step("records");
    const std::vector<Hash> stored = leaf_hashes(c.id);
    if (c.records.size() < stored.size()) {
      throw ValidationError("case " + std::to_string(c.id) + " carries " +
                            std::to_string(c.records.size()) + " record entries but " +
                            std::to_string(stored.size()) +
                            " are stored: record entries are never removed (Art. 47)");
    }
    for (std::size_t i = 0; i < c.records.size(); ++i) {
      const RecordEntry& e = c.records[i];
      if (e.seq != i) {
        throw ValidationError("record entry " + std::to_string(i) + " has sequence number " +
                              std::to_string(e.seq));
      }
      const Hash h = record_leaf_hash(e);
      if (i < stored.size()) {
        if (h != stored[i]) {
          throw ValidationError(
              "case " + std::to_string(c.id) + ": record entry " + std::to_string(i) +
              " differs from the stored one; entries are never changed (Art. 47)");
        }
        continue;
      }
      auto& st = stmt("INSERT INTO record_entries VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      st.bind(1, c.id);
      st.bind(2, static_cast<std::int64_t>(i));
      st.bind(3, iso(e.on));
      st.bind(4, e.time);
      st.bind(5, e.place);
      st.bind(6, json_list(e.officers));
      st.bind(7, to_string(e.step));
      st.bind(8, to_string(e.kind));
      st.bind(9, e.description);
      st.bind(10, e.media_sha256);
      st.bind(11, e.media_ref);
      st.bind(12, h.data(), static_cast<int>(h.size()));
      st.exec();
    }
  }

  static RecordEntry record_from_row(const Row& st) {
    RecordEntry e;
    e.seq = static_cast<std::uint64_t>(st.int64(0));
    e.on = st.req_date(1);
    e.time = st.text(2);
    e.place = st.text(3);
    e.officers = list_from_json(st.view(4));
    e.step = record_step_from_string(st.view(5));
    e.kind = record_kind_from_string(st.view(6));
    e.description = st.text(7);
    e.media_sha256 = st.text(8);
    e.media_ref = st.text(9);
    return e;
  }

  std::vector<RecordEntry> read_records(std::int64_t id) {
    std::vector<RecordEntry> out;
    auto q =
        raw("SELECT seq, on_date, time, place, officers, step, kind, description, media_sha256, "
            "media_ref FROM record_entries WHERE case_id = ? ORDER BY seq");
    q->bind(1, id);
    const Row row = q->row();
    while (q->step()) out.push_back(record_from_row(row));
    return out;
  }

  std::vector<SignedTreeHead> read_heads(std::int64_t id) {
    std::vector<SignedTreeHead> out;
    auto& st = stmt(
        "SELECT size, root, timestamp, key_id, signature FROM record_heads WHERE case_id = ? "
        "ORDER BY ordinal");
    st.bind(1, id);
    while (st.executeStep()) {
      SignedTreeHead h;
      h.head.size = static_cast<std::uint64_t>(st.getColumn(0).getInt64());
      const auto root = st.getColumn(1);
      if (root.getBytes() == static_cast<int>(h.head.root.size())) {
        std::memcpy(h.head.root.data(), root.getBlob(), h.head.root.size());
      }
      h.head.timestamp = col_text(st, 2);
      h.key_id = col_text(st, 3);
      h.signature = col_text(st, 4);
      out.push_back(std::move(h));
    }
    return out;
  }

  // Inserts a new case row and its children; returns the id. The caller holds a transaction.
  std::int64_t insert(Case& c, bool explicit_id) {
    if (c.filed_on && c.number.empty()) {
      c.number = allocate_number(c.agency_code, c.filed_on->year());
    } else {
      reserve_number(c);  // a number given by the caller is never handed out again
    }
    step("cases");
    auto& st = stmt(insert_case_sql());
    if (explicit_id) {
      st.bind(1, c.id);
    } else {
      st.bind(1);
    }
    const std::int64_t row_version = c.version > 0 ? c.version : 1;
    bind_case(st, 2, c, row_version);
    st.exec();
    Case stored = c;
    stored.id = db.getLastInsertRowid();
    stored.version = row_version;
    write_children(stored);
    c.id = stored.id;
    c.version = row_version;
    return c.id;
  }

  // Loads the child rows of `page` (cases sorted by id, ids unique) with one query per table.
  // The child rows of the page's cases, for the parts asked for (the others stay empty).
  void load_children(std::vector<Case>& page, CaseParts parts = CaseParts::all()) {
    if (page.empty()) return;
    // A dense page (the whole store, or most of it) reads each child table as one range of its
    // primary key, skipping the rows of cases not in the page; a sparse one (a narrow filter)
    // looks its ids up.
    const std::int64_t first = page.front().id, last = page.back().id;
    const bool dense = last - first < 2 * static_cast<std::int64_t>(page.size());
    std::string ids;
    if (!dense) {
      detail::json id_list = detail::json::array();
      for (const auto& c : page) id_list.push_back(c.id);
      ids = id_list.dump();
    }
    auto children = [&](const std::string& select, const std::string& order) {
      if (dense) {
        Cursor q = raw(select + " WHERE case_id BETWEEN ? AND ? " + order);
        q->bind(1, first);
        q->bind(2, last);
        return q;
      }
      Cursor q = raw(select + " WHERE case_id IN (SELECT value FROM json_each(?)) " + order);
      q->bind(1, ids);
      return q;
    };
    // The case a row belongs to (its case_id is the row's last column), or nullptr for a case
    // in the range that the page does not hold.
    auto owner = [&](const Row& row) -> Case* {
      const std::int64_t id = row.int64(row.columns() - 1);
      auto it = std::lower_bound(page.begin(), page.end(), id,
                                 [](const Case& c, std::int64_t v) { return c.id < v; });
      if (it == page.end() || it->id != id) {
        if (dense) return nullptr;
        throw IntegrityError("a child row names case " + std::to_string(id) +
                             ", which was not requested");
      }
      return &*it;
    };
    // Hands each row of a child table to `read` with the case it belongs to.
    auto each_row = [&](CasePart part, const std::string& select, const std::string& order,
                        auto&& read) {
      if (!parts.has(part)) return;
      auto q = children(select, order);
      const Row st = q->row();
      while (q->step()) {
        if (Case* c = owner(st)) read(*c, st);
      }
    };
    each_row(CasePart::kParties,
             "SELECT party_id, kind, name, resident_id, birth_date, credit_code, "
             "legal_representative, phone, address, case_id FROM parties",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               Party p;
               p.id = st.text(0);
               p.kind = party_kind_from_string(st.view(1));
               p.name = st.text(2);
               if (!st.null(3)) p.resident_id = ResidentId(st.text(3));
               p.birth_date = st.date(4);
               if (!st.null(5)) p.credit_code = CreditCode(st.text(5));
               p.legal_representative = st.text(6);
               p.phone = st.text(7);
               p.address = st.text(8);
               c.parties.push_back(std::move(p));
             });
    each_row(CasePart::kViolations,
             "SELECT item_code, description, violated_provision, penalty_provision, act_date, "
             "act_ended, discovered, life_health_or_financial_harm, case_id FROM violations",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               Violation v;
               v.item_code = st.text(0);
               v.description = st.text(1);
               v.violated_provision = st.text(2);
               v.penalty_provision = st.text(3);
               v.act_date = st.req_date(4);
               v.act_ended = st.date(5);
               v.discovered = st.req_date(6);
               v.life_health_or_financial_harm = st.flag(7);
               c.violations.push_back(std::move(v));
             });
    each_row(CasePart::kEvidence,
             "SELECT evidence_id, kind, description, collected_on, verified, lawfully_obtained, "
             "case_id FROM evidence",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               c.evidence.push_back(Evidence{st.text(0), evidence_kind_from_string(st.view(1)),
                                             st.text(2), st.req_date(3), st.flag(4), st.flag(5)});
             });
    each_row(CasePart::kDocuments,
             "SELECT document_id, type, number, date, signatories, service_method, served_on, "
             "recipient, electronic_consent, case_id FROM documents",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               Document d;
               d.id = st.text(0);
               d.type = document_type_from_string(st.view(1));
               d.number = st.text(2);
               d.date = st.req_date(3);
               d.signatories = list_from_json(st.view(4));
               if (!st.null(5)) {
                 d.service = ServiceRecord{service_method_from_string(st.view(5)), st.req_date(6),
                                           st.text(7), st.flag(8)};
               }
               c.documents.push_back(std::move(d));
             });
    each_row(
        CasePart::kEvents,
        "SELECT on_date, from_status, to_status, action, officer_id, note, case_id FROM events",
        "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
          c.events.push_back(CaseEvent{st.req_date(0), case_status_from_string(st.view(1)),
                                       case_status_from_string(st.view(2)), st.text(3), st.text(4),
                                       st.text(5)});
        });
    each_row(CasePart::kPenalties, "SELECT stage, kind, amount_fen, detail, case_id FROM penalties",
             "ORDER BY case_id, stage, ordinal", [&](Case& c, const Row& st) {
               Penalty p{
                   penalty_kind_from_string(st.view(1)),
                   st.null(2) ? std::nullopt : std::optional<Money>(Money::from_fen(st.int64(2))),
                   st.text(3)};
               const std::string stage = st.text(0);
               if (stage == "proposed" && c.notice) c.notice->proposed.push_back(std::move(p));
               if (stage == "decided" && c.decision) c.decision->penalties.push_back(std::move(p));
             });
    each_row(CasePart::kReviews,
             "SELECT reviewed_on, reviewer_id, verdict, opinion, submitted_on, findings, grounds, "
             "case_id FROM reviews",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               LegalReview r;
               r.reviewed_on = st.req_date(0);
               r.reviewer_id = st.text(1);
               r.verdict = review_verdict_from_string(st.view(2));
               r.opinion = st.text(3);
               r.submitted_on = st.date(4);
               for (const auto& f : detail::json::parse(st.text(5))) {
                 r.findings.push_back(ReviewFinding{f.at("item").get<std::string>(),
                                                    f.at("satisfied").get<bool>(),
                                                    f.at("note").get<std::string>()});
               }
               r.grounds = list_from_json(st.view(6));
               c.reviews.push_back(std::move(r));
             });
    each_row(
        CasePart::kPayments,
        "SELECT paid_on, amount_fen, collected_on_the_spot, case_id FROM payments",
        "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
          c.payments.push_back(Payment{st.req_date(0), Money::from_fen(st.int64(1)), st.flag(2)});
        });
    each_row(CasePart::kInstalments, "SELECT due_on, amount_fen, case_id FROM instalments",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               if (!c.arrangement) return;
               c.arrangement->instalments.emplace_back(st.req_date(0),
                                                       Money::from_fen(st.int64(1)));
             });
    each_row(CasePart::kRemedies, "SELECT kind, from_date, to_date, case_id FROM remedies",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               c.remedies.push_back(RemedyPeriod{st.req_date(1), st.date(2), st.text(0)});
             });
    each_row(
        CasePart::kSuspensions, "SELECT from_date, to_date, reason, case_id FROM suspensions",
        "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
          c.decision_suspensions.push_back(Suspension{st.req_date(0), st.req_date(1), st.text(2)});
        });
    each_row(CasePart::kExtensions,
             "SELECT length, approver, reason, approved_on, case_id FROM extensions",
             "ORDER BY case_id, ordinal", [&](Case& c, const Row& st) {
               c.decision_extensions.push_back(Extension{static_cast<int>(st.int64(0)), st.text(1),
                                                         st.text(2), st.req_date(3)});
             });
    each_row(CasePart::kRecords,
             "SELECT seq, on_date, time, place, officers, step, kind, description, media_sha256, "
             "media_ref, case_id FROM record_entries",
             "ORDER BY case_id, seq",
             [&](Case& c, const Row& st) { c.records.push_back(record_from_row(st)); });
  }

  void load_children(Case& c) {
    std::vector<Case> one;
    one.push_back(std::move(c));
    load_children(one);
    c = std::move(one.front());
  }

  // Whole cases by id (sorted, unique), read from one snapshot.
  std::vector<Case> load_page(const std::vector<std::int64_t>& sorted_ids,
                              CaseParts parts = CaseParts::all()) {
    std::vector<Case> page;
    if (sorted_ids.empty()) return page;
    page.reserve(sorted_ids.size());
    ReadSnapshot snapshot(db);
    detail::json id_list(sorted_ids);
    std::string cols = "id";
    for (const char* col : kCaseColumns) cols += std::string(", ") + col;
    {
      auto q = raw("SELECT " + cols +
                   " FROM cases WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id");
      q->bind(1, id_list.dump());
      const Row row = q->row();
      while (q->step()) page.push_back(read_case_row(row));
    }
    load_children(page, parts);
    return page;
  }

  // A read transaction (savepoint) around a multi-statement read, so that a case is read from one
  // snapshot even while another process updates it. Nests inside write transactions.
  struct ReadSnapshot {
    SQLite::Database& db;
    explicit ReadSnapshot(SQLite::Database& d) : db(d) { db.exec("SAVEPOINT zhifa_read"); }
    ~ReadSnapshot() {
      try {
        db.exec("RELEASE zhifa_read");
      } catch (...) {  // never throw from a destructor; a read has nothing to undo
      }
    }
  };

  std::optional<Case> load(std::int64_t id) {
    ReadSnapshot snapshot(db);
    std::optional<Case> c;
    {
      auto q = raw(select_case_sql());
      q->bind(1, id);
      if (!q->step()) return std::nullopt;
      c = read_case_row(q->row());
    }
    load_children(*c);
    return c;
  }

  // WHERE clause and its values for a filter.
  std::string where(const CaseFilter& f, std::vector<Value>& values) const {
    std::vector<std::string> parts;
    if (f.agency_code) {
      parts.push_back("c.agency_code = ?");
      values.emplace_back(*f.agency_code);
    }
    if (f.status) {
      parts.push_back("c.status = ?");
      values.emplace_back(to_string(*f.status));
    }
    if (f.power_code) {
      parts.push_back("c.power_code = ?");
      values.emplace_back(*f.power_code);
    }
    if (f.party) {
      std::string id = *f.party;
      for (char& ch : id) {
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      }
      parts.push_back(
          "c.id IN (SELECT case_id FROM parties WHERE credit_code = ? OR resident_id = ?)");
      values.emplace_back(id);
      values.emplace_back(id);
    }
    auto range = [&](const char* col, const std::optional<Date>& from,
                     const std::optional<Date>& to) {
      if (from) {
        parts.push_back(std::string("c.") + col + " >= ?");
        values.emplace_back(iso(*from));
      }
      if (to) {
        parts.push_back(std::string("c.") + col + " <= ?");
        values.emplace_back(iso(*to));
      }
    };
    if (f.after_id != 0) {
      parts.push_back("c.id > ?");
      values.emplace_back(f.after_id);
    }
    range("lead_on", f.lead_from, f.lead_to);
    range("filed_on", f.filed_from, f.filed_to);
    if (f.text && !f.text->empty()) {
      if (version >= 2 && detail::utf8_length(*f.text) >= 3) {
        std::string phrase = "\"";
        for (char ch : *f.text) phrase += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        phrase += "\"";
        parts.push_back("c.id IN (SELECT rowid FROM case_text WHERE case_text MATCH ?)");
        values.emplace_back(phrase);
      } else {
        parts.push_back("(instr(c.title, ?) > 0 OR instr(c.facts, ?) > 0)");
        values.emplace_back(*f.text);
        values.emplace_back(*f.text);
      }
    }
    std::string sql;
    for (const auto& p : parts) sql += (sql.empty() ? " WHERE " : " AND ") + p;
    return sql;
  }

  static void bind_values(SQLite::Statement& st, const std::vector<Value>& values, int first = 1) {
    int k = first;
    for (const auto& v : values) {
      if (std::holds_alternative<std::int64_t>(v)) {
        st.bind(k++, std::get<std::int64_t>(v));
      } else {
        st.bind(k++, std::get<std::string>(v));
      }
    }
  }

  static std::string limit_clause(const CaseFilter& f, std::vector<Value>& values) {
    values.emplace_back(f.limit);
    values.emplace_back(f.offset);
    return " LIMIT ? OFFSET ?";
  }
};

int CaseStore::current_schema_version() { return detail::kMigrations.back().version; }

CaseStore::CaseStore(const std::string& path, StoreOptions options) {
  try {
    impl_ = std::make_unique<Impl>(path, std::move(options));
    auto& db = impl_->db;
    if (path != ":memory:" && !path.empty()) db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA foreign_keys = ON");
    impl_->migrate();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot open case store '" + path + "'", e);
  }
}

CaseStore::~CaseStore() = default;
CaseStore::CaseStore(CaseStore&&) noexcept = default;
CaseStore& CaseStore::operator=(CaseStore&&) noexcept = default;

int CaseStore::schema_version() const { return impl_->version; }
const std::string& CaseStore::path() const { return impl_->path; }
const StoreOptions& CaseStore::options() const { return impl_->options; }

void CaseStore::register_agency(const Agency& agency) {
  if (agency.code.empty() || agency.case_prefix.empty()) {
    throw ValidationError("an agency needs a code and a case-number prefix");
  }
  // What agencies() will read back must be a valid document (ids unique, certificates dated).
  const std::string definition = agency_to_json(agency);
  try {
    agency_from_json(definition, "agency " + agency.code);
  } catch (const DataFileError& e) {
    throw ValidationError(e.what());
  }
  try {
    if (impl_->version < 7) {  // opened at an older schema: no definitions
      auto& st = impl_->stmt(
          "INSERT INTO agencies(code, name, case_prefix) VALUES (?, ?, ?) ON CONFLICT(code) DO "
          "UPDATE SET name = excluded.name, case_prefix = excluded.case_prefix");
      st.bind(1, agency.code);
      st.bind(2, agency.name);
      st.bind(3, agency.case_prefix);
      st.exec();
      return;
    }
    auto& st = impl_->stmt(
        "INSERT INTO agencies(code, name, case_prefix, definition) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(code) DO UPDATE SET name = excluded.name, case_prefix = "
        "excluded.case_prefix, definition = excluded.definition");
    st.bind(1, agency.code);
    st.bind(2, agency.name);
    st.bind(3, agency.case_prefix);
    st.bind(4, definition);
    st.exec();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot register agency " + agency.code, e);
  }
}

std::vector<Agency> CaseStore::agencies() const {
  std::vector<Agency> out;
  try {
    SQLite::Statement st(impl_->db, impl_->version < 7
                                        ? "SELECT code, name, case_prefix, NULL FROM agencies "
                                          "ORDER BY code"
                                        : "SELECT code, name, case_prefix, definition FROM "
                                          "agencies ORDER BY code");
    while (st.executeStep()) {
      if (st.isColumnNull(3)) {  // registered before definitions were kept
        Agency a;
        a.code = st.getColumn(0).getString();
        a.name = st.getColumn(1).getString();
        a.case_prefix = st.getColumn(2).getString();
        out.push_back(std::move(a));
      } else {
        const std::string code = st.getColumn(0).getString();
        out.push_back(agency_from_json(st.getColumn(3).getString(), "agency " + code));
      }
    }
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read the agencies", e);
  }
  return out;
}

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
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    for (auto& c : work) {
      c.version = 0;
      impl_->insert(c, false);
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot add cases", e);
  }
  cases = std::move(work);
  return cases.size();
}

void CaseStore::update(Case& c) {
  if (c.id == 0) throw ValidationError("update: the case has no id; use add()");
  Case next = c;
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    if (next.filed_on && next.number.empty()) {
      next.number = impl_->allocate_number(next.agency_code, next.filed_on->year());
    } else {
      impl_->reserve_number(next);
    }
    impl_->step("cases");
    auto& st = impl_->stmt(update_case_sql());
    bind_case(st, 1, next, next.version + 1);
    st.bind(kCaseColumnCount + 1, next.id);
    st.bind(kCaseColumnCount + 2, next.version);
    st.exec();
    if (impl_->db.getChanges() == 0) {
      auto& exists = impl_->stmt("SELECT row_version FROM cases WHERE id = ?");
      exists.bind(1, next.id);
      if (!exists.executeStep()) throw NotFoundError("no case with id " + std::to_string(next.id));
      const std::int64_t stored = exists.getColumn(0).getInt64();
      exists.reset();
      throw ConflictError("case " + std::to_string(next.id) +
                          " was changed by someone else: stored version " + std::to_string(stored) +
                          ", this copy is version " + std::to_string(next.version) +
                          "; reload it and apply the change again");
    }
    next.version += 1;
    impl_->delete_children(next.id);
    impl_->write_children(next);
    tx.commit();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot update case " + std::to_string(c.id), e);
  }
  c = std::move(next);
}

Case CaseStore::get(std::int64_t id) const {
  try {
    auto c = impl_->load(id);
    if (!c) throw NotFoundError("no case with id " + std::to_string(id));
    return std::move(*c);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read case " + std::to_string(id), e);
  }
}

std::optional<Case> CaseStore::find_by_number(const std::string& number) const {
  try {
    auto& st = impl_->stmt("SELECT id FROM cases WHERE number = ?");
    st.bind(1, number);
    if (!st.executeStep()) return std::nullopt;
    const std::int64_t id = st.getColumn(0).getInt64();
    st.reset();
    return impl_->load(id);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot look up case " + number, e);
  }
}

std::vector<CaseSummary> CaseStore::list(const CaseFilter& filter) const {
  std::vector<Value> values;
  // Two statements: the WHERE values must be bound before the LIMIT ones.
  const std::string where = impl_->where(filter, values);
  const std::string limit = Impl::limit_clause(filter, values);
  const std::string sql =
      "SELECT c.id, c.row_version, c.number, c.agency_code, c.power_code, c.status, c.procedure, "
      "c.title, "
      "p.name, coalesce(p.credit_code, p.resident_id), c.lead_on, c.filed_on, "
      "c.decision_decided_on, "
      "c.total_fine_fen FROM cases c LEFT JOIN parties p ON p.case_id = c.id AND p.ordinal = 0" +
      where + " ORDER BY c.id" + limit;
  std::vector<CaseSummary> out;
  try {
    SQLite::Statement st(impl_->db, sql);
    Impl::bind_values(st, values);
    while (st.executeStep()) {
      CaseSummary s;
      s.id = st.getColumn(0).getInt64();
      s.version = st.getColumn(1).getInt64();
      s.number = col_text(st, 2);
      s.agency_code = col_text(st, 3);
      s.power_code = col_text(st, 4);
      s.status = case_status_from_string(col_text(st, 5));
      s.procedure = procedure_kind_from_string(col_text(st, 6));
      s.title = col_text(st, 7);
      s.party_name = col_text(st, 8);
      s.party_identifier = col_text(st, 9);
      s.lead_on = req_date(st, 10);
      s.filed_on = col_date(st, 11);
      s.decided_on = col_date(st, 12);
      s.total_fine = Money::from_fen(st.getColumn(13).getInt64());
      out.push_back(std::move(s));
    }
  } catch (const SQLite::Exception& e) {
    storage_error("cannot list cases", e);
  }
  return out;
}

std::int64_t CaseStore::count(const CaseFilter& filter) const {
  std::vector<Value> values;
  std::string sql = "SELECT count(*) FROM cases c" + impl_->where(filter, values);
  try {
    SQLite::Statement st(impl_->db, sql);
    Impl::bind_values(st, values);
    st.executeStep();
    return st.getColumn(0).getInt64();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot count cases", e);
  }
}

std::vector<std::int64_t> CaseStore::ids(const CaseFilter& filter) const {
  std::vector<Value> values;
  const std::string where = impl_->where(filter, values);
  const std::string limit = Impl::limit_clause(filter, values);
  std::vector<std::int64_t> out;
  try {
    SQLite::Statement st(impl_->db, "SELECT c.id FROM cases c" + where + " ORDER BY c.id" + limit);
    Impl::bind_values(st, values);
    while (st.executeStep()) out.push_back(st.getColumn(0).getInt64());
  } catch (const SQLite::Exception& e) {
    storage_error("cannot list case ids", e);
  }
  return out;
}

std::vector<Case> CaseStore::get_many(std::vector<std::int64_t> ids, CaseParts parts) const {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  try {
    return impl_->load_page(ids, parts);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read cases", e);
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
  // Pages of ids keep memory bounded and let `f` use the store (no open cursor across calls);
  // each page is read from one snapshot, released before `f` runs.
  for_each_id_page(filter, 512, [&](std::vector<std::int64_t>&& ids) {
    for (Case& c : get_many(std::move(ids), parts)) f(std::move(c));
  });
}

std::vector<StoredDeadline> CaseStore::deadlines(Date on, const WorkCalendar& calendar,
                                                 const CaseFilter& filter, bool only_pending,
                                                 const PeriodTable& periods) const {
  std::vector<StoredDeadline> out;
  for_each(filter, [&](const Case& c) {
    if (c.status == CaseStatus::kWithdrawn) return;
    std::vector<CaseDeadline> ds;
    try {
      ds = case_deadlines(c, on, calendar, periods);
    } catch (const CalendarCoverageError& e) {
      throw CalendarCoverageError(
          "case " + (c.number.empty() ? "#" + std::to_string(c.id) : c.number) + ": " + e.what());
    }
    for (auto& d : ds) {
      if (only_pending && d.state != DeadlineState::kOpen && d.state != DeadlineState::kOverdue)
        continue;
      out.push_back(StoredDeadline{c.id, c.number, std::move(d)});
    }
  });
  return out;
}

ImportReport CaseStore::import_jsonl(std::istream& in, std::size_t batch_size,
                                     const std::function<void(std::size_t)>& progress) {
  ImportReport report;
  std::string line;
  std::optional<SQLite::Transaction> tx;
  std::size_t in_batch = 0;
  try {
    tx.emplace(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    while (std::getline(in, line)) {
      ++report.lines;
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
      Case c;
      try {
        c = case_from_json(line);
      } catch (const Error& e) {
        throw ValidationError("line " + std::to_string(report.lines) + ": " + e.what());
      }
      try {
        impl_->insert(c, c.id != 0);
      } catch (const SQLite::Exception& e) {
        const std::string what = e.getExtendedErrorCode() == SQLITE_CONSTRAINT_PRIMARYKEY
                                     ? "a case with id " + std::to_string(c.id) + " already exists"
                                 : e.getExtendedErrorCode() == SQLITE_CONSTRAINT_UNIQUE
                                     ? "a case numbered " + c.number + " already exists"
                                     : e.what();
        throw ValidationError("line " + std::to_string(report.lines) + ": " + what);
      }
      ++report.imported;
      if (batch_size > 0 && ++in_batch == batch_size) {
        tx->commit();
        tx.emplace(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        in_batch = 0;
      }
      if (progress && report.lines % 1000 == 0) progress(report.lines);
    }
    tx->commit();
  } catch (const SQLite::Exception& e) {
    storage_error("import stopped at line " + std::to_string(report.lines), e);
  }
  if (progress) progress(report.lines);
  return report;
}

std::size_t CaseStore::export_jsonl(std::ostream& out, const CaseFilter& filter) const {
  Impl::ReadSnapshot snapshot(impl_->db);  // one consistent view of the whole export
  std::size_t n = 0;
  for_each(filter, [&](const Case& c) {
    out << to_json(c) << '\n';
    ++n;
  });
  if (!out)
    throw StorageError("export: the output stream failed after " + std::to_string(n) + " cases");
  return n;
}

// ---- the full-process record --------------------------------------------------------------------

SignedTreeHead CaseStore::checkpoint_records(std::int64_t case_id, const std::string& timestamp,
                                             const SigningKey* key) {
  validate_timestamp(timestamp);
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    auto& exists = impl_->stmt("SELECT 1 FROM cases WHERE id = ?");
    exists.bind(1, case_id);
    const bool found = exists.executeStep();
    exists.reset();
    if (!found) throw NotFoundError("no case with id " + std::to_string(case_id));
    const std::vector<Hash> leaves = impl_->leaf_hashes(case_id);
    TreeHead head{leaves.size(), root_of(leaves), timestamp};
    SignedTreeHead sth = key ? key->sign_head(head) : SignedTreeHead{head, "", ""};
    auto& n = impl_->stmt("SELECT count(*) FROM record_heads WHERE case_id = ?");
    n.bind(1, case_id);
    n.executeStep();
    const std::int64_t ordinal = n.getColumn(0).getInt64();
    n.reset();
    auto& st = impl_->stmt("INSERT INTO record_heads VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, case_id);
    st.bind(2, ordinal);
    st.bind(3, static_cast<std::int64_t>(head.size));
    st.bind(4, head.root.data(), static_cast<int>(head.root.size()));
    st.bind(5, head.timestamp);
    st.bind(6, sth.key_id);
    st.bind(7, sth.signature);
    st.exec();
    tx.commit();
    return sth;
  } catch (const SQLite::Exception& e) {
    storage_error("cannot take a tree head of case " + std::to_string(case_id), e);
  }
}

std::vector<SignedTreeHead> CaseStore::record_heads(std::int64_t case_id) const {
  try {
    return impl_->read_heads(case_id);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read the tree heads of case " + std::to_string(case_id), e);
  }
}

std::vector<Hash> CaseStore::record_leaf_hashes(std::int64_t case_id) const {
  try {
    return impl_->leaf_hashes(case_id);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read the record of case " + std::to_string(case_id), e);
  }
}

LogVerification CaseStore::verify_records(std::int64_t case_id,
                                          const std::vector<SignedTreeHead>& trusted_heads,
                                          const VerifyingKey* key) const {
  try {
    Impl::ReadSnapshot snapshot(impl_->db);
    auto& exists = impl_->stmt("SELECT 1 FROM cases WHERE id = ?");
    exists.bind(1, case_id);
    const bool found = exists.executeStep();
    exists.reset();
    if (!found) throw NotFoundError("no case with id " + std::to_string(case_id));
    const auto entries = impl_->read_records(case_id);
    const auto leaves = impl_->leaf_hashes(case_id);
    auto heads = impl_->read_heads(case_id);
    heads.insert(heads.end(), trusted_heads.begin(), trusted_heads.end());
    return verify_record_log(entries, leaves, heads, key);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read the record of case " + std::to_string(case_id), e);
  }
}

// ---- normative documents and reviews of other subjects ------------------------------------------

void CaseStore::put_normative_document(const NormativeDocument& d) {
  if (auto why = d.problem()) throw ValidationError(*why);
  try {
    auto& st = impl_->stmt(
        "INSERT OR REPLACE INTO normative_documents(number, title, issuing_body, issued_on, "
        "effective_on, expires_on, repealed_on, repealed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, d.number);
    st.bind(2, d.title);
    st.bind(3, d.issuing_body);
    st.bind(4, iso(d.issued_on));
    st.bind(5, iso(d.effective_on));
    bind_date(st, 6, d.expires_on);
    bind_date(st, 7, d.repealed_on);
    st.bind(8, d.repealed_by);
    st.exec();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot store normative document " + d.number, e);
  }
}

std::vector<NormativeDocument> CaseStore::normative_documents() const {
  std::vector<NormativeDocument> out;
  try {
    auto& st = impl_->stmt(
        "SELECT number, title, issuing_body, issued_on, effective_on, expires_on, repealed_on, "
        "repealed_by FROM normative_documents ORDER BY number");
    while (st.executeStep()) {
      out.push_back(NormativeDocument{col_text(st, 0), col_text(st, 1), col_text(st, 2),
                                      req_date(st, 3), req_date(st, 4), col_date(st, 5),
                                      col_date(st, 6), col_text(st, 7)});
    }
    st.reset();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read the normative documents", e);
  }
  return out;
}

void CaseStore::add_subject_review(const SubjectReview& r) {
  if (auto why = r.problem()) throw ValidationError(*why);
  try {
    auto& exists = impl_->stmt("SELECT 1 FROM subject_reviews WHERE id = ?");
    exists.bind(1, r.id);
    const bool taken = exists.executeStep();
    exists.reset();
    if (taken) throw ValidationError("a review with id '" + r.id + "' is already stored");
    auto& st = impl_->stmt(
        "INSERT INTO subject_reviews(id, subject, title, reviewer_id, submitted_on, reviewed_on, "
        "verdict, opinion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.id);
    st.bind(2, to_string(r.subject));
    st.bind(3, r.title);
    st.bind(4, r.reviewer_id);
    st.bind(5, iso(r.submitted_on));
    st.bind(6, iso(r.reviewed_on));
    st.bind(7, to_string(r.verdict));
    st.bind(8, r.opinion);
    st.exec();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot store review " + r.id, e);
  }
}

std::vector<SubjectReview> CaseStore::subject_reviews(std::optional<int> year) const {
  std::vector<SubjectReview> out;
  try {
    auto& st = impl_->stmt(
        "SELECT id, subject, title, reviewer_id, submitted_on, reviewed_on, verdict, opinion "
        "FROM subject_reviews WHERE ?1 IS NULL OR substr(reviewed_on, 1, 4) = ?1 "
        "ORDER BY reviewed_on, id");
    if (year) {
      st.bind(1, std::to_string(*year));
    } else {
      st.bind(1);
    }
    while (st.executeStep()) {
      out.push_back(SubjectReview{col_text(st, 0), review_subject_from_string(col_text(st, 1)),
                                  col_text(st, 2), col_text(st, 3), req_date(st, 4),
                                  req_date(st, 5), review_verdict_from_string(col_text(st, 6)),
                                  col_text(st, 7)});
    }
    st.reset();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read the reviews", e);
  }
  return out;
}

}  // namespace zhifa

// ---- audit runs ---------------------------------------------------------------------------------

namespace zhifa {

std::int64_t CaseStore::add_audit_run(const AuditRun& run) {
  try {
    auto& st = impl_->stmt(
        "INSERT INTO audit_runs(standard_name, standard_version, as_of, started, finished, cases, "
        "note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, run.standard_name);
    st.bind(2, run.standard_version);
    st.bind(3, iso(run.as_of));
    st.bind(4, run.started);
    if (run.finished.empty()) {
      st.bind(5);
    } else {
      st.bind(5, run.finished);
    }
    st.bind(6, run.cases);
    st.bind(7, run.note);
    st.exec();
    return impl_->db.getLastInsertRowid();
  } catch (const SQLite::Exception& e) {
    storage_error("cannot record the audit run", e);
  }
}

void CaseStore::add_audit_results(std::int64_t run_id, const std::vector<AuditResult>& results) {
  try {
    SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
    RunTexts& run = impl_->run_texts(run_id);
    // The first results stored give the run its layout; results of another layout (a standard
    // changed between calls) are stored whole.
    if (!run.layout && !results.empty() && impl_->version >= 6) {
      run.layout = detail::ItemLayout::of(results.front());
      auto& set = impl_->stmt("UPDATE audit_runs SET item_layout = ? WHERE id = ?");
      set.bind(1, run.layout->to_json());
      set.bind(2, run_id);
      set.exec();
    }
    auto text_id = [&](const std::string& text) -> std::int64_t {
      if (auto it = run.ids.find(text); it != run.ids.end()) return it->second;
      const auto id = static_cast<std::int64_t>(run.texts.size() + 1);
      auto& add = impl_->stmt("INSERT INTO audit_texts(run_id, id, text) VALUES (?, ?, ?)");
      add.bind(1, run_id);
      add.bind(2, id);
      add.bind(3, text);
      add.exec();
      run.texts.push_back(text);
      run.ids.emplace(text, id);
      return id;
    };
    std::string json;
    auto& st = impl_->stmt(
        "INSERT OR REPLACE INTO audit_results(run_id, case_id, number, agency_code, total, "
        "grade, vetoed, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (const auto& r : results) {
      impl_->step("audit_results");
      json = run.layout && run.layout->fits(r) ? detail::compact_json(r, text_id) : to_json(r);
      st.bind(1, run_id);
      st.bind(2, r.case_id);
      st.bindNoCopy(3, r.number);  // the values outlive the statement's step
      st.bindNoCopy(4, r.agency_code);
      st.bind(5, r.total);
      st.bindNoCopy(6, r.grade);
      st.bind(7, r.vetoed ? 1 : 0);
      st.bindNoCopy(8, json);
      st.exec();
      st.reset();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    impl_->run_cache.erase(run_id);  // texts numbered in the transaction that rolled back
    storage_error("cannot store the results of audit run " + std::to_string(run_id), e);
  } catch (...) {
    // Forget them now: another process could number texts of this run meanwhile, which a stale
    // cache of the same count would not notice.
    impl_->run_cache.erase(run_id);
    throw;
  }
}

void CaseStore::finish_audit_run(std::int64_t run_id, const std::string& finished,
                                 std::int64_t cases) {
  try {
    auto& st = impl_->stmt("UPDATE audit_runs SET finished = ?, cases = ? WHERE id = ?");
    st.bind(1, finished);
    st.bind(2, cases);
    st.bind(3, run_id);
    st.exec();
    if (impl_->db.getChanges() == 0) {
      throw NotFoundError("no audit run with id " + std::to_string(run_id));
    }
  } catch (const SQLite::Exception& e) {
    storage_error("cannot finish audit run " + std::to_string(run_id), e);
  }
}

namespace {

AuditRun read_run(SQLite::Statement& st) {
  AuditRun r;
  r.id = st.getColumn(0).getInt64();
  r.standard_name = st.getColumn(1).getString();
  r.standard_version = st.getColumn(2).getString();
  r.as_of = parse_iso_date(st.getColumn(3).getString());
  r.started = st.getColumn(4).getString();
  r.finished = st.getColumn(5).isNull() ? "" : st.getColumn(5).getString();
  r.cases = st.getColumn(6).getInt64();
  r.note = st.getColumn(7).getString();
  return r;
}

constexpr const char* kRunColumns =
    "SELECT id, standard_name, standard_version, as_of, started, finished, cases, note FROM "
    "audit_runs";

}  // namespace

std::vector<AuditRun> CaseStore::audit_runs() const {
  try {
    std::vector<AuditRun> out;
    SQLite::Statement st(impl_->db, std::string(kRunColumns) + " ORDER BY id DESC");
    while (st.executeStep()) out.push_back(read_run(st));
    return out;
  } catch (const SQLite::Exception& e) {
    storage_error("cannot list audit runs", e);
  }
}

AuditRun CaseStore::audit_run(std::int64_t run_id) const {
  try {
    SQLite::Statement st(impl_->db, std::string(kRunColumns) + " WHERE id = ?");
    st.bind(1, run_id);
    if (!st.executeStep()) throw NotFoundError("no audit run with id " + std::to_string(run_id));
    return read_run(st);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read audit run " + std::to_string(run_id), e);
  }
}

namespace {

// A stored result, expanded with its run's layout and texts; texts numbered since `run` was read
// (by a writer of the same run) are fetched once before a missing one is reported.
AuditResult decode_result(const std::string& json, std::int64_t run_id, RunTexts& run,
                          const std::function<RunTexts()>& reread) {
  if (!run.layout && json.find("\"v\":") != std::string::npos) run = reread();
  auto text_of = [&](std::int64_t id) -> const std::string& {
    if (id < 1 || id > static_cast<std::int64_t>(run.texts.size())) {
      run = reread();
      if (id < 1 || id > static_cast<std::int64_t>(run.texts.size())) {
        throw IntegrityError("audit run " + std::to_string(run_id) +
                             ": a result names reason text " + std::to_string(id) +
                             ", which the run does not have");
      }
    }
    return run.texts[static_cast<std::size_t>(id - 1)];
  };
  return detail::result_from_stored_json(json, run.layout ? &*run.layout : nullptr, text_of);
}

}  // namespace

void CaseStore::for_each_audit_result(std::int64_t run_id,
                                      const std::function<void(const AuditResult&)>& f) const {
  auto reread = [&] {
    try {
      return impl_->run_texts(run_id);  // a copy: the callback may write to the store
    } catch (const SQLite::Exception& e) {
      storage_error("cannot read audit run " + std::to_string(run_id), e);
    }
  };
  RunTexts run = reread();
  // Pages by case id keep memory bounded and leave no cursor open while `f` runs.
  std::int64_t after = std::numeric_limits<std::int64_t>::min();
  for (;;) {
    std::vector<std::string> page;
    try {
      auto q = impl_->raw(
          "SELECT case_id, result FROM audit_results WHERE run_id = ? AND case_id > ? ORDER BY "
          "case_id LIMIT 1024");
      q->bind(1, run_id);
      q->bind(2, after);
      const Row row = q->row();
      while (q->step()) {
        after = row.int64(0);
        page.push_back(row.text(1));
      }
    } catch (const SQLite::Exception& e) {
      storage_error("cannot read the results of audit run " + std::to_string(run_id), e);
    }
    if (page.empty()) return;
    for (const auto& json : page) f(decode_result(json, run_id, run, reread));
  }
}

AuditResult CaseStore::audit_result(std::int64_t run_id, std::int64_t case_id) const {
  auto reread = [&] {
    try {
      return impl_->run_texts(run_id);
    } catch (const SQLite::Exception& e) {
      storage_error("cannot read audit run " + std::to_string(run_id), e);
    }
  };
  RunTexts run = reread();
  std::string json;
  try {
    auto q = impl_->raw("SELECT result FROM audit_results WHERE run_id = ? AND case_id = ?");
    q->bind(1, run_id);
    q->bind(2, case_id);
    if (!q->step()) {
      throw NotFoundError("audit run " + std::to_string(run_id) + " has no result for case " +
                          std::to_string(case_id));
    }
    json = q->row().text(0);
  } catch (const SQLite::Exception& e) {
    storage_error("cannot read the results of audit run " + std::to_string(run_id), e);
  }
  return decode_result(json, run_id, run, reread);
}

std::vector<AuditResult> CaseStore::audit_results(std::int64_t run_id) const {
  std::vector<AuditResult> out;
  for_each_audit_result(run_id, [&](const AuditResult& r) { out.push_back(r); });
  return out;
}

}  // namespace zhifa

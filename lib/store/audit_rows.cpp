// Case-file audit runs and their results (audit_batch.hpp writes them), kept in the compact form
// of audit_codec.hpp.
#include <limits>

#include "store/store_impl.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

using detail::DbError;
using detail::RunTexts;

// The run's item layout and reason texts, cached for the connection and brought up to date from
// the store on each call (texts are only ever added, numbered densely); NotFoundError for an
// unknown run. A store opened at an older schema (StoreOptions::migrate_to) has no layouts or
// texts.
RunTexts& CaseStore::Impl::run_texts(std::int64_t run_id) {
  std::optional<std::int64_t> last;
  {
    auto q = db->prepare(version < 6 ? "SELECT NULL, NULL FROM audit_runs WHERE id = ?"
                                     : "SELECT item_layout, (SELECT max(id) FROM audit_texts WHERE "
                                       "run_id = audit_runs.id) FROM audit_runs WHERE id = ?");
    q->bind_int(1, run_id);
    if (!q->step()) throw NotFoundError("no audit run with id " + std::to_string(run_id));
    RunTexts& cached = run_cache[run_id];
    if (!cached.layout && !q->null(0)) cached.layout = detail::ItemLayout::from_json(q->text(0));
    if (!q->null(1)) last = q->int64(1);
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
  auto q = db->prepare("SELECT id, text FROM audit_texts WHERE run_id = ? AND id > ? ORDER BY id");
  q->bind_int(1, run_id);
  q->bind_int(2, have);
  while (q->step()) {
    if (q->int64(0) != static_cast<std::int64_t>(out.texts.size() + 1)) {
      const std::int64_t id = q->int64(0);
      run_cache.erase(run_id);
      throw IntegrityError("audit run " + std::to_string(run_id) +
                           ": its reason texts are not numbered 1, 2, ... (text " +
                           std::to_string(id) + ")");
    }
    out.texts.emplace_back(q->text(1));
    out.ids.emplace(out.texts.back(), q->int64(0));
  }
  return out;
}

std::int64_t CaseStore::add_audit_run(const AuditRun& run) {
  try {
    auto q = impl_->db->prepare(
        "INSERT INTO audit_runs(standard_name, standard_version, as_of, started, finished, cases, "
        "note) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q->bind_text(1, run.standard_name);
    q->bind_text(2, run.standard_version);
    q->bind_text(3, iso(run.as_of));
    q->bind_text(4, run.started);
    if (run.finished.empty()) {
      q->bind_null(5);
    } else {
      q->bind_text(5, run.finished);
    }
    q->bind_int(6, run.cases);
    q->bind_text(7, run.note);
    q->exec();
    return impl_->db->last_insert_id();
  } catch (const DbError& e) {
    detail::storage_error("cannot record the audit run", e);
  }
}

void CaseStore::add_audit_results(std::int64_t run_id, const std::vector<AuditResult>& results) {
  try {
    detail::Transaction tx(*impl_->db, detail::TxMode::kWrite);
    RunTexts& run = impl_->run_texts(run_id);
    // The first results stored give the run its layout; results of another layout (a standard
    // changed between calls) are stored whole.
    if (!run.layout && !results.empty() && impl_->version >= 6) {
      run.layout = detail::ItemLayout::of(results.front());
      auto set = impl_->db->prepare("UPDATE audit_runs SET item_layout = ? WHERE id = ?");
      set->bind_text(1, run.layout->to_json());
      set->bind_int(2, run_id);
      set->exec();
    }
    auto text_id = [&](const std::string& text) -> std::int64_t {
      if (auto it = run.ids.find(text); it != run.ids.end()) return it->second;
      const auto id = static_cast<std::int64_t>(run.texts.size() + 1);
      auto add = impl_->db->prepare("INSERT INTO audit_texts(run_id, id, text) VALUES (?, ?, ?)");
      add->bind_int(1, run_id);
      add->bind_int(2, id);
      add->bind_text(3, text);
      add->exec();
      run.texts.push_back(text);
      run.ids.emplace(text, id);
      return id;
    };
    std::string json;
    for (const auto& r : results) {
      impl_->step("audit_results");
      json = run.layout && run.layout->fits(r) ? detail::compact_json(r, text_id) : to_json(r);
      auto q = impl_->db->prepare(
          "INSERT INTO audit_results(run_id, case_id, number, agency_code, total, grade, vetoed, "
          "result) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run_id, case_id) DO UPDATE SET "
          "number = excluded.number, agency_code = excluded.agency_code, total = excluded.total, "
          "grade = excluded.grade, vetoed = excluded.vetoed, result = excluded.result");
      q->bind_int(1, run_id);
      q->bind_int(2, r.case_id);
      q->bind_text(3, r.number);
      q->bind_text(4, r.agency_code);
      q->bind_real(5, r.total);
      q->bind_text(6, r.grade);
      q->bind_int(7, r.vetoed ? 1 : 0);
      q->bind_text(8, json);
      q->exec();
    }
    tx.commit();
  } catch (const DbError& e) {
    impl_->run_cache.erase(run_id);  // texts numbered in the transaction that rolled back
    detail::storage_error("cannot store the results of audit run " + std::to_string(run_id), e);
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
    auto q = impl_->db->prepare("UPDATE audit_runs SET finished = ?, cases = ? WHERE id = ?");
    q->bind_text(1, finished);
    q->bind_int(2, cases);
    q->bind_int(3, run_id);
    q->exec();
    if (impl_->db->changes() == 0) {
      throw NotFoundError("no audit run with id " + std::to_string(run_id));
    }
  } catch (const DbError& e) {
    detail::storage_error("cannot finish audit run " + std::to_string(run_id), e);
  }
}

namespace {

constexpr const char* kRunColumns =
    "SELECT id, standard_name, standard_version, as_of, started, finished, cases, note FROM "
    "audit_runs";

AuditRun read_run(const detail::Statement& r) {
  AuditRun run;
  run.id = r.int64(0);
  run.standard_name = r.text(1);
  run.standard_version = r.text(2);
  run.as_of = parse_iso_date(r.text(3));
  run.started = r.text(4);
  run.finished = r.text(5);
  run.cases = r.int64(6);
  run.note = r.text(7);
  return run;
}

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

std::vector<AuditRun> CaseStore::audit_runs() const {
  try {
    std::vector<AuditRun> out;
    auto q = impl_->db->prepare(std::string(kRunColumns) + " ORDER BY id DESC");
    while (q->step()) out.push_back(read_run(*q));
    return out;
  } catch (const DbError& e) {
    detail::storage_error("cannot list audit runs", e);
  }
}

AuditRun CaseStore::audit_run(std::int64_t run_id) const {
  try {
    auto q = impl_->db->prepare(std::string(kRunColumns) + " WHERE id = ?");
    q->bind_int(1, run_id);
    if (!q->step()) throw NotFoundError("no audit run with id " + std::to_string(run_id));
    return read_run(*q);
  } catch (const DbError& e) {
    detail::storage_error("cannot read audit run " + std::to_string(run_id), e);
  }
}

void CaseStore::for_each_audit_result(std::int64_t run_id,
                                      const std::function<void(const AuditResult&)>& f) const {
  auto reread = [&] {
    try {
      return impl_->run_texts(run_id);  // a copy: the callback may write to the store
    } catch (const DbError& e) {
      detail::storage_error("cannot read audit run " + std::to_string(run_id), e);
    }
  };
  RunTexts run = reread();
  // Pages by case id keep memory bounded and leave no statement open while `f` runs.
  std::int64_t after = std::numeric_limits<std::int64_t>::min();
  for (;;) {
    std::vector<std::string> page;
    try {
      auto q = impl_->db->prepare(
          "SELECT case_id, result FROM audit_results WHERE run_id = ? AND case_id > ? ORDER BY "
          "case_id LIMIT 1024");
      q->bind_int(1, run_id);
      q->bind_int(2, after);
      while (q->step()) {
        after = q->int64(0);
        page.emplace_back(q->text(1));
      }
    } catch (const DbError& e) {
      detail::storage_error("cannot read the results of audit run " + std::to_string(run_id), e);
    }
    if (page.empty()) return;
    for (const auto& json : page) f(decode_result(json, run_id, run, reread));
  }
}

AuditResult CaseStore::audit_result(std::int64_t run_id, std::int64_t case_id) const {
  auto reread = [&] {
    try {
      return impl_->run_texts(run_id);
    } catch (const DbError& e) {
      detail::storage_error("cannot read audit run " + std::to_string(run_id), e);
    }
  };
  RunTexts run = reread();
  std::string json;
  try {
    auto q =
        impl_->db->prepare("SELECT result FROM audit_results WHERE run_id = ? AND case_id = ?");
    q->bind_int(1, run_id);
    q->bind_int(2, case_id);
    if (!q->step()) {
      throw NotFoundError("audit run " + std::to_string(run_id) + " has no result for case " +
                          std::to_string(case_id));
    }
    json = q->text(0);
  } catch (const DbError& e) {
    detail::storage_error("cannot read the results of audit run " + std::to_string(run_id), e);
  }
  return decode_result(json, run_id, run, reread);
}

std::vector<AuditResult> CaseStore::audit_results(std::int64_t run_id) const {
  std::vector<AuditResult> out;
  for_each_audit_result(run_id, [&](const AuditResult& r) { out.push_back(r); });
  return out;
}

}  // namespace zhifa

#include <pybind11/functional.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <fstream>
#include <memory>

#include "bindings.hpp"
#include "casters.hpp"
#include "hash_bytes.hpp"
#include "shared_case_store.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/error.hpp"
#include "zhifa/store_deadlines.hpp"

namespace py = pybind11;

namespace zhifa::python {

CaseFilter filter_from(const py::kwargs& kw) {
  CaseFilter f;
  for (const auto& [key, value] : kw) {
    const std::string k = py::str(key);
    if (value.is_none()) continue;
    if (k == "agency_code") {
      f.agency_code = value.cast<std::string>();
    } else if (k == "status") {
      // A CaseStatus, or its name as in JSON ("filed", "decided", ...).
      f.status = py::isinstance<py::str>(value) ? case_status_from_string(value.cast<std::string>())
                                                : value.cast<CaseStatus>();
    } else if (k == "power_code") {
      f.power_code = value.cast<std::string>();
    } else if (k == "party") {
      f.party = value.cast<std::string>();
    } else if (k == "lead_from") {
      f.lead_from = value.cast<Date>();
    } else if (k == "lead_to") {
      f.lead_to = value.cast<Date>();
    } else if (k == "filed_from") {
      f.filed_from = value.cast<Date>();
    } else if (k == "filed_to") {
      f.filed_to = value.cast<Date>();
    } else if (k == "text") {
      f.text = value.cast<std::string>();
    } else if (k == "limit") {
      f.limit = value.cast<std::int64_t>();
    } else if (k == "offset") {
      f.offset = value.cast<std::int64_t>();
    } else if (k == "after_id") {
      f.after_id = value.cast<std::int64_t>();
    } else if (k == "up_to_id") {
      f.up_to_id = value.cast<std::int64_t>();
    } else {
      throw py::type_error(
          "unknown filter '" + k +
          "' (agency_code, status, power_code, party, lead_from, lead_to, filed_from, filed_to, "
          "text, after_id, up_to_id, limit, offset)");
    }
  }
  return f;
}

void bind_case_store(py::module_& m) {
  py::class_<CaseSummary>(m, "CaseSummary", "One row of a case listing.")
      .def_readonly("id", &CaseSummary::id, "The case's id in the store.")
      .def_readonly("version", &CaseSummary::version,
                    "The stored version (optimistic-concurrency counter).")
      .def_readonly("number", &CaseSummary::number, "The case number (案号); empty before filing.")
      .def_readonly("agency_code", &CaseSummary::agency_code, "The agency handling the case.")
      .def_readonly("power_code", &CaseSummary::power_code,
                    "The power item the case is handled under.")
      .def_readonly("status", &CaseSummary::status, "The CaseStatus.")
      .def_readonly("procedure", &CaseSummary::procedure, "The ProcedureKind.")
      .def_readonly("title", &CaseSummary::title, "The case's title.")
      .def_readonly("party_name", &CaseSummary::party_name,
                    "The first party's name (personal data for a natural person).")
      .def_readonly(
          "party_identifier", &CaseSummary::party_identifier,
          "The first party's credit code or resident ID (personal data for a natural person).")
      .def_readonly("lead_on", &CaseSummary::lead_on, "The day of the lead.")
      .def_readonly("filed_on", &CaseSummary::filed_on, "The day of filing, or None.")
      .def_readonly("decided_on", &CaseSummary::decided_on, "The day of the decision, or None.")
      .def_readonly("total_fine", &CaseSummary::total_fine,
                    "The decision's total fine (Money; zero without a decision).")
      .def(
          "to_json", [](const CaseSummary& s) { return to_json(s); },
          "As JSON, the object `zhifa cases list --json` prints for it.");
  py::class_<StoredDeadline>(m, "StoredDeadline", "A case's deadline from CaseStore.deadlines().")
      .def_readonly("case_id", &StoredDeadline::case_id, "The case's id in the store.")
      .def_readonly("number", &StoredDeadline::number, "The case number.")
      .def_readonly("deadline", &StoredDeadline::deadline,
                    "The CaseDeadline: period key, ledger, state.")
      .def(
          "to_json", [](const StoredDeadline& d) { return to_json(d); },
          "As JSON, the object `zhifa deadlines --json` prints for it.");
  py::class_<AuditRun>(m, "AuditRun", "One recorded audit of a store.")
      .def_readonly("id", &AuditRun::id, "The run's id in the store.")
      .def_readonly("standard_name", &AuditRun::standard_name,
                    "The name of the audit standard used.")
      .def_readonly("standard_version", &AuditRun::standard_version, "Its version.")
      .def_readonly("as_of", &AuditRun::as_of, "The date as of which open deadlines were judged.")
      .def_readonly("started", &AuditRun::started,
                    "When the run started, as the caller's timestamp text (may be empty).")
      .def_readonly(
          "finished", &AuditRun::finished,
          "When it finished, as the caller's timestamp text; empty when it did not finish.")
      .def_readonly("cases", &AuditRun::cases, "How many cases were audited.")
      .def_readonly("note", &AuditRun::note, "A note, e.g. the filter used.")
      .def(
          "to_json", [](const AuditRun& r) { return to_json(r); },
          "As JSON: id, standard_name, standard_version, as_of, started, finished, cases, note.");

  py::class_<ImportReport>(m, "ImportReport", "The result of CaseStore.import_jsonl.")
      .def_readonly("lines", &ImportReport::lines, "Lines read (blank lines included).")
      .def_readonly("imported", &ImportReport::imported, "Cases stored.");

  using Store = SharedCaseStore;  // shared_case_store.hpp: every call goes through run()
  py::class_<Store>(
      m, "CaseStore",
      "Cases in an SQLite file (or ':memory:'). Query methods take filter keywords: "
      "agency_code, status, power_code, party, lead_from, lead_to, filed_from, filed_to, text, "
      "after_id, up_to_id, limit, offset. With create=False a missing file is an error "
      "(StorageError), not "
      "a new empty store. busy_timeout_ms is how long a write waits for another connection's "
      "write lock before StorageError. Python threads may share one CaseStore: its calls take "
      "turns on its one connection, and each releases the GIL while it works or waits, so other "
      "threads run meanwhile.")
      .def(py::init([](const std::filesystem::path& path, int busy_timeout_ms, bool create) {
             StoreOptions o;
             o.busy_timeout_ms = busy_timeout_ms;
             o.create = create;
             const std::string p = path.string();
             py::gil_scoped_release release;  // opening may wait to migrate the schema
             return std::make_unique<Store>(CaseStore(p, o));
           }),
           py::arg("path"), py::arg("busy_timeout_ms") = 10000, py::arg("create") = true)
      .def_static("current_schema_version", &CaseStore::current_schema_version,
                  "The schema version this zhifa writes.")
      .def_property_readonly(
          "schema_version", [](const Store& s) { return s.fixed().schema_version(); },
          "The schema version of the open store.")
      .def_property_readonly(
          "path", [](const Store& s) { return s.fixed().path(); },
          "The database file (or ':memory:').")
      .def(
          "register_agency",
          [](Store& s, const Agency& a) { s.run([&](CaseStore& c) { c.register_agency(a); }); },
          py::arg("agency"),
          "Adds or replaces an agency: its code, name and case-number prefix (needed to allocate "
          "numbers), power items and officers. Raises zhifa.ValidationError for a malformed "
          "agency (two officers with one id, a certificate valid_to before valid_from, ...); "
          "nothing is stored then.")
      .def(
          "agencies", [](Store& s) { return s.run([](CaseStore& c) { return c.agencies(); }); },
          "The registered agencies in code order, with their power items and officers.")
      .def(
          "add", [](Store& s, Case& c) { return s.run([&](CaseStore& st) { return st.add(c); }); },
          py::arg("case"),
          "Stores a new case (case.id must be 0); sets case.id, case.version (1) and, for a filed "
          "case without one, the next gap-free number of its agency and year. Returns the id.")
      .def(
          "add_all",
          [](Store& s, std::vector<Case> cases) {
            s.run([&](CaseStore& c) { c.add_all(cases); });
            return cases;
          },
          py::arg("cases"),
          "Stores new cases in one transaction (all or none); returns them with ids and numbers.")
      .def(
          "update", [](Store& s, Case& c) { s.run([&](CaseStore& st) { st.update(c); }); },
          py::arg("case"),
          "Stores a changed case; zhifa.ConflictError when someone else changed it first.")
      .def(
          "get",
          [](Store& s, std::int64_t id) { return s.run([&](CaseStore& c) { return c.get(id); }); },
          py::arg("id"), "The whole case with this id. Raises zhifa.NotFoundError naming the id.")
      .def(
          "find_by_number",
          [](Store& s, const std::string& number) {
            return s.run([&](CaseStore& c) { return c.find_by_number(number); });
          },
          py::arg("number"), "The case with this case number (案号), or None.")
      .def(
          "list",
          [](Store& s, const py::kwargs& kw) {
            const CaseFilter f = filter_from(kw);
            return s.run([&](CaseStore& c) { return c.list(f); });
          },
          "Summaries (CaseSummary) of the cases matching the filter keywords, in id order. Raises "
          "TypeError for an unknown keyword.")
      .def(
          "count",
          [](Store& s, const py::kwargs& kw) {
            const CaseFilter f = filter_from(kw);
            return s.run([&](CaseStore& c) { return c.count(f); });
          },
          "How many cases match the filter keywords.")
      .def(
          "ids",
          [](Store& s, const py::kwargs& kw) {
            const CaseFilter f = filter_from(kw);
            return s.run([&](CaseStore& c) { return c.ids(f); });
          },
          "The ids of the matching cases, in order. With after_id and limit, pages by key: the "
          "last id of one page is the next page's after_id.")
      .def(
          "id_span",
          [](Store& s, const py::kwargs& kw) {
            const CaseFilter f = filter_from(kw);
            return s.run([&](CaseStore& c) { return c.id_span(f); });
          },
          "The lowest and highest id of the matching cases as a tuple (limit and offset ignored), "
          "or None when none match: the range a batch job splits among its workers.")
      .def(
          "get_many",
          [](Store& s, std::vector<std::int64_t> ids) {
            return s.run([&](CaseStore& c) { return c.get_many(std::move(ids)); });
          },
          py::arg("ids"),
          "The cases with these ids, in id order, read from one snapshot; ids not in the store "
          "are left out.")
      .def(
          "deadlines",
          [](Store& s, Date on, std::optional<WorkCalendar> calendar, bool only_pending,
             const py::kwargs& kw) {
            const CaseFilter f = filter_from(kw);
            const WorkCalendar cal = calendar ? *calendar : WorkCalendar::china();
            return s.run(
                [&](CaseStore& c) { return store_deadlines(c, on, cal, f, only_pending); });
          },
          py::arg("on"), py::arg("calendar") = py::none(), py::arg("only_pending") = true,
          "The deadlines (StoredDeadline) of the cases matching the filter keywords as of `on`, on "
          "`calendar` (default WorkCalendar.china()); with only_pending, those open or overdue.")
      .def(
          "import_jsonl",
          [](Store& s, const std::filesystem::path& path, std::size_t batch_size,
             const std::function<void(std::size_t)>& progress) {
            // pybind11's wrapper of a Python callable takes the GIL for each call.
            return s.run([&](CaseStore& c) {
              std::ifstream in(path);
              if (!in) throw DataFileError(path.string() + ": cannot open the file");
              return c.import_jsonl(in, batch_size, progress);
            });
          },
          py::arg("path"), py::arg("batch_size") = 0, py::arg("progress") = nullptr,
          "Imports a JSON Lines file (docs/case-format.md), one case a line, blank lines skipped; "
          "one transaction, or one per batch_size lines when batch_size > 0. progress(lines_read) "
          "is called as it goes. Raises zhifa.ValidationError naming the line for a bad line (its "
          "batch rolled back, earlier batches kept), zhifa.DataFileError when the file cannot "
          "be opened.")
      .def(
          "export_jsonl",
          [](Store& s, const std::filesystem::path& path, const py::kwargs& kw) {
            const CaseFilter f = filter_from(kw);
            return s.run([&](CaseStore& c) {
              std::ofstream out(path);
              if (!out) throw DataFileError(path.string() + ": cannot write the file");
              return c.export_jsonl(out, f);
            });
          },
          py::arg("path"),
          "Writes the cases matching the filter keywords to `path` as JSON Lines "
          "(docs/case-format.md) in id order; returns how many. Raises zhifa.DataFileError when "
          "the file cannot be written.")
      .def(
          "checkpoint_records",
          [](Store& s, std::int64_t case_id, const std::string& timestamp, const SigningKey* key) {
            return s.run(
                [&](CaseStore& c) { return c.checkpoint_records(case_id, timestamp, key); });
          },
          py::arg("case_id"), py::arg("timestamp"), py::arg("key") = nullptr,
          "Takes (and with a SigningKey, signs) a tree head of the case's stored record at the "
          "caller's timestamp (UTC 'YYYY-MM-DDThh:mm:ssZ'), stores it and returns it. Raises "
          "zhifa.NotFoundError for an unknown case, zhifa.ValidationError for a malformed "
          "timestamp.")
      .def(
          "record_heads",
          [](Store& s, std::int64_t case_id) {
            return s.run([&](CaseStore& c) { return c.record_heads(case_id); });
          },
          py::arg("case_id"),
          "The tree heads taken of the case's record (SignedTreeHead), oldest first.")
      .def(
          "record_leaf_hashes",
          [](Store& s, std::int64_t id) {
            const auto hashes = s.run([&](CaseStore& c) { return c.record_leaf_hashes(id); });
            return to_list(hashes);
          },
          py::arg("case_id"),
          "The leaf hashes stored with the case's record entries, in order (32 bytes each).")
      .def(
          "verify_records",
          [](Store& s, std::int64_t case_id, const std::vector<SignedTreeHead>& trusted,
             const VerifyingKey* key) {
            return s.run([&](CaseStore& c) { return c.verify_records(case_id, trusted, key); });
          },
          py::arg("case_id"), py::arg("trusted_heads") = std::vector<SignedTreeHead>{},
          py::arg("key") = nullptr,
          "Checks the stored record against its leaf hashes and heads; reports the first bad "
          "position.")
      .def(
          "put_normative_document",
          [](Store& s, const NormativeDocument& d) {
            s.run([&](CaseStore& c) { c.put_normative_document(d); });
          },
          py::arg("document"),
          "Adds a normative document (规范性文件) to the registry, or replaces the one with its "
          "number.")
      .def(
          "normative_documents",
          [](Store& s) { return s.run([](CaseStore& c) { return c.normative_documents(); }); },
          "The registry of normative documents (NormativeDocument), in number order.")
      .def(
          "add_subject_review",
          [](Store& s, const SubjectReview& r) {
            s.run([&](CaseStore& c) { c.add_subject_review(r); });
          },
          py::arg("review"),
          "Records a review of a contract, normative document or other decision.")
      .def(
          "subject_reviews",
          [](Store& s, std::optional<int> year) {
            return s.run([&](CaseStore& c) { return c.subject_reviews(year); });
          },
          py::arg("year") = py::none(),
          "The reviews of other subjects (SubjectReview), by review date then id; with `year`, "
          "those reviewed in it.")
      .def(
          "audit_runs", [](Store& s) { return s.run([](CaseStore& c) { return c.audit_runs(); }); },
          "The recorded audit runs, newest first.")
      .def(
          "audit_run",
          [](Store& s, std::int64_t run_id) {
            return s.run([&](CaseStore& c) { return c.audit_run(run_id); });
          },
          py::arg("run_id"),
          "The audit run with this id. Raises zhifa.NotFoundError naming the id.")
      .def(
          "audit_results",
          [](Store& s, std::int64_t run_id) {
            return s.run([&](CaseStore& c) { return c.audit_results(run_id); });
          },
          py::arg("run_id"), "The results of an audit run, in case id order.")
      .def(
          "audit_result",
          [](Store& s, std::int64_t run_id, std::int64_t case_id) {
            return s.run([&](CaseStore& c) { return c.audit_result(run_id, case_id); });
          },
          py::arg("run_id"), py::arg("case_id"),
          "One case's result of a run (NotFoundError when there is none).");
}

}  // namespace zhifa::python

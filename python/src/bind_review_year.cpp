#include <pybind11/functional.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "shared_case_store.hpp"
#include "zhifa/review_year.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_review_year(py::module_& m) {
  py::class_<YearReview>(m, "YearReview",
                         "The year's review of a store (review_year): cases by status, deadlines, "
                         "the three systems and the audit run with its report.")
      .def_readonly("as_of", &YearReview::as_of, "The date of the review.")
      .def_readonly("cases", &YearReview::cases,
                    "The number of cases reviewed (those matching the filters).")
      .def_readonly("by_status", &YearReview::by_status, "{CaseStatus: count}, zero included.")
      .def_readonly("deadlines", &YearReview::deadlines,
                    "The deadlines open or overdue on as_of (StoredDeadline).")
      .def_readonly("deadlines_open", &YearReview::deadlines_open, "Deadlines open on as_of.")
      .def_readonly("deadlines_overdue", &YearReview::deadlines_overdue,
                    "Deadlines overdue on as_of.")
      .def_readonly("records_verified", &YearReview::records_verified,
                    "Full-process record logs verified (Art. 47).")
      .def_readonly("records_tampered", &YearReview::records_tampered,
                    "Ids of the cases whose log does not verify.")
      .def_readonly("reviews_required", &YearReview::reviews_required,
                    "Decisions that needed a legality review (Art. 58) under the criteria.")
      .def_readonly("reviews_missing", &YearReview::reviews_missing,
                    "Of those, the decisions without a passing review.")
      .def_readonly("disclosure", &YearReview::disclosure, "{DisclosureStatus: count} (Art. 48).")
      .def_readonly("audit_run", &YearReview::audit_run, "The audit's run as stored (AuditRun).")
      .def_readonly("audit_report", &YearReview::audit_report, "The audit's report (AuditReport).")
      .def_readonly("report_files", &YearReview::report_files, "Paths of the files written.")
      .def(
          "to_json", [](const YearReview& y) { return to_json(y); },
          "The summary as JSON, the text `zhifa review-year --json` prints.");

  m.def(
      "review_year",
      [](SharedCaseStore& store, Date as_of, const std::optional<std::filesystem::path>& report_dir,
         unsigned threads, const std::optional<std::vector<Agency>>& agencies,
         const Standard* standard, const std::optional<WorkCalendar>& calendar,
         const ReviewCriteria* criteria, const DisclosureRules* disclosure_rules,
         const std::string& note, const py::object& progress, const py::object& timestamp,
         const py::kwargs& kw) {
        YearReviewOptions o;
        if (report_dir) o.report_dir = report_dir->string();
        o.agencies = agencies;
        if (standard) o.standard = *standard;
        if (calendar) o.calendar = *calendar;
        if (criteria) o.review_criteria = *criteria;
        if (disclosure_rules) o.disclosure_rules = *disclosure_rules;
        o.note = note;
        o.filter = filter_from(kw);
        o.audit = batch_options(threads, progress);
        if (!timestamp.is_none()) {
          o.audit.timestamp = [timestamp]() {
            py::gil_scoped_acquire gil;
            return timestamp().cast<std::string>();
          };
        }
        // The GIL is released (run()); progress and timestamp take it on this thread.
        return store.run([&](CaseStore& c) { return review_year(c, as_of, o); });
      },
      py::arg("store"), py::arg("as_of"), py::arg("report_dir") = py::none(),
      py::arg("threads") = 0, py::arg("agencies") = py::none(), py::arg("standard") = nullptr,
      py::arg("calendar") = py::none(), py::arg("review_criteria") = nullptr,
      py::arg("disclosure_rules") = nullptr, py::arg("note") = "review_year",
      py::arg("progress") = py::none(), py::arg("timestamp") = py::none(),
      "The year's review of the store as of a date, the job `zhifa demo` and `zhifa review-year` "
      "run: cases by status, deadlines open or overdue, the three systems (records verified, "
      "legality reviews required and missing, disclosure states) and the case-file audit, "
      "recorded as a run; with report_dir, the audit's report files are written there. "
      "agencies defaults to the store's own; the filters are CaseStore.list's.");

  m.def(
      "write_audit_report",
      [](SharedCaseStore& store, const AuditRun& run, const Standard& standard,
         const AuditContext& context, const std::filesystem::path& dir) {
        std::vector<std::string> written;
        store.run([&](CaseStore& c) {
          write_audit_report(c, run, standard, context, dir.string(), &written);
        });
        return written;
      },
      py::arg("store"), py::arg("run"), py::arg("standard"), py::arg("context"), py::arg("dir"),
      "Writes a stored run's report.html, report.json, report.csv, results.jsonl and "
      "results.csv into dir, all or none; returns their paths.");
}

}  // namespace zhifa::python

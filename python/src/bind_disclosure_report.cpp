#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "shared_case_store.hpp"
#include "zhifa/disclosure_report.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_disclosure_report(py::module_& m) {
  py::class_<DisclosureReportRow>(m, "DisclosureReportRow", "One case of a disclosure report.")
      .def_readonly("case_id", &DisclosureReportRow::case_id, "The case's id.")
      .def_readonly("case_number", &DisclosureReportRow::case_number, "The case number.")
      .def_readonly("decision_number", &DisclosureReportRow::decision_number,
                    "The decision's document number.")
      .def_property_readonly(
          "decided_on",
          [](const DisclosureReportRow& r) -> std::optional<Date> {
            if (r.decided_on.is_special()) return std::nullopt;
            return r.decided_on;
          },
          "The day of the decision, or None.")
      .def_readonly("state", &DisclosureReportRow::state,
                    "The case's DisclosureState on the report's date.");
  py::class_<DisclosureReport>(m, "DisclosureReport", "The disclosure report on a date.")
      .def_readonly("as_of", &DisclosureReport::as_of, "The report's date.")
      .def_readonly("rows", &DisclosureReport::rows,
                    "The cases that need attention or were handled late (due, overdue, published "
                    "late, withdrawal due or overdue, withdrawn late), in case id order; with "
                    "all=True every decided case (DisclosureReportRow list).")
      .def_readonly(
          "counts", &DisclosureReport::counts,
          "How many matched cases are in each status ({DisclosureStatus: count}, zero included).")
      .def("any_overdue", &DisclosureReport::any_overdue,
           "True when anything (publication or withdrawal) is overdue on the date.")
      .def("to_json", &DisclosureReport::to_json,
           "The report as JSON text: an object with as_of, counts and rows.")
      .def("to_csv", &DisclosureReport::to_csv, "The rows as CSV, one line a row.");
  m.def(
      "disclosure_report",
      [](SharedCaseStore& store, Date as_of, std::optional<DisclosureRules> rules,
         std::optional<WorkCalendar> calendar, bool all, const py::kwargs& kw) {
        const CaseFilter filter = filter_from(kw);
        const DisclosureRules r = rules ? *rules : DisclosureRules::defaults();
        const WorkCalendar cal = calendar ? *calendar : WorkCalendar::china();
        return store.run(
            [&](CaseStore& c) { return disclosure_report(c, as_of, r, cal, filter, all); });
      },
      py::arg("store"), py::arg("as_of"), py::arg("rules") = py::none(),
      py::arg("calendar") = py::none(), py::arg("all") = false,
      "Due, overdue and late disclosures as of the date (all=True: every decided case); filter "
      "keywords as CaseStore.list. Defaults: DisclosureRules.defaults(), WorkCalendar.china().");
  m.def(
      "disclosure_records",
      [](SharedCaseStore& store, const Agency& agency, Date as_of,
         std::optional<DisclosureRules> rules, std::optional<WorkCalendar> calendar,
         const py::kwargs& kw) {
        const CaseFilter filter = filter_from(kw);
        const DisclosureRules r = rules ? *rules : DisclosureRules::defaults();
        const WorkCalendar cal = calendar ? *calendar : WorkCalendar::china();
        return store.run(
            [&](CaseStore& c) { return disclosure_records(c, agency, as_of, r, cal, filter); });
      },
      py::arg("store"), py::arg("agency"), py::arg("as_of"), py::arg("rules") = py::none(),
      py::arg("calendar") = py::none(),
      "The records that should be public on the date (due, overdue, published, late), as a "
      "list; export_disclosure_records writes them to a file without holding them.");
  m.def(
      "export_disclosure_records",
      [](SharedCaseStore& store, const Agency& agency, Date as_of,
         const std::filesystem::path& path, std::optional<std::string> format,
         std::optional<DisclosureRules> rules, std::optional<WorkCalendar> calendar,
         const py::kwargs& kw) {
        const CaseFilter filter = filter_from(kw);
        const DisclosureRules r = rules ? *rules : DisclosureRules::defaults();
        const WorkCalendar cal = calendar ? *calendar : WorkCalendar::china();
        const std::string file = path.string();
        DisclosureFileFormat f = disclosure_file_format_for(file);
        if (format == "json") {
          f = DisclosureFileFormat::kJson;
        } else if (format == "jsonl") {
          f = DisclosureFileFormat::kJsonLines;
        } else if (format == "csv") {
          f = DisclosureFileFormat::kCsv;
        } else if (format) {
          throw py::value_error("format must be 'json', 'jsonl', 'csv' or None, got '" + *format +
                                "'");
        }
        return store.run([&](CaseStore& c) {
          return export_disclosure_records(c, agency, as_of, r, cal, file, f, filter);
        });
      },
      py::arg("store"), py::arg("agency"), py::arg("as_of"), py::arg("path"),
      py::arg("format") = py::none(), py::arg("rules") = py::none(),
      py::arg("calendar") = py::none(),
      "Writes the records disclosure_records would return to the file as the store is read, "
      "holding none of them, and returns how many: format 'json' (an array, the text of "
      "disclosure_records_to_json), 'jsonl' (JSON Lines) or 'csv' (disclosure_records_to_csv); "
      "None: by the file name, as `zhifa disclose --export` (.csv, .jsonl, else JSON). Written "
      "through path + '.partial', renamed at the end: on error the file is left as it was. "
      "Filter keywords as CaseStore.list. Raises ValueError for an unknown format, "
      "zhifa.DataFileError when the file cannot be written.");

  py::class_<DueCounts>(m, "DueCounts", "Deadlines falling in a year and how they were met.")
      .def_readonly("due", &DueCounts::due, "Deadlines falling in the year.")
      .def_readonly("on_time", &DueCounts::on_time, "Done on or before the deadline.")
      .def_readonly("late", &DueCounts::late, "Done after it.")
      .def_readonly("missing", &DueCounts::missing, "Not done at all (as stored).");
  py::class_<EnforcementStatistics>(m, "EnforcementStatistics",
                                    "The annual enforcement statistics (行政执法统计年报).")
      .def_readonly("year", &EnforcementStatistics::year, "The year reported.")
      .def_readonly("report_due", &EnforcementStatistics::report_due,
                    "When the report is due: 31 January of the next year.")
      .def_readonly("cases_filed", &EnforcementStatistics::cases_filed, "Cases filed in the year.")
      .def_readonly("cases_decided", &EnforcementStatistics::cases_decided,
                    "Cases decided in the year.")
      .def_readonly("simple_procedure", &EnforcementStatistics::simple_procedure,
                    "Decided in the year under the simple procedure.")
      .def_readonly("general_procedure", &EnforcementStatistics::general_procedure,
                    "Decided in the year under the general procedure.")
      .def_readonly("by_outcome", &EnforcementStatistics::by_outcome,
                    "Decisions by outcome ({Outcome: count}, every outcome present).")
      .def_readonly("by_penalty_kind", &EnforcementStatistics::by_penalty_kind,
                    "Decisions imposing each kind ({PenaltyKind: count}).")
      .def_readonly("fines_total", &EnforcementStatistics::fines_total,
                    "The fines of the year's decisions (Money).")
      .def_readonly("hearings_requested", &EnforcementStatistics::hearings_requested,
                    "Hearings requested in the year.")
      .def_readonly("hearings_held", &EnforcementStatistics::hearings_held,
                    "Hearings held in the year.")
      .def_readonly("case_reviews", &EnforcementStatistics::case_reviews,
                    "Legal reviews of penalty decisions ({ReviewVerdict: count}).")
      .def_readonly("subject_reviews", &EnforcementStatistics::subject_reviews,
                    "Reviews of other subjects ({ReviewSubject: count}).")
      .def_readonly("normative_in_force", &EnforcementStatistics::normative_in_force,
                    "Normative documents valid on 31 December.")
      .def_readonly("normative_repealed", &EnforcementStatistics::normative_repealed,
                    "Normative documents repealed by 31 December.")
      .def_readonly("normative_expired", &EnforcementStatistics::normative_expired,
                    "Normative documents expired by 31 December.")
      .def_readonly("disclosures", &EnforcementStatistics::disclosures,
                    "Publication deadlines in the year (DueCounts).")
      .def_readonly("withdrawals", &EnforcementStatistics::withdrawals,
                    "Withdrawal deadlines (Art. 48) in the year (DueCounts).")
      .def("to_json", &EnforcementStatistics::to_json, "The statistics as JSON text.")
      .def("to_csv", &EnforcementStatistics::to_csv,
           "The statistics as 'metric,value' CSV lines (by_outcome.penalty, disclosures.late, "
           "...), with a header.");
  m.def(
      "annual_statistics",
      [](SharedCaseStore& store, int year, std::optional<DisclosureRules> rules,
         std::optional<WorkCalendar> calendar, const py::kwargs& kw) {
        const CaseFilter filter = filter_from(kw);
        const DisclosureRules r = rules ? *rules : DisclosureRules::defaults();
        const WorkCalendar cal = calendar ? *calendar : WorkCalendar::china();
        return store.run([&](CaseStore& c) { return annual_statistics(c, year, r, cal, filter); });
      },
      py::arg("store"), py::arg("year"), py::arg("rules") = py::none(),
      py::arg("calendar") = py::none(),
      "The statistics of the year; filter keywords as CaseStore.list. CalendarCoverageError when "
      "the calendar does not cover the year.");
}

}  // namespace zhifa::python

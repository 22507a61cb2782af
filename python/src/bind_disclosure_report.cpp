#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/disclosure_report.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_disclosure_report(py::module_& m) {
  py::class_<DisclosureReportRow>(m, "DisclosureReportRow", "One case of a disclosure report.")
      .def_readonly("case_id", &DisclosureReportRow::case_id)
      .def_readonly("case_number", &DisclosureReportRow::case_number)
      .def_readonly("decision_number", &DisclosureReportRow::decision_number)
      .def_property_readonly("decided_on",
                             [](const DisclosureReportRow& r) -> std::optional<Date> {
                               if (r.decided_on.is_special()) return std::nullopt;
                               return r.decided_on;
                             })
      .def_readonly("state", &DisclosureReportRow::state);
  py::class_<DisclosureReport>(m, "DisclosureReport", "The disclosure report on a date.")
      .def_readonly("as_of", &DisclosureReport::as_of)
      .def_readonly("rows", &DisclosureReport::rows)
      .def_readonly("counts", &DisclosureReport::counts)
      .def("any_overdue", &DisclosureReport::any_overdue)
      .def("to_json", &DisclosureReport::to_json)
      .def("to_csv", &DisclosureReport::to_csv);
  m.def(
      "disclosure_report",
      [](const CaseStore& store, Date as_of, std::optional<DisclosureRules> rules,
         std::optional<WorkCalendar> calendar, bool all, const py::kwargs& kw) {
        return disclosure_report(store, as_of, rules ? *rules : DisclosureRules::defaults(),
                                 calendar ? *calendar : WorkCalendar::china(), filter_from(kw),
                                 all);
      },
      py::arg("store"), py::arg("as_of"), py::arg("rules") = py::none(),
      py::arg("calendar") = py::none(), py::arg("all") = false,
      "Due, overdue and late disclosures as of the date (all=True: every decided case); filter "
      "keywords as CaseStore.list. Defaults: DisclosureRules.defaults(), WorkCalendar.china().");
  m.def(
      "disclosure_records",
      [](const CaseStore& store, const Agency& agency, Date as_of,
         std::optional<DisclosureRules> rules, std::optional<WorkCalendar> calendar,
         const py::kwargs& kw) {
        return disclosure_records(store, agency, as_of,
                                  rules ? *rules : DisclosureRules::defaults(),
                                  calendar ? *calendar : WorkCalendar::china(), filter_from(kw));
      },
      py::arg("store"), py::arg("agency"), py::arg("as_of"), py::arg("rules") = py::none(),
      py::arg("calendar") = py::none(),
      "The records that should be public on the date (due, overdue, published, late).");

  py::class_<DueCounts>(m, "DueCounts", "Deadlines falling in a year and how they were met.")
      .def_readonly("due", &DueCounts::due)
      .def_readonly("on_time", &DueCounts::on_time)
      .def_readonly("late", &DueCounts::late)
      .def_readonly("missing", &DueCounts::missing);
  py::class_<EnforcementStatistics>(m, "EnforcementStatistics",
                                    "The annual enforcement statistics (行政执法统计年报).")
      .def_readonly("year", &EnforcementStatistics::year)
      .def_readonly("report_due", &EnforcementStatistics::report_due)
      .def_readonly("cases_filed", &EnforcementStatistics::cases_filed)
      .def_readonly("cases_decided", &EnforcementStatistics::cases_decided)
      .def_readonly("simple_procedure", &EnforcementStatistics::simple_procedure)
      .def_readonly("general_procedure", &EnforcementStatistics::general_procedure)
      .def_readonly("by_outcome", &EnforcementStatistics::by_outcome)
      .def_readonly("by_penalty_kind", &EnforcementStatistics::by_penalty_kind)
      .def_readonly("fines_total", &EnforcementStatistics::fines_total)
      .def_readonly("hearings_requested", &EnforcementStatistics::hearings_requested)
      .def_readonly("hearings_held", &EnforcementStatistics::hearings_held)
      .def_readonly("case_reviews", &EnforcementStatistics::case_reviews)
      .def_readonly("subject_reviews", &EnforcementStatistics::subject_reviews)
      .def_readonly("normative_in_force", &EnforcementStatistics::normative_in_force)
      .def_readonly("normative_repealed", &EnforcementStatistics::normative_repealed)
      .def_readonly("normative_expired", &EnforcementStatistics::normative_expired)
      .def_readonly("disclosures", &EnforcementStatistics::disclosures)
      .def_readonly("withdrawals", &EnforcementStatistics::withdrawals)
      .def("to_json", &EnforcementStatistics::to_json)
      .def("to_csv", &EnforcementStatistics::to_csv);
  m.def(
      "annual_statistics",
      [](const CaseStore& store, int year, std::optional<DisclosureRules> rules,
         std::optional<WorkCalendar> calendar, const py::kwargs& kw) {
        return annual_statistics(store, year, rules ? *rules : DisclosureRules::defaults(),
                                 calendar ? *calendar : WorkCalendar::china(), filter_from(kw));
      },
      py::arg("store"), py::arg("year"), py::arg("rules") = py::none(),
      py::arg("calendar") = py::none(),
      "The statistics of the year; filter keywords as CaseStore.list. CalendarCoverageError when "
      "the calendar does not cover the year.");
}

}  // namespace zhifa::python

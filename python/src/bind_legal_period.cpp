#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/work_calendar.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_legal_period(py::module_& m) {
  py::enum_<PeriodUnit>(m, "PeriodUnit", "The unit a legal period counts in.")
      .value("WORKING_DAYS", PeriodUnit::kWorkingDays, "工作日 (行政处罚法 Art. 85)")
      .value("CALENDAR_DAYS", PeriodUnit::kCalendarDays)
      .value("MONTHS", PeriodUnit::kMonths, "民法典 Art. 202")
      .value("YEARS", PeriodUnit::kYears);
  py::enum_<PeriodDirection>(
      m, "PeriodDirection",
      "Whether a period runs forward from its start event (a time limit) or backward from it (a "
      "minimum advance notice, e.g. the hearing notice of 行政处罚法 Art. 64 (2)).")
      .value("AFTER", PeriodDirection::kAfter, "a time limit after the start event")
      .value("BEFORE", PeriodDirection::kBefore, "a minimum notice before the event");
  py::enum_<RestDayRule>(m, "RestDayRule",
                         "What happens when the last day of a calendar-day, month or year period "
                         "is not a working day. Working-day periods always end on a working day.")
      .value("NEXT_WORKING_DAY", RestDayRule::kNextWorkingDay,
             "a last day that is not a working day moves to the next one (民事诉讼法 Art. 85, by "
             "analogy)")
      .value("NONE", RestDayRule::kNone, "the last day stays where it falls");

  m.def("statutory_day_unit", &statutory_day_unit, py::arg("law"), py::arg("days"),
        "The unit a law prescribes for a period of `days` days (行政处罚法 Art. 85, 行政强制法 "
        "Art. 69, 行政复议法 Art. 88), or None for a law without such a rule.");
  m.def("statutory_day_rule", &statutory_day_rule, py::arg("law"),
        "The Citation of the article of `law` that makes short periods working days, or None.");

  py::class_<LegalPeriod>(m, "LegalPeriod", "A named legal period: length, unit and legal basis.")
      .def(
          "to_json", [](const LegalPeriod& p) { return to_json(p); },
          "As JSON (`zhifa deadline --list --json`): key, name, length, unit, direction, basis, "
          "status.")
      .def(py::init([](std::string key, int length, PeriodUnit unit, Citation basis,
                       std::string name, PeriodDirection direction, std::string start_event,
                       std::string description, std::string status, std::string sector,
                       std::optional<int> max_extension, RestDayRule rest_day_rule) {
             LegalPeriod p;
             p.key = std::move(key);
             p.length = length;
             p.unit = unit;
             p.basis = std::move(basis);
             p.name = std::move(name);
             p.direction = direction;
             p.start_event = std::move(start_event);
             p.description = std::move(description);
             p.status = std::move(status);
             p.sector = std::move(sector);
             p.max_extension = max_extension;
             p.rest_day_rule = rest_day_rule;
             PeriodTable{{p}};  // validates
             return p;
           }),
           py::arg("key"), py::arg("length"), py::arg("unit"), py::arg("basis"),
           py::arg("name") = "", py::arg("direction") = PeriodDirection::kAfter,
           py::arg("start_event") = "", py::arg("description") = "", py::arg("status") = "",
           py::arg("sector") = "", py::arg("max_extension") = py::none(),
           py::arg("rest_day_rule") = RestDayRule::kNextWorkingDay)
      .def_readonly("key", &LegalPeriod::key, "Stable identifier, e.g. 'hearing_request'.")
      .def_readonly("name", &LegalPeriod::name, "Chinese name, e.g. 要求听证.")
      .def_readonly("description", &LegalPeriod::description, "English gloss.")
      .def_readonly("length", &LegalPeriod::length, "The length in `unit` (> 0).")
      .def_readonly("unit", &LegalPeriod::unit, "The PeriodUnit it counts in.")
      .def_readonly(
          "direction", &LegalPeriod::direction,
          "AFTER: a time limit after the start event; BEFORE: a minimum notice before the event.")
      .def_readonly("start_event", &LegalPeriod::start_event,
                    "What starts the count, e.g. 'notice of rights served'.")
      .def_readonly("basis", &LegalPeriod::basis,
                    "The Citation of the article that sets the period.")
      .def_readonly("status", &LegalPeriod::status,
                    "How the fact was checked: verified, partial or unverified.")
      .def_readonly("sector", &LegalPeriod::sector,
                    "Empty for national law; the sector of an override, e.g. 'market_regulation'.")
      .def_readonly("max_extension", &LegalPeriod::max_extension,
                    "The total extension allowed, in `unit`; None: not limited.")
      .def_readonly("rest_day_rule", &LegalPeriod::rest_day_rule,
                    "What happens when the last day is not a working day (RestDayRule).")
      .def("summary", &LegalPeriod::summary,
           "The period in words: '15 calendar days (行政处罚法 Art. 67)'.")
      .def("end", &LegalPeriod::end, py::arg("start"), py::arg("calendar"),
           "The last day of the period started on `start`, without suspensions or extensions.");

  py::class_<PeriodTable>(m, "PeriodTable", "An immutable table of named legal periods.")
      .def(py::init<std::vector<LegalPeriod>>(), py::arg("periods"))
      .def_static("builtin", &PeriodTable::builtin, py::return_value_policy::copy,
                  "The national table built into the library.")
      .def_static("from_json", &PeriodTable::from_json, py::arg("text"),
                  py::arg("source") = "<string>",
                  "A table from JSON text in the zhifa-periods format (docs/periods.md); `source` "
                  "names the text in messages. Raises zhifa.DataFileError.")
      .def_static(
          "from_json_file",
          [](const std::filesystem::path& p) { return PeriodTable::from_json_file(p.string()); },
          py::arg("path"),
          "A table from a JSON file in the zhifa-periods format. Raises zhifa.DataFileError when "
          "it cannot be read or parsed.")
      .def("overridden_by", &PeriodTable::overridden_by, py::arg("overrides"),
           "This table with the entries of `overrides` replacing those with the same key and "
           "adding the others (e.g. a sector's periods).")
      .def("get", &PeriodTable::get, py::arg("key"), py::return_value_policy::copy,
           "The period named key; raises zhifa.NotFoundError listing the known keys.")
      .def("__getitem__", &PeriodTable::get, py::arg("key"), py::return_value_policy::copy)
      .def("__contains__", &PeriodTable::contains, py::arg("key"))
      .def("__len__", [](const PeriodTable& t) { return t.periods().size(); })
      .def_property_readonly("periods", &PeriodTable::periods,
                             "The periods (LegalPeriod), in table order.")
      .def(
          "keys",
          [](const PeriodTable& t) {
            std::vector<std::string> keys;
            for (const auto& p : t.periods()) keys.push_back(p.key);
            return keys;
          },
          "The keys of the periods, in table order.");
}

}  // namespace zhifa::python

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/work_calendar.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_work_calendar(py::module_& m) {
  py::enum_<DayKind>(m, "DayKind", "How the official schedule classifies a day.")
      .value("WORKDAY", DayKind::kWorkday)
      .value("WEEKEND", DayKind::kWeekend)
      .value("STATUTORY_HOLIDAY", DayKind::kStatutoryHoliday, "法定节假日")
      .value("REST_DAY", DayKind::kRestDay, "another day off of a holiday block")
      .value("ADJUSTED_WORKDAY", DayKind::kAdjustedWorkday, "调休上班日");

  py::class_<HolidayNotice>(m, "HolidayNotice",
                            "The State Council notice fixing a year's schedule.")
      .def_readonly("year", &HolidayNotice::year, "The year the notice schedules.")
      .def_readonly("number", &HolidayNotice::number,
                    "The notice's 文号, e.g. 国办发明电〔2024〕12号.")
      .def_readonly("title", &HolidayNotice::title, "The notice's title.")
      .def_readonly("issued", &HolidayNotice::issued, "The date of issue (datetime.date).")
      .def_readonly("url", &HolidayNotice::url, "Where the notice is published.")
      .def_readonly("status", &HolidayNotice::status,
                    "How the data was verified: 'verified', or what is not.")
      .def_readonly("holiday_rules", &HolidayNotice::holiday_rules,
                    "Which version of 全国年节及纪念日放假办法 applies.");

  py::class_<Festival>(m, "Festival", "One holiday of a year's schedule.")
      .def_readonly("name", &Festival::name,
                    "元旦, 春节, 清明节, 劳动节, 端午节, 中秋节 or 国庆节.")
      .def_readonly("statutory", &Festival::statutory,
                    "Its statutory holiday days (法定节假日), as datetime.date.")
      .def_readonly("rest", &Festival::rest,
                    "The other rest days of its holiday block (调休休息日, weekends inside it).")
      .def_readonly("workdays", &Festival::workdays,
                    "The adjusted working days (调休上班日) the notice attaches to it.");

  py::class_<CalendarYear>(m, "CalendarYear", "The data of one calendar year.")
      .def_readonly("year", &CalendarYear::year, "The calendar year.")
      .def_readonly("notice", &CalendarYear::notice, "None for a year built weekends-only.")
      .def_readonly("festivals", &CalendarYear::festivals,
                    "The year's holidays (Festival), empty for a weekends-only year.");

  py::class_<WorkCalendar>(
      m, "WorkCalendar",
      "The official working-day calendar. Queries answer in constant time; a date outside the "
      "covered years raises zhifa.CalendarCoverageError (never a weekends-only guess).")
      .def_static("china", &WorkCalendar::china,
                  "The official PRC schedule built into the library (no files needed).")
      .def_static(
          "from_json", &WorkCalendar::from_json, py::arg("text"), py::arg("source") = "<string>",
          "A calendar from JSON text in the zhifa-calendar format (docs/calendar-format.md). "
          "Raises zhifa.DataFileError for malformed data, zhifa.ConflictError when two "
          "entries contradict each other about a day.")
      .def_static(
          "from_json_file",
          [](const std::filesystem::path& p) { return WorkCalendar::from_json_file(p.string()); },
          py::arg("path"),
          "A calendar from a JSON file in the zhifa-calendar format; raises as from_json, and "
          "zhifa.DataFileError when the file cannot be read.")
      .def_static("weekends_only", &WorkCalendar::weekends_only, py::arg("first_year"),
                  py::arg("last_year"),
                  "A calendar in which Monday-Friday are working days; only when asked for.")
      .def("merged", &WorkCalendar::merged, py::arg("other"),
           "This calendar plus the years of other. Raises zhifa.ConflictError when a year in both "
           "differs, zhifa.ValidationError when the years would not be contiguous.")
      .def_property_readonly("first_day", &WorkCalendar::first_day,
                             "January 1 of the first covered year.")
      .def_property_readonly("last_day", &WorkCalendar::last_day,
                             "December 31 of the last covered year.")
      .def_property_readonly("first_year", &WorkCalendar::first_year, "The first covered year.")
      .def_property_readonly("last_year", &WorkCalendar::last_year, "The last covered year.")
      .def_property_readonly(
          "coverage",
          [](const WorkCalendar& c) { return py::make_tuple(c.first_day(), c.last_day()); },
          "(first_day, last_day) of the covered years.")
      .def_property_readonly(
          "coverage_text", &WorkCalendar::coverage_text,
          "'2023-01-01..2026-12-31 (2023-2026)'; years built weekends-only are marked as such.")
      .def_property_readonly("years", &WorkCalendar::years,
                             "The data year by year, first to last (CalendarYear).")
      .def("covers", &WorkCalendar::covers, py::arg("d"),
           "True when d lies in the covered years (never raises).")
      .def("__contains__", &WorkCalendar::covers, py::arg("d"))
      .def("day_kind", &WorkCalendar::day_kind, py::arg("d"),
           "How the official schedule classifies d (DayKind). Raises zhifa.CalendarCoverageError "
           "outside the coverage.")
      .def("is_working_day", &WorkCalendar::is_working_day, py::arg("d"),
           "True when d is a working day. Raises zhifa.CalendarCoverageError outside the coverage.")
      .def("is_statutory_holiday", &WorkCalendar::is_statutory_holiday, py::arg("d"),
           "True for 法定节假日 only, not weekends or other rest days.")
      .def("holiday_name", &WorkCalendar::holiday_name, py::arg("d"),
           "The festival whose holiday block contains d, or None.")
      .def("next_working_day", &WorkCalendar::next_working_day, py::arg("d"),
           "The first working day strictly after d. Raises zhifa.CalendarCoverageError beyond the "
           "coverage.")
      .def("add_working_days", &WorkCalendar::add_working_days, py::arg("d"), py::arg("n"),
           "The n-th working day after d (d not counted); n < 0 counts backwards; n == 0 gives d. "
           "Raises zhifa.CalendarCoverageError when the result leaves the coverage.")
      .def("working_days_between", &WorkCalendar::working_days_between, py::arg("a"), py::arg("b"),
           "The number of working days w with a < w <= b; negative when b < a.");
}

}  // namespace zhifa::python

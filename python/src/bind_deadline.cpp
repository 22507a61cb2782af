#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/deadline.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_deadline(py::module_& m) {
  py::class_<Suspension>(m, "Suspension", "Days [from_, to] that do not count.")
      .def_readonly("from_", &Suspension::from, "The first day that does not count (inclusive).")
      .def_readonly("to", &Suspension::to, "The last day that does not count (inclusive).")
      .def_readonly("reason", &Suspension::reason, "Why, e.g. 鉴定.");
  py::class_<Extension>(m, "Extension", "An approved extension in the period's unit.")
      .def_readonly("length", &Extension::length, "The length, in the period's own unit.")
      .def_readonly("approver", &Extension::approver, "Who approved it (e.g. the agency head).")
      .def_readonly("reason", &Extension::reason, "Why it was approved.")
      .def_readonly("approved_on", &Extension::approved_on, "The day of approval.");
  py::class_<DeadlineStep>(m, "DeadlineStep", "One line of Deadline.explain().")
      .def_readonly("text", &DeadlineStep::text, "What was done, in words.")
      .def_readonly("date", &DeadlineStep::date, "The date it leads to.")
      .def_readonly("basis", &DeadlineStep::basis, "The Citation of the rule behind it, or None.");

  py::class_<Deadline>(
      m, "Deadline",
      "A deadline ledger: start, legal period, suspensions and approved extensions; the due date "
      "is derived and explained step by step.")
      .def(
          py::init([](const LegalPeriod& period, Date start, std::optional<WorkCalendar> calendar) {
            return Deadline(period, start, calendar ? *calendar : WorkCalendar::china());
          }),
          py::arg("period"), py::arg("start"), py::arg("calendar") = py::none(),
          "calendar defaults to WorkCalendar.china().")
      .def("suspend", &Deadline::suspend, py::arg("from_"), py::arg("to"), py::arg("reason") = "",
           "Days from_..to (inclusive) do not count. Raises zhifa.ValidationError when to < from_, "
           "when it starts on or before the start day or after the period's last day, overlaps "
           "another suspension, or for a period counted backwards.")
      .def("extend", &Deadline::extend, py::arg("length"), py::arg("approver"), py::arg("reason"),
           py::arg("approved_on"),
           "An approved extension in the period's unit. Raises zhifa.ValidationError for a "
           "non-positive length, an empty approver, an approval before the start or after the "
           "period had expired; zhifa.LegalGuardError when the total exceeds the period's "
           "max_extension, citing it.")
      .def_property("rest_day_rule", &Deadline::rest_day_rule, &Deadline::set_rest_day_rule,
                    "The rest-day rule of this ledger (RestDayRule): the period's unless assigned.")
      .def_property_readonly("period", &Deadline::period, "The LegalPeriod counted.")
      .def_property_readonly("start", &Deadline::start, "The day of the start event (not counted).")
      .def_property_readonly("calendar", &Deadline::calendar, "The WorkCalendar it counts on.")
      .def_property_readonly("suspensions", &Deadline::suspensions,
                             "The suspensions (Suspension), in date order.")
      .def_property_readonly("extensions", &Deadline::extensions,
                             "The approved extensions (Extension).")
      .def_property_readonly("due", &Deadline::due, "The last day of the period.")
      .def("is_overdue", &Deadline::is_overdue, py::arg("on"),
           "True when `on` is after the due date.")
      .def("explain", &Deadline::explain, "The computation, one step per rule applied.")
      .def(
          "to_json", [](const Deadline& d) { return to_json(d); },
          "The ledger as JSON (the text `zhifa deadline --json` prints): period, name, length, "
          "unit, basis, start, suspensions, extensions, due, steps.");
}

}  // namespace zhifa::python

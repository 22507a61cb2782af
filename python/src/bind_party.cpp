#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/party.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_party(py::module_& m) {
  py::enum_<PartyKind>(m, "PartyKind")
      .value("NATURAL_PERSON", PartyKind::kNaturalPerson, "自然人")
      .value("LEGAL_PERSON", PartyKind::kLegalPerson, "法人")
      .value("OTHER_ORGANIZATION", PartyKind::kOtherOrganization, "其他组织");

  py::class_<Party>(m, "Party",
                    "A party (当事人) of a case. Build with the static factories, which validate.")
      .def_static("natural_person", &Party::natural_person, py::arg("id"), py::arg("name"),
                  py::arg("resident_id"), py::arg("phone") = "", py::arg("address") = "")
      .def_static("natural_person_born", &Party::natural_person_born, py::arg("id"),
                  py::arg("name"), py::arg("birth_date"), py::arg("phone") = "",
                  py::arg("address") = "")
      .def_static("organization", &Party::organization, py::arg("id"), py::arg("kind"),
                  py::arg("name"), py::arg("credit_code"), py::arg("legal_representative"),
                  py::arg("phone") = "", py::arg("address") = "")
      .def_readonly("id", &Party::id)
      .def_readonly("kind", &Party::kind)
      .def_readonly("name", &Party::name)
      .def_readonly("resident_id", &Party::resident_id)
      .def_readonly("birth_date", &Party::birth_date)
      .def_readonly("credit_code", &Party::credit_code)
      .def_readonly("legal_representative", &Party::legal_representative)
      .def_readonly("phone", &Party::phone)
      .def_readonly("address", &Party::address)
      .def_property_readonly("is_natural_person", &Party::is_natural_person)
      .def("age_on", &Party::age_on, py::arg("on"),
           "Full years of age on a date (Art. 30), None for organisations.")
      .def_property_readonly("identifier", &Party::identifier)
      .def("__eq__", [](const Party& a, const Party& b) { return a == b; });
}

}  // namespace zhifa::python

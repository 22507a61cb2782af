#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/party.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_party(py::module_& m) {
  py::enum_<PartyKind>(
      m, "PartyKind",
      "自然人 (natural person), 法人 (legal person) or 其他组织 (other organisation).")
      .value("NATURAL_PERSON", PartyKind::kNaturalPerson, "自然人")
      .value("LEGAL_PERSON", PartyKind::kLegalPerson, "法人")
      .value("OTHER_ORGANIZATION", PartyKind::kOtherOrganization, "其他组织");

  py::class_<Party>(m, "Party",
                    "A party (当事人) of a case. Build with the static factories, which validate.")
      .def_static("natural_person", &Party::natural_person, py::arg("id"), py::arg("name"),
                  py::arg("resident_id"), py::arg("phone") = "", py::arg("address") = "",
                  "A natural person identified by a ResidentId (the birth date comes from it). "
                  "Raises zhifa.ValidationError for an empty name.")
      .def_static("natural_person_born", &Party::natural_person_born, py::arg("id"),
                  py::arg("name"), py::arg("birth_date"), py::arg("phone") = "",
                  py::arg("address") = "",
                  "A natural person without a resident ID (a foreigner, say), with the birth date "
                  "as stated. Raises zhifa.ValidationError for an empty name.")
      .def_static(
          "organization", &Party::organization, py::arg("id"), py::arg("kind"), py::arg("name"),
          py::arg("credit_code"), py::arg("legal_representative"), py::arg("phone") = "",
          py::arg("address") = "",
          "An organisation (kind LEGAL_PERSON or OTHER_ORGANIZATION) identified by its CreditCode, "
          "with its legal representative (法定代表人 / 负责人). Raises zhifa.ValidationError for a "
          "natural-person kind or an empty name or legal representative.")
      .def_readonly("id", &Party::id, "The party's key within its case, e.g. 'P1'.")
      .def_readonly("kind", &Party::kind, "The PartyKind.")
      .def_readonly("name", &Party::name, "The name (personal data for a natural person).")
      .def_readonly("resident_id", &Party::resident_id, "A natural person's ResidentId, or None.")
      .def_readonly("birth_date", &Party::birth_date,
                    "A natural person's birth date (from the ID, or as stated), else None.")
      .def_readonly("credit_code", &Party::credit_code, "An organisation's CreditCode, or None.")
      .def_readonly("legal_representative", &Party::legal_representative,
                    "An organisation's 法定代表人 / 负责人; empty for a natural person.")
      .def_readonly("phone", &Party::phone, "Phone number; may be empty.")
      .def_readonly("address", &Party::address, "Address for service (送达地址); may be empty.")
      .def_property_readonly("is_natural_person", &Party::is_natural_person,
                             "True for PartyKind.NATURAL_PERSON.")
      .def("age_on", &Party::age_on, py::arg("on"),
           "Full years of age on a date (Art. 30), None for organisations.")
      .def_property_readonly(
          "identifier", &Party::identifier,
          "The resident ID or the credit code as text; empty when there is none.")
      .def("__eq__", [](const Party& a, const Party& b) { return a == b; });
}

}  // namespace zhifa::python

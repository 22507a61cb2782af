#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/identifiers.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_identifiers(py::module_& m) {
  py::enum_<Sex>(
      m, "Sex",
      "The sex encoded by the parity of a resident ID's sequence code (odd: male, even: female).")
      .value("MALE", Sex::kMale)
      .value("FEMALE", Sex::kFemale);

  py::class_<ResidentId>(m, "ResidentId",
                         "A valid 18-character citizen identity number (GB 11643-1999). Raises "
                         "zhifa.ValidationError naming the position and reason otherwise.")
      .def(py::init<std::string_view>(), py::arg("text"))
      .def_property_readonly("birth_date", &ResidentId::birth_date,
                             "The birth date encoded in the number (datetime.date).")
      .def_property_readonly("sex", &ResidentId::sex,
                             "Sex from the parity of the 3-digit sequence code.")
      .def_property_readonly("address_code", &ResidentId::address_code,
                             "The 6-digit address code: the first six characters.")
      .def_static("why_invalid", &ResidentId::why_invalid, py::arg("text"),
                  "The reason text is not valid, or None.")
      .def("__str__", &ResidentId::str)
      .def("__eq__", [](const ResidentId& a, const ResidentId& b) { return a == b; })
      .def("__hash__", [](const ResidentId& a) { return py::hash(py::str(a.str())); });

  py::class_<CreditCode>(m, "CreditCode",
                         "A valid unified social credit code (GB 32100-2015). Raises "
                         "zhifa.ValidationError naming the position and reason otherwise.")
      .def(py::init<std::string_view>(), py::arg("text"))
      .def_property_readonly(
          "registration_authority",
          [](const CreditCode& c) { return std::string(1, c.registration_authority()); },
          "登记管理部门码: the first character.")
      .def_property_readonly(
          "entity_type", [](const CreditCode& c) { return std::string(1, c.entity_type()); },
          "机构类别码: the second character.")
      .def_property_readonly("division_code", &CreditCode::division_code,
                             "The 6-digit administrative division code (characters 3-8).")
      .def_property_readonly("organization_code", &CreditCode::organization_code,
                             "主体标识码: characters 9-17.")
      .def("organization_code_warning", &CreditCode::organization_code_warning,
           "The inner GB 11714 check (unverified rule): a warning message, or None.")
      .def_static("why_invalid", &CreditCode::why_invalid, py::arg("text"),
                  "The reason text is not valid, or None.")
      .def("__str__", &CreditCode::str)
      .def("__eq__", [](const CreditCode& a, const CreditCode& b) { return a == b; })
      .def("__hash__", [](const CreditCode& a) { return py::hash(py::str(a.str())); });

  m.def("is_valid_resident_id", &is_valid_resident_id, py::arg("text"),
        "True when text is a valid 18-character resident identity number (GB 11643-1999).");
  m.def("is_valid_credit_code", &is_valid_credit_code, py::arg("text"),
        "True when text is a valid unified social credit code (GB 32100-2015).");
}

}  // namespace zhifa::python

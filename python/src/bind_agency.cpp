#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/agency.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_agency(py::module_& m) {
  py::enum_<PowerKind>(m, "PowerKind")
      .value("PENALTY", PowerKind::kPenalty, "行政处罚")
      .value("COMPULSION", PowerKind::kCompulsion, "行政强制")
      .value("INSPECTION", PowerKind::kInspection, "行政检查")
      .value("LICENSING", PowerKind::kLicensing, "行政许可")
      .value("OTHER", PowerKind::kOther);

  py::class_<PowerItem>(m, "PowerItem", "A power item (权责清单事项).")
      .def(py::init([](std::string code, std::string name, PowerKind kind,
                       std::vector<Citation> basis, std::string agency_code,
                       std::string delegated_to) {
             return PowerItem{std::move(code),  std::move(name),        kind,
                              std::move(basis), std::move(agency_code), std::move(delegated_to)};
           }),
           py::arg("code"), py::arg("name"), py::arg("kind") = PowerKind::kPenalty,
           py::arg("basis") = std::vector<Citation>{}, py::arg("agency_code") = "",
           py::arg("delegated_to") = "")
      .def_readwrite("code", &PowerItem::code)
      .def_readwrite("name", &PowerItem::name)
      .def_readwrite("kind", &PowerItem::kind)
      .def_readwrite("basis", &PowerItem::basis)
      .def_readwrite("agency_code", &PowerItem::agency_code)
      .def_readwrite("delegated_to", &PowerItem::delegated_to);

  py::class_<Certificate>(m, "Certificate", "An enforcement certificate (行政执法证).")
      .def(
          py::init([](std::string number, Date valid_from, Date valid_to, std::string agency_code) {
            return Certificate{std::move(number), valid_from, valid_to, std::move(agency_code)};
          }),
          py::arg("number"), py::arg("valid_from"), py::arg("valid_to"), py::arg("agency_code"))
      .def_readwrite("number", &Certificate::number)
      .def_readwrite("valid_from", &Certificate::valid_from)
      .def_readwrite("valid_to", &Certificate::valid_to)
      .def_readwrite("agency_code", &Certificate::agency_code)
      .def("valid_on", &Certificate::valid_on, py::arg("d"));

  py::class_<Officer>(m, "Officer", "An enforcement officer.")
      .def(py::init([](std::string id, std::string name, std::optional<Certificate> certificate,
                       bool legal_professional_qualification, bool experienced_reviewer,
                       bool exam_passed) {
             return Officer{std::move(id),          std::move(name),
                            std::move(certificate), legal_professional_qualification,
                            experienced_reviewer,   exam_passed};
           }),
           py::arg("id"), py::arg("name"), py::arg("certificate") = py::none(),
           py::arg("legal_professional_qualification") = false,
           py::arg("experienced_reviewer") = false, py::arg("exam_passed") = false)
      .def_readwrite("id", &Officer::id)
      .def_readwrite("name", &Officer::name)
      .def_readwrite("certificate", &Officer::certificate)
      .def_readwrite("legal_professional_qualification", &Officer::legal_professional_qualification)
      .def_readwrite("experienced_reviewer", &Officer::experienced_reviewer)
      .def_readwrite("exam_passed", &Officer::exam_passed)
      .def("certified_on", &Officer::certified_on, py::arg("on"), py::arg("agency_code"));

  py::class_<Agency>(m, "Agency", "An enforcement body (执法主体) with power items and officers.")
      .def(py::init([](std::string code, std::string name, std::string case_prefix,
                       std::vector<PowerItem> powers, std::vector<Officer> officers) {
             return Agency{std::move(code), std::move(name), std::move(case_prefix),
                           std::move(powers), std::move(officers)};
           }),
           py::arg("code"), py::arg("name"), py::arg("case_prefix"),
           py::arg("powers") = std::vector<PowerItem>{},
           py::arg("officers") = std::vector<Officer>{})
      .def_readwrite("code", &Agency::code)
      .def_readwrite("name", &Agency::name)
      .def_readwrite("case_prefix", &Agency::case_prefix)
      .def_readwrite("powers", &Agency::powers)
      .def_readwrite("officers", &Agency::officers)
      .def("power", &Agency::power, py::arg("code"), py::return_value_policy::copy)
      .def("officer", &Agency::officer, py::arg("id"), py::return_value_policy::copy)
      .def("holds_power", &Agency::holds_power, py::arg("code"))
      .def("case_number", &Agency::case_number, py::arg("year"), py::arg("serial"))
      .def("to_json", &agency_to_json,
           "The agency as a 'zhifa-agency' JSON document (docs/agency-format.md).")
      .def_static(
          "from_json",
          [](std::string_view json, std::string_view source) {
            return agency_from_json(json, source);
          },
          py::arg("json"), py::arg("source") = "<string>",
          "Reads a 'zhifa-agency' document; DataFileError names the path and the reason.");
}

}  // namespace zhifa::python

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/agency.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_agency(py::module_& m) {
  py::enum_<PowerKind>(
      m, "PowerKind",
      "The kind of a power item on an agency's list of powers and responsibilities (权责清单).")
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
      .def_readwrite("code", &PowerItem::code, "The item's code, e.g. 'DRC-CF-018'.")
      .def_readwrite("name", &PowerItem::name, "The item's name.")
      .def_readwrite("kind", &PowerItem::kind, "The PowerKind.")
      .def_readwrite("basis", &PowerItem::basis, "The legal basis (Citation list).")
      .def_readwrite("agency_code", &PowerItem::agency_code, "The agency holding the power.")
      .def_readwrite("delegated_to", &PowerItem::delegated_to,
                     "The body exercising a delegated power in the agency's name (园区赋权); empty "
                     "when not delegated.");

  py::class_<Certificate>(m, "Certificate", "An enforcement certificate (行政执法证).")
      .def(
          py::init([](std::string number, Date valid_from, Date valid_to, std::string agency_code) {
            return Certificate{std::move(number), valid_from, valid_to, std::move(agency_code)};
          }),
          py::arg("number"), py::arg("valid_from"), py::arg("valid_to"), py::arg("agency_code"))
      .def_readwrite("number", &Certificate::number, "The certificate's number.")
      .def_readwrite("valid_from", &Certificate::valid_from, "First day of validity (inclusive).")
      .def_readwrite("valid_to", &Certificate::valid_to, "Last day of validity (inclusive).")
      .def_readwrite("agency_code", &Certificate::agency_code,
                     "The agency that issued it, which the officer serves.")
      .def("valid_on", &Certificate::valid_on, py::arg("d"),
           "True when valid_from <= d <= valid_to.");

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
      .def_readwrite("id", &Officer::id, "The officer's id within the agency.")
      .def_readwrite("name", &Officer::name, "The officer's name.")
      .def_readwrite("certificate", &Officer::certificate, "The enforcement Certificate, or None.")
      .def_readwrite("legal_professional_qualification", &Officer::legal_professional_qualification,
                     "Holds the national legal professional qualification (法律职业资格), which "
                     "行政处罚法 Art. 58 ¶2 requires of a first-time legal reviewer.")
      .def_readwrite(
          "experienced_reviewer", &Officer::experienced_reviewer,
          "Has done legal review of penalty decisions before (so Art. 58 ¶2 no longer applies).")
      .def_readwrite("exam_passed", &Officer::exam_passed,
                     "Passed the enforcement qualification exam.")
      .def("certified_on", &Officer::certified_on, py::arg("on"), py::arg("agency_code"),
           "True when the officer holds a certificate of agency_code valid on `on` (行政处罚法 "
           "Art. 42: 具有行政执法资格).");

  py::class_<Agency>(m, "Agency", "An enforcement body (执法主体) with power items and officers.")
      .def(py::init([](std::string code, std::string name, std::string case_prefix,
                       std::vector<PowerItem> powers, std::vector<Officer> officers) {
             return Agency{std::move(code), std::move(name), std::move(case_prefix),
                           std::move(powers), std::move(officers)};
           }),
           py::arg("code"), py::arg("name"), py::arg("case_prefix"),
           py::arg("powers") = std::vector<PowerItem>{},
           py::arg("officers") = std::vector<Officer>{})
      .def_readwrite("code", &Agency::code, "The agency's code.")
      .def_readwrite("name", &Agency::name, "The agency's name, e.g. 大连市发展和改革委员会.")
      .def_readwrite(
          "case_prefix", &Agency::case_prefix,
          "The case-number prefix, e.g. 大发改罚: numbers read '{prefix}〔{year}〕{n}号'.")
      .def_readwrite("powers", &Agency::powers,
                     "The power items (PowerItem). A copy: assign a whole new list to change it.")
      .def_readwrite("officers", &Agency::officers,
                     "The officers (Officer). A copy: assign a whole new list to change it.")
      .def("power", &Agency::power, py::arg("code"), py::return_value_policy::copy,
           "The power item with this code. Raises zhifa.NotFoundError naming the code.")
      .def("officer", &Agency::officer, py::arg("id"), py::return_value_policy::copy,
           "The officer with this id. Raises zhifa.NotFoundError naming the id.")
      .def("holds_power", &Agency::holds_power, py::arg("code"),
           "True when the agency has a power item with this code.")
      .def("case_number", &Agency::case_number, py::arg("year"), py::arg("serial"),
           "The case number for a year and serial: '大发改罚〔2024〕12号'.")
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

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/synthetic.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_synthetic(py::module_& m) {
  py::class_<SyntheticCase>(m, "SyntheticCase",
                            "A generated case and the defects injected into it.")
      .def_readonly("case", &SyntheticCase::c, "The generated Case.")
      .def_readonly(
          "defects", &SyntheticCase::defects,
          "The procedural defects injected into it (empty for a clean case): service_late (Art. "
          "61), decision_overdue (Art. 60), single_investigator (Art. 42), missing_legal_review "
          "(Art. 58), notice_missing (Art. 44), payment_late (Art. 67, 72).");
  py::class_<SyntheticCaseGenerator>(
      m, "SyntheticCaseGenerator",
      "Deterministic synthetic case files of a city DRC (same seed, same cases).")
      .def(py::init([](std::uint64_t seed, int year, int defect_percent, int open_percent,
                       int simple_percent) {
             return SyntheticCaseGenerator(
                 SyntheticOptions{seed, year, defect_percent, open_percent, simple_percent});
           }),
           py::arg("seed") = 20250101, py::arg("year") = 2025, py::arg("defect_percent") = 15,
           py::arg("open_percent") = 8, py::arg("simple_percent") = 10)
      .def_property_readonly(
          "agency", &SyntheticCaseGenerator::agency,
          "The agency the cases belong to (大连市发展和改革委员会, its power items and officers).")
      .def("next", &SyntheticCaseGenerator::next, "The next case of the sequence (SyntheticCase).")
      .def(
          "generate",
          [](SyntheticCaseGenerator& g, std::size_t n) {
            std::vector<SyntheticCase> out;
            out.reserve(n);
            for (std::size_t i = 0; i < n; ++i) out.push_back(g.next());
            return out;
          },
          py::arg("n"), "The next n cases of the sequence (SyntheticCase list).");
  m.def("synthetic_agency", &synthetic_agency,
        "The synthetic generator's agency (大连市发展和改革委员会).");
}

}  // namespace zhifa::python

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/synthetic.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_synthetic(py::module_& m) {
  py::class_<SyntheticCase>(m, "SyntheticCase",
                            "A generated case and the defects injected into it.")
      .def_readonly("case", &SyntheticCase::c)
      .def_readonly("defects", &SyntheticCase::defects);
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
      .def_property_readonly("agency", &SyntheticCaseGenerator::agency)
      .def("next", &SyntheticCaseGenerator::next)
      .def(
          "generate",
          [](SyntheticCaseGenerator& g, std::size_t n) {
            std::vector<SyntheticCase> out;
            out.reserve(n);
            for (std::size_t i = 0; i < n; ++i) out.push_back(g.next());
            return out;
          },
          py::arg("n"));
  m.def("synthetic_agency", &synthetic_agency,
        "The synthetic generator's agency (大连市发展和改革委员会).");
}

}  // namespace zhifa::python

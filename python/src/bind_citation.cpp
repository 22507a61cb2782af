#include "bindings.hpp"
#include "zhifa/citation.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_citation(py::module_& m) {
  py::class_<Citation>(m, "Citation",
                       "A reference into a law: law, article, paragraph (款), item (项).")
      .def(py::init([](std::string law, int article, int paragraph, int item, std::string note) {
             return Citation{std::move(law), article, paragraph, item, std::move(note)};
           }),
           py::arg("law"), py::arg("article") = 0, py::arg("paragraph") = 0, py::arg("item") = 0,
           py::arg("note") = "")
      .def_readonly("law", &Citation::law)
      .def_readonly("article", &Citation::article)
      .def_readonly("paragraph", &Citation::paragraph)
      .def_readonly("item", &Citation::item)
      .def_readonly("note", &Citation::note)
      .def("__str__", &Citation::to_string)
      .def("__eq__", [](const Citation& a, const Citation& b) { return a == b; });
}

}  // namespace zhifa::python

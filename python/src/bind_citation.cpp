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
      .def_readonly("law", &Citation::law,
                    "The law's short Chinese name: 行政处罚法, 民事诉讼法, 行政强制法, ...")
      .def_readonly("article", &Citation::article, "The article number (条).")
      .def_readonly("paragraph", &Citation::paragraph,
                    "The paragraph (款); 0 when the citation names the whole article.")
      .def_readonly("item", &Citation::item, "The item (项); 0 when the citation names no item.")
      .def_readonly(
          "note", &Citation::note,
          "Where the rule is applied by analogy or rests on a secondary source; empty otherwise.")
      .def("__str__", &Citation::to_string)
      .def("__eq__", [](const Citation& a, const Citation& b) { return a == b; });
}

}  // namespace zhifa::python

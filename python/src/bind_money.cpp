#include <pybind11/operators.h>

#include "bindings.hpp"
#include "zhifa/money.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_money(py::module_& m) {
  py::enum_<Rounding>(m, "Rounding", "How Money.mul_div rounds a fraction of a fen.")
      .value("DOWN", Rounding::kDown, "toward zero")
      .value("UP", Rounding::kUp, "away from zero")
      .value("HALF_UP", Rounding::kHalfUp, "to nearest, halves away from zero (四舍五入)");

  py::class_<Money>(
      m, "Money",
      "An exact amount of renminbi as an integer count of fen. No floats anywhere.\n\n"
      "Money('1,234.56'), Money('1.5万'), Money.from_fen(123456), Money.from_yuan(100).")
      .def(py::init(&Money::parse), py::arg("text"),
           "Parse a yuan amount: '1,234.56', '1234.5元', '1.5万', '0.35亿', '¥12'. Raises "
           "zhifa.ValidationError naming the position and the reason.")
      .def_static("parse", &Money::parse, py::arg("text"), "Same as Money(text).")
      .def_static("from_fen", &Money::from_fen, py::arg("fen"),
                  "The amount of exactly `fen` fen (int; 1 yuan = 100 fen).")
      .def_static("from_yuan", &Money::from_yuan, py::arg("yuan"),
                  "The amount of `yuan` whole yuan (int). Raises zhifa.OverflowError beyond the "
                  "int64 range of fen.")
      .def_property_readonly("fen", &Money::fen, "The amount in fen (int).")
      .def("__str__", &Money::to_string)
      .def("mul_div", &Money::mul_div, py::arg("numerator"), py::arg("denominator"),
           py::arg("rounding"),
           "self * numerator / denominator, exact, rounded as asked; e.g. 3 per mille: "
           "total.mul_div(3, 1000, Rounding.DOWN). Raises zhifa.ValidationError for a zero "
           "denominator, zhifa.OverflowError when the result leaves the int64 range of fen.")
      .def(py::self + py::self)
      .def(py::self - py::self)
      .def(-py::self)
      .def(py::self * std::int64_t())
      .def(std::int64_t() * py::self)
      .def(py::self == py::self)
      .def(py::self != py::self)
      .def(py::self < py::self)
      .def(py::self <= py::self)
      .def(py::self > py::self)
      .def(py::self >= py::self)
      .def("__hash__", [](const Money& x) { return py::hash(py::int_(x.fen())); })
      .def("__bool__", [](const Money& x) { return x.fen() != 0; })
      .def(py::pickle([](const Money& x) { return py::make_tuple(x.fen()); },
                      [](const py::tuple& t) {
                        if (t.size() != 1) throw py::value_error("bad Money state");
                        return Money::from_fen(t[0].cast<std::int64_t>());
                      }));
}

}  // namespace zhifa::python

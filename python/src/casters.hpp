// Conversions between zhifa's C++ value types and Python, in one place:
// boost::gregorian::date <-> datetime.date (datetime.datetime is refused, not truncated).
#pragma once

#include <pybind11/pybind11.h>
// Python's datetime C API; its macros need the capsule imported once per translation unit.
#include <datetime.h>

#include "zhifa/date.hpp"

namespace pybind11::detail {

template <>
struct type_caster<boost::gregorian::date> {
  PYBIND11_TYPE_CASTER(boost::gregorian::date, const_name("datetime.date"));

  // PyDateTimeAPI is a static of each translation unit, while these inline functions may be
  // merged across units by the linker: each function imports the API itself, so that the check
  // and the use refer to the same variable (as pybind11's chrono.h does).
  bool load(handle src, bool) {
    if (!PyDateTimeAPI) {
      PyDateTime_IMPORT;
      if (!PyDateTimeAPI) throw error_already_set();
    }
    if (!src || !PyDate_Check(src.ptr()) || PyDateTime_Check(src.ptr())) return false;
    const int y = PyDateTime_GET_YEAR(src.ptr());
    if (y < 1400) {
      throw value_error("date year " + std::to_string(y) + " is before 1400, not supported");
    }
    value = boost::gregorian::date(static_cast<unsigned short>(y),
                                   static_cast<unsigned short>(PyDateTime_GET_MONTH(src.ptr())),
                                   static_cast<unsigned short>(PyDateTime_GET_DAY(src.ptr())));
    return true;
  }

  static handle cast(const boost::gregorian::date& d, return_value_policy, handle) {
    if (!PyDateTimeAPI) {
      PyDateTime_IMPORT;
      if (!PyDateTimeAPI) throw error_already_set();
    }
    if (d.is_special()) throw value_error("not a calendar date (special date value)");
    auto ymd = d.year_month_day();
    return PyDate_FromDate(ymd.year, ymd.month, ymd.day);
  }
};

}  // namespace pybind11::detail

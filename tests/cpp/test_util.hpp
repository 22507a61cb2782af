// Helpers shared by the C++ tests.
#pragma once

#include <string>

#include "zhifa/date.hpp"
#include "zhifa/error.hpp"

namespace zhifa::test {

/// A date from "YYYY-MM-DD".
inline Date D(const char* iso_text) { return parse_iso_date(iso_text); }

/// The message of the zhifa::Error that f throws, or "<no error>" when it throws none.
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "<no error>";
}

}  // namespace zhifa::test

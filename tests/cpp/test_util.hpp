// Helpers shared by the C++ tests.
#pragma once

#include <fstream>
#include <sstream>
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

/// A file of the source tree, e.g. "tests/data/benchmark_sample.csv".
inline std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(ZHIFA_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace zhifa::test

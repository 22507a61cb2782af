// Helpers shared by the C++ tests.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "zhifa/date.hpp"
#include "zhifa/error.hpp"

namespace zhifa::test {

/// A fresh directory under the system's temporary directory, removed with everything in it.
class TempDir {
 public:
  TempDir() {
    dir_ = std::filesystem::temp_directory_path() /
           ("zhifa-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  ~TempDir() { std::filesystem::remove_all(dir_); }
  /// A path in the directory.
  std::string file(const std::string& name) const { return (dir_ / name).string(); }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_;
};

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

#include "util/file.hpp"

#include <fstream>
#include <sstream>

#include "zhifa/error.hpp"

namespace zhifa::detail {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataFileError(path + ": cannot open the file");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw DataFileError(path + ": read error");
  return s.str();
}

}  // namespace zhifa::detail

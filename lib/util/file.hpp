// Private: reading a whole file, with the error every loader of a data file gives.
#pragma once

#include <string>

namespace zhifa::detail {

/// The whole file as bytes; throws DataFileError naming `path` when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace zhifa::detail

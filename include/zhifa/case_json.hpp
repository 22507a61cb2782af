// The interchange format of cases: one JSON object per case ("zhifa-case", version 1), used for
// JSON Lines import and export (one whole case per line) and by analysts. The schema is in
// docs/case-format.md. Round trip is exact: case_from_json(to_json(c)) == c.
#pragma once

#include <string>
#include <string_view>

#include "zhifa/case.hpp"

namespace zhifa {

/// One line of JSON (no newline) with every field of the case, including id and version.
std::string to_json(const Case& c);

/// Parses one case. Throws ValidationError naming the JSON path and the reason for any missing
/// or malformed field, invalid identifier, date or amount.
Case case_from_json(std::string_view json);

}  // namespace zhifa

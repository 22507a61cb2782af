// Private: parsing of zhifa's JSON data files (calendars, period tables). Kept in one
// translation unit so nlohmann::json stays out of every other one and out of public headers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zhifa/legal_period.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa::detail {

/// The whole file as bytes; throws DataFileError naming `path` when it cannot be read.
std::string read_file(const std::string& path);

/// Years of a zhifa-calendar document (docs/calendar-format.md). Throws DataFileError naming
/// `source` and the JSON path of the bad entry.
std::vector<CalendarYear> parse_calendar(std::string_view json, std::string_view source);

/// Periods of a zhifa-periods document (docs/periods.md). Throws DataFileError likewise.
std::vector<LegalPeriod> parse_periods(std::string_view json, std::string_view source);

}  // namespace zhifa::detail

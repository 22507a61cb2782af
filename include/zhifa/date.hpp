// Dates as zhifa uses them: boost::gregorian::date, written and read in ISO form (YYYY-MM-DD).
// Instants are boost::posix_time::ptime in UTC. Nothing in zhifa reads the clock: callers pass
// the date.
#pragma once

#include <boost/date_time/gregorian/greg_date.hpp>
#include <string>
#include <string_view>

namespace zhifa {

using Date = boost::gregorian::date;

/// "2024-05-01". Throws ValidationError for a special value (not-a-date-time, infinity).
std::string iso(Date d);

/// Parses exactly "YYYY-MM-DD" (years 1400-9999, as Boost supports). Throws ValidationError
/// naming the text and what is wrong with it.
Date parse_iso_date(std::string_view text);

/// "Monday" .. "Sunday".
std::string weekday_name(Date d);

}  // namespace zhifa

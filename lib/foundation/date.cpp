#include "zhifa/date.hpp"

#include <array>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "zhifa/error.hpp"

namespace zhifa {

std::string iso(Date d) {
  if (d.is_special()) throw ValidationError("not a calendar date (special Boost date value)");
  auto ymd = d.year_month_day();
  const unsigned v[3] = {ymd.year, ymd.month, ymd.day};  // Boost keeps years in 1400-9999
  std::string out = "0000-00-00";
  const std::size_t ends[3] = {3, 6, 9};
  for (int p = 0; p < 3; ++p) {
    unsigned x = v[p];
    for (std::size_t k = ends[p];; --k) {
      if (out[k] == '-') break;
      out[k] = static_cast<char>('0' + x % 10);
      x /= 10;
      if (k == 0) break;
    }
  }
  return out;
}

Date parse_iso_date(std::string_view text) {
  auto fail = [&](const std::string& why) -> Date {
    throw ValidationError("invalid date '" + std::string(text) + "': " + why);
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return fail("expected YYYY-MM-DD");
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t k = starts[p]; k < starts[p] + lens[p]; ++k) {
      if (text[k] < '0' || text[k] > '9') return fail("expected YYYY-MM-DD");
      parts[p] = parts[p] * 10 + (text[k] - '0');
    }
  }
  if (parts[0] < 1400) return fail("years before 1400 are not supported");
  try {
    return Date(static_cast<unsigned short>(parts[0]), static_cast<unsigned short>(parts[1]),
                static_cast<unsigned short>(parts[2]));
  } catch (const std::out_of_range& e) {
    return fail(e.what());
  }
}

std::string weekday_name(Date d) {
  static constexpr std::array<const char*, 7> kNames = {
      "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
  return kNames[d.day_of_week().as_number()];
}

}  // namespace zhifa

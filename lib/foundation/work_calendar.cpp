#include "zhifa/work_calendar.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cstdint>
#include <map>

#include "util/file.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

namespace detail {
extern const std::string_view kChinaCalendarJson;
}

namespace {

constexpr int kMinYear = 1401;  // Boost dates start in 1400; keep a year of margin each side
constexpr int kMaxYear = 9998;

bool is_weekend(Date d) {
  auto w = d.day_of_week().as_number();
  return w == 0 || w == 6;
}

std::string year_range(int a, int b) {
  return a == b ? std::to_string(a) : std::to_string(a) + "-" + std::to_string(b);
}

}  // namespace

struct WorkCalendar::Impl {
  std::vector<CalendarYear> years;
  Date first;
  long first_jdn = 0;
  std::vector<std::uint8_t> kind;  // DayKind per day
  std::vector<std::uint8_t> name;  // index into names; 0 = no festival
  std::vector<std::string> names{""};
  std::vector<std::int32_t> cum;   // working days in [first, first + i]
  std::vector<std::int32_t> work;  // offsets of the working days, ascending
  std::string coverage;

  long offset_of(Date d, const char* what) const {
    if (d.is_special()) throw ValidationError(std::string(what) + ": not a calendar date");
    long i = static_cast<long>(d.julian_day()) - first_jdn;
    if (i < 0 || i >= static_cast<long>(kind.size())) {
      throw CalendarCoverageError(std::string(what) + ": date " + iso(d) +
                                  " is outside the calendar's coverage " + coverage +
                                  "; merge that year's holiday notice into the calendar, or build "
                                  "a weekends-only calendar for it explicitly");
    }
    return i;
  }
  bool working(long i) const {
    auto k = static_cast<DayKind>(kind[static_cast<std::size_t>(i)]);
    return k == DayKind::kWorkday || k == DayKind::kAdjustedWorkday;
  }
  Date at(long i) const { return first + boost::gregorian::date_duration(i); }
};

namespace {

using detail::check_header;
using detail::json;
using detail::Node;
using detail::parse_json;

// The document (docs/calendar-format.md), read into values; DataFileError naming `source` and the
// JSON path of the bad entry.
std::vector<CalendarYear> parse_calendar(std::string_view text, std::string_view source) {
  json doc = parse_json(text, source);
  Node root{doc, "$", source};
  check_header(root, "zhifa-calendar", 1);
  Node years = root.at("years");
  std::vector<CalendarYear> out;
  for (std::size_t i = 0; i < years.size(); ++i) {
    Node y = years.item(i);
    CalendarYear cy;
    cy.year = y.at("year").integer();
    Node n = y.at("notice");
    HolidayNotice notice;
    notice.year = cy.year;
    notice.number = n.at("number").str();
    notice.issued = n.at("issued").date();
    notice.title = n.str_or("title", "");
    notice.url = n.str_or("url", "");
    notice.status = n.str_or("status", "");
    notice.holiday_rules = n.str_or("holiday_rules", "");
    if (notice.number.empty()) n.at("number").fail("the notice number cannot be empty");
    cy.notice = std::move(notice);
    Node fs = y.at("festivals");
    for (std::size_t k = 0; k < fs.size(); ++k) {
      Node f = fs.item(k);
      Festival fest;
      fest.name = f.at("name").str();
      if (fest.name.empty()) f.at("name").fail("a festival needs a name");
      fest.statutory = f.at("statutory").dates();
      if (auto r = f.maybe("rest")) fest.rest = r->dates();
      if (auto w = f.maybe("workdays")) fest.workdays = w->dates();
      cy.festivals.push_back(std::move(fest));
    }
    out.push_back(std::move(cy));
  }
  return out;
}

struct Mark {
  DayKind kind;
  std::string festival;
  int source_year;
};

// Day-by-day classification that a year's data imposes (dates of any year).
bool working_kind(DayKind k) { return k == DayKind::kWorkday || k == DayKind::kAdjustedWorkday; }

// Marks of the days of year y's data that fall in y itself (own = true) or in the adjacent
// December or January (own = false; e.g. the 2023 notice starts New Year's block on 2022-12-31).
void collect_marks(const CalendarYear& y, std::map<Date, Mark>& marks, bool own) {
  auto put = [&](Date d, DayKind k, const std::string& festival) {
    if (d.is_special()) {
      throw DataFileError("calendar year " + std::to_string(y.year) + ", " + festival +
                          ": not a calendar date");
    }
    const int dy = d.year();
    const bool adjacent =
        (dy == y.year - 1 && d.month() == 12) || (dy == y.year + 1 && d.month() == 1);
    if (dy != y.year && !adjacent) {
      throw DataFileError(
          "calendar year " + std::to_string(y.year) + ", " + festival + ": " + iso(d) +
          " is outside the year (a notice may name days of the adjacent December or "
          "January only)");
    }
    if ((dy == y.year) != own) return;
    if (k == DayKind::kAdjustedWorkday && !is_weekend(d)) {
      throw DataFileError("calendar year " + std::to_string(y.year) + ", " + festival + ": " +
                          iso(d) + " is listed as an adjusted working day (调休上班日) but is a " +
                          weekday_name(d) + "; only a Saturday or Sunday can be one");
    }
    auto [it, inserted] = marks.emplace(d, Mark{k, festival, y.year});
    if (!inserted && it->second.kind != k) {
      throw ConflictError("calendar data disagree about " + iso(d) + ": the " +
                          std::to_string(it->second.source_year) + " schedule (" +
                          it->second.festival + ") and the " + std::to_string(y.year) +
                          " schedule (" + festival + ") classify it differently");
    }
  };
  for (const auto& f : y.festivals) {
    if (f.name.empty()) {
      throw DataFileError("calendar year " + std::to_string(y.year) + ": a festival has no name");
    }
    for (Date d : f.statutory) put(d, DayKind::kStatutoryHoliday, f.name);
    for (Date d : f.rest) put(d, DayKind::kRestDay, f.name);
    for (Date d : f.workdays) put(d, DayKind::kAdjustedWorkday, f.name);
  }
}

}  // namespace

WorkCalendar WorkCalendar::from_years(std::vector<CalendarYear> years) {
  if (years.empty()) throw ValidationError("a calendar needs at least one year");
  std::sort(years.begin(), years.end(),
            [](const CalendarYear& a, const CalendarYear& b) { return a.year < b.year; });
  for (std::size_t i = 0; i < years.size(); ++i) {
    int y = years[i].year;
    if (y < kMinYear || y > kMaxYear) {
      throw ValidationError("calendar year " + std::to_string(y) + " is outside " +
                            std::to_string(kMinYear) + "-" + std::to_string(kMaxYear));
    }
    if (i > 0 && y == years[i - 1].year) {
      throw ValidationError("calendar year " + std::to_string(y) + " is given twice");
    }
    if (i > 0 && y != years[i - 1].year + 1) {
      throw ValidationError(
          "calendar years must be contiguous: " + std::to_string(years[i - 1].year + 1) +
          " is missing between " + std::to_string(years[i - 1].year) + " and " + std::to_string(y));
    }
  }

  auto impl = std::make_shared<Impl>();
  std::map<Date, Mark> marks;
  for (const auto& y : years) collect_marks(y, marks, true);
  // A day named by a neighbouring year's notice: where its own year has a notice, the two must
  // agree on whether it is a working day (the own year's classification stays); elsewhere the
  // neighbour's word is the only data there is.
  std::map<Date, Mark> neighbours;
  for (const auto& y : years) collect_marks(y, neighbours, false);
  for (const auto& [d, mark] : neighbours) {
    const int year = d.year();  // a structured binding cannot be captured before clang 16
    auto own_year = std::find_if(years.begin(), years.end(),
                                 [&](const CalendarYear& y) { return y.year == year; });
    if (own_year == years.end() || !own_year->notice) {
      auto [it, inserted] = marks.emplace(d, mark);
      if (!inserted && it->second.kind != mark.kind) {
        throw ConflictError("calendar data disagree about " + iso(d));
      }
      continue;
    }
    auto own = marks.find(d);
    DayKind own_kind = own != marks.end() ? own->second.kind
                       : is_weekend(d)    ? DayKind::kWeekend
                                          : DayKind::kWorkday;
    if (working_kind(own_kind) != working_kind(mark.kind)) {
      throw ConflictError("calendar data disagree about " + iso(d) + ": the " +
                          std::to_string(mark.source_year) + " schedule (" + mark.festival +
                          ") makes it " +
                          (working_kind(mark.kind) ? "a working day" : "a day off") + ", the " +
                          std::to_string(d.year()) + " schedule " +
                          (working_kind(own_kind) ? "a working day" : "a day off"));
    }
  }

  const int first_year = years.front().year, last_year = years.back().year;
  impl->first = Date(static_cast<unsigned short>(first_year), 1, 1);
  impl->first_jdn = static_cast<long>(impl->first.julian_day());
  Date last(static_cast<unsigned short>(last_year), 12, 31);
  const auto n = static_cast<std::size_t>((last - impl->first).days() + 1);
  impl->kind.resize(n);
  impl->name.assign(n, 0);
  impl->cum.resize(n);
  std::map<std::string, std::uint8_t> name_index;
  for (std::size_t i = 0; i < n; ++i) {
    Date d = impl->at(static_cast<long>(i));
    DayKind k = is_weekend(d) ? DayKind::kWeekend : DayKind::kWorkday;
    if (auto it = marks.find(d); it != marks.end()) {
      k = it->second.kind;
      if (k != DayKind::kAdjustedWorkday) {
        auto [pos, added] = name_index.emplace(it->second.festival, 0);
        if (added) {
          if (impl->names.size() >= 255) throw ValidationError("too many festival names");
          pos->second = static_cast<std::uint8_t>(impl->names.size());
          impl->names.push_back(it->second.festival);
        }
        impl->name[i] = pos->second;
      }
    }
    impl->kind[i] = static_cast<std::uint8_t>(k);
    bool w = k == DayKind::kWorkday || k == DayKind::kAdjustedWorkday;
    impl->cum[i] = (i ? impl->cum[i - 1] : 0) + (w ? 1 : 0);
    if (w) impl->work.push_back(static_cast<std::int32_t>(i));
  }

  // Coverage text, marking the years built without a notice.
  impl->coverage = iso(impl->first) + ".." + iso(last) + " (" + year_range(first_year, last_year);
  std::string weekends;
  for (std::size_t i = 0; i < years.size();) {
    if (years[i].notice) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j + 1 < years.size() && !years[j + 1].notice) ++j;
    weekends += (weekends.empty() ? "" : ", ") + year_range(years[i].year, years[j].year);
    i = j + 1;
  }
  if (!weekends.empty()) impl->coverage += "; weekends only: " + weekends;
  impl->coverage += ")";
  impl->years = std::move(years);
  return WorkCalendar(std::move(impl));
}

WorkCalendar WorkCalendar::china() {
  static const WorkCalendar kChina = from_json(detail::kChinaCalendarJson, "built-in china.json");
  return kChina;
}

WorkCalendar WorkCalendar::from_json(std::string_view json, std::string_view source) {
  auto years = parse_calendar(json, source);
  try {
    return from_years(std::move(years));
  } catch (const DataFileError& e) {
    throw DataFileError(std::string(source) + ": " + e.what());
  } catch (const ValidationError& e) {
    throw DataFileError(std::string(source) + ": " + e.what());
  } catch (const ConflictError& e) {
    throw ConflictError(std::string(source) + ": " + e.what());
  }
}

WorkCalendar WorkCalendar::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

WorkCalendar WorkCalendar::weekends_only(int first_year, int last_year) {
  if (first_year > last_year) {
    throw ValidationError("weekends-only calendar: first year " + std::to_string(first_year) +
                          " is after last year " + std::to_string(last_year));
  }
  if (first_year < kMinYear || last_year > kMaxYear) {
    throw ValidationError("weekends-only calendar: years " + year_range(first_year, last_year) +
                          " are outside " + std::to_string(kMinYear) + "-" +
                          std::to_string(kMaxYear));
  }
  std::vector<CalendarYear> years;
  for (int y = first_year; y <= last_year; ++y) years.push_back(CalendarYear{y, std::nullopt, {}});
  return from_years(std::move(years));
}

WorkCalendar WorkCalendar::merged(const WorkCalendar& other) const {
  std::vector<CalendarYear> years = impl_->years;
  for (const auto& y : other.impl_->years) {
    auto same = std::find_if(years.begin(), years.end(),
                             [&](const CalendarYear& c) { return c.year == y.year; });
    if (same == years.end()) {
      years.push_back(y);
      continue;
    }
    // A year in both: it must agree day by day.
    Date d(static_cast<unsigned short>(y.year), 1, 1),
        end(static_cast<unsigned short>(y.year), 12, 31);
    for (; d <= end; d += boost::gregorian::date_duration(1)) {
      if (day_kind(d) != other.day_kind(d)) {
        throw ConflictError("cannot merge calendars: they disagree about " + iso(d) + " in year " +
                            std::to_string(y.year));
      }
    }
  }
  return from_years(std::move(years));
}

Date WorkCalendar::first_day() const { return impl_->first; }
Date WorkCalendar::last_day() const { return impl_->at(static_cast<long>(impl_->kind.size()) - 1); }
int WorkCalendar::first_year() const { return impl_->years.front().year; }
int WorkCalendar::last_year() const { return impl_->years.back().year; }
bool WorkCalendar::covers(Date d) const {
  if (d.is_special()) return false;
  long i = static_cast<long>(d.julian_day()) - impl_->first_jdn;
  return i >= 0 && i < static_cast<long>(impl_->kind.size());
}
std::string WorkCalendar::coverage_text() const { return impl_->coverage; }
const std::vector<CalendarYear>& WorkCalendar::years() const { return impl_->years; }

DayKind WorkCalendar::day_kind(Date d) const {
  return static_cast<DayKind>(
      impl_->kind[static_cast<std::size_t>(impl_->offset_of(d, "day_kind"))]);
}

bool WorkCalendar::is_working_day(Date d) const {
  return impl_->working(impl_->offset_of(d, "is_working_day"));
}

bool WorkCalendar::is_statutory_holiday(Date d) const {
  return day_kind(d) == DayKind::kStatutoryHoliday;
}

std::optional<std::string> WorkCalendar::holiday_name(Date d) const {
  auto idx = impl_->name[static_cast<std::size_t>(impl_->offset_of(d, "holiday_name"))];
  if (idx == 0) return std::nullopt;
  return impl_->names[idx];
}

Date WorkCalendar::next_working_day(Date d) const { return add_working_days(d, 1); }

Date WorkCalendar::add_working_days(Date d, int n) const {
  const long i = impl_->offset_of(d, "add_working_days");
  if (n == 0) return d;
  // k is the 1-based rank of the target among all working days of the calendar.
  const long before_or_at = impl_->cum[static_cast<std::size_t>(i)];
  const long k = n > 0 ? before_or_at + n : before_or_at - (impl_->working(i) ? 1 : 0) + n + 1;
  if (k < 1 || k > static_cast<long>(impl_->work.size())) {
    throw CalendarCoverageError("adding " + std::to_string(n) + " working days to " + iso(d) +
                                " goes " + (n > 0 ? "past the end" : "before the start") +
                                " of the calendar's coverage " + impl_->coverage);
  }
  return impl_->at(impl_->work[static_cast<std::size_t>(k - 1)]);
}

int WorkCalendar::working_days_between(Date a, Date b) const {
  const long ia = impl_->offset_of(a, "working_days_between");
  const long ib = impl_->offset_of(b, "working_days_between");
  return impl_->cum[static_cast<std::size_t>(ib)] - impl_->cum[static_cast<std::size_t>(ia)];
}

}  // namespace zhifa

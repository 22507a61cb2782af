// The official working-day calendar (工作日历): which days are working days under the State
// Council's holiday schedule, year by year, and working-day arithmetic on it. Legal periods of
// "二日/三日/五日/七日" in the Administrative Penalty Law are working days (Art. 85), so every
// such deadline is computed here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/date.hpp"

namespace zhifa {

/// How the official schedule classifies a day.
enum class DayKind {
  kWorkday,  ///< Monday-Friday, not a day off
  kWeekend,  ///< Saturday or Sunday, not an adjusted working day
  kStatutoryHoliday,  ///< 法定节假日: a holiday day named by 全国年节及纪念日放假办法 Art. 2
  kRestDay,  ///< another day off of a holiday block (调休休息日, weekend inside a block)
  kAdjustedWorkday,  ///< 调休上班日: a Saturday or Sunday declared a working day
};

/// The State Council General Office notice (国务院办公厅关于XXXX年部分节假日安排的通知) that fixes
/// a year's schedule.
struct HolidayNotice {
  int year = 0;
  std::string number;  ///< e.g. 国办发明电〔2024〕12号
  std::string title;
  Date issued;
  std::string url;
  std::string status;         ///< how the data was verified ("verified", or what is not)
  std::string holiday_rules;  ///< which version of 全国年节及纪念日放假办法 applies
};

/// One holiday (节日) of a year's schedule: its statutory days, the other rest days of its block,
/// and the adjusted working days the notice attaches to it.
struct Festival {
  std::string name;  ///< 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节
  std::vector<Date> statutory;
  std::vector<Date> rest;
  std::vector<Date> workdays;
};

/// The data of one calendar year: the notice and its festivals, or none for a year built
/// explicitly as weekends-only.
struct CalendarYear {
  int year = 0;
  std::optional<HolidayNotice> notice;  ///< empty for a weekends-only year
  std::vector<Festival> festivals;
};

/// An immutable working-day calendar over a contiguous range of whole years. Built from data
/// (the built-in official schedule, a JSON file in the format of docs/calendar-format.md, or an
/// explicit weekends-only range). Every query answers in constant time from per-day tables
/// precomputed at construction. A date outside the covered years raises CalendarCoverageError
/// naming the date and the coverage: there is no silent weekends-only fallback.
///
/// A WorkCalendar is a cheap handle to shared immutable data: copying it is O(1) and it may be
/// used from any number of threads at once.
class WorkCalendar {
 public:
  /// The official PRC schedule built into the library (the same data as data/calendars/
  /// china.json): 2023-2026 at this version. Needs no files at run time.
  static WorkCalendar china();

  /// A calendar from JSON text in the zhifa-calendar format; `source` names the text in error
  /// messages. Throws DataFileError on malformed data (naming the entry), ConflictError when two
  /// entries contradict each other about a day.
  static WorkCalendar from_json(std::string_view json, std::string_view source = "<string>");
  /// The same, read from a file. Throws DataFileError when it cannot be read.
  static WorkCalendar from_json_file(const std::string& path);

  /// A calendar for the years [first_year, last_year] in which every Monday-Friday is a working
  /// day and nothing else is. Only for callers who knowingly accept that approximation (e.g. a
  /// year whose notice is not yet published); it is never used implicitly.
  static WorkCalendar weekends_only(int first_year, int last_year);

  /// This calendar with the years of `other` added (e.g. china() plus next year's notice). Years
  /// present in both must agree day by day (ConflictError otherwise); the result must cover a
  /// contiguous range of years (ValidationError naming the missing year otherwise).
  WorkCalendar merged(const WorkCalendar& other) const;

  // ---- coverage -------------------------------------------------------------------------------
  Date first_day() const;  ///< January 1 of the first covered year
  Date last_day() const;   ///< December 31 of the last covered year
  int first_year() const;
  int last_year() const;
  bool covers(Date d) const;
  /// "2023-01-01..2026-12-31 (2023-2026)"; years built weekends-only are marked as such.
  std::string coverage_text() const;
  /// The data year by year, first to last.
  const std::vector<CalendarYear>& years() const;

  // ---- queries (each throws CalendarCoverageError for a date outside the coverage) -----------
  DayKind day_kind(Date d) const;
  bool is_working_day(Date d) const;
  /// True for the statutory holidays (法定节假日) only, not for weekends or other rest days.
  bool is_statutory_holiday(Date d) const;
  /// The festival whose holiday block contains `d` (a statutory holiday or a rest day of the
  /// block), or nothing for any other day.
  std::optional<std::string> holiday_name(Date d) const;
  /// The first working day strictly after `d`.
  Date next_working_day(Date d) const;
  /// For n > 0 the n-th working day after `d` (`d` itself not counted); for n < 0 the |n|-th
  /// working day before `d`; for n == 0, `d`. Throws CalendarCoverageError when the result would
  /// fall outside the coverage.
  Date add_working_days(Date d, int n) const;
  /// The number of working days w with a < w <= b; negative (the count with b < w <= a) when
  /// b < a.
  int working_days_between(Date a, Date b) const;

  /// A calendar from year data (what from_json parses); the checks of merged() apply.
  static WorkCalendar from_years(std::vector<CalendarYear> years);

 private:
  struct Impl;
  explicit WorkCalendar(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace zhifa

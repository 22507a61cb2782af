// Example: the deadlines of one case under the Administrative Penalty Law, from the C++ API.
// Build with the project (ZHIFA_BUILD_EXAMPLES) or against an installed zhifa.
#include <iostream>
#include <zhifa/deadline.hpp>
#include <zhifa/error.hpp>

int main() {
  using zhifa::parse_iso_date;
  const auto& periods = zhifa::PeriodTable::builtin();
  const auto calendar = zhifa::WorkCalendar::china();

  // Filed on 2026-03-10; the decision is due within 90 days (Art. 60), with 12 days of expert
  // opinion not counted.
  zhifa::Deadline decision(periods.get("decision"), parse_iso_date("2026-03-10"), calendar);
  decision.suspend(parse_iso_date("2026-04-01"), parse_iso_date("2026-04-12"), "鉴定");
  for (const auto& step : decision.explain()) {
    std::cout << zhifa::iso(step.date) << "  " << step.text;
    if (step.basis) std::cout << "  [" << step.basis->to_string() << "]";
    std::cout << "\n";
  }

  // A date the calendar has no data for is an error, never a guess.
  try {
    calendar.is_working_day(parse_iso_date("2031-05-01"));
  } catch (const zhifa::CalendarCoverageError& e) {
    std::cout << "refused: " << e.what() << "\n";
    return 0;
  }
  return 1;
}

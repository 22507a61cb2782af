// Uses the installed headers and library: the official calendar and a named legal period.
#include <iostream>
#include <zhifa/deadline.hpp>
#include <zhifa/money.hpp>
#include <zhifa/version.hpp>
#include <zhifa/work_calendar.hpp>

int main() {
  auto cal = zhifa::WorkCalendar::china();
  auto due = zhifa::Deadline(zhifa::PeriodTable::builtin().get("hearing_request"),
                             zhifa::parse_iso_date("2026-09-28"), cal)
                 .due();
  std::cout << "zhifa " << zhifa::kVersion << " " << cal.coverage_text() << " " << zhifa::iso(due)
            << " " << zhifa::Money::parse("1.5万").to_string() << "\n";
  // 5 working days after 2026-09-28 across the National Day holiday (行政处罚法 Art. 64, 85).
  return zhifa::iso(due) == "2026-10-10" ? 0 : 1;
}

// Working-day arithmetic cost: add_working_days(d, 10) vs (d, 10000), and both vs a day-by-day
// loop, measured in the same run and printed as ratios (the machines are noisy; absolute times
// are for orientation only). Not part of the tests.
//
// The official calendar covers four years (about 1,000 working days), so the 10,000-day case
// runs on an explicitly built weekends-only calendar of 1950-2099 with the same per-day tables.
#include <algorithm>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <chrono>
#include <cstdio>
#include <set>
#include <vector>

#include "zhifa/work_calendar.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using zhifa::Date;

volatile long sink = 0;

// Median over `rounds` of the mean time per call of f over `starts`, in nanoseconds.
template <typename F>
double measure(const std::vector<Date>& starts, int rounds, F&& f) {
  std::vector<double> per_call;
  for (int r = 0; r < rounds; ++r) {
    auto t0 = Clock::now();
    for (Date d : starts) sink = sink + static_cast<long>(f(d).day_number());
    auto t1 = Clock::now();
    per_call.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / starts.size());
  }
  std::nth_element(per_call.begin(), per_call.begin() + rounds / 2, per_call.end());
  return per_call[rounds / 2];
}

}  // namespace

int main() {
  auto china = zhifa::WorkCalendar::china();
  auto wide = zhifa::WorkCalendar::weekends_only(1950, 2099);
  std::vector<Date> starts_china, starts_wide;
  for (Date d = zhifa::parse_iso_date("2023-01-01"); d < zhifa::parse_iso_date("2026-06-01");
       d += boost::gregorian::date_duration(3)) {
    starts_china.push_back(d);
  }
  for (Date d = zhifa::parse_iso_date("1960-01-01"); d < zhifa::parse_iso_date("2040-01-01");
       d += boost::gregorian::date_duration(97)) {
    starts_wide.push_back(d);
  }
  // Day-by-day baselines: the calendar's own is_working_day per day, and a naive loop over a
  // std::set of days off (how a hand-rolled implementation typically looks).
  std::set<Date> days_off;
  for (Date d = wide.first_day(); d <= wide.last_day(); d += boost::gregorian::date_duration(1)) {
    if (!wide.is_working_day(d)) days_off.insert(d);
  }
  auto loop_calendar = [](const zhifa::WorkCalendar& cal, int n) {
    return [&cal, n](Date d) {
      for (int left = n; left > 0;) {
        d += boost::gregorian::date_duration(1);
        if (cal.is_working_day(d)) --left;
      }
      return d;
    };
  };
  auto loop_set = [&days_off](int n) {
    return [&days_off, n](Date d) {
      for (int left = n; left > 0;) {
        d += boost::gregorian::date_duration(1);
        if (!days_off.count(d) && d.day_of_week() != 0 && d.day_of_week() != 6) --left;
      }
      return d;
    };
  };

  const int rounds = 15;
  double add10 =
      measure(starts_china, rounds, [&](Date d) { return china.add_working_days(d, 10); });
  double add10_wide =
      measure(starts_wide, rounds, [&](Date d) { return wide.add_working_days(d, 10); });
  double add10000 =
      measure(starts_wide, rounds, [&](Date d) { return wide.add_working_days(d, 10000); });
  double walk10 = measure(starts_china, rounds, loop_calendar(china, 10));
  double walk10000 = measure(starts_wide, 5, loop_calendar(wide, 10000));
  double set10000 = measure(starts_wide, 5, loop_set(10000));

  std::printf("add_working_days(d, 10), official calendar:      %9.1f ns/call\n", add10);
  std::printf("add_working_days(d, 10), 1950-2099 calendar:     %9.1f ns/call\n", add10_wide);
  std::printf("add_working_days(d, 10000), 1950-2099 calendar:  %9.1f ns/call\n", add10000);
  std::printf("day-by-day loop, 10 working days:                %9.1f ns/call\n", walk10);
  std::printf("day-by-day loop, 10000 working days:             %9.1f ns/call\n", walk10000);
  std::printf("day-by-day loop over std::set, 10000 days:       %9.1f ns/call\n", set10000);
  std::printf("\nratios (same run):\n");
  std::printf("  add(d, 10000) / add(d, 10), same calendar:     %9.2f  (constant time: ~1)\n",
              add10000 / add10_wide);
  std::printf("  day-by-day 10 / add(d, 10):                    %9.2f\n", walk10 / add10);
  std::printf("  day-by-day 10000 / add(d, 10000):              %9.0f\n", walk10000 / add10000);
  std::printf("  std::set loop 10000 / add(d, 10000):           %9.0f\n", set10000 / add10000);
  return sink == 42 ? 1 : 0;
}

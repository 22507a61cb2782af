// The official calendar, tested from the law's side: 全国年节及纪念日放假办法 Art. 2 (11 statutory
// holidays under the 2013 version, 13 from 2025 under State Council Order 795), the notices of
// notices of 2023-2026 (docs/calendar-format.md), and working-day arithmetic (行政处罚法 Art. 85).
#include "zhifa/work_calendar.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "test_util.hpp"
#include "zhifa/error.hpp"

using zhifa::Date;
using zhifa::DayKind;
using zhifa::WorkCalendar;
using zhifa::test::D;
using zhifa::test::error_of;

namespace {

const boost::gregorian::date_duration kDay(1);

std::string read(const std::string& rel) {
  std::ifstream in(std::string(ZHIFA_SOURCE_DIR) + "/" + rel);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool is_weekend(Date d) { return d.day_of_week() == 0 || d.day_of_week() == 6; }

}  // namespace

TEST(ChinaCalendar, CoversTheYearsOfThePublishedNotices) {
  auto cal = WorkCalendar::china();
  EXPECT_EQ(cal.first_year(), 2023);
  EXPECT_EQ(cal.last_year(), 2026);
  EXPECT_EQ(cal.first_day(), D("2023-01-01"));
  EXPECT_EQ(cal.last_day(), D("2026-12-31"));
  EXPECT_EQ(cal.coverage_text(), "2023-01-01..2026-12-31 (2023-2026)");
  ASSERT_EQ(cal.years().size(), 4u);
  EXPECT_EQ(cal.years()[2].notice->number, "国办发明电〔2024〕12号");
  EXPECT_EQ(cal.years()[2].notice->issued, D("2024-11-12"));
}

TEST(ChinaCalendar, StatutoryHolidayCountFollowsTheHolidayMeasures_Art2) {
  // 2013 measures: 11 days; Order 795 (in force 2025-01-01) adds 除夕 and May 2: 13 days.
  auto cal = WorkCalendar::china();
  std::map<int, int> count;
  for (Date d = cal.first_day(); d <= cal.last_day(); d += kDay) {
    if (cal.is_statutory_holiday(d)) ++count[d.year()];
  }
  EXPECT_EQ(count[2023], 11);
  EXPECT_EQ(count[2024], 11);
  EXPECT_EQ(count[2025], 13);
  EXPECT_EQ(count[2026], 13);
}

TEST(ChinaCalendar, StatutoryHolidayDatesMatchTheLunarTable) {
  // The statutory days named by the measures (Art. 2), per year, from the lunar calendar.
  const std::map<int, std::set<std::string>> expected = {
      {2023,
       {"01-01", "01-22", "01-23", "01-24", "04-05", "05-01", "06-22", "09-29", "10-01", "10-02",
        "10-03"}},
      {2024,
       {"01-01", "02-10", "02-11", "02-12", "04-04", "05-01", "06-10", "09-17", "10-01", "10-02",
        "10-03"}},
      {2025,
       {"01-01", "01-28", "01-29", "01-30", "01-31", "04-04", "05-01", "05-02", "05-31", "10-06",
        "10-01", "10-02", "10-03"}},
      {2026,
       {"01-01", "02-16", "02-17", "02-18", "02-19", "04-05", "05-01", "05-02", "06-19", "09-25",
        "10-01", "10-02", "10-03"}}};
  auto cal = WorkCalendar::china();
  for (Date d = cal.first_day(); d <= cal.last_day(); d += kDay) {
    const auto& set = expected.at(d.year());
    EXPECT_EQ(cal.is_statutory_holiday(d), set.count(zhifa::iso(d).substr(5)) == 1)
        << zhifa::iso(d);
  }
}

TEST(ChinaCalendar, DaysOffAndAdjustedWorkdaysMatchTheNotices) {
  // tests/data/holiday_notices_2023_2026.json is an independent transcription of each notice.
  auto gold = nlohmann::json::parse(read("tests/data/holiday_notices_2023_2026.json"));
  auto cal = WorkCalendar::china();
  for (const auto& y : cal.years()) {
    const auto& g = gold["years"][std::to_string(y.year)];
    std::set<std::string> off, work, gold_off, gold_work;
    for (const auto& f : y.festivals) {
      for (Date d : f.statutory) off.insert(zhifa::iso(d));
      for (Date d : f.rest) off.insert(zhifa::iso(d));
      for (Date d : f.workdays) work.insert(zhifa::iso(d));
    }
    for (const auto& s : g["days_off"]) gold_off.insert(s.get<std::string>());
    for (const auto& s : g["adjusted_workdays"]) gold_work.insert(s.get<std::string>());
    EXPECT_EQ(off, gold_off) << y.year;
    EXPECT_EQ(work, gold_work) << y.year;
  }
}

TEST(ChinaCalendar, EveryAdjustedWorkdayIsASaturdayOrSunday) {
  auto cal = WorkCalendar::china();
  int n = 0;
  for (Date d = cal.first_day(); d <= cal.last_day(); d += kDay) {
    if (cal.day_kind(d) == DayKind::kAdjustedWorkday) {
      ++n;
      EXPECT_TRUE(is_weekend(d)) << zhifa::iso(d);
      EXPECT_TRUE(cal.is_working_day(d));
    }
  }
  EXPECT_EQ(n, 7 + 8 + 5 + 6);
}

TEST(ChinaCalendar, NoDayIsBothOffAndOn) {
  auto cal = WorkCalendar::china();
  for (Date d = cal.first_day(); d <= cal.last_day(); d += kDay) {
    auto k = cal.day_kind(d);
    bool off = k == DayKind::kStatutoryHoliday || k == DayKind::kRestDay || k == DayKind::kWeekend;
    EXPECT_NE(off, cal.is_working_day(d)) << zhifa::iso(d);
    if (k == DayKind::kWorkday) {
      EXPECT_FALSE(is_weekend(d)) << zhifa::iso(d);
    }
    if (k == DayKind::kWeekend) {
      EXPECT_TRUE(is_weekend(d)) << zhifa::iso(d);
    }
  }
}

TEST(ChinaCalendar, KnownDaysFromTheNotices) {
  auto cal = WorkCalendar::china();
  // 2024: 除夕 (2024-02-09) was only "encouraged" as a day off: a working day.
  EXPECT_TRUE(cal.is_working_day(D("2024-02-09")));
  EXPECT_FALSE(cal.is_statutory_holiday(D("2024-02-09")));
  // 2025: Saturday 2025-02-08 is an adjusted working day after the Spring Festival.
  EXPECT_TRUE(cal.is_working_day(D("2025-02-08")));
  EXPECT_EQ(cal.day_kind(D("2025-02-08")), DayKind::kAdjustedWorkday);
  // 2026: Monday 2026-02-23 (初七) is a day off of the Spring Festival block, not a statutory one.
  EXPECT_FALSE(cal.is_working_day(D("2026-02-23")));
  EXPECT_EQ(cal.day_kind(D("2026-02-23")), DayKind::kRestDay);
  EXPECT_EQ(cal.holiday_name(D("2026-02-23")), "春节");
  // 2026: Sunday 2026-09-20 is an adjusted working day before National Day.
  EXPECT_TRUE(cal.is_working_day(D("2026-09-20")));
  // A statutory holiday on a weekend is still a statutory holiday (Art. 6): 2026-04-05, Sunday.
  EXPECT_TRUE(cal.is_statutory_holiday(D("2026-04-05")));
  EXPECT_EQ(cal.holiday_name(D("2026-04-05")), "清明节");
  // Ordinary days.
  EXPECT_EQ(cal.day_kind(D("2026-11-28")), DayKind::kWeekend);
  EXPECT_EQ(cal.holiday_name(D("2026-11-27")), std::nullopt);
  EXPECT_EQ(cal.holiday_name(D("2026-02-14")), std::nullopt);  // an adjusted workday has no holiday
}

TEST(ChinaCalendar, DatesOutsideTheCoverageAreRefusedNotGuessed) {
  auto cal = WorkCalendar::china();
  for (const char* s : {"2022-12-31", "2027-01-01", "2030-06-03"}) {
    std::string msg = error_of([&] { cal.is_working_day(D(s)); });
    EXPECT_NE(msg.find(s), std::string::npos) << msg;
    EXPECT_NE(msg.find("2023-01-01..2026-12-31"), std::string::npos) << msg;
  }
  EXPECT_THROW(cal.is_statutory_holiday(D("2027-01-01")), zhifa::CalendarCoverageError);
  EXPECT_THROW(cal.holiday_name(D("2027-01-01")), zhifa::CalendarCoverageError);
  EXPECT_THROW(cal.working_days_between(D("2026-12-01"), D("2027-01-05")),
               zhifa::CalendarCoverageError);
  EXPECT_THROW(cal.add_working_days(D("2026-12-28"), 10), zhifa::CalendarCoverageError);
  EXPECT_THROW(cal.add_working_days(D("2023-01-05"), -10), zhifa::CalendarCoverageError);
  EXPECT_THROW(cal.next_working_day(D("2026-12-31")), zhifa::CalendarCoverageError);
  EXPECT_FALSE(cal.covers(D("2027-01-01")));
  EXPECT_TRUE(cal.covers(D("2026-12-31")));
}

TEST(WorkingDays, FiveWorkingDaysAcrossNationalDay_Art85) {
  // A notice served Monday 2026-09-28; the 5-day hearing request period (Art. 64, 85) counts
  // 9-29, 9-30, 10-08, 10-09 and the adjusted working Saturday 10-10.
  auto cal = WorkCalendar::china();
  EXPECT_EQ(cal.add_working_days(D("2026-09-28"), 5), D("2026-10-10"));
  EXPECT_EQ(cal.add_working_days(D("2026-10-10"), -5), D("2026-09-28"));
  EXPECT_EQ(cal.working_days_between(D("2026-09-28"), D("2026-10-10")), 5);
  EXPECT_EQ(cal.working_days_between(D("2026-10-10"), D("2026-09-28")), -5);
  EXPECT_EQ(cal.next_working_day(D("2026-09-30")), D("2026-10-08"));
  EXPECT_EQ(cal.add_working_days(D("2026-10-03"), 0), D("2026-10-03"));
  // From a day off, backwards counts the working days strictly before it.
  EXPECT_EQ(cal.add_working_days(D("2026-10-04"), -1), D("2026-09-30"));
}

TEST(WorkingDays, AgreeWithADayByDayWalkEverywhere) {
  auto cal = WorkCalendar::china();
  auto walk = [&](Date d, int n) {
    int step = n > 0 ? 1 : -1;
    for (int left = n > 0 ? n : -n; left > 0;) {
      d += boost::gregorian::date_duration(step);
      if (cal.is_working_day(d)) --left;
    }
    return d;
  };
  for (Date d = cal.first_day(); d <= cal.last_day(); d += kDay) {
    for (int n : {1, 2, 3, 5, 7, 10, 15, 250, -1, -3, -7, -30}) {
      Date expected;
      try {
        expected = walk(d, n);
      } catch (const zhifa::CalendarCoverageError&) {
        EXPECT_THROW(cal.add_working_days(d, n), zhifa::CalendarCoverageError);
        continue;
      }
      ASSERT_EQ(cal.add_working_days(d, n), expected) << zhifa::iso(d) << " " << n;
      if (n > 0) {
        ASSERT_EQ(cal.working_days_between(d, expected), n) << zhifa::iso(d) << " " << n;
      } else if (cal.is_working_day(d)) {
        // Counting back from a working day d: exactly |n| working days in (result, d].
        ASSERT_EQ(cal.working_days_between(expected, d), -n) << zhifa::iso(d) << " " << n;
      }
    }
  }
}

TEST(WorkCalendar, WeekendsOnlyIsExplicitAndMarked) {
  auto cal = WorkCalendar::weekends_only(2027, 2027);
  EXPECT_TRUE(cal.is_working_day(D("2027-01-01")));  // a Friday: no holiday data, by choice
  EXPECT_FALSE(cal.is_working_day(D("2027-01-02")));
  EXPECT_EQ(cal.coverage_text(), "2027-01-01..2027-12-31 (2027; weekends only: 2027)");
  EXPECT_THROW(WorkCalendar::weekends_only(2028, 2027), zhifa::ValidationError);
  auto both = WorkCalendar::china().merged(cal);
  EXPECT_EQ(both.coverage_text(), "2023-01-01..2027-12-31 (2023-2027; weekends only: 2027)");
  EXPECT_EQ(both.add_working_days(D("2026-12-31"), 1), D("2027-01-01"));
}

namespace {
const char* k2027 = R"({"format": "zhifa-calendar", "version": 1, "years": [
  {"year": 2027, "notice": {"number": "TEST-2027", "issued": "2026-11-10"},
   "festivals": [{"name": "元旦", "statutory": ["2027-01-01"], "rest": ["2027-01-02", "2027-01-03"]},
                 {"name": "春节", "statutory": ["2027-02-05"], "workdays": ["2027-02-13"]}]}]})";
}

TEST(WorkCalendar, MergesANewYearFromJson) {
  auto next = WorkCalendar::from_json(k2027, "2027.json");
  auto cal = WorkCalendar::china().merged(next);
  EXPECT_EQ(cal.last_year(), 2027);
  EXPECT_FALSE(cal.is_working_day(D("2027-01-01")));
  EXPECT_TRUE(cal.is_working_day(D("2027-02-13")));  // a Saturday made a working day
  EXPECT_EQ(cal.add_working_days(D("2026-12-31"), 1), D("2027-01-04"));
  // Merging the same data again is harmless; merging is symmetric in coverage.
  EXPECT_EQ(cal.merged(next).coverage_text(), cal.coverage_text());
  EXPECT_EQ(next.merged(WorkCalendar::china()).coverage_text(), cal.coverage_text());
}

TEST(WorkCalendar, RefusesGapsAndContradictions) {
  auto far = WorkCalendar::weekends_only(2028, 2028);
  EXPECT_NE(error_of([&] {
              WorkCalendar::china().merged(far);
            }).find("2027 is missing between 2026 and 2028"),
            std::string::npos);
  // A weekends-only 2026 disagrees with the official 2026 about, e.g., New Year's Day.
  EXPECT_THROW(WorkCalendar::china().merged(WorkCalendar::weekends_only(2026, 2026)),
               zhifa::ConflictError);
  const char* contradiction = R"({"format": "zhifa-calendar", "version": 1, "years": [
    {"year": 2027, "notice": {"number": "X", "issued": "2026-11-10"},
     "festivals": [{"name": "A", "statutory": [], "rest": ["2027-01-02"]}, {"name": "B", "statutory": [], "workdays": ["2027-01-02"]}]}]})";
  EXPECT_NE(
      error_of([&] { WorkCalendar::from_json(contradiction); }).find("disagree about 2027-01-02"),
      std::string::npos);
  EXPECT_THROW(WorkCalendar::from_json(contradiction), zhifa::ConflictError);
}

TEST(WorkCalendar, BadDataFilesNameTheFileAndEntry) {
  struct Case {
    std::string json;
    std::string needle;
  };
  const std::string head =
      R"({"format": "zhifa-calendar", "version": 1, "years": [{"year": 2027, "notice": {"number": "X", "issued": "2026-11-10"}, "festivals": [)";
  for (const Case& c : std::vector<Case>{
           {"{", "not valid JSON"},
           {R"({"format": "other", "version": 1, "years": []})",
            "$.format: expected \"zhifa-calendar\""},
           {R"({"format": "zhifa-calendar", "version": 2, "years": []})",
            "version 2 is not supported"},
           {head + R"({"name": "元旦", "statutory": ["2027-02-30"]}]}]})",
            "$.years[0].festivals[0].statutory[0]: invalid date '2027-02-30'"},
           {head + R"({"name": "元旦"}]}]})", "$.years[0].festivals[0]: missing \"statutory\""},
           {head + R"({"name": "春节", "statutory": [], "workdays": ["2027-02-10"]}]}]})",
            "2027-02-10 is listed as an adjusted working day (调休上班日) but is a Wednesday"},
       }) {
    try {
      WorkCalendar::from_json(c.json, "my.json");
      ADD_FAILURE() << "accepted " << c.json;
    } catch (const zhifa::DataFileError& e) {
      std::string msg = e.what();
      EXPECT_NE(msg.find("my.json"), std::string::npos) << msg;
      EXPECT_NE(msg.find(c.needle), std::string::npos) << msg;
    }
  }
  EXPECT_THROW(WorkCalendar::from_json_file("/nonexistent/calendar.json"), zhifa::DataFileError);
}

TEST(WorkCalendar, ShippedDataFileEqualsTheBuiltInCalendar) {
  auto file =
      WorkCalendar::from_json_file(std::string(ZHIFA_SOURCE_DIR) + "/data/calendars/china.json");
  auto builtin = WorkCalendar::china();
  ASSERT_EQ(file.coverage_text(), builtin.coverage_text());
  for (Date d = builtin.first_day(); d <= builtin.last_day(); d += kDay) {
    ASSERT_EQ(file.day_kind(d), builtin.day_kind(d)) << zhifa::iso(d);
  }
}

TEST(WorkCalendar, NoticeDatesMustLieInTheirYearOrItsEdges) {
  auto year_2027 = [](const std::string& festival) {
    return R"({"format": "zhifa-calendar", "version": 1, "years": [{"year": 2027, "notice": {"number": "X", "issued": "2026-11-10"}, "festivals": [)" +
           festival + "]}]}";
  };
  // A typo far outside the year is refused, not silently dropped.
  EXPECT_THAT(
      error_of([&] {
        WorkCalendar::from_json(year_2027(R"({"name": "春节", "statutory": ["2072-02-06"]})"));
      }),
      ::testing::HasSubstr("2072-02-06 is outside the year"));
  // A neighbouring year's day that agrees with that year's own schedule is accepted...
  auto agreeing = WorkCalendar::from_json(
      year_2027(R"({"name": "元旦", "statutory": ["2027-01-01"], "rest": ["2026-12-26"]})"));
  EXPECT_EQ(WorkCalendar::china().merged(agreeing).last_year(), 2027);
  // ...one that would turn a working day of the published 2026 schedule into a day off is not.
  auto changing = WorkCalendar::from_json(
      year_2027(R"({"name": "元旦", "statutory": ["2027-01-01"], "rest": ["2026-12-31"]})"));
  EXPECT_THAT(error_of([&] { WorkCalendar::china().merged(changing); }),
              ::testing::HasSubstr("disagree about 2026-12-31"));
}

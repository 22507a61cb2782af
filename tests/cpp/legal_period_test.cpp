// Legal periods from the law's side: 行政处罚法 Art. 85 (which day counts are working days),
// 民法典 Art. 201-202 (start day not counted; month-end clamping), 民事诉讼法 Art. 85 (a last day
// that is a rest day moves to the next working day).
#include "zhifa/legal_period.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zhifa/error.hpp"
#include "zhifa/work_calendar.hpp"

using zhifa::Date;
using zhifa::PeriodUnit;
using zhifa::test::D;
using zhifa::test::error_of;

namespace {
const zhifa::PeriodTable& table() { return zhifa::PeriodTable::builtin(); }
zhifa::WorkCalendar cal() { return zhifa::WorkCalendar::china(); }
}  // namespace

TEST(Art85, TwoThreeFiveSevenDaysOfThePenaltyLawAreWorkingDays) {
  for (int d : {2, 3, 5, 7})
    EXPECT_EQ(zhifa::statutory_day_unit("行政处罚法", d), PeriodUnit::kWorkingDays) << d;
  for (int d : {1, 10, 15, 60, 90})
    EXPECT_EQ(zhifa::statutory_day_unit("行政处罚法", d), PeriodUnit::kCalendarDays) << d;
  // 行政强制法 Art. 69: ten days or less are working days.
  EXPECT_EQ(zhifa::statutory_day_unit("行政强制法", 10), PeriodUnit::kWorkingDays);
  EXPECT_EQ(zhifa::statutory_day_unit("行政强制法", 30), PeriodUnit::kCalendarDays);
  // 行政复议法 Art. 88 ¶2: 三日、五日、七日、十日.
  EXPECT_EQ(zhifa::statutory_day_unit("行政复议法", 10), PeriodUnit::kWorkingDays);
  EXPECT_EQ(zhifa::statutory_day_unit("行政复议法", 60), PeriodUnit::kCalendarDays);
  EXPECT_EQ(zhifa::statutory_day_unit("民法典", 5), std::nullopt);
}

TEST(Art85, TheTableCannotContradictIt) {
  const char* wrong = R"({"format": "zhifa-periods", "version": 1, "periods": [
    {"key": "hearing_request", "length": 5, "unit": "calendar_days", "basis": {"law": "行政处罚法", "article": 64}}]})";
  try {
    zhifa::PeriodTable::from_json(wrong, "sector.json");
    FAIL() << "accepted a 5-calendar-day penalty-law period";
  } catch (const zhifa::DataFileError& e) {
    EXPECT_NE(std::string(e.what()).find("行政处罚法 counts a 5-day period in working days"),
              std::string::npos)
        << e.what();
  }
  for (const auto& p : table().periods()) {
    if (p.unit == PeriodUnit::kWorkingDays || p.unit == PeriodUnit::kCalendarDays) {
      if (auto u = zhifa::statutory_day_unit(p.basis.law, p.length)) {
        EXPECT_EQ(*u, p.unit) << p.key;
      }
    }
  }
}

TEST(PeriodTable, ShipsTheNamedPeriodsWithTheirArticles) {
  struct Row {
    const char* key;
    int length;
    PeriodUnit unit;
    const char* law;
    int article;
  };
  for (const Row& r :
       {Row{"evidence_preservation_decision", 7, PeriodUnit::kWorkingDays, "行政处罚法", 56},
        Row{"decision_service", 7, PeriodUnit::kWorkingDays, "行政处罚法", 61},
        Row{"hearing_request", 5, PeriodUnit::kWorkingDays, "行政处罚法", 64},
        Row{"hearing_notice", 7, PeriodUnit::kWorkingDays, "行政处罚法", 64},
        Row{"disclosure_withdrawal", 3, PeriodUnit::kWorkingDays, "行政处罚法", 48},
        Row{"fine_handover", 2, PeriodUnit::kWorkingDays, "行政处罚法", 71},
        Row{"fine_deposit", 2, PeriodUnit::kWorkingDays, "行政处罚法", 71},
        Row{"decision", 90, PeriodUnit::kCalendarDays, "行政处罚法", 60},
        Row{"payment", 15, PeriodUnit::kCalendarDays, "行政处罚法", 67},
        Row{"limitation", 2, PeriodUnit::kYears, "行政处罚法", 36},
        Row{"limitation_extended", 5, PeriodUnit::kYears, "行政处罚法", 36},
        Row{"seizure", 30, PeriodUnit::kCalendarDays, "行政强制法", 25},
        Row{"demand_before_court", 10, PeriodUnit::kWorkingDays, "行政强制法", 54},
        Row{"court_enforcement_application", 3, PeriodUnit::kMonths, "行政强制法", 53},
        Row{"review_application", 60, PeriodUnit::kCalendarDays, "行政复议法", 20},
        Row{"lawsuit", 6, PeriodUnit::kMonths, "行政诉讼法", 46}}) {
    const auto& p = table().get(r.key);
    EXPECT_EQ(p.length, r.length) << r.key;
    EXPECT_EQ(p.unit, r.unit) << r.key;
    EXPECT_EQ(p.basis.law, r.law) << r.key;
    EXPECT_EQ(p.basis.article, r.article) << r.key;
  }
  EXPECT_EQ(table().get("hearing_notice").direction, zhifa::PeriodDirection::kBefore);
  EXPECT_EQ(table().get("seizure").max_extension, 30);
  try {
    table().get("no_such_period");
    FAIL();
  } catch (const zhifa::NotFoundError& e) {
    EXPECT_NE(std::string(e.what()).find("no_such_period"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("hearing_request"), std::string::npos)
        << "lists known keys";
  }
}

TEST(PeriodTable, SectorOverridesReplaceByKey) {
  auto market = zhifa::PeriodTable::from_json_file(std::string(ZHIFA_SOURCE_DIR) +
                                                   "/data/periods/market_regulation.json");
  auto t = table().overridden_by(market);
  EXPECT_EQ(table().get("decision_disclosure").length, 7);
  EXPECT_EQ(t.get("decision_disclosure").length, 20);  // SAMR Order 45 Art. 9
  EXPECT_EQ(t.get("decision_disclosure").sector, "market_regulation");
  EXPECT_EQ(t.periods().size(), table().periods().size());
  EXPECT_EQ(t.get("hearing_request").length, 5);
}

TEST(PeriodTable, RefusesBadPeriods) {
  auto bad = [](const std::string& body) {
    return R"({"format": "zhifa-periods", "version": 1, "periods": [)" + body + "]}";
  };
  EXPECT_THROW(zhifa::PeriodTable::from_json(
                   bad(R"({"key": "x", "length": -3, "unit": "months", "basis": {"law": "L"}})")),
               zhifa::DataFileError);
  EXPECT_THROW(zhifa::PeriodTable::from_json(
                   bad(R"({"key": "x", "length": 3, "unit": "weeks", "basis": {"law": "L"}})")),
               zhifa::DataFileError);
  EXPECT_THROW(zhifa::PeriodTable::from_json(
                   bad(R"({"key": "x", "length": 3, "unit": "months", "basis": {"law": ""}})")),
               zhifa::DataFileError);
  EXPECT_THROW(zhifa::PeriodTable::from_json(bad(
                   R"({"key": "Bad Key", "length": 3, "unit": "months", "basis": {"law": "L"}})")),
               zhifa::DataFileError);
  EXPECT_THROW(zhifa::PeriodTable::from_json(
                   bad(R"({"key": "x", "length": 3, "unit": "months", "basis": {"law": "L"}},
                                                     {"key": "x", "length": 4, "unit": "months", "basis": {"law": "L"}})")),
               zhifa::DataFileError);
}

TEST(CivilCode202, MonthAndYearPeriodsClampToMonthEnd) {
  // Limitation period (行政处罚法 Art. 36): an act on 2024-02-29 plus 2 years ends 2026-02-28.
  EXPECT_EQ(table().get("limitation").end(D("2024-02-29"), cal()), D("2026-02-28"));
  // Three months from 2025-11-30 is 2026-02-28 (February has no 30th). That Saturday is an
  // adjusted working day (调休上班) of the 2026 notice, so the period ends on it.
  EXPECT_EQ(table().get("court_enforcement_application").end(D("2025-11-30"), cal()),
            D("2026-02-28"));
  // Six months from 2025-07-31 is 2026-01-31, an ordinary Saturday: moved to Monday 02-02, or
  // kept there when the rest-day rule is switched off.
  auto lawsuit = table().get("lawsuit");
  EXPECT_EQ(lawsuit.end(D("2025-07-31"), cal()), D("2026-02-02"));
  lawsuit.rest_day_rule = zhifa::RestDayRule::kNone;
  EXPECT_EQ(lawsuit.end(D("2025-07-31"), cal()), D("2026-01-31"));
}

TEST(CivilProcedure85, LastDayOnARestDayMovesToTheNextWorkingDay) {
  // Fine received 2026-01-16: 15 days end on Saturday 2026-01-31 -> Monday 2026-02-02 (Art. 67).
  EXPECT_EQ(table().get("payment").end(D("2026-01-16"), cal()), D("2026-02-02"));
  // 90 days from filing on 2025-07-03 end on 2025-10-01 (National Day) -> 2025-10-09 (Art. 60).
  EXPECT_EQ(table().get("decision").end(D("2025-07-03"), cal()), D("2025-10-09"));
  // A working last day stays: 2024-03-01 + 90 days = 2024-05-30 (Thursday).
  EXPECT_EQ(table().get("decision").end(D("2024-03-01"), cal()), D("2024-05-30"));
  // Switched off, the last day stays where it falls.
  auto payment = table().get("payment");
  payment.rest_day_rule = zhifa::RestDayRule::kNone;
  EXPECT_EQ(payment.end(D("2026-01-16"), cal()), D("2026-01-31"));
}

TEST(HearingNotice_Art64, LatestNoticeIsSevenWorkingDaysBeforeTheHearing) {
  // Hearing on Monday 2026-10-12: counting back 10-10 (adjusted workday), 10-09, 10-08, 09-30,
  // 09-29, 09-28 and, over the Mid-Autumn days 09-25..27, 09-24.
  EXPECT_EQ(table().get("hearing_notice").end(D("2026-10-12"), cal()), D("2026-09-24"));
}

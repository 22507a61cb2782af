// Deadline ledgers: suspensions, approved extensions and the explanation, per 行政处罚法 Art. 60
// (90 days to decide), Art. 64 (5 working days to ask for a hearing), 行政强制法 Art. 25 (seizure:
// 30 days, one extension of at most 30), and the counting rules of 民法典 Art. 201-202 and
// 民事诉讼法 Art. 85.
#include "zhifa/deadline.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zhifa/error.hpp"
#include "zhifa/procedure.hpp"
#include "zhifa/synthetic.hpp"

using zhifa::Date;
using zhifa::Deadline;
using zhifa::test::D;
using zhifa::test::error_of;

namespace {
Deadline make(const char* key, const char* start) {
  return Deadline(zhifa::PeriodTable::builtin().get(key), D(start), zhifa::WorkCalendar::china());
}
std::string joined(const Deadline& d) {
  std::string out;
  for (const auto& s : d.explain()) {
    out += s.text + (s.basis ? " [" + s.basis->to_string() + "]" : "") + "\n";
  }
  return out;
}
}  // namespace

TEST(Deadline, PlainPeriodExplainsItsArticles) {
  auto d = make("decision", "2024-03-01");
  EXPECT_EQ(d.due(), D("2024-05-30"));
  auto text = joined(d);
  EXPECT_NE(text.find("行政处罚法 Art. 60"), std::string::npos) << text;
  EXPECT_NE(text.find("start day is not counted"), std::string::npos) << text;
  EXPECT_NE(text.find("due: 2024-05-30"), std::string::npos) << text;
  EXPECT_FALSE(d.is_overdue(D("2024-05-30")));
  EXPECT_TRUE(d.is_overdue(D("2024-05-31")));
}

TEST(Deadline, SuspendedDaysDoNotCount_Art60) {
  // Filed 2024-03-01; an expert opinion suspends 04-01..04-10 (10 days): 05-30 + 10 = 06-09, a
  // Sunday; 06-10 is the Dragon Boat Festival; the period ends Tuesday 2024-06-11.
  auto d = make("decision", "2024-03-01");
  d.suspend(D("2024-04-01"), D("2024-04-10"), "鉴定");
  EXPECT_EQ(d.due(), D("2024-06-11"));
  auto text = joined(d);
  EXPECT_NE(text.find("10 days not counted"), std::string::npos) << text;
  EXPECT_NE(text.find("2024-06-09 is a Sunday"), std::string::npos) << text;
  EXPECT_NE(text.find("民事诉讼法 Art. 85"), std::string::npos) << text;
}

TEST(Deadline, SuspensionsReachedOnlyThroughOtherSuspensionsStillCount) {
  // 90 days from 2024-03-01 end 05-30; the first suspension (10 days) pushes the end to 06-09,
  // which brings 06-05..06-06 inside the span: 2 more days, end 06-11 (a working day).
  auto d = make("decision", "2024-03-01");
  d.suspend(D("2024-04-01"), D("2024-04-10"), "first");
  d.suspend(D("2024-06-05"), D("2024-06-06"), "second");
  d.set_rest_day_rule(zhifa::RestDayRule::kNone);
  EXPECT_EQ(d.due(), D("2024-06-11"));
}

TEST(Deadline, WorkingDaySuspensionsCountWorkingDays_Art64) {
  // Notice received Friday 2024-03-01: 5 working days end Friday 03-08. Suspending Tue-Wed
  // 03-05..03-06 takes out 2 working days: the end moves to Tuesday 03-12.
  auto d = make("hearing_request", "2024-03-01");
  EXPECT_EQ(d.due(), D("2024-03-08"));
  d.suspend(D("2024-03-05"), D("2024-03-06"), "");
  EXPECT_EQ(d.due(), D("2024-03-12"));
  // A suspension over a weekend takes out no working day.
  auto w = make("hearing_request", "2024-03-01");
  w.suspend(D("2024-03-02"), D("2024-03-03"), "weekend");
  EXPECT_EQ(w.due(), D("2024-03-08"));
}

TEST(Deadline, ApprovedExtensionsRunOnFromTheEnd_Art25) {
  // Seizure on 2026-03-02 (行政强制法 Art. 25): 30 days end 04-01; extended 30 days to 05-01.
  // "不得超过三十日" is a cap, so the data switch off the rest-day rule: 05-01 stays although
  // it is Labour Day.
  auto d = make("seizure", "2026-03-02");
  EXPECT_EQ(d.due(), D("2026-04-01"));
  d.extend(30, "局长 张三", "案情复杂", D("2026-03-30"));
  EXPECT_EQ(d.due(), D("2026-05-01"));
  auto text = joined(d);
  EXPECT_NE(text.find("approved by 局长 张三 on 2026-03-30"), std::string::npos) << text;
}

TEST(Deadline, ExtensionBeyondTheStatutoryMaximumIsForbidden_Art25) {
  auto d = make("seizure", "2026-03-02");
  d.extend(20, "局长", "", D("2026-03-30"));
  try {
    d.extend(11, "局长", "", D("2026-03-31"));
    FAIL() << "allowed 31 days of extension";
  } catch (const zhifa::LegalGuardError& e) {
    EXPECT_NE(std::string(e.what()).find("行政强制法 Art. 25 ¶1"), std::string::npos) << e.what();
  }
  d.extend(10, "局长", "", D("2026-03-31"));  // exactly 30 in total is allowed
  EXPECT_EQ(d.extensions().size(), 2u);
}

TEST(Deadline, RefusesBadLedgerEntriesAndStaysUnchanged) {
  auto d = make("decision", "2024-03-01");
  d.suspend(D("2024-04-01"), D("2024-04-10"), "鉴定");
  const Date before = d.due();
  auto expect_refused = [&](auto&& f, const char* needle) {
    try {
      f();
      ADD_FAILURE() << "accepted: " << needle;
    } catch (const zhifa::ValidationError& e) {
      EXPECT_NE(std::string(e.what()).find(needle), std::string::npos) << e.what();
    }
    EXPECT_EQ(d.due(), before);
    EXPECT_EQ(d.suspensions().size(), 1u);
    EXPECT_TRUE(d.extensions().empty());
  };
  expect_refused([&] { d.suspend(D("2024-05-02"), D("2024-05-01"), ""); }, "ends before it begins");
  expect_refused([&] { d.suspend(D("2024-03-01"), D("2024-03-02"), ""); },
                 "on or before the start day");
  expect_refused([&] { d.suspend(D("2024-07-01"), D("2024-07-02"), ""); },
                 "after the period ended on 2024-06-09");
  expect_refused([&] { d.suspend(D("2024-04-10"), D("2024-04-12"), ""); },
                 "overlaps the suspension 2024-04-01..2024-04-10");
  expect_refused([&] { d.extend(10, "", "no approver", D("2024-04-01")); }, "needs the approver");
  expect_refused([&] { d.extend(-5, "局长", "", D("2024-04-01")); },
                 "length must be positive, got -5");
  expect_refused([&] { d.extend(10, "局长", "", D("2024-06-12")); },
                 "an expired period cannot be extended");
  expect_refused([&] { d.extend(10, "局长", "", D("2024-02-01")); }, "before the start");
}

TEST(Deadline, BackwardPeriodsCannotBeSuspendedOrExtended) {
  auto d = make("hearing_notice", "2026-10-12");
  EXPECT_EQ(d.due(), D("2026-09-24"));
  EXPECT_THROW(d.suspend(D("2026-10-01"), D("2026-10-02"), ""), zhifa::ValidationError);
  EXPECT_THROW(d.extend(1, "局长", "", D("2026-09-01")), zhifa::ValidationError);
}

TEST(Deadline, PeriodOutsideTheCalendarFailsClosed) {
  // The 2-year limitation from 2025-06-01 ends 2027-06-01, a year without a notice: the rest-day
  // rule cannot be applied, so the due date is refused rather than guessed...
  auto d = make("decision", "2026-11-01");
  EXPECT_THROW(d.due(), zhifa::CalendarCoverageError);
  // ...and the limitation period, whose data says the rest-day rule does not apply, works.
  auto lim = make("limitation", "2025-06-01");
  EXPECT_EQ(lim.due(), D("2027-06-01"));
}

TEST(Deadline, EntriesAreCheckedInDateOrderWhateverOrderTheyAreRecorded) {
  // Filed 2025-11-20; 90 days end 2026-02-18; a suspension 2025-12-10..2026-01-05 moves the end
  // to 2026-03-17, so an extension approved on 2026-03-01 is in time, in either order.
  auto a = make("decision", "2025-11-20");
  a.suspend(D("2025-12-10"), D("2026-01-05"), "鉴定");
  a.extend(30, "局长", "", D("2026-03-01"));
  EXPECT_EQ(a.due(), D("2026-04-16"));
  // Recorded alone, the same extension is late: without the suspension the period ended on
  // 2026-02-24 (02-18 falls in the Spring Festival block).
  auto b = make("decision", "2025-11-20");
  EXPECT_THROW(b.extend(30, "局长", "", D("2026-03-01")), zhifa::ValidationError);
  // A ledger rebuilt from stored entries is validated as a whole, in date order: a suspension
  // that starts after the original end but inside the extended period is fine.
  const std::vector<zhifa::Suspension> suspensions{{D("2026-03-10"), D("2026-03-12"), "听证"}};
  const std::vector<zhifa::Extension> extensions{{30, "局长", "", D("2026-02-10")}};
  Deadline rebuilt(zhifa::PeriodTable::builtin().get("decision"), D("2025-11-20"),
                   zhifa::WorkCalendar::china(), suspensions, extensions);
  EXPECT_EQ(rebuilt.due(), D("2026-03-23"));  // 02-18 + 30 = 03-20, + 3 suspended days
  EXPECT_THROW(Deadline(zhifa::PeriodTable::builtin().get("decision"), D("2025-11-20"),
                        zhifa::WorkCalendar::china(), suspensions, {}),
               zhifa::ValidationError);
}

TEST(Deadline, MonthExtensionsCountFromTheStart_CivilCode202) {
  // 2024-11-30 + 3 months = 2025-02-28; one more month counts from the start: 2025-03-30, a
  // Sunday, moved to Monday 2025-03-31 (not 03-28 chained from the clamped February end).
  zhifa::LegalPeriod three_months;
  three_months.key = "x";
  three_months.length = 3;
  three_months.unit = zhifa::PeriodUnit::kMonths;
  three_months.basis = zhifa::Citation{"测试", 1, 0, 0, ""};
  auto d = Deadline(three_months, D("2024-11-30"), zhifa::WorkCalendar::china());
  EXPECT_EQ(d.due(), D("2025-02-28"));
  d.extend(1, "局长", "", D("2025-02-20"));
  EXPECT_EQ(d.due(), D("2025-03-31"));
}

TEST(Deadline, SuspensionAfterThePeriodsOwnLastDayIsRefused) {
  // 15 days from 2026-01-16 end Saturday 01-31 (moved to 02-02): a suspension from 02-01 would
  // count no day of the period, so it is refused rather than silently ignored.
  auto d = make("payment", "2026-01-16");
  EXPECT_THROW(d.suspend(D("2026-02-01"), D("2026-02-10"), ""), zhifa::ValidationError);
  d.suspend(D("2026-01-31"), D("2026-02-03"), "");
  EXPECT_EQ(d.due(), D("2026-02-04"));  // 01-31 not counted: ends 02-04 (Wednesday)
}

// due() computes the date without the explanation's words; both must end on the same day, for
// every deadline of many synthetic cases, and with suspensions and extensions added to each
// forward period (the rest-day moves come with the dates).
TEST(Deadline, DueDateEqualsTheExplanationsLastStep) {
  zhifa::SyntheticCaseGenerator gen;
  const auto calendar = zhifa::WorkCalendar::china();
  std::size_t checked = 0, with_ledger = 0;
  auto same = [&](const Deadline& d, const std::string& what) {
    const auto steps = d.explain();
    ASSERT_FALSE(steps.empty());
    EXPECT_EQ(d.due(), steps.back().date) << what;
    ++checked;
  };
  for (int i = 0; i < 400; ++i) {
    const zhifa::Case c = gen.next().c;
    for (const auto& d : zhifa::case_deadlines(c, D("2026-12-31"), calendar)) {
      same(d.ledger, c.number + " " + d.key);
      if (d.ledger.period().direction == zhifa::PeriodDirection::kBefore) continue;
      Deadline l = d.ledger;
      const Date first = l.start() + boost::gregorian::date_duration(1 + i % 3);
      if (first > l.due()) continue;
      l.suspend(first, first + boost::gregorian::date_duration(i % 5), "test");
      if (!l.period().max_extension || *l.period().max_extension > 0) {
        try {
          l.extend(1 + i % 2, "负责人", "test", first);
        } catch (const zhifa::LegalGuardError&) {  // the period allows no more
        }
      }
      same(l, c.number + " " + d.key + " with a ledger");
      ++with_ledger;
    }
  }
  EXPECT_GT(checked, 1000u);
  EXPECT_GT(with_ledger, 500u);
}

// The synthetic generator: deterministic, valid, on the calendar, defects as reported.
#include "zhifa/synthetic.hpp"

#include <gtest/gtest.h>

#include <map>

#include "zhifa/case_json.hpp"
#include "zhifa/error.hpp"

using namespace zhifa;

TEST(Synthetic, SameSeedSameCases) {
  SyntheticCaseGenerator a, b;
  SyntheticOptions other;
  other.seed = 99;
  SyntheticCaseGenerator c(other);
  bool differs = false;
  for (int i = 0; i < 200; ++i) {
    auto x = a.next(), y = b.next(), z = c.next();
    ASSERT_EQ(x.c, y.c);
    ASSERT_EQ(x.defects, y.defects);
    differs = differs || !(x.c == z.c);
  }
  EXPECT_TRUE(differs);
}

TEST(Synthetic, CasesAreValidAndDefectsAsReported) {
  SyntheticCaseGenerator g;
  const auto cal = WorkCalendar::china();
  std::map<std::string, int> defects;
  int clean_complete = 0;
  for (int i = 0; i < 2000; ++i) {
    auto s = g.next();
    const Case& c = s.c;
    ASSERT_FALSE(c.parties.empty());
    for (const auto& p : c.parties) ASSERT_FALSE(p.identifier().empty());
    for (const auto& e : c.events) ASSERT_TRUE(cal.covers(e.on)) << to_json(c);
    for (const auto& d : s.defects) ++defects[d];
    if (s.defects.empty() && c.status == CaseStatus::kArchived &&
        c.procedure == ProcedureKind::kGeneral) {
      ++clean_complete;
      // A clean, finished case satisfied every guard: two investigators, a notice, a decision
      // within 90 days, service within 7 working days, payment in full.
      ASSERT_GE(c.investigators.size(), 2u);
      ASSERT_TRUE(c.notice.has_value());
      for (const auto& d : case_deadlines(c, *c.closed_on, cal)) {
        ASSERT_NE(d.state, DeadlineState::kMetLate) << d.key << " " << to_json(c);
        ASSERT_NE(d.state, DeadlineState::kOverdue) << d.key << " " << to_json(c);
      }
      ASSERT_GE(c.paid(), c.decision->total_fine());
    }
    if (s.defects == std::vector<std::string>{"single_investigator"}) {
      ASSERT_EQ(c.investigators.size(), 1u);
    }
    if (s.defects == std::vector<std::string>{"notice_missing"}) {
      ASSERT_FALSE(c.notice.has_value());
    }
  }
  EXPECT_GT(clean_complete, 1000);
  // About 15% of the general-procedure cases carry a defect, spread over the six kinds.
  int total = 0;
  for (const auto& [k, n] : defects) total += n;
  EXPECT_EQ(defects.size(), 6u);
  EXPECT_GT(total, 150);
  EXPECT_LT(total, 400);
}

TEST(Synthetic, RefusesBadOptions) {
  SyntheticOptions o;
  o.defect_percent = 101;
  EXPECT_THROW(SyntheticCaseGenerator{o}, ValidationError);
  SyntheticOptions far;
  far.year = 2030;
  EXPECT_THROW(SyntheticCaseGenerator{far}, ValidationError);
}

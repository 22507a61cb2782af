#include "zhifa/case.hpp"

#include <gtest/gtest.h>

#include "case_fixture.hpp"

using namespace zhifa;
using namespace zhifa::test;

TEST(Case, EnumNamesRoundTripAndUnknownNamesAreRefused) {
  for (int i = 0; i <= static_cast<int>(CaseStatus::kTransferred); ++i) {
    auto s = static_cast<CaseStatus>(i);
    EXPECT_EQ(case_status_from_string(to_string(s)), s);
  }
  for (int i = 0; i <= static_cast<int>(PenaltyKind::kOtherByLaw); ++i) {
    auto k = static_cast<PenaltyKind>(i);
    EXPECT_EQ(penalty_kind_from_string(to_string(k)), k);
  }
  try {
    outcome_from_string("maybe");
    FAIL();
  } catch (const ValidationError& e) {
    EXPECT_NE(std::string(e.what()).find("one of: penalty, no_penalty_minor"), std::string::npos)
        << e.what();
  }
}

TEST(Case, TotalsAndLookups) {
  Case c = sample_lead();
  Decision d = penalty_decision(
      "2026-03-16", {fine("1,000"), fine("500.50"), Penalty{PenaltyKind::kWarning, {}, ""}});
  EXPECT_EQ(d.total_fine(), Money::parse("1,500.50"));
  d.penalties.push_back(Penalty{PenaltyKind::kConfiscateIllegalGains, Money::parse("200"), ""});
  EXPECT_EQ(total_amount(d.penalties, {PenaltyKind::kFine, PenaltyKind::kConfiscateIllegalGains}),
            Money::parse("1,700.50"));
  EXPECT_EQ(total_amount(d.penalties, {PenaltyKind::kWarning}), Money());
  EXPECT_FALSE(any_natural_person(c));  // the sample's party is a company
  Party person = c.parties.front();
  person.kind = PartyKind::kNaturalPerson;
  c.parties.push_back(person);
  EXPECT_TRUE(any_natural_person(c));
  c.parties.pop_back();
  c.payments = {Payment{D("2026-03-20"), Money::parse("100"), false},
                Payment{D("2026-03-21"), Money::parse("0.5"), false}};
  EXPECT_EQ(c.paid(), Money::parse("100.50"));
  EXPECT_EQ(c.party("P1").name, "大连某建设有限公司");
  EXPECT_THROW(c.party("P9"), NotFoundError);
  // The limitation period runs from the end of a continuing act (Art. 36 ¶2).
  Violation v = c.violations[0];
  EXPECT_EQ(v.limitation_start(), D("2025-03-01"));
  v.act_ended = D("2025-06-30");
  EXPECT_EQ(v.limitation_start(), D("2025-06-30"));
}

#include "zhifa/agency.hpp"

#include <gtest/gtest.h>

#include "case_fixture.hpp"

using namespace zhifa;
using namespace zhifa::test;

TEST(Agency, CaseNumbersFollowThePrefixPattern) {
  Agency a = sample_agency();
  EXPECT_EQ(a.case_number(2024, 12), "大发改罚〔2024〕12号");
  EXPECT_THROW(a.case_number(2024, 0), ValidationError);
}

TEST(Agency, PowersAndOfficersAreLookedUp) {
  Agency a = sample_agency();
  EXPECT_TRUE(a.holds_power("DRC-CF-049"));
  EXPECT_FALSE(a.holds_power("DRC-CF-999"));
  EXPECT_EQ(a.power("DRC-CF-049").basis.at(0).to_string(), "招标投标法 Art. 49");
  EXPECT_THROW(a.power("nope"), NotFoundError);
  EXPECT_THROW(a.officer("nope"), NotFoundError);
}

TEST(Certificate, ValidOnItsDaysForItsAgency_Art42) {
  Agency a = sample_agency();
  const Officer& expired = a.officer("O3");  // valid 2020-01-01..2025-12-31
  EXPECT_TRUE(expired.certified_on(D("2025-12-31"), "DLDRC"));
  EXPECT_FALSE(expired.certified_on(D("2026-01-01"), "DLDRC"));
  EXPECT_FALSE(
      a.officer("O4").certified_on(D("2026-01-01"), "DLDRC"));  // another agency's certificate
  Officer none;
  EXPECT_FALSE(none.certified_on(D("2026-01-01"), "DLDRC"));
}

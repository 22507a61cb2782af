// GB 11643-1999 and GB 32100-2015 check characters, tested with the worked examples of
// standards (and, for the credit code, the examples of python-stdnum).
#include "zhifa/identifiers.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zhifa/error.hpp"

using zhifa::CreditCode;
using zhifa::ResidentId;
using zhifa::test::D;
using zhifa::test::error_of;

namespace {}  // namespace

TEST(ResidentId, AcceptsTheStandardsWorkedExamples_GB11643) {
  ResidentId beijing("11010519491231002X");
  EXPECT_EQ(beijing.birth_date(), zhifa::parse_iso_date("1949-12-31"));
  EXPECT_EQ(beijing.sex(), zhifa::Sex::kFemale);  // sequence 002: even
  EXPECT_EQ(beijing.address_code(), "110105");
  ResidentId shantou("440524188001010014");
  EXPECT_EQ(shantou.birth_date(), zhifa::parse_iso_date("1880-01-01"));
  EXPECT_EQ(shantou.sex(), zhifa::Sex::kMale);  // sequence 001: odd
  for (const char* s : {"360426199101010071", "44011320141005001X"}) {
    EXPECT_TRUE(zhifa::is_valid_resident_id(s)) << s;
  }
}

TEST(ResidentId, AcceptsLowercaseXAndNormalisesIt) {
  ResidentId id("11010519491231002x");
  EXPECT_EQ(id.str(), "11010519491231002X");
  EXPECT_EQ(id, ResidentId("11010519491231002X"));
}

TEST(ResidentId, RefusesNamingPositionAndReason) {
  EXPECT_NE(error_of([] { ResidentId("11010519491231002"); }).find("18 characters, has 17"),
            std::string::npos);
  EXPECT_NE(
      error_of([] { ResidentId("1101051949123100X2"); }).find("position 17: 'X' is not a digit"),
      std::string::npos);
  EXPECT_NE(error_of([] {
              ResidentId("110105194912310021");
            }).find("position 18: check character is '1', expected 'X'"),
            std::string::npos);
  EXPECT_NE(
      error_of([] { ResidentId("110105194902300027"); }).find("birth date 19490230 does not exist"),
      std::string::npos);
  EXPECT_NE(error_of([] { ResidentId("44052418800101001Y"); }).find("is not a digit or X"),
            std::string::npos);
  EXPECT_FALSE(zhifa::is_valid_resident_id("440524188001010015"));
  EXPECT_EQ(ResidentId::why_invalid("440524188001010014"), std::nullopt);
}

TEST(CreditCode, AcceptsValidCodes_GB32100) {
  CreditCode c("91110000600037341L");
  EXPECT_EQ(c.registration_authority(), '9');
  EXPECT_EQ(c.entity_type(), '1');
  EXPECT_EQ(c.division_code(), "110000");
  EXPECT_EQ(c.organization_code(), "600037341");
  for (const char* s : {"121200004013590816", "91310115MA1K3BTP2B"}) {
    EXPECT_TRUE(zhifa::is_valid_credit_code(s)) << s;
  }
  EXPECT_EQ(CreditCode("91310115ma1k3btp2b").str(), "91310115MA1K3BTP2B");
}

TEST(CreditCode, RefusesNamingPositionAndReason) {
  EXPECT_NE(error_of([] {
              CreditCode("91110000600037341M");
            }).find("position 18: check character is 'M', expected 'L'"),
            std::string::npos);
  EXPECT_NE(
      error_of([] { CreditCode("9111000060003734IL"); }).find("position 17: 'I' is not allowed"),
      std::string::npos);
  EXPECT_NE(
      error_of([] { CreditCode("911A0000600037341L"); }).find("position 4: 'A' is not a digit"),
      std::string::npos);
  EXPECT_NE(error_of([] { CreditCode("91110000"); }).find("18 characters, has 8"),
            std::string::npos);
  EXPECT_FALSE(zhifa::is_valid_credit_code("91110000600037341l0"));
}

TEST(CreditCode, InnerOrganisationCheckIsOnlyAWarning) {
  EXPECT_EQ(CreditCode("91110000600037341L").organization_code_warning(), std::nullopt);
  EXPECT_EQ(CreditCode("91310115MA1K3BTP2B").organization_code_warning(), std::nullopt);
  // A code whose outer check passes but whose organisation code fails GB 11714: still accepted.
  std::string body = "91110000600037342";
  const std::string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(alphabet.find(body[i])) * weights[i];
  std::string code = body + alphabet[(31 - sum % 31) % 31];
  CreditCode c(code);
  auto warning = c.organization_code_warning();
  ASSERT_TRUE(warning.has_value());
  EXPECT_NE(warning->find("expected '1'"), std::string::npos) << *warning;
}

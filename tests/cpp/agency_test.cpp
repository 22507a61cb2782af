#include "zhifa/agency.hpp"

#include <gtest/gtest.h>

#include "case_fixture.hpp"
#include "zhifa/error.hpp"
#include "zhifa/synthetic.hpp"

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

// ---- the agency document (docs/agency-format.md) ------------------------------------------------

TEST(AgencyJson, RoundTripsPowersOfficersAndCertificates) {
  Agency a = zhifa::synthetic_agency();
  a.powers.front().delegated_to = "金普新区管委会";
  a.officers.front().certificate.reset();
  a.officers.back().legal_professional_qualification = true;
  const std::string text = agency_to_json(a);
  const Agency b = agency_from_json(text, "test");
  EXPECT_EQ(agency_to_json(b), text);
  EXPECT_EQ(b.code, a.code);
  EXPECT_EQ(b.case_prefix, a.case_prefix);
  ASSERT_EQ(b.powers.size(), a.powers.size());
  EXPECT_EQ(b.powers.front().delegated_to, "金普新区管委会");
  EXPECT_EQ(b.powers.front().basis, a.powers.front().basis);
  ASSERT_EQ(b.officers.size(), a.officers.size());
  EXPECT_FALSE(b.officers.front().certificate);
  EXPECT_TRUE(b.officers.back().legal_professional_qualification);
  for (std::size_t i = 1; i < a.officers.size(); ++i) {
    ASSERT_TRUE(b.officers[i].certificate) << i;
    EXPECT_EQ(b.officers[i].certificate->valid_to, a.officers[i].certificate->valid_to);
    EXPECT_EQ(b.officers[i].certified_on(D("2025-06-01"), a.code),
              a.officers[i].certified_on(D("2025-06-01"), a.code));
  }
}

TEST(AgencyJson, AHandWrittenFileTakesDefaults) {
  const Agency a = agency_from_json(R"({"format": "zhifa-agency", "version": 1,
    "code": "SJ", "name": "某市市场监督管理局", "case_prefix": "某市监罚",
    "powers": [{"code": "SJ-CF-001", "name": "未按规定明码标价"}],
    "officers": [{"id": "A1", "name": "张三",
                  "certificate": {"number": "21000001", "valid_from": "2024-01-01",
                                  "valid_to": "2028-12-31"}}]})");
  ASSERT_EQ(a.powers.size(), 1u);
  EXPECT_EQ(a.powers[0].kind, PowerKind::kPenalty);
  EXPECT_TRUE(a.holds_power("SJ-CF-001"));
  // The certificate is this agency's unless it says otherwise (Art. 42).
  EXPECT_TRUE(a.officer("A1").certified_on(D("2026-03-01"), "SJ"));
  EXPECT_FALSE(a.officer("A1").certified_on(D("2029-01-01"), "SJ"));
}

TEST(AgencyJson, BadDocumentsNameThePathAndReason) {
  auto error = [](const std::string& text) {
    try {
      agency_from_json(text, "agency.json");
    } catch (const zhifa::DataFileError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const std::string head =
      R"({"format": "zhifa-agency", "version": 1, "code": "SJ", "name": "n", )";
  EXPECT_NE(error(head + R"("case_prefix": ""})").find("$.case_prefix: an agency needs a"),
            std::string::npos);
  EXPECT_NE(error(head + R"("case_prefix": "P", "officers": [{"id": "A"}, {"id": "A"}]})")
                .find("$.officers[1].id: a second officer 'A'"),
            std::string::npos);
  EXPECT_NE(error(head + R"("case_prefix": "P", "officers": [{"id": "A", "certificate":
                {"number": "1", "valid_from": "2026-01-01", "valid_to": "2025-01-01"}}]})")
                .find("valid_to 2025-01-01 is before valid_from 2026-01-01"),
            std::string::npos);
  EXPECT_NE(error(head + R"("case_prefix": "P", "powers": [{"code": "X", "kind": "tax"}]})")
                .find("$.powers[0].kind: unknown power kind 'tax'"),
            std::string::npos);
  EXPECT_NE(error(R"({"format": "zhifa-catalog", "version": 1})").find("$.format"),
            std::string::npos);
}

// Parties: validation and the age rule that 行政处罚法 Art. 30 needs.
#include "zhifa/party.hpp"

#include <gtest/gtest.h>

#include "test_util.hpp"

using namespace zhifa;
using zhifa::test::D;

TEST(Party, AgeCountsFullYears_Art30) {
  Party p = Party::natural_person_born("P1", "小明", D("2012-03-02"));
  EXPECT_EQ(p.age_on(D("2026-03-01")), 13);  // the day before the 14th birthday
  EXPECT_EQ(p.age_on(D("2026-03-02")), 14);  // 已满十四周岁 on the birthday
  Party leap = Party::natural_person_born("P2", "闰年", D("2008-02-29"));
  EXPECT_EQ(leap.age_on(D("2026-02-28")), 17);
  EXPECT_EQ(leap.age_on(D("2026-03-01")), 18);
  Party id = Party::natural_person("P3", "张某", ResidentId("11010519491231002X"));
  EXPECT_EQ(id.birth_date, D("1949-12-31"));
  EXPECT_EQ(id.identifier(), "11010519491231002X");
}

TEST(Party, OrganisationsHaveNoAgeAndNeedARepresentative) {
  Party org = Party::organization("P1", PartyKind::kLegalPerson, "某公司",
                                  CreditCode("91110000600037341L"), "张三");
  EXPECT_EQ(org.age_on(D("2026-01-01")), std::nullopt);
  EXPECT_EQ(org.identifier(), "91110000600037341L");
  EXPECT_THROW(Party::organization("P1", PartyKind::kLegalPerson, "某公司",
                                   CreditCode("91110000600037341L"), ""),
               ValidationError);
  EXPECT_THROW(Party::organization("P1", PartyKind::kNaturalPerson, "某人",
                                   CreditCode("91110000600037341L"), "x"),
               ValidationError);
  EXPECT_THROW(Party::natural_person_born("P1", "", D("2000-01-01")), ValidationError);
}

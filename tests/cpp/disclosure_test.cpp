// Public disclosure (行政处罚法 Art. 39, 48, 50; 国办发〔2018〕118号): rules as data, deadlines on
// the official calendar, publicity periods, masking of natural persons, exports, the catalog.
#include "zhifa/disclosure.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "case_fixture.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa {
namespace {

using test::D;
using test::error_of;
using ::testing::HasSubstr;
using ::testing::Not;

// A general-procedure penalty case of the sample agency, decided on `decided`.
Case decided_case(const char* decided, std::vector<Penalty> penalties = {test::fine("5000")}) {
  Case c = test::sample_lead();
  c.id = 7;
  c.number = "大发改罚〔2025〕7号";
  c.status = CaseStatus::kDecided;
  c.filed_on = c.lead_on;
  c.decision = test::penalty_decision(decided, std::move(penalties));
  return c;
}

Publication published(const char* on) {
  Publication p;
  p.published_on = D(on);
  p.reference = "https://example.gov.cn/gs/1";
  return p;
}

DisclosureStatus status_on(const Case& c, const char* on,
                           const DisclosureRules& rules = DisclosureRules::defaults()) {
  return disclosure_state(c, D(on), rules, WorkCalendar::china()).status;
}

// ---- the rules as data --------------------------------------------------------------------------

TEST(DisclosureRules, DefaultsAreThe7WorkingDayRuleAndArt48) {
  const auto r = DisclosureRules::defaults();
  EXPECT_EQ(r.publication_working_days(), 7);
  EXPECT_EQ(r.withdrawal_working_days(), 3);
  EXPECT_FALSE(r.publish_simple_procedure());
  EXPECT_FALSE(r.publish_no_penalty());
  EXPECT_TRUE(r.publicity_periods().empty());
  // The same numbers as the national period table.
  const auto& table = PeriodTable::builtin();
  EXPECT_EQ(table.get("decision_disclosure").length, r.publication_working_days());
  EXPECT_EQ(table.get("disclosure_withdrawal").length, r.withdrawal_working_days());
}

TEST(DisclosureRules, MarketExampleFollowsSamrOrder45AndThePeriodTable) {
  const auto r = DisclosureRules::market_regulation_example();
  EXPECT_EQ(r.publication_working_days(), 20);  // Art. 9
  EXPECT_FALSE(r.publish_warning_only());       // Art. 2 ¶2
  ASSERT_EQ(r.publicity_periods().size(), 2u);  // Art. 13
  EXPECT_EQ(r.publicity_periods()[0].months, 3);
  EXPECT_EQ(r.publicity_periods()[1].months, 36);
  auto market = PeriodTable::from_json_file(std::string(ZHIFA_SOURCE_DIR) +
                                            "/data/periods/market_regulation.json");
  EXPECT_EQ(market.get("decision_disclosure").length, r.publication_working_days());
  EXPECT_EQ(market.get("disclosure_withdrawal").length, r.withdrawal_working_days());
}

TEST(DisclosureRules, ShippedFilesAreTheBuiltInOnesAndRoundTrip) {
  const std::string dir = std::string(ZHIFA_SOURCE_DIR) + "/data/disclosure/";
  EXPECT_EQ(DisclosureRules::from_json_file(dir + "default.json").to_json(),
            DisclosureRules::defaults().to_json());
  EXPECT_EQ(DisclosureRules::from_json_file(dir + "market_regulation.json").to_json(),
            DisclosureRules::market_regulation_example().to_json());
  const auto m = DisclosureRules::market_regulation_example();
  EXPECT_EQ(DisclosureRules::from_json(m.to_json()).to_json(), m.to_json());
}

TEST(DisclosureRules, BadFilesNameTheJsonPath) {
  const std::string good = DisclosureRules::market_regulation_example().to_json();
  auto with = [&](const std::string& from, const std::string& to) {
    std::string text = good;
    auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    text.replace(pos, from.size(), to);
    return error_of([&] { DisclosureRules::from_json(text, "market.json"); });
  };
  // Art. 48: three working days at most.
  std::string e = with("\"working_days\": 3", "\"working_days\": 5");
  EXPECT_THAT(e, HasSubstr("market.json: $.withdrawal.working_days"));
  EXPECT_THAT(e, HasSubstr("Art. 48"));
  e = with("\"fine\"", "\"fines\"");
  EXPECT_THAT(e, HasSubstr("$.publicity_periods[0].only_kinds[1]"));
  EXPECT_THAT(e, HasSubstr("'fines'"));
  EXPECT_THAT(with("\"months\": 3", "\"months\": 0"),
              HasSubstr("$.publicity_periods[0].months: months must be 1 to 1200, got 0"));
  EXPECT_THAT(with("\"10000.00\"", "\"ten thousand\""),
              HasSubstr("$.publicity_periods[0].fine_at_most"));
  EXPECT_THAT(with("\"zhifa-disclosure-rules\"", "\"zhifa-review-criteria\""),
              HasSubstr("$.format: expected \"zhifa-disclosure-rules\""));
  EXPECT_THAT(with("\"id\": \"other\"", "\"id\": \"low\""),
              HasSubstr("$.publicity_periods[1].id: period 'low' appears twice"));
  EXPECT_THAT(with("\"working_days\": 20", "\"working_days\": \"20\""),
              HasSubstr("$.publication.working_days: expected an integer"));
  EXPECT_THAT(error_of([] { DisclosureRules::from_json("{", "x.json"); }),
              HasSubstr("x.json: not valid JSON"));
  EXPECT_THAT(error_of([] { DisclosureRules::from_json_file("/nonexistent/rules.json"); }),
              HasSubstr("/nonexistent/rules.json"));
}

// ---- which decisions are published --------------------------------------------------------------

TEST(DisclosureRequired, GeneralPenaltyYesSimpleAndNoPenaltyByChoice) {
  const auto dflt = DisclosureRules::defaults();
  Case c = decided_case("2025-06-02");
  EXPECT_TRUE(dflt.requires_publication(c));
  Case simple = c;
  simple.procedure = ProcedureKind::kSimple;
  simple.decision->on_the_spot = true;
  EXPECT_FALSE(dflt.requires_publication(simple));
  EXPECT_EQ(status_on(simple, "2025-12-31"), DisclosureStatus::kNotRequired);
  std::string text = dflt.to_json();
  text.replace(text.find("\"simple_procedure\": false"), 25, "\"simple_procedure\": true");
  EXPECT_TRUE(DisclosureRules::from_json(text).requires_publication(simple));
  Case none = c;
  none.decision->outcome = Outcome::kNoPenaltyMinor;
  none.decision->penalties.clear();
  EXPECT_FALSE(dflt.requires_publication(none));
  Case transfer = c;
  transfer.decision->outcome = Outcome::kTransferToJudicial;
  EXPECT_FALSE(dflt.requires_publication(transfer));
  // SAMR Order 45 Art. 2 ¶2: a warning alone is not published.
  Case warning = decided_case("2025-06-02", {Penalty{PenaltyKind::kWarning, std::nullopt, ""}});
  EXPECT_TRUE(dflt.requires_publication(warning));
  EXPECT_FALSE(DisclosureRules::market_regulation_example().requires_publication(warning));
}

// ---- the publication deadline on the official calendar ---------------------------------------

TEST(PublicationDeadline, DecisionBeforeNationalDay2025_7WorkingDays) {
  // Tue 2025-09-30; 10-01..10-08 off; 10-09 (1), 10-10 (2), Sat 10-11 adjusted working day (3),
  // 10-13 (4), 10-14 (5), 10-15 (6), 10-16 (7).
  Case c = decided_case("2025-09-30");
  auto s = disclosure_state(c, D("2025-10-08"), DisclosureRules::defaults(), WorkCalendar::china());
  EXPECT_EQ(s.status, DisclosureStatus::kDue);
  EXPECT_EQ(s.publication_due, D("2025-10-16"));
  EXPECT_EQ(s.due(), D("2025-10-16"));
  EXPECT_EQ(status_on(c, "2025-10-16"), DisclosureStatus::kDue);
  EXPECT_EQ(status_on(c, "2025-10-17"), DisclosureStatus::kOverdue);
  c.publication = published("2025-10-16");  // on the due day: on time
  EXPECT_EQ(status_on(c, "2025-12-31"), DisclosureStatus::kPublished);
  c.publication = published("2025-10-17");                        // the next working day: late
  EXPECT_EQ(status_on(c, "2025-10-16"), DisclosureStatus::kDue);  // not yet known then
  EXPECT_EQ(status_on(c, "2025-12-31"), DisclosureStatus::kPublishedLate);
}

TEST(PublicationDeadline, DecisionBeforeSpringFestival2026) {
  // Fri 2026-02-13; Sat 02-14 adjusted working day (1); 02-15..02-23 off; 02-24..02-27 (2-5);
  // Sat 02-28 adjusted working day (6); Mon 03-02 (7).
  Case c = decided_case("2026-02-13");
  EXPECT_EQ(disclosure_state(c, D("2026-02-13"), DisclosureRules::defaults(), WorkCalendar::china())
                .publication_due,
            D("2026-03-02"));
  c.publication = published("2026-03-02");
  EXPECT_EQ(status_on(c, "2026-03-31"), DisclosureStatus::kPublished);
  c.publication = published("2026-03-03");
  EXPECT_EQ(status_on(c, "2026-03-31"), DisclosureStatus::kPublishedLate);
}

TEST(PublicationDeadline, MarketRegulation20WorkingDays_SamrOrder45Art9) {
  Case c = decided_case("2025-09-30");
  // 10-09, 10-10, 10-11, then 17 working days from 10-13: 10-13..10-17 (8), 10-20..24 (13),
  // 10-27..31 (18), 11-03 (19), 11-04 (20).
  EXPECT_EQ(disclosure_state(c, D("2025-10-01"), DisclosureRules::market_regulation_example(),
                             WorkCalendar::china())
                .publication_due,
            D("2025-11-04"));
}

TEST(PublicationDeadline, BeyondTheCalendarFailsClosed) {
  Case c = decided_case("2026-12-28");  // 7 working days later is in 2027, not covered
  EXPECT_THROW(
      disclosure_state(c, D("2026-12-30"), DisclosureRules::defaults(), WorkCalendar::china()),
      CalendarCoverageError);
}

TEST(PublicationDeadline, NothingBeforeTheDecisionDay) {
  Case c = decided_case("2025-09-30");
  EXPECT_EQ(status_on(c, "2025-09-29"), DisclosureStatus::kNotRequired);
  Case lead = test::sample_lead();
  EXPECT_EQ(status_on(lead, "2026-12-31"), DisclosureStatus::kNotRequired);
}

// ---- withdrawal after a change (Art. 48) ------------------------------------------------------

TEST(Withdrawal, Art48_ThreeWorkingDaysOverNationalDay) {
  Case c = decided_case("2025-06-03");
  c.publication = published("2025-06-10");
  c.decision_change = DecisionChange{D("2025-09-29"), DecisionChangeKind::kRevoked,
                                     "大连市人民政府 (行政复议)", "事实不清"};
  // Mon 09-29: 09-30 (1), 10-09 (2), 10-10 (3).
  auto s = disclosure_state(c, D("2025-09-29"), DisclosureRules::defaults(), WorkCalendar::china());
  EXPECT_EQ(s.status, DisclosureStatus::kWithdrawalDue);
  EXPECT_EQ(s.withdrawal_due, D("2025-10-10"));
  EXPECT_EQ(s.due(), D("2025-10-10"));
  EXPECT_EQ(status_on(c, "2025-09-28"), DisclosureStatus::kPublished);  // change not yet known
  EXPECT_EQ(status_on(c, "2025-10-10"), DisclosureStatus::kWithdrawalDue);
  EXPECT_EQ(status_on(c, "2025-10-11"), DisclosureStatus::kWithdrawalOverdue);
  c.publication->withdrawn_on = D("2025-10-10");
  EXPECT_EQ(status_on(c, "2025-12-31"), DisclosureStatus::kWithdrawn);
  c.publication->withdrawn_on = D("2025-10-11");  // Saturday, but an adjusted working day
  EXPECT_EQ(status_on(c, "2025-12-31"), DisclosureStatus::kWithdrawnLate);
}

TEST(Withdrawal, RevokedBeforePublicationNeedsNoPublication) {
  Case c = decided_case("2025-06-03");
  c.decision_change =
      DecisionChange{D("2025-06-05"), DecisionChangeKind::kDeclaredVoid, "法院", ""};
  EXPECT_EQ(status_on(c, "2025-12-31"), DisclosureStatus::kNotRequired);
  c.decision_change->kind = DecisionChangeKind::kChanged;  // the changed decision is published
  EXPECT_EQ(status_on(c, "2025-12-31"), DisclosureStatus::kOverdue);
}

// ---- publicity periods (SAMR Order 45 Art. 13) --------------------------------------------------

TEST(PublicityPeriod, SamrArt13_ThreeMonthsForLowFineOrCriticism_ThreeYearsOtherwise) {
  const auto rules = DisclosureRules::market_regulation_example();
  struct Row {
    std::vector<Penalty> penalties;
    int months;
  };
  const Penalty criticism{PenaltyKind::kPublicCriticism, std::nullopt, ""};
  const Penalty warning{PenaltyKind::kWarning, std::nullopt, ""};
  const Penalty revoke{PenaltyKind::kRevokeLicense, std::nullopt, ""};
  const std::vector<Row> rows{
      {{test::fine("10000")}, 3},            // at the low-fine amount
      {{test::fine("10000.01")}, 36},        // one fen above it
      {{criticism}, 3},                      // only 通报批评
      {{criticism, test::fine("9999")}, 3},  // criticism and a low fine
      {{warning, test::fine("100")}, 36},    // a warning is neither
      {{test::fine("100"), revoke}, 36},     // revocation
      {{}, 36},                              // no penalty: not "only" anything
  };
  for (const auto& row : rows) {
    Decision d = test::penalty_decision("2025-01-02", row.penalties);
    const PublicityPeriod* p = rules.publicity_period(d);
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(p->months, row.months) << d.total_fine().to_string();
  }
}

TEST(PublicityPeriod, EndsOnTheCorrespondingDayCountedFromPublication) {
  const auto rules = DisclosureRules::market_regulation_example();
  Case c = decided_case("2025-01-20", {test::fine("10000")});
  c.publication = published("2025-01-31");
  auto s = disclosure_state(c, D("2025-04-30"), rules, WorkCalendar::china());
  EXPECT_EQ(s.publicity_ends, D("2025-04-30"));  // no 31 April: the month's last day
  EXPECT_EQ(s.publicity_period, "low");
  EXPECT_EQ(s.status, DisclosureStatus::kPublished);
  EXPECT_EQ(status_on(c, "2025-05-01", rules), DisclosureStatus::kExpired);
  c.decision->penalties = {test::fine("10000.01")};
  EXPECT_EQ(status_on(c, "2025-05-01", rules), DisclosureStatus::kPublished);
  EXPECT_EQ(disclosure_state(c, D("2025-05-01"), rules, WorkCalendar::china()).publicity_ends,
            D("2028-01-31"));
  // Early removal (信用修复) before the end.
  c.publication->removed_on = D("2026-02-01");
  c.publication->removal_reason = "信用修复";
  EXPECT_EQ(status_on(c, "2026-01-31", rules), DisclosureStatus::kPublished);
  EXPECT_EQ(status_on(c, "2026-02-01", rules), DisclosureStatus::kRemoved);
  // The default rules have no period: public until withdrawn or removed.
  c.publication->removed_on.reset();
  EXPECT_EQ(status_on(c, "2030-12-31"), DisclosureStatus::kPublished);
}

// ---- masking (Art. 50) --------------------------------------------------------------------------

TEST(Masking, NamesKeepTheSurname) {
  const std::vector<std::pair<const char*, const char*>> rows{{"王明", "王某"},
                                                              {"王小明", "王某"},
                                                              {"欧阳娜娜", "欧阳某"},
                                                              {"司马光", "司马某"},
                                                              {"欧阳", "欧某"},
                                                              {"李", "某"},
                                                              {"", ""},
                                                              {"Wang Ming", "W某"}};
  for (auto [name, masked] : rows) EXPECT_EQ(mask_name(name), masked) << name;
}

TEST(Masking, ResidentIdKeepsOnlyTheAddressCode) {
  EXPECT_EQ(mask_resident_id("11010519491231002X"), "110105************");
}

Party person(const char* name = "欧阳娜娜") {
  return Party::natural_person("P2", name, ResidentId("11010519491231002X"), "13800138000",
                               "北京市朝阳区某街1号");
}

TEST(Masking, Art50_NaturalPersonsMaskedOrganisationsInFull) {
  Case c = decided_case("2025-06-03");
  c.parties.push_back(person());
  c.title = "大连某建设有限公司、欧阳娜娜违法案";
  c.facts =
      "欧阳娜娜（身份证号11010519491231002x，电话13800138000，住北京市朝阳区某街1号）"
      "系项目负责人，\"欧阳娜娜\"签署了合同。";
  c.violations[0].description += "（欧阳娜娜经办）";
  c.decision->penalties[0].detail = "对欧阳娜娜";
  const auto r = make_disclosure(c, test::sample_agency());
  ASSERT_EQ(r.parties.size(), 2u);
  EXPECT_EQ(r.parties[0].name, "大连某建设有限公司");
  EXPECT_EQ(r.parties[0].identifier, "91110000600037341L");
  EXPECT_EQ(r.parties[0].legal_representative, "张三");
  EXPECT_FALSE(r.parties[0].masked);
  EXPECT_EQ(r.parties[1].name, "欧阳某");
  EXPECT_EQ(r.parties[1].identifier, "110105************");
  EXPECT_TRUE(r.parties[1].masked);
  EXPECT_EQ(r.title, "大连某建设有限公司、欧阳某违法案");
  EXPECT_EQ(
      r.facts,
      "欧阳某（身份证号110105************，电话***，住***）系项目负责人，\"欧阳某\"签署了合同。");
  EXPECT_EQ(r.penalties[0].detail, "对欧阳某");
  for (const std::string& out : {r.to_json(), disclosure_records_to_csv({r})}) {
    EXPECT_THAT(out, Not(HasSubstr("欧阳娜娜")));
    EXPECT_THAT(out, Not(HasSubstr("19491231")));
    EXPECT_THAT(out, Not(HasSubstr("13800138000")));
    EXPECT_THAT(out, HasSubstr("91110000600037341L"));
  }
  // The record names the agency, the category, the basis and the conclusion (118号, 事后公开).
  EXPECT_EQ(r.agency_name, "大连市发展和改革委员会");
  EXPECT_EQ(r.category, "行政处罚：对必须招标而不招标的处罚");
  EXPECT_THAT(r.legal_basis, ::testing::ElementsAre("招标投标法 Art. 4", "招标投标法 Art. 49"));
  EXPECT_EQ(r.conclusion, "罚款 5,000.00 元");
  EXPECT_EQ(r.total_fine, Money::from_yuan(5000));
}

TEST(Masking, Art50_ARepresentativeWhoIsAlsoAPartyIsMasked) {
  Case c = decided_case("2025-06-03");
  c.parties.push_back(Party::natural_person("P2", "张三", ResidentId("11010519491231002X")));
  const auto r = make_disclosure(c, test::sample_agency());
  EXPECT_EQ(r.parties[0].legal_representative, "张某");
  EXPECT_EQ(r.parties[0].name, "大连某建设有限公司");
}

TEST(Masking, LongerNamesFirstAndShortNamesNotSearched) {
  std::vector<Party> ps{Party::natural_person("A", "王明", ResidentId("11010519491231002X")),
                        Party::natural_person_born("B", "王明远", D("1980-01-01")),
                        Party::natural_person_born("C", "李", D("1980-01-01"))};
  EXPECT_EQ(mask_text("王明远与王明，李四", ps), "王某与王某，李四");
}

TEST(Disclosure, RefusesACaseWithoutDecisionOrOfAnotherAgency) {
  Case lead = test::sample_lead();
  EXPECT_THAT(error_of([&] { make_disclosure(lead, test::sample_agency()); }),
              HasSubstr("no decision"));
  Case c = decided_case("2025-06-03");
  Agency other = test::sample_agency();
  other.code = "OTHER";
  EXPECT_THAT(error_of([&] { make_disclosure(c, other); }), HasSubstr("belongs to agency"));
}

// A property over the generator's cases: no record, in JSON or CSV, holds a natural person's full
// name or full ID number, whatever the free text says.
TEST(Masking, Art50_PropertyOverSyntheticCases) {
  SyntheticCaseGenerator gen;
  const Agency agency = gen.agency();
  static constexpr const char* kNames[] = {"刘德华", "张伟", "欧阳修文", "诸葛亮明", "陈红"};
  int persons = 0;
  for (int i = 0; i < 400; ++i) {
    Case c = gen.next().c;
    if (!c.decision) continue;
    if (!c.parties[0].is_natural_person()) {
      // Add a natural person whose name and ID appear in every free-text field.
      const Date birth = D("1970-01-01") + boost::gregorian::date_duration(i * 37);
      std::string id = "210202" + std::to_string(birth.year()) + (birth.month() < 10 ? "0" : "") +
                       std::to_string(birth.month()) + (birth.day() < 10 ? "0" : "") +
                       std::to_string(birth.day()) + "123";
      // Append the check character (GB 11643-1999).
      static constexpr int kW[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
      int sum = 0;
      for (int k = 0; k < 17; ++k) sum += (id[static_cast<std::size_t>(k)] - '0') * kW[k];
      id += "10X98765432"[sum % 11];
      const std::string name = kNames[i % 5];
      c.parties.push_back(Party::natural_person("P2", name, ResidentId(id), "13912345678"));
      c.title += "（" + name + "）";
      c.facts += name + "，公民身份号码" + id + "，对此负有直接责任。";
      c.violations[0].description += "，" + name + "经手";
      c.decision->penalties[0].detail = name + " " + id;
    }
    std::vector<std::pair<std::string, std::string>> secrets;
    for (const auto& p : c.parties) {
      if (!p.is_natural_person()) continue;
      ++persons;
      secrets.emplace_back(p.name, p.resident_id->str());
    }
    const auto r = make_disclosure(c, agency);
    const std::string json = r.to_json();
    const std::string csv = disclosure_records_to_csv({r});
    const std::string lines = disclosure_records_to_json({r}, true);
    for (const auto& [name, id] : secrets) {
      for (const std::string* out : {&json, &csv, &lines}) {
        EXPECT_EQ(out->find(name), std::string::npos) << name << " in " << *out;
        EXPECT_EQ(out->find(id), std::string::npos) << id;
        EXPECT_EQ(out->find(id.substr(6, 8)), std::string::npos) << "birth date of " << id;
      }
    }
    for (const auto& p : r.parties) {
      if (p.masked) {
        EXPECT_EQ(p.identifier.substr(6), std::string(12, '*'));
      } else {
        EXPECT_EQ(p.identifier.size(), 18u);
      }
    }
  }
  EXPECT_GT(persons, 300);
}

// ---- exports ------------------------------------------------------------------------------------

TEST(DisclosureExport, Rfc4180QuotingAndNoSpreadsheetFormulas) {
  EXPECT_EQ(csv_field("plain"), "plain");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
  // Text a spreadsheet would run as a formula stays text; numbers stay numbers.
  EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(csv_field("+86 411 1234"), "\"'+86 411 1234\"");
  EXPECT_EQ(csv_field("-cmd|' /C calc'!A0"), "\"'-cmd|' /C calc'!A0\"");
  EXPECT_EQ(csv_field("\tx"), "\"'\tx\"");
  EXPECT_EQ(csv_field("-5"), "-5");
  EXPECT_EQ(csv_field("+3.50"), "+3.50");
  EXPECT_EQ(csv_field("-1,234.00"), "\"-1,234.00\"");
  EXPECT_EQ(csv_field("a=b"), "a=b");
  EXPECT_EQ(csv_field(""), "");
  Case c = decided_case("2025-06-03");
  c.facts = "经查, 当事人称\"未招标\"\r\n第二行";
  const auto csv = disclosure_records_to_csv({make_disclosure(c, test::sample_agency())});
  const auto rows = parse_csv(csv);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].size(), rows[1].size());
  EXPECT_EQ(rows[0][11], "facts");
  EXPECT_EQ(rows[1][11], c.facts);
  EXPECT_EQ(rows[1][17], "5000.00");
  EXPECT_EQ(csv.substr(0, 8), "case_id,");
}

TEST(DisclosureExport, JsonArrayAndJsonLines) {
  Case a = decided_case("2025-06-03");
  Case b = decided_case("2025-06-04");
  b.id = 8;
  const auto agency = test::sample_agency();
  std::vector<DisclosureRecord> rs{make_disclosure(a, agency), make_disclosure(b, agency)};
  auto arr = nlohmann::json::parse(disclosure_records_to_json(rs));
  ASSERT_EQ(arr.size(), 2u);
  EXPECT_EQ(arr[1]["case_id"], 8);
  EXPECT_EQ(arr[0]["penalties"][0]["amount_fen"], 500000);
  EXPECT_EQ(arr[0]["parties"][0]["name"], "大连某建设有限公司");
  const std::string lines = disclosure_records_to_json(rs, true);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), '\n'), 2);
  EXPECT_EQ(nlohmann::json::parse(lines.substr(0, lines.find('\n'))), arr[0]);
}

TEST(DisclosureExport, WriterGivesTheBytesOfTheListFunctionsOneRecordAtATime) {
  Case a = decided_case("2025-06-03");
  Case b = decided_case("2025-06-04");
  b.id = 8;
  b.title = "=HYPERLINK(\"x\")，\n第二行";  // a formula guard and a quoted newline in CSV
  const auto agency = test::sample_agency();
  const std::vector<DisclosureRecord> rs{make_disclosure(a, agency), make_disclosure(b, agency)};
  auto written = [](const std::vector<DisclosureRecord>& records, DisclosureFileFormat f) {
    std::ostringstream out;
    DisclosureRecordWriter w(out, f);
    for (const auto& r : records) w.write(r);
    w.finish();
    EXPECT_EQ(w.written(), records.size());
    EXPECT_THROW(w.write(records.empty() ? DisclosureRecord{} : records[0]), ValidationError);
    return out.str();
  };
  for (const auto& list : {rs, std::vector<DisclosureRecord>{}}) {
    // The JSON array as the JSON library prints the whole list, which is what it was before the
    // writer: each record's object in an array, indented by 2.
    nlohmann::json array = nlohmann::json::array();
    std::string lines;
    for (const auto& r : list) {
      array.push_back(nlohmann::json::parse(r.to_json()));
      lines += r.to_json() + "\n";
    }
    EXPECT_EQ(written(list, DisclosureFileFormat::kJson), array.dump(2) + "\n");
    EXPECT_EQ(disclosure_records_to_json(list), array.dump(2) + "\n");
    EXPECT_EQ(written(list, DisclosureFileFormat::kJsonLines), lines);
    EXPECT_EQ(disclosure_records_to_json(list, true), lines);
    EXPECT_EQ(written(list, DisclosureFileFormat::kCsv), disclosure_records_to_csv(list));
  }
  const std::string csv = disclosure_records_to_csv(rs);
  EXPECT_EQ(csv.substr(0, 8), "case_id,");  // no BOM
  EXPECT_THAT(csv, HasSubstr(",\"'=HYPERLINK(\"\"x\"\")，\n第二行\","));
  EXPECT_EQ(parse_csv(csv).size(), 3u);
  EXPECT_EQ(disclosure_records_to_json({}), "[]\n");
}

TEST(DisclosureExport, FileFormatFollowsTheFileName) {
  EXPECT_EQ(disclosure_file_format_for("out/records.csv"), DisclosureFileFormat::kCsv);
  EXPECT_EQ(disclosure_file_format_for("records.jsonl"), DisclosureFileFormat::kJsonLines);
  EXPECT_EQ(disclosure_file_format_for("records.json"), DisclosureFileFormat::kJson);
  EXPECT_EQ(disclosure_file_format_for("records"), DisclosureFileFormat::kJson);
  EXPECT_EQ(disclosure_file_format_for("csv"), DisclosureFileFormat::kJson);
}

// ---- the catalog before enforcement (Art. 39) --------------------------------------------------

TEST(PublicCatalog, Art39_SubjectOfficersPowersProcedureRemediesInspections) {
  std::vector<InspectionItem> items = inspection_items_from_json(R"({
    "format": "zhifa-inspection-items", "version": 1,
    "items": [{"item": "招标投标活动监督检查", "basis": "招标投标法 Art. 7", "body": "大连市发展和改革委员会",
               "content": "依法必须招标的项目是否招标", "method": "双随机|现场检查"}]})");
  ASSERT_EQ(items.size(), 1u);
  const auto cat = public_catalog(test::sample_agency(), D("2026-03-01"), items);
  EXPECT_EQ(cat.agency_name, "大连市发展和改革委员会");
  std::set<std::string> names;
  for (const auto& o : cat.officers) names.insert(o.name);
  EXPECT_TRUE(names.count("王明"));
  EXPECT_FALSE(names.count("赵过期"));    // certificate expired 2025-12-31
  EXPECT_FALSE(names.count("钱外单位"));  // certificate of another agency
  EXPECT_EQ(cat.officers[0].certificate_number, "ZF-O1");
  ASSERT_EQ(cat.powers.size(), 2u);
  EXPECT_EQ(cat.powers[0].basis, std::vector<std::string>{"招标投标法 Art. 49"});
  ASSERT_EQ(cat.procedures.size(), 2u);
  EXPECT_THAT(cat.procedures[1].scope, HasSubstr("Art. 51"));
  ASSERT_EQ(cat.remedies.size(), 2u);
  EXPECT_EQ(cat.remedies[0].period, PeriodTable::builtin().get("review_application").summary());
  EXPECT_THAT(cat.remedies[0].period, HasSubstr("60 calendar days"));
  EXPECT_THAT(cat.remedies[1].period, HasSubstr("6 months"));
  const auto j = nlohmann::json::parse(cat.to_json());
  EXPECT_EQ(j["officers"][0].size(), 3u);  // name, certificate number, validity: nothing else
  EXPECT_EQ(j["inspections"][0]["basis"], "招标投标法 Art. 7");
  const std::string md = cat.to_markdown();
  EXPECT_THAT(md, HasSubstr("| 王明 | ZF-O1 | 2028-12-31 |"));
  EXPECT_THAT(md, HasSubstr("双随机\\|现场检查"));
}

TEST(PublicCatalog, RemediesComeFromThePeriodTable) {
  PeriodTable without(std::vector<LegalPeriod>{PeriodTable::builtin().get("review_application")});
  EXPECT_THROW(public_catalog(test::sample_agency(), D("2026-03-01"), {}, without), NotFoundError);
  EXPECT_THAT(error_of([] {
                inspection_items_from_json(R"({"format": "zhifa-inspection-items", "version": 1,
                  "items": [{"item": "x", "basis": "", "body": "b", "content": "c", "method": "m"}]})",
                                           "items.json");
              }),
              HasSubstr("items.json: $.items[0].basis"));
}

TEST(DisclosureStatusNames, RoundTrip) {
  for (auto s : {DisclosureStatus::kNotRequired, DisclosureStatus::kWithdrawalOverdue,
                 DisclosureStatus::kRemoved}) {
    EXPECT_EQ(disclosure_status_from_string(to_string(s)), s);
  }
  EXPECT_THAT(error_of([] { disclosure_status_from_string("late"); }),
              HasSubstr("unknown disclosure status 'late'"));
}

}  // namespace
}  // namespace zhifa

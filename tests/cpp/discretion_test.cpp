// The discretion engine from the law's side: the statutory circumstances of 行政处罚法 Art. 30-33
// and 36 both ways, each fine-rule shape at its boundaries, the split schemes, conflicts, and the
// catalog format's errors. Money stays exact.
#include "zhifa/discretion.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "test_util.hpp"
#include "zhifa/error.hpp"

using namespace zhifa;
using ::testing::HasSubstr;
using zhifa::test::D;
using zhifa::test::error_of;

namespace {

Money M(const char* text) { return Money::parse(text); }

PenaltyFacts facts(std::set<std::string> circumstances = {}) {
  PenaltyFacts f;
  f.act_date = D("2025-03-01");
  f.discovered = D("2026-03-02");
  f.decision_date = D("2026-04-01");
  f.circumstances = std::move(circumstances);
  return f;
}

std::string trace_text(const Recommendation& r) {
  std::string out;
  for (const auto& s : r.trace)
    out += s.text + (s.basis ? " [" + s.basis->to_string() + "]" : "") + "\n";
  return out;
}

const Catalog& drc() { return Catalog::builtin(); }

}  // namespace

TEST(Catalog, BuiltInDrcCatalogCarriesItsProvenance) {
  EXPECT_GE(drc().items().size(), 15u);
  for (const auto& item : drc().items()) {
    EXPECT_FALSE(item.penalty_provision.law.empty()) << item.code;
    EXPECT_GT(item.penalty_provision.article, 0) << item.code;
    EXPECT_THAT(item.status, HasSubstr("example")) << item.code;
  }
  EXPECT_THAT(error_of([] { drc().item("XX-1", D("2025-01-01")); }),
              HasSubstr("has no item 'XX-1'"));
  EXPECT_THAT(error_of([] { drc().item("LS-45", D("2020-01-01")); }),
              HasSubstr("not in force on 2020-01-01"));
}

TEST(FineRules, FixedClosedRangeSplit30_70) {
  // 招标投标法 Art. 51: 1万元以上5万元以下. 30/70 split of the 4万 span above the minimum.
  auto general = recommend(drc(), "TB-51", facts());
  EXPECT_EQ(general.statutory_min, M("1万"));
  EXPECT_EQ(general.statutory_max, M("5万"));
  EXPECT_EQ(general.tier, TierKind::kGeneral);
  EXPECT_EQ(general.min, M("22,000"));
  EXPECT_EQ(general.max, M("37,999.99"));  // 70% belongs to 从重
  auto lighter = recommend(drc(), "TB-51", facts({"first_violation"}));
  EXPECT_EQ(lighter.tier, TierKind::kLighter);
  EXPECT_EQ(lighter.min, M("10,000"));  // the statutory minimum itself is allowed
  EXPECT_EQ(lighter.max, M("21,999.99"));
  auto heavier = recommend(drc(), "TB-51", facts({"repeated_violation"}));
  EXPECT_EQ(heavier.min, M("38,000"));
  EXPECT_EQ(heavier.max, M("50,000"));  // and so is the maximum
}

TEST(FineRules, OpenLowerRange) {
  // 招标投标法实施条例 Art. 64: 10万元以下, i.e. [0, 10万].
  auto r = recommend(drc(), "TBT-64", facts());
  EXPECT_EQ(r.statutory_min, Money());
  EXPECT_EQ(r.statutory_max, M("10万"));
  EXPECT_EQ(r.min, M("30,000"));
  EXPECT_EQ(r.max, M("69,999.99"));
}

TEST(FineRules, PerMilleOfTheContractAmountInWholeFen) {
  // 招标投标法 Art. 49: 千分之五以上千分之十以下 of 1,234,567.89 yuan = 6,172.839... to
  // 12,345.678...
  PenaltyFacts f = facts();
  f.bases[FineBase::kContractAmount] = M("1,234,567.89");
  auto r = recommend(drc(), "TB-49", f);
  EXPECT_EQ(r.statutory_min, M("6,172.84"));   // rounded up: never below 5‰
  EXPECT_EQ(r.statutory_max, M("12,345.67"));  // rounded down: never above 10‰
  EXPECT_THAT(trace_text(r), HasSubstr("5/1000 to 10/1000 of the contract_amount 1,234,567.89"));
  // Without the base the range cannot be computed: refused, naming the base.
  EXPECT_THAT(error_of([] { recommend(drc(), "TB-49", facts()); }), HasSubstr("contract_amount"));
}

TEST(FineRules, ThresholdsOnTheGoodsValue) {
  // 粮食流通管理条例 Art. 47: 货值不足1万元 -> 1万-5万; 1万元以上 -> 1倍以上5倍以下.
  auto with_goods = [](const char* value) {
    PenaltyFacts f = facts();
    f.bases[FineBase::kGoodsValue] = M(value);
    return recommend(drc(), "LS-47", f);
  };
  EXPECT_EQ(with_goods("9,999.99").statutory_max, M("5万"));  // 不足: exclusive
  EXPECT_EQ(with_goods("10,000").statutory_min, M("1万"));    // 以上: inclusive, 1x
  EXPECT_EQ(with_goods("10,000").statutory_max, M("5万"));    // 5x
  EXPECT_EQ(with_goods("20,000").statutory_max, M("10万"));
}

TEST(FineRules, SeverityDependentRanges) {
  // 粮食流通管理条例 Art. 45: 20万元以下; 情节严重 20万元以上50万元以下.
  auto plain = recommend(drc(), "LS-45", facts());
  EXPECT_EQ(plain.statutory_max, M("20万"));
  auto serious = recommend(drc(), "LS-45", facts({"serious"}));
  EXPECT_EQ(serious.statutory_min, M("20万"));
  EXPECT_EQ(serious.statutory_max, M("50万"));
}

TEST(FineRules, ItemWithoutFine) {
  auto r = recommend(drc(), "JN-68", facts());
  EXPECT_TRUE(r.penalty_allowed);
  EXPECT_FALSE(r.min.has_value());
  EXPECT_TRUE(r.kinds.empty());
}

TEST(Circumstances, MinorsByAgeAtTheAct_Art30) {
  PenaltyFacts f = facts();
  f.age_at_act = 13;
  auto none = recommend(drc(), "TB-51", f);
  EXPECT_FALSE(none.penalty_allowed);
  EXPECT_THAT(trace_text(none), HasSubstr("行政处罚法 Art. 30"));
  f.age_at_act = 14;  // 已满十四周岁: penalised, but lighter or mitigated is mandatory
  auto lighter = recommend(drc(), "TB-51", f);
  EXPECT_TRUE(lighter.penalty_allowed);
  EXPECT_EQ(lighter.tier, TierKind::kLighter);
  f.age_at_act = 18;
  EXPECT_EQ(recommend(drc(), "TB-51", f).tier, TierKind::kGeneral);
}

TEST(Circumstances, Capacity_Art31) {
  EXPECT_FALSE(recommend(drc(), "TB-51", facts({"incapacity"})).penalty_allowed);
  auto partial = recommend(drc(), "TB-51",
                           facts({"partial_incapacity"}));  // 可以从轻: the catalog's lighter tier
  EXPECT_TRUE(partial.penalty_allowed);
  EXPECT_EQ(partial.tier, TierKind::kLighter);
}

TEST(Circumstances, MandatoryLighterGroundsOutweighHeavierOnes_Art32) {
  for (const char* ground :
       {"eliminated_harm", "coerced", "confessed", "meritorious", "other_mandatory_mitigation"}) {
    auto r = recommend(drc(), "TB-51", facts({ground, "repeated_violation"}));
    EXPECT_EQ(r.tier, TierKind::kLighter) << ground;
    EXPECT_THAT(trace_text(r), HasSubstr("行政处罚法 Art. 32")) << ground;
  }
  EXPECT_EQ(recommend(drc(), "TB-51", facts({"repeated_violation"})).tier, TierKind::kHeavier);
}

TEST(Circumstances, NoPenaltyGroundsAndLists_Art33) {
  EXPECT_FALSE(recommend(drc(), "TB-51", facts({"minor_corrected_no_harm"})).penalty_allowed);
  EXPECT_FALSE(recommend(drc(), "TB-51", facts({"no_fault"})).penalty_allowed);
  // 首违不罚 is discretionary: only where the catalog's no-penalty list says so.
  auto listed = recommend(drc(), "QY-19", facts({"first_violation_slight_corrected"}));
  EXPECT_FALSE(listed.penalty_allowed);
  EXPECT_THAT(trace_text(listed), HasSubstr("no-penalty list"));
  auto unlisted = recommend(drc(), "TB-51", facts({"first_violation_slight_corrected"}));
  EXPECT_TRUE(unlisted.penalty_allowed);
  EXPECT_THAT(trace_text(unlisted), HasSubstr("may decide not to penalise"));
}

TEST(Circumstances, LimitationPeriod_Art36) {
  PenaltyFacts late = facts();
  late.act_date = D("2024-02-29");
  late.discovered = D("2026-03-01");  // two years ended 2026-02-28
  EXPECT_FALSE(recommend(drc(), "TB-51", late).penalty_allowed);
  late.discovered = D("2026-02-28");
  EXPECT_TRUE(recommend(drc(), "TB-51", late).penalty_allowed);
  late.discovered = D("2027-01-01");
  late.life_health_or_financial_harm = true;  // five years
  EXPECT_TRUE(recommend(drc(), "TB-51", late).penalty_allowed);
}

namespace {
const char* kCustom =
    R"({"format": "zhifa-catalog", "version": 1, "name": "test", "conflict_rule": "%s",
  "items": [{"code": "X-1", "behaviour": "测试", "violated": {"law": "某法"}, "penalty_provision": {"law": "某法", "article": 9},
    "kinds": ["fine"], "fines": [{"min": "1万", "max": "3万", "text": "处1万元以上3万元以下罚款"}],
    "split_scheme": "midpoint",
    "conditions": {"lighter": ["a"], "heavier": ["b"]},
    "tiers": [{"kind": "mitigated", "label": "减轻", "conditions": ["m"], "mitigated_floor": [1, 2]}],
    "in_force_from": "2020-01-01"}]})";
Catalog custom(const char* rule) {
  char buf[2048];
  std::snprintf(buf, sizeof buf, kCustom, rule);
  return Catalog::from_json(buf, "custom.json");
}
}  // namespace

TEST(Catalog, ConflictRuleAndMidpointScheme) {
  auto both = facts({"a", "b"});
  EXPECT_EQ(recommend(custom("general"), "X-1", both).tier, TierKind::kGeneral);
  EXPECT_EQ(recommend(custom("lighter"), "X-1", both).tier, TierKind::kLighter);
  EXPECT_EQ(recommend(custom("heavier"), "X-1", both).tier, TierKind::kHeavier);
  // Midpoint scheme in thirds of the 2万 span: general [16,666.67, 23,333.33].
  auto general = recommend(custom("general"), "X-1", facts());
  EXPECT_EQ(general.min, M("16,666.67"));
  EXPECT_EQ(general.max, M("23,333.33"));
}

TEST(Catalog, MitigatedTierBelowTheMinimumDownToItsFloor) {
  auto r = recommend(custom("general"), "X-1", facts({"m"}));
  EXPECT_EQ(r.tier, TierKind::kMitigated);
  EXPECT_EQ(r.min, M("5,000"));     // the catalog's floor: half the minimum
  EXPECT_EQ(r.max, M("9,999.99"));  // below the statutory minimum
}

TEST(Catalog, BadFilesNameTheEntry) {
  const std::string head =
      R"({"format": "zhifa-catalog", "version": 1, "name": "t", "items": [{"code": "X", "behaviour": "b",
    "violated": {"law": "L"}, "penalty_provision": {"law": "L", "article": 1}, "kinds": ["fine"], "in_force_from": "2020-01-01", )";
  EXPECT_THAT(
      error_of([&] { Catalog::from_json(head + R"("fines": [{"min": "5万", "max": "1万"}]}]})"); }),
      HasSubstr("$.items[0].fines[0]: min is above max"));
  EXPECT_THAT(
      error_of([&] { Catalog::from_json(head + R"("fines": [{"max_ratio": [1, 1000]}]}]})"); }),
      HasSubstr("a ratio needs the base"));
  EXPECT_THAT(error_of([&] { Catalog::from_json(head + R"("fines": [{"max": "1.234"}]}]})"); }),
              HasSubstr("whole number of fen"));
  EXPECT_THAT(error_of([&] { Catalog::from_json(head + R"("split_scheme": "golden"}]})"); }),
              HasSubstr("unknown split scheme"));
  EXPECT_THAT(error_of([&] { Catalog::from_json(head + R"("kinds": ["beheading"]}]})"); }),
              HasSubstr("unknown penalty kind"));
}

namespace {
Catalog versions(const char* new_fine, const char* new_to = "") {
  std::string json =
      std::string(R"({"format": "zhifa-catalog", "version": 1, "name": "versions", "items": [
    {"code": "V", "behaviour": "旧", "violated": {"law": "某法"}, "penalty_provision": {"law": "某法", "article": 5},
     "kinds": ["fine"], "fines": [{"min": "1万", "max": "5万", "text": "旧法"}], "split_scheme": "30_70",
     "in_force_from": "2020-01-01", "in_force_to": "2025-12-31"})") +
      (std::string(new_fine).empty()
           ? ""
           : std::string(R"(, {"code": "V", "behaviour": "新", "violated": {"law": "某法"},
     "penalty_provision": {"law": "某法", "article": 5, "note": "2026 revision"}, "kinds": ["fine"],
     "fines": [)") +
                 new_fine + R"(], "split_scheme": "30_70", "in_force_from": "2026-01-01")" +
                 new_to + "}") +
      "]}";
  return Catalog::from_json(json, "versions.json");
}
PenaltyFacts across_revision() {
  PenaltyFacts f;
  f.act_date = D("2025-06-01");
  f.discovered = D("2025-12-01");
  f.decision_date = D("2026-02-01");
  return f;
}
}  // namespace

TEST(OldLawUnlessNewIsLighter, Art37) {
  // The new version is lighter (max 3万 < 5万): it applies.
  auto lighter = recommend(versions(R"({"min": "1万", "max": "3万", "text": "新法"})"), "V",
                           across_revision());
  EXPECT_EQ(lighter.statutory_max, M("3万"));
  EXPECT_THAT(trace_text(lighter), HasSubstr("is lighter, so it applies"));
  // The new version is heavier: the law in force at the act applies.
  auto heavier = recommend(versions(R"({"min": "2万", "max": "8万", "text": "新法"})"), "V",
                           across_revision());
  EXPECT_EQ(heavier.statutory_max, M("5万"));
  EXPECT_THAT(trace_text(heavier), HasSubstr("not lighter, so the old one applies"));
  // Repealed by the decision date: no longer a violation.
  auto repealed = recommend(versions(""), "V", across_revision());
  EXPECT_FALSE(repealed.penalty_allowed);
  EXPECT_THAT(trace_text(repealed), HasSubstr("no longer in force"));
  // Unchanged law (act and decision under the same version): no comparison needed.
  PenaltyFacts same = across_revision();
  same.decision_date = D("2025-12-15");
  EXPECT_EQ(recommend(versions(R"({"max": "1"})"), "V", same).statutory_max, M("5万"));
}

TEST(PenaltyCheck, DecidedPenaltiesAgainstTheCatalog) {
  auto check = [](const char* fine, std::set<std::string> c = {}) {
    return check_penalty(drc(), "TB-51", facts(std::move(c)),
                         {Penalty{PenaltyKind::kFine, M(fine), ""}});
  };
  EXPECT_TRUE(check("30,000").ok);
  auto above = check("60,000");
  EXPECT_FALSE(above.ok);
  EXPECT_EQ(above.above_by, M("10,000"));
  auto below = check("5,000");
  EXPECT_EQ(below.below_by, M("5,000"));
  // 45,000 lies in the heavier part; without a heavier circumstance the tier is not evidenced.
  auto tier = check("45,000");
  EXPECT_FALSE(tier.ok);
  EXPECT_THAT(tier.findings.at(0), HasSubstr("not evidenced"));
  EXPECT_TRUE(check("45,000", {"repeated_violation"}).ok);
  auto kind = check_penalty(drc(), "TB-51", facts(),
                            {Penalty{PenaltyKind::kRevokeLicense, std::nullopt, ""}});
  EXPECT_THAT(kind.findings.at(0), HasSubstr("does not allow the penalty kind 'revoke_license'"));
  auto none = check_penalty(drc(), "TB-51", facts({"no_fault"}),
                            {Penalty{PenaltyKind::kFine, M("10,000"), ""}});
  EXPECT_THAT(none.findings.at(0), HasSubstr("where none may be"));
}

TEST(CatalogLint, TheBuiltInCatalogIsClean) {
  auto findings = lint(drc(), D("2026-01-01"));
  for (const auto& f : findings) ADD_FAILURE() << f.item << ": " << f.message;
}

TEST(CatalogLint, FindsOverlapsGapsMissingCitationsAndUnreachableTiers) {
  const char* bad = R"({"format": "zhifa-catalog", "version": 1, "name": "bad", "items": [
    {"code": "A", "behaviour": "b", "violated": {"law": "L"}, "penalty_provision": {"law": "L"},
     "kinds": ["fine"], "fines": [{"max": "1万"}], "split_scheme": "custom",
     "tiers": [{"kind": "lighter", "conditions": ["x"], "from": [0, 1], "to": [1, 2]},
               {"kind": "general", "from": [2, 5], "to": [4, 5]},
               {"kind": "heavier", "from": [9, 10], "to": [1, 1]}],
     "in_force_from": "2020-01-01", "in_force_to": "2024-12-31"},
    {"code": "B", "behaviour": "b", "violated": {"law": "L"}, "penalty_provision": {"law": "L", "article": 1},
     "kinds": ["fine"], "fines": [{"base": "goods_value", "min_ratio": [5, 1], "max_ratio": [1, 1]}],
     "split_scheme": "30_70", "in_force_from": "2020-01-01"}]})";
  std::string all;
  for (const auto& f : lint(Catalog::from_json(bad), D("2026-01-01")))
    all += f.item + ": " + f.message + "\n";
  EXPECT_THAT(all, HasSubstr("A: the penalty provision names no article"));
  EXPECT_THAT(all, HasSubstr("A: not in force on 2026-01-01"));
  EXPECT_THAT(all, HasSubstr("overlap"));
  EXPECT_THAT(all, HasSubstr("a gap between tiers"));
  EXPECT_THAT(all, HasSubstr("no conditions, so no case can reach it"));
  EXPECT_THAT(all, HasSubstr("B: fine rule '': the minimum ratio is above the maximum"));
}

TEST(CatalogCsv, ImportsAPublishedBenchmarkTable) {
  const std::string csv = zhifa::test::read_source("tests/data/benchmark_sample.csv");
  Catalog c = Catalog::from_csv(csv, "枣庄/郑州 sample", "benchmark_sample.csv");
  ASSERT_EQ(c.items().size(), 2u);
  // 枣庄: 1‰-5‰ of the investment; the published 一般/较重/严重 tiers are explicit ratio ranges.
  PenaltyFacts f = facts({"未按核准的建设地点、规模、内容建设"});
  f.bases[FineBase::kTotalInvestment] = M("2,000万");
  auto r = recommend(c, "QY-18-1", f);
  EXPECT_EQ(r.statutory_min, M("2万"));
  EXPECT_EQ(r.statutory_max, M("10万"));
  EXPECT_EQ(r.tier_label, "较重");
  EXPECT_EQ(r.min, M("6万"));
  EXPECT_EQ(r.max, M("8万"));
  // 郑州: a condition that is a measured fact, and a 不予 row (the no-penalty list).
  EXPECT_FALSE(recommend(c, "工程造价-40", facts({"late_at_most_3_days"})).penalty_allowed);
  auto late = recommend(c, "工程造价-40", facts({"late_over_10_days"}));
  EXPECT_EQ(late.min, M("1.2万"));
  EXPECT_EQ(late.max, M("2万"));
  EXPECT_TRUE(lint(c, D("2026-01-01")).empty());
  // The JSON form of the imported catalog reads back to the same catalog.
  Catalog again = Catalog::from_json(c.to_json(), "round trip");
  EXPECT_EQ(recommend(again, "QY-18-1", f).min, r.min);
  EXPECT_EQ(again.to_json(), c.to_json());
}

TEST(CatalogCsv, BadRowsNameTheLineAndColumn) {
  const std::string head = "code,behaviour,law,article,tier,min_ratio,in_force_from\n";
  EXPECT_THAT(error_of([&] { Catalog::from_csv(head + "X,b,L,abc,法定,,2020-01-01\n", "t"); }),
              HasSubstr("line 2: column 'article': 'abc' is not a whole number"));
  EXPECT_THAT(error_of([&] { Catalog::from_csv(head + "X,b,L,1,法定,five,2020-01-01\n", "t"); }),
              HasSubstr("line 2: column 'min_ratio': 'five' is not a ratio"));
  EXPECT_THAT(error_of([&] { Catalog::from_csv("code,behaviour\nX,b\n", "t"); }),
              HasSubstr("missing column 'law'"));
  EXPECT_THAT(error_of([&] { Catalog::from_csv(head + "X,\"b,L,1\n", "t"); }),
              HasSubstr("unterminated quote"));
}

TEST(FineRules, ResponsiblePersonsAShareOfTheUnitsFine) {
  // 招标投标法 Art. 53: the unit's responsible persons pay 5%-10% of the unit's fine.
  PenaltyFacts f = facts();
  f.bases[FineBase::kUnitFine] = M("123,456.78");
  auto r = recommend(drc(), "TB-53-P", f);
  EXPECT_EQ(r.statutory_min, M("6,172.84"));   // 6,172.839 rounded up
  EXPECT_EQ(r.statutory_max, M("12,345.67"));  // 12,345.678 rounded down
  auto listed = recommend(drc(), "QY-19", facts({"first_violation_slight_corrected"}));
  EXPECT_THAT(trace_text(listed), HasSubstr("example list entry"));
}

TEST(FineRules, FinesThatNeedAFailureToCorrect) {
  // 企业投资项目核准和备案管理条例 Art. 19: 责令限期改正；逾期不改正的，处2万元以上5万元以下的罚款.
  auto ordered = recommend(drc(), "QY-19", facts());
  EXPECT_FALSE(ordered.penalty_allowed);
  EXPECT_THAT(trace_text(ordered), HasSubstr("fines only when failed_to_correct"));
  auto fined = recommend(drc(), "QY-19", facts({"failed_to_correct"}));
  EXPECT_EQ(fined.statutory_max, M("5万"));
  // 粮食流通管理条例 Art. 43: 给予警告；拒不改正的，处罚款: the warning remains without the fine.
  auto warned = recommend(drc(), "LS-43", facts());
  EXPECT_TRUE(warned.penalty_allowed);
  EXPECT_EQ(warned.kinds, std::vector<PenaltyKind>{PenaltyKind::kWarning});
  EXPECT_FALSE(warned.min.has_value());
}

TEST(PenaltyCheck, BelowTheMinimumIsLawfulWithAMandatoryGround_Art32) {
  auto check = [](std::set<std::string> c) {
    return check_penalty(drc(), "TB-51", facts(std::move(c)),
                         {Penalty{PenaltyKind::kFine, M("5,000"), ""}});
  };
  EXPECT_FALSE(check({}).ok);                  // 5,000 under the 1万 minimum
  EXPECT_TRUE(check({"eliminated_harm"}).ok);  // 应当从轻或者减轻: 减轻 is lawful
  auto partial = recommend(drc(), "TB-51", facts({"partial_incapacity"}));
  EXPECT_THAT(trace_text(partial), HasSubstr("行政处罚法 Art. 31"));
}

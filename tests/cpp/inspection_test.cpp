// 双随机、一公开 (国办发〔2015〕58号, 国发〔2019〕5号): the draw, its replay, teams, results.
#include "zhifa/inspection.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "test_util.hpp"
#include "zhifa/error.hpp"
#include "zhifa/inspection_item.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/merkle.hpp"

namespace zhifa {
namespace {

using test::D;
using test::error_of;

std::string code(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "9121020%011d", i);
  return buf;
}

std::vector<InspectionEntity> make_entities(int n, const std::string& cls, int first = 0) {
  std::vector<InspectionEntity> out;
  for (int i = first; i < first + n; ++i) {
    out.push_back({code(i), "企业" + std::to_string(i), "零售", "中山区", cls, {}});
  }
  return out;
}

Inspector make_inspector(int i, const std::string& agency = "DLDRC") {
  Inspector ins;
  ins.id = "I" + std::to_string(100 + i);
  ins.name = "检查员" + std::to_string(i);
  ins.certificates.push_back({"C" + std::to_string(i), D("2024-01-01"), D("2027-12-31"), agency});
  return ins;
}

std::vector<Inspector> make_inspectors(int n) {
  std::vector<Inspector> out;
  for (int i = 0; i < n; ++i) out.push_back(make_inspector(i));
  return out;
}

InspectionPlan make_plan() {
  InspectionPlan p;
  p.id = "DLDRC-2025-01";
  p.name = "2025年招标投标领域双随机抽查";
  p.agency_code = "DLDRC";
  p.items.push_back({"招标投标活动监督检查", "招标投标法 Art. 7", "大连市发展和改革委员会",
                     "招标投标活动", "书面检查、实地核查", "不低于5%", "每年1次"});
  p.start = D("2025-06-02");
  p.end = D("2025-06-30");
  p.quotas = {{"A", 500, 1}, {"B", 1000, 1}, {"C", 3000, 2}, {"D", 6100, std::nullopt}};
  p.team_size = 2;
  return p;
}

std::vector<InspectionEntity> mixed_entities() {
  std::vector<InspectionEntity> all;
  int next = 0;
  for (auto [cls, n] :
       std::vector<std::pair<std::string, int>>{{"A", 40}, {"B", 30}, {"C", 20}, {"D", 10}}) {
    auto v = make_entities(n, cls, next);
    next += n;
    all.insert(all.end(), v.begin(), v.end());
  }
  return all;
}

std::set<std::string> selected_codes(const DrawRecord& r, const std::string& cls = "") {
  std::set<std::string> out;
  for (const auto& s : r.selections) {
    if (cls.empty() || s.risk_class == cls) out.insert(s.credit_code);
  }
  return out;
}

TEST(InspectionDraw, ReplayOfAFreshDrawMatches) {
  const auto plan = make_plan();
  const auto entities = mixed_entities();
  const auto inspectors = make_inspectors(8);
  const auto r = draw(plan, entities, inspectors, "2025-06-01 摇号 4 8 15 16 23 42");
  EXPECT_EQ(r.algorithm, "zhifa-draw-v1");
  EXPECT_EQ(r.hash, r.compute_hash());
  EXPECT_EQ(r.seed_commitment, seed_commitment(r.seed));
  EXPECT_EQ(r.plan_hash, plan.hash());
  EXPECT_TRUE(r.complete());
  const auto res = replay(r, plan, entities, inspectors);
  EXPECT_TRUE(res.match) << res.difference;
  // Through the file format as well.
  const auto back = DrawRecord::from_json(r.to_json());
  EXPECT_EQ(back, r);
  EXPECT_TRUE(replay(back, plan, entities, inspectors).match);
}

TEST(InspectionDraw, SelectionsAreInTicketOrderAndTicketsAreTheDocumentedHash) {
  const auto r = draw(make_plan(), mixed_entities(), make_inspectors(8), "seed");
  ASSERT_FALSE(r.selections.empty());
  for (std::size_t i = 0; i < r.selections.size(); ++i) {
    EXPECT_EQ(r.selections[i].ticket, draw_ticket("seed", "entity", r.selections[i].credit_code));
    if (i) {
      EXPECT_LT(r.selections[i - 1].ticket, r.selections[i].ticket);
    }
  }
}

TEST(InspectionDraw, ChangingSeedDirectoryOrPlanChangesTheOutcome) {
  const auto plan = make_plan();
  const auto entities = mixed_entities();
  const auto inspectors = make_inspectors(8);
  const auto r = draw(plan, entities, inspectors, "seed-1");
  EXPECT_NE(selected_codes(draw(plan, entities, inspectors, "seed-2")), selected_codes(r));

  auto more = entities;
  more.push_back({code(999), "新企业", "零售", "中山区", "A", {}});
  EXPECT_NE(draw(plan, more, inspectors, "seed-1").entities_hash, r.entities_hash);
  auto res = replay(r, plan, more, inspectors);
  EXPECT_FALSE(res.match);
  EXPECT_EQ(res.difference.rfind("entities_hash", 0), 0u) << res.difference;

  auto fewer = inspectors;
  fewer.pop_back();
  res = replay(r, plan, entities, fewer);
  EXPECT_FALSE(res.match);
  EXPECT_EQ(res.difference.rfind("inspectors_hash", 0), 0u) << res.difference;

  auto plan2 = plan;
  plan2.quotas[0].ratio_bp = 1000;
  EXPECT_NE(selected_codes(draw(plan2, entities, inspectors, "seed-1"), "A"),
            selected_codes(r, "A"));
  res = replay(r, plan2, entities, inspectors);
  EXPECT_FALSE(res.match);
  EXPECT_EQ(res.difference.rfind("plan_hash", 0), 0u) << res.difference;
}

TEST(InspectionDraw, ReplayDetectsATamperedRecord) {
  const auto plan = make_plan();
  const auto entities = mixed_entities();
  const auto inspectors = make_inspectors(8);
  const auto r = draw(plan, entities, inspectors, "seed-1");
  const auto unselected = [&] {
    auto chosen = selected_codes(r);
    for (const auto& e : entities) {
      if (!chosen.count(e.credit_code)) return e.credit_code;
    }
    return std::string();
  }();

  auto t = r;
  t.selections[0].credit_code = unselected;
  auto res = replay(t, plan, entities, inspectors);
  EXPECT_FALSE(res.match);
  EXPECT_EQ(res.difference.rfind("selections[0].credit_code: record has '" + unselected + "'", 0),
            0u)
      << res.difference;

  t = r;
  t.selections[1].team[1] = "I999";
  res = replay(t, plan, entities, inspectors);
  EXPECT_FALSE(res.match);
  EXPECT_EQ(res.difference.rfind("selections[1].team[1]", 0), 0u) << res.difference;

  t = r;
  t.seed = "seed-2";
  res = replay(t, plan, entities, inspectors);
  EXPECT_FALSE(res.match);
  EXPECT_EQ(res.difference.rfind("seed_commitment", 0), 0u) << res.difference;

  t = r;
  t.hash[0] = t.hash[0] == '0' ? '1' : '0';
  res = replay(t, plan, entities, inspectors);
  EXPECT_FALSE(res.match);
  EXPECT_EQ(res.difference.rfind("hash: record has", 0), 0u) << res.difference;

  t = r;
  t.selections.pop_back();
  res = replay(t, plan, entities, inspectors);
  EXPECT_FALSE(res.match);
  EXPECT_NE(res.difference.find("entries"), std::string::npos) << res.difference;
}

// The stated rounding rule: quota = ceil(ratio_bp × population / 10000), in integers.
TEST(InspectionDraw, PerClassCountIsTheCeilingOfRatioTimesPopulation) {
  struct Row {
    int population;
    int ratio_bp;
    int quota;
  };
  const Row rows[] = {{0, 500, 0},    {1, 500, 1},    {19, 500, 1},  {20, 500, 1},
                      {21, 500, 2},   {100, 500, 5},  {101, 500, 6}, {100, 333, 4},
                      {300, 333, 10}, {301, 333, 11}, {7, 0, 0},     {7, 10000, 7},
                      {3, 6100, 2},   {10, 6100, 7},  {10000, 1, 1}, {10001, 1, 2}};
  const auto inspectors = make_inspectors(4);
  for (const auto& row : rows) {
    auto plan = make_plan();
    plan.quotas = {{"A", row.ratio_bp, std::nullopt}};
    const auto r = draw(plan, make_entities(row.population, "A"), inspectors, "s");
    ASSERT_EQ(r.classes.size(), 1u);
    EXPECT_EQ(r.classes[0].population, row.population);
    EXPECT_EQ(r.classes[0].quota, row.quota) << row.population << " × " << row.ratio_bp;
    EXPECT_EQ(r.classes[0].selected, row.quota);
    EXPECT_EQ(static_cast<int>(r.selections.size()), row.quota);
  }
}

TEST(InspectionDraw, StratifiedByClass) {
  const auto r = draw(make_plan(), mixed_entities(), make_inspectors(8), "x");
  // A 40 × 5 % = 2, B 30 × 10 % = 3, C 20 × 30 % = 6, D 10 × 61 % = ceil(6.1) = 7.
  const std::map<std::string, int> expected{{"A", 2}, {"B", 3}, {"C", 6}, {"D", 7}};
  for (const auto& [cls, n] : expected) {
    EXPECT_EQ(static_cast<int>(selected_codes(r, cls).size()), n) << cls;
  }
}

TEST(InspectionDraw, ExclusionsAndFrequencyLimitMakeEntitiesIneligible) {
  auto plan = make_plan();
  plan.quotas = {{"A", 10000, 1}};
  plan.frequency_from = D("2025-01-01");
  auto entities = make_entities(6, "A");
  entities[0].history.push_back({D("2025-03-01"), "招标投标活动监督检查"});  // in the window
  entities[1].history.push_back({D("2024-12-31"), "招标投标活动监督检查"});  // before it
  plan.exclusions.push_back({entities[2].credit_code, "专项检查中"});
  const auto r = draw(plan, entities, make_inspectors(4), "s");
  EXPECT_EQ(r.classes[0].population, 6);
  EXPECT_EQ(r.classes[0].eligible, 4);
  EXPECT_EQ(r.classes[0].quota, 6);
  EXPECT_EQ(r.classes[0].selected, 4);
  const auto chosen = selected_codes(r);
  EXPECT_FALSE(chosen.count(entities[0].credit_code));
  EXPECT_TRUE(chosen.count(entities[1].credit_code));
  EXPECT_FALSE(chosen.count(entities[2].credit_code));
}

TEST(InspectionDraw, AClassWithoutQuotaIsRefused) {
  auto entities = make_entities(3, "A");
  entities[1].risk_class = "E";
  EXPECT_NE(
      error_of([&] { draw(make_plan(), entities, make_inspectors(4), "s"); }).find("class 'E'"),
      std::string::npos);
}

TEST(InspectionTeams, TeamOfOneIsRefused_Art42) {
  auto plan = make_plan();
  plan.team_size = 1;
  EXPECT_THROW(draw(plan, mixed_entities(), make_inspectors(4), "s"), LegalGuardError);
  EXPECT_NE(error_of([&] { plan.validate(); }).find("Art. 42"), std::string::npos);
}

TEST(InspectionTeams, RecusedInspectorIsNeverOnTheEntitysTeam_Art43) {
  auto plan = make_plan();
  plan.quotas = {{"A", 10000, std::nullopt}};
  const auto entities = make_entities(10, "A");
  auto inspectors = make_inspectors(3);
  for (int i = 0; i < 10; i += 2) inspectors[0].conflicts.push_back({code(i), "亲属任职"});
  const auto r = draw(plan, entities, inspectors, "s");
  ASSERT_TRUE(r.complete());
  for (const auto& s : r.selections) {
    const bool conflicted = inspectors[0].conflicted_with(s.credit_code);
    const bool on_team = std::count(s.team.begin(), s.team.end(), "I100") > 0;
    EXPECT_FALSE(conflicted && on_team) << s.credit_code;
  }
  // With only two inspectors, one conflicted: no valid team, reported for that entity.
  inspectors.pop_back();
  const auto r2 = draw(plan, entities, inspectors, "s");
  EXPECT_EQ(r2.failures.size(), 5u);
  for (const auto& f : r2.failures) {
    EXPECT_EQ(f.constraint, "recusal");
    EXPECT_NE(f.detail.find(f.credit_code), std::string::npos);
    EXPECT_TRUE(inspectors[0].conflicted_with(f.credit_code));
  }
  EXPECT_FALSE(r2.complete());
  EXPECT_TRUE(replay(r2, plan, entities, inspectors).match);
}

TEST(InspectionTeams, CertificateMustBeValidOverThePeriodAndOfTheAgency_Art42) {
  auto plan = make_plan();
  plan.quotas = {{"A", 10000, std::nullopt}};
  const auto entities = make_entities(5, "A");
  auto inspectors = make_inspectors(4);
  inspectors[0].certificates[0].valid_to = D("2025-06-15");    // expires mid-period
  inspectors[1].certificates[0].agency_code = "OTHER";         // another agency
  inspectors[2].certificates[0].valid_from = D("2025-06-03");  // starts a day late
  auto r = draw(plan, entities, inspectors, "s");
  EXPECT_EQ(r.failures.size(), 5u);
  for (const auto& f : r.failures) {
    EXPECT_EQ(f.constraint, "certificate");
    EXPECT_NE(f.detail.find("1 inspectors"), std::string::npos) << f.detail;
  }
  inspectors[0].certificates.push_back({"C-new", D("2025-06-01"), D("2026-06-01"), "DLDRC"});
  r = draw(plan, entities, inspectors, "s");
  ASSERT_TRUE(r.complete());
  for (const auto& s : r.selections) {
    EXPECT_EQ((std::set<std::string>(s.team.begin(), s.team.end())),
              (std::set<std::string>{"I100", "I103"}));
  }
}

TEST(InspectionTeams, SpecialityFilter) {
  auto plan = make_plan();
  plan.speciality = "招标投标";
  auto inspectors = make_inspectors(5);
  inspectors[1].specialities = {"招标投标"};
  inspectors[3].specialities = {"价格", "招标投标"};
  const auto r = draw(plan, mixed_entities(), inspectors, "s");
  ASSERT_TRUE(r.complete());
  for (const auto& s : r.selections) {
    EXPECT_EQ((std::set<std::string>(s.team.begin(), s.team.end())),
              (std::set<std::string>{"I101", "I103"}));
  }
}

TEST(InspectionTeams, WorkloadIsBalanced) {
  auto plan = make_plan();
  plan.quotas = {{"A", 10000, std::nullopt}};
  const auto r = draw(plan, make_entities(20, "A"), make_inspectors(10), "s");
  std::map<std::string, int> load;
  for (const auto& s : r.selections) {
    ASSERT_EQ(s.team.size(), 2u);
    EXPECT_NE(s.team[0], s.team[1]);
    for (const auto& id : s.team) ++load[id];
  }
  ASSERT_EQ(load.size(), 10u);
  for (const auto& [id, n] : load) EXPECT_EQ(n, 4) << id;
}

// Rivest's consistent sampling: one entity more or less changes each class's sample by at most
// one entity in and one out, and what leaves is the removed entity.
TEST(InspectionSampling, AddingOrRemovingOneEntityChangesTheSampleMinimally) {
  auto plan = make_plan();
  plan.quotas = {{"A", 1000, std::nullopt}};
  const auto inspectors = make_inspectors(6);
  const auto base = make_entities(200, "A");
  int changed_by_removal = 0;
  for (int s = 0; s < 40; ++s) {
    const std::string seed = "consistent-" + std::to_string(s);
    const auto before = selected_codes(draw(plan, base, inspectors, seed));
    ASSERT_EQ(before.size(), 20u);

    auto added = base;
    added.push_back({code(5000 + s), "新", "", "", "A", {}});
    const auto after_add = selected_codes(draw(plan, added, inspectors, seed));
    ASSERT_EQ(after_add.size(), 21u);  // ceil(201 × 10 %)
    EXPECT_TRUE(std::includes(after_add.begin(), after_add.end(), before.begin(), before.end()));

    auto removed = base;
    const auto gone = removed[static_cast<std::size_t>(s * 5)].credit_code;
    removed.erase(removed.begin() + s * 5);
    const auto after_remove = selected_codes(draw(plan, removed, inspectors, seed));
    ASSERT_EQ(after_remove.size(), 20u);  // ceil(199 × 10 %)
    std::vector<std::string> lost, gained;
    std::set_difference(before.begin(), before.end(), after_remove.begin(), after_remove.end(),
                        std::back_inserter(lost));
    std::set_difference(after_remove.begin(), after_remove.end(), before.begin(), before.end(),
                        std::back_inserter(gained));
    if (before.count(gone)) {
      EXPECT_EQ(lost, std::vector<std::string>{gone});
      EXPECT_EQ(gained.size(), 1u);
      ++changed_by_removal;
    } else {
      EXPECT_TRUE(lost.empty());
      EXPECT_TRUE(gained.empty());
    }
  }
  EXPECT_GT(changed_by_removal, 0);  // both branches were exercised
}

// Each of 50 entities should be drawn 5 / 50 of the time. Over 2000 fixed seeds the counts are
// compared with the expected 200 by Pearson's chi-square: with 49 degrees of freedom the 99.9 %
// quantile is 85.35. A sampler that favours part of the directory fails by far.
TEST(InspectionSampling, SelectionFrequencyIsUniformOverFixedSeeds) {
  auto plan = make_plan();
  plan.quotas = {{"A", 1000, std::nullopt}};
  const auto entities = make_entities(50, "A");
  const auto inspectors = make_inspectors(4);
  constexpr int kSeeds = 2000;
  std::map<std::string, int> hits;
  std::map<std::string, int> first_five;  // a biased "sampler": always the same five
  for (int s = 0; s < kSeeds; ++s) {
    for (const auto& c :
         selected_codes(draw(plan, entities, inspectors, "u" + std::to_string(s)))) {
      ++hits[c];
    }
    for (int i = 0; i < 5; ++i) ++first_five[entities[static_cast<std::size_t>(i)].credit_code];
  }
  auto chi2 = [&](std::map<std::string, int>& counts) {
    const double expected = kSeeds * 5.0 / 50.0;
    double x = 0;
    for (const auto& e : entities) {
      const double d = counts[e.credit_code] - expected;
      x += d * d / expected;
    }
    return x;
  };
  const double x = chi2(hits);
  EXPECT_LT(x, 85.35);
  EXPECT_GT(chi2(first_five), 85.35);
  int total = 0;
  for (const auto& [c, n] : hits) total += n;
  EXPECT_EQ(total, kSeeds * 5);
}

TEST(InspectionDraw, SeedMustMatchThePublishedCommitment) {
  auto plan = make_plan();
  plan.seed_commitment = seed_commitment("the published seed");
  EXPECT_THROW(draw(plan, mixed_entities(), make_inspectors(4), "another seed"), IntegrityError);
  const auto r = draw(plan, mixed_entities(), make_inspectors(4), "the published seed");
  EXPECT_EQ(r.seed_commitment, *plan.seed_commitment);
  // sha256("abc"), FIPS 180-4 example.
  EXPECT_EQ(seed_commitment("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // A record whose seed and commitment were both replaced still fails against the plan.
  auto t = r;
  t.seed = "another seed";
  t.seed_commitment = seed_commitment(t.seed);
  const auto res = replay(t, plan, mixed_entities(), make_inspectors(4));
  EXPECT_FALSE(res.match);
  EXPECT_NE(res.difference.find("published commitment"), std::string::npos) << res.difference;
}

TEST(InspectionDraw, RedrawIsANewRecordNamingTheOneItReplaces) {
  const auto plan = make_plan();
  const auto entities = mixed_entities();
  const auto inspectors = make_inspectors(8);
  const auto first = draw(plan, entities, inspectors, "s1");
  auto fewer = inspectors;
  fewer.erase(fewer.begin());  // an inspector left the directory
  const auto second = redraw(first, "检查人员调离", plan, entities, fewer, "s2");
  EXPECT_EQ(second.replaces, first.hash);
  EXPECT_EQ(second.reason, "检查人员调离");
  EXPECT_NE(second.hash, first.hash);
  EXPECT_TRUE(replay(second, plan, entities, fewer).match);
  EXPECT_THROW(redraw(first, "", plan, entities, fewer, "s2"), ValidationError);
  auto tampered = first;
  tampered.selections[0].team[0] = "I999";
  EXPECT_THROW(redraw(tampered, "x", plan, entities, fewer, "s2"), IntegrityError);
}

TEST(InspectionDirectories, HashIsIndependentOfOrderAndFollowsContent) {
  auto entities = mixed_entities();
  const auto h = entities_hash(entities);
  std::reverse(entities.begin(), entities.end());
  EXPECT_EQ(entities_hash(entities), h);
  entities[3].district = "西岗区";
  EXPECT_NE(entities_hash(entities), h);
  auto inspectors = make_inspectors(5);
  const auto hi = inspectors_hash(inspectors);
  std::reverse(inspectors.begin(), inspectors.end());
  EXPECT_EQ(inspectors_hash(inspectors), hi);
  inspectors[0].conflicts.push_back({code(1), "曾任职"});
  EXPECT_NE(inspectors_hash(inspectors), hi);
}

// The streamed snapshot hash is SHA-256 of the canonical JSON document, escapes included.
TEST(InspectionDirectories, HashIsSha256OfTheCanonicalJson) {
  auto entities = make_entities(3, "A");
  entities[1].name = "a\"b\\c\nd\x01e\x1f\tf 大连\x7f";
  entities[2].history = {{D("2025-01-01"), "y\x1f"}, {D("2025-02-01"), "x"}};
  const auto doc = nlohmann::json::parse(entities_to_json(entities));
  EXPECT_EQ(entities_hash(entities), to_hex(sha256(doc.dump())));
  std::reverse(entities[2].history.begin(), entities[2].history.end());
  EXPECT_EQ(entities_hash(entities), to_hex(sha256(doc.dump())));
  auto inspectors = make_inspectors(2);
  inspectors[0].conflicts.push_back({code(1), "亲属\"任职\""});
  EXPECT_EQ(inspectors_hash(inspectors),
            to_hex(sha256(nlohmann::json::parse(inspectors_to_json(inspectors)).dump())));
}

TEST(InspectionDirectories, JsonRoundTripAndErrors) {
  auto entities = mixed_entities();
  entities[0].history.push_back({D("2024-05-06"), "价格监督检查"});
  EXPECT_EQ(entities_from_json(entities_to_json(entities)), entities);
  auto inspectors = make_inspectors(3);
  inspectors[1].conflicts.push_back({code(2), "配偶任职"});
  inspectors[2].specialities = {"价格"};
  EXPECT_EQ(inspectors_from_json(inspectors_to_json(inspectors)), inspectors);
  const auto plan = make_plan();
  EXPECT_EQ(InspectionPlan::from_json(plan.to_json()), plan);

  auto dup = entities;
  dup.push_back(dup[0]);
  EXPECT_NE(error_of([&] {
              entities_from_json(entities_to_json(dup), "o.json");
            }).find("duplicate credit code"),
            std::string::npos);
  EXPECT_THROW(entities_from_json(R"({"format":"zhifa-inspectors","version":1})"), DataFileError);
  auto bad = plan;
  bad.items[0].basis.clear();
  EXPECT_NE(error_of([&] {
              InspectionPlan::from_json(bad.to_json(), "p.json");
            }).find("没有规定的，一律不得擅自开展检查"),
            std::string::npos);
  bad = plan;
  bad.quotas[0].ratio_bp = 10001;
  EXPECT_THROW(bad.validate(), ValidationError);
  bad = plan;
  bad.seed_commitment = "xyz";
  EXPECT_THROW(bad.validate(), ValidationError);
}

TEST(InspectionResults, PublicationDueIn20WorkingDaysOverNationalDay) {
  // 2025: 10-01..10-08 off, 09-28 (Sunday) and 10-11 (Saturday) working days
  // (国办发明电〔2024〕12号).
  const auto cal = WorkCalendar::china();
  std::vector<InspectionResult> rs{
      {"P", code(1), D("2025-09-26"), "未发现问题", FollowUp::kNone, "", std::nullopt},
      {"P", code(2), D("2025-09-26"), "未按规定公示", FollowUp::kOrderToCorrect, "",
       D("2025-10-30")},
      {"P", code(3), D("2025-09-26"), "违法招标", FollowUp::kCaseFiled, "大发改罚〔2025〕3号",
       D("2025-10-31")}};
  auto due = results_due(rs, D("2025-10-30"), cal);
  ASSERT_EQ(due.size(), 3u);
  EXPECT_EQ(due[0].due, D("2025-10-30"));
  EXPECT_EQ(due[0].state, PublicationState::kPending);
  EXPECT_EQ(due[1].state, PublicationState::kPublished);
  EXPECT_EQ(due[2].state, PublicationState::kPending);  // published after as_of
  due = results_due(rs, D("2025-10-31"), cal);
  EXPECT_EQ(due[0].state, PublicationState::kOverdue);
  EXPECT_EQ(due[2].state, PublicationState::kPublishedLate);
  // Configurable period.
  EXPECT_EQ(results_due(rs, D("2025-10-31"), cal, 5)[0].due, D("2025-10-10"));
  // Beyond the calendar: fail closed.
  rs[0].completed_on = D("2026-12-20");
  EXPECT_THROW(results_due(rs, D("2026-12-21"), cal), CalendarCoverageError);
}

// The in-code default and the period table's data (data/periods/national.json) agree.
TEST(InspectionResults, DefaultPeriodIsThePeriodTables) {
  const auto& p = PeriodTable::builtin().get("inspection_results_disclosure");
  EXPECT_EQ(p.unit, PeriodUnit::kWorkingDays);
  EXPECT_EQ(InspectionPlan{}.results_working_days, p.length);
  EXPECT_EQ(InspectionResults{}.publication_working_days, p.length);
}

TEST(InspectionResults, CaseFiledNeedsACaseNumber) {
  const auto cal = WorkCalendar::china();
  std::vector<InspectionResult> rs{
      {"P", code(1), D("2025-03-03"), "违法", FollowUp::kCaseFiled, "", std::nullopt}};
  EXPECT_THROW(results_due(rs, D("2025-03-04"), cal), ValidationError);
  rs[0].follow_up = FollowUp::kNone;
  rs[0].case_number = "大发改罚〔2025〕1号";
  EXPECT_THROW(results_due(rs, D("2025-03-04"), cal), ValidationError);
  EXPECT_THROW(results_due({}, D("2025-03-04"), cal, 0), ValidationError);
}

TEST(InspectionResults, JsonCsvExports) {
  InspectionResults in;
  in.publication_working_days = 15;
  in.results.push_back({"P", code(1), D("2025-03-03"), "有问题, 已整改", FollowUp::kOrderToCorrect,
                        "", D("2025-03-10")});
  const auto back = InspectionResults::from_json(in.to_json());
  EXPECT_EQ(back.publication_working_days, 15);
  EXPECT_EQ(back.results, in.results);
  const auto csv = results_to_csv(in.results);
  EXPECT_EQ(csv.substr(0, csv.find("\r\n")),
            "plan_id,credit_code,completed_on,finding,follow_up,case_number,published_on");
  EXPECT_NE(csv.find("\"有问题, 已整改\""), std::string::npos);
  EXPECT_THROW(InspectionResults::from_json(
                   R"({"format":"zhifa-inspection-results","version":1,"results":[
                   {"credit_code":"X","completed_on":"2025-01-02","follow_up":"fined"}]})"),
               DataFileError);

  const auto plan = make_plan();
  const auto entities = mixed_entities();
  const auto r = draw(plan, entities, make_inspectors(8), "s");
  const auto ts = tasks(r, plan, entities);
  EXPECT_EQ(ts.size(), r.selections.size());
  EXPECT_EQ(ts[0].items, std::vector<std::string>{"招标投标活动监督检查"});
  EXPECT_EQ(nlohmann::json::parse(tasks_to_json(ts)).size(), ts.size());
  const auto tcsv = tasks_to_csv(ts);
  EXPECT_EQ(std::count(tcsv.begin(), tcsv.end(), '\n'), static_cast<long>(ts.size() + 1));
  const auto pcsv = plan_to_csv(plan);
  EXPECT_EQ(std::count(pcsv.begin(), pcsv.end(), '\n'), 5);
  auto other = plan;
  other.id = "OTHER";
  EXPECT_THROW(tasks(r, other, entities), ValidationError);
}

// Golden vectors computed by an independent implementation of docs/inspection.md
// (tests/data/inspection/generate.py).
TEST(InspectionGolden, VectorsReproduce) {
  const std::string dir = std::string(ZHIFA_SOURCE_DIR) + "/tests/data/inspection";
  int n = 0;
  for (const auto& f : std::filesystem::directory_iterator(dir)) {
    if (f.path().extension() != ".json") continue;
    const auto doc = nlohmann::json::parse(
        test::read_source("tests/data/inspection/" + f.path().filename().string()));
    SCOPED_TRACE(f.path().filename().string());
    const auto plan = InspectionPlan::from_json(doc.at("plan").dump());
    const auto entities = entities_from_json(doc.at("entities").dump());
    const auto inspectors = inspectors_from_json(doc.at("inspectors").dump());
    const std::string seed = doc.at("seed");
    for (const auto& t : doc.at("tickets")) {
      EXPECT_EQ(draw_ticket(seed, t.at("label").get<std::string>(), t.at("key").get<std::string>()),
                std::stoull(t.at("ticket").get<std::string>(), nullptr, 16));
    }
    EXPECT_EQ(plan.hash(), doc.at("plan_hash"));
    EXPECT_EQ(entities_hash(entities), doc.at("entities_hash"));
    EXPECT_EQ(inspectors_hash(inspectors), doc.at("inspectors_hash"));
    const auto expected = DrawRecord::from_json(doc.at("record").dump());
    const auto r = draw(plan, entities, inspectors, seed);
    EXPECT_EQ(r, expected);
    EXPECT_EQ(r.hash, expected.compute_hash());
    EXPECT_TRUE(replay(expected, plan, entities, inspectors).match);
    ++n;
  }
  EXPECT_GE(n, 2);
}

}  // namespace
}  // namespace zhifa

// The published random-inspection list (随机抽查事项清单, 国办发〔2015〕58号): an item carries its
// basis, body, content and method, and its ratio and frequency when published; an item without a
// legal basis is refused ("法律法规规章没有规定的，一律不得擅自开展检查"), naming the JSON path.
TEST(InspectionItems, GuoBanFa2015_58_AnItemNeedsItsLegalBasis) {
  const auto items = zhifa::inspection_items_from_json(R"({
    "format": "zhifa-inspection-items", "version": 1,
    "items": [{"item": "招标投标活动监督检查", "basis": "招标投标法 Art. 7",
               "body": "大连市发展和改革委员会", "content": "依法必须招标的项目是否招标",
               "method": "双随机", "ratio": "不低于5%", "frequency": "每年1次"},
              {"item": "价格监督检查", "basis": "价格法 Art. 33", "body": "大连市发展和改革委员会",
               "content": "明码标价", "method": "双随机"}]})",
                                                       "items.json");
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].ratio, "不低于5%");
  EXPECT_EQ(items[0].frequency, "每年1次");
  EXPECT_EQ(items[1].ratio, "");  // not published with the item
  const std::string error = zhifa::test::error_of([] {
    zhifa::inspection_items_from_json(R"({"format": "zhifa-inspection-items", "version": 1,
      "items": [{"item": "擅自检查", "basis": "", "body": "某局", "content": "x", "method": "y"}]})",
                                      "items.json");
  });
  EXPECT_NE(error.find("items.json"), std::string::npos) << error;
  EXPECT_NE(error.find("$.items[0].basis"), std::string::npos) << error;
  EXPECT_NE(error.find("国办发〔2015〕58号"), std::string::npos) << error;
}

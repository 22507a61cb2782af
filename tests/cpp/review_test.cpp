// Legality review of major decisions (法制审核, 行政处罚法 Art. 58): the criteria catalog, the
// review record and its gate, reviewer separation, and the registry of normative documents.
#include "zhifa/review.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "case_fixture.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/procedure.hpp"

using namespace zhifa;
using namespace zhifa::test;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

namespace {

std::vector<std::string> ids(const std::vector<ReviewGround>& gs) {
  std::vector<std::string> out;
  for (const auto& g : gs) out.push_back(g.criterion_id);
  return out;
}

Party person() { return Party::natural_person("P2", "王小明", ResidentId("11010519491231002X")); }

class ReviewTest : public ::testing::Test {
 protected:
  Procedure proc{sample_agency(), JurisdictionRules::example()};

  Case notified(std::vector<Penalty> proposed) {
    Case c = sample_lead();
    proc.file(c, "O1", D("2026-03-03"));
    proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
    proc.add_evidence(c, verified_evidence("2026-03-05"));
    proc.notify(c, "O1", D("2026-03-10"), std::move(proposed));
    return c;
  }

  static LegalReview review(const char* on, ReviewVerdict v, std::string opinion = "") {
    LegalReview r;
    r.reviewer_id = "R1";
    r.reviewed_on = D(on);
    r.submitted_on = D("2026-03-11");
    r.verdict = v;
    r.opinion = std::move(opinion);
    return r;
  }
};

}  // namespace

// ---- the criteria -----------------------------------------------------------------------------

TEST(ReviewCriteria, StatutorySituationsOfArt58) {
  const auto criteria = ReviewCriteria::statutory();
  Case c = sample_lead();
  EXPECT_TRUE(criteria.match(c, {fine("1,000,000")}, Mitigation::kNone).empty());
  c.flags.major_public_interest = true;    // (1)
  c.flags.complex_legal_relations = true;  // (3)
  c.flags.review_required_by_law = true;   // (4)
  EXPECT_THAT(ids(criteria.match(c, {}, Mitigation::kNone)),
              ElementsAre("art58-1", "art58-3", "art58-4"));
}

TEST(ReviewCriteria, MajorRightsNeedAHearingToo_Art58_2) {
  // Art. 58 (2): "直接关系当事人或者第三人重大权益，经过听证程序的": both conditions.
  const auto criteria = ReviewCriteria::statutory();
  Case c = sample_lead();
  c.flags.major_rights = true;
  EXPECT_TRUE(criteria.match(c, {}, Mitigation::kNone).empty());
  c.hearing = Hearing{};
  c.hearing->requested_on = D("2026-03-12");
  EXPECT_TRUE(criteria.match(c, {}, Mitigation::kNone).empty());  // requested, not held
  c.hearing->held_on = D("2026-03-25");
  auto g = criteria.match(c, {}, Mitigation::kNone);
  ASSERT_THAT(ids(g), ElementsAre("art58-2"));
  EXPECT_EQ(g[0].basis, "行政处罚法 Art. 58 (2)");
  EXPECT_THAT(g[0].reason, HasSubstr("2026-03-25"));
}

TEST(ReviewCriteria, LocalFineThresholdsDependOnTheParty) {
  // The example list: 50,000 yuan for an organisation, 20,000 for a natural person, inclusive.
  const auto criteria = ReviewCriteria::example();
  Case org = sample_lead();
  EXPECT_TRUE(criteria.match(org, {fine("49,999.99")}, Mitigation::kNone).empty());
  EXPECT_THAT(ids(criteria.match(org, {fine("50,000")}, Mitigation::kNone)), ElementsAre("fine"));
  Case p = sample_lead();
  p.parties = {person()};
  EXPECT_TRUE(criteria.match(p, {fine("19,999.99")}, Mitigation::kNone).empty());
  auto g = criteria.match(p, {fine("20,000")}, Mitigation::kNone);
  ASSERT_THAT(ids(g), ElementsAre("fine"));
  EXPECT_THAT(g[0].reason, HasSubstr("a natural person"));
  // Fines add up across penalties.
  EXPECT_THAT(ids(criteria.match(p, {fine("10,000"), fine("10,000")}, Mitigation::kNone)),
              ElementsAre("fine"));
}

TEST(ReviewCriteria, LicenseRevocationMitigationAndConfiscation) {
  const auto criteria = ReviewCriteria::example();
  Case c = sample_lead();
  Penalty revoke{PenaltyKind::kRevokeLicense, std::nullopt, ""};
  EXPECT_THAT(ids(criteria.match(c, {revoke}, Mitigation::kNone)), ElementsAre("license"));
  EXPECT_THAT(ids(criteria.match(c, {fine("100")}, Mitigation::kMitigated)),
              ElementsAre("mitigated"));
  EXPECT_TRUE(criteria.match(c, {fine("100")}, Mitigation::kLighter).empty());
  Penalty gains{PenaltyKind::kConfiscateIllegalGains, Money::parse("50,000"), ""};
  EXPECT_THAT(ids(criteria.match(c, {gains}, Mitigation::kNone)), ElementsAre("confiscation"));
}

TEST(ReviewCriteria, JsonRoundTripAndShippedFileAgree) {
  const auto builtin = ReviewCriteria::example();
  const auto file = ReviewCriteria::from_json(read_source("data/review/criteria.json"));
  EXPECT_EQ(file.to_json(), builtin.to_json());
  const auto again = ReviewCriteria::from_json(builtin.to_json());
  EXPECT_EQ(again.to_json(), builtin.to_json());
  EXPECT_EQ(builtin.items().size(), 10u);
  EXPECT_TRUE(builtin.has_item("discretion"));
}

TEST(ReviewCriteria, BadFilesNameThePathAndReason) {
  auto load = [](const std::string& criteria) {
    return error_of([&] {
      ReviewCriteria::from_json(
          R"({"format":"zhifa-review-criteria","version":1,"name":"x","items":[],"criteria":[)" +
              criteria + "]}",
          "mine.json");
    });
  };
  EXPECT_THAT(load(R"({"id":"a","basis":"b","all":[{"flag":"big"}]})"),
              HasSubstr("mine.json: $.criteria[0].all[0].flag: unknown flag 'big'"));
  EXPECT_THAT(load(R"({"id":"a","basis":"b","all":[{"fine_at_least":{"person":"lots"}}]})"),
              HasSubstr("$.criteria[0].all[0].fine_at_least.person"));
  EXPECT_THAT(load(R"({"id":"a","basis":"b","all":[]})"), HasSubstr("at least one condition"));
  EXPECT_THAT(load(R"({"id":"a","basis":"b","all":[{"flag":"major_rights","mitigation":"none"}]})"),
              HasSubstr("exactly one of"));
  EXPECT_THAT(load(R"({"id":"a","basis":"b","all":[{"penalty_kinds":["jail"]}]})"),
              HasSubstr("unknown penalty kind 'jail'"));
  EXPECT_THAT(load(R"({"id":"a","basis":"b","all":[{"flag":"major_rights"}]},)"
                   R"({"id":"a","basis":"b","all":[{"flag":"major_rights"}]})"),
              HasSubstr("criterion 'a' appears twice"));
}

// ---- the review record and the gate ---------------------------------------------------------

TEST_F(ReviewTest, RequirementNamesTheMatchedCriteria_Art58) {
  Case c = notified({fine("60,000")});
  auto g = proc.review_requirement(c, {fine("60,000")}, Mitigation::kNone);
  ASSERT_THAT(ids(g), ElementsAre("fine"));
  EXPECT_TRUE(proc.review_requirement(c, {fine("6,000")}, Mitigation::kNone).empty());
}

TEST_F(ReviewTest, NoDecisionWithoutAPassedReview_Art58) {
  Case c = notified({fine("60,000")});
  const auto refused = [&](Case& x) {
    return error_of([&] {
      proc.decide(x, {"O1", "O2"}, penalty_decision("2026-03-20", {fine("60,000")}));
    });
  };
  EXPECT_THAT(refused(c), HasSubstr("Art. 58: no legal review"));
  proc.legal_review(c, review("2026-03-12", ReviewVerdict::kReject, "证据不足"));
  EXPECT_THAT(refused(c), HasSubstr("Art. 58: the legal review did not pass"));
  EXPECT_EQ(c.status, CaseStatus::kLegalReview);
  // Approval after changes passes the gate.
  LegalReview r = review("2026-03-13", ReviewVerdict::kApproveWithChanges, "补充送达地址确认书");
  r.findings = {{"documents", false, "缺送达地址确认书"}, {"procedure", true, ""}};
  proc.legal_review(c, r);
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-20", {fine("60,000")}));
  EXPECT_EQ(c.status, CaseStatus::kDecided);
  ASSERT_EQ(c.reviews.size(), 2u);
  EXPECT_TRUE(c.reviews[1].passed());
  // The grounds that required the review are kept with it.
  ASSERT_EQ(c.reviews[1].grounds.size(), 1u);
  EXPECT_THAT(c.reviews[1].grounds[0], HasSubstr("较大数额罚款"));
}

TEST_F(ReviewTest, InvestigatorMayNotReviewHisOwnCase_Art58) {
  Agency a = sample_agency();
  for (auto& o : a.officers) {
    if (o.id == "O2") o.legal_professional_qualification = true;
  }
  Procedure p(a, JurisdictionRules::example());
  Case c = notified({fine("60,000")});
  LegalReview r = review("2026-03-12", ReviewVerdict::kApprove);
  r.reviewer_id = "O2";  // investigated the case (investigators O1, O2)
  const Case before = c;
  EXPECT_THAT(error_of([&] { p.legal_review(c, r); }), HasSubstr("Art. 58 ¶1"));
  EXPECT_EQ(c, before);
  r.reviewer_id = "R1";  // the legal-affairs reviewer
  p.legal_review(c, r);
  EXPECT_EQ(c.reviews.size(), 1u);
}

TEST_F(ReviewTest, FirstTimeReviewerNeedsTheQualification_Art58_2) {
  Case c = notified({fine("60,000")});
  LegalReview r = review("2026-03-12", ReviewVerdict::kApprove);
  r.reviewer_id = "R2";
  EXPECT_THAT(error_of([&] { proc.legal_review(c, r); }), HasSubstr("Art. 58 ¶2"));
}

TEST_F(ReviewTest, FindingsMustFitTheVerdictAndTheChecklist) {
  Case c = notified({fine("60,000")});
  const Case before = c;
  LegalReview r = review("2026-03-12", ReviewVerdict::kApprove);
  r.findings = {{"evidence", false, "证据不足"}};
  EXPECT_THAT(error_of([&] { proc.legal_review(c, r); }),
              HasSubstr("item 'evidence' is not satisfied"));
  r.findings = {{"astrology", true, ""}};
  EXPECT_THAT(error_of([&] { proc.legal_review(c, r); }),
              HasSubstr("names item 'astrology', which is not on the checklist"));
  r.findings = {{"facts", true, ""}, {"facts", true, ""}};
  EXPECT_THAT(error_of([&] { proc.legal_review(c, r); }), HasSubstr("two findings"));
  r.findings.clear();
  r.verdict = ReviewVerdict::kReject;
  EXPECT_THAT(error_of([&] { proc.legal_review(c, r); }), HasSubstr("states its reasons"));
  r = review("2026-03-12", ReviewVerdict::kApprove);
  r.submitted_on = D("2026-03-13");
  EXPECT_THAT(error_of([&] { proc.legal_review(c, r); }), HasSubstr("before its submission"));
  EXPECT_EQ(c, before);
}

TEST_F(ReviewTest, ReviewRecordSurvivesJsonAndOldFormat) {
  Case c = notified({fine("60,000")});
  LegalReview r = review("2026-03-13", ReviewVerdict::kApproveWithChanges, "补正文书");
  r.findings = {{"documents", false, "缺页码"}};
  proc.legal_review(c, r);
  EXPECT_EQ(case_from_json(to_json(c)), c);
  // Version 1 of the case format had "passed" instead of the verdict.
  std::string v1 = to_json(c);
  auto at = v1.find("\"version\":2");
  ASSERT_NE(at, std::string::npos);
  v1.replace(at, 11, "\"version\":1");
  auto verdict = v1.find("\"verdict\":\"approve_with_changes\"");
  ASSERT_NE(verdict, std::string::npos);
  v1.replace(verdict, 32, "\"passed\":true");
  Case old = case_from_json(v1);
  EXPECT_EQ(old.reviews.at(0).verdict, ReviewVerdict::kApprove);
  EXPECT_TRUE(old.reviews[0].findings.empty());  // version 1 had none
}

// ---- other subjects and normative documents -------------------------------------------------

TEST(NormativeDocument, StatusOnADate) {
  NormativeDocument d{"大发改规〔2024〕2号",
                      "关于规范招标投标活动的若干规定",
                      "大连市发展和改革委员会",
                      D("2024-02-01"),
                      D("2024-03-01"),
                      D("2029-02-28"),
                      std::nullopt,
                      ""};
  EXPECT_EQ(d.problem(), std::nullopt);
  EXPECT_EQ(d.status_on(D("2024-02-29")), NormativeStatus::kNotYetEffective);
  EXPECT_EQ(d.status_on(D("2024-03-01")), NormativeStatus::kValid);
  EXPECT_EQ(d.status_on(D("2029-02-28")), NormativeStatus::kValid);  // 有效期至: inclusive
  EXPECT_EQ(d.status_on(D("2029-03-01")), NormativeStatus::kExpired);
  d.repealed_on = D("2026-01-01");
  EXPECT_EQ(d.status_on(D("2025-12-31")), NormativeStatus::kValid);
  EXPECT_EQ(d.status_on(D("2026-01-01")), NormativeStatus::kRepealed);
  d.effective_on = D("2024-01-01");
  EXPECT_THAT(d.problem().value_or(""), HasSubstr("before its issue on 2024-02-01"));
}

TEST(SubjectReview, Problems) {
  SubjectReview r{"HT-2025-014",   ReviewSubject::kContract, "政府采购合同",          "R1",
                  D("2025-05-06"), D("2025-05-08"),          ReviewVerdict::kApprove, ""};
  EXPECT_EQ(r.problem(), std::nullopt);
  r.reviewed_on = D("2025-05-01");
  EXPECT_THAT(r.problem().value_or(""), HasSubstr("before its submission"));
  EXPECT_EQ(review_subject_from_string("normative_document"), ReviewSubject::kNormativeDocument);
  EXPECT_THROW(review_subject_from_string("poem"), ValidationError);
}

TEST(ReviewStore, RegistryAndSubjectReviewsPersist) {
  CaseStore store(":memory:");
  NormativeDocument d{"大发改规〔2024〕2号",
                      "关于规范招标投标活动的若干规定",
                      "大连市发展和改革委员会",
                      D("2024-02-01"),
                      D("2024-03-01"),
                      std::nullopt,
                      std::nullopt,
                      ""};
  store.put_normative_document(d);
  d.repealed_on = D("2026-01-01");
  d.repealed_by = "大发改规〔2025〕9号";
  store.put_normative_document(d);  // replaces by number
  ASSERT_EQ(store.normative_documents().size(), 1u);
  EXPECT_EQ(store.normative_documents()[0], d);
  NormativeDocument bad = d;
  bad.number.clear();
  EXPECT_THROW(store.put_normative_document(bad), ValidationError);

  SubjectReview r{"HT-2025-014",   ReviewSubject::kContract, "政府采购合同",          "R1",
                  D("2025-05-06"), D("2025-05-08"),          ReviewVerdict::kApprove, ""};
  store.add_subject_review(r);
  EXPECT_THAT(error_of([&] { store.add_subject_review(r); }), HasSubstr("already stored"));
  SubjectReview g = r;
  g.id = "GF-2026-001";
  g.subject = ReviewSubject::kNormativeDocument;
  g.submitted_on = D("2026-01-05");
  g.reviewed_on = D("2026-01-09");
  store.add_subject_review(g);
  EXPECT_EQ(store.subject_reviews().size(), 2u);
  ASSERT_EQ(store.subject_reviews(2025).size(), 1u);
  EXPECT_EQ(store.subject_reviews(2025)[0], r);
  EXPECT_EQ(store.subject_reviews(2026)[0], g);
}

TEST_F(ReviewTest, ReviewPublicationAndChangeRoundTripThroughTheStore) {
  CaseStore store(":memory:");
  store.register_agency(sample_agency());
  Case c = notified({fine("60,000")});
  LegalReview r = review("2026-03-13", ReviewVerdict::kApproveWithChanges, "补正文书");
  r.findings = {{"documents", false, "缺页码"}, {"facts", true, ""}};
  proc.legal_review(c, r);
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-20", {fine("60,000")}));
  c.publication = Publication{D("2026-03-25"), "https://example.gov.cn/xzcf/1",
                              D("2026-06-02"), "复议撤销",
                              std::nullopt,    ""};
  c.decision_change =
      DecisionChange{D("2026-05-29"), DecisionChangeKind::kRevoked, "大连市人民政府", "事实不清"};
  store.add(c);
  EXPECT_EQ(store.get(c.id), c);
}

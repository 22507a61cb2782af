// The case-file audit: each automatic check with a passing and a failing case file (the failing
// one producing exactly its finding, article and deduction), vetoes, grade bands at their
// boundaries, the standard's format, and the synthetic defects found end to end.
#include "zhifa/audit.hpp"

#include <thread>

#include "zhifa/audit_batch.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>
#include <unistd.h>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "case_fixture.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa {
namespace {

using test::D;

Procedure proc() { return Procedure(test::sample_agency(), JurisdictionRules::example()); }

AuditContext context() { return AuditContext(D("2026-12-31"), {test::sample_agency()}); }

// A complete, lawful file: filed, investigated by two officers, notified, statement waived (and
// the hearing, where the fine gives the right), reviewed where Art. 58 requires it, decided,
// served the next day, paid on time, closed and archived. Fine on 招标投标法 Art. 51 (TB-51,
// 1万-5万元) up to 50,000 yuan, else on 招标投标法 Art. 49 (TB-49, per mille of the contract,
// whose base a case does not record); with `hearing` the party asks for and gets a hearing.
Case clean_case(const char* amount = "30000", bool with_hearing = false,
                const char* item = nullptr) {
  const Procedure p = proc();
  Case c = test::sample_lead();
  c.violations[0].item_code = item                                              ? item
                              : Money::parse(amount) <= Money::from_yuan(50000) ? "TB-51"
                                                                                : "TB-49";
  p.file(c, "O1", D("2026-03-03"));
  p.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  p.add_evidence(c, test::verified_evidence("2026-03-05"));
  p.notify(c, "O1", D("2026-03-10"), {test::fine(amount)});
  if (with_hearing) {
    p.request_hearing(c, D("2026-03-12"));
    p.schedule_hearing(c, D("2026-03-13"), D("2026-03-25"), "H1");
    p.hold_hearing(c, D("2026-03-25"), false);
  } else {
    p.waive_statement(c, D("2026-03-11"));
    if (c.notice->hearing_right_notified) p.waive_hearing(c, D("2026-03-11"));
  }
  if (!p.legal_review_grounds(c).empty()) p.legal_review(c, "R1", D("2026-03-26"), true, "同意");
  p.decide(c, {"O1", "O2"}, test::penalty_decision("2026-03-30", {test::fine(amount)}));
  p.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-31"), "张三", false});
  p.record_payment(c, Payment{D("2026-04-10"), Money::parse(amount), false});
  p.close(c, "O1", D("2026-04-15"));
  p.archive(c, "O1", D("2026-04-20"));
  c.publication = Publication{D("2026-04-03"), "https://example.gov.cn/xzcf/7",
                              std::nullopt,    "",
                              std::nullopt,    ""};  // 3 working days after the decision
  c.id = 7;
  c.number = "大发改罚〔2026〕7号";
  return c;
}

AuditResult audit(const Case& c) { return audit_case(c, context(), Standard::builtin()); }

std::vector<Finding> findings_of(const AuditResult& r, const std::string& check) {
  std::vector<Finding> out;
  for (const auto& f : r.findings) {
    if (f.check_id == check) out.push_back(f);
  }
  return out;
}

const ItemResult& item_of(const AuditResult& r, const std::string& id) {
  for (const auto& i : r.items) {
    if (i.item_id == id) return i;
  }
  throw NotFoundError(id);
}

// The only finding of the result: its check, code, article and deduction.
void expect_only(const AuditResult& r, const std::string& check, const std::string& code,
                 const std::string& article, double deduction) {
  ASSERT_EQ(r.findings.size(), 1u) << to_json(r);
  const Finding& f = r.findings.front();
  EXPECT_EQ(f.check_id, check);
  EXPECT_EQ(f.code, code);
  EXPECT_EQ(f.article, article);
  EXPECT_DOUBLE_EQ(f.deduction, deduction);
  EXPECT_NE(f.message.find(article.substr(article.find(' ') + 1, 7)), std::string::npos)
      << "the message names the article: " << f.message;
  EXPECT_DOUBLE_EQ(r.total, 100 - deduction);
}

// ---- a clean file ---------------------------------------------------------------------------

TEST(Audit, CleanFileScoresFullMarksAndNamesItsUncheckedItems) {
  const AuditResult r = audit(clean_case());
  EXPECT_TRUE(r.findings.empty()) << to_json(r);
  EXPECT_FALSE(r.vetoed);
  EXPECT_DOUBLE_EQ(r.form_score, 20);
  EXPECT_DOUBLE_EQ(r.content_score, 80);
  EXPECT_DOUBLE_EQ(r.total, 100);
  EXPECT_EQ(r.grade, "优秀");
  EXPECT_EQ(r.number, "大发改罚〔2026〕7号");
  EXPECT_EQ(r.status, "archived");
  EXPECT_EQ(r.officers, (std::vector<std::string>{"O1", "O2"}));
  // Reviewer items and items whose data the case does not hold are reported as such.
  EXPECT_EQ(item_of(r, "F3").status, CheckStatus::kNotCheckable);
  EXPECT_EQ(item_of(r, "V6").status, CheckStatus::kNotCheckable);
  EXPECT_EQ(item_of(r, "C11").status, CheckStatus::kPassed);
  EXPECT_EQ(item_of(r, "C12").status, CheckStatus::kPassed);  // the procedure's own record
  EXPECT_EQ(item_of(r, "C2").status, CheckStatus::kPassed);
  EXPECT_EQ(item_of(r, "C5").status, CheckStatus::kNotApplicable);
}

TEST(Audit, CleanHearingFileScoresFullMarks_Art63to65) {
  const AuditResult r = audit(clean_case("200000", true));
  EXPECT_TRUE(r.findings.empty()) << to_json(r);
  EXPECT_EQ(item_of(r, "C3").status, CheckStatus::kPassed);
  EXPECT_EQ(item_of(r, "C4").status, CheckStatus::kPassed);
}

// ---- veto items -----------------------------------------------------------------------------

TEST(AuditVeto, BodyWithoutThePowerItemFailsTheFile_Art38) {
  Case c = clean_case();
  c.power_code = "DRC-XK-001";  // a licensing power
  const AuditResult r = audit(c);
  const auto f = findings_of(r, "power_item");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "not_a_penalty_power");
  EXPECT_EQ(f[0].article, "行政处罚法 Art. 38 ¶1");
  EXPECT_TRUE(f[0].veto);
  EXPECT_TRUE(r.vetoed);
  EXPECT_DOUBLE_EQ(r.total, 0);
  EXPECT_EQ(r.grade, "不合格");
  c.power_code = "DRC-CF-999";
  EXPECT_EQ(findings_of(audit(c), "power_item").at(0).code, "no_power_item");
}

TEST(AuditVeto, OfficerOfAnotherAgencyFailsTheFile_Art42) {
  Case c = clean_case();
  c.investigators = {"O1", "O4"};
  const AuditResult r = audit(c);
  ASSERT_EQ(r.findings.size(), 1u) << to_json(r);
  EXPECT_EQ(r.findings[0].code, "officer_not_certified");
  EXPECT_EQ(r.findings[0].article, "行政处罚法 Art. 42");
  EXPECT_NE(r.findings.at(0).message.find("钱外单位 (O4)"), std::string::npos);
  EXPECT_NE(r.findings.at(0).message.find("another agency (OTHER)"), std::string::npos);
  EXPECT_TRUE(r.vetoed);
  EXPECT_DOUBLE_EQ(r.total, 0);
}

TEST(AuditVeto, ExpiredCertificateFailsTheFile_Art42) {
  Case c = clean_case();
  c.investigators = {"O1", "O3"};  // O3's certificate ended 2025-12-31
  const AuditResult r = audit(c);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_NE(r.findings.at(0).message.find("valid only 2020-01-01..2025-12-31"), std::string::npos);
}

TEST(AuditVeto, SingleInvestigatorFailsTheFile_Art42) {
  Case c = clean_case();
  c.investigators = {"O1"};
  const AuditResult r = audit(c);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "fewer_than_two_officers");
  EXPECT_EQ(r.findings[0].article, "行政处罚法 Art. 42");
  EXPECT_NE(r.findings.at(0).message.find("by 1 enforcement officer"), std::string::npos);
  EXPECT_TRUE(r.vetoed);
  EXPECT_EQ(r.grade, "不合格");
}

TEST(AuditVeto, PenaltyWithoutVerifiedEvidenceFailsTheFile_Art40) {
  Case c = clean_case();
  c.evidence[0].verified = false;
  const AuditResult r = audit(c);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "evidence_insufficient");
  EXPECT_EQ(r.findings[0].article, "行政处罚法 Art. 40, 46");
  EXPECT_TRUE(r.vetoed);
}

TEST(AuditVeto, ActDiscoveredAfterTwoYearsFailsTheFile_Art36) {
  Case c = clean_case();
  c.violations[0].act_date = D("2024-03-01");  // the two years end on 2026-03-01
  c.violations[0].discovered = D("2026-03-02");
  AuditResult r = audit(c);
  const auto f = findings_of(r, "limitation");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "limitation_expired");
  EXPECT_EQ(f[0].article, "行政处罚法 Art. 36");
  EXPECT_NE(f[0].message.find("ended on 2026-03-01"), std::string::npos) << f[0].message;
  EXPECT_TRUE(r.vetoed);
  // Discovered on the period's last day: in time.
  c.violations[0].act_date = D("2024-03-02");
  EXPECT_TRUE(findings_of(audit(c), "limitation").empty());
}

// ---- content items --------------------------------------------------------------------------

TEST(AuditContent, EvidenceCollectedBeforeFilingIsProcedureReversed_Art54) {
  Case c = clean_case();
  c.evidence[0].collected_on = D("2026-03-02");
  expect_only(audit(c), "filing_order", "evidence_before_filing", "行政处罚法 Art. 54, 55", 4);
}

TEST(AuditContent, DecisionWithoutNoticeOfRights_Art44_62) {
  Case c = clean_case();
  c.notice.reset();
  const AuditResult r = audit(c);
  expect_only(r, "notice_before_decision", "notice_missing", "行政处罚法 Art. 44, 62", 15);
  EXPECT_EQ(r.grade, "良好");
}

TEST(AuditContent, FineAboveTheNoticeAfterDefence_Art45) {
  Case c = clean_case();
  c.notice->statement_waived_on.reset();
  c.notice->statement_made_on = D("2026-03-11");
  c.notice->proposed = {test::fine("20000")};
  expect_only(audit(c), "notice_before_decision", "heavier_after_defence", "行政处罚法 Art. 45",
              15);
}

TEST(AuditContent, HearingRightNotStated_Art63) {
  Case c = clean_case("200000");
  c.notice->hearing_right_notified = false;
  c.notice->hearing_waived_on.reset();
  expect_only(audit(c), "hearing", "hearing_right_not_notified", "行政处罚法 Art. 63", 3);
}

TEST(AuditContent, HearingNotifiedLessThanSevenWorkingDaysBefore_Art64_2) {
  Case c = clean_case("200000", true);
  c.hearing->notified_on = D("2026-03-18");  // 7 working days before 03-25 is 03-16
  expect_only(audit(c), "hearing", "hearing_notice_short", "行政处罚法 Art. 64 (2)", 3);
  c.hearing->notified_on = D("2026-03-16");
  EXPECT_TRUE(audit(c).findings.empty());
}

TEST(AuditContent, HearingPresidedByAnInvestigator_Art64_4) {
  Case c = clean_case("200000", true);
  c.hearing->presiding_officer_id = "O2";
  expect_only(audit(c), "hearing", "hearing_presided_by_investigator", "行政处罚法 Art. 64 (4)", 3);
}

TEST(AuditContent, RequestedHearingNotHeld_Art63_65) {
  Case c = clean_case("200000", true);
  c.hearing->held_on.reset();
  expect_only(audit(c), "hearing", "hearing_not_held", "行政处罚法 Art. 63, 65", 3);
}

TEST(AuditContent, DecidedWithinTheFiveWorkingDayRequestPeriod_Art64_1) {
  Case c = clean_case("200000");
  c.notice->hearing_waived_on.reset();
  c.notice->statement_waived_on.reset();
  c.decision->decided_on = D("2026-03-17");   // the period ends 2026-03-17
  c.documents[0].date = c.documents[0].date;  // documents keep their dates
  for (auto& d : c.documents) {
    if (d.type == DocumentType::kDecision) d.date = D("2026-03-17");
  }
  c.reviews[0].reviewed_on = D("2026-03-16");
  const AuditResult r = audit(c);
  const auto f = findings_of(r, "hearing");
  ASSERT_EQ(f.size(), 1u) << to_json(r);
  EXPECT_EQ(f[0].code, "decided_before_hearing_period");
  EXPECT_EQ(f[0].article, "行政处罚法 Art. 64 (1)");
  EXPECT_NE(f[0].message.find("ended on 2026-03-17"), std::string::npos);
}

TEST(AuditContent, MajorDecisionWithoutLegalReview_Art58) {
  Case c = clean_case("200000");
  c.reviews.clear();
  std::erase_if(c.documents,
                [](const Document& d) { return d.type == DocumentType::kLegalReviewOpinion; });
  const AuditResult r = audit(c);
  expect_only(r, "legal_review", "legal_review_missing", "行政处罚法 Art. 58", 15);
  EXPECT_NE(r.findings.at(0).message.find("at least the 50,000.00 yuan threshold"),
            std::string::npos)
      << r.findings[0].message;
}

TEST(AuditContent, LegalReviewNotPassed_Art58) {
  Case c = clean_case("200000");
  c.reviews[0].verdict = ReviewVerdict::kReject;
  expect_only(audit(c), "legal_review", "legal_review_not_passed", "行政处罚法 Art. 58", 15);
}

TEST(AuditContent, FirstTimeReviewerWithoutQualification_Art58_2) {
  Case c = clean_case("200000");
  c.reviews[0].reviewer_id = "R2";
  expect_only(audit(c), "legal_review", "reviewer_unqualified", "行政处罚法 Art. 58 ¶2", 15);
}

TEST(AuditContent, ComplexCaseWithoutCollectiveDiscussion_Art57_2) {
  Case c = clean_case();
  c.flags.complex_or_serious = true;
  expect_only(audit(c), "collective_discussion", "discussion_missing", "行政处罚法 Art. 57 ¶2", 5);
}

TEST(AuditContent, DecisionAfterNinetyDaysFromFiling_Art60) {
  Case c = clean_case();
  c.filed_on = D("2025-12-29");  // 90 days end 2026-03-29 (a Sunday): 2026-03-30 is in time
  EXPECT_TRUE(audit(c).findings.empty()) << to_json(audit(c));
  c.filed_on = D("2025-12-26");  // ends 2026-03-26
  const AuditResult r = audit(c);
  expect_only(r, "decision_period", "decision_overdue", "行政处罚法 Art. 60", 8);
  EXPECT_NE(r.findings.at(0).message.find("ended on 2026-03-26"), std::string::npos)
      << r.findings[0].message;
}

TEST(AuditContent, SuspensionsFromTheLedgerCountForTheDecisionPeriod_Art60) {
  Case c = clean_case();
  c.filed_on = D("2025-12-01");
  EXPECT_EQ(findings_of(audit(c), "decision_period").size(), 1u);
  c.decision_suspensions.push_back(Suspension{D("2026-01-05"), D("2026-02-10"), "鉴定"});
  EXPECT_TRUE(audit(c).findings.empty()) << to_json(audit(c));
}

TEST(AuditContent, DecisionDocumentWithoutPartyAddress_Art59) {
  Case c = clean_case();
  c.parties[0].address.clear();
  expect_only(audit(c), "decision_document", "party_details_missing", "行政处罚法 Art. 59 (1)", 1);
}

TEST(AuditContent, ServiceAfterSevenWorkingDays_Art61) {
  Case c = clean_case();
  // Decided Monday 2026-03-30; 7 working days end 2026-04-09 (Qingming 04-04..06 is a holiday).
  c.served_on = D("2026-04-09");
  EXPECT_TRUE(findings_of(audit(c), "service").empty());
  c.served_on = D("2026-04-10");
  const AuditResult r = audit(c);
  expect_only(r, "service", "service_late", "行政处罚法 Art. 61", 5);
  EXPECT_NE(r.findings.at(0).message.find("ended on 2026-04-09"), std::string::npos)
      << r.findings[0].message;
}

TEST(AuditContent, ElectronicServiceWithoutConsent_Art61_2) {
  Case c = clean_case();
  for (auto& d : c.documents) {
    if (d.service) d.service->method = ServiceMethod::kElectronic;
  }
  expect_only(audit(c), "service", "electronic_service_without_consent", "行政处罚法 Art. 61 ¶2",
              5);
}

TEST(AuditContent, FineAboveTheStatutoryMaximum_Art5) {
  const AuditResult ok = audit(clean_case("50000"));
  EXPECT_TRUE(ok.findings.empty()) << to_json(ok);
  const AuditResult r = audit(clean_case("60000", false, "TB-51"));
  const auto f = findings_of(r, "penalty_discretion");
  ASSERT_EQ(f.size(), 1u) << to_json(r);
  EXPECT_EQ(f[0].code, "fine_above_range");
  EXPECT_EQ(f[0].article, "行政处罚法 Art. 5; 招标投标法 Art. 51");
  EXPECT_NE(f[0].message.find("10,000.00 yuan above the statutory maximum 50,000.00"),
            std::string::npos)
      << f[0].message;
  EXPECT_DOUBLE_EQ(f[0].deduction, 5);
  EXPECT_DOUBLE_EQ(r.total, 95);
}

TEST(AuditContent, FineCollectedByTheDecidingAgency_Art67) {
  Case c = clean_case();
  c.payments[0].collected_on_the_spot = true;
  expect_only(audit(c), "fine_collection", "fine_collected_by_agency", "行政处罚法 Art. 67 ¶2", 3);
}

TEST(AuditContent, LatePaymentWithTheSurchargeIsRecordedWithoutDeduction_Art72) {
  // Served 2026-03-31: due 2026-04-15. Paid 2026-04-20: 5 days of 3% of 30,000 = 4,500.
  Case c = clean_case();
  c.payments[0] = Payment{D("2026-04-20"), Money::parse("34500"), false};
  AuditResult r = audit(c);
  expect_only(r, "payment", "payment_late", "行政处罚法 Art. 67, 72", 0);
  EXPECT_NE(r.findings.at(0).message.find("5 day(s) after it fell due on 2026-04-15"),
            std::string::npos);
  EXPECT_EQ(r.grade, "优秀");
}

TEST(AuditContent, LatePaymentWithoutTheSurcharge_Art72) {
  Case c = clean_case();
  c.payments[0] = Payment{D("2026-04-20"), Money::parse("30000"), false};
  const AuditResult r = audit(c);
  const auto f = findings_of(r, "payment");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].code, "surcharge_not_collected");
  EXPECT_EQ(f[1].article, "行政处罚法 Art. 72 (1)");
  EXPECT_NE(f[1].message.find("surcharge of 4,500.00 yuan"), std::string::npos) << f[1].message;
  EXPECT_DOUBLE_EQ(f[1].deduction, 3);
  EXPECT_DOUBLE_EQ(r.total, 97);
}

TEST(AuditContent, SurchargeNotCountedDuringReview_Art73) {
  Case c = clean_case();
  c.remedies.push_back(RemedyPeriod{D("2026-04-10"), D("2026-04-30"), "review"});
  // Due 04-15, paused 04-10..04-30, paid 05-02: two days (05-01, 05-02) accrue 3% each.
  c.payments[0] = Payment{D("2026-05-02"), Money::parse("31800"), false};
  const auto f = findings_of(audit(c), "payment");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "payment_late");
  c.payments[0].amount = Money::parse("34500");
  EXPECT_EQ(findings_of(audit(c), "payment").back().code, "surcharge_excessive");
}

// ---- form items -----------------------------------------------------------------------------

TEST(AuditForm, MissingFilingApprovalDocument_Art54) {
  Case c = clean_case();
  std::erase_if(c.documents,
                [](const Document& d) { return d.type == DocumentType::kFilingApproval; });
  const AuditResult r = audit(c);
  expect_only(r, "documents_complete", "document_missing", "行政处罚法 Art. 54", 2);
  EXPECT_DOUBLE_EQ(r.form_score, 18);
}

TEST(AuditForm, DocumentsOutOfOrder) {
  Case c = clean_case();
  std::swap(c.documents[1], c.documents[2]);
  const AuditResult r = audit(c);
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].code, "documents_out_of_order");
  EXPECT_DOUBLE_EQ(r.findings[0].deduction, 1);
  EXPECT_DOUBLE_EQ(r.form_score, 19);
}

// ---- scoring: floors, grade bands, reviewers ------------------------------------------------

TEST(AuditScore, DeductionsStopAtTheItemFloor) {
  Case c = clean_case();
  c.evidence.push_back(test::verified_evidence("2026-03-01"));
  c.evidence.push_back(test::verified_evidence("2026-03-02"));
  c.evidence.push_back(test::verified_evidence("2026-02-02"));
  const AuditResult r = audit(c);
  EXPECT_EQ(findings_of(r, "filing_order").size(), 3u);  // 3 x 4 points, item worth 8
  EXPECT_DOUBLE_EQ(item_of(r, "C1").score, 0);
  EXPECT_DOUBLE_EQ(r.total, 92);
}

TEST(AuditScore, GradeBandsAreInclusiveAtTheirBoundaries) {
  const Standard& s = Standard::builtin();
  EXPECT_EQ(s.grade(100), "优秀");
  EXPECT_EQ(s.grade(90), "优秀");
  EXPECT_EQ(s.grade(89.99), "良好");
  EXPECT_EQ(s.grade(89), "良好");
  EXPECT_EQ(s.grade(80), "良好");
  EXPECT_EQ(s.grade(79), "合格");
  EXPECT_EQ(s.grade(60), "合格");
  EXPECT_EQ(s.grade(59.99), "不合格");
  EXPECT_EQ(s.grade(59), "不合格");
  EXPECT_EQ(s.grade(0), "不合格");
}

TEST(AuditScore, ReviewerFindingsMoveTheTotalAcrossEachBand) {
  const AuditResult clean = audit(clean_case());
  struct Row {
    double deduction;
    const char* grade;
  };
  // Content items only; spread over C2 (15 points), C4 (15) and C9 (5) and C6 (8).
  for (const Row& row : {Row{10, "优秀"}, Row{11, "良好"}, Row{20, "良好"}, Row{21, "合格"},
                         Row{40, "合格"}, Row{41, "不合格"}}) {
    AuditResult r = clean;
    double left = row.deduction;
    for (const char* item : {"C2", "C4", "C6", "C9"}) {
      const double d = std::min(left, Standard::builtin().item(item).points);
      if (d <= 0) break;
      add_reviewer_finding(r, Standard::builtin(),
                           ReviewerFinding{item, "reviewer_note", "评查员甲", "人工评查扣分", d});
      left -= d;
    }
    ASSERT_EQ(left, 0);
    EXPECT_DOUBLE_EQ(r.total, 100 - row.deduction);
    EXPECT_EQ(r.grade, row.grade) << row.deduction;
  }
}

TEST(AuditScore, ReviewerVetoFailsTheFile) {
  AuditResult r = audit(clean_case());
  add_reviewer_finding(r, Standard::builtin(),
                       ReviewerFinding{"V6", "wrong_characterisation", "评查员甲", "定性错误", {}});
  EXPECT_TRUE(r.vetoed);
  EXPECT_DOUBLE_EQ(r.total, 0);
  EXPECT_EQ(r.grade, "不合格");
  EXPECT_EQ(r.findings.back().reviewer, "评查员甲");
  EXPECT_EQ(item_of(r, "V6").status, CheckStatus::kFinding);
  EXPECT_THROW(
      add_reviewer_finding(r, Standard::builtin(), ReviewerFinding{"X9", "", "评查员甲", "", {}}),
      NotFoundError);
}

TEST(AuditScore, ResultJsonRoundTrips) {
  Case c = clean_case();
  c.served_on = D("2026-04-20");
  const AuditResult r = audit(c);
  EXPECT_EQ(audit_result_from_json(to_json(r)), r);
}

// The result's JSON is written directly; it must be the text the JSON library writes for the same
// document (keys sorted, shortest numbers, UTF-8 kept, escapes, invalid bytes replaced).
TEST(AuditScore, ResultJsonIsTheJsonLibrarysText) {
  Case c = clean_case();
  c.served_on = D("2026-04-20");
  AuditResult r = audit(c);
  Finding f;
  f.item_id = "C8";
  f.check_id = "reviewer";
  f.code = "odd \"text\"";
  f.article = "行政处罚法 Art. 61";
  f.deduction = 0.1 + 0.2;
  f.message = std::string("line\nbreak\ttab \\ \x01 bell\x7f bad\xff byte 送达");
  f.reviewer = "R1";
  r.findings.push_back(f);
  r.total = 7.5;
  r.form_score = 1e-5;
  r.items.front().reason = "理由 \b\f\r";
  using nlohmann::json;
  json findings = json::array();
  for (const auto& x : r.findings) {
    json o = {{"item", x.item_id},    {"check", x.check_id},      {"code", x.code},
              {"article", x.article}, {"deduction", x.deduction}, {"veto", x.veto},
              {"message", x.message}};
    if (!x.reviewer.empty()) o["reviewer"] = x.reviewer;
    findings.push_back(o);
  }
  json items = json::array();
  for (const auto& i : r.items) {
    json o = {{"item", i.item_id},
              {"section", to_string(i.section)},
              {"status", to_string(i.status)},
              {"score", i.score}};
    if (!i.reason.empty()) o["reason"] = i.reason;
    items.push_back(o);
  }
  const json expected = {{"case_id", r.case_id},
                         {"number", r.number},
                         {"agency_code", r.agency_code},
                         {"status", r.status},
                         {"officers", r.officers},
                         {"vetoed", r.vetoed},
                         {"form_score", r.form_score},
                         {"content_score", r.content_score},
                         {"total", r.total},
                         {"grade", r.grade},
                         {"findings", findings},
                         {"items", items}};
  EXPECT_EQ(to_json(r), expected.dump(-1, ' ', false, json::error_handler_t::replace));
  // Without the invalid byte, the text reads back to the same result.
  r.findings.back().message = "line\nbreak \x01 送达";
  EXPECT_EQ(audit_result_from_json(to_json(r)), r);
}

// Numbers in every layout the JSON library uses, and ill-formed UTF-8 of every kind, written as
// the library writes them.
TEST(AuditScore, ResultJsonNumbersAndBadBytesAreTheJsonLibrarysText) {
  using nlohmann::json;
  const double numbers[] = {0,   0.5,  7.25, 80,     1e-4,    1.5e-4,    1e-5,  0.0005,
                            1e5, 1e14, 1e15, 1.5e20, 123.456, 0.1 + 0.2, 99.99, 1e-300};
  const std::string texts[] = {
      "a\xE4\xB8"
      "b",
      "a\xF0\x9F\x98",
      "\xE0\x80\x80",
      "\xED\xA0\x80",
      "\xF4\x90\x80\x80",
      "\xC0\xAF",
      "\x80\x80",
      "\xF8\x88",
      "ok 送达 \xE5\x8F",
      "\xC2"};
  for (double x : numbers) {
    for (const std::string& t : texts) {
      AuditResult r;
      r.number = t;
      r.total = x;
      const json expected = {{"case_id", 0},
                             {"number", t},
                             {"agency_code", ""},
                             {"status", ""},
                             {"officers", json::array()},
                             {"vetoed", false},
                             {"form_score", 0.0},
                             {"content_score", 0.0},
                             {"total", x},
                             {"grade", ""},
                             {"findings", json::array()},
                             {"items", json::array()}};
      EXPECT_EQ(to_json(r), expected.dump(-1, ' ', false, json::error_handler_t::replace))
          << x << " " << json(t).dump(-1, ' ', true, json::error_handler_t::replace);
    }
  }
}

// ---- the standard ---------------------------------------------------------------------------

TEST(AuditStandard, BuiltinEqualsTheShippedFile) {
  const Standard file =
      Standard::from_json(test::read_source("data/standards/default.json"), "default.json");
  const Standard& b = Standard::builtin();
  EXPECT_EQ(file.name(), b.name());
  EXPECT_EQ(file.version(), b.version());
  EXPECT_EQ(file.items().size(), b.items().size());
  EXPECT_DOUBLE_EQ(b.form_points(), 20);
  EXPECT_DOUBLE_EQ(b.content_points(), 80);
  // Every check the default standard names exists.
  for (const auto& item : b.items()) {
    for (const auto& id : item.checks) EXPECT_NE(CheckRegistry::builtin().find(id), nullptr) << id;
  }
}

TEST(AuditStandard, TheDocumentedProvinceStandardLoadsAndGrades) {
  const std::string doc = test::read_source("docs/audit-standard.md");
  const auto begin = doc.find("```json\n");
  ASSERT_NE(begin, std::string::npos);
  const auto end = doc.find("```", begin + 8);
  const Standard s = Standard::from_json(doc.substr(begin + 8, end - begin - 8), "docs example");
  EXPECT_EQ(s.bands().size(), 2u);
  EXPECT_EQ(s.grade(85), "合格");
  EXPECT_EQ(s.grade(84.5), "不合格");
  EXPECT_EQ(s.grade(95), "优秀");
  Case c = clean_case();
  c.served_on = D("2026-04-20");
  const AuditResult r = audit_case(c, context(), s);
  ASSERT_EQ(r.findings.size(), 1u) << to_json(r);
  EXPECT_EQ(r.findings[0].item_id, "B3");
  EXPECT_DOUBLE_EQ(r.findings[0].deduction, 10);
  EXPECT_DOUBLE_EQ(r.total, 90);
  EXPECT_EQ(r.grade, "合格");
}

std::string minimal_standard(const std::string& items,
                             const std::string& grades = R"([{"name":"合格","min":6}])") {
  return R"({"format":"zhifa-audit-standard","version":1,"name":"t","standard_version":"1",
             "source":"test","sections":{"form":0,"content":10},"grades":)" +
         grades + R"(,"items":)" + items + "}";
}

TEST(AuditStandard, FormatErrorsNameTheEntry) {
  const std::string ok = R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
                              "checks":["service"]}])";
  EXPECT_NO_THROW(Standard::from_json(minimal_standard(ok)));
  EXPECT_NE(test::error_of([&] {
              Standard::from_json(minimal_standard(
                  R"([{"id":"A","section":"content","title":"t","points":9,"deduction":2}])"));
            }).find("content items add up to 9"),
            std::string::npos);
  EXPECT_NE(test::error_of([&] {
              Standard::from_json(minimal_standard(
                  R"([{"id":"A","section":"middle","title":"t","points":10,"deduction":2}])"));
            }).find("$.items[0].section: unknown section 'middle'"),
            std::string::npos);
  EXPECT_NE(test::error_of([&] {
              Standard::from_json(minimal_standard(
                  R"([{"id":"A","section":"veto","title":"t"},{"id":"A","section":"content",
                       "title":"t","points":10,"deduction":1}])"));
            }).find("duplicate item id 'A'"),
            std::string::npos);
  EXPECT_NE(
      test::error_of([&] {
        Standard::from_json(minimal_standard(ok, R"([{"name":"a","min":6},{"name":"b","min":8}])"));
      }).find("highest first"),
      std::string::npos);
  // A check the registry does not have is refused when auditing.
  const Standard unknown = Standard::from_json(minimal_standard(
      R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
           "checks":["no_such_check"]}])"));
  EXPECT_NE(
      test::error_of([&] { audit_case(clean_case(), context(), unknown); }).find("'no_such_check'"),
      std::string::npos);
}

TEST(AuditRegistry, AddedChecksPlugIntoTheStandard) {
  auto registry = std::make_shared<CheckRegistry>(CheckRegistry::builtin());
  registry->add(
      AuditCheck{"disclosure_on_time", "test", "行政处罚法 Art. 48", [](const CheckInput& in) {
                   CheckOutcome out;
                   out.add("disclosure_late", "行政处罚法 Art. 48",
                           "decision " + in.c.number + " published late (Art. 48)");
                   return out;
                 }});
  const AuditContext ctx(D("2026-12-31"), {test::sample_agency()}, JurisdictionRules::example(),
                         WorkCalendar::china(), Catalog::builtin(), registry);
  const AuditResult r = audit_case(clean_case(), ctx, Standard::builtin());
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].item_id, "C11");
  EXPECT_DOUBLE_EQ(r.total, 97);
}

// ---- end to end: the synthetic generator's injected defects ---------------------------------

TEST(AuditEndToEnd, FindsExactlyTheInjectedSyntheticDefects) {
  SyntheticOptions o;
  o.defect_percent = 30;
  SyntheticCaseGenerator gen(o);
  const AuditContext ctx(D("2026-12-31"), {gen.agency()});
  // Each injected defect and the finding that reports it.
  const std::map<std::string, std::string> expected{
      {"service_late", "service_late"},
      {"decision_overdue", "decision_overdue"},
      {"single_investigator", "fewer_than_two_officers"},
      {"missing_legal_review", "legal_review_missing"},
      {"notice_missing", "notice_missing"},
      {"payment_late", "payment_late"}};
  // Cases the generator leaves open are not defective when generated, but an audit as of a later
  // date finds the deadlines they have since missed: those findings are expected too.
  const std::map<std::string, std::string> overdue{{"decision", "decision_overdue"},
                                                   {"decision_service", "service_late"}};
  std::map<std::string, int> found;
  int open_overdue = 0;
  for (int i = 0; i < 600; ++i) {
    const SyntheticCase s = gen.next();
    const AuditResult r = audit_case(s.c, ctx, Standard::builtin());
    std::multiset<std::string> codes, want;
    for (const auto& f : r.findings) codes.insert(f.code);
    for (const auto& d : s.defects) want.insert(expected.at(d));
    for (const auto& d : gen.procedure().deadlines(s.c, ctx.as_of)) {
      if (d.state == DeadlineState::kOverdue && overdue.count(d.key)) {
        want.insert(overdue.at(d.key));
        ++open_overdue;
      }
    }
    EXPECT_EQ(codes, want) << "case " << i << " " << to_json(r);
    for (const auto& d : s.defects) ++found[d];
  }
  for (const auto& [defect, code] : expected) EXPECT_GT(found[defect], 0) << defect;
  EXPECT_GT(open_overdue, 0);
}

}  // namespace
}  // namespace zhifa

// ---- the batch job --------------------------------------------------------------------------

namespace zhifa {
namespace {

std::vector<Case> synthetic_cases(int n) {
  SyntheticOptions o;
  o.defect_percent = 30;
  SyntheticCaseGenerator gen(o);
  std::vector<Case> out;
  for (int i = 0; i < n; ++i) out.push_back(gen.next().c);
  return out;
}

TEST(AuditBatch, BatchResultsEqualOneByOneResultsInOrder) {
  const auto cases = synthetic_cases(300);
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency()});
  AuditBatchOptions o;
  o.threads = 3;
  o.queue_capacity = 2;  // a tiny queue: the producer waits for the workers
  std::vector<std::pair<std::size_t, std::size_t>> progress;
  const auto caller = std::this_thread::get_id();
  o.progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(std::this_thread::get_id(), caller);
    progress.emplace_back(done, total);
  };
  o.progress_every = 100;
  const auto batch = audit_cases(cases, ctx, Standard::builtin(), o);
  ASSERT_EQ(batch.size(), cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    EXPECT_EQ(batch[i], audit_case(cases[i], ctx, Standard::builtin())) << i;
  }
  ASSERT_FALSE(progress.empty());
  EXPECT_EQ(progress.back(), std::make_pair(std::size_t{300}, std::size_t{300}));
  EXPECT_EQ(progress.front().first, 100u);
}

TEST(AuditBatch, StoreRunIsRecordedWithItsStandardAndEqualsOneByOne) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  auto cases = synthetic_cases(700);
  store.add_all(cases);
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency()});
  AuditBatchOptions o;
  o.threads = 2;
  int stamps = 0;
  o.timestamp = [&] { return "2027-01-0" + std::to_string(++stamps) + "T09:00:00"; };
  CaseFilter f;
  f.status = CaseStatus::kArchived;
  const AuditRun run = audit_store(store, f, ctx, Standard::builtin(), o, "archived files");
  EXPECT_EQ(run.cases, store.count(f));
  const AuditRun stored = store.audit_run(run.id);
  EXPECT_EQ(stored.standard_name, Standard::builtin().name());
  EXPECT_EQ(stored.standard_version, "2025.1");
  EXPECT_EQ(stored.as_of, D("2026-12-31"));
  EXPECT_EQ(stored.started, "2027-01-01T09:00:00");
  EXPECT_EQ(stored.finished, "2027-01-02T09:00:00");
  EXPECT_EQ(stored.note, "archived files");
  const auto results = store.audit_results(run.id);
  ASSERT_EQ(static_cast<std::int64_t>(results.size()), run.cases);
  std::size_t k = 0;
  store.for_each(f, [&](const Case& c) {
    EXPECT_EQ(results.at(k++), audit_case(c, ctx, Standard::builtin()));
  });
  EXPECT_EQ(store.audit_runs().size(), 1u);
  EXPECT_THROW(store.audit_run(run.id + 1), NotFoundError);
}

TEST(AuditBatch, AnUnknownCheckStopsTheBatchBeforeAnyWork) {
  const Standard bad = Standard::from_json(minimal_standard(
      R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
           "checks":["no_such_check"]}])"));
  EXPECT_THROW(audit_cases(synthetic_cases(3), context(), bad), ValidationError);
}

TEST(AuditBatch, AnErrorInTheSinkStopsTheBatch) {
  const auto cases = synthetic_cases(50);
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency()});
  std::size_t i = 0, seen = 0;
  EXPECT_THROW(audit_stream(
                   [&]() -> std::optional<Case> {
                     if (i == cases.size()) return std::nullopt;
                     return cases[i++];
                   },
                   ctx, Standard::builtin(),
                   [&](AuditResult&&) {
                     if (++seen == 10) throw StorageError("disk full");
                   }),
               StorageError);
  EXPECT_EQ(seen, 10u);
}

// The store keeps results in a compact form (per-run item layout and reason texts); they read back
// equal, results of another layout are kept whole, and results stored by an older zhifa (before
// schema 6) still read.
TEST(AuditBatch, StoredResultsAreCompactAndReadBackEqual) {
  const std::string path =
      ::testing::TempDir() + "zhifa-audit-compact-" + std::to_string(::getpid()) + ".db";
  std::filesystem::remove(path);
  auto cases = synthetic_cases(40);
  for (std::size_t i = 0; i < cases.size(); ++i) cases[i].id = static_cast<std::int64_t>(i + 1);
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency()});
  std::vector<AuditResult> all;
  for (const auto& c : cases) all.push_back(audit_case(c, ctx, Standard::builtin()));
  const std::vector<AuditResult> old_ones(all.begin(), all.begin() + 10);
  std::int64_t old_run = 0;
  {
    StoreOptions v5;
    v5.migrate_to = 5;
    CaseStore store(path, v5);
    ASSERT_EQ(store.schema_version(), 5);
    AuditRun run;
    run.as_of = ctx.as_of;
    old_run = store.add_audit_run(run);
    store.add_audit_results(old_run, old_ones);
  }
  CaseStore store(path);
  ASSERT_EQ(store.schema_version(), CaseStore::current_schema_version());
  EXPECT_EQ(store.audit_results(old_run), old_ones);  // the full form, as stored before
  // More results for the old run take the compact form; the old rows stay readable.
  store.add_audit_results(old_run, std::vector<AuditResult>(all.begin() + 10, all.begin() + 20));
  EXPECT_EQ(store.audit_results(old_run), std::vector<AuditResult>(all.begin(), all.begin() + 20));

  AuditRun run;
  run.as_of = ctx.as_of;
  const std::int64_t id = store.add_audit_run(run);
  store.add_audit_results(id, all);
  EXPECT_EQ(store.audit_results(id), all);
  // A result of another standard in the same run is kept whole.
  const Standard other = Standard::from_json(minimal_standard(
      R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
           "checks":["officers_two"]}])"));
  AuditResult odd = audit_case(cases[3], ctx, other);
  store.add_audit_results(id, {odd});
  std::vector<AuditResult> expected = all;
  expected[3] = odd;  // replaced: one result per case and run
  EXPECT_EQ(store.audit_results(id), expected);

  // The rows on disk: compact ones are a fraction of the full text.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT case_id, result FROM audit_results WHERE run_id = ?", -1, &st,
                     nullptr);
  sqlite3_bind_int64(st, 1, id);
  std::size_t compact = 0, whole = 0, compact_size = 0, full_size = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    const std::string text(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    if (text.find("\"v\":2") != std::string::npos) {
      ++compact;
      compact_size += text.size();
    } else {
      ++whole;
    }
  }
  sqlite3_finalize(st);
  for (const auto& r : all) full_size += to_json(r).size();
  EXPECT_EQ(compact, all.size() - 1);
  EXPECT_EQ(whole, 1u);
  EXPECT_LT(compact_size * 3, full_size);  // under a third of the full form
  // A result naming a reason text the run lacks is a damaged store, said so.
  ASSERT_EQ(sqlite3_exec(db, "DELETE FROM audit_texts", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  CaseStore reopened(path);
  try {
    reopened.audit_results(id);
    ADD_FAILURE() << "a missing reason text was not noticed";
  } catch (const IntegrityError& e) {
    EXPECT_NE(std::string(e.what()).find("reason text"), std::string::npos) << e.what();
  }
  std::filesystem::remove(path);
}

// A store in a file is read by a thread of its own while the calling thread stores results: the
// results equal one-by-one audits, and a failure while storing ends the run (no thread left
// waiting) with the run recorded unfinished.
TEST(AuditBatch, AStoreInAFileIsReadByTheWorkers) {
  const std::string path =
      ::testing::TempDir() + "zhifa-audit-reader-" + std::to_string(::getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  int stored = 0, fail_at = 0;
  StoreOptions o;
  o.fault_hook = [&](std::string_view step) {
    if (step == "audit_results" && ++stored == fail_at) throw StorageError("disk full");
  };
  CaseStore store(path, o);
  store.register_agency(synthetic_agency());
  auto cases = synthetic_cases(1500);
  store.add_all(cases);
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency()});
  AuditBatchOptions b;
  b.threads = 2;
  const AuditRun run = audit_store(store, {}, ctx, Standard::builtin(), b);
  EXPECT_EQ(run.cases, 1500);
  const auto results = store.audit_results(run.id);
  ASSERT_EQ(results.size(), 1500u);
  std::size_t k = 0;
  store.for_each({}, [&](const Case& c) {
    EXPECT_EQ(results.at(k++), audit_case(c, ctx, Standard::builtin()));
  });
  stored = 0;
  fail_at = 700;  // in the second batch of results, with the workers still reading
  EXPECT_THROW(audit_store(store, {}, ctx, Standard::builtin(), b), StorageError);
  const auto runs = store.audit_runs();
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_TRUE(runs.front().finished.empty());
  EXPECT_EQ(store.audit_results(runs.front().id).size(), 512u);  // the first batch only
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// The ids are listed a page at a time by key: a filter's offset and limit hold across pages.
TEST(AuditBatch, AFilteredStoreInAFileIsAuditedAcrossIdPages) {
  const std::string path =
      ::testing::TempDir() + "zhifa-audit-pages-" + std::to_string(::getpid()) + ".db";
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  {
    CaseStore store(path);
    store.register_agency(synthetic_agency());
    auto cases = synthetic_cases(5000);
    store.add_all(cases);
    const AuditContext ctx(D("2026-12-31"), {synthetic_agency()});
    for (const CaseFilter& f : {[] {
                                  CaseFilter f;  // ids 101..4600: across the first page's end
                                  f.offset = 100;
                                  f.limit = 4500;
                                  return f;
                                }(),
                                [] {
                                  CaseFilter f;
                                  f.status = CaseStatus::kArchived;
                                  f.after_id = 700;
                                  f.offset = 3;
                                  return f;
                                }()}) {
      const AuditRun run = audit_store(store, f, ctx, Standard::builtin());
      const std::vector<std::int64_t> want = store.ids(f);
      EXPECT_EQ(run.cases, static_cast<std::int64_t>(want.size()));
      std::vector<std::int64_t> got;
      store.for_each_audit_result(run.id, [&](const AuditResult& r) { got.push_back(r.case_id); });
      EXPECT_EQ(got, want);
    }
    EXPECT_EQ(store
                  .ids([] {
                    CaseFilter f;
                    f.offset = 100;
                    f.limit = 4500;
                    return f;
                  }())
                  .back(),
              4600);
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// A batch of results that fails midway leaves nothing, including the reason texts it numbered;
// the next batch numbers its texts afresh and everything reads back.
TEST(AuditBatch, AFailedResultBatchLeavesNoResultsOrTexts) {
  auto cases = synthetic_cases(30);
  for (std::size_t i = 0; i < cases.size(); ++i) cases[i].id = static_cast<std::int64_t>(i + 1);
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency()});
  std::vector<AuditResult> all;
  for (const auto& c : cases) all.push_back(audit_case(c, ctx, Standard::builtin()));
  int steps = 0, fail_at = 0;
  StoreOptions o;
  o.fault_hook = [&](std::string_view step) {
    if (step == "audit_results" && ++steps == fail_at) throw StorageError("injected failure");
  };
  CaseStore store(":memory:", o);
  AuditRun run;
  run.as_of = ctx.as_of;
  const std::int64_t id = store.add_audit_run(run);
  store.add_audit_results(id, {all.front()});
  steps = 0;
  fail_at = 20;  // after most results and their new texts
  EXPECT_THROW(store.add_audit_results(id, all), StorageError);
  EXPECT_EQ(store.audit_results(id), std::vector<AuditResult>{all.front()});
  fail_at = 0;
  store.add_audit_results(id, all);
  EXPECT_EQ(store.audit_results(id), all);
}

}  // namespace
// ---- the full-process record (Art. 47) ----------------------------------------------------------

// The next entry of the file's record: a seizure on the day of the last entry, recorded in writing
// only (the recording policy wants its audio-video record, Art. 47).
RecordEntry seizure_text_record(const Case& c) {
  RecordEntry e;
  e.seq = c.records.size();
  e.on = c.records.back().on;
  e.step = RecordStep::kSeizure;
  e.kind = RecordKind::kText;
  e.officers = {"O1", "O2"};
  e.description = "查封笔录";
  return e;
}

TEST(AuditContent, RequiredAudioVideoRecordMissing_Art47) {
  Case c = clean_case();
  RecordEntry e = seizure_text_record(c);
  c.records.push_back(e);
  expect_only(audit(c), "av_records_present", "av_record_missing", "行政处罚法 Art. 47", 3);
  // With the video of the seizure the item passes.
  e.seq = c.records.size();
  e.kind = RecordKind::kVideo;
  e.media_sha256 = std::string(64, 'b');
  c.records.push_back(e);
  EXPECT_TRUE(audit(c).findings.empty());
}

TEST(AuditContent, DisclosureLate_Art48) {
  // Decided 2026-03-30 (Mon): 7 working days end on 2026-04-09 (清明 04-04..06 are rest days).
  Case c = clean_case();
  c.publication->published_on = D("2026-04-09");
  EXPECT_TRUE(audit(c).findings.empty()) << to_json(audit(c));
  c.publication->published_on = D("2026-04-10");
  expect_only(audit(c), "disclosure_on_time", "disclosure_late", "行政处罚法 Art. 48", 3);
  c.publication.reset();
  expect_only(audit(c), "disclosure_on_time", "disclosure_overdue", "行政处罚法 Art. 48", 3);
  // Changed on review: withdrawn within 3 working days, else a finding.
  Case w = clean_case();
  w.decision_change =
      DecisionChange{D("2026-06-01"), DecisionChangeKind::kRevoked, "市人民政府", "事实不清"};
  w.publication->withdrawn_on = D("2026-06-04");
  w.publication->withdrawal_reason = "复议撤销";
  EXPECT_TRUE(audit(w).findings.empty()) << to_json(audit(w));
  w.publication->withdrawn_on = D("2026-06-05");
  expect_only(audit(w), "disclosure_on_time", "withdrawal_late", "行政处罚法 Art. 48", 3);
}

TEST(AuditContent, FileWithoutItsRecord_Art47) {
  Case c = clean_case();
  c.records.clear();
  expect_only(audit(c), "record_log_verifies", "record_missing", "行政处罚法 Art. 47", 3);
  Case d = clean_case();
  d.records[1].seq = 7;  // out of order
  expect_only(audit(d), "record_log_verifies", "record_log_broken", "行政处罚法 Art. 47", 3);
  Case e = clean_case();
  e.records[0].kind = RecordKind::kVideo;  // a video without the SHA-256 of its medium
  e.records[0].media_sha256.clear();
  const AuditResult r = audit(e);
  const auto found = std::find_if(r.findings.begin(), r.findings.end(),
                                  [](const Finding& f) { return f.code == "record_log_broken"; });
  ASSERT_NE(found, r.findings.end()) << to_json(r);
  EXPECT_NE(found->message.find("record entry 0"), std::string::npos) << found->message;
}

}  // namespace zhifa

// ---- what each check reads: the batch audit reads only the case parts its checks name ---------

namespace zhifa {
namespace {

// Files that exercise every case part: the synthetic defects, plus suspensions, extensions,
// remedies, instalments, collected and late payments, hearings, electronic service, and data
// missing from the documents and parties.
std::vector<Case> varied_cases() {
  std::vector<Case> out = synthetic_cases(400);
  for (std::size_t i = 0; i < out.size(); ++i) {
    Case& c = out[i];
    if (!c.filed_on) continue;
    if (i % 5 == 0) {
      c.decision_suspensions.push_back(
          Suspension{*c.filed_on + boost::gregorian::days(10),
                     *c.filed_on + boost::gregorian::days(40 + static_cast<long>(i % 30)), "鉴定"});
    }
    if (i % 7 == 0) {
      c.decision_extensions.push_back(
          Extension{30, "局长", "案情复杂", *c.filed_on + boost::gregorian::days(60)});
    }
  }
  // Variants of a clean file, each with the defect of one of the tests above.
  std::vector<std::function<void(Case&)>> defects{
      [](Case&) {},
      [](Case& c) {
        c.remedies.push_back(RemedyPeriod{D("2026-04-10"), D("2026-04-30"), "review"});
        c.payments[0] = Payment{D("2026-05-02"), Money::parse("31800"), false};
      },
      [](Case& c) {
        c.payments[0] = Payment{D("2026-04-20"), Money::parse("30000"), true};
      },
      [](Case& c) {
        c.payments.clear();
        c.arrangement = PaymentArrangement{
            D("2026-04-01"),
            D("2026-04-03"),
            "局长",
            {{D("2026-05-29"), Money::parse("15000")}, {D("2026-06-29"), Money::parse("15000")}}};
        c.payments.push_back(Payment{D("2026-05-29"), Money::parse("15000"), false});
      },
      [](Case& c) {
        for (auto& d : c.documents) {
          if (d.service) d.service->method = ServiceMethod::kElectronic;
        }
        c.parties[0].address.clear();
        c.violations[0].penalty_provision.clear();
        c.flags.complex_or_serious = true;
        c.flags.major_public_interest = true;
        c.reviews.clear();
      },
      [](Case& c) {
        c.filed_on = D("2025-12-01");
        c.decision_suspensions.push_back(Suspension{D("2026-01-05"), D("2026-02-10"), "鉴定"});
        c.records.clear();
      },
      [](Case& c) {
        c.investigators = {"O1", "O4"};
      },
      [](Case& c) { c.evidence[0].verified = false; },
      [](Case& c) { c.evidence[0].lawfully_obtained = false; },
      [](Case& c) {
        c.violations[0].act_date = D("2024-03-01");
        c.violations[0].discovered = D("2026-03-02");
      },
      [](Case& c) { c.evidence[0].collected_on = D("2026-03-02"); },
      [](Case& c) { std::swap(c.documents[1], c.documents[2]); },
      [](Case& c) {
        std::erase_if(c.documents,
                      [](const Document& d) { return d.type == DocumentType::kFilingApproval; });
      },
      [](Case& c) {
        c.notice->statement_waived_on.reset();
        c.notice->statement_made_on = D("2026-03-11");
        c.notice->proposed = {test::fine("20000")};
      },
      [](Case& c) {
        std::erase_if(c.documents, [](const Document& d) {
          return d.type == DocumentType::kLegalReviewOpinion;
        });
        c.reviews.push_back(c.reviews.empty() ? LegalReview{} : c.reviews.back());
        c.reviews.back().reviewed_on = D("2026-03-26");
        c.reviews.back().reviewer_id = "R1";
      },
      [](Case& c) {  // 30,000 yuan gives a natural person, not an organisation, a hearing right
        c.parties = {Party::natural_person_born("P1", "张三", D("1980-05-01"), "", "大连市")};
      },
      [](Case& c) { c.publication->published_on = D("2026-04-10"); },
      [](Case& c) { c.publication.reset(); },
      [](Case& c) { c.records.push_back(seizure_text_record(c)); },
  };
  int serial = 100;
  auto add = [&](Case c) {
    c.id = 0;
    c.number = "大发改罚〔2026〕" + std::to_string(++serial) + "号";
    out.push_back(std::move(c));
  };
  for (const auto& defect : defects) {
    Case c = clean_case();
    defect(c);
    add(c);
  }
  add(clean_case("60000", false, "TB-51"));
  add(clean_case("80000"));
  Case h = clean_case("200000", true);
  add(h);
  h.hearing->presiding_officer_id = "O2";
  add(h);
  return out;
}

std::string outcome_text(const CheckOutcome& o) {
  std::string s = to_string(o.status) + " | " + o.reason;
  for (const auto& f : o.findings) s += " | " + f.code + " " + f.article + " " + f.message;
  return s;
}

TEST(AuditParts, EachCheckSeesTheSameFileThroughTheCasePartsItNames) {
  const auto cases = varied_cases();
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency(), test::sample_agency()});
  std::map<std::string, int> findings;
  for (const std::string& id : ctx.checks->ids()) {
    const AuditCheck& check = *ctx.checks->find(id);
    ASSERT_FALSE(check.reads.is_all()) << id << " names no parts";
    // What a batch audit whose standard has only this check loads (parts_read's rule).
    CaseParts parts = check.reads | CaseParts{CasePart::kDocuments};
    if (check.reads_deadlines) parts |= kDeadlineParts;
    for (const Case& full : cases) {
      const Case part = only_parts(full, parts);
      auto p = ctx.procedures.find(full.agency_code);
      const Procedure* proc = p == ctx.procedures.end() ? nullptr : &p->second;
      const auto deadlines = [&](const Case& c) {
        return check.reads_deadlines ? proc->deadlines(c, ctx.as_of) : std::vector<CaseDeadline>{};
      };
      const auto d_full = proc->deadlines(full, ctx.as_of), d_part = deadlines(part);
      const CheckOutcome want = check.run(CheckInput{full, proc, ctx, d_full});
      const CheckOutcome got = check.run(CheckInput{part, proc, ctx, d_part});
      ASSERT_EQ(outcome_text(got), outcome_text(want))
          << id << " reads more than " << to_string(check.reads) << " on case " << full.id;
      findings[id] += static_cast<int>(want.findings.size());
    }
  }
  // The corpus makes most checks find something, so the comparison is not of passes only.
  int with_findings = 0;
  std::string none;
  for (const auto& [id, n] : findings) {
    with_findings += n > 0;
    if (n == 0) none += " " + id;
  }
  EXPECT_GE(with_findings, 17) << "checks without findings:" << none;
}

TEST(AuditParts, DeadlinesNeedOnlyTheirParts_Art60_61_67) {
  const AuditContext ctx(D("2026-12-31"), {synthetic_agency(), test::sample_agency()});
  int compared = 0;
  for (const Case& full : varied_cases()) {
    const Procedure& proc = ctx.procedures.at(full.agency_code);
    const auto want = proc.deadlines(full, ctx.as_of);
    const auto got = proc.deadlines(only_parts(full, kDeadlineParts), ctx.as_of);
    ASSERT_EQ(got.size(), want.size()) << full.id;
    for (std::size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ(got[i].key, want[i].key);
      EXPECT_EQ(got[i].state, want[i].state) << full.id << " " << want[i].key;
      EXPECT_EQ(got[i].met_on, want[i].met_on);
      EXPECT_EQ(got[i].ledger.due(), want[i].ledger.due()) << full.id << " " << want[i].key;
      ++compared;
    }
  }
  EXPECT_GT(compared, 1000);
}

TEST(AuditParts, AStandardReadsTheUnionOfItsChecksParts) {
  const AuditContext ctx = context();
  EXPECT_TRUE(parts_read(Standard::builtin(), ctx).has(CasePart::kRecords));
  // Two officers and the decision period: events and documents, and the deadlines' parts.
  const Standard two = Standard::from_json(minimal_standard(
      R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
           "checks":["officers_two","decision_period"]}])"));
  const CaseParts parts = parts_read(two, ctx);
  EXPECT_EQ(parts, (CaseParts{CasePart::kEvents, CasePart::kDocuments} | kDeadlineParts))
      << to_string(parts);
  EXPECT_FALSE(parts.has(CasePart::kParties));
  EXPECT_FALSE(parts.has(CasePart::kRecords));
  // A check that names nothing is taken to read everything.
  auto registry = std::make_shared<CheckRegistry>(CheckRegistry::builtin());
  registry->add({"mine", "t", "Art. 1", [](const CheckInput&) { return CheckOutcome::passed(); }});
  const AuditContext mine(D("2026-12-31"), {test::sample_agency()}, JurisdictionRules::example(),
                          WorkCalendar::china(), Catalog::builtin(), registry);
  const Standard custom = Standard::from_json(minimal_standard(
      R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
           "checks":["mine"]}])"));
  EXPECT_TRUE(parts_read(custom, mine).is_all());
  const Standard unknown = Standard::from_json(minimal_standard(
      R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
           "checks":["no_such_check"]}])"));
  EXPECT_THROW(parts_read(unknown, ctx), ValidationError);
}

TEST(AuditParts, AStoreAuditWithFewChecksEqualsTheAuditOfWholeFiles) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("zhifa-audit-parts-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  {
    CaseStore store(path.string());
    store.register_agency(synthetic_agency());
    store.register_agency(test::sample_agency());
    auto cases = varied_cases();
    store.add_all(cases);
    const AuditContext ctx(D("2026-12-31"), {synthetic_agency(), test::sample_agency()});
    const Standard few = Standard::from_json(minimal_standard(
        R"([{"id":"A","section":"content","title":"t","points":10,"deduction":2,
             "checks":["officers_two","legal_review","decision_period","service"]}])"));
    ASSERT_FALSE(parts_read(few, ctx).has(CasePart::kRecords));
    AuditBatchOptions o;
    o.threads = 2;
    const AuditRun run = audit_store(store, {}, ctx, few, o);
    const auto results = store.audit_results(run.id);
    ASSERT_EQ(static_cast<std::int64_t>(results.size()), store.count());
    std::size_t k = 0, with_findings = 0;
    store.for_each({}, [&](const Case& c) {
      ASSERT_FALSE(c.records.empty() && c.parties.empty());  // whole files here
      const AuditResult want = audit_case(c, ctx, few);
      EXPECT_EQ(results.at(k++), want) << c.id;
      with_findings += !want.findings.empty();
    });
    EXPECT_GT(with_findings, 20u);
  }
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + s);
}

}  // namespace
}  // namespace zhifa

// The procedure's guards from the law's side: each rule is tested where the law allows the step
// and where it forbids it, and the refusal must name the article.
#include "zhifa/procedure.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "case_fixture.hpp"
#include "zhifa/error.hpp"

using namespace zhifa;
using namespace zhifa::test;
using ::testing::HasSubstr;

namespace {

class ProcedureTest : public ::testing::Test {
 protected:
  // The example thresholds with only the statutory review criteria of Art. 58; the local
  // list's triggers are tested on their own.
  static JurisdictionRules rules_without_review_amounts() {
    JurisdictionRules r = JurisdictionRules::example();
    r.review_criteria = ReviewCriteria::statutory();
    return r;
  }
  Procedure proc{sample_agency(), rules_without_review_amounts()};

  // A case taken to the notice of rights with the given proposed penalties.
  Case notified(std::vector<Penalty> proposed, const char* on = "2026-03-10") {
    Case c = sample_lead();
    proc.file(c, "O1", D("2026-03-03"));
    proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
    proc.add_evidence(c, verified_evidence("2026-03-05"));
    proc.notify(c, "O1", D(on), std::move(proposed));
    return c;
  }

  // Expects f to be refused with a LegalGuardError naming `article`, leaving `c` unchanged.
  template <typename F>
  void expect_refused(Case& c, F&& f, const std::string& article) {
    const Case before = c;
    try {
      f();
      ADD_FAILURE() << "allowed; expected a refusal under " << article;
    } catch (const LegalGuardError& e) {
      EXPECT_THAT(e.what(), HasSubstr(article));
    }
    EXPECT_EQ(c.status, before.status);
    EXPECT_EQ(c.events.size(), before.events.size());
    EXPECT_EQ(c.documents.size(), before.documents.size());
  }
};

}  // namespace

TEST_F(ProcedureTest, GeneralProcedureFromLeadToArchive) {
  Case c = notified({fine("50,000")});
  EXPECT_FALSE(c.notice->hearing_right_notified);  // below the example 100,000 threshold
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("50,000")}));
  EXPECT_EQ(c.status, CaseStatus::kDecided);
  proc.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-17"), "张三", false});
  proc.record_payment(c, Payment{D("2026-03-20"), Money::parse("50,000"), false});
  EXPECT_EQ(c.status, CaseStatus::kExecuted);
  proc.close(c, "O1", D("2026-03-23"));
  proc.archive(c, "O1", D("2026-03-24"));
  EXPECT_EQ(c.status, CaseStatus::kArchived);
  std::vector<std::string> actions;
  for (const auto& e : c.events) actions.push_back(e.action);
  EXPECT_EQ(actions, (std::vector<std::string>{"file", "investigate", "notify", "decide", "serve",
                                               "paid", "close", "archive"}));
  EXPECT_EQ(c.documents.front().type, DocumentType::kFilingApproval);
  std::vector<DocumentType> types;
  for (const auto& d : c.documents) types.push_back(d.type);
  EXPECT_EQ(types,
            (std::vector<DocumentType>{DocumentType::kFilingApproval, DocumentType::kNoticeOfRights,
                                       DocumentType::kDecision, DocumentType::kClosingReport}));
  EXPECT_TRUE(c.documents[2].service.has_value());  // the decision carries its service record
}

TEST_F(ProcedureTest, TwoCertifiedOfficers_Art42) {
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  expect_refused(
      c, [&] { proc.investigate(c, {"O1"}, D("2026-03-04")); }, "Art. 42");
  expect_refused(
      c,
      [&] {
        proc.investigate(c, {"O1", "O1"}, D("2026-03-04"));
      },
      "Art. 42");
  expect_refused(
      c,
      [&] {
        proc.investigate(c, {"O1", "O3"}, D("2026-03-04"));
      },
      "Art. 42");  // expired
  expect_refused(
      c,
      [&] {
        proc.investigate(c, {"O1", "O4"}, D("2026-03-04"));
      },
      "Art. 42");  // other agency
  expect_refused(
      c,
      [&] {
        proc.investigate(c, {"O1", "X9"}, D("2026-03-04"));
      },
      "Art. 42");  // unknown
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  EXPECT_EQ(c.status, CaseStatus::kInvestigating);
}

TEST_F(ProcedureTest, OnlyTheHolderOfThePenaltyPowerFiles_Art38) {
  Case c = sample_lead();
  c.power_code = "DRC-CF-999";
  expect_refused(
      c, [&] { proc.file(c, "O1", D("2026-03-03")); }, "Art. 38");
  c.power_code = "DRC-XK-001";  // a licensing power
  expect_refused(
      c, [&] { proc.file(c, "O1", D("2026-03-03")); }, "Art. 38");
  c.power_code = "DRC-CF-049";
  proc.file(c, "O1", D("2026-03-03"));
  EXPECT_EQ(c.filed_on, D("2026-03-03"));
}

TEST_F(ProcedureTest, StepsCannotGoBackInTime) {
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  EXPECT_THROW(proc.investigate(c, {"O1", "O2"}, D("2026-03-02")), ValidationError);
  EXPECT_EQ(c.status, CaseStatus::kFiled);
}

TEST_F(ProcedureTest, NoDecisionWithoutNoticeOfRights_Art44_62) {
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  proc.add_evidence(c, verified_evidence("2026-03-05"));
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("50,000")}));
      },
      "Art. 44, 62");
  // A no-penalty outcome needs no notice of an intended penalty.
  Decision none;
  none.outcome = Outcome::kNoPenaltyNotEstablished;
  none.decided_on = D("2026-03-16");
  proc.decide(c, {"O1", "O2"}, none);
  EXPECT_EQ(c.status, CaseStatus::kDecided);
}

TEST_F(ProcedureTest, NoPenaltyWithoutVerifiedLawfulEvidence_Art40_46) {
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  Evidence bad = verified_evidence("2026-03-05");
  bad.lawfully_obtained = false;
  proc.add_evidence(c, bad);
  expect_refused(
      c, [&] { proc.notify(c, "O1", D("2026-03-10"), {fine("50,000")}); }, "Art. 40");
  proc.add_evidence(c, verified_evidence("2026-03-06"));
  proc.notify(c, "O1", D("2026-03-10"), {fine("50,000")});
  EXPECT_EQ(c.status, CaseStatus::kNotified);
}

TEST_F(ProcedureTest, LimitationPeriod_Art36) {
  // Act on 2024-02-29: two years end 2026-02-28 (民法典 Art. 202).
  Case c = sample_lead();
  c.violations[0].act_date = D("2024-02-29");
  c.violations[0].discovered = D("2026-03-01");
  c.lead_on = D("2026-03-01");
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  proc.add_evidence(c, verified_evidence("2026-03-05"));
  expect_refused(
      c, [&] { proc.notify(c, "O1", D("2026-03-10"), {fine("50,000")}); }, "Art. 36");
  // Discovered on the last day: still within the period.
  Case in_time = c;
  in_time.violations[0].discovered = D("2026-02-28");
  proc.notify(in_time, "O1", D("2026-03-10"), {fine("50,000")});
  // A continuing act counts from its end (Art. 36 ¶2).
  Case continuing = c;
  continuing.violations[0].act_ended = D("2025-01-15");
  proc.notify(continuing, "O1", D("2026-03-10"), {fine("50,000")});
  // Life, health or financial safety with harm: five years.
  Case serious = c;
  serious.violations[0].life_health_or_financial_harm = true;
  proc.notify(serious, "O1", D("2026-03-10"), {fine("50,000")});
  EXPECT_EQ(serious.status, CaseStatus::kNotified);
}

TEST_F(ProcedureTest, MinorsUnder14AreNotPenalised_Art30) {
  Case c = sample_lead();
  c.parties = {
      Party::natural_person_born("P1", "小明", D("2012-03-02"))};  // 13 at the act of 2025-03-01
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  proc.add_evidence(c, verified_evidence("2026-03-05"));
  expect_refused(
      c, [&] { proc.notify(c, "O1", D("2026-03-10"), {fine("500")}); }, "Art. 30");
  Case fourteen = c;
  fourteen.parties = {Party::natural_person_born("P1", "小刚", D("2011-03-01"))};  // 14 that day
  proc.notify(fourteen, "O1", D("2026-03-10"), {fine("500")});
  EXPECT_EQ(fourteen.status, CaseStatus::kNotified);
}

TEST_F(ProcedureTest, HearingRightForLargeFines_Art63) {
  Case small = notified({fine("99,999.99")});
  EXPECT_FALSE(small.notice->hearing_right_notified);
  expect_refused(
      small, [&] { proc.request_hearing(small, D("2026-03-11")); }, "Art. 63");
  Case large = notified({fine("100,000")});  // the threshold itself is "较大数额"
  EXPECT_TRUE(large.notice->hearing_right_notified);
  Case revoke = notified({Penalty{PenaltyKind::kRevokeLicense, std::nullopt, "吊销"}});
  EXPECT_TRUE(revoke.notice->hearing_right_notified);
}

TEST_F(ProcedureTest, HearingRequestWithinFiveWorkingDays_Art64) {
  // Notice on Tuesday 2026-03-10: five working days end Tuesday 03-17.
  Case late = notified({fine("200,000")});
  expect_refused(
      late, [&] { proc.request_hearing(late, D("2026-03-18")); }, "Art. 64 (1)");
  Case c = notified({fine("200,000")});
  proc.request_hearing(c, D("2026-03-17"));
  EXPECT_EQ(c.status, CaseStatus::kHearing);
}

TEST_F(ProcedureTest, NoDecisionWhileThePartyMayStillAskForAHearing_Art64) {
  Case c = notified({fine("200,000")});
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-17", {fine("200,000")}));
      },
      "Art. 64 (1)");
  Case waived = notified({fine("200,000")});
  proc.waive_hearing(waived, D("2026-03-11"));
  proc.decide(waived, {"O1", "O2"}, penalty_decision("2026-03-12", {fine("200,000")}));
  EXPECT_EQ(waived.status, CaseStatus::kDecided);
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-18", {fine("200,000")}));
  EXPECT_EQ(c.status, CaseStatus::kDecided);
}

TEST_F(ProcedureTest, HearingNoticeAndPresidingOfficer_Art64) {
  Case c = notified({fine("200,000")});
  proc.request_hearing(c, D("2026-03-12"));
  // Hearing on Monday 2026-03-30: counting back seven working days (03-27, 26, 25, 24, 23, 20,
  // 19), the notice is due by Thursday 03-19.
  expect_refused(
      c, [&] { proc.schedule_hearing(c, D("2026-03-20"), D("2026-03-30"), "H1"); }, "Art. 64 (2)");
  expect_refused(
      c, [&] { proc.schedule_hearing(c, D("2026-03-13"), D("2026-03-30"), "O1"); }, "Art. 64 (4)");
  proc.schedule_hearing(c, D("2026-03-19"), D("2026-03-30"), "H1");
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-27", {fine("200,000")}));
      },
      "Art. 63, 65");
  proc.hold_hearing(c, D("2026-03-30"), false);
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-04-01", {fine("200,000")}));
  EXPECT_EQ(c.status, CaseStatus::kDecided);
}

TEST_F(ProcedureTest, NoHeavierPenaltyBecauseOfADefence_Art45) {
  Case c = notified({fine("50,000")});
  proc.record_statement(c, D("2026-03-11"));
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("60,000")}));
      },
      "Art. 44, 45");
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"},
                    penalty_decision("2026-03-16",
                                     {fine("50,000"), Penalty{PenaltyKind::kWarning, {}, ""}}));
      },
      "Art. 44, 45");
  proc.decide(c, {"O1", "O2"},
              penalty_decision("2026-03-16", {fine("30,000")}));  // lighter: allowed
  EXPECT_EQ(c.decision->total_fine(), Money::parse("30,000"));
}

TEST_F(ProcedureTest, LegalReviewGate_Art58) {
  Case c = notified({fine("40,000")});
  c.flags.major_public_interest = true;
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("40,000")}));
      },
      "Art. 58");
  expect_refused(
      c, [&] { proc.legal_review(c, "R2", D("2026-03-12"), true, "同意"); }, "Art. 58 ¶2");
  proc.legal_review(c, "R1", D("2026-03-12"), false, "证据不足");
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("40,000")}));
      },
      "Art. 58");
  proc.legal_review(c, "R1", D("2026-03-13"), true, "同意");
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("40,000")}));
  EXPECT_EQ(c.status, CaseStatus::kDecided);
  // Without any Art. 58 situation no review is needed.
  Case plain = notified({fine("40,000")});
  EXPECT_TRUE(proc.legal_review_grounds(plain).empty());
  // The local list's amount (example: 50,000 for organisations) triggers it too.
  Procedure local(sample_agency(), JurisdictionRules::example());
  Case big = notified({fine("50,000")});
  EXPECT_THAT(local.legal_review_grounds(big).at(0), HasSubstr("local list"));
  EXPECT_TRUE(local.legal_review_grounds(notified({fine("49,999.99")})).empty());
  expect_refused(
      big,
      [&] {
        local.decide(big, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("50,000")}));
      },
      "Art. 58");
}

TEST_F(ProcedureTest, ExperiencedReviewerNeedsNoQualification_Art58) {
  Agency a = sample_agency();
  for (auto& o : a.officers) {
    if (o.id == "R2") o.experienced_reviewer = true;
  }
  Procedure p(a, JurisdictionRules::example());
  Case c = notified({fine("40,000")});
  p.legal_review(c, "R2", D("2026-03-12"), true, "同意");
  EXPECT_EQ(c.reviews.size(), 1u);
}

TEST_F(ProcedureTest, CollectiveDiscussionForComplexOrSeriousCases_Art57) {
  Case c = notified({fine("40,000")});
  c.flags.complex_or_serious = true;
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("40,000")}));
      },
      "Art. 57 ¶2");
  proc.collective_discussion(c, D("2026-03-13"), {"L1", "O1"}, "同意处罚");
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("40,000")}));
  EXPECT_EQ(c.status, CaseStatus::kDecided);
}

TEST_F(ProcedureTest, OnTheSpotLimits_Art51) {
  auto spot_case = [](Party party) {
    Case c = sample_lead();
    c.procedure = ProcedureKind::kSimple;
    c.parties = {std::move(party)};
    return c;
  };
  Party citizen = Party::natural_person("P1", "张某", ResidentId("11010519491231002X"));
  Party company = sample_lead().parties[0];
  auto decide = [&](Case& c, const char* amount) {
    Decision d = penalty_decision("2026-03-02", {fine(amount)});
    proc.decide_on_the_spot(c, {"O1", "O2"}, d);
  };
  Case a = spot_case(citizen);
  decide(a, "200");  // 二百元以下 includes 200
  EXPECT_EQ(a.status, CaseStatus::kDecided);
  Case b = spot_case(citizen);
  expect_refused(
      b, [&] { decide(b, "200.01"); }, "Art. 51");
  Case d = spot_case(company);
  decide(d, "3,000");
  Case e = spot_case(company);
  expect_refused(
      e, [&] { decide(e, "3,000.01"); }, "Art. 51");
  Case f = spot_case(company);
  expect_refused(
      f,
      [&] {
        proc.decide_on_the_spot(
            f, {"O1", "O2"},
            penalty_decision("2026-03-02", {Penalty{PenaltyKind::kConfiscateIllegalGains,
                                                    Money::parse("100"), ""}}));
      },
      "Art. 51");
  Case g = spot_case(citizen);
  expect_refused(
      g, [&] { proc.decide_on_the_spot(g, {"O1"}, penalty_decision("2026-03-02", {fine("50")})); },
      "Art. 42");
}

TEST_F(ProcedureTest, ServiceRules_Art52_61) {
  Case c = notified({fine("50,000")});
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("50,000")}));
  expect_refused(
      c,
      [&] {
        proc.serve(c, ServiceRecord{ServiceMethod::kElectronic, D("2026-03-17"), "张三", false});
      },
      "Art. 61 ¶2");
  proc.serve(c, ServiceRecord{ServiceMethod::kElectronic, D("2026-03-17"), "张三", true});
  EXPECT_EQ(c.status, CaseStatus::kServed);

  Case spot = sample_lead();
  spot.procedure = ProcedureKind::kSimple;
  proc.decide_on_the_spot(spot, {"O1", "O2"}, penalty_decision("2026-03-02", {fine("100")}));
  expect_refused(
      spot,
      [&] {
        proc.serve(spot, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-03"), "张三", false});
      },
      "Art. 52");
  proc.serve(spot, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-02"), "张三", false});
}

TEST_F(ProcedureTest, SeparationOfFineCollection_Art67_68) {
  Case spot = sample_lead();
  spot.procedure = ProcedureKind::kSimple;
  proc.decide_on_the_spot(spot, {"O1", "O2"}, penalty_decision("2026-03-02", {fine("150")}));
  proc.serve(spot, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-02"), "张三", false});
  Payment cash{D("2026-03-02"), Money::parse("150"), true};
  expect_refused(
      spot, [&] { proc.record_payment(spot, cash); }, "Art. 67 ¶2");
  expect_refused(
      spot, [&] { proc.record_payment(spot, cash, OnTheSpotGround::kSmallFine); }, "Art. 68 (1)");
  proc.record_payment(spot, cash, OnTheSpotGround::kHardToExecute);
  EXPECT_EQ(spot.status, CaseStatus::kExecuted);
}

TEST_F(ProcedureTest, LateSurchargeThreePercentCappedAndPausedDuringReview_Art72_73) {
  Case c = notified({fine("10,000")});
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("10,000")}));
  proc.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-16"), "张三", false});
  // 15 days from receipt on 03-16 end Tuesday 03-31 (Art. 67).
  EXPECT_EQ(proc.surcharge(c, D("2026-03-31")), Money());
  EXPECT_EQ(proc.surcharge(c, D("2026-04-03")), Money::parse("900"));     // 3 days x 300
  EXPECT_EQ(proc.surcharge(c, D("2026-12-31")), Money::parse("10,000"));  // capped at the fine
  Case reviewed = c;
  proc.start_remedy(reviewed, "review", D("2026-04-01"));
  proc.end_remedy(reviewed, D("2026-04-02"));
  EXPECT_EQ(proc.surcharge(reviewed, D("2026-04-03")), Money::parse("300"));  // only 04-03 counts
  // A part payment reduces the base; paying the rest with the surcharge executes the decision.
  proc.record_payment(c, Payment{D("2026-04-01"), Money::parse("4,000"), false});
  // 04-01: 300 (on 10,000), 04-02: 180, 04-03: 180 (on 6,000).
  EXPECT_EQ(proc.surcharge(c, D("2026-04-03")), Money::parse("660"));
  EXPECT_THROW(proc.record_payment(c, Payment{D("2026-04-03"), Money::parse("7,000"), false}),
               ValidationError);
  proc.record_payment(c, Payment{D("2026-04-03"), Money::parse("6,660"), false});
  EXPECT_EQ(c.status, CaseStatus::kExecuted);
}

TEST_F(ProcedureTest, DeferralNeedsApproval_Art66) {
  Case c = notified({fine("10,000")});
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("10,000")}));
  proc.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-16"), "张三", false});
  PaymentArrangement a{
      D("2026-03-18"), D("2026-03-20"), "", {{D("2026-05-29"), Money::parse("10,000")}}};
  expect_refused(
      c, [&] { proc.approve_arrangement(c, a); }, "Art. 66");
  a.approver = "局长";
  proc.approve_arrangement(c, a);
  auto ds = proc.deadlines(c, D("2026-06-01"));
  ASSERT_EQ(ds.back().key, "instalment_1");
  EXPECT_EQ(ds.back().ledger.due(), D("2026-05-29"));
  EXPECT_EQ(ds.back().state, DeadlineState::kOverdue);
  EXPECT_EQ(ds.back().ledger.period().basis.article, 66);
  EXPECT_EQ(proc.surcharge(c, D("2026-05-29")), Money());
  EXPECT_EQ(proc.surcharge(c, D("2026-06-01")), Money::parse("900"));
}

TEST_F(ProcedureTest, DeadlinesAsOfADate_Art60_61) {
  Case c = notified({fine("50,000")});
  auto ds = proc.deadlines(c, D("2026-03-12"));
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].key, "decision");
  EXPECT_EQ(ds[0].ledger.due(), D("2026-06-01"));  // 03-03 + 90 days = 06-01 (Monday)
  EXPECT_EQ(ds[0].state, DeadlineState::kOpen);
  EXPECT_EQ(proc.deadlines(c, D("2026-06-02"))[0].state, DeadlineState::kOverdue);
  proc.suspend_decision_period(c, D("2026-03-20"), D("2026-03-29"), "鉴定");
  EXPECT_EQ(proc.deadlines(c, D("2026-06-02"))[0].state,
            DeadlineState::kOpen);  // 10 days not counted
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("50,000")}));
  ds = proc.deadlines(c, D("2026-04-01"));
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].state, DeadlineState::kMet);
  EXPECT_EQ(ds[1].key, "decision_service");
  EXPECT_EQ(ds[1].state, DeadlineState::kOverdue);  // 7 working days from 03-16 ended 03-25
  proc.serve(c, ServiceRecord{ServiceMethod::kMail, D("2026-04-02"), "张三", false});
  ds = proc.deadlines(c, D("2026-04-02"));
  EXPECT_EQ(ds[1].state, DeadlineState::kMetLate);
  EXPECT_EQ(ds[2].key, "payment");
  EXPECT_EQ(ds[2].state, DeadlineState::kOpen);
}

TEST_F(ProcedureTest, TransferToJudicialOrgans_Art57) {
  Case c = notified({fine("50,000")});
  Decision t;
  t.outcome = Outcome::kTransferToJudicial;
  t.decided_on = D("2026-03-16");
  proc.decide(c, {"O1", "O2"}, t);
  EXPECT_EQ(c.status, CaseStatus::kTransferred);
  proc.close(c, "O1", D("2026-03-20"));
  EXPECT_EQ(c.status, CaseStatus::kClosed);
}

TEST_F(ProcedureTest, WithdrawOnlyBeforeTheNotice) {
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  EXPECT_THROW(proc.withdraw(c, "O1", D("2026-03-04"), ""), ValidationError);
  proc.withdraw(c, "O1", D("2026-03-04"), "不属于本机关管辖");
  EXPECT_EQ(c.status, CaseStatus::kWithdrawn);
  Case n = notified({fine("1,000")});
  EXPECT_THROW(proc.withdraw(n, "O1", D("2026-03-11"), "x"), LegalGuardError);
}

TEST_F(ProcedureTest, NoPenaltyWithoutCapacity_Art31) {
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  proc.add_evidence(c, verified_evidence("2026-03-05"));
  Case incapable = c;
  incapable.flags.mental_incapacity = true;
  expect_refused(
      incapable, [&] { proc.notify(incapable, "O1", D("2026-03-10"), {fine("500")}); }, "Art. 31");
  proc.notify(c, "O1", D("2026-03-10"), {fine("500")});
  EXPECT_EQ(c.status, CaseStatus::kNotified);
}

TEST_F(ProcedureTest, SmallFineCollectedOnTheSpot_Art68) {
  Case spot = sample_lead();
  spot.procedure = ProcedureKind::kSimple;
  proc.decide_on_the_spot(spot, {"O1", "O2"}, penalty_decision("2026-03-02", {fine("100")}));
  proc.serve(spot, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-02"), "张三", false});
  proc.record_payment(spot, Payment{D("2026-03-02"), Money::parse("100"), true},
                      OnTheSpotGround::kSmallFine);
  EXPECT_EQ(spot.status, CaseStatus::kExecuted);
  // A general-procedure decision is never collected by the agency itself on a small-fine ground.
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  proc.add_evidence(c, verified_evidence("2026-03-05"));
  proc.notify(c, "O1", D("2026-03-10"), {fine("100")});
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("100")}));
  proc.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-16"), "张三", false});
  expect_refused(
      c,
      [&] {
        proc.record_payment(c, Payment{D("2026-03-17"), Money::parse("100"), true},
                            OnTheSpotGround::kSmallFine);
      },
      "Art. 68 (1)");
}

TEST_F(ProcedureTest, WaivingStatementKeepsTheHearingRight_Art62_63) {
  Case c = notified({fine("200,000")});
  proc.waive_statement(c, D("2026-03-11"));  // Art. 62 covers 陈述、申辩 only
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-12", {fine("200,000")}));
      },
      "Art. 64 (1)");
  proc.request_hearing(c, D("2026-03-12"));
  EXPECT_EQ(c.status, CaseStatus::kHearing);
  Case gave_up = notified({fine("200,000")});
  proc.waive_hearing(gave_up, D("2026-03-11"));
  EXPECT_THROW(proc.request_hearing(gave_up, D("2026-03-12")), LegalGuardError);
  Case small = notified({fine("1,000")});
  EXPECT_THROW(proc.waive_hearing(small, D("2026-03-11")),
               LegalGuardError);  // no hearing right to waive
}

TEST_F(ProcedureTest, AReviewDoesNotCutTheHearingPeriodShort_Art64) {
  Case c = notified({fine("200,000")});
  proc.legal_review(c, "R1", D("2026-03-11"), true, "同意");
  proc.request_hearing(c, D("2026-03-13"));  // still within the 5 working days
  EXPECT_EQ(c.status, CaseStatus::kHearing);
}

TEST_F(ProcedureTest, AHearingCanBeRescheduledWithANewNotice_Art64) {
  Case c = notified({fine("200,000")});
  proc.request_hearing(c, D("2026-03-12"));
  proc.schedule_hearing(c, D("2026-03-13"), D("2026-03-25"), "H1");
  // Postponed to 2026-04-08: notified again by 03-30 (seven working days before).
  expect_refused(
      c, [&] { proc.schedule_hearing(c, D("2026-03-31"), D("2026-04-08"), "H1"); }, "Art. 64 (2)");
  proc.schedule_hearing(c, D("2026-03-24"), D("2026-04-08"), "H1");
  EXPECT_EQ(c.hearing->scheduled_for, D("2026-04-08"));
  EXPECT_EQ(c.events.back().action, "reschedule_hearing");
  proc.hold_hearing(c, D("2026-04-08"), false);
  EXPECT_THROW(proc.schedule_hearing(c, D("2026-04-09"), D("2026-04-30"), "H1"), LegalGuardError);
}

TEST_F(ProcedureTest, MinorsOf14To17AreMitigated_Art30) {
  Case c = sample_lead();
  c.parties = {
      Party::natural_person_born("P1", "小李", D("2009-01-01"))};  // 16 at the act of 2025-03-01
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  proc.add_evidence(c, verified_evidence("2026-03-05"));
  proc.notify(c, "O1", D("2026-03-10"), {fine("5,000")});
  proc.waive_statement(c, D("2026-03-10"));
  expect_refused(
      c,
      [&] {
        proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("5,000")}));
      },
      "Art. 30");
  Decision lighter = penalty_decision("2026-03-16", {fine("2,000")});
  lighter.mitigation = Mitigation::kLighter;
  proc.decide(c, {"O1", "O2"}, lighter);
  EXPECT_EQ(c.status, CaseStatus::kDecided);
}

TEST_F(ProcedureTest, OnTheSpotDecisionsKeepTheAgeCapacityAndAmountRules_Art30_31_51) {
  auto spot = [](Party p) {
    Case c = sample_lead();
    c.procedure = ProcedureKind::kSimple;
    c.parties = {std::move(p)};
    return c;
  };
  Case child = spot(Party::natural_person_born("P1", "小明", D("2014-06-01")));
  expect_refused(
      child,
      [&] {
        proc.decide_on_the_spot(child, {"O1", "O2"}, penalty_decision("2026-03-02", {fine("50")}));
      },
      "Art. 30");
  Case incapable = spot(Party::natural_person_born("P1", "某甲", D("1980-06-01")));
  incapable.flags.mental_incapacity = true;
  expect_refused(
      incapable,
      [&] {
        proc.decide_on_the_spot(incapable, {"O1", "O2"},
                                penalty_decision("2026-03-02", {fine("50")}));
      },
      "Art. 31");
  Case negative = spot(Party::natural_person_born("P1", "某乙", D("1980-06-01")));
  Penalty minus{PenaltyKind::kFine, Money::parse("-100"), ""};
  EXPECT_THROW(
      proc.decide_on_the_spot(negative, {"O1", "O2"}, penalty_decision("2026-03-02", {minus})),
      ValidationError);
  // A citizen among the parties brings the citizens' 200-yuan limit.
  Case mixed = sample_lead();
  mixed.procedure = ProcedureKind::kSimple;
  mixed.parties.push_back(Party::natural_person_born("P2", "某丙", D("1980-06-01")));
  expect_refused(
      mixed,
      [&] {
        proc.decide_on_the_spot(mixed, {"O1", "O2"},
                                penalty_decision("2026-03-02", {fine("3,000")}));
      },
      "Art. 51");
}

TEST_F(ProcedureTest, PaidOnTheSpotThenServedIsExecuted_Art68) {
  Case c = sample_lead();
  c.procedure = ProcedureKind::kSimple;
  proc.decide_on_the_spot(c, {"O1", "O2"}, penalty_decision("2026-03-02", {fine("100")}));
  proc.record_payment(c, Payment{D("2026-03-02"), Money::parse("100"), true},
                      OnTheSpotGround::kSmallFine);
  EXPECT_EQ(c.status, CaseStatus::kDecided);
  proc.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-02"), "张三", false});
  EXPECT_EQ(c.status, CaseStatus::kExecuted);
  proc.close(c, "O1", D("2026-03-03"));
}

TEST_F(ProcedureTest, RemedyPeriodsMustFollowTheDecisionAndEachOther_Art73) {
  Case c = notified({fine("10,000")});
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("10,000")}));
  EXPECT_THROW(proc.start_remedy(c, "review", D("2020-01-01")), ValidationError);
  proc.start_remedy(c, "review", D("2026-03-20"));
  EXPECT_THROW(proc.start_remedy(c, "litigation", D("2026-03-25")),
               ValidationError);  // review still open
  EXPECT_THROW(proc.end_remedy(c, D("2026-03-19")), ValidationError);
  proc.end_remedy(c, D("2026-04-20"));
  EXPECT_THROW(proc.start_remedy(c, "litigation", D("2026-04-20")), ValidationError);
  proc.start_remedy(c, "litigation", D("2026-04-21"));
  EXPECT_EQ(c.events.back().action, "start_litigation");
}

TEST_F(ProcedureTest, DeadlinesOfWithdrawnAndCourtExecutedCases) {
  Case w = sample_lead();
  proc.file(w, "O1", D("2026-03-03"));
  proc.withdraw(w, "O1", D("2026-03-04"), "不属于本机关管辖");
  EXPECT_TRUE(proc.deadlines(w, D("2026-12-31")).empty());
  Case c = notified({fine("10,000")});
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("10,000")}));
  proc.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-16"), "张三", false});
  proc.mark_executed(c, "O1", D("2026-06-01"), "法院强制执行");
  auto ds = proc.deadlines(c, D("2026-12-31"));
  EXPECT_EQ(ds.back().key, "payment");
  EXPECT_EQ(ds.back().state, DeadlineState::kMetLate);
}

TEST_F(ProcedureTest, ACaseWhoseDataContradictItsStatusIsRefused) {
  Case c = sample_lead();
  c.filed_on = D("2026-03-03");
  c.status = CaseStatus::kServed;  // no decision, no service date
  EXPECT_THAT(error_of([&] {
                proc.record_payment(c, Payment{D("2026-03-20"), Money::parse("1"), false});
              }),
              HasSubstr("has no decision"));
}

// Disclosure reports and the annual statistics over a small hand-built store with known numbers.
#include "zhifa/disclosure_report.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "case_fixture.hpp"

namespace zhifa {
namespace {

using test::D;
using ::testing::HasSubstr;

Case decided(const char* filed, const char* decided_on, const char* fine_amount) {
  Case c = test::sample_lead();
  c.status = CaseStatus::kDecided;
  if (filed) c.filed_on = D(filed);
  c.lead_on = filed ? D(filed) : D(decided_on);
  c.decision = test::penalty_decision(decided_on, {test::fine(fine_amount)});
  c.decision->document_number = std::string("决-") + decided_on;
  return c;
}

Publication published(const char* on) {
  Publication p;
  p.published_on = D(on);
  return p;
}

// The store of the tests, 2025 (numbers worked out by hand in the comments):
//   A decided 06-03, published 06-05 (due 06-12): on time; warning too; hearing; approved review
//   B decided 09-30, never published (due 10-16): missing; rejected review
//   C decided 07-01, published 07-15 (due 07-10): late
//   D simple procedure, natural person, 08-01: not published by the default rules
//   E no penalty (minor), decided 05-05, filed 2024-12-20
//   F decided 2024-12-30, published 2025-01-08 (due 2025-01-09): on time, due in 2025
//   G decided 03-03, published 03-05, revoked 09-29, withdrawn 10-11 (due 10-10): late
//   H decided 12-29: publication due in 2026
//   I filed 11-03, still investigating
class DisclosureStore : public ::testing::Test {
 protected:
  void SetUp() override {
    store_.register_agency(test::sample_agency());
    std::vector<Case> cs;
    Case a = decided("2025-03-03", "2025-06-03", "5000");
    a.decision->penalties.push_back(Penalty{PenaltyKind::kWarning, std::nullopt, ""});
    a.publication = published("2025-06-05");
    a.hearing =
        Hearing{D("2025-05-10"), D("2025-05-12"), D("2025-05-20"), "H1", D("2025-05-20"), false};
    LegalReview approve;
    approve.reviewed_on = D("2025-05-25");
    approve.reviewer_id = "R1";
    approve.verdict = ReviewVerdict::kApprove;
    a.reviews.push_back(approve);
    cs.push_back(a);
    Case b = decided("2025-04-01", "2025-09-30", "20000");
    LegalReview reject = approve;
    reject.reviewed_on = D("2025-08-01");
    reject.verdict = ReviewVerdict::kReject;
    b.reviews.push_back(reject);
    cs.push_back(b);
    Case c = decided("2025-05-06", "2025-07-01", "1000");
    c.publication = published("2025-07-15");
    cs.push_back(c);
    Case d = decided(nullptr, "2025-08-01", "200");
    d.procedure = ProcedureKind::kSimple;
    d.decision->on_the_spot = true;
    d.parties = {Party::natural_person("P1", "刘某某", ResidentId("11010519491231002X"))};
    cs.push_back(d);
    Case e = decided("2024-12-20", "2025-05-05", "1");
    e.decision->outcome = Outcome::kNoPenaltyMinor;
    e.decision->penalties.clear();
    cs.push_back(e);
    Case f = decided("2024-11-01", "2024-12-30", "3000");
    f.publication = published("2025-01-08");
    cs.push_back(f);
    Case g = decided("2025-01-06", "2025-03-03", "8000");
    g.publication = published("2025-03-05");
    g.publication->withdrawn_on = D("2025-10-11");
    g.decision_change =
        DecisionChange{D("2025-09-29"), DecisionChangeKind::kRevoked, "复议机关", ""};
    cs.push_back(g);
    cs.push_back(decided("2025-10-09", "2025-12-29", "4000"));
    Case i = test::sample_lead();
    i.status = CaseStatus::kInvestigating;
    i.filed_on = D("2025-11-03");
    cs.push_back(i);
    store_.add_all(cs);
    for (const auto& x : cs) ids_.push_back(x.id);

    store_.add_subject_review(SubjectReview{"HT-1", ReviewSubject::kContract, "合同", "R1",
                                            D("2025-03-01"), D("2025-03-10"),
                                            ReviewVerdict::kApprove, ""});
    store_.add_subject_review(SubjectReview{"GF-1", ReviewSubject::kNormativeDocument, "规范性文件",
                                            "R1", D("2025-05-20"), D("2025-06-01"),
                                            ReviewVerdict::kApproveWithChanges, ""});
    store_.add_subject_review(SubjectReview{"HT-0", ReviewSubject::kContract, "旧合同", "R1",
                                            D("2024-03-01"), D("2024-03-10"),
                                            ReviewVerdict::kApprove, ""});
    auto doc = [](const char* number, const char* effective) {
      return NormativeDocument{number,
                               "文件",
                               "大连市发展和改革委员会",
                               D("2023-12-01"),
                               D(effective),
                               std::nullopt,
                               std::nullopt,
                               ""};
    };
    store_.put_normative_document(doc("规1", "2024-01-01"));
    auto repealed = doc("规2", "2024-01-01");
    repealed.repealed_on = D("2025-06-30");
    store_.put_normative_document(repealed);
    auto expired = doc("规3", "2024-01-01");
    expired.expires_on = D("2025-05-31");
    store_.put_normative_document(expired);
    store_.put_normative_document(doc("规4", "2026-01-01"));
  }

  CaseStore store_{":memory:"};
  std::vector<std::int64_t> ids_;
  DisclosureRules rules_ = DisclosureRules::defaults();
  WorkCalendar cal_ = WorkCalendar::china();
};

TEST_F(DisclosureStore, ReportListsOverdueLateAndWithdrawals) {
  auto r = disclosure_report(store_, D("2025-10-20"), rules_, cal_);
  ASSERT_EQ(r.rows.size(), 3u);
  EXPECT_EQ(r.rows[0].case_id, ids_[1]);
  EXPECT_EQ(r.rows[0].state.status, DisclosureStatus::kOverdue);
  EXPECT_EQ(r.rows[0].state.due(), D("2025-10-16"));
  EXPECT_EQ(r.rows[1].state.status, DisclosureStatus::kPublishedLate);
  EXPECT_EQ(r.rows[2].state.status, DisclosureStatus::kWithdrawnLate);
  EXPECT_EQ(r.rows[2].state.due(), D("2025-10-10"));
  EXPECT_EQ(r.counts[DisclosureStatus::kPublished], 2);
  EXPECT_EQ(r.counts[DisclosureStatus::kNotRequired], 4);
  EXPECT_EQ(r.counts.size(), 11u);
  EXPECT_TRUE(r.any_overdue());
  // Ten days earlier B was still due and G's withdrawal not yet late.
  r = disclosure_report(store_, D("2025-10-10"), rules_, cal_);
  EXPECT_FALSE(r.any_overdue());
  EXPECT_EQ(r.rows[0].state.status, DisclosureStatus::kDue);
  EXPECT_EQ(r.rows[2].state.status, DisclosureStatus::kWithdrawalDue);
  EXPECT_EQ(disclosure_report(store_, D("2025-10-20"), rules_, cal_, {}, true).rows.size(), 7u);
  auto j =
      nlohmann::json::parse(disclosure_report(store_, D("2025-10-20"), rules_, cal_).to_json());
  EXPECT_EQ(j["counts"]["overdue"], 1);
  EXPECT_EQ(j["rows"][0]["status"], "overdue");
  const std::string csv = disclosure_report(store_, D("2025-10-20"), rules_, cal_).to_csv();
  EXPECT_THAT(csv, HasSubstr("case_id,case_number,decision_number,decided_on,status,due"));
  EXPECT_EQ(std::count(csv.begin(), csv.end(), '\n'), 4);
}

TEST_F(DisclosureStore, RecordsToPublishAreThoseDueOrPublic) {
  auto rs = disclosure_records(store_, test::sample_agency(), D("2025-10-20"), rules_, cal_);
  ASSERT_EQ(rs.size(), 4u);  // A, B, C, F
  EXPECT_EQ(rs[0].case_id, ids_[0]);
  EXPECT_EQ(rs[3].case_id, ids_[5]);
}

TEST_F(DisclosureStore, StreamedRowsAndWrittenReportAreTheReportsOwn) {
  CaseFilter none;
  none.agency_code = "NO-SUCH-AGENCY";  // no rows at all: "rows": [] and a CSV header alone
  for (const char* day : {"2025-10-10", "2025-10-20"}) {
    for (const CaseFilter& filter : {CaseFilter{}, none}) {
      for (bool all : {false, true}) {
        const DisclosureReport whole = disclosure_report(store_, D(day), rules_, cal_, filter, all);
        std::vector<std::int64_t> streamed;
        const auto counts = for_each_disclosure_row(
            store_, D(day), rules_, cal_, filter, all,
            [&](const DisclosureReportRow& r) { streamed.push_back(r.case_id); });
        EXPECT_EQ(counts, whole.counts);
        ASSERT_EQ(streamed.size(), whole.rows.size());
        for (std::size_t i = 0; i < streamed.size(); ++i) {
          EXPECT_EQ(streamed[i], whole.rows[i].case_id);
        }
        std::ostringstream json, csv;
        const DisclosureReport head = write_disclosure_report(
            store_, D(day), rules_, cal_, filter, all, DisclosureReportFormat::kJson, json);
        write_disclosure_report(store_, D(day), rules_, cal_, filter, all,
                                DisclosureReportFormat::kCsv, csv);
        EXPECT_EQ(json.str(), whole.to_json()) << day << " all=" << all;
        EXPECT_EQ(csv.str(), whole.to_csv()) << day << " all=" << all;
        EXPECT_TRUE(head.rows.empty());
        EXPECT_EQ(head.counts, whole.counts);
        EXPECT_EQ(head.any_overdue(), whole.any_overdue());
      }
    }
  }
}

TEST_F(DisclosureStore, ExportStreamsTheRecordsToTheFileThroughATemporaryOne) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "zhifa-disclosure-export-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const auto agency = test::sample_agency();
  const auto records = disclosure_records(store_, agency, D("2025-10-20"), rules_, cal_);
  auto read = [](const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  };
  const std::pair<DisclosureFileFormat, std::string> forms[] = {
      {DisclosureFileFormat::kJson, disclosure_records_to_json(records)},
      {DisclosureFileFormat::kJsonLines, disclosure_records_to_json(records, true)},
      {DisclosureFileFormat::kCsv, disclosure_records_to_csv(records)}};
  for (const auto& [format, expected] : forms) {
    const fs::path file = dir / "records";
    EXPECT_EQ(export_disclosure_records(store_, agency, D("2025-10-20"), rules_, cal_,
                                        file.string(), format),
              records.size());
    EXPECT_EQ(read(file), expected);
    EXPECT_FALSE(fs::exists(dir / "records.partial"));
  }

  // A failure on the way (a case whose deadline needs a day off the calendar) leaves the file
  // that was there and no temporary file.
  const fs::path kept = dir / "kept.csv";
  std::ofstream(kept) << "before";
  Case late = decided("2026-10-09", "2026-12-28", "100");
  store_.add(late);
  EXPECT_THROW(export_disclosure_records(store_, agency, D("2026-12-30"), rules_, cal_,
                                         kept.string(), DisclosureFileFormat::kCsv),
               CalendarCoverageError);
  EXPECT_EQ(read(kept), "before");
  EXPECT_FALSE(fs::exists(dir / "kept.csv.partial"));
  // A folder that does not exist: DataFileError naming the file, nothing written.
  const fs::path missing = dir / "no-such-folder" / "records.json";
  try {
    export_disclosure_records(store_, agency, D("2025-10-20"), rules_, cal_, missing.string(),
                              DisclosureFileFormat::kJson);
    ADD_FAILURE() << "no error for a missing folder";
  } catch (const DataFileError& e) {
    EXPECT_THAT(e.what(), HasSubstr(missing.string()));
  }
  EXPECT_FALSE(fs::exists(dir / "no-such-folder"));
  fs::remove_all(dir);
}

TEST_F(DisclosureStore, AnnualStatisticsCountWhatWasPutIn) {
  auto s = annual_statistics(store_, 2025, rules_, cal_);
  EXPECT_EQ(s.report_due, D("2026-01-31"));
  EXPECT_EQ(s.cases_filed, 6);    // A B C G H I
  EXPECT_EQ(s.cases_decided, 7);  // A B C D E G H
  EXPECT_EQ(s.simple_procedure, 1);
  EXPECT_EQ(s.general_procedure, 6);
  EXPECT_EQ(s.by_outcome[Outcome::kPenalty], 6);
  EXPECT_EQ(s.by_outcome[Outcome::kNoPenaltyMinor], 1);
  EXPECT_EQ(s.by_outcome[Outcome::kTransferToJudicial], 0);
  EXPECT_EQ(s.by_penalty_kind[PenaltyKind::kFine], 6);
  EXPECT_EQ(s.by_penalty_kind[PenaltyKind::kWarning], 1);
  EXPECT_EQ(s.fines_total, Money::from_yuan(5000 + 20000 + 1000 + 200 + 8000 + 4000));
  EXPECT_EQ(s.hearings_requested, 1);
  EXPECT_EQ(s.hearings_held, 1);
  EXPECT_EQ(s.case_reviews[ReviewVerdict::kApprove], 1);
  EXPECT_EQ(s.case_reviews[ReviewVerdict::kReject], 1);
  EXPECT_EQ(s.subject_reviews[ReviewSubject::kContract], 1);
  EXPECT_EQ(s.subject_reviews[ReviewSubject::kNormativeDocument], 1);
  EXPECT_EQ(s.normative_in_force, 1);
  EXPECT_EQ(s.normative_repealed, 1);
  EXPECT_EQ(s.normative_expired, 1);
  EXPECT_EQ(s.disclosures.due, 5);  // A B C F G; H falls in 2026
  EXPECT_EQ(s.disclosures.on_time, 3);
  EXPECT_EQ(s.disclosures.late, 1);
  EXPECT_EQ(s.disclosures.missing, 1);
  EXPECT_EQ(s.withdrawals.due, 1);
  EXPECT_EQ(s.withdrawals.late, 1);

  const std::string csv = s.to_csv();
  EXPECT_THAT(csv, HasSubstr("metric,value\r\n"));
  EXPECT_THAT(csv, HasSubstr("\r\ndisclosures.late,1\r\n"));
  EXPECT_THAT(csv, HasSubstr("\r\nfines_total_fen,3820000\r\n"));
  auto j = nlohmann::json::parse(s.to_json());
  EXPECT_EQ(j["by_outcome"]["no_penalty_minor"], 1);
  EXPECT_EQ(j["disclosures"]["missing"], 1);
  EXPECT_EQ(j["report_due"], "2026-01-31");

  auto next = annual_statistics(store_, 2026, rules_, cal_);
  EXPECT_EQ(next.cases_decided, 0);
  EXPECT_EQ(next.disclosures.due, 1);  // H
  EXPECT_EQ(next.disclosures.missing, 1);
  EXPECT_EQ(next.normative_in_force, 2);
}

TEST_F(DisclosureStore, AYearOffTheCalendarFailsClosed) {
  EXPECT_THROW(annual_statistics(store_, 2027, rules_, cal_), CalendarCoverageError);
  Case late = decided("2026-10-09", "2026-12-28", "100");
  store_.add(late);
  EXPECT_THROW(disclosure_report(store_, D("2026-12-30"), rules_, cal_), CalendarCoverageError);
}

}  // namespace
}  // namespace zhifa

// The main job (review_year.hpp) over a small synthetic store: every part covers the same cases,
// the audit run is recorded, and the report files are written all together.
#include "zhifa/review_year.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_util.hpp"
#include "zhifa/hash.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa {
namespace {

using test::D;

TEST(ReviewYear, CountsTheThreeSystemsAndRecordsTheAudit) {
  SyntheticOptions o;
  o.seed = 11;
  SyntheticCaseGenerator gen(o);
  CaseStore store(":memory:");
  store.register_agency(gen.agency());
  std::vector<Case> cases;
  for (int i = 0; i < 60; ++i) cases.push_back(gen.next().c);
  store.add_all(cases);

  const auto dir = std::filesystem::temp_directory_path() / "zhifa-review-year-test";
  std::filesystem::remove_all(dir);
  YearReviewOptions options;
  options.report_dir = dir.string();
  const YearReview y = review_year(store, D("2025-12-31"), options);

  EXPECT_EQ(y.cases, 60);
  std::int64_t by_status = 0;
  for (const auto& [status, n] : y.by_status) by_status += n;
  EXPECT_EQ(by_status, 60);
  // Art. 47: every case's record log is verified; nothing was tampered with.
  EXPECT_EQ(y.records_verified, 60);
  EXPECT_TRUE(y.records_tampered.empty());
  // Art. 58: the missing reviews are among the required ones.
  EXPECT_LE(y.reviews_missing, y.reviews_required);
  EXPECT_EQ(y.deadlines_open + y.deadlines_overdue, static_cast<std::int64_t>(y.deadlines.size()));
  EXPECT_EQ(y.audit_run.cases, 60);
  EXPECT_EQ(store.audit_runs().size(), 1u);
  EXPECT_EQ(y.audit_report.files, 60u);
  EXPECT_EQ(y.report_files.size(), 5u);
  for (const auto& f : y.report_files) EXPECT_TRUE(std::filesystem::exists(f)) << f;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    EXPECT_NE(e.path().extension(), ".part") << "left behind: " << e.path();
  }
  EXPECT_NE(to_json(y).find("\"legality_review\""), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(ReviewYear, AReportFolderThatCannotBeMadeLeavesNoFiles) {
  CaseStore store(":memory:");
  YearReviewOptions options;
  const auto file = std::filesystem::temp_directory_path() / "zhifa-review-year-not-a-dir";
  std::filesystem::remove_all(file);
  { std::ofstream(file) << "x"; }
  options.report_dir = (file / "sub").string();
  EXPECT_THROW(review_year(store, D("2025-12-31"), options), DataFileError);
  std::filesystem::remove_all(file);
}

TEST(Hash, Sha256HexIsSixtyFourLowercaseDigits) {
  const std::string h = to_hex(sha256("abc"));
  EXPECT_EQ(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");  // FIPS 180-4
  EXPECT_TRUE(is_sha256_hex(h));
  EXPECT_FALSE(is_sha256_hex(h.substr(1)));
  std::string upper = h;
  upper[0] = 'B';
  EXPECT_FALSE(is_sha256_hex(upper));
  EXPECT_EQ(hash_from_hex(upper), sha256("abc"));  // either case is read
}

}  // namespace
}  // namespace zhifa

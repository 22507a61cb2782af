// The main job: the year's review of a store as of a date (年度执法工作检视). What a
// legal-affairs office looks at before it writes its annual report: the cases by status, the
// deadlines open or overdue, the three systems (三项制度: full-process records verified, legality
// reviews required and missing, the disclosure states), and the case-file audit (案卷评查) of
// the year with its report files. `zhifa demo`, `zhifa review` and Python's zhifa.review_year
// all call review_year and print or return the same summary.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "zhifa/audit.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/audit_report.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/disclosure.hpp"
#include "zhifa/disclosure_report.hpp"
#include "zhifa/review.hpp"
#include "zhifa/store_deadlines.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {

struct YearReviewOptions {
  WorkCalendar calendar = WorkCalendar::china();
  /// Which decisions need a legality review (Art. 58); the default is the example list, which
  /// an agency replaces with its own (docs/review.md).
  ReviewCriteria review_criteria = JurisdictionRules::example().review_criteria;
  DisclosureRules disclosure_rules = DisclosureRules::defaults();
  Standard standard = Standard::builtin();
  /// The agencies the audit judges power items and certificates by; none: the store's own
  /// (CaseStore::agencies()).
  std::optional<std::vector<Agency>> agencies;
  /// The cases reviewed; every part of the review covers the same cases.
  CaseFilter filter;
  /// Threads, progress and timestamps of the audit.
  AuditBatchOptions audit;
  /// Where the audit's report files are written (write_audit_report); empty: none.
  std::string report_dir;
  /// The note recorded with the audit run.
  std::string note = "review_year";
};

/// The summary. Counts cover the cases of the options' filter.
struct YearReview {
  Date as_of;
  std::int64_t cases = 0;
  /// Every status, zero included, in the order of the procedure.
  std::map<CaseStatus, std::int64_t> by_status;
  /// The deadlines open or overdue on as_of, by case id.
  std::vector<StoredDeadline> deadlines;
  std::int64_t deadlines_open = 0, deadlines_overdue = 0;
  /// Full-process records (Art. 47): logs verified, and the cases whose log does not verify.
  std::int64_t records_verified = 0;
  std::vector<std::int64_t> records_tampered;
  /// Legality review (Art. 58): decisions the criteria say needed one, and of them those
  /// without a passing review.
  std::int64_t reviews_required = 0, reviews_missing = 0;
  /// Disclosure (Art. 48): how many cases are in each state.
  std::map<DisclosureStatus, std::int64_t> disclosure;
  /// The audit: its run as stored, its report, and the report files written (paths).
  AuditRun audit_run;
  AuditReport audit_report;
  std::vector<std::string> report_files;
};

/// Reviews the store as of `as_of`. Reads the clock nowhere (the audit's timestamps come from
/// options.audit.timestamp). Records one audit run. Throws what the parts throw: StorageError,
/// CalendarCoverageError for a date beyond the calendar, DataFileError when a report file
/// cannot be written.
YearReview review_year(CaseStore& store, Date as_of, const YearReviewOptions& options = {});

/// The summary as one JSON object: as_of, cases, by_status {status: n}, deadlines {open,
/// overdue}, records {verified, tampered: [case ids]}, legality_review {required, missing},
/// disclosure {status: n}, audit {run, files, vetoed, mean_total, grades {grade: n}},
/// report_files. The same text for the CLI (`zhifa demo --json`) and Python (to_dict).
std::string to_json(const YearReview& review);

}  // namespace zhifa

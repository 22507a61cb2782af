// Reports of a case-file audit run (jobs layer): the grade distribution, the most frequent
// findings with their articles, views per agency and per officer, the worst files, and the items
// that could not be checked; as a self-contained HTML page (inline CSS and SVG charts, no script,
// no network), as JSON and as CSV. Results export as JSON Lines and CSV.
#pragma once

#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "zhifa/audit.hpp"
#include "zhifa/case_store.hpp"

namespace zhifa {

/// How often a finding occurred in a run.
struct FindingCount {
  std::string code;
  std::string check_id;
  std::string item_id;
  std::string article;
  std::size_t count = 0;  ///< findings
  std::size_t files = 0;  ///< files with at least one
  double points = 0;      ///< deductions in total
  std::string example;    ///< the message of one of them
};

/// A view of the run per agency or per officer.
struct GroupStats {
  std::string key;   ///< agency code or officer id
  std::string name;  ///< agency or officer name when known
  std::size_t files = 0;
  std::size_t failed = 0;  ///< files graded the standard's fail grade
  std::size_t findings = 0;
  double mean_total = 0;
};

/// A file with its total, grade and finding codes.
struct FileSummary {
  std::int64_t case_id = 0;
  std::string number;
  std::string agency_code;
  double total = 0;
  std::string grade;
  std::vector<std::string> codes;
};

/// An item that could not be checked automatically in some files, with a reason.
struct UncheckedItem {
  std::string item_id;
  std::string title;
  std::size_t files = 0;
  std::string reason;
};

struct AuditReport {
  std::string standard_name;
  std::string standard_version;
  Date as_of;
  std::string title;
  std::size_t files = 0;
  std::size_t vetoed = 0;
  double mean_total = 0;
  std::vector<std::pair<std::string, std::size_t>> grades;  ///< in band order, fail grade last
  std::vector<FindingCount> findings;                       ///< most frequent first
  std::vector<GroupStats> agencies;
  std::vector<GroupStats> officers;
  std::vector<FileSummary> worst;  ///< lowest totals first
  std::vector<UncheckedItem> unchecked;
};

/// Builds a report from results added one at a time (bounded memory: counters and the `worst`
/// lowest files only). Not thread-safe.
class AuditReportBuilder {
 public:
  /// Officer and agency names come from the context's agencies; `worst` files are kept.
  AuditReportBuilder(const Standard& standard, const AuditContext& context, std::size_t worst = 20);
  void add(const AuditResult& result);
  AuditReport finish(std::string title = "") const;

 private:
  const Standard& standard_;
  Date as_of_;
  std::size_t worst_n_;
  std::map<std::string, std::string> agency_names_, officer_names_;
  std::size_t files_ = 0, vetoed_ = 0;
  double total_sum_ = 0;
  std::map<std::string, std::size_t> grades_;
  std::map<std::string, FindingCount> findings_;
  struct Acc {
    std::size_t files = 0, failed = 0, findings = 0;
    double sum = 0;
  };
  std::map<std::string, Acc> agencies_, officers_;
  std::vector<FileSummary> worst_;
  std::map<std::string, UncheckedItem> unchecked_;
};

/// A self-contained HTML page: inline CSS and SVG bar charts, readable offline.
std::string report_html(const AuditReport& report);
/// The report as JSON.
std::string report_json(const AuditReport& report);
/// The report as CSV: one row per figure, columns view,key,name,files,failed,findings,value.
std::string report_csv(const AuditReport& report);

/// One result per line (audit.hpp's to_json).
void write_results_jsonl(std::ostream& out, const AuditResult& result);
/// CSV of results: call the header once, then one row per result. Columns: case_id, number,
/// agency_code, status, form_score, content_score, total, grade, vetoed, findings (codes joined
/// by ';'), deductions.
void write_results_csv_header(std::ostream& out);
void write_results_csv(std::ostream& out, const AuditResult& result);

/// The report of a stored run, its results streamed from the store (bounded memory); its title
/// names the run.
AuditReport build_audit_report(const CaseStore& store, const AuditRun& run,
                               const Standard& standard, const AuditContext& context);

/// The report files of a stored run, written into `dir` (created if missing): report.html,
/// report.json, report.csv, results.jsonl and results.csv. The results are streamed from the
/// store (bounded memory). Each file is written beside its final name and renamed into place
/// only when all five are complete, so a failure leaves no half-written report. Returns the
/// report (its title names the run) and, in `written`, the paths. DataFileError naming the
/// path when a file cannot be written.
AuditReport write_audit_report(const CaseStore& store, const AuditRun& run,
                               const Standard& standard, const AuditContext& context,
                               const std::string& dir, std::vector<std::string>* written = nullptr);

}  // namespace zhifa

// The case-file audit (行政执法案卷评查): an audit standard (veto items, form and content items
// with their points, deductions and floors, grade bands) loaded from data, a registry of automatic
// checks each citing its article, and the per-case audit that scores one case file against a
// standard. Rules layer: nothing here touches the store; the batch job is in audit_batch.hpp.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/agency.hpp"
#include "zhifa/case.hpp"
#include "zhifa/date.hpp"
#include "zhifa/discretion.hpp"
#include "zhifa/procedure.hpp"

namespace zhifa {

/// The three parts of an audit standard: 基本标准 (veto: any hit fails the file with score 0),
/// 卷面标准 (form) and 内容标准 (content), each scored by deduction from its points.
enum class ItemSection { kVeto, kForm, kContent };

/// One item of an audit standard. A form or content item starts at `points` and loses
/// `deduction` per finding (or the finding code's entry in `deductions`), never below `floor`
/// (扣完为止，不计负分). A veto item has no points: any finding fails the file. `checks` are the
/// automatic checks that feed it; an item without checks is for a human reviewer.
struct StandardItem {
  std::string id;
  ItemSection section = ItemSection::kContent;
  std::string title;  ///< as the standard words it, e.g. 送达程序合法、及时
  double points = 0;
  double deduction = 0;
  std::map<std::string, double> deductions;  ///< per finding code, overriding `deduction`
  double floor = 0;
  std::vector<std::string> checks;
  std::string basis;  ///< the article or the standard's own wording

  /// The points one finding with `code` costs under this item.
  double deduction_for(const std::string& code) const;
};

/// A grade (等次) and the lowest total that earns it, inclusive ("90分以上").
struct GradeBand {
  std::string name;
  double min_score = 0;
};

/// An audit standard (评查标准), read from a "zhifa-audit-standard" JSON document
/// (docs/audit-standard.md). Immutable once built; safe to share between threads.
class Standard {
 public:
  /// The default standard built into the library (data/standards/default.json): a model after
  /// the structures published by provinces and ministries (domain sources are secondary), not an
  /// official standard.
  static const Standard& builtin();
  /// DataFileError naming the source and the JSON path of a bad entry: a missing field, an
  /// unknown section, item points that do not add up to their section's points, duplicate item
  /// ids, grade bands not in descending order.
  static Standard from_json(std::string_view json, std::string_view source = "<string>");
  static Standard from_json_file(const std::string& path);

  const std::string& name() const { return name_; }
  const std::string& version() const { return version_; }
  const std::string& source() const { return source_; }
  double form_points() const { return form_points_; }
  double content_points() const { return content_points_; }
  const std::vector<StandardItem>& items() const { return items_; }
  const std::vector<GradeBand>& bands() const { return bands_; }
  /// The item `id`; NotFoundError naming it.
  const StandardItem& item(std::string_view id) const;
  /// The grade of a total: the first band (highest first) whose minimum it reaches (inclusive,
  /// "以上"), else fail_grade().
  const std::string& grade(double total) const;
  /// The grade below every band (default 不合格), also given to a file with a veto hit.
  const std::string& fail_grade() const { return fail_grade_; }

 private:
  std::string name_, version_, source_, fail_grade_;
  double form_points_ = 0, content_points_ = 0;
  std::vector<StandardItem> items_;
  std::vector<GradeBand> bands_;
};

/// What an automatic check concluded for a case.
enum class CheckStatus {
  kPassed,         ///< checked, nothing wrong
  kFinding,        ///< checked, one or more findings
  kNotApplicable,  ///< the rule does not apply to this case (no hearing right, no fine, ...)
  kNotCheckable,   ///< the case holds no data to check it (pending data, or a reviewer's item)
};

/// One defect found in a case file. `deduction` is what it cost after the item's floor.
struct Finding {
  std::string item_id;
  std::string check_id;  ///< the automatic check, or "reviewer"
  std::string code;      ///< e.g. "service_late"
  std::string article;   ///< e.g. "行政处罚法 Art. 61"
  double deduction = 0;
  bool veto = false;
  std::string message;   ///< names the values and the article
  std::string reviewer;  ///< who recorded it, for a reviewer's finding

  friend bool operator==(const Finding&, const Finding&) = default;
};

/// The outcome of one standard item for one case.
struct ItemResult {
  std::string item_id;
  ItemSection section = ItemSection::kContent;
  CheckStatus status = CheckStatus::kPassed;
  double score = 0;    ///< points kept (0 for a veto item)
  std::string reason;  ///< why not applicable / not checkable

  friend bool operator==(const ItemResult&, const ItemResult&) = default;
};

/// The audit of one case file against one standard.
struct AuditResult {
  std::int64_t case_id = 0;
  std::string number;
  std::string agency_code;
  std::string status;  ///< the case's status when audited ("archived", "decided", ...)
  std::vector<std::string> officers;  ///< investigators and decision signatories
  std::vector<Finding> findings;
  std::vector<ItemResult> items;
  bool vetoed = false;
  double form_score = 0;
  double content_score = 0;
  double total = 0;
  std::string grade;

  friend bool operator==(const AuditResult&, const AuditResult&) = default;
};

/// What one automatic check returns: its status, its findings (code, article, message; the
/// deduction is set by the standard) and, when not applicable or not checkable, the reason.
struct CheckOutcome {
  CheckStatus status = CheckStatus::kPassed;
  std::vector<Finding> findings;
  std::string reason;

  static CheckOutcome passed() { return {}; }
  static CheckOutcome not_applicable(std::string why) {
    return {CheckStatus::kNotApplicable, {}, std::move(why)};
  }
  static CheckOutcome not_checkable(std::string why) {
    return {CheckStatus::kNotCheckable, {}, std::move(why)};
  }
  /// Adds a finding and sets the status to kFinding.
  void add(std::string code, std::string article, std::string message);
};

struct AuditContext;

/// What a check sees: the case, the procedure of its agency (nullptr when the agency is not
/// known to the context), the context, and the case's deadlines as of the audit date.
struct CheckInput {
  const Case& c;
  const Procedure* procedure;
  const AuditContext& context;
  const std::vector<CaseDeadline>& deadlines;
};

/// An automatic check: an id the standard refers to, what it checks, the article, and the
/// function. The function must be thread-safe (it is called from the batch job's threads).
struct AuditCheck {
  std::string id;
  std::string title;
  std::string article;
  std::function<CheckOutcome(const CheckInput&)> run;
  /// The parts of the case the function reads besides the case's own row (CasePart), and
  /// whether it reads CheckInput::deadlines. A batch audit over a store reads only the parts its
  /// standard's checks name, and computes deadlines only when a check reads them, so a check
  /// must name everything it reads: a part it does not name is empty. The defaults (everything)
  /// are always right. A check that reads deadlines is reported not checkable, without being
  /// run, for a case whose deadlines cannot be computed (e.g. dates beyond the calendar).
  CaseParts reads = CaseParts::all();
  bool reads_deadlines = true;
};

/// The checks a standard may refer to, by id. builtin() holds zhifa's checks; copy it and add or
/// replace checks (e.g. when new case data become available) before auditing.
class CheckRegistry {
 public:
  static const CheckRegistry& builtin();
  /// Adds the check, replacing one with the same id.
  void add(AuditCheck check);
  /// The check `id`, or nullptr.
  const AuditCheck* find(std::string_view id) const;
  std::vector<std::string> ids() const;

 private:
  std::map<std::string, AuditCheck, std::less<>> checks_;
};

/// What the audit needs besides the case: the agencies (with their power items and officers),
/// the jurisdiction's thresholds, calendar and periods, the discretion catalog, the checks, and
/// the date as of which open deadlines are judged. Copyable; const use is thread-safe.
struct AuditContext {
  AuditContext(Date as_of, std::vector<Agency> agencies,
               JurisdictionRules rules = JurisdictionRules::example(),
               WorkCalendar calendar = WorkCalendar::china(),
               const Catalog& catalog = Catalog::builtin(),
               std::shared_ptr<const CheckRegistry> checks = nullptr);

  Date as_of;
  std::shared_ptr<const Catalog> catalog;
  std::shared_ptr<const CheckRegistry> checks;
  WorkCalendar calendar;
  /// One procedure per agency code.
  std::map<std::string, Procedure> procedures;
};

/// The case parts an audit by `standard` reads: those its checks name, those the deadlines need
/// when a check reads deadlines, and the documents (the result lists the officers who signed the
/// decision). audit_store reads only these. Throws ValidationError when the standard names a
/// check the context's registry does not have.
CaseParts parts_read(const Standard& standard, const AuditContext& context);

/// Audits one case file: runs every item's checks, applies deductions, floors and vetoes, sums
/// form and content scores and grades the total. Throws ValidationError when the standard names
/// a check the registry does not have. Thread-safe for distinct or const inputs.
AuditResult audit_case(const Case& c, const AuditContext& context, const Standard& standard);

/// A human reviewer's finding for an item (manual items, or a correction to an automatic one).
struct ReviewerFinding {
  std::string item_id;
  std::string code;
  std::string reviewer;
  std::string message;
  std::optional<double> deduction;  ///< default: the item's deduction for the code
};

/// Adds a reviewer's finding to a result and scores it again. NotFoundError when the item is not
/// in the standard; ValidationError without a reviewer or with a negative deduction.
void add_reviewer_finding(AuditResult& result, const Standard& standard,
                          const ReviewerFinding& finding);

/// Recomputes item scores, sections, veto, total and grade from the result's findings.
void rescore(AuditResult& result, const Standard& standard);

/// The result as one line of JSON (the audit_results table and JSON Lines export), and back.
std::string to_json(const AuditResult& result);
AuditResult audit_result_from_json(std::string_view json);

std::string to_string(ItemSection section);
std::string to_string(CheckStatus status);

}  // namespace zhifa

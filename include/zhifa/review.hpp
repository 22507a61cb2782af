// 重大执法决定法制审核 (legality review of major enforcement decisions, 行政处罚法 Art. 58): which
// decisions need review, as a per-agency catalog of criteria (the four statutory situations plus
// the local list of major decisions, 重大执法决定事项目录); the review checklist; and the reviews
// of other subjects an agency reports (contracts, normative documents) with a registry of normative
// documents (规范性文件). The review record itself is LegalReview (case.hpp); the procedure's
// decision gate uses these criteria (procedure.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/case.hpp"
#include "zhifa/date.hpp"
#include "zhifa/money.hpp"

namespace zhifa {

/// One condition of a review criterion; a criterion applies when all its conditions hold.
struct ReviewCondition {
  enum class Kind {
    kFlag,                 ///< a CaseFlags member is set ("major_public_interest", ...)
    kHearingHeld,          ///< the case went through a hearing (听证程序)
    kFineAtLeast,          ///< the fines total at least the amount (person / organisation)
    kConfiscationAtLeast,  ///< confiscated gains and property total at least the amount
    kPenaltyKind,          ///< one of the penalty kinds is imposed
    kMitigation,           ///< the decision has this tier (e.g. every 减轻 decision)
  };
  Kind kind = Kind::kFlag;
  std::string flag;
  /// Thresholds: a natural person among the parties uses `person`, otherwise `organization`;
  /// a missing threshold never matches.
  std::optional<Money> person;
  std::optional<Money> organization;
  std::vector<PenaltyKind> kinds;
  Mitigation mitigation = Mitigation::kNone;
};

/// A criterion of the catalog with its legal or local basis.
struct ReviewCriterion {
  std::string id;  ///< e.g. "art58-1", "fine"
  std::string description;
  std::string basis;  ///< e.g. "行政处罚法 Art. 58 (1)" or the local list
  std::vector<ReviewCondition> all;
};

/// A criterion that a case meets, and why.
struct ReviewGround {
  std::string criterion_id;
  std::string basis;
  std::string reason;

  /// "basis: reason", as LegalReview::grounds and the procedure's messages show it.
  std::string text() const { return basis + ": " + reason; }
};

/// An item of the review checklist (domain: 国办发〔2018〕118号 as reported, [U] wording).
struct ReviewItemSpec {
  std::string key;  ///< e.g. "procedure"
  std::string name;
};

/// The criteria of one agency or jurisdiction. Immutable after construction; const use is
/// thread-safe.
class ReviewCriteria {
 public:
  /// Art. 58 (1)-(4) only: the flags of CaseFlags, (2) together with a held hearing.
  static ReviewCriteria statutory();
  /// The shipped example (data/review/criteria.json): Art. 58 plus thresholds from municipal
  /// lists (fines of 20,000 yuan for a person / 50,000 for an organisation, confiscations of the
  /// same value, license revocation and closure orders, every 减轻 decision, a held hearing).
  /// The local thresholds are examples, not law: replace them with the agency's own list.
  static ReviewCriteria example();
  /// Reads the format of docs/review-criteria.md; DataFileError naming the source and path.
  static ReviewCriteria from_json(std::string_view text, std::string_view source = "criteria");
  static ReviewCriteria from_json_file(const std::string& path);
  std::string to_json() const;

  const std::string& name() const { return name_; }
  const std::string& source() const { return source_; }
  const std::vector<ReviewCriterion>& criteria() const { return criteria_; }
  const std::vector<ReviewItemSpec>& items() const { return items_; }
  /// Whether `key` is an item of the checklist.
  bool has_item(const std::string& key) const;

  /// The criteria met by the case with these penalties and tier (the proposed decision).
  std::vector<ReviewGround> match(const Case& c, const std::vector<Penalty>& penalties,
                                  Mitigation mitigation) const;

 private:
  std::string name_;
  std::string source_;
  std::vector<ReviewCriterion> criteria_;
  std::vector<ReviewItemSpec> items_;
};

/// What an agency's legal-affairs office reviews (the annual report counts each kind).
enum class ReviewSubject {
  kPenaltyDecision,           ///< 行政处罚决定 (Art. 58)
  kOtherEnforcementDecision,  ///< other major enforcement decisions (licensing, compulsion)
  kContract,                  ///< 合同
  kNormativeDocument,         ///< 规范性文件
};

/// A review of a subject other than a case's penalty decision (those are LegalReview records
/// in the case).
struct SubjectReview {
  std::string id;  ///< unique in the store, e.g. "HT-2025-014"
  ReviewSubject subject = ReviewSubject::kContract;
  std::string title;
  std::string reviewer_id;
  Date submitted_on;
  Date reviewed_on;
  ReviewVerdict verdict = ReviewVerdict::kApprove;
  std::string opinion;

  /// Why the record is malformed (empty id or title, reviewed before submitted), or nothing.
  std::optional<std::string> problem() const;
  friend bool operator==(const SubjectReview&, const SubjectReview&) = default;
};

/// Whether a normative document is in force on a date.
enum class NormativeStatus {
  kNotYetEffective,
  kValid,     ///< 有效
  kExpired,   ///< 失效 (its period of validity ended)
  kRepealed,  ///< 废止
};

/// A normative document (规范性文件) of the registry.
struct NormativeDocument {
  std::string number;  ///< 文号, unique in the registry, e.g. 大发改规〔2024〕2号
  std::string title;
  std::string issuing_body;
  Date issued_on;
  Date effective_on;
  std::optional<Date> expires_on;   ///< end of the period of validity (有效期至), inclusive
  std::optional<Date> repealed_on;  ///< 废止 from this day
  std::string repealed_by;

  /// The status on `on`: repealed from repealed_on, expired after expires_on, not yet
  /// effective before effective_on, else valid.
  NormativeStatus status_on(Date on) const;
  /// Why the record is malformed (empty number or title, effective before issue, expiry or
  /// repeal before effect), or nothing.
  std::optional<std::string> problem() const;
  friend bool operator==(const NormativeDocument&, const NormativeDocument&) = default;
};

std::string to_string(ReviewSubject subject);
std::string to_string(NormativeStatus status);
ReviewSubject review_subject_from_string(const std::string& text);

}  // namespace zhifa

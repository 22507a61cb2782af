// 双随机、一公开: random inspections with a random draw of the inspected entities from an entity
// directory and of the inspectors from an inspector directory, and publication of the results
// (国办发〔2015〕58号; 国发〔2019〕5号: "随机抽取检查对象、随机选派执法检查人员，抽查结果及时向社会
// 公开"). The draw is a pure function of a seed, the plan and snapshots of both directories, so
// anyone holding them can replay it; the algorithm, its encodings and the file formats are in
// docs/inspection.md, with golden vectors in tests/data/inspection/.
//
// Ratios, frequency limits and the publication deadline are local configuration (data of the
// plan), not law: the national texts only require "合理确定随机抽查的比例和频次".
//
// Thread-safety: every function is pure; values may be shared between threads for reading.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/agency.hpp"
#include "zhifa/date.hpp"
#include "zhifa/inspection_item.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {

// ---- directories (一单两库) -------------------------------------------------------------------

/// A past inspection of an entity, counted against the plan's frequency limit.
struct InspectionHistory {
  Date date;
  std::string item;
  friend bool operator==(const InspectionHistory&, const InspectionHistory&) = default;
};

/// An entity of the inspected-entity directory (检查对象名录库). `risk_class` is the credit/risk
/// class (信用风险分类, SAMR uses "A".."D"; a local scheme may use its own names); the plan must
/// give a quota for every class that occurs.
struct InspectionEntity {
  std::string credit_code;  ///< unified social credit code (统一社会信用代码): the entity's key
  std::string name;
  std::string industry;
  std::string district;
  std::string risk_class;
  std::vector<InspectionHistory> history;
  friend bool operator==(const InspectionEntity&, const InspectionEntity&) = default;
};

/// A recorded conflict of interest: the inspector's relation to an entity (行政处罚法 Art. 43:
/// 与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避).
struct InspectorConflict {
  std::string credit_code;
  std::string relation;
  friend bool operator==(const InspectorConflict&, const InspectorConflict&) = default;
};

/// An officer of the inspector directory (执法检查人员名录库).
struct Inspector {
  std::string id;
  std::string name;
  std::vector<Certificate> certificates;
  std::vector<std::string> specialities;
  std::vector<InspectorConflict> conflicts;

  /// Holds a certificate of `agency_code` valid on every day of [from, to] (行政处罚法 Art. 42:
  /// 具有行政执法资格).
  bool certified_for(const std::string& agency_code, Date from, Date to) const;
  /// Has a recorded relation to the entity.
  bool conflicted_with(const std::string& credit_code) const;
  /// Field by field (certificates by number, validity and agency).
  friend bool operator==(const Inspector& a, const Inspector& b);
};

/// The entity directory: unique, non-empty credit codes (ValidationError naming the duplicate).
/// Reads format "zhifa-inspection-entities" version 1; DataFileError naming the JSON path.
std::vector<InspectionEntity> entities_from_json(std::string_view text,
                                                 std::string_view source = "entities");
std::vector<InspectionEntity> entities_from_json_file(const std::string& path);
std::string entities_to_json(const std::vector<InspectionEntity>& entities);

/// The inspector directory: unique, non-empty ids. Format "zhifa-inspectors" version 1.
std::vector<Inspector> inspectors_from_json(std::string_view text,
                                            std::string_view source = "inspectors");
std::vector<Inspector> inspectors_from_json_file(const std::string& path);
std::string inspectors_to_json(const std::vector<Inspector>& inspectors);

/// SHA-256 (64 lowercase hex digits) of the directory snapshot's canonical JSON: entries sorted
/// by key, fields as in the file format, docs/inspection.md "Canonical encoding". Independent
/// of the order in which entries were given.
std::string entities_hash(const std::vector<InspectionEntity>& entities);
std::string inspectors_hash(const std::vector<Inspector>& inspectors);

// ---- the plan ---------------------------------------------------------------------------------

/// The sampling ratio and frequency limit of a class. The ratio is in basis points (1/10000):
/// 500 is 5 %. The class's quota is ceil(ratio_bp × population / 10000), population being the
/// number of the directory's entities of the class (excluded ones included).
struct ClassQuota {
  std::string risk_class;
  int ratio_bp = 0;  ///< 0..10000
  /// At most this many inspections in the frequency window, this draw included: an entity with
  /// max_inspections or more past inspections in the window is not eligible. None: no limit.
  std::optional<int> max_inspections;
  friend bool operator==(const ClassQuota&, const ClassQuota&) = default;
};

/// An entity the plan leaves out, with why (e.g. under a special inspection already).
struct PlanExclusion {
  std::string credit_code;
  std::string reason;
  friend bool operator==(const PlanExclusion&, const PlanExclusion&) = default;
};

/// A random-inspection plan (抽查工作计划). Format "zhifa-inspection-plan" version 1.
struct InspectionPlan {
  std::string id;
  std::string name;
  std::string agency_code;  ///< the inspecting agency: inspectors need its certificate
  std::vector<InspectionItem> items;
  Date start;  ///< the inspection period: certificates must be valid on every day of it
  Date end;
  /// Start of the window over which past inspections count against max_inspections; none means
  /// `start`. The window ends at `end`.
  std::optional<Date> frequency_from;
  std::vector<ClassQuota> quotas;
  int team_size = 2;  ///< at least 2 (行政处罚法 Art. 42: 执法人员不得少于两人)
  std::vector<PlanExclusion> exclusions;
  /// When set, only inspectors with this speciality are drawn.
  std::string speciality;
  /// sha256(seed) as 64 hex digits, published before the draw; none means no commitment.
  std::optional<std::string> seed_commitment;
  /// Results are published within this many working days of the inspection's end (default 20:
  /// local rules say "20个工作日"; the national text is not verified; configurable).
  int results_working_days = 20;

  /// Throws ValidationError naming the field: empty id or agency, no items, an item without
  /// legal basis (国办发〔2015〕58号: 法律法规规章没有规定的，一律不得擅自开展检查), end before
  /// start, team_size < 2 (LegalGuardError, Art. 42), a ratio outside 0..10000, a duplicate
  /// class, a malformed commitment, results_working_days < 1.
  void validate() const;
  std::string to_json() const;
  /// SHA-256 hex of the plan's canonical JSON.
  std::string hash() const;
  static InspectionPlan from_json(std::string_view text, std::string_view source = "plan");
  static InspectionPlan from_json_file(const std::string& path);
  friend bool operator==(const InspectionPlan&, const InspectionPlan&) = default;
};

/// The commitment published for a seed: sha256 of its UTF-8 bytes, 64 lowercase hex digits.
std::string seed_commitment(std::string_view seed);

/// The ticket of `key` under `label`: the first 8 bytes, big-endian, of SHA-256 over
/// "zhifa-draw-v1", seed, label and key, each preceded by its length as 4 bytes big-endian.
/// A uniform 64-bit value; compared, never reduced modulo anything.
std::uint64_t draw_ticket(std::string_view seed, std::string_view label, std::string_view key);

// ---- the draw record --------------------------------------------------------------------------

/// What happened to one class.
struct ClassDraw {
  std::string risk_class;
  int population = 0;  ///< entities of the class in the directory
  int eligible = 0;    ///< neither excluded nor at the frequency limit
  int quota = 0;       ///< ceil(ratio_bp × population / 10000)
  int selected = 0;    ///< min(quota, eligible)
  friend bool operator==(const ClassDraw&, const ClassDraw&) = default;
};

/// A drawn entity and its team (empty when no valid team exists: see DrawRecord::failures).
struct DrawSelection {
  std::string credit_code;
  std::string risk_class;
  std::uint64_t ticket = 0;
  std::vector<std::string> team;  ///< inspector ids in the order drawn
  friend bool operator==(const DrawSelection&, const DrawSelection&) = default;
};

/// A drawn entity for which no team could be formed. `constraint` is "certificate" (fewer than
/// team_size inspectors certified for the agency over the period, with the speciality) or
/// "recusal" (enough certified ones, but too few without a recorded relation to the entity).
struct DrawFailure {
  std::string credit_code;
  std::string constraint;
  std::string detail;
  friend bool operator==(const DrawFailure&, const DrawFailure&) = default;
};

/// The record of a draw: a value with a hash, never edited. A redraw is a new record naming the
/// hash of the one it replaces and why. Format "zhifa-draw-record" version 1.
struct DrawRecord {
  std::string algorithm;  ///< "zhifa-draw-v1"
  std::string plan_id;
  std::string seed;
  std::string seed_commitment;  ///< sha256(seed)
  std::string plan_hash;
  std::string entities_hash;
  std::string inspectors_hash;
  std::vector<ClassDraw> classes;         ///< in the plan's quota order
  std::vector<DrawSelection> selections;  ///< ascending (ticket, credit code)
  std::vector<DrawFailure> failures;      ///< in selection order
  std::string replaces;                   ///< hash of the replaced record, empty for a first draw
  std::string reason;                     ///< why the redraw (empty for a first draw)
  std::string hash;                       ///< as stated: compute_hash() when untouched

  /// SHA-256 hex of the canonical JSON of every field except `hash`.
  std::string compute_hash() const;
  /// True when no selected entity lacks a team.
  bool complete() const { return failures.empty(); }
  std::string to_json() const;
  /// Reads the record as written, without checking its hash (replay does that).
  static DrawRecord from_json(std::string_view text, std::string_view source = "record");
  static DrawRecord from_json_file(const std::string& path);
  friend bool operator==(const DrawRecord&, const DrawRecord&) = default;
};

/// The draw (docs/inspection.md "The draw"). Validates the plan, checks the seed against the
/// plan's commitment (IntegrityError when it does not match), and requires a quota for every
/// class in the directory (ValidationError naming the entity and the class). Selected entities
/// without a valid team are listed in `failures`; the draw itself succeeds.
DrawRecord draw(const InspectionPlan& plan, const std::vector<InspectionEntity>& entities,
                const std::vector<Inspector>& inspectors, const std::string& seed);

/// A new draw replacing `previous` (whose stated hash must match its content: IntegrityError
/// otherwise) for a non-empty `reason` (ValidationError otherwise).
DrawRecord redraw(const DrawRecord& previous, const std::string& reason, const InspectionPlan& plan,
                  const std::vector<InspectionEntity>& entities,
                  const std::vector<Inspector>& inspectors, const std::string& seed);

/// The outcome of a replay: whether the record is exactly what the draw gives, else the first
/// difference ("selections[3].team[1]: record has X, replay gives Y").
struct ReplayResult {
  bool match = false;
  std::string difference;
};

/// Recomputes the draw from the record's seed, replaces and reason with these inputs and
/// compares it with the record field by field in record order, the stated hash last. Never
/// throws for a mismatch; throws as draw() does for invalid inputs.
ReplayResult replay(const DrawRecord& record, const InspectionPlan& plan,
                    const std::vector<InspectionEntity>& entities,
                    const std::vector<Inspector>& inspectors);

// ---- tasks and results (一公开) ---------------------------------------------------------------

/// An inspection task: a drawn entity with its team and the plan's items.
struct InspectionTask {
  std::string plan_id;
  std::string credit_code;
  std::string entity_name;
  std::vector<std::string> team;
  std::vector<std::string> items;
  Date start;
  Date end;
};

/// The tasks of a record (entities without a team are left out). NotFoundError when a selected
/// entity is not in `entities`; ValidationError when the record is of another plan.
std::vector<InspectionTask> tasks(const DrawRecord& record, const InspectionPlan& plan,
                                  const std::vector<InspectionEntity>& entities);

/// What followed the inspection.
enum class FollowUp {
  kNone,            ///< 未发现问题 / no further measure
  kOrderToCorrect,  ///< 责令改正
  kCaseFiled,       ///< 立案查处, with the case number
};

/// The result of a task. `case_number` is required for kCaseFiled and empty otherwise.
struct InspectionResult {
  std::string plan_id;
  std::string credit_code;
  Date completed_on;  ///< the end of the inspection (检查结束之日)
  std::string finding;
  FollowUp follow_up = FollowUp::kNone;
  std::string case_number;
  std::optional<Date> published_on;
  friend bool operator==(const InspectionResult&, const InspectionResult&) = default;
};

/// Results with their publication period. Format "zhifa-inspection-results" version 1; the
/// file's "publication_working_days" (default 20) is the period.
struct InspectionResults {
  int publication_working_days = 20;
  std::vector<InspectionResult> results;
  static InspectionResults from_json(std::string_view text, std::string_view source = "results");
  static InspectionResults from_json_file(const std::string& path);
  std::string to_json() const;
};

/// Where a result's publication stands on a day.
enum class PublicationState { kPending, kOverdue, kPublished, kPublishedLate };

struct ResultDue {
  std::string plan_id;
  std::string credit_code;
  Date completed_on;
  Date due;  ///< completed_on + working_days working days
  PublicationState state = PublicationState::kPending;
};

/// The publication state of each result on `as_of` ("抽查情况及查处结果要及时公布",
/// 国办发〔2015〕58号): due = calendar.add_working_days(completed_on, working_days); pending when
/// unpublished and as_of <= due, overdue when unpublished after it; published or published late
/// (after due). A published_on after as_of counts as unpublished. CalendarCoverageError when
/// the due date leaves the calendar; ValidationError for working_days < 1 or a bad result.
std::vector<ResultDue> results_due(const std::vector<InspectionResult>& results, Date as_of,
                                   const WorkCalendar& calendar, int working_days = 20);

/// Exports. CSV: UTF-8, header line, CRLF, RFC 4180 quoting; lists joined with "；".
std::string plan_to_csv(const InspectionPlan& plan);
std::string tasks_to_json(const std::vector<InspectionTask>& tasks);
std::string tasks_to_csv(const std::vector<InspectionTask>& tasks);
std::string results_to_csv(const std::vector<InspectionResult>& results);

/// "none", "order_to_correct", "case_filed" and the inverse (ValidationError naming the text).
std::string to_string(FollowUp follow_up);
FollowUp follow_up_from_string(std::string_view text);
/// "pending", "overdue", "published", "published_late".
std::string to_string(PublicationState state);

}  // namespace zhifa

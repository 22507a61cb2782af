// Discretion benchmarks (行政处罚裁量基准, 行政处罚法 Art. 34): a catalog of violation items with
// their statutory fine rules and tiers (不予 / 减轻 / 从轻 / 一般 / 从重), and an engine that turns
// an item and the facts into the permitted penalty range with a trace of every rule it used. All
// amounts are Money (integer fen); fractions are exact integer ratios.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/case.hpp"
#include "zhifa/citation.hpp"
#include "zhifa/date.hpp"
#include "zhifa/money.hpp"

namespace zhifa {

/// An exact fraction num/den (den > 0), e.g. 1‰ = {1, 1000}, 30% = {3, 10}.
struct Ratio {
  std::int64_t num = 0;
  std::int64_t den = 1;
  friend bool operator==(const Ratio&, const Ratio&) = default;
};

/// What a proportional fine is computed on.
enum class FineBase {
  kNone,             ///< a fixed range
  kTotalInvestment,  ///< 项目总投资额
  kContractAmount,   ///< 合同金额 / 中标项目金额
  kIllegalGains,     ///< 违法所得
  kGoodsValue,       ///< 货值金额
  kUnitFine,  ///< the fine imposed on the unit (单位罚款数额), for its responsible persons
};

/// One statutory fine rule: [min, max] as fixed amounts or as ratios of a base, both bounds
/// inclusive ("X以上Y以下", 刑法 Art. 99 / 民法典 Art. 1259 reading). A missing
/// minimum is 0 ("Y以下"). The rule applies when the base lies in [base_from, base_below)
/// ("1万元以上" / "不足1万元") and, if `when` is set, when that circumstance is present (e.g.
/// "serious" for 情节严重).
struct FineRule {
  FineBase base = FineBase::kNone;
  std::optional<Money> min, max;
  std::optional<Ratio> min_ratio, max_ratio;
  std::optional<Money> base_from;
  std::optional<Money> base_below;
  std::string when;
  std::string text;  ///< the statutory wording
};

/// The five discretion levels.
enum class TierKind {
  kNoPenalty,  ///< 不予处罚
  kMitigated,  ///< 减轻: below the statutory minimum
  kLighter,    ///< 从轻: the lower part of the range
  kGeneral,    ///< 一般
  kHeavier,    ///< 从重
};

/// A tier of an item: the part [from, to] of the statutory range (fractions of max - min above
/// min; the upper bound excluded unless `to` is 1 or `upper_inclusive`), selected by any of its
/// circumstance codes. A 减轻 tier lies below the minimum, down to `mitigated_floor` x minimum
/// when the catalog sets one (the law sets no floor).
struct Tier {
  TierKind kind = TierKind::kGeneral;
  std::string label;  ///< as the benchmark names it (一般, 较重, 严重, ...)
  std::vector<std::string> conditions;
  Ratio from{0, 1};
  Ratio to{1, 1};
  bool upper_inclusive = false;
  std::optional<Ratio> mitigated_floor;
  /// An explicit range instead of fractions, as many benchmarks publish it: amounts, or ratios of
  /// the fine rule's base (e.g. 1‰-3‰ of the investment). Closed at both ends; kept inside the
  /// statutory range.
  std::optional<Money> min, max;
  std::optional<Ratio> min_ratio, max_ratio;
  /// For a list entry (不予/减轻/从轻 lists): the document that lists it, shown in the trace.
  std::string basis;

  bool explicit_range() const { return min || max || min_ratio || max_ratio; }
};

/// A violation item of a benchmark catalog.
struct CatalogItem {
  std::string code;
  std::string behaviour;
  Citation violated;
  Citation penalty_provision;
  std::vector<PenaltyKind> kinds;  ///< the penalty kinds the provision allows (Art. 9)
  std::vector<FineRule> fines;     ///< alternatives; empty for an item without a fine
  std::vector<Tier> tiers;
  std::string split_scheme;  ///< "30_70", "midpoint", "custom" (data, not national law)
  Date in_force_from;
  std::optional<Date> in_force_to;
  std::string issued_by;  ///< 文号 of the benchmark document
  std::string status;     ///< e.g. "example tier split: no DRC benchmark text verified"

  bool in_force_on(Date d) const {
    return in_force_from <= d && (!in_force_to || d <= *in_force_to);
  }
};

/// How a catalog resolves 从轻 and 从重 circumstances present at once. Mandatory statutory
/// grounds (Art. 30, 32: 应当从轻或者减轻) are never outweighed.
enum class ConflictRule { kGeneral, kLighter, kHeavier };

/// A benchmark catalog: items, its conflict rule, and its provenance.
class Catalog {
 public:
  /// The default DRC catalog built into the library (data/catalogs/drc.json). Its items and fine
  /// rules follow the statutes each item cites; its tier split is an example (no DRC benchmark
  /// text was verified) and says so.
  static const Catalog& builtin();
  /// A catalog from JSON (docs/catalog-format.md); DataFileError naming the entry.
  static Catalog from_json(std::string_view json, std::string_view source = "<string>");
  static Catalog from_json_file(const std::string& path);
  /// A catalog from the spreadsheet form agencies publish: CSV, one row per item and tier, the
  /// columns of docs/catalog-format.md ("statutory" rows give the fine rules, tier rows the
  /// tiers with their conditions and explicit ranges). Ratios may be written 5‰, 0.5%, 2倍 or
  /// 5/1000. DataFileError names the line and the column.
  static Catalog from_csv(std::string_view csv, std::string name,
                          std::string_view source = "<csv>");
  /// The catalog in the zhifa-catalog JSON format (what from_json reads).
  std::string to_json() const;

  const std::string& name() const { return name_; }
  const std::string& source() const { return source_; }
  ConflictRule conflict_rule() const { return conflict_; }
  const std::vector<CatalogItem>& items() const { return items_; }
  /// The item `code` in force on `on`; NotFoundError naming the code (and the date).
  const CatalogItem& item(std::string_view code, Date on) const;
  /// The same, or nullptr when no version of the item is in force on `on`.
  const CatalogItem* find(std::string_view code, Date on) const;

 private:
  std::string name_;
  std::string source_;
  ConflictRule conflict_ = ConflictRule::kGeneral;
  std::vector<CatalogItem> items_;
};

/// The facts the engine needs: dates, circumstance codes (the statutory ones below and the
/// catalog's own), base amounts for proportional fines, and the party's age at the act.
///
/// Statutory circumstance codes: minor_under_14 / minor_14_17 (Art. 30); incapacity /
/// partial_incapacity (Art. 31); eliminated_harm, coerced, confessed, meritorious,
/// other_mandatory_mitigation (Art. 32 (1)-(5)); minor_corrected_no_harm,
/// first_violation_slight_corrected, no_fault (Art. 33). `age_at_act` sets the Art. 30 codes.
struct PenaltyFacts {
  Date act_date;
  std::optional<Date> act_ended;
  Date discovered;
  Date decision_date;
  bool life_health_or_financial_harm = false;  ///< the five-year limitation (Art. 36)
  std::optional<int> age_at_act;
  std::set<std::string> circumstances;
  std::map<FineBase, Money> bases;
};

/// One line of the engine's explanation.
struct TraceStep {
  std::string text;
  std::optional<Citation> basis;
};

/// What the engine permits for an item and the facts.
struct Recommendation {
  bool penalty_allowed = true;
  TierKind tier = TierKind::kGeneral;
  std::string tier_label;
  std::vector<PenaltyKind> kinds;
  std::optional<Money> statutory_min, statutory_max;  ///< the fine rule's range
  std::optional<Money> min, max;                      ///< the tier's range
  /// A fine below the statutory minimum is lawful: a mandatory ground (Art. 30, 32:
  /// 应当从轻或者减轻) or the catalog's mitigated list applies.
  bool mitigation_allowed = false;
  std::vector<TraceStep> trace;
};

/// The engine: whether a penalty may be imposed, the tier, the permitted fine range and kinds,
/// and the trace naming every rule, article and number used. Throws NotFoundError for an item
/// not in force on the act's date, ValidationError for a proportional fine without its base.
Recommendation recommend(const Catalog& catalog, std::string_view item_code,
                         const PenaltyFacts& facts);

/// A recommendation as one JSON object, the shape `zhifa penalty --json` prints and Python's
/// Recommendation.to_dict() reads: penalty_allowed, mitigation_allowed, tier, tier_label, kinds,
/// statutory_min_fen, statutory_max_fen, min_fen, max_fen (each fen or null), trace [{text,
/// basis (or null)}].
std::string to_json(const Recommendation& recommendation);

/// The result of checking a decided penalty against the catalog (for the case-file audit).
struct PenaltyCheck {
  bool ok = true;
  std::vector<std::string> findings;  ///< each names the rule and the numbers
  std::optional<Money> below_by;      ///< the fine is this much under the permitted range
  std::optional<Money> above_by;      ///< ... or over it
  Recommendation recommendation;      ///< what the engine permits for the facts
};

/// Checks decided penalties against what the catalog permits for the facts: a penalty where
/// none may be given, kinds the provision does not allow, a fine outside the statutory range
/// (by how much), and a fine in another tier than the evidenced circumstances select (for
/// example in the heavier part of the range without a heavier circumstance).
PenaltyCheck check_penalty(const Catalog& catalog, std::string_view item_code,
                           const PenaltyFacts& facts, const std::vector<Penalty>& decided);

/// One finding of a catalog lint.
struct LintFinding {
  std::string item;  ///< the item code, or empty for the catalog
  std::string message;
};

/// Lints a catalog as of a date: tiers that overlap or leave gaps, ratio ranges whose minimum is
/// above the maximum, missing citations, items out of force on `as_of`, overlapping versions of
/// an item, and tiers that no circumstance can reach.
std::vector<LintFinding> lint(const Catalog& catalog, Date as_of);

std::string to_string(TierKind kind);
std::string to_string(FineBase base);

}  // namespace zhifa

// Legal periods (法定期限): a length, a unit and the article that sets it, and the table of the
// named periods of the Administrative Penalty Law and the laws around it.
// The table is data (data/periods/national.json, built in); sector rules override entries.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/citation.hpp"
#include "zhifa/date.hpp"

namespace zhifa {

class WorkCalendar;

/// The unit a period counts in.
enum class PeriodUnit {
  kWorkingDays,  ///< 工作日: statutory holidays and rest days do not count (行政处罚法 Art. 85)
  kCalendarDays,  ///< 日 counted as calendar days
  kMonths,        ///< 月: same day of the month, or the month's last day (民法典 Art. 202)
  kYears,         ///< 年: likewise
};

/// Whether the period runs forward from its start event (a time limit) or backward from it (a
/// minimum advance notice, e.g. the hearing notice "在举行听证的七日前", 行政处罚法 Art. 64 (2)).
enum class PeriodDirection { kAfter, kBefore };

/// What happens when the last day of a calendar-day, month or year period is not a working day.
/// Working-day periods always end on a working day, so the rule does not apply to them.
enum class RestDayRule {
  /// The period ends on the next working day: 民事诉讼法 Art. 85 ("期间届满的最后一日是法定休假日
  /// 的，以法定休假日后的第一日为期间届满的日期"), applied to administrative periods by analogy.
  /// The default; an interpretation, so switchable.
  kNextWorkingDay,
  /// The last day stays where it falls.
  kNone,
};

/// "working days", "calendar days", "months", "years".
std::string unit_name(PeriodUnit unit);
/// The unit's key in zhifa's documents and JSON: "working_days", "calendar_days", "months",
/// "years".
std::string unit_key(PeriodUnit unit);

/// The unit a law itself prescribes for a period of `days` days, where it has such a rule:
/// 行政处罚法 Art. 85 (二日/三日/五日/七日 are working days), 行政强制法 Art. 69 (periods of ten
/// days or less are working days), 行政复议法 Art. 88 ¶2 (三日/五日/七日/十日 are working days).
/// For those laws any other day count is calendar days. Nothing for a law without such a rule.
std::optional<PeriodUnit> statutory_day_unit(std::string_view law, int days);
/// The article of `law` that makes short periods working days (as above), or nothing.
std::optional<Citation> statutory_day_rule(std::string_view law);

/// A named legal period. Validated on construction of a table: length > 0, a citation, and for
/// day periods of the laws above the unit that law prescribes.
struct LegalPeriod {
  std::string key;          ///< stable identifier, e.g. "hearing_request"
  std::string name;         ///< Chinese name, e.g. 要求听证
  std::string description;  ///< English gloss
  int length = 0;
  PeriodUnit unit = PeriodUnit::kCalendarDays;
  PeriodDirection direction = PeriodDirection::kAfter;
  std::string start_event;  ///< what starts the count, e.g. "notice of rights served"
  Citation basis;
  std::string status;  ///< verified / partial / unverified (how the fact was checked)
  std::string sector;  ///< empty for national law; e.g. market_regulation for an override
  std::optional<int> max_extension;  ///< total extension allowed, in `unit`; none = not limited
  RestDayRule rest_day_rule = RestDayRule::kNextWorkingDay;

  /// "15 calendar days (行政处罚法 Art. 67)".
  std::string summary() const;

  /// The last day of the period started on `start` (the start day not counted), with no
  /// suspension or extension; for a kBefore period, the latest day the act may happen. Use
  /// Deadline for a ledger with suspensions, extensions and an explanation.
  Date end(Date start, const WorkCalendar& calendar) const;
};

/// The period as one JSON object, the shape `zhifa deadline --list --json` prints: key, name,
/// length, unit (unit_key), direction ("after" or "before"), basis (the citation's text),
/// status.
std::string to_json(const LegalPeriod& period);

/// An immutable table of named periods.
class PeriodTable {
 public:
  /// The national table built into the library (data/periods/national.json).
  static const PeriodTable& builtin();
  /// A table from JSON in the zhifa-periods format (docs/periods.md). Throws DataFileError.
  static PeriodTable from_json(std::string_view json, std::string_view source = "<string>");
  static PeriodTable from_json_file(const std::string& path);
  /// Checks every period (see LegalPeriod) and that keys are unique; throws ValidationError.
  explicit PeriodTable(std::vector<LegalPeriod> periods);

  /// This table with the entries of `overrides` replacing those with the same key and adding
  /// the others, e.g. builtin().overridden_by(market regulation's publication periods).
  PeriodTable overridden_by(const PeriodTable& overrides) const;

  /// The period named `key`; throws NotFoundError listing the known keys.
  const LegalPeriod& get(std::string_view key) const;
  bool contains(std::string_view key) const;
  const std::vector<LegalPeriod>& periods() const { return periods_; }

 private:
  std::vector<LegalPeriod> periods_;
};

}  // namespace zhifa

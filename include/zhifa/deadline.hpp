// Deadline ledgers: a legal deadline is not a date but a record — the start event and its date,
// the legal period, suspensions (中止: days that do not count) and approved extensions (延期) —
// from which the due date is derived and explained line by line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhifa/citation.hpp"
#include "zhifa/date.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {

/// Days [from, to] (both inclusive) that do not count toward the period, e.g. while an expert
/// opinion (鉴定) or a hearing is pending where the sector's rule says so.
struct Suspension {
  Date from;
  Date to;
  std::string reason;

  friend bool operator==(const Suspension&, const Suspension&) = default;
};

/// An approved extension of `length` units of the period's own unit.
struct Extension {
  int length = 0;
  std::string approver;  ///< who approved it (e.g. the agency head); required
  std::string reason;
  Date approved_on;

  friend bool operator==(const Extension&, const Extension&) = default;
};

/// One line of Deadline::explain(): what was done, the date it leads to, and the rule behind it.
struct DeadlineStep {
  std::string text;
  Date date;
  std::optional<Citation> basis;
};

/// A deadline ledger over a WorkCalendar. Counting rules: the start day is not counted (民法典
/// Art. 201; 民事诉讼法 Art. 85); working-day periods skip statutory holidays and rest days
/// (行政处罚法 Art. 85); month and year periods end on the same day of the month or the month's
/// last day (民法典 Art. 202); extensions run on from the end in the period's unit; suspended days
/// are not counted and push the end back by as many units; a calendar-day, month or year period
/// whose last day is not a working day then moves to the next working day unless the rest-day
/// rule says otherwise (民事诉讼法 Art. 85 by analogy).
///
/// Every mutator validates and leaves the ledger unchanged when it throws. A Deadline is a value;
/// concurrent reads are safe, concurrent writes need the caller's lock.
class Deadline {
 public:
  /// Throws ValidationError for a special date. The calendar must cover the dates the
  /// computation touches, or due() throws CalendarCoverageError.
  Deadline(LegalPeriod period, Date start, WorkCalendar calendar);
  /// A ledger with recorded entries, validated as a whole by replaying them in date order (as
  /// suspend() and extend() would); throws as they do.
  Deadline(LegalPeriod period, Date start, WorkCalendar calendar,
           std::vector<Suspension> suspensions, std::vector<Extension> extensions);

  /// Adds a suspension. Throws ValidationError when `to` < `from`, when it starts on or before
  /// the start day, when it starts after the period's last day (outside the ledger's span; the
  /// last day before any rest-day move), when it overlaps another suspension, or for a period
  /// counted backwards. Entries are checked in date order whatever order they are added in.
  void suspend(Date from, Date to, std::string reason);

  /// Adds an approved extension. Throws ValidationError for a non-positive length, an empty
  /// approver, an approval before the start or after the period had expired (as it stood on the
  /// approval date), or a period counted backwards; LegalGuardError when the total exceeds the
  /// period's max_extension, citing it. Month and year extensions count from the start
  /// (民法典 Art. 202).
  void extend(int length, std::string approver, std::string reason, Date approved_on);

  /// Overrides the period's rest-day rule for this ledger.
  void set_rest_day_rule(RestDayRule rule) { rest_day_rule_ = rule; }
  RestDayRule rest_day_rule() const { return rest_day_rule_; }

  const LegalPeriod& period() const { return period_; }
  Date start() const { return start_; }
  const std::vector<Suspension>& suspensions() const { return suspensions_; }
  const std::vector<Extension>& extensions() const { return extensions_; }
  const WorkCalendar& calendar() const { return calendar_; }

  /// The last day of the period (for a period counted backwards: the latest day to act).
  Date due() const;
  /// True when `on` is after the due date. The caller passes the date: nothing reads the clock.
  bool is_overdue(Date on) const { return on > due(); }
  /// The computation in words, one step per rule applied, ending with the due date.
  std::vector<DeadlineStep> explain() const;

 private:
  struct Computed {
    std::vector<DeadlineStep> steps;  ///< the explanation (when asked for), ending at the due date
    Date due;
    Date before_rest_move;  ///< the period's last day before the rest-day rule
  };
  /// The due date, and with `explain` the steps in words (due() needs only the date).
  Computed compute(bool explain) const;
  /// Throws ValidationError unless every entry, replayed in date order, happens while the period
  /// (with the earlier entries) is still running.
  void check_timeline(const std::vector<Suspension>& suspensions,
                      const std::vector<Extension>& extensions) const;

  LegalPeriod period_;
  Date start_;
  WorkCalendar calendar_;
  std::vector<Suspension> suspensions_;
  std::vector<Extension> extensions_;
  RestDayRule rest_day_rule_;
};

/// The ledger as one JSON object: the shape `zhifa deadline --json` prints and Python's
/// Deadline.to_dict() reads. Keys: period (its key), name, length, unit, basis (the period's
/// citation), start, suspensions [{from, to, reason}], extensions [{length, approver, reason,
/// approved_on}], due, steps [{text, date, basis (or null)}]; dates as YYYY-MM-DD. Throws
/// CalendarCoverageError as explain() does.
std::string to_json(const Deadline& deadline);

}  // namespace zhifa

// Reports over a case store for public disclosure (行政执法公示): which decisions are due, overdue
// or were published late on a date, and the annual enforcement statistics an agency publishes by
// 31 January for the previous year (国办发〔2018〕118号 as reported [P]). Both stream the store
// with CaseStore::for_each and apply the rules of disclosure.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "zhifa/case_store.hpp"
#include "zhifa/disclosure.hpp"

namespace zhifa {

/// One case of a disclosure report.
struct DisclosureReportRow {
  std::int64_t case_id = 0;
  std::string case_number;
  std::string decision_number;
  Date decided_on;
  DisclosureState state;
};

/// The disclosure report on a date.
struct DisclosureReport {
  Date as_of;
  /// The cases that need attention or were handled late (due, overdue, published late,
  /// withdrawal due or overdue, withdrawn late), in case id order; with `all`, every decided
  /// case matched by the filter.
  std::vector<DisclosureReportRow> rows;
  /// How many matched cases are in each status (every status present, zero included).
  std::map<DisclosureStatus, std::int64_t> counts;

  /// Anything overdue (publication or withdrawal) on the date.
  bool any_overdue() const;
  /// The rows as JSON (an object with as_of, counts and rows) or as CSV (one line per row).
  std::string to_json() const;
  std::string to_csv() const;
};

/// The disclosure state of every case matched by `filter`, as of `as_of` (disclosure_state).
/// Streams the store. Throws CalendarCoverageError when a case's deadline needs a day the
/// calendar does not cover.
DisclosureReport disclosure_report(const CaseStore& store, Date as_of, const DisclosureRules& rules,
                                   const WorkCalendar& calendar, const CaseFilter& filter = {},
                                   bool all = false);

/// The rows disclosure_report would return, handed to `f` one at a time as the store is streamed
/// (none kept: memory does not grow with the store); returns the counts (every status present).
/// `f` may be empty (only the counts). CalendarCoverageError as disclosure_report, after the rows
/// of the cases before.
std::map<DisclosureStatus, std::int64_t> for_each_disclosure_row(
    const CaseStore& store, Date as_of, const DisclosureRules& rules, const WorkCalendar& calendar,
    const CaseFilter& filter, bool all, const std::function<void(const DisclosureReportRow&)>& f);

/// The texts a disclosure report is written as.
enum class DisclosureReportFormat {
  kJson,  ///< DisclosureReport::to_json
  kCsv,   ///< DisclosureReport::to_csv
};

/// Writes the report disclosure_report would return to `out`, in exactly the bytes of its
/// to_json or to_csv, without holding its rows: CSV rows are written as they are found; the
/// JSON's rows (which follow the counts) wait in a temporary file, so nothing of it is written
/// on error. Returns the report without its rows (as_of and counts: any_overdue works).
/// DataFileError when the temporary file fails; the errors of disclosure_report otherwise.
DisclosureReport write_disclosure_report(const CaseStore& store, Date as_of,
                                         const DisclosureRules& rules, const WorkCalendar& calendar,
                                         const CaseFilter& filter, bool all,
                                         DisclosureReportFormat format, std::ostream& out);

/// The records to publish on `as_of`: those of the cases whose state is due, overdue, published
/// or published late (what should be public on that day), in case id order. The agency must be
/// the cases' agency (make_disclosure).
std::vector<DisclosureRecord> disclosure_records(const CaseStore& store, const Agency& agency,
                                                 Date as_of, const DisclosureRules& rules,
                                                 const WorkCalendar& calendar,
                                                 const CaseFilter& filter = {});
/// The same records handed to `f` one at a time as the store is streamed, none of them kept:
/// memory does not grow with the store. `f` may use the store.
void for_each_disclosure_record(const CaseStore& store, const Agency& agency, Date as_of,
                                const DisclosureRules& rules, const WorkCalendar& calendar,
                                const CaseFilter& filter,
                                const std::function<void(const DisclosureRecord&)>& f);
/// Writes the same records to the file `path` in `format` as they are produced (the bytes of
/// disclosure_records_to_json / _to_csv), through a temporary file beside it (`path` +
/// ".partial") renamed to `path` at the end: on any error the temporary file is removed and
/// `path` is left as it was. Returns how many records were written. DataFileError naming the
/// file when it cannot be written; the errors of disclosure_records otherwise.
std::size_t export_disclosure_records(const CaseStore& store, const Agency& agency, Date as_of,
                                      const DisclosureRules& rules, const WorkCalendar& calendar,
                                      const std::string& path, DisclosureFileFormat format,
                                      const CaseFilter& filter = {});

/// Publications or withdrawals falling due in a year, and how they were met as stored.
struct DueCounts {
  std::int64_t due = 0;      ///< deadlines falling in the year
  std::int64_t on_time = 0;  ///< done on or before the deadline
  std::int64_t late = 0;     ///< done after it
  std::int64_t missing = 0;  ///< not done at all (as stored)
};

/// The annual enforcement statistics (行政执法统计年报). Counts are by the date of the event in
/// the year: filing, decision, hearing request, hearing, review.
struct EnforcementStatistics {
  int year = 0;
  Date report_due;  ///< 31 January of the next year (118号 as reported [P])
  std::int64_t cases_filed = 0;
  std::int64_t cases_decided = 0;
  std::int64_t simple_procedure = 0;                    ///< decided in the year, simple procedure
  std::int64_t general_procedure = 0;                   ///< decided in the year, general procedure
  std::map<Outcome, std::int64_t> by_outcome;           ///< decisions; every outcome present
  std::map<PenaltyKind, std::int64_t> by_penalty_kind;  ///< decisions imposing the kind
  Money fines_total;                                    ///< fines of the decisions in the year
  std::int64_t hearings_requested = 0;
  std::int64_t hearings_held = 0;
  std::map<ReviewVerdict, std::int64_t> case_reviews;     ///< legal reviews of penalty decisions
  std::map<ReviewSubject, std::int64_t> subject_reviews;  ///< reviews of other subjects
  std::int64_t normative_in_force = 0;                    ///< valid on 31 December
  std::int64_t normative_repealed = 0;                    ///< repealed by 31 December
  std::int64_t normative_expired = 0;                     ///< expired by 31 December
  DueCounts disclosures;                                  ///< publication deadlines in the year
  DueCounts withdrawals;  ///< withdrawal deadlines (Art. 48) in the year

  std::string to_json() const;
  /// "metric,value" lines (by_outcome.penalty, disclosures.late, ...), CRLF, with a header.
  std::string to_csv() const;
};

/// The statistics of `year` over the cases matched by `filter` and the store's subject reviews
/// and normative-document registry. A publication or withdrawal deadline counts in the year it
/// falls in; whether it falls in the year is decided from the calendar up to 31 December, so a
/// deadline running into an uncovered next year is simply not in this year. Throws
/// CalendarCoverageError when the calendar does not cover the year (or a decision day).
EnforcementStatistics annual_statistics(const CaseStore& store, int year,
                                        const DisclosureRules& rules, const WorkCalendar& calendar,
                                        const CaseFilter& filter = {});

}  // namespace zhifa

// The deadlines of a store's cases as of a date: the procedure's rules (procedure.hpp) run over
// every matching case, streamed from the store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "zhifa/case_store.hpp"
#include "zhifa/procedure.hpp"

namespace zhifa {

/// A case's deadline, as returned by store_deadlines.
struct StoredDeadline {
  std::int64_t case_id = 0;
  std::string number;
  CaseDeadline deadline;
};

/// A stored deadline as one JSON object: to_json(CaseDeadline)'s keys plus case_id and number.
std::string to_json(const StoredDeadline& deadline);

/// The deadlines of the matching cases as of `on` (withdrawn cases have none); with
/// only_pending, those open or overdue. CalendarCoverageError names the case whose deadline the
/// calendar does not reach.
std::vector<StoredDeadline> store_deadlines(const CaseStore& store, Date on,
                                            const WorkCalendar& calendar,
                                            const CaseFilter& filter = {}, bool only_pending = true,
                                            const PeriodTable& periods = PeriodTable::builtin());

}  // namespace zhifa

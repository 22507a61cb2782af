#include "zhifa/store_deadlines.hpp"

#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

std::string to_json(const StoredDeadline& d) {
  detail::json j = detail::json::parse(to_json(d.deadline));
  j["case_id"] = d.case_id;
  j["number"] = d.number;
  return detail::dump_json(j);
}

std::vector<StoredDeadline> store_deadlines(const CaseStore& store, Date on,
                                            const WorkCalendar& calendar, const CaseFilter& filter,
                                            bool only_pending, const PeriodTable& periods) {
  std::vector<StoredDeadline> out;
  store.for_each(filter, [&](const Case& c) {
    if (c.status == CaseStatus::kWithdrawn) return;
    std::vector<CaseDeadline> ds;
    try {
      ds = case_deadlines(c, on, calendar, periods);
    } catch (const CalendarCoverageError& e) {
      throw CalendarCoverageError(
          "case " + (c.number.empty() ? "#" + std::to_string(c.id) : c.number) + ": " + e.what());
    }
    for (auto& d : ds) {
      if (only_pending && d.state != DeadlineState::kOpen && d.state != DeadlineState::kOverdue) {
        continue;
      }
      out.push_back(StoredDeadline{c.id, c.number, std::move(d)});
    }
  });
  return out;
}

}  // namespace zhifa

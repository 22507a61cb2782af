// The JSON shapes of what the store returns (case_store.hpp): one writer for the CLI's --json and
// Python's to_dict().
#include "util/json_node.hpp"
#include "zhifa/case_store.hpp"

namespace zhifa {

using detail::json;

namespace {

json optional_date(const std::optional<Date>& d) { return d ? json(iso(*d)) : json(nullptr); }

}  // namespace

std::string to_json(const CaseSummary& s) {
  return detail::dump_json({{"id", s.id},
                            {"version", s.version},
                            {"number", s.number},
                            {"status", to_string(s.status)},
                            {"procedure", to_string(s.procedure)},
                            {"agency_code", s.agency_code},
                            {"power_code", s.power_code},
                            {"title", s.title},
                            {"party_name", s.party_name},
                            {"party_identifier", s.party_identifier},
                            {"lead_on", iso(s.lead_on)},
                            {"filed_on", optional_date(s.filed_on)},
                            {"decided_on", optional_date(s.decided_on)},
                            {"total_fine_fen", s.total_fine.fen()}});
}

std::string to_json(const AuditRun& r) {
  return detail::dump_json({{"id", r.id},
                            {"standard_name", r.standard_name},
                            {"standard_version", r.standard_version},
                            {"as_of", iso(r.as_of)},
                            {"started", r.started},
                            {"finished", r.finished},
                            {"cases", r.cases},
                            {"note", r.note}});
}

}  // namespace zhifa

#include "zhifa/review_year.hpp"

#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

YearReview review_year(CaseStore& store, Date as_of, const YearReviewOptions& options) {
  YearReview out;
  out.as_of = as_of;
  const CaseFilter& filter = options.filter;
  for (int s = static_cast<int>(CaseStatus::kLead); s <= static_cast<int>(CaseStatus::kTransferred);
       ++s) {
    CaseFilter f = filter;
    f.status = static_cast<CaseStatus>(s);
    const std::int64_t n = store.count(f);
    out.by_status[static_cast<CaseStatus>(s)] = n;
    out.cases += n;
  }

  out.deadlines = store_deadlines(store, as_of, options.calendar, filter);
  for (const auto& d : out.deadlines) {
    (d.deadline.state == DeadlineState::kOverdue ? out.deadlines_overdue : out.deadlines_open)++;
  }

  // Full-process records (Art. 47): every case's log, a page of ids at a time.
  store.for_each_id_page(filter, 512, [&](std::vector<std::int64_t>&& ids) {
    for (std::int64_t id : ids) {
      ++out.records_verified;
      if (!store.verify_records(id).ok) out.records_tampered.push_back(id);
    }
  });

  // Legality review (Art. 58): decisions on the criteria's list, and those without a passing
  // review. A decision on the spot (当场处罚, Art. 51) has none.
  store.for_each(filter, [&](const Case& c) {
    if (!c.decision || c.decision->on_the_spot) return;
    if (options.review_criteria.match(c, c.decision->penalties, c.decision->mitigation).empty()) {
      return;
    }
    ++out.reviews_required;
    if (c.reviews.empty() || !c.reviews.back().passed()) ++out.reviews_missing;
  });

  // Only the counts are kept, not the rows of the cases needing attention.
  out.disclosure = for_each_disclosure_row(store, as_of, options.disclosure_rules, options.calendar,
                                           filter, false, {});

  const AuditContext context(as_of, options.agencies ? *options.agencies : store.agencies(),
                             JurisdictionRules::example(), options.calendar);
  out.audit_run =
      audit_store(store, filter, context, options.standard, options.audit, options.note);
  if (options.report_dir.empty()) {
    out.audit_report = build_audit_report(store, out.audit_run, options.standard, context);
  } else {
    out.audit_report = write_audit_report(store, out.audit_run, options.standard, context,
                                          options.report_dir, &out.report_files);
  }
  return out;
}

std::string to_json(const YearReview& r) {
  using detail::json;
  json by_status = json::object();
  for (const auto& [s, n] : r.by_status) by_status[to_string(s)] = n;
  json disclosure = json::object();
  for (const auto& [s, n] : r.disclosure) disclosure[to_string(s)] = n;
  json grades = json::array();
  for (const auto& [g, n] : r.audit_report.grades) grades.push_back({{"grade", g}, {"files", n}});
  return detail::dump_json(
      {{"as_of", iso(r.as_of)},
       {"cases", r.cases},
       {"by_status", by_status},
       {"deadlines", {{"open", r.deadlines_open}, {"overdue", r.deadlines_overdue}}},
       {"records", {{"verified", r.records_verified}, {"tampered", r.records_tampered}}},
       {"legality_review", {{"required", r.reviews_required}, {"missing", r.reviews_missing}}},
       {"disclosure", disclosure},
       {"audit",
        {{"run", json::parse(to_json(r.audit_run))},
         {"files", r.audit_report.files},
         {"vetoed", r.audit_report.vetoed},
         {"mean_total", r.audit_report.mean_total},
         {"grades", grades}}},
       {"report_files", r.report_files}});
}

}  // namespace zhifa

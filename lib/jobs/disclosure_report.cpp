#include "zhifa/disclosure_report.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>

#include "zhifa/csv.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

using nlohmann::json;

constexpr DisclosureStatus kAllStatuses[] = {DisclosureStatus::kNotRequired,
                                             DisclosureStatus::kDue,
                                             DisclosureStatus::kOverdue,
                                             DisclosureStatus::kPublished,
                                             DisclosureStatus::kPublishedLate,
                                             DisclosureStatus::kWithdrawalDue,
                                             DisclosureStatus::kWithdrawalOverdue,
                                             DisclosureStatus::kWithdrawn,
                                             DisclosureStatus::kWithdrawnLate,
                                             DisclosureStatus::kExpired,
                                             DisclosureStatus::kRemoved};

bool needs_attention(DisclosureStatus s) {
  switch (s) {
    case DisclosureStatus::kDue:
    case DisclosureStatus::kOverdue:
    case DisclosureStatus::kPublishedLate:
    case DisclosureStatus::kWithdrawalDue:
    case DisclosureStatus::kWithdrawalOverdue:
    case DisclosureStatus::kWithdrawnLate:
      return true;
    default:
      return false;
  }
}

json opt_date(const std::optional<Date>& d) { return d ? json(iso(*d)) : json(nullptr); }

std::string opt_iso(const std::optional<Date>& d) { return d ? iso(*d) : ""; }

// The deadline `n` working days after `start` when it falls on or before `year_end`, else
// nothing. Decided from the working days up to `year_end`, so no later day need be covered.
// A start more than 2n + 30 calendar days before the year cannot reach into it (n <= 60 working
// days never span that much), so such old cases need no calendar data.
std::optional<Date> due_within(Date start, int n, Date year_start, Date year_end,
                               const WorkCalendar& cal) {
  if (start > year_end) return std::nullopt;
  if (start < year_start - boost::gregorian::date_duration(2 * n + 30)) return std::nullopt;
  if (cal.working_days_between(start, year_end) < n) return std::nullopt;
  return cal.add_working_days(start, n);
}

void count_due(DueCounts& c, Date due, const std::optional<Date>& done) {
  ++c.due;
  if (!done) {
    ++c.missing;
  } else if (*done <= due) {
    ++c.on_time;
  } else {
    ++c.late;
  }
}

std::string csv_line(const std::vector<std::string>& fields) {
  std::string out;
  append_csv_row(out, fields);
  return out;
}

}  // namespace

bool DisclosureReport::any_overdue() const {
  for (auto s : {DisclosureStatus::kOverdue, DisclosureStatus::kWithdrawalOverdue}) {
    auto it = counts.find(s);
    if (it != counts.end() && it->second > 0) return true;
  }
  return false;
}

namespace {

json row_json(const DisclosureReportRow& r) {
  return {{"case_id", r.case_id},
          {"case_number", r.case_number},
          {"decision_number", r.decision_number},
          {"decided_on", iso(r.decided_on)},
          {"status", to_string(r.state.status)},
          {"due", opt_date(r.state.due())},
          {"publication_due", opt_date(r.state.publication_due)},
          {"published_on", opt_date(r.state.published_on)},
          {"withdrawal_due", opt_date(r.state.withdrawal_due)},
          {"withdrawn_on", opt_date(r.state.withdrawn_on)},
          {"publicity_ends", opt_date(r.state.publicity_ends)},
          {"reason", r.state.reason}};
}

const char* const kRowCsvHeader[] = {"case_id",      "case_number",  "decision_number",
                                     "decided_on",   "status",       "due",
                                     "published_on", "withdrawn_on", "reason"};

std::string row_csv(const DisclosureReportRow& r) {
  return csv_line({std::to_string(r.case_id), r.case_number, r.decision_number, iso(r.decided_on),
                   to_string(r.state.status), opt_iso(r.state.due()), opt_iso(r.state.published_on),
                   opt_iso(r.state.withdrawn_on), r.state.reason});
}

std::string row_csv_header() {
  return csv_line(std::vector<std::string>(std::begin(kRowCsvHeader), std::end(kRowCsvHeader)));
}

// The report's JSON up to its rows: what DisclosureReport::to_json prints before "rows".
std::string report_json_head(Date as_of, const std::map<DisclosureStatus, std::int64_t>& counts) {
  json j;
  j["as_of"] = iso(as_of);
  j["counts"] = json::object();
  for (const auto& [s, n] : counts) j["counts"][to_string(s)] = n;
  std::string text = j.dump(2);  // "{ ... }": drop the closing "\n}"
  text.resize(text.size() - 2);
  return text + ",\n  \"rows\": ";
}

// A row as an element of the report's "rows" array, as json::dump(2) indents it there (depth 2).
std::string report_json_row(const DisclosureReportRow& r, bool first) {
  const std::string text = row_json(r).dump(2);
  std::string out = first ? "[\n    " : ",\n    ";
  for (char ch : text) {
    out += ch;
    if (ch == '\n') out += "    ";  // a raw newline only separates lines: strings escape theirs
  }
  return out;
}

}  // namespace

std::string DisclosureReport::to_json() const {
  json j;
  j["as_of"] = iso(as_of);
  j["counts"] = json::object();
  for (const auto& [s, n] : counts) j["counts"][to_string(s)] = n;
  j["rows"] = json::array();
  for (const auto& r : rows) j["rows"].push_back(row_json(r));
  return j.dump(2) + "\n";
}

std::string DisclosureReport::to_csv() const {
  std::string out = row_csv_header();
  for (const auto& r : rows) out += row_csv(r);
  return out;
}

std::map<DisclosureStatus, std::int64_t> for_each_disclosure_row(
    const CaseStore& store, Date as_of, const DisclosureRules& rules, const WorkCalendar& calendar,
    const CaseFilter& filter, bool all, const std::function<void(const DisclosureReportRow&)>& f) {
  std::map<DisclosureStatus, std::int64_t> counts;
  for (auto s : kAllStatuses) counts[s] = 0;
  store.for_each(filter, [&](const Case& c) {
    DisclosureState st = disclosure_state(c, as_of, rules, calendar);
    ++counts[st.status];
    const bool decided = c.decision && c.decision->decided_on <= as_of;
    if (!(needs_attention(st.status) || (all && decided))) return;
    if (f) {
      f({c.id, c.number, decided ? c.decision->document_number : "",
         decided ? c.decision->decided_on : Date(), std::move(st)});
    }
  });
  return counts;
}

DisclosureReport disclosure_report(const CaseStore& store, Date as_of, const DisclosureRules& rules,
                                   const WorkCalendar& calendar, const CaseFilter& filter,
                                   bool all) {
  DisclosureReport report;
  report.as_of = as_of;
  report.counts =
      for_each_disclosure_row(store, as_of, rules, calendar, filter, all,
                              [&](const DisclosureReportRow& r) { report.rows.push_back(r); });
  return report;
}

DisclosureReport write_disclosure_report(const CaseStore& store, Date as_of,
                                         const DisclosureRules& rules, const WorkCalendar& calendar,
                                         const CaseFilter& filter, bool all,
                                         DisclosureReportFormat format, std::ostream& out) {
  DisclosureReport report;
  report.as_of = as_of;
  if (format == DisclosureReportFormat::kCsv) {
    out << row_csv_header();
    report.counts =
        for_each_disclosure_row(store, as_of, rules, calendar, filter, all,
                                [&](const DisclosureReportRow& r) { out << row_csv(r); });
    return report;
  }
  // The counts come before the rows: the rows wait in a temporary file, written as they come.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> spool(std::tmpfile(), &std::fclose);
  if (!spool) throw DataFileError("disclosure report: cannot create a temporary file");
  std::size_t n = 0;
  report.counts = for_each_disclosure_row(
      store, as_of, rules, calendar, filter, all, [&](const DisclosureReportRow& r) {
        const std::string text = report_json_row(r, n++ == 0);
        if (std::fwrite(text.data(), 1, text.size(), spool.get()) != text.size()) {
          throw DataFileError("disclosure report: cannot write the temporary file");
        }
      });
  out << report_json_head(as_of, report.counts);
  if (n == 0) {
    out << "[]";
  } else {
    std::rewind(spool.get());
    char buf[1 << 16];
    for (std::size_t got; (got = std::fread(buf, 1, sizeof buf, spool.get())) > 0;) {
      out.write(buf, static_cast<std::streamsize>(got));
    }
    if (std::ferror(spool.get())) {
      throw DataFileError("disclosure report: cannot read the temporary file");
    }
    out << "\n  ]";
  }
  out << "\n}\n";
  return report;
}

void for_each_disclosure_record(const CaseStore& store, const Agency& agency, Date as_of,
                                const DisclosureRules& rules, const WorkCalendar& calendar,
                                const CaseFilter& filter,
                                const std::function<void(const DisclosureRecord&)>& f) {
  store.for_each(filter, [&](const Case& c) {
    switch (disclosure_state(c, as_of, rules, calendar).status) {
      case DisclosureStatus::kDue:
      case DisclosureStatus::kOverdue:
      case DisclosureStatus::kPublished:
      case DisclosureStatus::kPublishedLate:
        f(make_disclosure(c, agency));
        break;
      default:
        break;
    }
  });
}

std::vector<DisclosureRecord> disclosure_records(const CaseStore& store, const Agency& agency,
                                                 Date as_of, const DisclosureRules& rules,
                                                 const WorkCalendar& calendar,
                                                 const CaseFilter& filter) {
  std::vector<DisclosureRecord> out;
  for_each_disclosure_record(store, agency, as_of, rules, calendar, filter,
                             [&](const DisclosureRecord& r) { out.push_back(r); });
  return out;
}

std::size_t export_disclosure_records(const CaseStore& store, const Agency& agency, Date as_of,
                                      const DisclosureRules& rules, const WorkCalendar& calendar,
                                      const std::string& path, DisclosureFileFormat format,
                                      const CaseFilter& filter) {
  const std::string tmp = path + ".partial";
  try {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw DataFileError(path + ": cannot write the file");
    DisclosureRecordWriter writer(out, format);
    for_each_disclosure_record(store, agency, as_of, rules, calendar, filter,
                               [&](const DisclosureRecord& r) {
                                 writer.write(r);
                                 if (!out) throw DataFileError(path + ": write error");
                               });
    writer.finish();
    out.close();
    if (!out) throw DataFileError(path + ": write error");
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) throw DataFileError(path + ": cannot write the file: " + ec.message());
    return writer.written();
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    throw;
  }
}

EnforcementStatistics annual_statistics(const CaseStore& store, int year,
                                        const DisclosureRules& rules, const WorkCalendar& calendar,
                                        const CaseFilter& filter) {
  if (year < 1401 || year > 9998)
    throw ValidationError("year " + std::to_string(year) + " out of range");
  const Date first(static_cast<unsigned short>(year), 1, 1);
  const Date last(static_cast<unsigned short>(year), 12, 31);
  // Fail closed: the year itself must be on the calendar.
  static_cast<void>(calendar.day_kind(first));
  static_cast<void>(calendar.day_kind(last));
  auto in_year = [&](const std::optional<Date>& d) { return d && first <= *d && *d <= last; };

  EnforcementStatistics st;
  st.year = year;
  st.report_due = Date(static_cast<unsigned short>(year + 1), 1, 31);
  for (auto o : {Outcome::kPenalty, Outcome::kNoPenaltyMinor, Outcome::kNoPenaltyNotEstablished,
                 Outcome::kTransferToJudicial}) {
    st.by_outcome[o] = 0;
  }
  for (int k = 0; k <= static_cast<int>(PenaltyKind::kOtherByLaw); ++k) {
    st.by_penalty_kind[static_cast<PenaltyKind>(k)] = 0;
  }
  for (auto v :
       {ReviewVerdict::kApprove, ReviewVerdict::kApproveWithChanges, ReviewVerdict::kReject}) {
    st.case_reviews[v] = 0;
  }
  for (auto s : {ReviewSubject::kPenaltyDecision, ReviewSubject::kOtherEnforcementDecision,
                 ReviewSubject::kContract, ReviewSubject::kNormativeDocument}) {
    st.subject_reviews[s] = 0;
  }

  store.for_each(filter, [&](const Case& c) {
    if (in_year(c.filed_on)) ++st.cases_filed;
    if (c.hearing) {
      if (in_year(c.hearing->requested_on)) ++st.hearings_requested;
      if (in_year(c.hearing->held_on)) ++st.hearings_held;
    }
    for (const auto& r : c.reviews) {
      if (in_year(r.reviewed_on)) ++st.case_reviews[r.verdict];
    }
    if (!c.decision) return;
    const Decision& d = *c.decision;
    if (in_year(d.decided_on)) {
      ++st.cases_decided;
      ++(c.procedure == ProcedureKind::kSimple || d.on_the_spot ? st.simple_procedure
                                                                : st.general_procedure);
      ++st.by_outcome[d.outcome];
      if (d.outcome == Outcome::kPenalty) {
        std::vector<PenaltyKind> seen;
        for (const auto& p : d.penalties) {
          if (std::find(seen.begin(), seen.end(), p.kind) != seen.end()) continue;
          seen.push_back(p.kind);
          ++st.by_penalty_kind[p.kind];
        }
        st.fines_total += d.total_fine();
      }
    }
    // Publication deadlines falling in the year (decisions of the year or of late December
    // before it).
    if (d.decided_on <= last && rules.requires_publication(c)) {
      const bool cancelled_first =
          c.decision_change && c.decision_change->kind != DecisionChangeKind::kChanged &&
          (!c.publication || c.decision_change->on < c.publication->published_on);
      if (!cancelled_first) {
        if (auto due =
                due_within(d.decided_on, rules.publication_working_days(), first, last, calendar);
            due && *due >= first) {
          count_due(
              st.disclosures, *due,
              c.publication ? std::optional<Date>(c.publication->published_on) : std::nullopt);
        }
      }
    }
    if (c.publication && c.decision_change) {
      const Date start = std::max(c.decision_change->on, c.publication->published_on);
      if (auto due = due_within(start, rules.withdrawal_working_days(), first, last, calendar);
          due && *due >= first) {
        count_due(st.withdrawals, *due, c.publication->withdrawn_on);
      }
    }
  });

  for (const auto& r : store.subject_reviews(year)) ++st.subject_reviews[r.subject];
  for (const auto& doc : store.normative_documents()) {
    switch (doc.status_on(last)) {
      case NormativeStatus::kValid:
        ++st.normative_in_force;
        break;
      case NormativeStatus::kRepealed:
        ++st.normative_repealed;
        break;
      case NormativeStatus::kExpired:
        ++st.normative_expired;
        break;
      case NormativeStatus::kNotYetEffective:
        break;
    }
  }
  return st;
}

namespace {

json due_json(const DueCounts& c) {
  return {{"due", c.due}, {"on_time", c.on_time}, {"late", c.late}, {"missing", c.missing}};
}

// The statistics as (metric, value) pairs, in the order of to_csv.
std::vector<std::pair<std::string, std::string>> metrics(const EnforcementStatistics& s) {
  std::vector<std::pair<std::string, std::string>> m;
  auto add = [&](std::string k, std::int64_t v) {
    m.emplace_back(std::move(k), std::to_string(v));
  };
  m.emplace_back("year", std::to_string(s.year));
  m.emplace_back("report_due", iso(s.report_due));
  add("cases_filed", s.cases_filed);
  add("cases_decided", s.cases_decided);
  add("simple_procedure", s.simple_procedure);
  add("general_procedure", s.general_procedure);
  for (const auto& [k, v] : s.by_outcome) add("by_outcome." + to_string(k), v);
  for (const auto& [k, v] : s.by_penalty_kind) add("by_penalty_kind." + to_string(k), v);
  add("fines_total_fen", s.fines_total.fen());
  add("hearings_requested", s.hearings_requested);
  add("hearings_held", s.hearings_held);
  for (const auto& [k, v] : s.case_reviews) add("case_reviews." + to_string(k), v);
  for (const auto& [k, v] : s.subject_reviews) add("subject_reviews." + to_string(k), v);
  add("normative_documents.in_force", s.normative_in_force);
  add("normative_documents.repealed", s.normative_repealed);
  add("normative_documents.expired", s.normative_expired);
  for (auto [name, c] :
       {std::pair{"disclosures", &s.disclosures}, std::pair{"withdrawals", &s.withdrawals}}) {
    add(std::string(name) + ".due", c->due);
    add(std::string(name) + ".on_time", c->on_time);
    add(std::string(name) + ".late", c->late);
    add(std::string(name) + ".missing", c->missing);
  }
  return m;
}

}  // namespace

std::string EnforcementStatistics::to_json() const {
  json j;
  j["format"] = "zhifa-enforcement-statistics";
  j["version"] = 1;
  j["year"] = year;
  j["report_due"] = iso(report_due);
  j["cases_filed"] = cases_filed;
  j["cases_decided"] = cases_decided;
  j["simple_procedure"] = simple_procedure;
  j["general_procedure"] = general_procedure;
  j["by_outcome"] = json::object();
  for (const auto& [k, v] : by_outcome) j["by_outcome"][to_string(k)] = v;
  j["by_penalty_kind"] = json::object();
  for (const auto& [k, v] : by_penalty_kind) j["by_penalty_kind"][to_string(k)] = v;
  j["fines_total_fen"] = fines_total.fen();
  j["fines_total"] = fines_total.to_string();
  j["hearings_requested"] = hearings_requested;
  j["hearings_held"] = hearings_held;
  j["case_reviews"] = json::object();
  for (const auto& [k, v] : case_reviews) j["case_reviews"][to_string(k)] = v;
  j["subject_reviews"] = json::object();
  for (const auto& [k, v] : subject_reviews) j["subject_reviews"][to_string(k)] = v;
  j["normative_documents"] = {{"in_force", normative_in_force},
                              {"repealed", normative_repealed},
                              {"expired", normative_expired}};
  j["disclosures"] = due_json(disclosures);
  j["withdrawals"] = due_json(withdrawals);
  return j.dump(2) + "\n";
}

std::string EnforcementStatistics::to_csv() const {
  std::string out = csv_line({"metric", "value"});
  for (const auto& [k, v] : metrics(*this)) out += csv_line({k, v});
  return out;
}

}  // namespace zhifa

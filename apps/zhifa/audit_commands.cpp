// The case-file audit commands: 'zhifa audit' and the audit step of 'zhifa demo'.
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/audit_report.hpp"
#include "zhifa/error.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa::cli {
namespace {

using nlohmann::json;

// Local time as ISO text, for the run's record (the CLI is where the clock is read).
std::string now_text() {
  const std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  localtime_r(&t, &tm);
  std::ostringstream s;
  s << std::put_time(&tm, "%Y-%m-%dT%H:%M:%S");
  return s.str();
}

}  // namespace

AuditBatchOptions audit_options(unsigned jobs) {
  AuditBatchOptions options;
  options.threads = jobs;
  options.timestamp = now_text;
  options.progress_every = 200;
  options.progress = [](std::size_t done, std::size_t total) {
    show_progress("auditing", done, total);
  };
  return options;
}

AuditOutcome run_audit(CaseStore& store, const CaseFilter& filter, const AuditContext& context,
                       const Standard& standard, unsigned jobs, const std::string& report_dir,
                       const std::string& note) {
  AuditOutcome out;
  out.run = audit_store(store, filter, context, standard, audit_options(jobs), note);
  if (report_dir.empty()) {
    out.report = build_audit_report(store, out.run, standard, context);
  } else {
    out.report = write_audit_report(store, out.run, standard, context, report_dir);
    out.html = (std::filesystem::absolute(report_dir) / "report.html").string();
  }
  return out;
}

void print_audit_summary(const AuditOutcome& a, std::ostream& os) {
  const auto& r = a.report;
  os << "audit run " << a.run.id << ": " << r.files << " case files against " << r.standard_name
     << " (version " << r.standard_version << "), as of " << iso(r.as_of) << "\n  mean score "
     << std::fixed << std::setprecision(1) << r.mean_total << std::defaultfloat << ", " << r.vetoed
     << " failed a veto item (基本标准)\n  grades:";
  for (const auto& [g, n] : r.grades) os << "  " << g << " " << n;
  os << "\n  most frequent findings:\n";
  for (std::size_t i = 0; i < r.findings.size() && i < 6; ++i) {
    const auto& f = r.findings[i];
    os << "    " << std::setw(5) << f.count << "  " << f.code << "  [" << f.article << "]\n";
  }
  if (!r.unchecked.empty()) {
    os << "  not checked automatically (kept their points, for a reviewer):";
    for (const auto& u : r.unchecked) os << " " << u.item_id;
    os << "\n";
  }
  if (!a.html.empty()) os << "  report: " << a.html << "\n";
}

// 'zhifa audit finding': a reviewer's finding on an item left for a human (or any item), added to
// a stored result, which is scored again and stored in its place.
int cmd_audit_finding(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa audit finding --run ID --case NUMBER|ID --item ITEM --code CODE\n"
      "                           --reviewer NAME --message TEXT [--deduction POINTS]\n"
      "                           [--standard FILE] [--db PATH]\n\n"
      "Records a reviewer's finding (e.g. on a form item that no automatic check covers) in a\n"
      "stored audit result; the file is scored again with the run's standard (the built-in one,\n"
      "or --standard FILE of the same name and version) and the result replaced.\n\noptions");
  d.add_options()("help,h", "this text")("run", po::value<std::string>(), "the audit run id")(
      "case", po::value<std::string>(), "the case (number or id)")("item", po::value<std::string>(),
                                                                   "the standard's item, e.g. F3")(
      "code", po::value<std::string>(), "the finding's code, e.g. forms_not_standard")(
      "reviewer", po::value<std::string>(), "who records it")("message", po::value<std::string>(),
                                                              "what is wrong, naming the document")(
      "deduction", po::value<std::string>(), "points (default: the item's for the code)")(
      "standard", po::value<std::string>(), "the run's standard, when not the built-in one")(
      "json", "print the new result as JSON");
  add_db_option(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  for (const char* required : {"run", "case", "item", "code", "reviewer", "message"}) {
    if (!vm.count(required)) {
      throw UsageError(std::string("zhifa audit finding: --") + required + " is required");
    }
  }
  CaseStore store = open_existing(vm);
  const AuditRun run = store.audit_run(parse_count(vm["run"].as<std::string>(), "--run"));
  const Standard standard = vm.count("standard")
                                ? Standard::from_json_file(vm["standard"].as<std::string>())
                                : Standard::builtin();
  if (standard.name() != run.standard_name || standard.version() != run.standard_version) {
    throw UsageError("audit run " + std::to_string(run.id) + " used the standard '" +
                     run.standard_name + "' " + run.standard_version + ", not '" + standard.name() +
                     "' " + standard.version() +
                     (vm.count("standard") ? "" : "; give its file with --standard"));
  }
  const Case c = case_of(store, vm["case"].as<std::string>(), "--case");
  AuditResult r = store.audit_result(run.id, c.id);
  const std::string before = r.grade;
  const double before_total = r.total;
  ReviewerFinding f;
  f.item_id = vm["item"].as<std::string>();
  f.code = vm["code"].as<std::string>();
  f.reviewer = vm["reviewer"].as<std::string>();
  f.message = vm["message"].as<std::string>();
  if (vm.count("deduction")) {
    const std::string text = vm["deduction"].as<std::string>();
    try {
      std::size_t used = 0;
      f.deduction = std::stod(text, &used);
      if (used != text.size()) throw std::invalid_argument(text);
    } catch (const std::logic_error&) {
      throw UsageError("--deduction must be a number of points, got '" + text + "'");
    }
  }
  add_reviewer_finding(r, standard, f);
  store.add_audit_results(run.id, {r});
  if (vm.count("json")) {
    std::cout << json::parse(to_json(r)).dump(2) << "\n";
  } else {
    std::cout << (c.number.empty() ? std::to_string(c.id) : c.number) << ": " << before_total << " "
              << before << " -> " << r.total << " " << r.grade << "\n";
  }
  return kOk;
}

int cmd_audit(const std::vector<std::string>& args) {
  if (!args.empty() && args.front() == "finding") {
    return cmd_audit_finding(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  po::options_description d(
      "usage: zhifa audit --as-of DATE [--db PATH] [--standard FILE] [--agency CODE]\n"
      "                   [--status S] [--jobs N] [--report DIR] [--json]\n"
      "       zhifa audit finding --run ID --case NUMBER|ID ...   (a reviewer's finding)\n\n"
      "The case-file audit (案卷评查): scores every matching case file of the store against an\n"
      "audit standard (default: the built-in model standard, docs/audit-standard.md), records\n"
      "the run and its results in the store, and prints a summary. With --report DIR it writes\n"
      "report.html (self-contained), report.json, report.csv, results.jsonl and results.csv.\n"
      "The agencies' power items and officers are those registered in the store (zhifa agency\n"
      "add); the checks that need them report the files of an agency registered without them\n"
      "as not checkable.\n\n"
      "Exit code 1 when any file is graded the standard's fail grade (不合格).\n\noptions");
  d.add_options()("help,h", "this text")("as-of", po::value<std::string>(),
                                         "the audit date (YYYY-MM-DD): open deadlines judged then")(
      "standard", po::value<std::string>(), "an audit standard JSON file")(
      "agency", po::value<std::string>(), "only this agency's cases")(
      "status", po::value<std::string>(), "only cases of this status (e.g. archived)")(
      "jobs", po::value<std::string>()->default_value("0"), "worker threads (0: all cores)")(
      "report", po::value<std::string>(), "write the report and results into this directory")(
      "json", "print the report as JSON");
  d.add_options()("db", po::value<std::string>(), "the case store (default: the demo database)");
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("as-of")) {
    throw UsageError("zhifa audit: --as-of DATE is required (nothing reads the clock)");
  }
  const Date as_of = parse_iso_date(vm["as-of"].as<std::string>());
  const int jobs = parse_int(vm["jobs"].as<std::string>(), "--jobs");
  if (jobs < 0) throw UsageError("--jobs must not be negative");
  const Standard standard = vm.count("standard")
                                ? Standard::from_json_file(vm["standard"].as<std::string>())
                                : Standard::builtin();
  CaseFilter filter;
  if (vm.count("agency")) filter.agency_code = vm["agency"].as<std::string>();
  if (vm.count("status")) filter.status = case_status_from_string(vm["status"].as<std::string>());
  const std::string path = vm.count("db") ? vm["db"].as<std::string>() : default_db();
  if (path != ":memory:" && !std::filesystem::exists(path)) {
    throw UsageError("no case store at " + path +
                     (vm.count("db") ? "" : "; run 'zhifa demo' to create the demo one"));
  }
  CaseStore store(path);
  // An agency registered without its definition (by an older zhifa, or with code and prefix
  // only) is left out: the checks that need its power items and officers then say "not
  // checkable" rather than finding every power and officer unknown.
  std::vector<Agency> agencies;
  for (auto& a : store.agencies()) {
    if (!a.powers.empty() || !a.officers.empty()) agencies.push_back(std::move(a));
  }
  const AuditContext context(as_of, std::move(agencies));
  std::string note;
  if (filter.agency_code) note += "agency=" + *filter.agency_code;
  if (filter.status)
    note += std::string(note.empty() ? "" : " ") + "status=" + to_string(*filter.status);
  const AuditOutcome a = run_audit(store, filter, context, standard, static_cast<unsigned>(jobs),
                                   vm.count("report") ? vm["report"].as<std::string>() : "", note);
  if (vm.count("json")) {
    json j = json::parse(report_json(a.report));
    j["run_id"] = a.run.id;
    if (!a.html.empty()) j["html"] = a.html;
    std::cout << j.dump(2) << "\n";
  } else {
    print_audit_summary(a, std::cout);
  }
  return a.report.grades.back().second > 0 ? kFinding : kOk;
}

}  // namespace zhifa::cli

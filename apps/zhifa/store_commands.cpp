// The CLI commands that work on a case store: demo, import, export, cases, deadlines.
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli.hpp"
#include "zhifa/agency.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/disclosure_report.hpp"
#include "zhifa/error.hpp"
#include "zhifa/procedure.hpp"
#include "zhifa/record.hpp"
#include "zhifa/review_year.hpp"
#include "zhifa/store_deadlines.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa::cli {
namespace {

using nlohmann::json;

std::string opt_iso(const std::optional<Date>& d) { return d ? iso(*d) : ""; }

json summary_json(const CaseSummary& s) { return json::parse(to_json(s)); }

// `text` (a JSON value dumped with indent 2) as an element of an array dumped with indent 2: every
// line two spaces further in. A raw newline only separates lines (strings escape theirs).
std::string indented(const std::string& text) {
  std::string out = "  ";
  for (char ch : text) {
    out += ch;
    if (ch == '\n') out += "  ";
  }
  return out;
}

}  // namespace

void add_filter_options(po::options_description& d) {
  d.add_options()("agency", po::value<std::string>(), "agency code")(
      "status", po::value<std::string>(), "case status (lead, filed, ..., archived)")(
      "power", po::value<std::string>(), "power item code")("party", po::value<std::string>(),
                                                            "a party's credit code or resident ID")(
      "lead-from", po::value<std::string>(), "lead date from (YYYY-MM-DD)")(
      "lead-to", po::value<std::string>(), "lead date to")("filed-from", po::value<std::string>(),
                                                           "filing date from")(
      "filed-to", po::value<std::string>(), "filing date to")(
      "text", po::value<std::string>(), "words in the title or facts (Chinese works)")(
      "limit", po::value<std::string>(), "at most this many cases")(
      "offset", po::value<std::string>(), "skip this many cases");
}

CaseFilter filter_from(const po::variables_map& vm) {
  CaseFilter f;
  auto text = [&](const char* key) -> std::optional<std::string> {
    if (!vm.count(key)) return std::nullopt;
    return vm[key].as<std::string>();
  };
  auto date = [&](const char* key) -> std::optional<Date> {
    if (!vm.count(key)) return std::nullopt;
    return parse_iso_date(vm[key].as<std::string>());
  };
  f.agency_code = text("agency");
  if (auto s = text("status")) f.status = case_status_from_string(*s);
  f.power_code = text("power");
  f.party = text("party");
  f.lead_from = date("lead-from");
  f.lead_to = date("lead-to");
  f.filed_from = date("filed-from");
  f.filed_to = date("filed-to");
  f.text = text("text");
  if (auto l = text("limit")) f.limit = parse_count(*l, "--limit");
  if (auto o = text("offset")) f.offset = parse_count(*o, "--offset");
  return f;
}

// The demo database in the user's data directory: $XDG_DATA_HOME/zhifa/demo.db, else
// ~/.local/share/zhifa/demo.db.
std::string default_db() {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) {
    base = xdg;
  } else if (const char* home = std::getenv("HOME"); home && *home) {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    return "zhifa-demo.db";
  }
  return (base / "zhifa" / "demo.db").string();
}

void add_db_option(po::options_description& d) {
  d.add_options()("db", po::value<std::string>(),
                  ("the case store (default: " + default_db() + ")").c_str());
}

std::string db_path(const po::variables_map& vm) {
  return vm.count("db") ? vm["db"].as<std::string>() : default_db();
}

// Opens an existing store; a missing file is a usage error, not a new empty store.
CaseStore open_existing(const po::variables_map& vm) {
  const std::string path = db_path(vm);
  if (path != ":memory:" && !std::filesystem::exists(path)) {
    throw UsageError("no case store at " + path +
                     (vm.count("db") ? "" : "; run 'zhifa demo' to create the demo one"));
  }
  return CaseStore(path);
}

void for_each_summary(const CaseStore& store, const CaseFilter& filter,
                      const std::function<void(const CaseSummary&)>& f) {
  constexpr std::int64_t kPage = 1000;
  CaseFilter page = filter;
  std::int64_t remaining = filter.limit;  // negative: no limit
  while (remaining != 0) {
    page.limit = remaining < 0 ? kPage : std::min(kPage, remaining);
    const std::vector<CaseSummary> rows = store.list(page);
    for (const auto& r : rows) f(r);
    if (static_cast<std::int64_t>(rows.size()) < page.limit) return;
    if (remaining > 0) remaining -= static_cast<std::int64_t>(rows.size());
    page.after_id = rows.back().id;
    page.offset = 0;  // the filter's offset applies to the first page only
  }
}

Case case_of(const CaseStore& store, const std::string& key, const std::string& what) {
  if (auto c = store.find_by_number(key)) return *c;
  if (!key.empty() && key.find_first_not_of("0123456789") == std::string::npos) {
    return store.get(parse_count(key, what));
  }
  throw NotFoundError("no case with number or id '" + key + "'");
}

bool progress_wanted() { return ::isatty(STDERR_FILENO) == 1; }

void show_progress(const std::string& label, std::size_t done, std::size_t total) {
  if (!progress_wanted()) return;
  constexpr int kWidth = 30;
  const int filled = total == 0 ? kWidth : static_cast<int>(kWidth * done / total);
  std::cerr << "\r" << label << " [" << std::string(static_cast<std::size_t>(filled), '#')
            << std::string(static_cast<std::size_t>(kWidth - filled), ' ') << "] " << done;
  if (total > 0) std::cerr << "/" << total;
  if (done == total) std::cerr << "\n";
  std::cerr << std::flush;
}

void print_year_review(const YearReview& y, std::ostream& os) {
  os << "\ncases by status:\n";
  for (const auto& [status, count] : y.by_status) {
    if (count > 0) os << "  " << to_string(status) << ": " << count << "\n";
  }
  os << "\ndeadlines as of " << iso(y.as_of) << ": " << y.deadlines_open << " open, "
     << y.deadlines_overdue << " overdue\n";
  for (std::size_t i = 0; i < y.deadlines.size() && i < 5; ++i) {
    const auto& p = y.deadlines[i];
    os << "  " << (p.number.empty() ? "#" + std::to_string(p.case_id) : p.number) << "  "
       << p.deadline.key << " due " << iso(p.deadline.ledger.due()) << " ("
       << to_string(p.deadline.state) << ")\n";
  }
  os << "\nthe three systems (三项制度) as of " << iso(y.as_of) << ":\n"
     << "  full-process records (Art. 47): " << y.records_verified << " verified, "
     << y.records_tampered.size() << " tampered ('zhifa verify', 'zhifa proof')\n"
     << "  legality review (Art. 58): " << y.reviews_required
     << " decisions required it under the example list, " << y.reviews_missing
     << " without a passing review ('zhifa review --case N')\n";
  os << "  disclosure (Art. 48):";
  for (const auto& [status, count] : y.disclosure) {
    if (count > 0) os << " " << to_string(status) << " " << count;
  }
  os << " ('zhifa disclose --as-of " << iso(y.as_of) << "')\n";
  os << "\ncase-file audit (案卷评查) as of " << iso(y.as_of) << ":\n";
  AuditOutcome audit{y.audit_run, y.audit_report, ""};
  for (const auto& f : y.report_files) {
    if (f.size() >= 11 && f.compare(f.size() - 11, 11, "report.html") == 0) audit.html = f;
  }
  print_audit_summary(audit, os);
}

int cmd_review_year(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa review-year --as-of DATE [--db PATH] [--report DIR] [--jobs N] [--json]\n"
      "                         [filters]\n\n"
      "The year's review of a store as of a date: the cases by status, the deadlines open or\n"
      "overdue, the three systems (records verified, legality reviews required and missing,\n"
      "disclosure states) and the case-file audit against the built-in standard, judged by the\n"
      "store's agencies; records the audit run and, with --report, writes report.html,\n"
      "report.json, report.csv, results.jsonl and results.csv into DIR. The same job as Python's\n"
      "zhifa.review_year; --json prints its summary.\n\noptions");
  d.add_options()("help,h", "this text")("as-of", po::value<std::string>(),
                                         "the date of the review (nothing reads the clock)")(
      "report", po::value<std::string>(), "directory for the audit's report files")(
      "jobs", po::value<std::string>()->default_value("0"), "audit threads (0: all cores)")(
      "json", "print the summary as JSON");
  add_db_option(d);
  add_filter_options(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("as-of"))
    throw UsageError("zhifa review-year: --as-of DATE is required (nothing reads the clock)");
  const Date as_of = parse_iso_date(vm["as-of"].as<std::string>());
  const int jobs = parse_int(vm["jobs"].as<std::string>(), "--jobs");
  if (jobs < 0) throw UsageError("--jobs must not be negative");
  auto store = open_existing(vm);
  YearReviewOptions options;
  options.filter = filter_from(vm);
  options.audit = audit_options(static_cast<unsigned>(jobs));
  options.note = "review-year";
  if (vm.count("report")) options.report_dir = vm["report"].as<std::string>();
  const YearReview year = review_year(store, as_of, options);
  if (vm.count("json")) {
    std::cout << json::parse(to_json(year)).dump(2) << "\n";
  } else {
    print_year_review(year, std::cout);
  }
  return kOk;
}

int cmd_demo(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa demo [--db PATH] [--cases N] [--seed S] [--as-of DATE] [--report DIR]\n"
      "                  [--jobs N]\n\n"
      "The main job on the bundled data: (re)creates the demo database, a year of synthetic but\n"
      "realistic case files of a city Development and Reform Commission with some procedural\n"
      "defects, and reports on it: the calendar's coverage, the cases by status, the injected\n"
      "defects, the deadlines open or overdue as of a date; then audits every case file against\n"
      "the built-in audit standard (案卷评查), writes the HTML report and prints a summary.\n\n"
      "options");
  d.add_options()("help,h", "this text")("cases", po::value<std::string>()->default_value("1500"),
                                         "how many cases")(
      "seed", po::value<std::string>()->default_value("20250101"),
      "generator seed (same seed, same cases)")(
      "as-of", po::value<std::string>()->default_value("2025-12-31"),
      "date for the deadline report and the audit")(
      "report", po::value<std::string>(),
      "directory for the audit report (default: demo-report next to the database)")(
      "jobs", po::value<std::string>()->default_value("0"), "audit threads (0: all cores)");
  add_db_option(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  const int n = parse_int(vm["cases"].as<std::string>(), "--cases");
  if (n <= 0) throw UsageError("--cases must be positive");
  SyntheticOptions options;
  options.seed = static_cast<std::uint64_t>(parse_count(vm["seed"].as<std::string>(), "--seed"));
  const Date as_of = parse_iso_date(vm["as-of"].as<std::string>());
  const std::string path = db_path(vm);

  auto cal = WorkCalendar::china();
  print_coverage(cal);

  // Build the new database next to the old one and swap it in only when complete.
  const std::string tmp = path + ".new";
  if (path != ":memory:") {
    std::filesystem::create_directories(std::filesystem::absolute(path).parent_path());
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(tmp + suffix);
  }
  SyntheticCaseGenerator gen(options);
  std::map<std::string, int> defects;
  {
    CaseStore store(path == ":memory:" ? path : tmp);
    store.register_agency(gen.agency());
    std::cout << "\ncreating the demo database " << path << ": " << n << " synthetic cases of "
              << gen.agency().name << " (seed " << options.seed << ")\n";
    std::vector<Case> batch;
    for (int i = 1; i <= n; ++i) {
      auto s = gen.next();
      for (const auto& x : s.defects) ++defects[x];
      batch.push_back(std::move(s.c));
      if (batch.size() == 500 || i == n) {
        store.add_all(batch);
        batch.clear();
        show_progress("storing", static_cast<std::size_t>(i), static_cast<std::size_t>(n));
      }
    }
  }
  if (path != ":memory:") {
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(path + suffix);
    std::filesystem::rename(tmp, path);
    for (const char* suffix : {"-wal", "-shm"}) std::filesystem::remove(tmp + suffix);
  }
  CaseStore store(path == ":memory:" ? ":memory:" : path);
  std::cout << "stored " << store.count() << " cases (schema version " << store.schema_version()
            << ")\n";
  std::cout << "\ninjected procedural defects (for the case-file audit to find):\n";
  for (const auto& [name, count] : defects) std::cout << "  " << name << ": " << count << "\n";

  // The year's review (the main job, review_year.hpp), printed as it is returned.
  const int jobs = parse_int(vm["jobs"].as<std::string>(), "--jobs");
  if (jobs < 0) throw UsageError("--jobs must not be negative");
  YearReviewOptions review;
  review.calendar = cal;
  review.agencies = std::vector<Agency>{gen.agency()};
  review.audit = audit_options(static_cast<unsigned>(jobs));
  review.note = "demo";
  if (vm.count("report")) {
    review.report_dir = vm["report"].as<std::string>();
  } else if (path != ":memory:") {
    review.report_dir = (std::filesystem::absolute(path).parent_path() / "demo-report").string();
  }
  const YearReview year = review_year(store, as_of, review);
  print_year_review(year, std::cout);
  std::cout
      << "\nA notice of rights served on 2026-09-28, just before the National Day holiday: the\n"
         "party's hearing request is due 5 working days later (行政处罚法 Art. 64, 85).\n";
  print_deadline(
      Deadline(PeriodTable::builtin().get("hearing_request"), parse_iso_date("2026-09-28"), cal));
  std::cout << "\nnext: zhifa cases list --db " << path << " --status decided\n"
            << "      zhifa deadlines --db " << path << " --as-of " << iso(as_of) << "\n"
            << "      zhifa audit --db " << path << " --as-of " << iso(as_of)
            << " --status archived --report DIR\n";
  return kOk;
}

int cmd_import(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa import FILE [--db PATH] [--batch N]\n\n"
      "Imports cases from JSON Lines (one case per line, docs/case-format.md). The import is one\n"
      "transaction (all or nothing) unless --batch N commits every N lines. A bad line stops the\n"
      "import with its line number and reason, rolls back its batch, and says how many cases the\n"
      "batches before it committed and the first line not committed (where to resume).\n\noptions");
  d.add_options()("help,h", "this text")("file", po::value<std::string>(),
                                         "JSON Lines file ('-' for stdin)")(
      "batch", po::value<std::string>()->default_value("0"),
      "commit every N lines (0: one transaction)");
  add_db_option(d);
  po::positional_options_description pos;
  pos.add("file", 1);
  auto vm = parse(args, d, pos);
  if (help(vm, d)) return kOk;
  if (!vm.count("file")) throw UsageError("zhifa import: which file?");
  const std::string file = vm["file"].as<std::string>();
  const int batch = parse_int(vm["batch"].as<std::string>(), "--batch");
  if (batch < 0) throw UsageError("--batch must not be negative");
  std::ifstream in;
  if (file != "-") {
    in.open(file);
    if (!in) throw DataFileError(file + ": cannot open the file");
  }
  CaseStore store(db_path(vm));
  auto report = store.import_jsonl(file == "-" ? std::cin : in, static_cast<std::size_t>(batch),
                                   [](std::size_t lines) { show_progress("importing", lines, 0); });
  if (progress_wanted()) std::cerr << "\n";
  std::cout << "imported " << report.imported << " cases from " << report.lines << " lines into "
            << store.path() << "\n";
  return kOk;
}

int cmd_export(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa export [FILE] [--db PATH] [filters]\n\n"
      "Writes the matching cases as JSON Lines (to FILE, or stdout).\n\noptions");
  d.add_options()("help,h", "this text")("file", po::value<std::string>(),
                                         "output file (default: stdout)");
  add_db_option(d);
  add_filter_options(d);
  po::positional_options_description pos;
  pos.add("file", 1);
  auto vm = parse(args, d, pos);
  if (help(vm, d)) return kOk;
  auto store = open_existing(vm);
  const CaseFilter filter = filter_from(vm);
  if (!vm.count("file") || vm["file"].as<std::string>() == "-") {
    store.export_jsonl(std::cout, filter);
    return kOk;
  }
  // Write to a temporary file and rename, so a failed export leaves no half-written file.
  const std::string file = vm["file"].as<std::string>();
  const std::string tmp = file + ".partial";
  std::size_t n = 0;
  try {
    std::ofstream out(tmp);
    if (!out) throw DataFileError(file + ": cannot write the file");
    n = store.export_jsonl(out, filter);
    out.close();
    if (!out) throw DataFileError(file + ": write error");
    std::filesystem::rename(tmp, file);
  } catch (...) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    throw;
  }
  std::cerr << "exported " << n << " cases to " << file << "\n";
  return kOk;
}

int cmd_cases(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa cases list [filters] [--json]\n"
      "       zhifa cases show ID|NUMBER [--json]\n\noptions");
  d.add_options()("help,h", "this text")("json", "print JSON")(
      "args", po::value<std::vector<std::string>>(), "action and its argument");
  add_db_option(d);
  add_filter_options(d);
  auto vm = parse_with_args(args, d);
  if (help(vm, d)) return kOk;
  auto rest = positional(vm);
  if (rest.empty()) throw UsageError("zhifa cases: which action? (list, show)");
  auto store = open_existing(vm);
  const bool as_json = vm.count("json") > 0;
  if (rest[0] == "list") {
    if (rest.size() != 1)
      throw UsageError("zhifa cases list takes no arguments; use filter options");
    // Printed a page at a time, as listed: memory does not grow with the store.
    std::size_t n = 0;
    for_each_summary(store, filter_from(vm), [&](const CaseSummary& r) {
      if (as_json) {
        // The array json::dump(2) prints, an element at a time.
        std::cout << (n == 0 ? "[\n" : ",\n") << indented(summary_json(r).dump(2));
      } else {
        std::cout << r.id << "  " << (r.number.empty() ? "-" : r.number) << "  "
                  << to_string(r.status) << "  " << opt_iso(r.filed_on) << "  " << r.party_name
                  << "  " << r.total_fine.to_string() << "  " << r.title << "\n";
      }
      ++n;
    });
    if (as_json) {
      std::cout << (n == 0 ? "[]\n" : "\n]\n");
    } else {
      std::cerr << n << " cases\n";
    }
    return kOk;
  }
  if (rest[0] == "show") {
    if (rest.size() != 2) throw UsageError("zhifa cases show: expected one ID or case number");
    const Case c = case_of(store, rest[1], "the case id");
    if (as_json) {
      std::cout << json::parse(to_json(c)).dump(2) << "\n";
      return kOk;
    }
    std::cout << (c.number.empty() ? "(no number)" : c.number) << "  #" << c.id << "  "
              << to_string(c.status) << "\n"
              << c.title << "\n"
              << c.facts << "\n";
    for (const auto& p : c.parties)
      std::cout << "party " << p.id << ": " << p.name << " " << p.identifier() << "\n";
    if (c.decision) {
      std::cout << "decision " << c.decision->document_number << " on "
                << iso(c.decision->decided_on) << ": " << to_string(c.decision->outcome)
                << ", fine " << c.decision->total_fine().to_string() << "\n";
    }
    std::cout << "timeline:\n";
    for (const auto& e : c.events) {
      std::cout << "  " << iso(e.on) << "  " << e.action << "  " << to_string(e.from) << " -> "
                << to_string(e.to) << (e.officer_id.empty() ? "" : "  by " + e.officer_id)
                << (e.note.empty() ? "" : "  " + e.note) << "\n";
    }
    return kOk;
  }
  throw UsageError("zhifa cases: unknown action '" + rest[0] + "' (list, show)");
}

int cmd_deadlines(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa deadlines --as-of DATE [--db PATH] [--all] [--json] [filters]\n\n"
      "The case deadlines open or overdue as of DATE (with --all, also those met or "
      "lapsed).\n\noptions");
  d.add_options()("help,h", "this text")("as-of", po::value<std::string>(),
                                         "the date (YYYY-MM-DD)")(
      "all", "include deadlines met or lapsed")("json", "print JSON");
  add_db_option(d);
  add_filter_options(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("as-of"))
    throw UsageError("zhifa deadlines: --as-of DATE is required (nothing reads the clock)");
  const Date on = parse_iso_date(vm["as-of"].as<std::string>());
  auto store = open_existing(vm);
  const auto rows =
      store_deadlines(store, on, WorkCalendar::china(), filter_from(vm), vm.count("all") == 0);
  if (vm.count("json")) {
    json a = json::array();
    for (const auto& r : rows) a.push_back(json::parse(to_json(r)));
    std::cout << a.dump(2) << "\n";
    return kOk;
  }
  for (const auto& r : rows) {
    std::cout << (r.number.empty() ? "#" + std::to_string(r.case_id) : r.number) << "  "
              << r.deadline.key << "  due " << iso(r.deadline.ledger.due()) << "  "
              << to_string(r.deadline.state) << "  ["
              << r.deadline.ledger.period().basis.to_string() << "]\n";
  }
  std::cerr << rows.size() << " deadlines\n";
  return kOk;
}

int cmd_agency(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa agency add FILE [--db PATH]\n"
      "       zhifa agency list [--json]\n"
      "       zhifa agency show CODE\n\n"
      "The enforcement bodies of a store: their case-number prefix, power items (权责清单) and\n"
      "officers with their enforcement certificates. 'add' registers (or replaces) the agency of\n"
      "a JSON file in the format of docs/agency-format.md; the audit judges the power item\n"
      "(Art. 38) and the officers' certificates (Art. 42) by these.\n\noptions");
  d.add_options()("help,h", "this text")("json", "print JSON")(
      "args", po::value<std::vector<std::string>>(), "action and its argument");
  add_db_option(d);
  auto vm = parse_with_args(args, d);
  if (help(vm, d)) return kOk;
  auto rest = positional(vm);
  if (rest.empty()) throw UsageError("zhifa agency: which action? (add, list, show)");
  if (rest[0] == "add") {
    if (rest.size() != 2) throw UsageError("zhifa agency add: expected one agency FILE");
    std::ifstream in(rest[1], std::ios::binary);
    if (!in) throw DataFileError(rest[1] + ": cannot open the file");
    std::stringstream text;
    text << in.rdbuf();
    const Agency a = agency_from_json(text.str(), rest[1]);  // checked before the store opens
    CaseStore store(db_path(vm));  // a new store may start with its agencies
    store.register_agency(a);
    std::cerr << "registered " << a.code << " (" << a.name << "): " << a.powers.size()
              << " power items, " << a.officers.size() << " officers\n";
    return kOk;
  }
  CaseStore store = open_existing(vm);
  const auto agencies = store.agencies();
  if (rest[0] == "list") {
    if (rest.size() != 1) throw UsageError("zhifa agency list takes no arguments");
    if (vm.count("json")) {
      json a = json::array();
      for (const auto& ag : agencies) a.push_back(json::parse(agency_to_json(ag)));
      std::cout << a.dump(2) << "\n";
      return kOk;
    }
    for (const auto& ag : agencies) {
      std::cout << ag.code << "  " << ag.case_prefix << "  " << ag.name << "  " << ag.powers.size()
                << " power items, " << ag.officers.size() << " officers\n";
    }
    return kOk;
  }
  if (rest[0] == "show") {
    if (rest.size() != 2) throw UsageError("zhifa agency show: expected one agency CODE");
    for (const auto& ag : agencies) {
      if (ag.code == rest[1]) {
        std::cout << agency_to_json(ag) << "\n";
        return kOk;
      }
    }
    throw NotFoundError("no agency '" + rest[1] + "' in " + store.path());
  }
  throw UsageError("zhifa agency: unknown action '" + rest[0] + "' (add, list, show)");
}

}  // namespace zhifa::cli

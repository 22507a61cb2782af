// The zhifa CLI's shared pieces: exit codes, usage errors, option parsing.
#pragma once

#include <boost/program_options.hpp>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "zhifa/audit.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/audit_report.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/deadline.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {
class CaseStore;
struct CaseFilter;
}  // namespace zhifa

namespace zhifa::cli {

namespace po = boost::program_options;

inline constexpr int kOk = 0;
inline constexpr int kFinding = 1;
inline constexpr int kUsage = 2;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A whole number, all of `text`; UsageError naming `what` otherwise.
inline int parse_int(const std::string& text, const std::string& what) {
  try {
    std::size_t used = 0;
    int n = std::stoi(text, &used);
    if (used == text.size()) return n;
  } catch (const std::logic_error&) {
  }
  throw UsageError(what + " must be a whole number, got '" + text + "'");
}

// A non-negative 64-bit whole number, all of `text`; UsageError naming `what` otherwise.
inline std::int64_t parse_count(const std::string& text, const std::string& what) {
  try {
    std::size_t used = 0;
    long long n = std::stoll(text, &used);
    if (used == text.size() && n >= 0) return n;
  } catch (const std::logic_error&) {
  }
  throw UsageError(what + " must be a whole number of at least 0, got '" + text + "'");
}

inline po::variables_map parse(const std::vector<std::string>& args,
                               const po::options_description& d,
                               const po::positional_options_description& pos) {
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(d).positional(pos).run(), vm);
  po::notify(vm);
  return vm;
}

/// Parses a command whose positional arguments (an action and its arguments) are all collected
/// under "args", which the options must declare.
inline po::variables_map parse_with_args(const std::vector<std::string>& args,
                                         const po::options_description& d) {
  po::positional_options_description pos;
  pos.add("args", -1);
  return parse(args, d, pos);
}

/// The positional arguments parse_with_args collected (none: empty).
inline std::vector<std::string> positional(const po::variables_map& vm) {
  return vm.count("args") ? vm["args"].as<std::vector<std::string>>() : std::vector<std::string>{};
}

/// With --help, prints the command's options and returns true: the command then exits 0.
inline bool help(const po::variables_map& vm, const po::options_description& d) {
  if (!vm.count("help")) return false;
  std::cout << d << "\n";
  return true;
}

/// Prints the calendar's coverage and the notice behind each year.
void print_coverage(const WorkCalendar& calendar);
/// Prints a deadline ledger's explanation (computed first: nothing partial on error).
void print_deadline(const Deadline& deadline);

/// True when stderr is a terminal: long work shows progress there and stays quiet in a pipe.
bool progress_wanted();
/// Draws "label [#####     ] done/total" on stderr (when progress_wanted()).
void show_progress(const std::string& label, std::size_t done, std::size_t total);

/// The demo database in the user's data directory: $XDG_DATA_HOME/zhifa/demo.db, else
/// ~/.local/share/zhifa/demo.db.
std::string default_db();
/// Adds --db naming the default.
void add_db_option(po::options_description& d);
std::string db_path(const po::variables_map& vm);
/// Opens an existing store; a missing file is a usage error, not a new empty store.
CaseStore open_existing(const po::variables_map& vm);
/// Hands the summaries of the matching cases to `f` in id order, a page of CaseStore::list at a
/// time, each page listed by key after the last (after_id), with the filter's offset and limit
/// holding over all pages: memory stays bounded by the page whatever the store's size. Each page
/// is its own read, so a case added meanwhile after the last page read is listed too.
void for_each_summary(const CaseStore& store, const CaseFilter& filter,
                      const std::function<void(const CaseSummary&)>& f);
/// The case a user names by `key` (`zhifa cases show KEY`, `--case KEY`): the case with that
/// number (案号), else, when `key` is all digits, the case with that id. NotFoundError naming
/// the key (or the id) when there is none; UsageError naming `what` for an id out of range.
Case case_of(const CaseStore& store, const std::string& key, const std::string& what);

/// An audit run with its report and, when written, the HTML report's path.
struct AuditOutcome {
  AuditRun run;
  AuditReport report;
  std::string html;
};
/// Audits the store's matching cases (progress bar on a terminal), records the run, builds the
/// report and, with a report directory, writes report.html/.json/.csv and results.jsonl/.csv.
/// The batch options of the CLI: `jobs` threads, a progress bar on a terminal, local-time
/// timestamps.
AuditBatchOptions audit_options(unsigned jobs);
AuditOutcome run_audit(CaseStore& store, const CaseFilter& filter, const AuditContext& context,
                       const Standard& standard, unsigned jobs, const std::string& report_dir,
                       const std::string& note);
/// The short summary: grade distribution, top findings, unchecked items, the report's path.
void print_audit_summary(const AuditOutcome& outcome, std::ostream& os);
/// The case filter options (--agency, --status, ...) and the filter they give.
void add_filter_options(po::options_description& d);
CaseFilter filter_from(const po::variables_map& vm);

/// The commands that work on a case store.
int cmd_demo(const std::vector<std::string>& args);
int cmd_review_year(const std::vector<std::string>& args);
int cmd_import(const std::vector<std::string>& args);
int cmd_export(const std::vector<std::string>& args);
int cmd_cases(const std::vector<std::string>& args);
int cmd_agency(const std::vector<std::string>& args);
int cmd_deadlines(const std::vector<std::string>& args);
/// The three systems: the full-process record and legality review.
int cmd_verify(const std::vector<std::string>& args);
int cmd_proof(const std::vector<std::string>& args);
int cmd_checkpoint(const std::vector<std::string>& args);
int cmd_review(const std::vector<std::string>& args);
int cmd_audit(const std::vector<std::string>& args);
/// The discretion commands.
int cmd_catalog(const std::vector<std::string>& args);
int cmd_penalty(const std::vector<std::string>& args);
/// The disclosure commands (行政执法公示).
int cmd_disclose(const std::vector<std::string>& args);
int cmd_stats(const std::vector<std::string>& args);
int cmd_public_catalog(const std::vector<std::string>& args);
/// Random inspections (双随机、一公开): the draw, its replay, the results' publication.
int cmd_draw(const std::vector<std::string>& args);
int cmd_inspections(const std::vector<std::string>& args);
/// Electronic case files: export, import, inspect.
int cmd_archive(const std::vector<std::string>& args);

}  // namespace zhifa::cli

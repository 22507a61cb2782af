// zhifa: the command-line tool. A thin shell over the library; every answer comes from it.
// Exit codes: 0 success, 1 a finding (audit and verify commands; disclose and inspections when
// something is overdue; draw replay on a mismatch), 2 bad usage or input (including a date
// outside the calendar's coverage). Errors go to stderr.
#include <boost/program_options.hpp>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli.hpp"
#include "zhifa/deadline.hpp"
#include "zhifa/error.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/version.hpp"
#include "zhifa/work_calendar.hpp"

using nlohmann::json;
using namespace zhifa::cli;

namespace {

const char* kMainHelp = R"(usage: zhifa <command> [options]

Administrative enforcement case management under PRC law.

commands:
  demo       the main job: create the demo case database, audit it, write the HTML report
  review-year  the year's review of a store as of a date (cases, deadlines, three systems, audit)
  audit      the case-file audit (案卷评查) of a store against an audit standard
  calendar   the official working-day calendar: coverage, check a date, add or count working days
  deadline   compute and explain a named legal period from a start date
  cases      list or show the cases of a store
  agency     register, list or show the enforcement bodies of a store (power items, officers)
  deadlines  the case deadlines open or overdue as of a date
  import     import cases from JSON Lines
  export     export cases as JSON Lines
  catalog    show the discretion benchmark catalog (default: built-in DRC catalog)
  penalty    the permitted penalty for a catalog item and the facts, with its trace
  verify     check the full-process records (Art. 47) of the cases; exit 1 on tampering
  proof      an inclusion or consistency proof of a case's record, as JSON
  checkpoint take (and sign) a tree head of a case's record
  review     whether a case needs legality review (Art. 58), and its review records
  disclose   publication of decisions due, overdue or late as of a date (exit 1: overdue)
  stats      the annual enforcement statistics of a year
  public-catalog  what Art. 39 requires to be public before enforcement (demo agency)
  draw       the double-random inspection draw (双随机), its replay (draw replay) and seed
             commitment (draw commit)
  inspections  publication of inspection results due or overdue as of a date (exit 1: overdue)
  archive    electronic case files: export cases to sealed files, import them, inspect one

Commands that work on a store take --db PATH (default: the demo database in the user's data
directory).

Run 'zhifa <command> --help' for a command's options.
options:
  --help       this text
  --version    print the version

exit codes: 0 success, 1 a finding, 2 bad usage or input
)";

// Common calendar options: --calendar-file F (repeatable) merges years into the official data;
// --weekends-only A-B adds years in which only weekends are off, explicitly.
void add_calendar_options(po::options_description& d) {
  d.add_options()("calendar-file", po::value<std::vector<std::string>>()->composing(),
                  "merge the years of a zhifa-calendar JSON file (repeatable)")(
      "weekends-only", po::value<std::string>(),
      "add years FIRST-LAST in which only Saturdays and Sundays are off (an explicit "
      "approximation)");
}

zhifa::WorkCalendar calendar_from(const po::variables_map& vm) {
  auto cal = zhifa::WorkCalendar::china();
  if (vm.count("calendar-file")) {
    for (const auto& f : vm["calendar-file"].as<std::vector<std::string>>()) {
      cal = cal.merged(zhifa::WorkCalendar::from_json_file(f));
    }
  }
  if (vm.count("weekends-only")) {
    const auto& spec = vm["weekends-only"].as<std::string>();
    auto dash = spec.find('-');
    const std::string what = "--weekends-only (FIRST-LAST years, e.g. 2027-2028)";
    const int a = parse_int(spec.substr(0, dash), what);
    const int b = dash == std::string::npos ? a : parse_int(spec.substr(dash + 1), what);
    cal = cal.merged(zhifa::WorkCalendar::weekends_only(a, b));
  }
  return cal;
}

std::string kind_text(const zhifa::WorkCalendar& cal, zhifa::Date d) {
  switch (cal.day_kind(d)) {
    case zhifa::DayKind::kWorkday:
      return "a working day";
    case zhifa::DayKind::kAdjustedWorkday:
      return "a working day (adjusted working day, 调休上班日)";
    case zhifa::DayKind::kWeekend:
      return "not a working day (weekend)";
    case zhifa::DayKind::kStatutoryHoliday:
      return "not a working day (statutory holiday, 法定节假日: " +
             cal.holiday_name(d).value_or("") + ")";
    case zhifa::DayKind::kRestDay:
      return "not a working day (rest day of the " + cal.holiday_name(d).value_or("") +
             " schedule)";
  }
  return "?";
}

const char* kind_key(zhifa::DayKind k) {
  switch (k) {
    case zhifa::DayKind::kWorkday:
      return "workday";
    case zhifa::DayKind::kWeekend:
      return "weekend";
    case zhifa::DayKind::kStatutoryHoliday:
      return "statutory_holiday";
    case zhifa::DayKind::kRestDay:
      return "rest_day";
    case zhifa::DayKind::kAdjustedWorkday:
      return "adjusted_workday";
  }
  return "?";
}

json coverage_json(const zhifa::WorkCalendar& cal) {
  json years = json::array();
  for (const auto& y : cal.years()) {
    json j = {{"year", y.year}};
    if (y.notice) {
      j["notice"] = {{"number", y.notice->number},
                     {"issued", zhifa::iso(y.notice->issued)},
                     {"status", y.notice->status}};
    } else {
      j["notice"] = nullptr;
    }
    years.push_back(j);
  }
  return {{"first_day", zhifa::iso(cal.first_day())},
          {"last_day", zhifa::iso(cal.last_day())},
          {"years", years}};
}

}  // namespace

namespace zhifa::cli {
void print_coverage(const zhifa::WorkCalendar& cal) {
  std::cout << "calendar coverage: " << cal.coverage_text() << "\n";
  for (const auto& y : cal.years()) {
    std::cout << "  " << y.year << ": ";
    if (y.notice) {
      std::cout << y.notice->number << " (issued " << zhifa::iso(y.notice->issued) << ")";
      if (!y.notice->status.empty() && y.notice->status != "verified") {
        std::cout << " [" << y.notice->status << "]";
      }
    } else {
      std::cout << "weekends only (no official notice loaded)";
    }
    std::cout << "\n";
  }
}
}  // namespace zhifa::cli

namespace {

int cmd_calendar(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa calendar coverage | check DATE | add DATE N | between A B [options]\n\n"
      "  coverage      the covered years and the notice behind each\n"
      "  check DATE    is DATE a working day, a statutory holiday, a rest day?\n"
      "  add DATE N    the N-th working day after DATE (N < 0: before; write -- before a negative "
      "N)\n"
      "  between A B   the number of working days w with A < w <= B\n\noptions");
  d.add_options()("help,h", "this text")("json", "print JSON")(
      "args", po::value<std::vector<std::string>>(), "action and its arguments");
  add_calendar_options(d);
  auto vm = parse_with_args(args, d);
  if (help(vm, d)) return kOk;
  auto rest = positional(vm);
  if (rest.empty())
    throw UsageError("zhifa calendar: which action? (coverage, check, add, between)");
  const bool as_json = vm.count("json") > 0;
  auto cal = calendar_from(vm);
  const std::string& action = rest[0];
  auto need = [&](std::size_t n) {
    if (rest.size() != n + 1) {
      throw UsageError("zhifa calendar " + action + ": expected " + std::to_string(n) +
                       " argument(s), got " + std::to_string(rest.size() - 1));
    }
  };
  if (action == "coverage") {
    need(0);
    if (as_json) {
      std::cout << coverage_json(cal).dump(2) << "\n";
    } else {
      print_coverage(cal);
    }
  } else if (action == "check") {
    need(1);
    auto day = zhifa::parse_iso_date(rest[1]);
    if (as_json) {
      auto name = cal.holiday_name(day);
      std::cout << json{{"date", zhifa::iso(day)},
                        {"weekday", zhifa::weekday_name(day)},
                        {"working_day", cal.is_working_day(day)},
                        {"kind", kind_key(cal.day_kind(day))},
                        {"holiday", name ? json(*name) : json(nullptr)}}
                       .dump(2)
                << "\n";
    } else {
      const std::string text = kind_text(cal, day);  // may throw: print nothing partial
      std::cout << zhifa::iso(day) << " (" << zhifa::weekday_name(day) << ") is " << text << "\n";
    }
  } else if (action == "add") {
    need(2);
    auto day = zhifa::parse_iso_date(rest[1]);
    const int n = parse_int(rest[2], "zhifa calendar add: N");
    const auto result = cal.add_working_days(day, n);
    if (as_json) {
      std::cout << json{{"date", zhifa::iso(day)},
                        {"working_days", n},
                        {"result", zhifa::iso(result)}}
                       .dump(2)
                << "\n";
    } else {
      std::cout << zhifa::iso(day) << " + " << n << " working days = " << zhifa::iso(result) << " ("
                << zhifa::weekday_name(result) << ")\n";
    }
  } else if (action == "between") {
    need(2);
    auto a = zhifa::parse_iso_date(rest[1]);
    auto b = zhifa::parse_iso_date(rest[2]);
    int n = cal.working_days_between(a, b);
    if (as_json) {
      std::cout << json{{"from", zhifa::iso(a)}, {"to", zhifa::iso(b)}, {"working_days", n}}.dump(2)
                << "\n";
    } else {
      std::cout << n << " working days in (" << zhifa::iso(a) << ", " << zhifa::iso(b) << "]\n";
    }
  } else {
    throw UsageError("zhifa calendar: unknown action '" + action +
                     "' (coverage, check, add, between)");
  }
  return kOk;
}

}  // namespace

namespace zhifa::cli {
void print_deadline(const zhifa::Deadline& dl) {
  const auto steps = dl.explain();  // may throw: print nothing partial
  const auto& p = dl.period();
  std::cout << p.key << " (" << p.name << "): " << p.summary() << "\n";
  for (const auto& s : steps) {
    std::cout << "  " << zhifa::iso(s.date) << "  " << s.text;
    if (s.basis) std::cout << "  [" << s.basis->to_string() << "]";
    std::cout << "\n";
  }
}
}  // namespace zhifa::cli

namespace {

int cmd_deadline(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa deadline PERIOD --from DATE [options]\n"
      "       zhifa deadline --list\n\n"
      "Computes the due date of a named legal period from its start date and explains each "
      "step.\n\noptions");
  d.add_options()("help,h", "this text")("list", "list the named periods")("json", "print JSON")(
      "period", po::value<std::string>(), "the period's key (see --list)")(
      "from", po::value<std::string>(), "start date YYYY-MM-DD (the start day is not counted)")(
      "suspend", po::value<std::vector<std::string>>()->composing(),
      "FROM..TO[:REASON] days that do not count (repeatable)")(
      "extend", po::value<std::vector<std::string>>()->composing(),
      "N:APPROVER:APPROVED_ON[:REASON] an approved extension in the period's unit (repeatable)")(
      "rest-day-rule", po::value<std::string>(),
      "next_working_day (default: 民事诉讼法 Art. 85 by analogy) or none")(
      "periods-file", po::value<std::vector<std::string>>()->composing(),
      "override or add periods from a zhifa-periods JSON file (repeatable)");
  add_calendar_options(d);
  po::positional_options_description pos;
  pos.add("period", 1);
  auto vm = parse(args, d, pos);
  if (help(vm, d)) return kOk;
  zhifa::PeriodTable table = zhifa::PeriodTable::builtin();
  if (vm.count("periods-file")) {
    for (const auto& f : vm["periods-file"].as<std::vector<std::string>>()) {
      table = table.overridden_by(zhifa::PeriodTable::from_json_file(f));
    }
  }
  if (vm.count("list")) {
    if (vm.count("json")) {
      json list = json::array();
      for (const auto& p : table.periods()) list.push_back(json::parse(zhifa::to_json(p)));
      std::cout << list.dump(2) << "\n";
    } else {
      for (const auto& p : table.periods()) {
        std::cout << p.key << "  " << p.name << "  " << p.summary();
        if (!p.status.empty() && p.status != "verified") std::cout << " [" << p.status << "]";
        std::cout << "\n";
      }
    }
    return kOk;
  }
  if (!vm.count("period"))
    throw UsageError("zhifa deadline: which period? (see zhifa deadline --list)");
  if (!vm.count("from")) throw UsageError("zhifa deadline: --from DATE is required");
  auto cal = calendar_from(vm);
  zhifa::Deadline dl(table.get(vm["period"].as<std::string>()),
                     zhifa::parse_iso_date(vm["from"].as<std::string>()), cal);
  if (vm.count("rest-day-rule")) {
    const auto& r = vm["rest-day-rule"].as<std::string>();
    if (r == "next_working_day") {
      dl.set_rest_day_rule(zhifa::RestDayRule::kNextWorkingDay);
    } else if (r == "none") {
      dl.set_rest_day_rule(zhifa::RestDayRule::kNone);
    } else {
      throw UsageError("--rest-day-rule: expected next_working_day or none, got '" + r + "'");
    }
  }
  // The ledger's entries are validated together, in date order, whatever order they are given.
  std::vector<zhifa::Extension> extensions;
  std::vector<zhifa::Suspension> suspensions;
  if (vm.count("extend")) {
    for (const auto& spec : vm["extend"].as<std::vector<std::string>>()) {
      std::vector<std::string> parts;
      std::size_t start = 0;
      for (int k = 0; k < 3; ++k) {
        auto colon = spec.find(':', start);
        parts.push_back(
            spec.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
        if (colon == std::string::npos) {
          start = std::string::npos;
          break;
        }
        start = colon + 1;
      }
      if (parts.size() < 3)
        throw UsageError("--extend expects N:APPROVER:APPROVED_ON[:REASON], got '" + spec + "'");
      std::string reason = start == std::string::npos ? "" : spec.substr(start);
      extensions.push_back(zhifa::Extension{parse_int(parts[0], "--extend: N"), parts[1], reason,
                                            zhifa::parse_iso_date(parts[2])});
    }
  }
  if (vm.count("suspend")) {
    for (const auto& spec : vm["suspend"].as<std::vector<std::string>>()) {
      auto dots = spec.find("..");
      if (dots == std::string::npos)
        throw UsageError("--suspend expects FROM..TO[:REASON], got '" + spec + "'");
      auto colon = spec.find(':', dots);
      std::string to =
          spec.substr(dots + 2, colon == std::string::npos ? std::string::npos : colon - dots - 2);
      std::string reason = colon == std::string::npos ? "" : spec.substr(colon + 1);
      suspensions.push_back(zhifa::Suspension{zhifa::parse_iso_date(spec.substr(0, dots)),
                                              zhifa::parse_iso_date(to), reason});
    }
  }
  zhifa::Deadline ledger(dl.period(), dl.start(), dl.calendar(), suspensions, extensions);
  ledger.set_rest_day_rule(dl.rest_day_rule());
  if (vm.count("json")) {
    std::cout << json::parse(zhifa::to_json(ledger)).dump(2) << "\n";
  } else {
    print_deadline(ledger);
  }
  return kOk;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kMainHelp;
    return kUsage;
  }
  const std::string cmd = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  try {
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
      std::cout << kMainHelp;
      return kOk;
    }
    if (cmd == "--version") {
      std::cout << "zhifa " << zhifa::kVersion << "\n";
      return kOk;
    }
    if (cmd == "calendar") return cmd_calendar(rest);
    if (cmd == "deadline") return cmd_deadline(rest);
    if (cmd == "demo") return cmd_demo(rest);
    if (cmd == "review-year") return cmd_review_year(rest);
    if (cmd == "audit") return cmd_audit(rest);
    if (cmd == "import") return cmd_import(rest);
    if (cmd == "export") return cmd_export(rest);
    if (cmd == "cases") return cmd_cases(rest);
    if (cmd == "agency") return cmd_agency(rest);
    if (cmd == "deadlines") return cmd_deadlines(rest);
    if (cmd == "catalog") return cmd_catalog(rest);
    if (cmd == "penalty") return cmd_penalty(rest);
    if (cmd == "verify") return cmd_verify(rest);
    if (cmd == "proof") return cmd_proof(rest);
    if (cmd == "checkpoint") return cmd_checkpoint(rest);
    if (cmd == "review") return cmd_review(rest);
    if (cmd == "disclose") return cmd_disclose(rest);
    if (cmd == "stats") return cmd_stats(rest);
    if (cmd == "public-catalog") return cmd_public_catalog(rest);
    if (cmd == "draw") return cmd_draw(rest);
    if (cmd == "inspections") return cmd_inspections(rest);
    if (cmd == "archive") return cmd_archive(rest);
    std::cerr << "zhifa: unknown command '" << cmd << "'\n\n" << kMainHelp;
    return kUsage;
  } catch (const po::error& e) {
    std::cerr << "zhifa " << cmd << ": " << e.what() << "\n";
  } catch (const UsageError& e) {
    std::cerr << e.what() << "\n";
  } catch (const zhifa::Error& e) {
    std::cerr << "zhifa " << cmd << ": " << e.what() << "\n";
  } catch (const std::exception& e) {
    std::cerr << "zhifa " << cmd << ": unexpected error: " << e.what() << "\n";
  }
  return kUsage;
}

// The CLI commands of public disclosure (行政执法公示): disclose, stats, public-catalog.
#include <fstream>
#include <iostream>

#include "cli.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/disclosure.hpp"
#include "zhifa/disclosure_report.hpp"
#include "zhifa/error.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa::cli {
namespace {

DisclosureRules rules_from(const po::variables_map& vm) {
  return vm.count("rules") ? DisclosureRules::from_json_file(vm["rules"].as<std::string>())
                           : DisclosureRules::defaults();
}

// The agency whose records are exported: the CLI knows the demo agency (synthetic_agency());
// for another code it has only the code, which then stands for the name.
Agency agency_for(const std::string& code) {
  Agency demo = synthetic_agency();
  if (code.empty() || code == demo.code) return demo;
  Agency a;
  a.code = code;
  a.name = code;
  return a;
}

}  // namespace

int cmd_disclose(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa disclose --as-of DATE [--db PATH] [--rules FILE] [--format table|json|csv]\n"
      "                      [--export FILE] [--all] [filters]\n\n"
      "Public disclosure of penalty decisions (行政处罚法 Art. 48; 国办发〔2018〕118号): the\n"
      "decisions due or overdue for publication, published late, or due or overdue for\n"
      "withdrawal after a change (Art. 48: 3 working days) as of DATE. The publication deadline\n"
      "and which decisions are published come from the rules (default: 7 working days, general\n"
      "procedure with a penalty; docs/disclosure.md). --export writes the masked records that\n"
      "should be public on DATE: FILE.csv as CSV, FILE.jsonl as JSON Lines, else a JSON array.\n"
      "Exit code 1 when anything is overdue.\n\noptions");
  d.add_options()("help,h", "this text")("as-of", po::value<std::string>(),
                                         "the date (YYYY-MM-DD)")(
      "rules", po::value<std::string>(), "disclosure rules file (zhifa-disclosure-rules)")(
      "format", po::value<std::string>()->default_value("table"), "table, json or csv")(
      "export", po::value<std::string>(), "write the records to publish to FILE")(
      "all", "list every decided case, not only those needing attention");
  add_db_option(d);
  add_filter_options(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("as-of"))
    throw UsageError("zhifa disclose: --as-of DATE is required (nothing reads the clock)");
  const std::string format = vm["format"].as<std::string>();
  if (format != "table" && format != "json" && format != "csv")
    throw UsageError("--format must be table, json or csv, got '" + format + "'");
  const Date as_of = parse_iso_date(vm["as-of"].as<std::string>());
  const DisclosureRules rules = rules_from(vm);
  auto store = open_existing(vm);
  const CaseFilter filter = filter_from(vm);
  const auto cal = WorkCalendar::china();
  const bool all = vm.count("all") > 0;

  if (vm.count("export")) {
    const std::string file = vm["export"].as<std::string>();
    CaseFilter export_filter = filter;
    const Agency agency = agency_for(filter.agency_code.value_or(""));
    export_filter.agency_code = agency.code;
    // Streamed to the file as the store is read (through FILE.partial, renamed when complete).
    const std::size_t n = export_disclosure_records(
        store, agency, as_of, rules, cal, file, disclosure_file_format_for(file), export_filter);
    std::cerr << "exported " << n << " disclosure records to " << file << "\n";
  }

  // The report's rows are written as they are found (JSON: once complete), never all held.
  DisclosureReport report;
  if (format == "json" || format == "csv") {
    report = write_disclosure_report(
        store, as_of, rules, cal, filter, all,
        format == "csv" ? DisclosureReportFormat::kCsv : DisclosureReportFormat::kJson, std::cout);
  } else {
    report.as_of = as_of;
    report.counts = for_each_disclosure_row(
        store, as_of, rules, cal, filter, all, [](const DisclosureReportRow& r) {
          const auto due = r.state.due();
          std::cout << (r.case_number.empty() ? "#" + std::to_string(r.case_id) : r.case_number)
                    << "  " << to_string(r.state.status) << "  due " << (due ? iso(*due) : "-")
                    << "  " << r.state.reason << "\n";
        });
    std::cerr << "as of " << iso(as_of) << " (" << rules.name() << "):";
    for (const auto& [status, n] : report.counts) {
      if (n > 0) std::cerr << " " << to_string(status) << " " << n;
    }
    std::cerr << "\n";
  }
  return report.any_overdue() ? kFinding : kOk;
}

int cmd_stats(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa stats --year Y [--db PATH] [--rules FILE] [--format json|csv] [filters]\n\n"
      "The annual enforcement statistics (行政执法统计年报), due by 31 January of the next year\n"
      "(国办发〔2018〕118号 as reported): cases filed and decided, outcomes, penalty kinds, "
      "simple\n"
      "and general procedure, fines, hearings, legal reviews, normative documents, and the\n"
      "publication and withdrawal deadlines of the year with how they were met.\n\noptions");
  d.add_options()("help,h", "this text")("year", po::value<std::string>(), "the year")(
      "rules", po::value<std::string>(), "disclosure rules file (zhifa-disclosure-rules)")(
      "format", po::value<std::string>()->default_value("json"), "json or csv");
  add_db_option(d);
  add_filter_options(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("year")) throw UsageError("zhifa stats: --year Y is required");
  const int year = parse_int(vm["year"].as<std::string>(), "--year");
  const std::string format = vm["format"].as<std::string>();
  if (format != "json" && format != "csv")
    throw UsageError("--format must be json or csv, got '" + format + "'");
  const DisclosureRules rules = rules_from(vm);
  auto store = open_existing(vm);
  const auto stats = annual_statistics(store, year, rules, WorkCalendar::china(), filter_from(vm));
  std::cout << (format == "csv" ? stats.to_csv() : stats.to_json());
  return kOk;
}

int cmd_public_catalog(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa public-catalog --as-of DATE [--inspections FILE] [--format markdown|json]\n\n"
      "What 行政处罚法 Art. 39 requires to be public before enforcement (事前公开), for the demo\n"
      "agency: the enforcing body, its officers with valid certificates on DATE (name and\n"
      "certificate number only), its powers with their legal basis, the general and simple\n"
      "procedures, the remedies (periods from the period table) and the random-inspection list\n"
      "(a zhifa-inspection-items file, docs/disclosure.md).\n\noptions");
  d.add_options()("help,h", "this text")("as-of", po::value<std::string>(),
                                         "the date (YYYY-MM-DD)")(
      "inspections", po::value<std::string>(), "random-inspection item list")(
      "format", po::value<std::string>()->default_value("markdown"), "markdown or json");
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("as-of"))
    throw UsageError("zhifa public-catalog: --as-of DATE is required (nothing reads the clock)");
  const std::string format = vm["format"].as<std::string>();
  if (format != "markdown" && format != "json")
    throw UsageError("--format must be markdown or json, got '" + format + "'");
  const Date as_of = parse_iso_date(vm["as-of"].as<std::string>());
  std::vector<InspectionItem> items;
  if (vm.count("inspections")) {
    std::ifstream in(vm["inspections"].as<std::string>(), std::ios::binary);
    if (!in) throw DataFileError(vm["inspections"].as<std::string>() + ": cannot open the file");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    items = inspection_items_from_json(text, vm["inspections"].as<std::string>());
  }
  const auto cat = public_catalog(synthetic_agency(), as_of, items);
  std::cout << (format == "json" ? cat.to_json() : cat.to_markdown());
  return kOk;
}

}  // namespace zhifa::cli

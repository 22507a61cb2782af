// The CLI commands of random inspections (双随机、一公开, 国办发〔2015〕58号): draw, draw replay,
// draw commit, inspections.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli.hpp"
#include "zhifa/error.hpp"
#include "zhifa/inspection.hpp"

namespace zhifa::cli {
namespace {

struct Inputs {
  InspectionPlan plan;
  std::vector<InspectionEntity> entities;
  std::vector<Inspector> inspectors;
};

void add_input_options(po::options_description& d) {
  d.add_options()("plan", po::value<std::string>(), "the plan (zhifa-inspection-plan)")(
      "objects", po::value<std::string>(), "the entity directory (zhifa-inspection-entities)")(
      "inspectors", po::value<std::string>(), "the inspector directory (zhifa-inspectors)");
}

Inputs inputs_from(const po::variables_map& vm, const std::string& cmd) {
  for (const char* k : {"plan", "objects", "inspectors"}) {
    if (!vm.count(k)) throw UsageError(cmd + ": --" + k + " FILE is required");
  }
  return {InspectionPlan::from_json_file(vm["plan"].as<std::string>()),
          entities_from_json_file(vm["objects"].as<std::string>()),
          inspectors_from_json_file(vm["inspectors"].as<std::string>())};
}

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) throw DataFileError(path + ": cannot write the file");
}

void print_record(const DrawRecord& r, std::ostream& os) {
  os << "draw of plan " << r.plan_id << " (" << r.algorithm << ")\n"
     << "  seed:            " << r.seed << "\n"
     << "  commitment:      " << r.seed_commitment << "\n"
     << "  plan hash:       " << r.plan_hash << "\n"
     << "  entities hash:   " << r.entities_hash << "\n"
     << "  inspectors hash: " << r.inspectors_hash << "\n";
  if (!r.replaces.empty()) os << "  replaces:        " << r.replaces << " (" << r.reason << ")\n";
  os << "  record hash:     " << r.hash << "\n\nclass  population  eligible  quota  selected\n";
  for (const auto& c : r.classes) {
    os << "  " << c.risk_class << "  " << c.population << "  " << c.eligible << "  " << c.quota
       << "  " << c.selected << "\n";
  }
  os << "\nselected entities and teams:\n";
  for (const auto& s : r.selections) {
    os << "  " << s.credit_code << "  [" << s.risk_class << "]  ";
    for (std::size_t i = 0; i < s.team.size(); ++i) os << (i ? ", " : "") << s.team[i];
    if (s.team.empty()) os << "(no team)";
    os << "\n";
  }
  for (const auto& f : r.failures) {
    os << "NO TEAM " << f.credit_code << " (" << f.constraint << "): " << f.detail << "\n";
  }
}

int cmd_draw_replay(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa draw replay RECORD.json --plan P.json --objects O.json --inspectors I.json\n\n"
      "Recomputes the draw from the record's seed and the given plan and directories and\n"
      "compares it with the record, its hash included. Exit code 1 and the first difference\n"
      "when they do not match.\n\noptions");
  d.add_options()("help,h", "this text")("record", po::value<std::string>(), "the draw record");
  add_input_options(d);
  po::positional_options_description pos;
  pos.add("record", 1);
  auto vm = parse(args, d, pos);
  if (help(vm, d)) return kOk;
  if (!vm.count("record")) throw UsageError("zhifa draw replay: RECORD.json is required");
  const auto in = inputs_from(vm, "zhifa draw replay");
  const auto record = DrawRecord::from_json_file(vm["record"].as<std::string>());
  const auto result = replay(record, in.plan, in.entities, in.inspectors);
  if (result.match) {
    std::cout << "match: record " << record.hash << " is the draw of plan " << record.plan_id
              << " with these directories\n";
    return kOk;
  }
  std::cout << "MISMATCH: " << result.difference << "\n";
  return kFinding;
}

}  // namespace

int cmd_draw(const std::vector<std::string>& args) {
  if (!args.empty() && args[0] == "replay") {
    return cmd_draw_replay(std::vector<std::string>(args.begin() + 1, args.end()));
  }
  if (!args.empty() && args[0] == "commit") {
    if (args.size() != 2 || args[1].empty() || args[1][0] == '-') {
      throw UsageError("usage: zhifa draw commit SEED  (prints sha256(SEED), to publish first)");
    }
    std::cout << seed_commitment(args[1]) << "\n";
    return kOk;
  }
  po::options_description d(
      "usage: zhifa draw --plan P.json --objects O.json --inspectors I.json --seed S [--json]\n"
      "                  [--out RECORD.json] [--tasks FILE] [--replaces RECORD.json --reason R]\n"
      "       zhifa draw replay RECORD.json --plan ... --objects ... --inspectors ...\n"
      "       zhifa draw commit SEED\n\n"
      "The double-random draw (双随机, 国办发〔2015〕58号): entities by class from the entity\n"
      "directory, teams from the inspector directory, deterministic from the seed so anyone can\n"
      "replay it (docs/inspection.md). When the plan holds a seed commitment, the seed must\n"
      "match it. --tasks writes the tasks as CSV (FILE.csv) or JSON.\n\noptions");
  d.add_options()("help,h", "this text")("seed", po::value<std::string>(), "the seed")(
      "json", "print the record as JSON")("out", po::value<std::string>(),
                                          "write the record (JSON) to the file")(
      "tasks", po::value<std::string>(), "write the tasks to the file")(
      "replaces", po::value<std::string>(), "the record this draw replaces (a redraw)")(
      "reason", po::value<std::string>(), "why the redraw");
  add_input_options(d);
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("seed")) throw UsageError("zhifa draw: --seed S is required");
  const auto in = inputs_from(vm, "zhifa draw");
  const std::string seed = vm["seed"].as<std::string>();
  DrawRecord r;
  if (vm.count("replaces")) {
    if (!vm.count("reason")) throw UsageError("zhifa draw: a redraw needs --reason");
    r = redraw(DrawRecord::from_json_file(vm["replaces"].as<std::string>()),
               vm["reason"].as<std::string>(), in.plan, in.entities, in.inspectors, seed);
  } else {
    if (vm.count("reason")) throw UsageError("zhifa draw: --reason goes with --replaces");
    r = draw(in.plan, in.entities, in.inspectors, seed);
  }
  if (vm.count("out")) write_file(vm["out"].as<std::string>(), r.to_json());
  if (vm.count("tasks")) {
    const std::string f = vm["tasks"].as<std::string>();
    const auto ts = tasks(r, in.plan, in.entities);
    const bool csv = f.size() >= 4 && f.compare(f.size() - 4, 4, ".csv") == 0;
    write_file(f, csv ? tasks_to_csv(ts) : tasks_to_json(ts));
  }
  if (vm.count("json")) {
    std::cout << r.to_json();
  } else {
    print_record(r, std::cout);
  }
  return kOk;
}

int cmd_inspections(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa inspections --results R.json --as-of DATE [--working-days N] [--json]\n\n"
      "Publication of inspection results (一公开, 国办发〔2015〕58号: 抽查情况及查处结果要及时\n"
      "公布): each result is due the given number of working days after the inspection ended\n"
      "(default: the file's publication_working_days, else 20), on the official calendar.\n"
      "Exit code 1 when a result is overdue.\n\noptions");
  d.add_options()("help,h", "this text")("results", po::value<std::string>(),
                                         "results file (zhifa-inspection-results)")(
      "as-of", po::value<std::string>(), "the date (YYYY-MM-DD)")(
      "working-days", po::value<std::string>(), "the publication period in working days")(
      "json", "print JSON");
  auto vm = parse(args, d, {});
  if (help(vm, d)) return kOk;
  if (!vm.count("results")) throw UsageError("zhifa inspections: --results FILE is required");
  if (!vm.count("as-of")) {
    throw UsageError("zhifa inspections: --as-of DATE is required (nothing reads the clock)");
  }
  const auto results = InspectionResults::from_json_file(vm["results"].as<std::string>());
  const Date as_of = parse_iso_date(vm["as-of"].as<std::string>());
  const int days = vm.count("working-days")
                       ? parse_int(vm["working-days"].as<std::string>(), "--working-days")
                       : results.publication_working_days;
  const auto due = results_due(results.results, as_of, WorkCalendar::china(), days);
  int overdue = 0;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& r : due) {
    overdue += r.state == PublicationState::kOverdue ? 1 : 0;
    out.push_back({{"plan_id", r.plan_id},
                   {"credit_code", r.credit_code},
                   {"completed_on", iso(r.completed_on)},
                   {"due", iso(r.due)},
                   {"state", to_string(r.state)}});
  }
  if (vm.count("json")) {
    std::cout
        << nlohmann::json{{"as_of", iso(as_of)}, {"working_days", days}, {"results", out}}.dump(2)
        << "\n";
  } else {
    std::cout << "inspection results as of " << iso(as_of) << " (publication within " << days
              << " working days)\n";
    for (const auto& r : due) {
      std::cout << "  " << r.credit_code << "  ended " << iso(r.completed_on) << "  due "
                << iso(r.due) << "  " << to_string(r.state) << "\n";
    }
    std::cout << overdue << " overdue\n";
  }
  return overdue ? kFinding : kOk;
}

}  // namespace zhifa::cli

// The CLI commands of the discretion benchmarks: catalog show, penalty.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli.hpp"
#include "zhifa/discretion.hpp"
#include "zhifa/error.hpp"

namespace zhifa::cli {
namespace {

using nlohmann::json;

Catalog catalog_from(const po::variables_map& vm) {
  return vm.count("catalog") ? Catalog::from_json_file(vm["catalog"].as<std::string>())
                             : Catalog::builtin();
}

FineBase base_named(const std::string& name) {
  for (FineBase b : {FineBase::kTotalInvestment, FineBase::kContractAmount, FineBase::kIllegalGains,
                     FineBase::kGoodsValue, FineBase::kUnitFine}) {
    if (to_string(b) == name) return b;
  }
  throw UsageError("unknown base '" + name +
                   "' (total_investment, contract_amount, illegal_gains, goods_value, unit_fine)");
}

std::string range_text(const std::optional<Money>& lo, const std::optional<Money>& hi) {
  if (!lo || !hi) return "-";
  return lo->to_string() + " to " + hi->to_string() + " yuan";
}

std::string fine_text(const FineRule& f) {
  std::string s = f.text.empty() ? "fine" : f.text;
  if (!f.when.empty()) s += " [when " + f.when + "]";
  return s;
}

}  // namespace

int cmd_catalog(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa catalog show [ITEM] [--catalog FILE] [--json]\n"
      "       zhifa catalog lint [FILE] --as-of DATE\n"
      "       zhifa catalog import-csv FILE [--name NAME] [-o OUT.json]\n\n"
      "Shows the items of a discretion benchmark catalog (default: the built-in DRC catalog,\n"
      "statutory ranges with an example tier split), or one item in full. lint reports tiers\n"
      "that overlap or leave gaps, bad ranges, missing citations, items out of force and\n"
      "unreachable tiers, and exits 1 when it finds any. import-csv turns the published\n"
      "spreadsheet form (one row per item and tier) into a JSON catalog.\n\noptions");
  d.add_options()("help,h", "this text")("json", "print JSON")("catalog", po::value<std::string>(),
                                                               "a zhifa-catalog JSON file")(
      "args", po::value<std::vector<std::string>>(), "action and item")(
      "as-of", po::value<std::string>(), "lint: the date items must be in force on")(
      "name", po::value<std::string>(), "import-csv: the catalog's name")(
      "output,o", po::value<std::string>(), "import-csv: write the JSON catalog to this file");
  auto vm = parse_with_args(args, d);
  if (help(vm, d)) return kOk;
  auto rest = positional(vm);
  if (!rest.empty() && rest[0] == "lint") {
    if (rest.size() > 2) throw UsageError("zhifa catalog lint: expected at most one FILE");
    if (!vm.count("as-of")) {
      throw UsageError("zhifa catalog lint: --as-of DATE is required (nothing reads the clock)");
    }
    const Catalog catalog = rest.size() == 2 ? Catalog::from_json_file(rest[1]) : catalog_from(vm);
    const auto findings = lint(catalog, parse_iso_date(vm["as-of"].as<std::string>()));
    for (const auto& f : findings) {
      std::cout << (f.item.empty() ? "catalog" : f.item) << ": " << f.message << "\n";
    }
    std::cout << catalog.name() << ": " << catalog.items().size() << " items, " << findings.size()
              << " findings\n";
    return findings.empty() ? kOk : kFinding;
  }
  if (!rest.empty() && rest[0] == "import-csv") {
    if (rest.size() != 2) throw UsageError("zhifa catalog import-csv: expected one CSV FILE");
    std::ifstream in(rest[1], std::ios::binary);
    if (!in) throw DataFileError(rest[1] + ": cannot open the file");
    std::stringstream text;
    text << in.rdbuf();
    const std::string name = vm.count("name") ? vm["name"].as<std::string>() : rest[1];
    const Catalog catalog = Catalog::from_csv(text.str(), name, rest[1]);
    const std::string json_text = catalog.to_json() + "\n";
    if (vm.count("output")) {
      const std::string out = vm["output"].as<std::string>();
      std::ofstream file(out + ".partial");
      file << json_text;
      file.close();
      if (!file) {
        std::filesystem::remove(out + ".partial");
        throw DataFileError(out + ": cannot write the file");
      }
      std::filesystem::rename(out + ".partial", out);
      std::cerr << "wrote " << catalog.items().size() << " items to " << out << "\n";
    } else {
      std::cout << json_text;
    }
    return kOk;
  }
  if (rest.empty() || rest[0] != "show" || rest.size() > 2) {
    throw UsageError("zhifa catalog: expected 'show [ITEM]', 'lint [FILE]' or 'import-csv FILE'");
  }
  const Catalog catalog = catalog_from(vm);
  std::vector<const CatalogItem*> items;
  for (const auto& it : catalog.items()) {
    if (rest.size() == 1 || it.code == rest[1]) items.push_back(&it);
  }
  if (items.empty())
    throw NotFoundError("catalog '" + catalog.name() + "' has no item '" + rest[1] + "'");
  if (vm.count("json")) {
    json a = json::array();
    for (const auto* it : items) {
      json fines = json::array();
      for (const auto& f : it->fines) fines.push_back(fine_text(f));
      json tiers = json::array();
      for (const auto& t : it->tiers) {
        tiers.push_back(
            {{"kind", to_string(t.kind)}, {"label", t.label}, {"conditions", t.conditions}});
      }
      a.push_back({{"code", it->code},
                   {"behaviour", it->behaviour},
                   {"penalty_provision", it->penalty_provision.to_string()},
                   {"fines", fines},
                   {"tiers", tiers},
                   {"in_force_from", iso(it->in_force_from)},
                   {"status", it->status}});
    }
    std::cout << a.dump(2) << "\n";
    return kOk;
  }
  std::cout << catalog.name() << "\n";
  for (const auto* it : items) {
    std::cout << it->code << "  " << it->penalty_provision.to_string() << "  " << it->behaviour
              << "\n";
    if (rest.size() == 1) continue;
    for (const auto& f : it->fines) std::cout << "  fine: " << fine_text(f) << "\n";
    for (const auto& t : it->tiers) {
      std::cout << "  tier " << t.label << " (" << to_string(t.kind) << ")";
      for (const auto& c : t.conditions) std::cout << " " << c;
      std::cout << "\n";
    }
    std::cout << "  in force from " << iso(it->in_force_from) << "; " << it->status << "\n";
  }
  return kOk;
}

int cmd_penalty(const std::vector<std::string>& args) {
  po::options_description d(
      "usage: zhifa penalty ITEM --act DATE --discovered DATE --decision DATE [options]\n\n"
      "Recommends the permitted penalty for a catalog item and the facts: whether a penalty may\n"
      "be imposed, the tier, the fine range and the kinds, with the trace of every rule "
      "used.\n\noptions");
  d.add_options()("help,h", "this text")("json", "print JSON")(
      "item", po::value<std::string>(), "catalog item code")("act", po::value<std::string>(),
                                                             "date of the act (or its start)")(
      "act-ended", po::value<std::string>(), "end of a continuing act")(
      "discovered", po::value<std::string>(), "date the act was discovered")(
      "decision", po::value<std::string>(), "date of the decision")(
      "circumstance", po::value<std::vector<std::string>>()->composing(),
      "a circumstance code (repeatable), e.g. eliminated_harm, repeated_violation, serious")(
      "base", po::value<std::vector<std::string>>()->composing(),
      "KIND=AMOUNT, e.g. contract_amount=1234567.89 or goods_value=2万 (repeatable)")(
      "age", po::value<std::string>(), "a natural person's age at the act (Art. 30)")(
      "harm", "life, health or financial safety with harm: five-year limitation (Art. 36)")(
      "catalog", po::value<std::string>(), "a zhifa-catalog JSON file (default: built in)")(
      "facts", po::value<std::string>(),
      "the facts as a JSON file instead of options: {\"act\", \"discovered\", \"decision\", "
      "\"act_ended\", "
      "\"age\", \"harm\", \"circumstances\": [...], \"bases\": {\"contract_amount\": \"123万\"}}");
  po::positional_options_description pos;
  pos.add("item", 1);
  auto vm = parse(args, d, pos);
  if (help(vm, d)) return kOk;
  if (!vm.count("item")) throw UsageError("zhifa penalty: which catalog item?");
  PenaltyFacts f;
  if (vm.count("facts")) {
    // The facts as JSON, e.g. written by another program.
    std::ifstream in(vm["facts"].as<std::string>());
    if (!in) throw DataFileError(vm["facts"].as<std::string>() + ": cannot open the file");
    json j;
    try {
      j = json::parse(in);
    } catch (const json::exception& e) {
      throw DataFileError(vm["facts"].as<std::string>() + ": not valid JSON: " + e.what());
    }
    auto date = [&](const char* key, bool required) -> std::optional<Date> {
      if (!j.contains(key) || j[key].is_null()) {
        if (required)
          throw UsageError("zhifa penalty: the facts need \"" + std::string(key) + "\"");
        return std::nullopt;
      }
      if (!j[key].is_string())
        throw UsageError(std::string("facts: \"") + key + "\" must be a date string");
      return parse_iso_date(j[key].get<std::string>());
    };
    try {
      f.act_date = *date("act", true);
      f.discovered = *date("discovered", true);
      f.decision_date = *date("decision", true);
      f.act_ended = date("act_ended", false);
      if (j.contains("age") && j["age"].is_number_integer()) f.age_at_act = j["age"].get<int>();
      f.life_health_or_financial_harm =
          j.contains("harm") && j["harm"].is_boolean() && j["harm"].get<bool>();
      if (j.contains("circumstances")) {
        for (const auto& c : j["circumstances"]) f.circumstances.insert(c.get<std::string>());
      }
      if (j.contains("bases")) {
        for (const auto& [k, v] : j["bases"].items())
          f.bases[base_named(k)] = Money::parse(v.get<std::string>());
      }
    } catch (const json::exception& e) {
      throw DataFileError(vm["facts"].as<std::string>() + ": " + e.what());
    }
  } else {
    for (const char* required : {"act", "discovered", "decision"}) {
      if (!vm.count(required))
        throw UsageError(std::string("zhifa penalty: --") + required + " is required");
    }
    f.act_date = parse_iso_date(vm["act"].as<std::string>());
    f.discovered = parse_iso_date(vm["discovered"].as<std::string>());
    f.decision_date = parse_iso_date(vm["decision"].as<std::string>());
    if (vm.count("act-ended")) f.act_ended = parse_iso_date(vm["act-ended"].as<std::string>());
    f.life_health_or_financial_harm = vm.count("harm") > 0;
    if (vm.count("age")) f.age_at_act = parse_int(vm["age"].as<std::string>(), "--age");
  }
  if (vm.count("circumstance")) {
    for (const auto& c : vm["circumstance"].as<std::vector<std::string>>())
      f.circumstances.insert(c);
  }
  if (vm.count("base")) {
    for (const auto& spec : vm["base"].as<std::vector<std::string>>()) {
      auto eq = spec.find('=');
      if (eq == std::string::npos)
        throw UsageError("--base expects KIND=AMOUNT, got '" + spec + "'");
      f.bases[base_named(spec.substr(0, eq))] = Money::parse(spec.substr(eq + 1));
    }
  }
  const Catalog catalog = catalog_from(vm);
  const Recommendation r = recommend(catalog, vm["item"].as<std::string>(), f);
  if (vm.count("json")) {
    std::cout << json::parse(to_json(r)).dump(2) << "\n";
    return kOk;
  }
  std::cout << (r.penalty_allowed ? "penalty allowed" : "no penalty") << "; tier " << r.tier_label
            << " (" << to_string(r.tier) << ")\n";
  if (r.penalty_allowed) {
    std::cout << "statutory range: " << range_text(r.statutory_min, r.statutory_max) << "\n"
              << "tier range:      " << range_text(r.min, r.max) << "\n";
  }
  for (const auto& s : r.trace) {
    std::cout << "  " << s.text;
    if (s.basis) std::cout << "  [" << s.basis->to_string() << "]";
    std::cout << "\n";
  }
  return kOk;
}

}  // namespace zhifa::cli

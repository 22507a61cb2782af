#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <fstream>
#include <sstream>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/discretion.hpp"
#include "zhifa/error.hpp"

namespace py = pybind11;

namespace zhifa::python {
namespace {

std::string detail_read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw DataFileError(p.string() + ": cannot open the file");
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

void bind_discretion(py::module_& m) {
  py::class_<Ratio>(m, "Ratio", "An exact fraction num/den, e.g. 1 per mille = Ratio(1, 1000).")
      .def(py::init([](std::int64_t num, std::int64_t den) {
             return Ratio{num, den};
           }),
           py::arg("num"), py::arg("den"))
      .def_readonly("num", &Ratio::num)
      .def_readonly("den", &Ratio::den)
      .def("__eq__", [](const Ratio& a, const Ratio& b) { return a == b; });
  py::enum_<FineBase>(m, "FineBase", "What a proportional fine is computed on.")
      .value("NONE", FineBase::kNone)
      .value("TOTAL_INVESTMENT", FineBase::kTotalInvestment, "项目总投资额")
      .value("CONTRACT_AMOUNT", FineBase::kContractAmount, "合同金额 / 中标项目金额")
      .value("ILLEGAL_GAINS", FineBase::kIllegalGains, "违法所得")
      .value("GOODS_VALUE", FineBase::kGoodsValue, "货值金额")
      .value("UNIT_FINE", FineBase::kUnitFine, "单位罚款数额 (for responsible persons)");
  py::enum_<TierKind>(m, "TierKind")
      .value("NO_PENALTY", TierKind::kNoPenalty, "不予处罚")
      .value("MITIGATED", TierKind::kMitigated, "减轻")
      .value("LIGHTER", TierKind::kLighter, "从轻")
      .value("GENERAL", TierKind::kGeneral, "一般")
      .value("HEAVIER", TierKind::kHeavier, "从重");
  py::enum_<ConflictRule>(m, "ConflictRule")
      .value("GENERAL", ConflictRule::kGeneral)
      .value("LIGHTER", ConflictRule::kLighter)
      .value("HEAVIER", ConflictRule::kHeavier);

  py::class_<FineRule>(m, "FineRule",
                       "A statutory fine rule: a closed range, fixed or as ratios of a base.")
      .def_readonly("base", &FineRule::base)
      .def_readonly("min", &FineRule::min)
      .def_readonly("max", &FineRule::max)
      .def_readonly("min_ratio", &FineRule::min_ratio)
      .def_readonly("max_ratio", &FineRule::max_ratio)
      .def_readonly("base_from", &FineRule::base_from)
      .def_readonly("base_below", &FineRule::base_below)
      .def_readonly("when", &FineRule::when)
      .def_readonly("text", &FineRule::text);
  py::class_<Tier>(m, "Tier",
                   "A tier of an item: part of the range and the circumstances selecting it.")
      .def_readonly("kind", &Tier::kind)
      .def_readonly("label", &Tier::label)
      .def_readonly("conditions", &Tier::conditions)
      .def_readonly("from_", &Tier::from)
      .def_readonly("to", &Tier::to)
      .def_readonly("upper_inclusive", &Tier::upper_inclusive)
      .def_readonly("mitigated_floor", &Tier::mitigated_floor)
      .def_readonly("min", &Tier::min)
      .def_readonly("max", &Tier::max)
      .def_readonly("min_ratio", &Tier::min_ratio)
      .def_readonly("max_ratio", &Tier::max_ratio)
      .def_readonly("basis", &Tier::basis);
  py::class_<CatalogItem>(m, "CatalogItem", "A violation item of a benchmark catalog.")
      .def_readonly("code", &CatalogItem::code)
      .def_readonly("behaviour", &CatalogItem::behaviour)
      .def_readonly("violated", &CatalogItem::violated)
      .def_readonly("penalty_provision", &CatalogItem::penalty_provision)
      .def_readonly("kinds", &CatalogItem::kinds)
      .def_readonly("fines", &CatalogItem::fines)
      .def_readonly("tiers", &CatalogItem::tiers)
      .def_readonly("split_scheme", &CatalogItem::split_scheme)
      .def_readonly("in_force_from", &CatalogItem::in_force_from)
      .def_readonly("in_force_to", &CatalogItem::in_force_to)
      .def_readonly("issued_by", &CatalogItem::issued_by)
      .def_readonly("status", &CatalogItem::status)
      .def("in_force_on", &CatalogItem::in_force_on, py::arg("d"));
  py::class_<Catalog>(m, "Catalog", "A discretion benchmark catalog (docs/catalog-format.md).")
      .def_static("builtin", &Catalog::builtin, py::return_value_policy::copy,
                  "The default DRC catalog: statutory ranges, example tier split.")
      .def_static("from_json", &Catalog::from_json, py::arg("text"), py::arg("source") = "<string>")
      .def_static(
          "load",
          [](const std::filesystem::path& p) { return Catalog::from_json_file(p.string()); },
          py::arg("path"), "A catalog from a JSON file.")
      .def_static("from_csv", &Catalog::from_csv, py::arg("text"), py::arg("name"),
                  py::arg("source") = "<csv>",
                  "A catalog from the published spreadsheet form (CSV, one row per item and tier).")
      .def_static(
          "load_csv",
          [](const std::filesystem::path& p, std::optional<std::string> name) {
            return Catalog::from_csv(detail_read(p), name ? *name : p.stem().string(), p.string());
          },
          py::arg("path"), py::arg("name") = py::none(), "A catalog from a CSV file.")
      .def("to_json", &Catalog::to_json, "The catalog in the zhifa-catalog JSON format.")
      .def_property_readonly("name", &Catalog::name)
      .def_property_readonly("source", &Catalog::source)
      .def_property_readonly("conflict_rule", &Catalog::conflict_rule)
      .def_property_readonly("items", &Catalog::items)
      .def("item", &Catalog::item, py::arg("code"), py::arg("on"), py::return_value_policy::copy);

  py::class_<PenaltyFacts>(m, "PenaltyFacts",
                           "The facts the engine needs (dates, circumstances, base amounts).")
      .def(py::init([](Date act_date, Date discovered, Date decision_date,
                       std::optional<Date> act_ended, bool life_health_or_financial_harm,
                       std::optional<int> age_at_act, std::set<std::string> circumstances,
                       std::map<FineBase, Money> bases) {
             PenaltyFacts f;
             f.act_date = act_date;
             f.discovered = discovered;
             f.decision_date = decision_date;
             f.act_ended = act_ended;
             f.life_health_or_financial_harm = life_health_or_financial_harm;
             f.age_at_act = age_at_act;
             f.circumstances = std::move(circumstances);
             f.bases = std::move(bases);
             return f;
           }),
           py::arg("act_date"), py::arg("discovered"), py::arg("decision_date"),
           py::arg("act_ended") = py::none(), py::arg("life_health_or_financial_harm") = false,
           py::arg("age_at_act") = py::none(), py::arg("circumstances") = std::set<std::string>{},
           py::arg("bases") = std::map<FineBase, Money>{})
      .def_readwrite("act_date", &PenaltyFacts::act_date)
      .def_readwrite("discovered", &PenaltyFacts::discovered)
      .def_readwrite("decision_date", &PenaltyFacts::decision_date)
      .def_readwrite("act_ended", &PenaltyFacts::act_ended)
      .def_readwrite("life_health_or_financial_harm", &PenaltyFacts::life_health_or_financial_harm)
      .def_readwrite("age_at_act", &PenaltyFacts::age_at_act)
      .def_readwrite("circumstances", &PenaltyFacts::circumstances)
      .def_readwrite("bases", &PenaltyFacts::bases);
  py::class_<TraceStep>(m, "TraceStep", "One line of the engine's explanation.")
      .def_readonly("text", &TraceStep::text)
      .def_readonly("basis", &TraceStep::basis);
  py::class_<Recommendation>(m, "Recommendation",
                             "What the engine permits: tier, range, kinds, trace.")
      .def_readonly("penalty_allowed", &Recommendation::penalty_allowed)
      .def_readonly("tier", &Recommendation::tier)
      .def_readonly("tier_label", &Recommendation::tier_label)
      .def_readonly("kinds", &Recommendation::kinds)
      .def_readonly("statutory_min", &Recommendation::statutory_min)
      .def_readonly("statutory_max", &Recommendation::statutory_max)
      .def_readonly("min", &Recommendation::min)
      .def_readonly("max", &Recommendation::max)
      .def_readonly("mitigation_allowed", &Recommendation::mitigation_allowed)
      .def_readonly("trace", &Recommendation::trace)
      .def(
          "to_json", [](const Recommendation& r) { return to_json(r); },
          "As JSON, the text `zhifa penalty --json` prints.");
  py::class_<PenaltyCheck>(m, "PenaltyCheck", "A decided penalty checked against the catalog.")
      .def_readonly("ok", &PenaltyCheck::ok)
      .def_readonly("findings", &PenaltyCheck::findings)
      .def_readonly("below_by", &PenaltyCheck::below_by)
      .def_readonly("above_by", &PenaltyCheck::above_by)
      .def_readonly("recommendation", &PenaltyCheck::recommendation);
  py::class_<LintFinding>(m, "LintFinding", "One finding of a catalog lint.")
      .def_readonly("item", &LintFinding::item)
      .def_readonly("message", &LintFinding::message);
  m.def("check_penalty", &check_penalty, py::arg("catalog"), py::arg("item_code"), py::arg("facts"),
        py::arg("decided"),
        "Checks decided penalties against what the catalog permits for the facts.");
  m.def("lint", &lint, py::arg("catalog"), py::arg("as_of"),
        "Overlapping or gapped tiers, bad ranges, missing citations, items out of force, "
        "unreachable tiers.");
  m.def(
      "recommend", &recommend, py::arg("catalog"), py::arg("item_code"), py::arg("facts"),
      "The permitted penalty for a catalog item and the facts, with the trace of every rule used.");
}

}  // namespace zhifa::python

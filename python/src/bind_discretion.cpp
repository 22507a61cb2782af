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
      .def_readonly("num", &Ratio::num, "The numerator.")
      .def_readonly("den", &Ratio::den, "The denominator (> 0).")
      .def("__eq__", [](const Ratio& a, const Ratio& b) { return a == b; });
  py::enum_<FineBase>(m, "FineBase", "What a proportional fine is computed on.")
      .value("NONE", FineBase::kNone)
      .value("TOTAL_INVESTMENT", FineBase::kTotalInvestment, "项目总投资额")
      .value("CONTRACT_AMOUNT", FineBase::kContractAmount, "合同金额 / 中标项目金额")
      .value("ILLEGAL_GAINS", FineBase::kIllegalGains, "违法所得")
      .value("GOODS_VALUE", FineBase::kGoodsValue, "货值金额")
      .value("UNIT_FINE", FineBase::kUnitFine, "单位罚款数额 (for responsible persons)");
  py::enum_<TierKind>(m, "TierKind",
                      "The five discretion levels: 不予处罚, 减轻 (below the statutory minimum), "
                      "从轻 (the lower part of the range), 一般, 从重.")
      .value("NO_PENALTY", TierKind::kNoPenalty, "不予处罚")
      .value("MITIGATED", TierKind::kMitigated, "减轻")
      .value("LIGHTER", TierKind::kLighter, "从轻")
      .value("GENERAL", TierKind::kGeneral, "一般")
      .value("HEAVIER", TierKind::kHeavier, "从重");
  py::enum_<ConflictRule>(
      m, "ConflictRule",
      "How a catalog resolves 从轻 and 从重 circumstances present at once; mandatory statutory "
      "grounds (Art. 30, 32: 应当从轻或者减轻) are never outweighed.")
      .value("GENERAL", ConflictRule::kGeneral)
      .value("LIGHTER", ConflictRule::kLighter)
      .value("HEAVIER", ConflictRule::kHeavier);

  py::class_<FineRule>(m, "FineRule",
                       "A statutory fine rule: a closed range, fixed or as ratios of a base.")
      .def_readonly("base", &FineRule::base,
                    "What a proportional fine is computed on (FineBase; NONE for a fixed range).")
      .def_readonly("min", &FineRule::min,
                    "The fixed minimum (Money), or None; a missing minimum is 0 ('Y以下').")
      .def_readonly("max", &FineRule::max, "The fixed maximum (Money), or None.")
      .def_readonly("min_ratio", &FineRule::min_ratio,
                    "The minimum as a Ratio of the base, or None.")
      .def_readonly("max_ratio", &FineRule::max_ratio,
                    "The maximum as a Ratio of the base, or None.")
      .def_readonly("base_from", &FineRule::base_from,
                    "The rule applies when the base is at least this (Money, inclusive), or None.")
      .def_readonly("base_below", &FineRule::base_below,
                    "... and below this (Money, exclusive), or None.")
      .def_readonly(
          "when", &FineRule::when,
          "The circumstance that must be present (e.g. 'serious' for 情节严重); empty: always.")
      .def_readonly("text", &FineRule::text, "The statutory wording.");
  py::class_<Tier>(m, "Tier",
                   "A tier of an item: part of the range and the circumstances selecting it.")
      .def_readonly("kind", &Tier::kind, "The TierKind.")
      .def_readonly("label", &Tier::label,
                    "The tier's name in the benchmark (一般, 较重, 严重, ...).")
      .def_readonly("conditions", &Tier::conditions,
                    "The circumstance codes, any of which selects the tier.")
      .def_readonly("from_", &Tier::from,
                    "The lower end of the tier as a Ratio of (max - min) above min.")
      .def_readonly("to", &Tier::to,
                    "The upper end, likewise; excluded unless it is 1 or upper_inclusive.")
      .def_readonly("upper_inclusive", &Tier::upper_inclusive,
                    "Whether the upper end belongs to the tier.")
      .def_readonly("mitigated_floor", &Tier::mitigated_floor,
                    "For a 减轻 tier, the lowest fine as a Ratio of the minimum, when the catalog "
                    "sets one (the law sets no floor); else None.")
      .def_readonly("min", &Tier::min, "An explicit minimum (Money) instead of fractions, or None.")
      .def_readonly("max", &Tier::max, "An explicit maximum (Money) instead of fractions, or None.")
      .def_readonly("min_ratio", &Tier::min_ratio,
                    "An explicit minimum as a Ratio of the fine rule's base, or None.")
      .def_readonly("max_ratio", &Tier::max_ratio,
                    "An explicit maximum as a Ratio of the fine rule's base, or None.")
      .def_readonly("basis", &Tier::basis,
                    "For a list entry (不予/减轻/从轻 lists), the document that lists it.");
  py::class_<CatalogItem>(m, "CatalogItem", "A violation item of a benchmark catalog.")
      .def_readonly("code", &CatalogItem::code, "The item's code, e.g. 'TB-49'.")
      .def_readonly("behaviour", &CatalogItem::behaviour, "The violation in words.")
      .def_readonly("violated", &CatalogItem::violated, "The provision violated (Citation).")
      .def_readonly("penalty_provision", &CatalogItem::penalty_provision,
                    "The provision setting the penalty (Citation).")
      .def_readonly("kinds", &CatalogItem::kinds,
                    "The penalty kinds the provision allows (PenaltyKind list, Art. 9).")
      .def_readonly("fines", &CatalogItem::fines,
                    "The statutory fine rules, alternatives (FineRule list); empty for an item "
                    "without a fine.")
      .def_readonly("tiers", &CatalogItem::tiers, "The tiers (Tier list).")
      .def_readonly(
          "split_scheme", &CatalogItem::split_scheme,
          "How the range is split: '30_70', 'midpoint' or 'custom' (data, not national law).")
      .def_readonly("in_force_from", &CatalogItem::in_force_from, "First day in force.")
      .def_readonly("in_force_to", &CatalogItem::in_force_to, "Last day in force, or None.")
      .def_readonly("issued_by", &CatalogItem::issued_by,
                    "The document number (文号) of the benchmark document.")
      .def_readonly(
          "status", &CatalogItem::status,
          "How the item was verified, e.g. 'example tier split: no DRC benchmark text verified'.")
      .def("in_force_on", &CatalogItem::in_force_on, py::arg("d"),
           "True when in_force_from <= d and (no in_force_to or d <= in_force_to).");
  py::class_<Catalog>(m, "Catalog", "A discretion benchmark catalog (docs/catalog-format.md).")
      .def_static("builtin", &Catalog::builtin, py::return_value_policy::copy,
                  "The default DRC catalog: statutory ranges, example tier split.")
      .def_static("from_json", &Catalog::from_json, py::arg("text"), py::arg("source") = "<string>",
                  "A catalog from JSON text (docs/catalog-format.md). Raises zhifa.DataFileError "
                  "naming the entry.")
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
      .def_property_readonly("name", &Catalog::name, "The catalog's name.")
      .def_property_readonly("source", &Catalog::source, "Where it was read from.")
      .def_property_readonly(
          "conflict_rule", &Catalog::conflict_rule,
          "How it resolves lighter and heavier circumstances present at once (ConflictRule).")
      .def_property_readonly("items", &Catalog::items,
                             "The items (CatalogItem list), every version.")
      .def("item", &Catalog::item, py::arg("code"), py::arg("on"), py::return_value_policy::copy,
           "The item `code` in force on `on`. Raises zhifa.NotFoundError naming the code and the "
           "date.");

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
      .def_readwrite("act_date", &PenaltyFacts::act_date,
                     "The day of the act, or its start when continuing.")
      .def_readwrite("discovered", &PenaltyFacts::discovered, "The day it was discovered.")
      .def_readwrite("decision_date", &PenaltyFacts::decision_date, "The day of the decision.")
      .def_readwrite("act_ended", &PenaltyFacts::act_ended, "A continuing act's end, or None.")
      .def_readwrite("life_health_or_financial_harm", &PenaltyFacts::life_health_or_financial_harm,
                     "The five-year limitation applies (Art. 36).")
      .def_readwrite("age_at_act", &PenaltyFacts::age_at_act,
                     "The party's age at the act, or None; sets the Art. 30 codes.")
      .def_readwrite("circumstances", &PenaltyFacts::circumstances,
                     "The circumstance codes: statutory ones (minor_under_14, minor_14_17, "
                     "incapacity, partial_incapacity, eliminated_harm, coerced, confessed, "
                     "meritorious, other_mandatory_mitigation, minor_corrected_no_harm, "
                     "first_violation_slight_corrected, no_fault) and the catalog's own.")
      .def_readwrite("bases", &PenaltyFacts::bases,
                     "The base amounts of proportional fines ({FineBase: Money}).");
  py::class_<TraceStep>(m, "TraceStep", "One line of the engine's explanation.")
      .def_readonly("text", &TraceStep::text, "What the engine did, in words.")
      .def_readonly("basis", &TraceStep::basis, "The Citation behind it, or None.");
  py::class_<Recommendation>(m, "Recommendation",
                             "What the engine permits: tier, range, kinds, trace.")
      .def_readonly("penalty_allowed", &Recommendation::penalty_allowed,
                    "False when no penalty may be imposed; the trace says why (limitation, a "
                    "no-penalty ground, ...).")
      .def_readonly("tier", &Recommendation::tier, "The TierKind selected.")
      .def_readonly("tier_label", &Recommendation::tier_label, "The tier's name in the catalog.")
      .def_readonly("kinds", &Recommendation::kinds,
                    "The penalty kinds allowed (PenaltyKind list).")
      .def_readonly("statutory_min", &Recommendation::statutory_min,
                    "The fine rule's minimum (Money), or None.")
      .def_readonly("statutory_max", &Recommendation::statutory_max,
                    "The fine rule's maximum (Money), or None.")
      .def_readonly("min", &Recommendation::min, "The tier's minimum fine (Money), or None.")
      .def_readonly("max", &Recommendation::max, "The tier's maximum fine (Money), or None.")
      .def_readonly("mitigation_allowed", &Recommendation::mitigation_allowed,
                    "A fine below the statutory minimum is lawful: a mandatory ground (Art. 30, "
                    "32) or the catalog's mitigated list applies.")
      .def_readonly("trace", &Recommendation::trace, "Every rule used, in order (TraceStep list).")
      .def(
          "to_json", [](const Recommendation& r) { return to_json(r); },
          "As JSON, the text `zhifa penalty --json` prints.");
  py::class_<PenaltyCheck>(m, "PenaltyCheck", "A decided penalty checked against the catalog.")
      .def_readonly("ok", &PenaltyCheck::ok,
                    "True when the decided penalties are what the catalog permits.")
      .def_readonly("findings", &PenaltyCheck::findings,
                    "What is wrong, each naming the rule and the numbers.")
      .def_readonly("below_by", &PenaltyCheck::below_by,
                    "How much the fine is under the permitted range (Money), or None.")
      .def_readonly("above_by", &PenaltyCheck::above_by,
                    "How much the fine is over it (Money), or None.")
      .def_readonly("recommendation", &PenaltyCheck::recommendation,
                    "What the engine permits for the facts (Recommendation).");
  py::class_<LintFinding>(m, "LintFinding", "One finding of a catalog lint.")
      .def_readonly("item", &LintFinding::item,
                    "The item's code; empty for the catalog as a whole.")
      .def_readonly("message", &LintFinding::message, "What is wrong.");
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

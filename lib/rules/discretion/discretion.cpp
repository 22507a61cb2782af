// Discretion benchmarks (discretion.hpp): the catalog and its formats (JSON, CSV), its lint, and
// the penalty engine. One file over 800 lines: the readers, the lint and the engine share the
// ratio and amount helpers at the top (a tier as a fraction of the statutory range, a fine as a
// multiple of its base), and keeping them together keeps one reading of a tier.
#include "zhifa/discretion.hpp"

#include "zhifa/csv.hpp"

#include <algorithm>

#include "foundation/period_math.hpp"
#include "util/file.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {

namespace detail {
extern const std::string_view kDrcCatalogJson;
}

namespace {

using detail::json;
using detail::Node;
using detail::read_citation;

const char* kLaw = "行政处罚法";
Citation art(int article, int paragraph = 0, int item = 0) {
  return Citation{kLaw, article, paragraph, item, ""};
}

// The statutory circumstances of 行政处罚法 Art. 30-33.
bool has(const std::set<std::string>& s, const char* code) { return s.count(code) > 0; }

struct Ground {
  const char* code;
  Citation basis;
  const char* text;
};

// 应当不予行政处罚.
const Ground kMandatoryNoPenalty[] = {
    {"minor_under_14", art(30), "a minor under 14 at the act is not penalised"},
    {"incapacity", art(31), "a person who could not recognise or control the act is not penalised"},
    {"minor_corrected_no_harm", art(33, 1),
     "a minor violation promptly corrected without harm is not penalised"},
    {"no_fault", art(33, 2),
     "a party who proves it had no fault is not penalised (unless a law provides otherwise)"},
};
// 应当从轻或者减轻行政处罚.
const Ground kMandatoryLighter[] = {
    {"minor_14_17", art(30),
     "a minor of 14 to 17 at the act must be penalised more lightly or with mitigation"},
    {"eliminated_harm", art(32, 0, 1),
     "the party eliminated or reduced the harm on its own initiative"},
    {"coerced", art(32, 0, 2), "the party was coerced or deceived into the act"},
    {"confessed", art(32, 0, 3), "the party confessed violations the agency did not know of"},
    {"meritorious", art(32, 0, 4), "the party cooperated with merit in the investigation"},
    {"other_mandatory_mitigation", art(32, 0, 5),
     "a law, regulation or rule requires a lighter or mitigated penalty"},
};

Ratio read_ratio(const Node& n) {
  if (n.size() != 2) n.fail("expected [numerator, denominator]");
  Ratio r{n.item(0).int64(), n.item(1).int64()};
  if (r.den <= 0 || r.num < 0)
    n.fail("a ratio needs a non-negative numerator and a positive denominator");
  return r;
}

Money read_money(const Node& n) {
  try {
    return Money::parse(n.str());
  } catch (const ValidationError& e) {
    n.fail(e.what());
  }
}

FineBase base_from_string(const Node& n) {
  const std::string s = n.str();
  if (s == "none") return FineBase::kNone;
  if (s == "total_investment") return FineBase::kTotalInvestment;
  if (s == "contract_amount") return FineBase::kContractAmount;
  if (s == "illegal_gains") return FineBase::kIllegalGains;
  if (s == "goods_value") return FineBase::kGoodsValue;
  if (s == "unit_fine") return FineBase::kUnitFine;
  n.fail("unknown base \"" + s +
         "\" (none, total_investment, contract_amount, illegal_gains, goods_value, unit_fine)");
}

TierKind tier_from_string(const Node& n) {
  const std::string s = n.str();
  if (s == "no_penalty") return TierKind::kNoPenalty;
  if (s == "mitigated") return TierKind::kMitigated;
  if (s == "lighter") return TierKind::kLighter;
  if (s == "general") return TierKind::kGeneral;
  if (s == "heavier") return TierKind::kHeavier;
  n.fail("unknown tier \"" + s + "\" (no_penalty, mitigated, lighter, general, heavier)");
}

// The tiers of a split scheme, as fractions of the range above the minimum.
std::vector<Tier> scheme_tiers(const std::string& scheme, const Node& where) {
  auto tier = [](TierKind k, const char* label, Ratio from, Ratio to, bool upper) {
    Tier t;
    t.kind = k;
    t.label = label;
    t.from = from;
    t.to = to;
    t.upper_inclusive = upper;
    return t;
  };
  if (scheme == "30_70") {  // 从轻 [0, 30%), 一般 [30%, 70%), 从重 [70%, 100%] (municipal
                            // market-regulation benchmarks; 从重 70%+ is inferred)
    return {tier(TierKind::kLighter, "从轻", {0, 1}, {3, 10}, false),
            tier(TierKind::kGeneral, "一般", {3, 10}, {7, 10}, false),
            tier(TierKind::kHeavier, "从重", {7, 10}, {1, 1}, true)};
  }
  if (scheme == "midpoint") {  // three steps: lighter below, heavier not below the middle one
    return {tier(TierKind::kLighter, "从轻", {0, 1}, {1, 3}, false),
            tier(TierKind::kGeneral, "一般", {1, 3}, {2, 3}, false),
            tier(TierKind::kHeavier, "从重", {2, 3}, {1, 1}, true)};
  }
  if (scheme == "custom") return {};
  where.fail("unknown split scheme \"" + scheme + "\" (30_70, midpoint, custom)");
}

std::vector<CatalogItem> parse_items(const Node& list) {
  std::vector<CatalogItem> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Node n = list.item(i);
    CatalogItem it;
    it.code = n.at("code").str();
    it.behaviour = n.at("behaviour").str();
    it.violated = read_citation(n.at("violated"));
    it.penalty_provision = read_citation(n.at("penalty_provision"));
    Node kinds = n.at("kinds");
    for (std::size_t k = 0; k < kinds.size(); ++k) {
      try {
        it.kinds.push_back(penalty_kind_from_string(kinds.item(k).str()));
      } catch (const ValidationError& e) {
        kinds.item(k).fail(e.what());
      }
    }
    if (auto fines = n.maybe("fines")) {
      for (std::size_t k = 0; k < fines->size(); ++k) {
        Node f = fines->item(k);
        FineRule r;
        r.base = f.maybe("base") ? base_from_string(f.at("base")) : FineBase::kNone;
        if (auto v = f.maybe("min")) r.min = read_money(*v);
        if (auto v = f.maybe("max")) r.max = read_money(*v);
        if (auto v = f.maybe("min_ratio")) r.min_ratio = read_ratio(*v);
        if (auto v = f.maybe("max_ratio")) r.max_ratio = read_ratio(*v);
        if (auto v = f.maybe("base_from")) r.base_from = read_money(*v);
        if (auto v = f.maybe("base_below")) r.base_below = read_money(*v);
        r.when = f.str_or("when", "");
        r.text = f.str_or("text", "");
        const bool ratio = r.min_ratio || r.max_ratio;
        if (ratio && r.base == FineBase::kNone) f.fail("a ratio needs the base it applies to");
        if ((r.base_from || r.base_below) && r.base == FineBase::kNone) {
          f.fail("base_from/base_below need the base they compare");
        }
        if (!r.max && !r.max_ratio) f.fail("a fine rule needs its maximum (max or max_ratio)");
        if ((r.min || r.max) && ratio)
          f.fail("give the bounds either as amounts or as ratios, not both");
        if (r.min && r.max && *r.min > *r.max) f.fail("min is above max");
        it.fines.push_back(std::move(r));
      }
    }
    it.split_scheme = n.str_or("split_scheme", "custom");
    it.tiers = scheme_tiers(it.split_scheme, n.at("split_scheme"));
    if (auto tiers = n.maybe("tiers")) {
      for (std::size_t k = 0; k < tiers->size(); ++k) {
        Node t = tiers->item(k);
        TierKind kind = tier_from_string(t.at("kind"));
        // A tier given explicitly replaces the scheme's tier of the same kind.
        std::erase_if(it.tiers, [&](const Tier& x) { return x.kind == kind; });
        Tier tier;
        tier.kind = kind;
        tier.label = t.str_or("label", to_string(kind));
        if (auto c = t.maybe("conditions")) {
          for (std::size_t j = 0; j < c->size(); ++j) tier.conditions.push_back(c->item(j).str());
        }
        if (auto v = t.maybe("from")) tier.from = read_ratio(*v);
        if (auto v = t.maybe("to")) tier.to = read_ratio(*v);
        if (auto v = t.maybe("upper_inclusive")) tier.upper_inclusive = v->boolean();
        if (auto v = t.maybe("mitigated_floor")) tier.mitigated_floor = read_ratio(*v);
        if (auto v = t.maybe("min")) tier.min = read_money(*v);
        if (auto v = t.maybe("max")) tier.max = read_money(*v);
        if (auto v = t.maybe("min_ratio")) tier.min_ratio = read_ratio(*v);
        if (auto v = t.maybe("max_ratio")) tier.max_ratio = read_ratio(*v);
        tier.basis = t.str_or("basis", "");
        if ((tier.min || tier.max) && (tier.min_ratio || tier.max_ratio)) {
          t.fail("give the tier's range either as amounts or as ratios, not both");
        }
        if (tier.min && tier.max && *tier.min > *tier.max) t.fail("min is above max");
        it.tiers.push_back(std::move(tier));
      }
    }
    // Conditions of the scheme's tiers come from the item's "conditions" map, if given.
    if (auto cond = n.maybe("conditions")) {
      for (auto& tier : it.tiers) {
        if (auto c = cond->maybe(to_string(tier.kind).c_str())) {
          for (std::size_t j = 0; j < c->size(); ++j) tier.conditions.push_back(c->item(j).str());
        }
      }
    }
    it.in_force_from = n.at("in_force_from").date();
    if (auto to = n.maybe("in_force_to")) it.in_force_to = to->date();
    it.issued_by = n.str_or("issued_by", "");
    it.status = n.str_or("status", "");
    out.push_back(std::move(it));
  }
  return out;
}

__extension__ typedef __int128 Int128;

// min + (max - min) * r, rounded up (a lower bound) or down (an upper bound); `exact` says
// whether no rounding was needed.
Money at_fraction(Money min, Money max, Ratio r, bool round_up, bool* exact = nullptr) {
  const Int128 span = static_cast<Int128>(max.fen()) - min.fen();
  const Int128 scaled = span * r.num;
  Int128 q = scaled / r.den;
  const bool whole = scaled % r.den == 0;
  if (!whole && round_up) q += 1;
  if (exact) *exact = whole;
  return Money::from_fen(static_cast<std::int64_t>(min.fen() + q));
}

std::string ratio_text(Ratio r) { return std::to_string(r.num) + "/" + std::to_string(r.den); }

}  // namespace

std::string to_string(TierKind kind) {
  switch (kind) {
    case TierKind::kNoPenalty:
      return "no_penalty";
    case TierKind::kMitigated:
      return "mitigated";
    case TierKind::kLighter:
      return "lighter";
    case TierKind::kGeneral:
      return "general";
    case TierKind::kHeavier:
      return "heavier";
  }
  return "?";
}

std::string to_string(FineBase base) {
  switch (base) {
    case FineBase::kNone:
      return "none";
    case FineBase::kTotalInvestment:
      return "total_investment";
    case FineBase::kContractAmount:
      return "contract_amount";
    case FineBase::kIllegalGains:
      return "illegal_gains";
    case FineBase::kGoodsValue:
      return "goods_value";
    case FineBase::kUnitFine:
      return "unit_fine";
  }
  return "?";
}

const Catalog& Catalog::builtin() {
  static const Catalog kCatalog = from_json(detail::kDrcCatalogJson, "built-in drc.json");
  return kCatalog;
}

Catalog Catalog::from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-catalog", 1);
  Catalog c;
  c.name_ = root.at("name").str();
  c.source_ = root.str_or("source", "");
  const std::string rule = root.str_or("conflict_rule", "general");
  if (rule == "general") {
    c.conflict_ = ConflictRule::kGeneral;
  } else if (rule == "lighter") {
    c.conflict_ = ConflictRule::kLighter;
  } else if (rule == "heavier") {
    c.conflict_ = ConflictRule::kHeavier;
  } else {
    root.at("conflict_rule").fail("unknown rule \"" + rule + "\" (general, lighter, heavier)");
  }
  c.items_ = parse_items(root.at("items"));
  return c;
}

Catalog Catalog::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

namespace {

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s + ";") {
    if (ch == ';') {
      auto b = cur.find_first_not_of(' '), e = cur.find_last_not_of(' ');
      if (b != std::string::npos) out.push_back(cur.substr(b, e - b + 1));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  return out;
}

// "5‰", "0.5%", "2倍", "5/1000" -> an exact ratio.
std::optional<Ratio> parse_ratio_text(const std::string& text) {
  std::string t = text;
  std::int64_t scale = 1;
  for (auto [suffix, den] :
       {std::pair<const char*, std::int64_t>{"‰", 1000}, {"%", 100}, {"倍", 1}}) {
    const std::string suf = suffix;
    if (t.size() > suf.size() && t.compare(t.size() - suf.size(), suf.size(), suf) == 0) {
      t = t.substr(0, t.size() - suf.size());
      scale = den;
      std::int64_t num = 0, dec = 1;
      bool point = false, digits = false;
      for (char ch : t) {
        if (ch == '.' && !point) {
          point = true;
        } else if (ch >= '0' && ch <= '9') {
          num = num * 10 + (ch - '0');
          if (point) dec *= 10;
          digits = true;
          if (num > 1000000000LL || dec > 1000000LL) return std::nullopt;
        } else {
          return std::nullopt;
        }
      }
      if (!digits) return std::nullopt;
      return Ratio{num, scale * dec};
    }
  }
  auto slash = t.find('/');
  if (slash == std::string::npos) return std::nullopt;
  try {
    std::size_t a = 0, b = 0;
    const std::string n = t.substr(0, slash), d = t.substr(slash + 1);
    Ratio r{std::stoll(n, &a), std::stoll(d, &b)};
    if (a != n.size() || b != d.size() || r.den <= 0 || r.num < 0) return std::nullopt;
    return r;
  } catch (const std::logic_error&) {
    return std::nullopt;
  }
}

std::string tier_json_name(const std::string& text) {
  static const std::pair<const char*, const char*> kNames[] = {
      {"不予", "no_penalty"},    {"不予处罚", "no_penalty"}, {"减轻", "mitigated"},
      {"减轻处罚", "mitigated"}, {"从轻", "lighter"},        {"从轻处罚", "lighter"},
      {"一般", "general"},       {"一般处罚", "general"},    {"从重", "heavier"},
      {"从重处罚", "heavier"},   {"法定", "statutory"}};
  for (auto [zh, en] : kNames) {
    if (text == zh) return en;
  }
  return text;
}

}  // namespace

Catalog Catalog::from_csv(std::string_view csv, std::string name, std::string_view source) {
  auto rows = parse_csv(csv, source);
  if (rows.empty()) throw DataFileError(std::string(source) + ": empty file");
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < rows[0].size(); ++i) {
    std::string h = rows[0][i];
    if (i == 0 && h.rfind("\xEF\xBB\xBF", 0) == 0) h = h.substr(3);  // a spreadsheet's BOM
    col[h] = i;
  }
  for (const char* required : {"code", "behaviour", "law", "article", "tier", "in_force_from"}) {
    if (!col.count(required)) {
      throw DataFileError(std::string(source) + ": line 1: missing column '" + required + "'");
    }
  }
  // Rows are turned into the JSON document and read by the JSON reader, so both forms obey the
  // same rules and give the same errors.
  json items = json::array();
  std::map<std::string, std::size_t> index;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    const std::string where = std::string(source) + ": line " + std::to_string(r + 1);
    auto get = [&](const char* c) -> std::string {
      auto it = col.find(c);
      return it == col.end() || it->second >= row.size() ? std::string() : row[it->second];
    };
    if (row.size() == 1 && row[0].empty()) continue;
    const std::string code = get("code");
    if (code.empty()) throw DataFileError(where + ": empty 'code'");
    const std::string key = code + "|" + get("in_force_from");
    if (!index.count(key)) {
      json item = {{"code", code},
                   {"behaviour", get("behaviour")},
                   {"violated", {{"law", get("law")}}},
                   {"kinds", split_list(get("kinds"))},
                   {"fines", json::array()},
                   {"split_scheme", "custom"},
                   {"tiers", json::array()},
                   {"in_force_from", get("in_force_from")},
                   {"issued_by", get("issued_by")},
                   {"status", get("status")}};
      json provision = {{"law", get("law")}};
      for (const char* c : {"article", "paragraph"}) {
        const std::string v = get(c);
        if (v.empty()) continue;
        try {
          std::size_t used = 0;
          const int n = std::stoi(v, &used);
          if (used != v.size()) throw std::invalid_argument(v);
          provision[c] = n;
        } catch (const std::logic_error&) {
          throw DataFileError(where + ": column '" + c + "': '" + v + "' is not a whole number");
        }
      }
      item["penalty_provision"] = provision;
      if (!get("in_force_to").empty()) item["in_force_to"] = get("in_force_to");
      index[key] = items.size();
      items.push_back(item);
    }
    json& item = items[index[key]];
    const std::string tier = tier_json_name(get("tier"));
    json entry;
    for (const char* c : {"min", "max"}) {
      if (!get(c).empty()) entry[c] = get(c);
    }
    for (const char* c : {"min_ratio", "max_ratio"}) {
      if (get(c).empty()) continue;
      auto ratio = parse_ratio_text(get(c));
      if (!ratio)
        throw DataFileError(where + ": column '" + c + "': '" + get(c) +
                            "' is not a ratio (5‰, 0.5%, 2倍, 5/1000)");
      entry[c] = {ratio->num, ratio->den};
    }
    if (tier == "statutory") {
      if (!get("base").empty()) entry["base"] = get("base");
      for (const char* c : {"base_from", "base_below", "when"}) {
        if (!get(c).empty()) entry[c] = get(c);
      }
      entry["text"] = get("label");
      item["fines"].push_back(entry);
    } else {
      entry["kind"] = tier;
      entry["label"] = get("label").empty() ? get("tier") : get("label");
      entry["conditions"] = split_list(get("conditions"));
      if (!get("basis").empty()) entry["basis"] = get("basis");
      item["tiers"].push_back(entry);
    }
  }
  json doc = {{"format", "zhifa-catalog"},
              {"version", 1},
              {"name", std::move(name)},
              {"source", std::string(source)},
              {"items", items}};
  return from_json(doc.dump(), source);
}

std::string Catalog::to_json() const {
  const auto cit = detail::citation_json;
  auto ratio = [](const Ratio& r) { return json::array({r.num, r.den}); };
  json items = json::array();
  for (const auto& it : items_) {
    json kinds = json::array();
    for (auto k : it.kinds) kinds.push_back(to_string(k));
    json fines = json::array();
    for (const auto& f : it.fines) {
      json j = {{"base", to_string(f.base)}, {"text", f.text}};
      if (f.min) j["min"] = f.min->to_string();
      if (f.max) j["max"] = f.max->to_string();
      if (f.min_ratio) j["min_ratio"] = ratio(*f.min_ratio);
      if (f.max_ratio) j["max_ratio"] = ratio(*f.max_ratio);
      if (f.base_from) j["base_from"] = f.base_from->to_string();
      if (f.base_below) j["base_below"] = f.base_below->to_string();
      if (!f.when.empty()) j["when"] = f.when;
      fines.push_back(j);
    }
    json tiers = json::array();
    for (const auto& t : it.tiers) {
      json j = {{"kind", to_string(t.kind)},  {"label", t.label},
                {"conditions", t.conditions}, {"from", ratio(t.from)},
                {"to", ratio(t.to)},          {"upper_inclusive", t.upper_inclusive}};
      if (t.mitigated_floor) j["mitigated_floor"] = ratio(*t.mitigated_floor);
      if (t.min) j["min"] = t.min->to_string();
      if (t.max) j["max"] = t.max->to_string();
      if (t.min_ratio) j["min_ratio"] = ratio(*t.min_ratio);
      if (t.max_ratio) j["max_ratio"] = ratio(*t.max_ratio);
      if (!t.basis.empty()) j["basis"] = t.basis;
      tiers.push_back(j);
    }
    json j = {{"code", it.code},
              {"behaviour", it.behaviour},
              {"violated", cit(it.violated)},
              {"penalty_provision", cit(it.penalty_provision)},
              {"kinds", kinds},
              {"fines", fines},
              {"split_scheme", "custom"},
              {"tiers", tiers},
              {"in_force_from", iso(it.in_force_from)},
              {"issued_by", it.issued_by},
              {"status", it.status}};
    if (it.in_force_to) j["in_force_to"] = iso(*it.in_force_to);
    items.push_back(j);
  }
  const char* rule = conflict_ == ConflictRule::kLighter   ? "lighter"
                     : conflict_ == ConflictRule::kHeavier ? "heavier"
                                                           : "general";
  json doc = {{"format", "zhifa-catalog"}, {"version", 1},          {"name", name_},
              {"source", source_},         {"conflict_rule", rule}, {"items", items}};
  return doc.dump(1);
}

const CatalogItem* Catalog::find(std::string_view code, Date on) const {
  for (const auto& it : items_) {
    if (it.code == code && it.in_force_on(on)) return &it;
  }
  return nullptr;
}

const CatalogItem& Catalog::item(std::string_view code, Date on) const {
  if (const CatalogItem* it = find(code, on)) return *it;
  const bool known = std::any_of(items_.begin(), items_.end(),
                                 [&](const CatalogItem& it) { return it.code == code; });
  if (known) {
    throw NotFoundError("catalog '" + name_ + "': item '" + std::string(code) +
                        "' is not in force on " + iso(on));
  }
  throw NotFoundError("catalog '" + name_ + "' has no item '" + std::string(code) + "'");
}

namespace {

// The engine for one version of an item.
Recommendation recommend_item(const Catalog& catalog, const CatalogItem& item,
                              const PenaltyFacts& facts, const char* which) {
  Recommendation r;
  auto say = [&](std::string text, std::optional<Citation> basis = std::nullopt) {
    r.trace.push_back(TraceStep{std::move(text), std::move(basis)});
  };
  say("item " + item.code + " (" + item.behaviour + "), " + which + "; penalty provision " +
      item.penalty_provision.to_string());
  r.kinds = item.kinds;

  std::set<std::string> c = facts.circumstances;
  if (facts.age_at_act) {
    if (*facts.age_at_act < 14) c.insert("minor_under_14");
    if (*facts.age_at_act >= 14 && *facts.age_at_act < 18) c.insert("minor_14_17");
    say("age at the act: " + std::to_string(*facts.age_at_act), art(30));
  }

  // Art. 36: limitation period, from the act or the end of a continuing act.
  const Date start = facts.act_ended.value_or(facts.act_date);
  const int years = facts.life_health_or_financial_harm ? 5 : 2;
  const Date end = detail::add_months(start, 12 * years);
  if (facts.discovered > end) {
    r.penalty_allowed = false;
    r.tier = TierKind::kNoPenalty;
    r.tier_label = "不予处罚";
    r.kinds.clear();
    say("discovered on " + iso(facts.discovered) + ", after the " + std::to_string(years) +
            "-year limitation period that ran from " + iso(start) + " to " + iso(end) +
            ": no penalty",
        art(36, 1));
    return r;
  }
  say("discovered on " + iso(facts.discovered) + ", within the " + std::to_string(years) +
          "-year limitation period (ends " + iso(end) + ")",
      art(36, 1));

  // Mandatory no-penalty grounds, then the catalog's no-penalty list.
  auto no_penalty = [&](const std::string& why, std::optional<Citation> basis) {
    r.penalty_allowed = false;
    r.tier = TierKind::kNoPenalty;
    r.tier_label = "不予处罚";
    r.kinds.clear();
    say(why + ": no penalty; the party is to be educated", basis);
    return r;
  };
  for (const auto& g : kMandatoryNoPenalty) {
    if (has(c, g.code)) return no_penalty(g.text, g.basis);
  }
  for (const auto& t : item.tiers) {
    if (t.kind != TierKind::kNoPenalty) continue;
    for (const auto& cond : t.conditions) {
      if (has(c, cond.c_str())) {
        return no_penalty("the catalog's no-penalty list (" + t.label +
                              (t.basis.empty() ? "" : ", " + t.basis) + ") covers '" + cond + "'",
                          art(33, 1));
      }
    }
  }
  if (has(c, "first_violation_slight_corrected")) {
    say("first violation, slight harm, promptly corrected: the agency may decide not to penalise "
        "(discretionary; "
        "this catalog lists no exemption for the item)",
        art(33, 1));
  }

  // The tier.
  bool mandatory_lighter = false;
  for (const auto& g : kMandatoryLighter) {
    if (has(c, g.code)) {
      mandatory_lighter = true;
      say(std::string(g.text) + ": lighter or mitigated is mandatory", g.basis);
    }
  }
  auto matches = [&](TierKind kind) -> const Tier* {
    for (const auto& t : item.tiers) {
      if (t.kind != kind) continue;
      for (const auto& cond : t.conditions) {
        if (has(c, cond.c_str())) return &t;
      }
    }
    return nullptr;
  };
  auto tier_of = [&](TierKind kind) -> const Tier* {
    for (const auto& t : item.tiers) {
      if (t.kind == kind) return &t;
    }
    return nullptr;
  };
  const Tier* chosen = nullptr;
  r.mitigation_allowed = mandatory_lighter || matches(TierKind::kMitigated) != nullptr;
  if (has(c, "partial_incapacity")) {
    say("a person only partly able to recognise or control the act may be penalised more lightly "
        "or with "
        "mitigation (discretionary)",
        art(31));
  }
  if (const Tier* m = matches(TierKind::kMitigated)) {
    chosen = m;
    say("the catalog's mitigated list (" + m->label + (m->basis.empty() ? "" : ", " + m->basis) +
        ") applies");
  } else if (mandatory_lighter) {
    chosen = tier_of(TierKind::kLighter);
  } else {
    const Tier* lighter = matches(TierKind::kLighter);
    const Tier* heavier = matches(TierKind::kHeavier);
    if (lighter && heavier) {
      const ConflictRule rule = catalog.conflict_rule();
      chosen = rule == ConflictRule::kLighter   ? lighter
               : rule == ConflictRule::kHeavier ? heavier
                                                : tier_of(TierKind::kGeneral);
      say("lighter and heavier circumstances at once: the catalog's rule '" +
          std::string(rule == ConflictRule::kLighter   ? "lighter"
                      : rule == ConflictRule::kHeavier ? "heavier"
                                                       : "general") +
          "' decides");
    } else {
      chosen = lighter ? lighter : heavier ? heavier : tier_of(TierKind::kGeneral);
    }
  }
  if (!chosen) {
    throw ValidationError("catalog item " + item.code +
                          " has no tier for the case (the tiers leave a gap)");
  }
  r.tier = chosen->kind;
  r.tier_label = chosen->label;
  say("tier: " + chosen->label + " (" + to_string(chosen->kind) + ")");

  if (item.fines.empty()) {
    say("the provision sets no fine; permitted kinds only");
    return r;
  }
  // The statutory fine rule that applies to the facts.
  const FineRule* rule = nullptr;
  for (const auto& f : item.fines) {
    if (!f.when.empty() && !has(c, f.when.c_str())) continue;
    if (f.base_from || f.base_below) {
      auto it = facts.bases.find(f.base);
      if (it == facts.bases.end()) {
        throw ValidationError("item " + item.code + ": the fine depends on the " +
                              to_string(f.base) + ", which the facts do not give");
      }
      if (f.base_from && it->second < *f.base_from) continue;
      if (f.base_below && !(it->second < *f.base_below)) continue;
    }
    rule = &f;
  }
  // The last matching rule is the most specific (rules with conditions come after the plain one).
  if (!rule) {
    // Every rule needs a circumstance that is absent (e.g. 逾期不改正, 拒不改正, 情节较重): the
    // provision does not fine this case.
    const bool conditional = std::all_of(item.fines.begin(), item.fines.end(),
                                         [](const FineRule& f) { return !f.when.empty(); });
    if (!conditional)
      throw ValidationError("item " + item.code + ": no fine rule matches the facts");
    std::string needs;
    for (const auto& f : item.fines) needs += (needs.empty() ? "" : ", ") + f.when;
    std::erase(r.kinds, PenaltyKind::kFine);
    say("the provision fines only when " + needs + " (" + item.fines.front().text +
            "); no fine here",
        item.penalty_provision);
    if (r.kinds.empty()) {
      r.penalty_allowed = false;
      r.tier = TierKind::kNoPenalty;
      r.tier_label = "不予处罚";
      say("no other penalty kind applies: only the order to correct (责令改正, Art. 28)", art(28));
    }
    return r;
  }
  Money lo, hi;
  if (rule->min_ratio || rule->max_ratio) {
    auto it = facts.bases.find(rule->base);
    if (it == facts.bases.end()) {
      throw ValidationError("item " + item.code + ": the fine is a share of the " +
                            to_string(rule->base) + ", which the facts do not give");
    }
    const Money base = it->second;
    lo = rule->min_ratio ? base.mul_div(rule->min_ratio->num, rule->min_ratio->den, Rounding::kUp)
                         : Money();
    hi = base.mul_div(rule->max_ratio->num, rule->max_ratio->den, Rounding::kDown);
    say(rule->text + ": " + (rule->min_ratio ? ratio_text(*rule->min_ratio) : "0") + " to " +
            ratio_text(*rule->max_ratio) + " of the " + to_string(rule->base) + " " +
            base.to_string() + " = " + lo.to_string() + " to " + hi.to_string() +
            " yuan (closed interval, in whole fen)",
        item.penalty_provision);
  } else {
    lo = rule->min.value_or(Money());
    hi = *rule->max;
    say(rule->text + ": " + lo.to_string() + " to " + hi.to_string() + " yuan (closed interval)",
        item.penalty_provision);
  }
  r.statutory_min = lo;
  r.statutory_max = hi;

  if (chosen->kind == TierKind::kMitigated) {
    if (lo.fen() == 0) {
      say("the statutory minimum is 0, so there is nothing below it to mitigate to");
      r.min = Money();
      r.max = Money();
    } else {
      r.min = chosen->mitigated_floor ? lo.mul_div(chosen->mitigated_floor->num,
                                                   chosen->mitigated_floor->den, Rounding::kUp)
                                      : Money();
      r.max = lo - Money::from_fen(1);
      say("mitigated: below the statutory minimum" +
          (chosen->mitigated_floor
               ? ", not below " + ratio_text(*chosen->mitigated_floor) + " of it (catalog floor)"
               : std::string(" (the law sets no floor)")) +
          ": " + r.min->to_string() + " to " + r.max->to_string());
    }
    return r;
  }
  if (chosen->explicit_range()) {
    Money tlo = lo, thi = hi;
    if (chosen->min) tlo = *chosen->min;
    if (chosen->max) thi = *chosen->max;
    if (chosen->min_ratio || chosen->max_ratio) {
      auto found = facts.bases.find(rule->base);
      if (rule->base == FineBase::kNone || found == facts.bases.end()) {
        throw ValidationError("item " + item.code + ": tier " + chosen->label +
                              " is a share of a base the fine rule does not use");
      }
      const Money base = found->second;
      if (chosen->min_ratio)
        tlo = base.mul_div(chosen->min_ratio->num, chosen->min_ratio->den, Rounding::kUp);
      if (chosen->max_ratio)
        thi = base.mul_div(chosen->max_ratio->num, chosen->max_ratio->den, Rounding::kDown);
    }
    if (tlo > hi || thi < lo || tlo > thi) {
      throw ValidationError("item " + item.code + ": tier " + chosen->label + "'s range " +
                            tlo.to_string() + " to " + thi.to_string() +
                            " lies outside the statutory range " + lo.to_string() + " to " +
                            hi.to_string());
    }
    if (tlo < lo || thi > hi) {
      say("the tier's own range " + tlo.to_string() + " to " + thi.to_string() +
          " reaches outside the statutory range; it is kept inside it");
      tlo = std::max(tlo, lo);
      thi = std::min(thi, hi);
    }
    r.min = tlo;
    r.max = thi;
    say(chosen->label + ": the catalog's explicit range " + tlo.to_string() + " to " +
        thi.to_string() + " yuan" + (item.status.empty() ? "" : " (" + item.status + ")"));
    return r;
  }
  bool exact = false;
  const Money tier_lo = at_fraction(lo, hi, chosen->from, true);
  Money tier_hi = at_fraction(lo, hi, chosen->to, false, &exact);
  const bool whole_range_top = chosen->to.num >= chosen->to.den;
  if (!whole_range_top && !chosen->upper_inclusive && exact && tier_hi > tier_lo) {
    tier_hi = tier_hi - Money::from_fen(1);  // the boundary belongs to the next tier
  }
  r.min = tier_lo;
  r.max = tier_hi;
  say(chosen->label + ": " + ratio_text(chosen->from) + " to " + ratio_text(chosen->to) +
      " of the range (" + item.split_scheme + " split" +
      (item.status.empty() ? "" : "; " + item.status) + "): " + tier_lo.to_string() + " to " +
      tier_hi.to_string() + " yuan");
  return r;
}

// Whether the newer version `b` is lighter than `a` for these facts: a lower maximum fine, or the
// same maximum and a lower minimum, or fewer permitted penalty kinds with no higher fine.
bool lighter(const Recommendation& b, const Recommendation& a) {
  if (!b.penalty_allowed && a.penalty_allowed) return true;
  if (a.statutory_max && b.statutory_max) {
    if (*b.statutory_max != *a.statutory_max) return *b.statutory_max < *a.statutory_max;
    if (a.statutory_min && b.statutory_min && *b.statutory_min != *a.statutory_min) {
      return *b.statutory_min < *a.statutory_min;
    }
  }
  if (a.statutory_max && !b.statutory_max) return true;
  return b.kinds.size() < a.kinds.size();
}

}  // namespace

Recommendation recommend(const Catalog& catalog, std::string_view item_code,
                         const PenaltyFacts& facts) {
  // Art. 37 (从旧兼从轻): the law in force when the act occurred applies, unless at the decision
  // the provision has been changed or repealed and the new one is lighter or no longer a violation.
  const CatalogItem& old_item = catalog.item(item_code, facts.act_date);
  Recommendation old_r = recommend_item(
      catalog, old_item, facts, ("in force on the act's date " + iso(facts.act_date)).c_str());
  old_r.trace.front().basis = art(37);
  const CatalogItem* new_item = nullptr;
  for (const auto& it : catalog.items()) {
    if (it.code == item_code && it.in_force_on(facts.decision_date)) new_item = &it;
  }
  if (!new_item) {
    Recommendation r;
    r.penalty_allowed = false;
    r.tier = TierKind::kNoPenalty;
    r.tier_label = "不予处罚";
    r.trace = old_r.trace;
    r.trace.push_back(TraceStep{
        "on the decision date " + iso(facts.decision_date) +
            " the item is no longer in force "
            "(repealed): the act is no longer treated as a violation, the new rule applies",
        art(37)});
    return r;
  }
  if (new_item == &old_item) return old_r;
  Recommendation new_r =
      recommend_item(catalog, *new_item, facts,
                     ("in force on the decision date " + iso(facts.decision_date)).c_str());
  if (new_item->kinds.empty() && new_item->fines.empty() && !old_item.fines.empty()) {
    new_r.penalty_allowed = false;
    new_r.tier = TierKind::kNoPenalty;
  }
  const bool use_new = lighter(new_r, old_r);
  Recommendation& chosen = use_new ? new_r : old_r;
  std::vector<TraceStep> trace = old_r.trace;
  trace.push_back(
      TraceStep{"the item changed between the act and the decision; the version in force on " +
                    iso(facts.decision_date) + " is " +
                    (use_new ? "lighter, so it applies" : "not lighter, so the old one applies"),
                art(37)});
  if (use_new) trace.insert(trace.end(), new_r.trace.begin(), new_r.trace.end());
  chosen.trace = std::move(trace);
  return chosen;
}

PenaltyCheck check_penalty(const Catalog& catalog, std::string_view item_code,
                           const PenaltyFacts& facts, const std::vector<Penalty>& decided) {
  PenaltyCheck out;
  out.recommendation = recommend(catalog, item_code, facts);
  const Recommendation& r = out.recommendation;
  auto find = [&](std::string message) {
    out.ok = false;
    out.findings.push_back(std::move(message));
  };
  if (!r.penalty_allowed) {
    if (!decided.empty()) find("a penalty was given where none may be (" + r.tier_label + ")");
    return out;
  }
  Money fine;
  bool has_fine = false;
  for (const auto& p : decided) {
    if (std::find(r.kinds.begin(), r.kinds.end(), p.kind) == r.kinds.end()) {
      find("the provision does not allow the penalty kind '" + to_string(p.kind) + "'");
    }
    if (p.kind == PenaltyKind::kFine && p.amount) {
      fine += *p.amount;
      has_fine = true;
    }
  }
  if (!has_fine || !r.statutory_min || !r.statutory_max) return out;
  const bool mitigated = r.tier == TierKind::kMitigated || r.mitigation_allowed;
  // With a mandatory ground (应当从轻或者减轻) a fine below the minimum is lawful; the law sets no
  // floor.
  const Money lowest = r.tier == TierKind::kMitigated ? r.min.value_or(Money())
                       : mitigated                    ? Money()
                                                      : *r.statutory_min;
  if (fine < lowest) {
    out.below_by = lowest - fine;
    find("the fine of " + fine.to_string() + " yuan is " + out.below_by->to_string() +
         " yuan below the " + (mitigated ? "mitigated floor " : "statutory minimum ") +
         lowest.to_string());
  } else if (fine > *r.statutory_max) {
    out.above_by = fine - *r.statutory_max;
    find("the fine of " + fine.to_string() + " yuan is " + out.above_by->to_string() +
         " yuan above the statutory maximum " + r.statutory_max->to_string());
  } else if (r.min && r.max && (fine < *r.min || fine > *r.max) &&
             !(mitigated && fine < *r.statutory_min)) {
    find("the fine of " + fine.to_string() + " yuan lies outside the " + r.tier_label + " tier (" +
         r.min->to_string() + " to " + r.max->to_string() +
         " yuan) that the evidenced circumstances select: the conditions of the tier "
         "it falls in are not evidenced");
  }
  return out;
}

std::vector<LintFinding> lint(const Catalog& catalog, Date as_of) {
  std::vector<LintFinding> out;
  auto add = [&](const CatalogItem& it, std::string m) {
    out.push_back(LintFinding{it.code, std::move(m)});
  };
  auto less = [](Ratio a, Ratio b) {
    return static_cast<Int128>(a.num) * b.den < static_cast<Int128>(b.num) * a.den;
  };
  auto equal = [](Ratio a, Ratio b) {
    return static_cast<Int128>(a.num) * b.den == static_cast<Int128>(b.num) * a.den;
  };
  for (const auto& it : catalog.items()) {
    if (it.penalty_provision.article <= 0) add(it, "the penalty provision names no article");
    if (!it.in_force_on(as_of)) {
      bool newer = false;
      for (const auto& other : catalog.items())
        newer = newer || (other.code == it.code && other.in_force_on(as_of));
      if (!newer) add(it, "not in force on " + iso(as_of) + " and no other version is");
    }
    for (const auto& other : catalog.items()) {
      if (&other == &it || other.code != it.code || &other < &it) continue;
      const bool overlap = (!it.in_force_to || other.in_force_from <= *it.in_force_to) &&
                           (!other.in_force_to || it.in_force_from <= *other.in_force_to);
      if (overlap) add(it, "two versions are in force at the same time");
    }
    for (const auto& f : it.fines) {
      if (f.min_ratio && f.max_ratio && less(*f.max_ratio, *f.min_ratio)) {
        add(it, "fine rule '" + f.text + "': the minimum ratio is above the maximum");
      }
    }
    if (it.fines.empty() &&
        std::find(it.kinds.begin(), it.kinds.end(), PenaltyKind::kFine) != it.kinds.end()) {
      add(it, "lists a fine among its kinds but has no fine rule");
    }
    // The in-range tiers must cover [0, 1] without overlap or gap.
    std::vector<const Tier*> ranged;
    for (const auto& t : it.tiers) {
      const bool in_range = t.kind == TierKind::kLighter || t.kind == TierKind::kGeneral ||
                            t.kind == TierKind::kHeavier;
      if (in_range && !t.explicit_range()) ranged.push_back(&t);
      if (t.explicit_range()) {
        if (t.min_ratio && t.max_ratio && less(*t.max_ratio, *t.min_ratio)) {
          add(it, "tier " + t.label + ": the minimum ratio is above the maximum");
        }
        // Against the whole statutory range over all rules (severity rules widen it).
        std::optional<Money> lowest, highest;
        std::optional<Ratio> low_ratio, high_ratio;
        for (const auto& f : it.fines) {
          const Money fmin = f.min.value_or(Money());
          if (!f.min_ratio && !f.max_ratio) {
            lowest = lowest ? std::min(*lowest, fmin) : fmin;
            if (f.max) highest = highest ? std::max(*highest, *f.max) : *f.max;
          }
          if (f.min_ratio && (!low_ratio || less(*f.min_ratio, *low_ratio)))
            low_ratio = f.min_ratio;
          if (f.max_ratio && (!high_ratio || less(*high_ratio, *f.max_ratio)))
            high_ratio = f.max_ratio;
        }
        if (lowest && t.min && *t.min < *lowest)
          add(it, "tier " + t.label + " starts below the statutory minimum");
        if (highest && t.max && *t.max > *highest)
          add(it, "tier " + t.label + " ends above the statutory maximum");
        if (low_ratio && t.min_ratio && less(*t.min_ratio, *low_ratio)) {
          add(it, "tier " + t.label + " starts below the statutory minimum ratio");
        }
        if (high_ratio && t.max_ratio && less(*high_ratio, *t.max_ratio)) {
          add(it, "tier " + t.label + " ends above the statutory maximum ratio");
        }
        if ((t.min_ratio || t.max_ratio) && !low_ratio && !high_ratio) {
          add(it,
              "tier " + t.label + " is a share of a base, but the item's fines are fixed amounts");
        }
      }
      if (t.mitigated_floor && !less(*t.mitigated_floor, Ratio{1, 1})) {
        add(it, "tier " + t.label + ": a mitigated floor must be below the minimum (less than 1)");
      }
      const bool needs_condition = t.kind == TierKind::kNoPenalty ||
                                   t.kind == TierKind::kMitigated || t.kind == TierKind::kHeavier;
      if (needs_condition && t.conditions.empty()) {
        add(it, "tier " + t.label + " has no conditions, so no case can reach it");
      }
    }
    const bool all_explicit = std::all_of(it.tiers.begin(), it.tiers.end(), [](const Tier& t) {
      return t.explicit_range() || t.kind == TierKind::kNoPenalty || t.kind == TierKind::kMitigated;
    });
    if (!it.fines.empty() && !all_explicit) {
      std::sort(ranged.begin(), ranged.end(),
                [&](const Tier* a, const Tier* b) { return less(a->from, b->from); });
      if (ranged.empty()) {
        add(it, "has no lighter, general or heavier tier");
      } else {
        if (!equal(ranged.front()->from, Ratio{0, 1}))
          add(it, "the tiers leave a gap at the bottom of the range");
        if (!equal(ranged.back()->to, Ratio{1, 1}))
          add(it, "the tiers leave a gap at the top of the range");
        for (std::size_t k = 1; k < ranged.size(); ++k) {
          if (less(ranged[k]->from, ranged[k - 1]->to)) {
            add(it, "tiers " + ranged[k - 1]->label + " and " + ranged[k]->label + " overlap");
          } else if (less(ranged[k - 1]->to, ranged[k]->from)) {
            add(it, "a gap between tiers " + ranged[k - 1]->label + " and " + ranged[k]->label);
          }
        }
        for (const Tier* t : ranged) {
          if (!less(t->from, t->to))
            add(it, "tier " + t->label + " is empty (from is not below to)");
        }
      }
    }
  }
  return out;
}

std::string to_json(const Recommendation& r) {
  using detail::json;
  json kinds = json::array();
  for (auto k : r.kinds) kinds.push_back(to_string(k));
  json trace = json::array();
  for (const auto& s : r.trace) {
    trace.push_back(
        {{"text", s.text}, {"basis", s.basis ? json(s.basis->to_string()) : json(nullptr)}});
  }
  auto fen = [](const std::optional<Money>& m) { return m ? json(m->fen()) : json(nullptr); };
  return detail::dump_json({{"penalty_allowed", r.penalty_allowed},
                            {"mitigation_allowed", r.mitigation_allowed},
                            {"tier", to_string(r.tier)},
                            {"tier_label", r.tier_label},
                            {"kinds", kinds},
                            {"statutory_min_fen", fen(r.statutory_min)},
                            {"statutory_max_fen", fen(r.statutory_max)},
                            {"min_fen", fen(r.min)},
                            {"max_fen", fen(r.max)},
                            {"trace", trace}});
}

}  // namespace zhifa

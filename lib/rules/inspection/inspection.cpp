// Random inspections (inspection.hpp): the replayable draw, its directories, the plan, the draw
// record, tasks and results. One file over 800 lines: a replay must reproduce the draw byte for
// byte, so the canonical JSON encoder and the hashing at the top are shared by every part and
// kept beside the only code that uses them (docs/inspection.md).
#include "zhifa/inspection.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "foundation/crypto/openssl.hpp"
#include "util/file.hpp"
#include "util/hex.hpp"
#include "util/json_node.hpp"
#include "zhifa/csv.hpp"
#include "zhifa/error.hpp"
#include "zhifa/hash.hpp"

namespace zhifa {

namespace {

using detail::json;
using detail::Node;

constexpr const char* kAlgorithm = "zhifa-draw-v1";

// ---- canonical JSON ---------------------------------------------------------------------------
// nlohmann::json keeps object keys in a std::map (byte order) and dump() with no indent writes
// no whitespace and raw UTF-8: for documents with ASCII keys, integer numbers and no floats this
// is the RFC 8785 canonical form (docs/inspection.md "Canonical encoding").

std::string canonical_hash(const json& j) { return to_hex(sha256(j.dump())); }

json item_json(const InspectionItem& i) {
  return {{"item", i.item},          {"basis", i.basis},   {"body", i.body},
          {"content", i.content},    {"method", i.method}, {"ratio", i.ratio},
          {"frequency", i.frequency}};
}

InspectionItem item_from(const Node& n) {
  return InspectionItem{n.at("item").str(),       n.at("basis").str(),  n.at("body").str(),
                        n.at("content").str(),    n.at("method").str(), n.str_or("ratio", ""),
                        n.str_or("frequency", "")};
}

json entity_json(const InspectionEntity& e) {
  json h = json::array();
  for (const auto& x : e.history) h.push_back({{"date", iso(x.date)}, {"item", x.item}});
  return {{"credit_code", e.credit_code}, {"name", e.name},        {"industry", e.industry},
          {"district", e.district},       {"class", e.risk_class}, {"history", h}};
}

json certificate_json(const Certificate& c) {
  return {{"number", c.number},
          {"valid_from", iso(c.valid_from)},
          {"valid_to", iso(c.valid_to)},
          {"agency_code", c.agency_code}};
}

json inspector_json(const Inspector& i) {
  json certs = json::array();
  for (const auto& c : i.certificates) certs.push_back(certificate_json(c));
  json conflicts = json::array();
  for (const auto& c : i.conflicts) {
    conflicts.push_back({{"credit_code", c.credit_code}, {"relation", c.relation}});
  }
  return {{"id", i.id},
          {"name", i.name},
          {"certificates", certs},
          {"specialities", i.specialities},
          {"conflicts", conflicts}};
}

// A JSON string as the canonical form writes it: UTF-8 as is; '"' and '\\' escaped; control
// characters as \b \f \n \r \t or \u00xx (lowercase hex). The same bytes as json::dump().
void append_canonical_string(std::string& out, std::string_view s) {
  static const char* kHex = "0123456789abcdef";
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xf];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

// entity_json(e).dump() with `history` in place of e.history, written directly: hashing a
// directory of a million entities then costs about one allocation per entity.
void append_canonical_entity(std::string& out, const InspectionEntity& e,
                             const std::vector<InspectionHistory>& history) {
  out += R"({"class":)";
  append_canonical_string(out, e.risk_class);
  out += R"(,"credit_code":)";
  append_canonical_string(out, e.credit_code);
  out += R"(,"district":)";
  append_canonical_string(out, e.district);
  out += R"(,"history":[)";
  for (std::size_t k = 0; k < history.size(); ++k) {
    if (k) out += ',';
    out += R"({"date":")";
    out += iso(history[k].date);
    out += R"(","item":)";
    append_canonical_string(out, history[k].item);
    out += '}';
  }
  out += R"(],"industry":)";
  append_canonical_string(out, e.industry);
  out += R"(,"name":)";
  append_canonical_string(out, e.name);
  out += '}';
}

std::vector<const InspectionEntity*> sorted_by_code(const std::vector<InspectionEntity>& entities) {
  std::vector<const InspectionEntity*> v;
  v.reserve(entities.size());
  for (const auto& e : entities) v.push_back(&e);
  std::sort(v.begin(), v.end(),
            [](const auto* a, const auto* b) { return a->credit_code < b->credit_code; });
  return v;
}

// The snapshot hash of entities already sorted by credit code. The canonical document is
// {"entities":[e1,...],"format":...,"version":1}; it is hashed piece by piece so that a
// directory of millions of entities is never held as one JSON tree.
std::string hash_sorted(const std::vector<const InspectionEntity*>& v) {
  detail::Sha256Stream h;
  h.update(R"({"entities":[)");
  std::string buf;
  std::vector<InspectionHistory> history;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const InspectionEntity& e = *v[i];
    history = e.history;
    std::sort(history.begin(), history.end(), [](const auto& a, const auto& b) {
      return std::tie(a.date, a.item) < std::tie(b.date, b.item);
    });
    buf.clear();
    if (i) buf += ',';
    append_canonical_entity(buf, e, history);
    h.update(buf);
  }
  h.update(R"(],"format":"zhifa-inspection-entities","version":1})");
  return to_hex(h.finish());
}

json entities_doc(const std::vector<InspectionEntity>& entities) {
  json a = json::array();
  for (const auto& e : entities) a.push_back(entity_json(e));
  return {{"format", "zhifa-inspection-entities"}, {"version", 1}, {"entities", a}};
}

json inspectors_doc(const std::vector<Inspector>& inspectors) {
  json a = json::array();
  for (const auto& i : inspectors) a.push_back(inspector_json(i));
  return {{"format", "zhifa-inspectors"}, {"version", 1}, {"inspectors", a}};
}

template <typename T, typename Key>
void check_unique(const std::vector<T>& v, Key key, const char* what) {
  std::unordered_set<std::string> seen;
  for (const auto& x : v) {
    const std::string& k = key(x);
    if (k.empty()) throw ValidationError(std::string("an empty ") + what);
    if (!seen.insert(k).second) {
      throw ValidationError(std::string("duplicate ") + what + " '" + k + "'");
    }
  }
}

void validate_inspectors(const std::vector<Inspector>& inspectors) {
  check_unique(
      inspectors, [](const Inspector& i) -> const std::string& { return i.id; }, "inspector id");
}

std::string hex16(std::uint64_t v) { return detail::hex_u64(v); }

std::uint64_t parse_hex16(const Node& n) {
  const std::string s = n.str();
  if (s.size() != 16) n.fail("expected 16 hex digits");
  std::uint64_t v = 0;
  if (!detail::decode_hex_u64(s, v)) n.fail("expected 16 lowercase hex digits");
  return v;
}

std::vector<std::string> strings(const Node& n) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n.size(); ++i) out.push_back(n.item(i).str());
  return out;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? sep : "") + v[i];
  return out;
}

struct CsvWriter {
  std::string out;
  void line(const std::vector<std::string>& fields) { append_csv_row(out, fields); }
};

// The record's JSON; `with_hash` adds the stated hash (the hashed form leaves it out).
json record_json(const DrawRecord& r, bool with_hash) {
  json classes = json::array();
  for (const auto& c : r.classes) {
    classes.push_back({{"class", c.risk_class},
                       {"population", c.population},
                       {"eligible", c.eligible},
                       {"quota", c.quota},
                       {"selected", c.selected}});
  }
  json sel = json::array();
  for (const auto& s : r.selections) {
    sel.push_back({{"credit_code", s.credit_code},
                   {"class", s.risk_class},
                   {"ticket", hex16(s.ticket)},
                   {"team", s.team}});
  }
  json fail = json::array();
  for (const auto& f : r.failures) {
    fail.push_back(
        {{"credit_code", f.credit_code}, {"constraint", f.constraint}, {"detail", f.detail}});
  }
  json j = {{"format", "zhifa-draw-record"},
            {"version", 1},
            {"algorithm", r.algorithm},
            {"plan_id", r.plan_id},
            {"seed", r.seed},
            {"seed_commitment", r.seed_commitment},
            {"plan_hash", r.plan_hash},
            {"entities_hash", r.entities_hash},
            {"inspectors_hash", r.inspectors_hash},
            {"classes", classes},
            {"selections", sel},
            {"failures", fail},
            {"replaces", r.replaces},
            {"reason", r.reason}};
  if (with_hash) j["hash"] = r.hash;
  return j;
}

json plan_json(const InspectionPlan& p) {
  json items = json::array();
  for (const auto& i : p.items) items.push_back(item_json(i));
  json quotas = json::array();
  for (const auto& q : p.quotas) {
    quotas.push_back({{"class", q.risk_class},
                      {"ratio_bp", q.ratio_bp},
                      {"max_inspections", q.max_inspections ? json(*q.max_inspections) : json()}});
  }
  json excl = json::array();
  for (const auto& e : p.exclusions) {
    excl.push_back({{"credit_code", e.credit_code}, {"reason", e.reason}});
  }
  return {{"format", "zhifa-inspection-plan"},
          {"version", 1},
          {"id", p.id},
          {"name", p.name},
          {"agency_code", p.agency_code},
          {"items", items},
          {"start", iso(p.start)},
          {"end", iso(p.end)},
          {"frequency_from", p.frequency_from ? json(iso(*p.frequency_from)) : json()},
          {"quotas", quotas},
          {"team_size", p.team_size},
          {"exclusions", excl},
          {"speciality", p.speciality},
          {"seed_commitment", p.seed_commitment ? json(*p.seed_commitment) : json()},
          {"results_working_days", p.results_working_days}};
}

// ---- the draw ---------------------------------------------------------------------------------

struct Candidate {
  std::uint64_t ticket;
  const InspectionEntity* entity;
};
bool ticket_less(const Candidate& a, const Candidate& b) {
  return std::tie(a.ticket, a.entity->credit_code) < std::tie(b.ticket, b.entity->credit_code);
}

DrawRecord draw_impl(const InspectionPlan& plan, const std::vector<InspectionEntity>& entities,
                     const std::vector<Inspector>& inspectors, const std::string& seed,
                     bool check_commitment) {
  plan.validate();
  if (seed.empty()) throw ValidationError("the draw needs a non-empty seed");
  const auto sorted = sorted_by_code(entities);
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    if (sorted[i]->credit_code.empty()) throw ValidationError("an empty entity credit code");
    if (i && sorted[i]->credit_code == sorted[i - 1]->credit_code) {
      throw ValidationError("duplicate entity credit code '" + sorted[i]->credit_code + "'");
    }
  }
  validate_inspectors(inspectors);

  DrawRecord r;
  r.algorithm = kAlgorithm;
  r.plan_id = plan.id;
  r.seed = seed;
  r.seed_commitment = seed_commitment(seed);
  if (check_commitment && plan.seed_commitment && *plan.seed_commitment != r.seed_commitment) {
    throw IntegrityError("the seed does not match the plan's published commitment " +
                         *plan.seed_commitment + " (sha256 of the seed is " + r.seed_commitment +
                         ")");
  }
  r.plan_hash = plan.hash();
  r.entities_hash = hash_sorted(sorted);
  r.inspectors_hash = inspectors_hash(inspectors);

  // Stratified consistent sampling: the k eligible entities of each class with the smallest
  // tickets, k = ceil(ratio_bp × population / 10000).
  std::unordered_map<std::string, std::size_t> class_index;
  for (std::size_t i = 0; i < plan.quotas.size(); ++i) {
    class_index.emplace(plan.quotas[i].risk_class, i);
  }
  std::unordered_set<std::string> excluded;
  for (const auto& e : plan.exclusions) excluded.insert(e.credit_code);
  const Date window_from = plan.frequency_from.value_or(plan.start);

  std::vector<std::vector<Candidate>> eligible(plan.quotas.size());
  std::vector<int> population(plan.quotas.size(), 0);
  for (const auto& e : entities) {
    auto it = class_index.find(e.risk_class);
    if (it == class_index.end()) {
      throw ValidationError("entity " + e.credit_code + " is of class '" + e.risk_class +
                            "', for which plan " + plan.id + " gives no quota");
    }
    const auto& q = plan.quotas[it->second];
    ++population[it->second];
    if (excluded.count(e.credit_code)) continue;
    if (q.max_inspections) {
      int n = 0;
      for (const auto& h : e.history) n += (window_from <= h.date && h.date <= plan.end) ? 1 : 0;
      if (n >= *q.max_inspections) continue;
    }
    eligible[it->second].push_back({draw_ticket(seed, "entity", e.credit_code), &e});
  }

  std::vector<Candidate> chosen;
  for (std::size_t i = 0; i < plan.quotas.size(); ++i) {
    auto& v = eligible[i];
    const auto pop = static_cast<std::int64_t>(population[i]);
    const auto quota = (plan.quotas[i].ratio_bp * pop + 9999) / 10000;
    const auto k = std::min<std::size_t>(static_cast<std::size_t>(quota), v.size());
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end(), ticket_less);
    chosen.insert(chosen.end(), v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k));
    r.classes.push_back({plan.quotas[i].risk_class, population[i], static_cast<int>(v.size()),
                         static_cast<int>(quota), static_cast<int>(k)});
  }
  std::sort(chosen.begin(), chosen.end(), ticket_less);

  // Teams: inspectors ordered by (load, ticket of their id under "inspector/<load>", id); each
  // entity, in selection order, takes the first team_size of them without a recorded relation.
  std::vector<const Inspector*> pool;
  for (const auto& i : inspectors) {
    if (!i.certified_for(plan.agency_code, plan.start, plan.end)) continue;
    if (!plan.speciality.empty() && std::find(i.specialities.begin(), i.specialities.end(),
                                              plan.speciality) == i.specialities.end()) {
      continue;
    }
    pool.push_back(&i);
  }
  std::unordered_map<std::string, std::vector<std::size_t>> conflicts;  // code -> pool indexes
  for (std::size_t i = 0; i < pool.size(); ++i) {
    for (const auto& c : pool[i]->conflicts) conflicts[c.credit_code].push_back(i);
  }
  using Key = std::tuple<int, std::uint64_t, const std::string*, std::size_t>;
  struct KeyLess {
    bool operator()(const Key& a, const Key& b) const {
      if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
      if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
      return *std::get<2>(a) < *std::get<2>(b);
    }
  };
  auto key_of = [&](std::size_t i, int load) {
    return Key{load, draw_ticket(seed, "inspector/" + std::to_string(load), pool[i]->id),
               &pool[i]->id, i};
  };
  std::set<Key, KeyLess> queue;
  for (std::size_t i = 0; i < pool.size(); ++i) queue.insert(key_of(i, 0));
  const auto team_size = static_cast<std::size_t>(plan.team_size);
  const std::string window =
      plan.agency_code + " valid " + iso(plan.start) + " to " + iso(plan.end) +
      (plan.speciality.empty() ? "" : " with speciality '" + plan.speciality + "'");

  for (const auto& c : chosen) {
    DrawSelection s{c.entity->credit_code, c.entity->risk_class, c.ticket, {}};
    if (pool.size() < team_size) {
      r.failures.push_back({s.credit_code, "certificate",
                            std::to_string(pool.size()) + " inspectors hold a certificate of " +
                                window + "; a team needs " + std::to_string(team_size) +
                                " (行政处罚法 Art. 42)"});
      r.selections.push_back(std::move(s));
      continue;
    }
    std::vector<std::size_t> recused;
    if (auto it = conflicts.find(s.credit_code); it != conflicts.end()) recused = it->second;
    std::sort(recused.begin(), recused.end());
    recused.erase(std::unique(recused.begin(), recused.end()), recused.end());
    std::vector<std::set<Key, KeyLess>::iterator> picked;
    for (auto it = queue.begin(); it != queue.end() && picked.size() < team_size; ++it) {
      if (std::binary_search(recused.begin(), recused.end(), std::get<3>(*it))) continue;
      picked.push_back(it);
    }
    if (picked.size() < team_size) {
      r.failures.push_back(
          {s.credit_code, "recusal",
           std::to_string(recused.size()) + " of the " + std::to_string(pool.size()) +
               " certified inspectors have a recorded relation to " + s.credit_code + ", " +
               std::to_string(picked.size()) + " remain; a team needs " +
               std::to_string(team_size) + " (行政处罚法 Art. 42, 43)"});
      r.selections.push_back(std::move(s));
      continue;
    }
    std::vector<Key> next;
    for (auto it : picked) {
      s.team.push_back(*std::get<2>(*it));
      next.push_back(key_of(std::get<3>(*it), std::get<0>(*it) + 1));
      queue.erase(it);
    }
    queue.insert(next.begin(), next.end());
    r.selections.push_back(std::move(s));
  }
  r.hash = r.compute_hash();
  return r;
}

template <typename T>
std::string show(const T& v) {
  if constexpr (std::is_same_v<T, std::string>) {
    return "'" + v + "'";
  } else if constexpr (std::is_same_v<T, std::uint64_t>) {
    return hex16(v);
  } else {
    return std::to_string(v);
  }
}

// The first difference between the record (a) and the replay (b), or empty.
struct Differ {
  std::string diff;
  template <typename T>
  void field(const std::string& path, const T& a, const T& b) {
    if (diff.empty() && !(a == b)) {
      diff = path + ": record has " + show(a) + ", replay gives " + show(b);
    }
  }
  template <typename T, typename F>
  void list(const std::string& path, const std::vector<T>& a, const std::vector<T>& b, F each) {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n && diff.empty(); ++i) {
      each(path + "[" + std::to_string(i) + "]", a[i], b[i]);
    }
    if (diff.empty() && a.size() != b.size()) {
      diff = path + ": record has " + std::to_string(a.size()) + " entries, replay gives " +
             std::to_string(b.size());
    }
  }
};

}  // namespace

// ---- directories ------------------------------------------------------------------------------

bool Inspector::certified_for(const std::string& agency_code, Date from, Date to) const {
  return std::any_of(certificates.begin(), certificates.end(), [&](const Certificate& c) {
    return c.agency_code == agency_code && c.valid_from <= from && to <= c.valid_to;
  });
}

bool Inspector::conflicted_with(const std::string& credit_code) const {
  return std::any_of(conflicts.begin(), conflicts.end(),
                     [&](const InspectorConflict& c) { return c.credit_code == credit_code; });
}

bool operator==(const Inspector& a, const Inspector& b) {
  auto same = [](const Certificate& x, const Certificate& y) {
    return x.number == y.number && x.valid_from == y.valid_from && x.valid_to == y.valid_to &&
           x.agency_code == y.agency_code;
  };
  return a.id == b.id && a.name == b.name && a.specialities == b.specialities &&
         a.conflicts == b.conflicts &&
         std::equal(a.certificates.begin(), a.certificates.end(), b.certificates.begin(),
                    b.certificates.end(), same);
}

std::vector<InspectionEntity> entities_from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-inspection-entities", 1);
  std::vector<InspectionEntity> out;
  Node list = root.at("entities");
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Node n = list.item(i);
    InspectionEntity e{n.at("credit_code").str(), n.at("name").str(),  n.str_or("industry", ""),
                       n.str_or("district", ""),  n.at("class").str(), {}};
    if (e.credit_code.empty()) n.at("credit_code").fail("an entity needs its credit code");
    if (!seen.insert(e.credit_code).second) {
      n.at("credit_code").fail("duplicate credit code '" + e.credit_code + "'");
    }
    if (auto h = n.maybe("history")) {
      for (std::size_t k = 0; k < h->size(); ++k) {
        Node x = h->item(k);
        e.history.push_back({x.at("date").date(), x.str_or("item", "")});
      }
    }
    out.push_back(std::move(e));
  }
  return out;
}

std::vector<InspectionEntity> entities_from_json_file(const std::string& path) {
  return entities_from_json(detail::read_file(path), path);
}

std::string entities_to_json(const std::vector<InspectionEntity>& entities) {
  return entities_doc(entities).dump(1) + "\n";
}

std::vector<Inspector> inspectors_from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-inspectors", 1);
  std::vector<Inspector> out;
  Node list = root.at("inspectors");
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Node n = list.item(i);
    Inspector ins;
    ins.id = n.at("id").str();
    ins.name = n.at("name").str();
    if (ins.id.empty()) n.at("id").fail("an inspector needs an id");
    if (!seen.insert(ins.id).second) n.at("id").fail("duplicate inspector id '" + ins.id + "'");
    Node certs = n.at("certificates");
    for (std::size_t k = 0; k < certs.size(); ++k) {
      Node c = certs.item(k);
      Certificate cert{c.at("number").str(), c.at("valid_from").date(), c.at("valid_to").date(),
                       c.at("agency_code").str()};
      if (cert.valid_to < cert.valid_from) c.at("valid_to").fail("before valid_from");
      ins.certificates.push_back(std::move(cert));
    }
    if (auto s = n.maybe("specialities")) ins.specialities = strings(*s);
    if (auto cs = n.maybe("conflicts")) {
      for (std::size_t k = 0; k < cs->size(); ++k) {
        Node c = cs->item(k);
        ins.conflicts.push_back({c.at("credit_code").str(), c.str_or("relation", "")});
      }
    }
    out.push_back(std::move(ins));
  }
  return out;
}

std::vector<Inspector> inspectors_from_json_file(const std::string& path) {
  return inspectors_from_json(detail::read_file(path), path);
}

std::string inspectors_to_json(const std::vector<Inspector>& inspectors) {
  return inspectors_doc(inspectors).dump(1) + "\n";
}

// The canonical document is {"<list>":[e1,...],"format":...,"version":1} with the entries
// sorted by key; it is hashed piece by piece so that a directory of millions of entries is never
// held as one JSON tree.
std::string entities_hash(const std::vector<InspectionEntity>& entities) {
  return hash_sorted(sorted_by_code(entities));
}

std::string inspectors_hash(const std::vector<Inspector>& inspectors) {
  std::vector<const Inspector*> v;
  v.reserve(inspectors.size());
  for (const auto& i : inspectors) v.push_back(&i);
  std::sort(v.begin(), v.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
  detail::Sha256Stream h;
  h.update(R"({"format":"zhifa-inspectors","inspectors":[)");
  for (std::size_t k = 0; k < v.size(); ++k) {
    Inspector i = *v[k];
    std::sort(i.certificates.begin(), i.certificates.end(), [](const auto& a, const auto& b) {
      return std::tie(a.number, a.valid_from, a.valid_to, a.agency_code) <
             std::tie(b.number, b.valid_from, b.valid_to, b.agency_code);
    });
    std::sort(i.specialities.begin(), i.specialities.end());
    std::sort(i.conflicts.begin(), i.conflicts.end(), [](const auto& a, const auto& b) {
      return std::tie(a.credit_code, a.relation) < std::tie(b.credit_code, b.relation);
    });
    if (k) h.update(",");
    h.update(inspector_json(i).dump());
  }
  h.update(R"(],"version":1})");
  return to_hex(h.finish());
}

// ---- the plan ---------------------------------------------------------------------------------

void InspectionPlan::validate() const {
  if (id.empty()) throw ValidationError("an inspection plan needs an id");
  if (agency_code.empty()) throw ValidationError("plan " + id + " names no inspecting agency");
  if (items.empty()) throw ValidationError("plan " + id + " has no inspection items");
  for (const auto& i : items) {
    if (i.basis.empty()) {
      throw ValidationError("plan " + id + ": item '" + i.item +
                            "' has no legal basis (国办发〔2015〕58号: "
                            "法律法规规章没有规定的，一律不得擅自开展检查)");
    }
  }
  if (end < start) {
    throw ValidationError("plan " + id + ": end " + iso(end) + " is before start " + iso(start));
  }
  if (frequency_from && end < *frequency_from) {
    throw ValidationError("plan " + id + ": frequency_from " + iso(*frequency_from) +
                          " is after the end " + iso(end));
  }
  if (team_size < 2) {
    throw LegalGuardError("plan " + id + ": team_size " + std::to_string(team_size) +
                          " is below 2 (行政处罚法 Art. 42: 执法人员不得少于两人)");
  }
  std::unordered_set<std::string> seen;
  for (const auto& q : quotas) {
    if (!seen.insert(q.risk_class).second) {
      throw ValidationError("plan " + id + ": class '" + q.risk_class + "' has two quotas");
    }
    if (q.ratio_bp < 0 || q.ratio_bp > 10000) {
      throw ValidationError("plan " + id + ": class '" + q.risk_class + "' ratio_bp " +
                            std::to_string(q.ratio_bp) + " is outside 0..10000");
    }
    if (q.max_inspections && *q.max_inspections < 1) {
      throw ValidationError("plan " + id + ": class '" + q.risk_class +
                            "' max_inspections must be at least 1");
    }
  }
  if (seed_commitment && !is_sha256_hex(*seed_commitment)) {
    throw ValidationError("plan " + id + ": seed_commitment '" + *seed_commitment +
                          "' is not 64 lowercase hex digits");
  }
  if (results_working_days < 1) {
    throw ValidationError("plan " + id + ": results_working_days must be at least 1");
  }
}

std::string InspectionPlan::to_json() const { return plan_json(*this).dump(1) + "\n"; }

std::string InspectionPlan::hash() const { return canonical_hash(plan_json(*this)); }

InspectionPlan InspectionPlan::from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-inspection-plan", 1);
  InspectionPlan p;
  p.id = root.at("id").str();
  p.name = root.str_or("name", "");
  p.agency_code = root.at("agency_code").str();
  Node items = root.at("items");
  for (std::size_t i = 0; i < items.size(); ++i) p.items.push_back(item_from(items.item(i)));
  p.start = root.at("start").date();
  p.end = root.at("end").date();
  if (auto f = root.maybe("frequency_from")) p.frequency_from = f->date();
  Node quotas = root.at("quotas");
  for (std::size_t i = 0; i < quotas.size(); ++i) {
    Node q = quotas.item(i);
    ClassQuota cq{q.at("class").str(), q.at("ratio_bp").integer(), std::nullopt};
    if (auto m = q.maybe("max_inspections")) cq.max_inspections = m->integer();
    p.quotas.push_back(std::move(cq));
  }
  p.team_size = root.at("team_size").integer();
  if (auto ex = root.maybe("exclusions")) {
    for (std::size_t i = 0; i < ex->size(); ++i) {
      Node e = ex->item(i);
      p.exclusions.push_back({e.at("credit_code").str(), e.str_or("reason", "")});
    }
  }
  p.speciality = root.str_or("speciality", "");
  if (auto c = root.maybe("seed_commitment")) p.seed_commitment = c->str();
  if (auto w = root.maybe("results_working_days")) p.results_working_days = w->integer();
  try {
    p.validate();
  } catch (const Error& e) {
    root.fail(e.what());
  }
  return p;
}

InspectionPlan InspectionPlan::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

std::string seed_commitment(std::string_view seed) { return to_hex(sha256(seed)); }

std::uint64_t draw_ticket(std::string_view seed, std::string_view label, std::string_view key) {
  std::string msg = kAlgorithm;
  auto put = [&](std::string_view s) {
    const auto n = static_cast<std::uint32_t>(s.size());
    msg += static_cast<char>((n >> 24) & 0xff);
    msg += static_cast<char>((n >> 16) & 0xff);
    msg += static_cast<char>((n >> 8) & 0xff);
    msg += static_cast<char>(n & 0xff);
    msg.append(s);
  };
  put(seed);
  put(label);
  put(key);
  const Hash h = sha256(msg);
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | h[static_cast<std::size_t>(i)];
  return v;
}

// ---- the record -------------------------------------------------------------------------------

std::string DrawRecord::compute_hash() const { return canonical_hash(record_json(*this, false)); }

std::string DrawRecord::to_json() const { return record_json(*this, true).dump(1) + "\n"; }

DrawRecord DrawRecord::from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-draw-record", 1);
  DrawRecord r;
  r.algorithm = root.at("algorithm").str();
  r.plan_id = root.at("plan_id").str();
  r.seed = root.at("seed").str();
  r.seed_commitment = root.at("seed_commitment").str();
  r.plan_hash = root.at("plan_hash").str();
  r.entities_hash = root.at("entities_hash").str();
  r.inspectors_hash = root.at("inspectors_hash").str();
  Node classes = root.at("classes");
  for (std::size_t i = 0; i < classes.size(); ++i) {
    Node c = classes.item(i);
    r.classes.push_back({c.at("class").str(), c.at("population").integer(),
                         c.at("eligible").integer(), c.at("quota").integer(),
                         c.at("selected").integer()});
  }
  Node sel = root.at("selections");
  for (std::size_t i = 0; i < sel.size(); ++i) {
    Node s = sel.item(i);
    r.selections.push_back({s.at("credit_code").str(), s.at("class").str(),
                            parse_hex16(s.at("ticket")), strings(s.at("team"))});
  }
  Node fail = root.at("failures");
  for (std::size_t i = 0; i < fail.size(); ++i) {
    Node f = fail.item(i);
    r.failures.push_back(
        {f.at("credit_code").str(), f.at("constraint").str(), f.at("detail").str()});
  }
  r.replaces = root.at("replaces").str();
  r.reason = root.at("reason").str();
  r.hash = root.at("hash").str();
  return r;
}

DrawRecord DrawRecord::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

DrawRecord draw(const InspectionPlan& plan, const std::vector<InspectionEntity>& entities,
                const std::vector<Inspector>& inspectors, const std::string& seed) {
  return draw_impl(plan, entities, inspectors, seed, true);
}

DrawRecord redraw(const DrawRecord& previous, const std::string& reason, const InspectionPlan& plan,
                  const std::vector<InspectionEntity>& entities,
                  const std::vector<Inspector>& inspectors, const std::string& seed) {
  if (reason.empty()) throw ValidationError("a redraw needs a reason");
  const std::string h = previous.compute_hash();
  if (h != previous.hash) {
    throw IntegrityError("the replaced draw record states hash " + previous.hash +
                         " but its content hashes to " + h);
  }
  DrawRecord r = draw_impl(plan, entities, inspectors, seed, true);
  r.replaces = previous.hash;
  r.reason = reason;
  r.hash = r.compute_hash();
  return r;
}

ReplayResult replay(const DrawRecord& record, const InspectionPlan& plan,
                    const std::vector<InspectionEntity>& entities,
                    const std::vector<Inspector>& inspectors) {
  Differ d;
  d.field("algorithm", record.algorithm, std::string(kAlgorithm));
  if (!d.diff.empty()) return {false, d.diff};
  if (plan.seed_commitment) {
    d.field("seed_commitment", record.seed_commitment, *plan.seed_commitment);
    if (!d.diff.empty()) return {false, d.diff + " (the plan's published commitment)"};
  }
  DrawRecord b = draw_impl(plan, entities, inspectors, record.seed, false);
  b.replaces = record.replaces;
  b.reason = record.reason;
  b.hash = b.compute_hash();
  const DrawRecord& a = record;
  d.field("plan_id", a.plan_id, b.plan_id);
  d.field("seed_commitment", a.seed_commitment, b.seed_commitment);
  d.field("plan_hash", a.plan_hash, b.plan_hash);
  d.field("entities_hash", a.entities_hash, b.entities_hash);
  d.field("inspectors_hash", a.inspectors_hash, b.inspectors_hash);
  d.list("classes", a.classes, b.classes,
         [&](const std::string& p, const ClassDraw& x, const ClassDraw& y) {
           d.field(p + ".class", x.risk_class, y.risk_class);
           d.field(p + ".population", x.population, y.population);
           d.field(p + ".eligible", x.eligible, y.eligible);
           d.field(p + ".quota", x.quota, y.quota);
           d.field(p + ".selected", x.selected, y.selected);
         });
  d.list("selections", a.selections, b.selections,
         [&](const std::string& p, const DrawSelection& x, const DrawSelection& y) {
           d.field(p + ".credit_code", x.credit_code, y.credit_code);
           d.field(p + ".class", x.risk_class, y.risk_class);
           d.field(p + ".ticket", x.ticket, y.ticket);
           d.list(p + ".team", x.team, y.team,
                  [&](const std::string& q, const std::string& u, const std::string& v) {
                    d.field(q, u, v);
                  });
         });
  d.list("failures", a.failures, b.failures,
         [&](const std::string& p, const DrawFailure& x, const DrawFailure& y) {
           d.field(p + ".credit_code", x.credit_code, y.credit_code);
           d.field(p + ".constraint", x.constraint, y.constraint);
           d.field(p + ".detail", x.detail, y.detail);
         });
  d.field("hash", a.hash, b.hash);
  return {d.diff.empty(), d.diff};
}

// ---- tasks and results ------------------------------------------------------------------------

std::vector<InspectionTask> tasks(const DrawRecord& record, const InspectionPlan& plan,
                                  const std::vector<InspectionEntity>& entities) {
  if (record.plan_id != plan.id) {
    throw ValidationError("the draw record is of plan " + record.plan_id + ", not " + plan.id);
  }
  std::unordered_map<std::string, const InspectionEntity*> by_code;
  for (const auto& e : entities) by_code.emplace(e.credit_code, &e);
  std::vector<std::string> items;
  for (const auto& i : plan.items) items.push_back(i.item);
  std::vector<InspectionTask> out;
  for (const auto& s : record.selections) {
    if (s.team.empty()) continue;
    auto it = by_code.find(s.credit_code);
    if (it == by_code.end()) {
      throw NotFoundError("drawn entity " + s.credit_code + " is not in the entity directory");
    }
    out.push_back({plan.id, s.credit_code, it->second->name, s.team, items, plan.start, plan.end});
  }
  return out;
}

namespace {

void validate_result(const InspectionResult& r) {
  if (r.credit_code.empty()) throw ValidationError("an inspection result needs a credit code");
  if (r.follow_up == FollowUp::kCaseFiled && r.case_number.empty()) {
    throw ValidationError("the result for " + r.credit_code +
                          " says a case was filed but gives no case number");
  }
  if (r.follow_up != FollowUp::kCaseFiled && !r.case_number.empty()) {
    throw ValidationError("the result for " + r.credit_code + " gives case number " +
                          r.case_number + " but its follow-up is " + to_string(r.follow_up));
  }
  if (r.published_on && *r.published_on < r.completed_on) {
    throw ValidationError("the result for " + r.credit_code + " is published on " +
                          iso(*r.published_on) + ", before the inspection ended on " +
                          iso(r.completed_on));
  }
}

json result_json(const InspectionResult& r) {
  return {{"plan_id", r.plan_id},
          {"credit_code", r.credit_code},
          {"completed_on", iso(r.completed_on)},
          {"finding", r.finding},
          {"follow_up", to_string(r.follow_up)},
          {"case_number", r.case_number},
          {"published_on", r.published_on ? json(iso(*r.published_on)) : json()}};
}

}  // namespace

InspectionResults InspectionResults::from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-inspection-results", 1);
  InspectionResults out;
  if (auto w = root.maybe("publication_working_days")) {
    out.publication_working_days = w->integer();
    if (out.publication_working_days < 1) w->fail("must be at least 1");
  }
  Node list = root.at("results");
  for (std::size_t i = 0; i < list.size(); ++i) {
    Node n = list.item(i);
    InspectionResult r;
    r.plan_id = n.str_or("plan_id", "");
    r.credit_code = n.at("credit_code").str();
    r.completed_on = n.at("completed_on").date();
    r.finding = n.str_or("finding", "");
    try {
      r.follow_up = follow_up_from_string(n.at("follow_up").str());
    } catch (const ValidationError& e) {
      n.at("follow_up").fail(e.what());
    }
    r.case_number = n.str_or("case_number", "");
    if (auto p = n.maybe("published_on")) r.published_on = p->date();
    try {
      validate_result(r);
    } catch (const ValidationError& e) {
      n.fail(e.what());
    }
    out.results.push_back(std::move(r));
  }
  return out;
}

InspectionResults InspectionResults::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

std::string InspectionResults::to_json() const {
  json a = json::array();
  for (const auto& r : results) a.push_back(result_json(r));
  return json{{"format", "zhifa-inspection-results"},
              {"version", 1},
              {"publication_working_days", publication_working_days},
              {"results", a}}
             .dump(1) +
         "\n";
}

std::vector<ResultDue> results_due(const std::vector<InspectionResult>& results, Date as_of,
                                   const WorkCalendar& calendar, int working_days) {
  if (working_days < 1) {
    throw ValidationError("the publication period must be at least 1 working day, got " +
                          std::to_string(working_days));
  }
  std::vector<ResultDue> out;
  for (const auto& r : results) {
    validate_result(r);
    ResultDue d{r.plan_id, r.credit_code, r.completed_on,
                calendar.add_working_days(r.completed_on, working_days), PublicationState{}};
    if (r.published_on && *r.published_on <= as_of) {
      d.state = *r.published_on <= d.due ? PublicationState::kPublished
                                         : PublicationState::kPublishedLate;
    } else {
      d.state = as_of <= d.due ? PublicationState::kPending : PublicationState::kOverdue;
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::string plan_to_csv(const InspectionPlan& plan) {
  CsvWriter w;
  w.line({"plan_id", "name", "agency_code", "start", "end", "items", "class", "ratio_bp",
          "max_inspections", "team_size"});
  std::vector<std::string> items;
  for (const auto& i : plan.items) items.push_back(i.item);
  for (const auto& q : plan.quotas) {
    w.line({plan.id, plan.name, plan.agency_code, iso(plan.start), iso(plan.end), join(items, "；"),
            q.risk_class, std::to_string(q.ratio_bp),
            q.max_inspections ? std::to_string(*q.max_inspections) : "",
            std::to_string(plan.team_size)});
  }
  return w.out;
}

std::string tasks_to_json(const std::vector<InspectionTask>& list) {
  json a = json::array();
  for (const auto& t : list) {
    a.push_back({{"plan_id", t.plan_id},
                 {"credit_code", t.credit_code},
                 {"entity_name", t.entity_name},
                 {"team", t.team},
                 {"items", t.items},
                 {"start", iso(t.start)},
                 {"end", iso(t.end)}});
  }
  return a.dump(1) + "\n";
}

std::string tasks_to_csv(const std::vector<InspectionTask>& list) {
  CsvWriter w;
  w.line({"plan_id", "credit_code", "entity_name", "team", "items", "start", "end"});
  for (const auto& t : list) {
    w.line({t.plan_id, t.credit_code, t.entity_name, join(t.team, "；"), join(t.items, "；"),
            iso(t.start), iso(t.end)});
  }
  return w.out;
}

std::string results_to_csv(const std::vector<InspectionResult>& results) {
  CsvWriter w;
  w.line({"plan_id", "credit_code", "completed_on", "finding", "follow_up", "case_number",
          "published_on"});
  for (const auto& r : results) {
    w.line({r.plan_id, r.credit_code, iso(r.completed_on), r.finding, to_string(r.follow_up),
            r.case_number, r.published_on ? iso(*r.published_on) : ""});
  }
  return w.out;
}

std::string to_string(FollowUp f) {
  switch (f) {
    case FollowUp::kNone:
      return "none";
    case FollowUp::kOrderToCorrect:
      return "order_to_correct";
    case FollowUp::kCaseFiled:
      return "case_filed";
  }
  return "?";
}

FollowUp follow_up_from_string(std::string_view text) {
  if (text == "none") return FollowUp::kNone;
  if (text == "order_to_correct") return FollowUp::kOrderToCorrect;
  if (text == "case_filed") return FollowUp::kCaseFiled;
  throw ValidationError("unknown follow-up '" + std::string(text) +
                        "' (none, order_to_correct, case_filed)");
}

std::string to_string(PublicationState s) {
  switch (s) {
    case PublicationState::kPending:
      return "pending";
    case PublicationState::kOverdue:
      return "overdue";
    case PublicationState::kPublished:
      return "published";
    case PublicationState::kPublishedLate:
      return "published_late";
  }
  return "?";
}

}  // namespace zhifa

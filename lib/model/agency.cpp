#include "zhifa/agency.hpp"

#include <algorithm>

#include <set>

#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

const PowerItem& Agency::power(const std::string& power_code) const {
  for (const auto& p : powers) {
    if (p.code == power_code) return p;
  }
  throw NotFoundError("agency " + code + " (" + name + ") holds no power item '" + power_code +
                      "'");
}

const Officer& Agency::officer(const std::string& id) const {
  for (const auto& o : officers) {
    if (o.id == id) return o;
  }
  throw NotFoundError("agency " + code + " (" + name + ") has no officer '" + id + "'");
}

bool Agency::holds_power(const std::string& power_code) const {
  return std::any_of(powers.begin(), powers.end(),
                     [&](const PowerItem& p) { return p.code == power_code; });
}

std::string Agency::case_number(int year, int serial) const {
  if (serial <= 0)
    throw ValidationError("case serial numbers start at 1, got " + std::to_string(serial));
  return case_prefix + "〔" + std::to_string(year) + "〕" + std::to_string(serial) + "号";
}

std::string to_string(PowerKind kind) {
  switch (kind) {
    case PowerKind::kPenalty:
      return "penalty";
    case PowerKind::kCompulsion:
      return "compulsion";
    case PowerKind::kInspection:
      return "inspection";
    case PowerKind::kLicensing:
      return "licensing";
    case PowerKind::kOther:
      return "other";
  }
  return "?";
}

PowerKind power_kind_from_string(std::string_view text) {
  for (PowerKind k : {PowerKind::kPenalty, PowerKind::kCompulsion, PowerKind::kInspection,
                      PowerKind::kLicensing, PowerKind::kOther}) {
    if (to_string(k) == text) return k;
  }
  throw ValidationError("unknown power kind '" + std::string(text) +
                        "' (one of: penalty, compulsion, inspection, licensing, other)");
}

std::string agency_to_json(const Agency& a) {
  using detail::json;
  json powers = json::array();
  for (const auto& p : a.powers) {
    json basis = json::array();
    for (const auto& c : p.basis) basis.push_back(detail::citation_json(c));
    json j = {{"code", p.code}, {"name", p.name}, {"kind", to_string(p.kind)}, {"basis", basis}};
    if (!p.agency_code.empty()) j["agency_code"] = p.agency_code;
    if (!p.delegated_to.empty()) j["delegated_to"] = p.delegated_to;
    powers.push_back(std::move(j));
  }
  json officers = json::array();
  for (const auto& o : a.officers) {
    json j = {{"id", o.id},
              {"name", o.name},
              {"legal_professional_qualification", o.legal_professional_qualification},
              {"experienced_reviewer", o.experienced_reviewer},
              {"exam_passed", o.exam_passed}};
    if (o.certificate) {
      j["certificate"] = {{"number", o.certificate->number},
                          {"valid_from", iso(o.certificate->valid_from)},
                          {"valid_to", iso(o.certificate->valid_to)},
                          {"agency_code", o.certificate->agency_code}};
    }
    officers.push_back(std::move(j));
  }
  const json root = {
      {"format", "zhifa-agency"},     {"version", 1},     {"code", a.code},      {"name", a.name},
      {"case_prefix", a.case_prefix}, {"powers", powers}, {"officers", officers}};
  return root.dump(1, ' ', false, json::error_handler_t::replace);
}

Agency agency_from_json(std::string_view text, std::string_view source) {
  const detail::json j = detail::parse_json(text, source);
  const detail::Node root{j, "$", source};
  detail::check_header(root, "zhifa-agency", 1, 1);
  Agency a;
  a.code = root.at("code").str();
  if (a.code.empty()) root.at("code").fail("an agency needs a code");
  a.name = root.at("name").str();
  a.case_prefix = root.at("case_prefix").str();
  if (a.case_prefix.empty()) root.at("case_prefix").fail("an agency needs a case-number prefix");
  std::set<std::string> seen;
  if (auto powers = root.maybe("powers")) {
    for (std::size_t i = 0; i < powers->size(); ++i) {
      const detail::Node n = powers->item(i);
      PowerItem p;
      p.code = n.at("code").str();
      if (p.code.empty()) n.at("code").fail("a power item needs a code");
      if (!seen.insert("power " + p.code).second)
        n.at("code").fail("a second item '" + p.code + "'");
      p.name = n.str_or("name", "");
      try {
        p.kind = power_kind_from_string(n.str_or("kind", "penalty"));
      } catch (const ValidationError& e) {
        n.at("kind").fail(e.what());
      }
      if (auto basis = n.maybe("basis")) {
        for (std::size_t k = 0; k < basis->size(); ++k) {
          p.basis.push_back(detail::read_citation(basis->item(k)));
        }
      }
      p.agency_code = n.str_or("agency_code", "");
      p.delegated_to = n.str_or("delegated_to", "");
      a.powers.push_back(std::move(p));
    }
  }
  if (auto officers = root.maybe("officers")) {
    for (std::size_t i = 0; i < officers->size(); ++i) {
      const detail::Node n = officers->item(i);
      Officer o;
      o.id = n.at("id").str();
      if (o.id.empty()) n.at("id").fail("an officer needs an id");
      if (!seen.insert("officer " + o.id).second)
        n.at("id").fail("a second officer '" + o.id + "'");
      o.name = n.str_or("name", "");
      auto flag = [&](const char* key) {
        auto f = n.maybe(key);
        return f && f->boolean();
      };
      o.legal_professional_qualification = flag("legal_professional_qualification");
      o.experienced_reviewer = flag("experienced_reviewer");
      o.exam_passed = flag("exam_passed");
      if (auto c = n.maybe("certificate")) {
        Certificate cert;
        cert.number = c->at("number").str();
        cert.valid_from = c->at("valid_from").date();
        cert.valid_to = c->at("valid_to").date();
        if (cert.valid_to < cert.valid_from) {
          c->at("valid_to")
              .fail("valid_to " + iso(cert.valid_to) + " is before valid_from " +
                    iso(cert.valid_from));
        }
        cert.agency_code = c->str_or("agency_code", a.code);
        o.certificate = std::move(cert);
      }
      a.officers.push_back(std::move(o));
    }
  }
  return a;
}

}  // namespace zhifa

#include "store/audit_codec.hpp"

#include "rules/audit/result_json.hpp"
#include "zhifa/error.hpp"

namespace zhifa::detail {
namespace {

// An item's status in the stored compact form: its index here.
constexpr CheckStatus kStatuses[] = {CheckStatus::kPassed, CheckStatus::kFinding,
                                     CheckStatus::kNotApplicable, CheckStatus::kNotCheckable};

char status_code(CheckStatus s) {
  for (std::size_t k = 0; k < std::size(kStatuses); ++k) {
    if (kStatuses[k] == s) return static_cast<char>('0' + k);
  }
  throw ValidationError("unknown check status");
}

}  // namespace

std::string ItemLayout::to_json() const {
  std::string out = "[";
  for (std::size_t k = 0; k < ids.size(); ++k) {
    out += k ? ",[" : "[";
    put_json_string(out, ids[k]);
    out += ',';
    put_json_string(out, zhifa::to_string(sections[k]));
    out += ']';
  }
  return out + "]";
}

ItemLayout ItemLayout::from_json(std::string_view text) {
  const json j = parse_json(text, "audit item layout");
  ItemLayout l;
  try {
    for (const auto& e : j) {
      l.ids.push_back(e.at(0).get<std::string>());
      l.sections.push_back(section_from_name(e.at(1).get<std::string>()));
    }
  } catch (const json::exception& e) {
    throw ValidationError(std::string("audit item layout: ") + e.what());
  }
  return l;
}

ItemLayout ItemLayout::of(const AuditResult& r) {
  ItemLayout l;
  for (const auto& i : r.items) {
    l.ids.push_back(i.item_id);
    l.sections.push_back(i.section);
  }
  return l;
}

bool ItemLayout::fits(const AuditResult& r) const {
  if (r.items.size() != ids.size()) return false;
  for (std::size_t k = 0; k < ids.size(); ++k) {
    if (r.items[k].item_id != ids[k] || r.items[k].section != sections[k]) return false;
  }
  return true;
}

std::string compact_json(const AuditResult& r,
                         const std::function<std::int64_t(const std::string&)>& text_id) {
  return write_result(r, "2", [&](std::string& out) {
    out += '[';
    for (std::size_t k = 0; k < r.items.size(); ++k) {
      const ItemResult& i = r.items[k];
      out += k ? ",[" : "[";
      out += status_code(i.status);
      out += ',';
      put_json_number(out, i.score);
      if (!i.reason.empty()) {
        out += ',';
        put_json_number(out, text_id(i.reason));
      }
      out += ']';
    }
    out += ']';
  });
}

AuditResult result_from_stored_json(
    std::string_view text, const ItemLayout* layout,
    const std::function<const std::string&(std::int64_t)>& text_of) {
  const json j = parse_json(text, "audit result");
  try {
    if (!j.contains("v")) return zhifa::audit_result_from_json(text);
    if (j.at("v").get<int>() != 2) {
      throw ValidationError("stored audit result: unknown form " + j.at("v").dump());
    }
    AuditResult r = result_fields_from(j);
    const json& items = j.at("items");
    if (!layout || items.size() != layout->ids.size()) {
      throw IntegrityError("stored audit result of case " + std::to_string(r.case_id) +
                           ": its items do not follow the run's item layout");
    }
    for (std::size_t k = 0; k < items.size(); ++k) {
      const json& e = items[k];
      ItemResult i;
      i.item_id = layout->ids[k];
      i.section = layout->sections[k];
      const int status = e.at(0).get<int>();
      if (status < 0 || status >= static_cast<int>(std::size(kStatuses))) {
        throw ValidationError("stored audit result: unknown item status " + std::to_string(status));
      }
      i.status = kStatuses[status];
      i.score = e.at(1).get<double>();
      if (e.size() > 2) i.reason = text_of(e.at(2).get<std::int64_t>());
      r.items.push_back(std::move(i));
    }
    return r;
  } catch (const json::exception& e) {
    throw ValidationError(std::string("stored audit result JSON: ") + e.what());
  }
}

}  // namespace zhifa::detail

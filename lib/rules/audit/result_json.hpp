// Private: the JSON object of an audit result (to_json's keys, in the JSON library's sorted
// order), shared by to_json(AuditResult) and the store's compact form of stored results
// (store/audit_codec.hpp), which differ only in how they write "items".
#pragma once

#include <string>
#include <string_view>

#include "util/json_node.hpp"
#include "util/json_writer.hpp"
#include "zhifa/audit.hpp"

namespace zhifa::detail {

// Writes a result as a JSON object with the keys in the order the JSON library sorts them, so the
// text is the one it would write; `items` writes the value of "items".
template <typename Items>
std::string write_result(const AuditResult& r, std::string_view version, Items&& items) {
  using detail::put_json_key, detail::put_json_number, detail::put_json_string;
  std::string out;
  out.reserve(512 + 256 * r.findings.size() + 96 * r.items.size());
  put_json_key(out.append("{"), "agency_code");
  put_json_string(out, r.agency_code);
  put_json_key(out.append(","), "case_id");
  put_json_number(out, r.case_id);
  put_json_key(out.append(","), "content_score");
  put_json_number(out, r.content_score);
  put_json_key(out.append(","), "findings");
  out += '[';
  for (std::size_t k = 0; k < r.findings.size(); ++k) {
    const Finding& f = r.findings[k];
    put_json_key(out.append(k ? ",{" : "{"), "article");
    put_json_string(out, f.article);
    put_json_key(out.append(","), "check");
    put_json_string(out, f.check_id);
    put_json_key(out.append(","), "code");
    put_json_string(out, f.code);
    put_json_key(out.append(","), "deduction");
    put_json_number(out, f.deduction);
    put_json_key(out.append(","), "item");
    put_json_string(out, f.item_id);
    put_json_key(out.append(","), "message");
    put_json_string(out, f.message);
    if (!f.reviewer.empty()) {
      put_json_key(out.append(","), "reviewer");
      put_json_string(out, f.reviewer);
    }
    put_json_key(out.append(","), "veto");
    out += f.veto ? "true}" : "false}";
  }
  put_json_key(out.append("],"), "form_score");
  put_json_number(out, r.form_score);
  put_json_key(out.append(","), "grade");
  put_json_string(out, r.grade);
  put_json_key(out.append(","), "items");
  items(out);
  put_json_key(out.append(","), "number");
  put_json_string(out, r.number);
  put_json_key(out.append(","), "officers");
  out += '[';
  for (std::size_t k = 0; k < r.officers.size(); ++k) {
    if (k) out += ',';
    put_json_string(out, r.officers[k]);
  }
  put_json_key(out.append("],"), "status");
  put_json_string(out, r.status);
  put_json_key(out.append(","), "total");
  put_json_number(out, r.total);
  if (!version.empty()) {
    put_json_key(out.append(","), "v");
    out += version;
  }
  put_json_key(out.append(","), "vetoed");
  out += r.vetoed ? "true}" : "false}";
  return out;
}

/// The fields of a result other than its items, from either form; json exceptions escape.
AuditResult result_fields_from(const json& j);

/// "veto", "form" or "content"; ValidationError otherwise.
ItemSection section_from_name(const std::string& name);

}  // namespace zhifa::detail

// Private: the compact form in which the store keeps audit results (schema v6). A run's results
// share their item layout (the standard's item ids and sections, in order), kept once with the
// run, and their items' reasons repeat, so these are kept once per run as numbered texts. A
// stored result is then to_json's object without the item ids, sections and reason texts:
//   "items": [[status, score], [status, score, text id], ...]   status 0 passed, 1 finding,
//   2 not applicable, 3 not checkable; "v": 2 marks the form.
// Results stored before v6, or whose items do not follow the run's layout, are kept as to_json.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/audit.hpp"

namespace zhifa::detail {

struct ItemLayout {
  std::vector<std::string> ids;
  std::vector<ItemSection> sections;

  static ItemLayout of(const AuditResult& result);
  /// [["V1","veto"],...]
  std::string to_json() const;
  static ItemLayout from_json(std::string_view text);
  /// True when the result's items are these, in this order.
  bool fits(const AuditResult& result) const;
};

/// The compact form of a result that fits the run's layout; `text_id` numbers a reason text.
std::string compact_json(const AuditResult& result,
                         const std::function<std::int64_t(const std::string&)>& text_id);

/// A stored result in either form; `layout` (the run's, or nullptr when it has none) and
/// `text_of` expand the compact form. ValidationError or IntegrityError for a malformed one.
AuditResult result_from_stored_json(std::string_view text, const ItemLayout* layout,
                                    const std::function<const std::string&(std::int64_t)>& text_of);

}  // namespace zhifa::detail

// An item of the published random-inspection list (随机抽查事项清单): what may be inspected, on
// what basis and by whom. Both the catalog published before enforcement (disclosure.hpp) and the
// inspection plan (inspection.hpp) carry these.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace zhifa {

/// An item of the random-inspection list (随机抽查事项清单, 国办发〔2015〕58号: 抽查依据、抽查
/// 主体、抽查内容、抽查方式), supplied as data, with its published ratio and frequency as text
/// (e.g. "不低于5%", "每年1次"; the numbers a draw uses are in the plan, inspection.hpp).
struct InspectionItem {
  std::string item;
  std::string basis;
  std::string body;
  std::string content;
  std::string method;
  std::string ratio;      ///< empty when not published with the item
  std::string frequency;  ///< empty when not published with the item

  friend bool operator==(const InspectionItem&, const InspectionItem&) = default;
};

/// Reads a list of inspection items (format "zhifa-inspection-items", docs/disclosure.md);
/// DataFileError naming the JSON path.
std::vector<InspectionItem> inspection_items_from_json(std::string_view text,
                                                       std::string_view source = "items");

}  // namespace zhifa

#include "zhifa/inspection_item.hpp"

#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

using detail::json;
using detail::Node;

std::vector<InspectionItem> inspection_items_from_json(std::string_view text,
                                                       std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-inspection-items", 1);
  std::vector<InspectionItem> out;
  Node items = root.at("items");
  for (std::size_t i = 0; i < items.size(); ++i) {
    Node n = items.item(i);
    InspectionItem it{n.at("item").str(),       n.at("basis").str(),  n.at("body").str(),
                      n.at("content").str(),    n.at("method").str(), n.str_or("ratio", ""),
                      n.str_or("frequency", "")};
    if (it.item.empty()) n.at("item").fail("an inspection item is named");
    if (it.basis.empty()) {
      n.at("basis").fail(
          "an inspection item needs its legal basis (国办发〔2015〕58号: "
          "法律法规规章没有规定的，一律不得擅自开展检查)");
    }
    out.push_back(std::move(it));
  }
  return out;
}

}  // namespace zhifa

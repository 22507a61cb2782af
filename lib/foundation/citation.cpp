#include "zhifa/citation.hpp"

namespace zhifa {

std::string Citation::to_string() const {
  std::string out = law;
  if (article > 0) out += " Art. " + std::to_string(article);
  if (paragraph > 0) out += " ¶" + std::to_string(paragraph);
  if (item > 0) out += " (" + std::to_string(item) + ")";
  if (!note.empty()) out += " [" + note + "]";
  return out;
}

}  // namespace zhifa

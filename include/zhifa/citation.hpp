// Legal citations: which law, article, paragraph (款) and item (项) a rule comes from. Every
// period, guard and data entry in zhifa carries one so a computation can explain itself.
#pragma once

#include <string>

namespace zhifa {

/// A reference into a law: "行政处罚法 Art. 64 ¶1 (1)" is law 行政处罚法, article 64, paragraph 1,
/// item 1. Paragraph and item are 0 when the citation names the whole article. `law` is the
/// law's short Chinese name (行政处罚法, 民事诉讼法, 行政强制法, ...); `note`
/// says where a rule is applied by analogy or rests on a secondary source.
struct Citation {
  std::string law;
  int article = 0;
  int paragraph = 0;
  int item = 0;
  std::string note;

  /// "行政处罚法 Art. 64 ¶1 (1)"; the note, if any, follows in brackets.
  std::string to_string() const;

  friend bool operator==(const Citation&, const Citation&) = default;
};

}  // namespace zhifa

// Private: counting UTF-8 characters, for messages that name positions in Chinese text.
#pragma once

#include <cstddef>
#include <string_view>

namespace zhifa::detail {

/// The number of characters (code points) in `s`: its bytes that are not continuation bytes.
inline std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace zhifa::detail

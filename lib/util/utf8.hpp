// Private: the library's one reading of UTF-8 (Unicode 15, §3.9), for messages that name
// positions in Chinese text, for masking names character by character and for writing JSON.
// Ill-formed input is never an error here: each maximal subpart of an ill-formed sequence counts
// as one character, as its U+FFFD replacement would.
#pragma once

#include <cstddef>
#include <string_view>

namespace zhifa::detail {

// At s[i]: the length of the valid UTF-8 sequence starting there (> 0), or minus the length of
// the maximal subpart of an ill-formed one (Unicode 15, §3.9 "U+FFFD Substitution of Maximal
// Subparts"): the bytes that start a sequence but do not finish it, at least 1.
inline int utf8_sequence(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  int need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
  if (c >= 0xC2 && c <= 0xDF) {
    need = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 3;
    if (c == 0xE0) lo = 0xA0;  // no overlong forms
    if (c == 0xED) hi = 0x9F;  // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 4;
    if (c == 0xF0) lo = 0x90;  // no overlong forms
    if (c == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return -1;  // a continuation byte or a byte that never starts a sequence
  }
  const std::size_t left = s.size() - i;
  int k = 1;
  if (left > 1 && b(1) >= lo && b(1) <= hi) {
    k = 2;
    while (k < need && static_cast<std::size_t>(k) < left && (b(k) & 0xC0) == 0x80) ++k;
  }
  return k == need ? need : -k;
}

/// The bytes of the character at s[i] (i < s.size()): a valid sequence, or the maximal subpart of
/// an ill-formed one; at least 1.
inline std::size_t utf8_char_size(std::string_view s, std::size_t i) {
  const int n = utf8_sequence(s, i);
  return static_cast<std::size_t>(n < 0 ? -n : n);
}

/// The number of characters (code points) in `s`, each ill-formed subpart counted as one.
inline std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += utf8_char_size(s, i)) ++n;
  return n;
}

/// True when `s` is well-formed UTF-8.
inline bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const int n = utf8_sequence(s, i);
    if (n < 0) return false;
    i += static_cast<std::size_t>(n);
  }
  return true;
}

}  // namespace zhifa::detail

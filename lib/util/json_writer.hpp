// Private: JSON written straight into a string, for the hot paths (an audit result per case),
// where building a JSON document first costs more than the audit itself. Strings are escaped as
// RFC 8259 requires; ill-formed UTF-8 becomes U+FFFD, one per maximal subpart, as the JSON
// library's "replace" handler does; numbers are the shortest text that reads back to the same
// double, in the library's layout. The text is the one the library writes.
#pragma once

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace zhifa::detail {

inline void put_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        ++i;
        continue;
      case '\\':
        out += "\\\\";
        ++i;
        continue;
      case '\b':
        out += "\\b";
        ++i;
        continue;
      case '\f':
        out += "\\f";
        ++i;
        continue;
      case '\n':
        out += "\\n";
        ++i;
        continue;
      case '\r':
        out += "\\r";
        ++i;
        continue;
      case '\t':
        out += "\\t";
        ++i;
        continue;
      default:
        break;
    }
    if (c < 0x20) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
      ++i;
      continue;
    }
    const int n = utf8_sequence(s, i);
    if (n < 0) {
      out += "\xEF\xBF\xBD";  // one U+FFFD per maximal ill-formed subpart
      i += static_cast<std::size_t>(-n);
    } else {
      out.append(s.data() + i, static_cast<std::size_t>(n));
      i += static_cast<std::size_t>(n);
    }
  }
  out += '"';
}

/// A double as the shortest text that reads back to it, laid out as the JSON library lays it out:
/// plain decimals (with ".0" on whole numbers) when the decimal exponent is -4 to 14, else
/// d.ddde±XX; null when not finite, as JSON has no such numbers.
inline void put_json_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view text(buf, static_cast<std::size_t>(r.ptr - buf));
  // The exponent after 'e' ("e+01", "e-05"): parsed within the text, which is not terminated.
  std::string_view digits = text.substr(text.find('e') + 1);
  const bool negative = !digits.empty() && digits.front() == '-';
  if (!digits.empty() && (digits.front() == '+' || digits.front() == '-')) digits.remove_prefix(1);
  int exponent = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), exponent);
  if (negative) exponent = -exponent;
  if (v == 0 || (exponent >= -4 && exponent <= 14)) {
    r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    text = std::string_view(buf, static_cast<std::size_t>(r.ptr - buf));
    out += text;
    if (text.find('.') == std::string_view::npos) out += ".0";
  } else {
    out += text;
  }
}

inline void put_json_number(std::string& out, std::int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

inline void put_json_key(std::string& out, std::string_view key) {
  out += '"';
  out += key;  // keys are zhifa's own ASCII names
  out += "\":";
}

}  // namespace zhifa::detail

// Private: hex encoding and decoding, the one implementation behind to_hex, hash_from_hex, key
// ids, signatures and the draw's tickets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace zhifa::detail {

/// The value of one hex digit, or -1; upper case counts only when `lowercase_only` is false.
constexpr int hex_value(char c, bool lowercase_only) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (!lowercase_only && c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// Two lowercase digits a byte.
inline std::string encode_hex(std::span<const std::uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * bytes.size());
  for (std::uint8_t b : bytes) {
    out += kDigits[b >> 4];
    out += kDigits[b & 0xf];
  }
  return out;
}

/// Decodes exactly out.size() bytes; false (with `out` unspecified) on any other text.
inline bool decode_hex(std::string_view hex, std::span<std::uint8_t> out, bool lowercase_only) {
  if (hex.size() != 2 * out.size()) return false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const int hi = hex_value(hex[2 * i], lowercase_only);
    const int lo = hex_value(hex[2 * i + 1], lowercase_only);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return true;
}

/// True when `hex` is exactly `digits` hex digits (lowercase only when asked).
inline bool is_hex(std::string_view hex, std::size_t digits, bool lowercase_only) {
  if (hex.size() != digits) return false;
  for (char c : hex) {
    if (hex_value(c, lowercase_only) < 0) return false;
  }
  return true;
}

/// A 64-bit value as 16 lowercase digits, most significant first.
inline std::string hex_u64(std::uint64_t v) {
  std::uint8_t bytes[8];
  for (int i = 7; i >= 0; --i) {
    bytes[i] = static_cast<std::uint8_t>(v & 0xff);
    v >>= 8;
  }
  return encode_hex(bytes);
}

/// The value of 16 lowercase hex digits; false on any other text.
inline bool decode_hex_u64(std::string_view hex, std::uint64_t& out) {
  std::uint8_t bytes[8];
  if (!decode_hex(hex, bytes, true)) return false;
  out = 0;
  for (std::uint8_t b : bytes) out = (out << 8) | b;
  return true;
}

}  // namespace zhifa::detail

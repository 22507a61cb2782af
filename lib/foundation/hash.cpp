#include "zhifa/hash.hpp"

#include "foundation/crypto/openssl.hpp"
#include "util/hex.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

// The text quoted in an error message, cut short when long.
std::string quoted(std::string_view text) {
  constexpr std::size_t kMax = 80;
  if (text.size() <= kMax) return "'" + std::string(text) + "'";
  return "'" + std::string(text.substr(0, kMax)) + "...' (" + std::to_string(text.size()) +
         " characters)";
}

}  // namespace

Hash sha256(std::string_view bytes) { return detail::sha256_of(-1, bytes); }

std::string to_hex(const Hash& hash) { return detail::encode_hex(hash); }

Hash hash_from_hex(std::string_view hex) {
  Hash out{};
  if (detail::decode_hex(hex, out, false)) return out;
  if (hex.size() != 64) {
    throw ValidationError("hash " + quoted(hex) + ": expected 64 hex digits, got " +
                          std::to_string(hex.size()) + " characters");
  }
  std::size_t bad = 0;
  while (detail::hex_value(hex[bad], false) >= 0) ++bad;
  throw ValidationError("hash " + quoted(hex) + ": position " + std::to_string(bad + 1) + ": '" +
                        std::string(1, hex[bad]) + "' is not a hex digit");
}

bool is_sha256_hex(std::string_view text) { return detail::is_hex(text, 64, true); }

}  // namespace zhifa

// SHA-256 digests and their hex form: what the full-process record, the archives and the
// published draws hash with. Merkle trees and signatures build on this (merkle.hpp); nothing
// here knows about them.
//
// Thread-safety: every function is pure and thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace zhifa {

/// A SHA-256 digest.
using Hash = std::array<std::uint8_t, 32>;

/// SHA-256 of `bytes` (FIPS 180-4).
Hash sha256(std::string_view bytes);

/// 64 lowercase hex digits.
std::string to_hex(const Hash& hash);

/// The hash written as 64 hex digits (either case). Throws ValidationError naming the text and
/// saying why (wrong length, or the position of a non-hex character).
Hash hash_from_hex(std::string_view hex);

/// True when `text` is exactly 64 lowercase hex digits: the canonical form of a SHA-256 digest
/// in zhifa's documents (record entries, archives, draws).
bool is_sha256_hex(std::string_view text);

}  // namespace zhifa

// Private: the only place that talks to OpenSSL libcrypto (3.0). SHA-256 through EVP with a
// method fetched once and a per-thread context; Ed25519 through EVP_PKEY. Every OpenSSL failure
// becomes a zhifa exception here, with OpenSSL's error text, and the OpenSSL error queue is left
// empty.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "zhifa/hash.hpp"

struct evp_pkey_st;    // OpenSSL's EVP_PKEY
struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX

namespace zhifa::detail {

/// SHA-256 of prefix || a || b; pass prefix < 0 for no prefix byte. Throws zhifa::Error only if
/// OpenSSL itself fails (out of memory).
Hash sha256_of(int prefix, std::string_view a, std::string_view b = {});

/// Incremental SHA-256 over bytes given piece by piece, for inputs too large to hold at once
/// (canonical encodings of large directories). Owns its digest context; not copyable; one
/// thread at a time.
class Sha256Stream {
 public:
  Sha256Stream();
  ~Sha256Stream();
  Sha256Stream(const Sha256Stream&) = delete;
  Sha256Stream& operator=(const Sha256Stream&) = delete;
  void update(std::string_view bytes);
  /// The digest of everything given; the stream is then spent (Error on further use).
  Hash finish();

 private:
  evp_md_ctx_st* ctx_;
  bool done_ = false;
};

using Ed25519Signature = std::array<std::uint8_t, 64>;
using Ed25519PublicKey = std::array<std::uint8_t, 32>;

/// Owns one Ed25519 EVP_PKEY (private or public only). Immutable once built.
struct KeyHandle {
  explicit KeyHandle(evp_pkey_st* key, bool is_private) : pkey(key), has_private(is_private) {}
  ~KeyHandle();
  KeyHandle(const KeyHandle&) = delete;
  KeyHandle& operator=(const KeyHandle&) = delete;

  evp_pkey_st* pkey;
  bool has_private;
};

std::shared_ptr<const KeyHandle> ed25519_generate();
/// From a PKCS #8 "PRIVATE KEY" PEM; ValidationError for malformed, encrypted or non-Ed25519.
std::shared_ptr<const KeyHandle> ed25519_private_from_pem(std::string_view pem);
/// From a SubjectPublicKeyInfo "PUBLIC KEY" PEM; ValidationError likewise.
std::shared_ptr<const KeyHandle> ed25519_public_from_pem(std::string_view pem);
/// A public-only key with the public half of `key`.
std::shared_ptr<const KeyHandle> ed25519_public_of(const KeyHandle& key);

std::string ed25519_private_pem(const KeyHandle& key);
std::string ed25519_public_pem(const KeyHandle& key);
Ed25519PublicKey ed25519_raw_public(const KeyHandle& key);

/// Pure Ed25519 (RFC 8032) signature of `message`; needs a private key.
Ed25519Signature ed25519_sign(const KeyHandle& key, std::string_view message);
/// True for a valid signature; false (never an exception) otherwise.
bool ed25519_verify(const KeyHandle& key, std::string_view message,
                    const Ed25519Signature& signature) noexcept;

}  // namespace zhifa::detail

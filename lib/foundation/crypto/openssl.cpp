#include "foundation/crypto/openssl.hpp"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <climits>
#include <cstring>

#include "zhifa/error.hpp"

namespace zhifa::detail {
namespace {

// Takes and clears OpenSSL's error queue; "" when it was empty.
std::string drain_errors() {
  std::string text;
  while (unsigned long code = ERR_get_error()) {
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    if (!text.empty()) text += "; ";
    text += buf;
  }
  return text;
}

[[noreturn]] void fail(const std::string& what) {
  std::string detail = drain_errors();
  throw Error(what + (detail.empty() ? "" : " (OpenSSL: " + detail + ")"));
}

struct MdCtxFree {
  void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};
struct BioFree {
  void operator()(BIO* b) const { BIO_free(b); }
};
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

// Fetched once: OpenSSL 3 would otherwise look the method up again on every digest.
const EVP_MD* sha256_method() {
  static const EVP_MD* md = [] {
    EVP_MD* m = EVP_MD_fetch(nullptr, "SHA2-256", nullptr);
    if (!m) fail("SHA-256 is not available");
    return m;
  }();
  return md;
}

EVP_MD_CTX* thread_digest_context() {
  thread_local MdCtx ctx(EVP_MD_CTX_new());
  if (!ctx) fail("cannot allocate a digest context");
  return ctx.get();
}

// A read-only memory BIO over `text`; ValidationError when it is too large for OpenSSL.
Bio memory_bio(std::string_view text, const char* what) {
  if (text.size() > static_cast<std::size_t>(INT_MAX)) {
    throw ValidationError(std::string(what) + ": PEM text of " + std::to_string(text.size()) +
                          " bytes is too large");
  }
  Bio bio(BIO_new_mem_buf(text.data(), static_cast<int>(text.size())));
  if (!bio) fail(std::string(what) + ": cannot allocate a buffer");
  return bio;
}

// Refuses to prompt for a passphrase: an encrypted PEM simply fails to load.
int no_passphrase(char*, int, int, void*) { return -1; }

// Takes ownership of pkey, also when the allocation of the handle fails.
std::shared_ptr<const KeyHandle> own(EVP_PKEY* pkey, bool is_private) {
  try {
    return std::make_shared<const KeyHandle>(pkey, is_private);
  } catch (...) {
    EVP_PKEY_free(pkey);
    throw;
  }
}

std::shared_ptr<const KeyHandle> checked_ed25519(EVP_PKEY* pkey, bool is_private,
                                                 const char* what) {
  auto handle = own(pkey, is_private);
  if (EVP_PKEY_get_id(pkey) != EVP_PKEY_ED25519) {
    const char* name = EVP_PKEY_get0_type_name(pkey);
    drain_errors();
    throw ValidationError(std::string(what) + ": not an Ed25519 key (found " +
                          (name ? name : "an unknown key type") + ")");
  }
  return handle;
}

std::string bio_text(BIO* bio) {
  char* data = nullptr;
  long n = BIO_get_mem_data(bio, &data);
  return n > 0 && data ? std::string(data, static_cast<std::size_t>(n)) : std::string();
}

}  // namespace

KeyHandle::~KeyHandle() { EVP_PKEY_free(pkey); }

Hash sha256_of(int prefix, std::string_view a, std::string_view b) {
  EVP_MD_CTX* ctx = thread_digest_context();
  Hash out{};
  unsigned char p = static_cast<unsigned char>(prefix);
  unsigned int len = 0;
  if (EVP_DigestInit_ex2(ctx, sha256_method(), nullptr) != 1 ||
      (prefix >= 0 && EVP_DigestUpdate(ctx, &p, 1) != 1) ||
      EVP_DigestUpdate(ctx, a.data(), a.size()) != 1 ||
      (!b.empty() && EVP_DigestUpdate(ctx, b.data(), b.size()) != 1) ||
      EVP_DigestFinal_ex(ctx, out.data(), &len) != 1 || len != out.size()) {
    fail("SHA-256 failed");
  }
  return out;
}

Sha256Stream::Sha256Stream() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_) fail("cannot allocate a digest context");
  if (EVP_DigestInit_ex2(ctx_, sha256_method(), nullptr) != 1) {
    EVP_MD_CTX_free(ctx_);
    fail("SHA-256 failed");
  }
}

Sha256Stream::~Sha256Stream() { EVP_MD_CTX_free(ctx_); }

void Sha256Stream::update(std::string_view bytes) {
  if (done_) throw Error("SHA-256 stream used after finish()");
  if (EVP_DigestUpdate(ctx_, bytes.data(), bytes.size()) != 1) fail("SHA-256 failed");
}

Hash Sha256Stream::finish() {
  if (done_) throw Error("SHA-256 stream used after finish()");
  done_ = true;
  Hash out{};
  unsigned int len = 0;
  if (EVP_DigestFinal_ex(ctx_, out.data(), &len) != 1 || len != out.size()) {
    fail("SHA-256 failed");
  }
  return out;
}

std::shared_ptr<const KeyHandle> ed25519_generate() {
  EVP_PKEY* pkey = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
  if (!pkey) fail("cannot generate an Ed25519 key");
  return own(pkey, true);
}

std::shared_ptr<const KeyHandle> ed25519_private_from_pem(std::string_view pem) {
  const char* what = "Ed25519 private key";
  Bio bio = memory_bio(pem, what);
  EVP_PKEY* pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, nullptr);
  if (!pkey) {
    std::string detail = drain_errors();
    throw ValidationError(std::string(what) + ": not an unencrypted PEM \"PRIVATE KEY\" (PKCS #8)" +
                          (detail.empty() ? "" : " (OpenSSL: " + detail + ")"));
  }
  return checked_ed25519(pkey, true, what);
}

std::shared_ptr<const KeyHandle> ed25519_public_from_pem(std::string_view pem) {
  const char* what = "Ed25519 public key";
  Bio bio = memory_bio(pem, what);
  EVP_PKEY* pkey = PEM_read_bio_PUBKEY(bio.get(), nullptr, no_passphrase, nullptr);
  if (!pkey) {
    std::string detail = drain_errors();
    throw ValidationError(std::string(what) + ": not a PEM \"PUBLIC KEY\" (SubjectPublicKeyInfo)" +
                          (detail.empty() ? "" : " (OpenSSL: " + detail + ")"));
  }
  return checked_ed25519(pkey, false, what);
}

std::shared_ptr<const KeyHandle> ed25519_public_of(const KeyHandle& key) {
  Ed25519PublicKey raw = ed25519_raw_public(key);
  EVP_PKEY* pkey = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, raw.data(), raw.size());
  if (!pkey) fail("cannot build an Ed25519 public key");
  return own(pkey, false);
}

std::string ed25519_private_pem(const KeyHandle& key) {
  Bio bio(BIO_new(BIO_s_mem()));
  if (!bio ||
      PEM_write_bio_PrivateKey(bio.get(), key.pkey, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
    fail("cannot write the Ed25519 private key as PEM");
  }
  return bio_text(bio.get());
}

std::string ed25519_public_pem(const KeyHandle& key) {
  Bio bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_PUBKEY(bio.get(), key.pkey) != 1) {
    fail("cannot write the Ed25519 public key as PEM");
  }
  return bio_text(bio.get());
}

Ed25519PublicKey ed25519_raw_public(const KeyHandle& key) {
  Ed25519PublicKey raw{};
  std::size_t len = raw.size();
  if (EVP_PKEY_get_raw_public_key(key.pkey, raw.data(), &len) != 1 || len != raw.size()) {
    fail("cannot read the raw Ed25519 public key");
  }
  return raw;
}

Ed25519Signature ed25519_sign(const KeyHandle& key, std::string_view message) {
  if (!key.has_private) throw Error("Ed25519: signing needs a private key");
  MdCtx ctx(EVP_MD_CTX_new());
  Ed25519Signature sig{};
  std::size_t len = sig.size();
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.pkey) != 1 ||
      EVP_DigestSign(ctx.get(), sig.data(), &len,
                     reinterpret_cast<const unsigned char*>(message.data()), message.size()) != 1 ||
      len != sig.size()) {
    fail("Ed25519 signing failed");
  }
  return sig;
}

bool ed25519_verify(const KeyHandle& key, std::string_view message,
                    const Ed25519Signature& signature) noexcept {
  MdCtx ctx(EVP_MD_CTX_new());
  bool ok =
      ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.pkey) == 1 &&
      EVP_DigestVerify(ctx.get(), signature.data(), signature.size(),
                       reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
  ERR_clear_error();  // a failed verification leaves an entry; it is an answer, not an error
  return ok;
}

}  // namespace zhifa::detail

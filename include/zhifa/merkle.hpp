// The append-only Merkle log and signed tree heads: the cryptographic core of the full-process
// enforcement record (执法全过程记录, Administrative Penalty Law Art. 47). Every record of an
// enforcement step becomes a leaf of an append-only log; the agency periodically signs a tree
// head (size, root, time); a supervisor holding only the agency's public key can then check,
// with no access to the log or the database, that a record is in the log (inclusion proof) and
// that a later log extends an earlier one without rewriting it (consistency proof).
//
// Hashing and proofs are exactly RFC 9162 (Certificate Transparency 2.0) §2.1, which is the same
// tree as RFC 6962 §2.1: SHA-256 with domain separation between leaves and interior nodes.
// Signatures are Ed25519 (RFC 8032). Formats: docs/merkle.md.
//
// Thread-safety: free functions are pure and thread-safe. MerkleLog is a value type; concurrent
// const calls are safe, appends need external synchronisation. SigningKey and VerifyingKey are
// immutable handles, safe to share and use concurrently.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/hash.hpp"

namespace zhifa {

/// The root of the empty tree: SHA-256 of the empty string (RFC 9162 §2.1.1).
Hash empty_root();

/// The hash of a leaf: SHA-256(0x00 || data) (RFC 9162 §2.1.1).
Hash leaf_hash(std::string_view data);

/// The hash of an interior node: SHA-256(0x01 || left || right) (RFC 9162 §2.1.1).
Hash node_hash(const Hash& left, const Hash& right);

/// MTH, the Merkle Tree Hash of the leaves with these leaf hashes (RFC 9162 §2.1.1); the empty
/// span gives empty_root(). Costs n - 1 node hashes for n leaves.
Hash root_of(std::span<const Hash> leaf_hashes);

/// Checks an inclusion proof by the algorithm of RFC 9162 §2.1.3.2: does the tree of `tree_size`
/// leaves with root `root` have `leaf_hash` at `index` (0-based)? False, never an exception, for
/// index >= tree_size, a proof of the wrong length, or any hash that does not match. Reads only
/// `proof`'s elements.
bool verify_inclusion(const Hash& leaf_hash, std::uint64_t index, std::uint64_t tree_size,
                      std::span<const Hash> proof, const Hash& root);

/// Checks a consistency proof by the algorithm of RFC 9162 §2.1.4.2: is the tree of `size1`
/// leaves with root `root1` a prefix of the tree of `size2` leaves with root `root2`? False,
/// never an exception, for size1 > size2, a proof of the wrong length or a mismatch. Edge cases
/// outside the RFC's 0 < size1 < size2: size1 == size2 needs an empty proof and root1 == root2;
/// size1 == 0 needs an empty proof and root1 == empty_root() (every tree extends the empty one).
bool verify_consistency(std::uint64_t size1, std::uint64_t size2, const Hash& root1,
                        const Hash& root2, std::span<const Hash> proof);

/// An append-only Merkle log (RFC 9162 §2.1): the ordered leaf hashes plus, for speed, the roots
/// of all complete power-of-two subtrees, updated on append (one node hash per append, amortized).
/// Any root and any proof then costs O(log n) node hashes and no leaf is ever rehashed.
/// Memory: about 64 bytes per leaf. Nothing can be removed or replaced.
class MerkleLog {
 public:
  MerkleLog() = default;

  /// A log holding these leaf hashes, in order.
  static MerkleLog from_leaf_hashes(std::span<const Hash> leaf_hashes);

  /// Appends leaf_hash(data); returns the new leaf's 0-based index.
  std::uint64_t append_leaf(std::string_view data);
  /// Appends a leaf whose leaf hash (0x00-prefixed, see leaf_hash) was computed elsewhere;
  /// returns its 0-based index.
  std::uint64_t append_leaf_hash(const Hash& leaf_hash);

  /// Number of leaves.
  std::uint64_t size() const { return levels_.empty() ? 0 : levels_[0].size(); }

  /// The leaf hash at `index`; ValidationError when index >= size().
  const Hash& leaf_hash_at(std::uint64_t index) const;

  /// MTH of all leaves (empty_root() for an empty log).
  Hash root() const { return root_at(size()); }
  /// MTH of the first n leaves, 0 <= n <= size(); ValidationError naming n and size() otherwise.
  Hash root_at(std::uint64_t n) const;

  /// PATH(index, D[tree_size]) of RFC 9162 §2.1.3.1: the sibling hashes from the leaf up to the
  /// root of the first tree_size leaves. Requires index < tree_size <= size(); ValidationError
  /// naming the values otherwise.
  std::vector<Hash> inclusion_proof(std::uint64_t index, std::uint64_t tree_size) const;

  /// PROOF(old_size, D[new_size]) of RFC 9162 §2.1.4.1. Requires old_size <= new_size <= size();
  /// ValidationError naming the values otherwise. Empty when old_size is 0 or equals new_size.
  std::vector<Hash> consistency_proof(std::uint64_t old_size, std::uint64_t new_size) const;

 private:
  // MTH of leaves [start, start + count) where the range is a node of the RFC's recursion:
  // start is a multiple of the largest power of two below count (or count is 1).
  Hash subtree_root(std::uint64_t start, std::uint64_t count) const;
  void append_path(std::vector<Hash>& out, std::uint64_t index, std::uint64_t start,
                   std::uint64_t count) const;
  void append_subproof(std::vector<Hash>& out, std::uint64_t m, std::uint64_t start,
                       std::uint64_t count, bool whole) const;

  // levels_[k][i] = MTH of the complete subtree of 2^k leaves starting at leaf i * 2^k.
  std::vector<std::vector<Hash>> levels_;
};

/// A tree head: the log's size and root at a time the caller states (the library never reads the
/// clock). `timestamp` is ISO 8601 UTC to the second, exactly "YYYY-MM-DDThh:mm:ssZ"
/// (e.g. "2025-03-04T09:30:00Z"), a real calendar date and time.
struct TreeHead {
  std::uint64_t size = 0;
  Hash root{};
  std::string timestamp;

  /// The canonical bytes that are signed, version 1, ASCII, each line ending in "\n":
  ///   "zhifa tree head v1\n" <size in decimal, no leading zeros> "\n" <root, 64 lowercase hex>
  ///   "\n" <timestamp> "\n"
  /// Throws ValidationError naming the timestamp when it is not of the form above.
  std::string encode() const;

  friend bool operator==(const TreeHead&, const TreeHead&) = default;
};

/// Throws ValidationError naming `timestamp` and the reason unless it is
/// "YYYY-MM-DDThh:mm:ssZ" with a valid date (years 0001-9999) and time (no leap second).
void validate_timestamp(std::string_view timestamp);

/// A tree head with the agency's Ed25519 signature over head.encode().
struct SignedTreeHead {
  TreeHead head;
  /// The signer's key id: 16 lowercase hex digits, the first 8 bytes of SHA-256 of the raw
  /// 32-byte Ed25519 public key.
  std::string key_id;
  /// The 64-byte Ed25519 signature as 128 lowercase hex digits.
  std::string signature;

  friend bool operator==(const SignedTreeHead&, const SignedTreeHead&) = default;
};

/// A signed head as one JSON object, what `zhifa checkpoint` prints for a supervisor to keep:
/// size, root (64 hex digits), timestamp, key_id, signature.
std::string to_json(const SignedTreeHead& head);

/// A raw Ed25519 signature (RFC 8032): 64 bytes.
using Signature = std::array<std::uint8_t, 64>;

namespace detail {
struct KeyHandle;  // owns an OpenSSL EVP_PKEY; defined in lib/
}

/// An Ed25519 public key, for checking signed tree heads. An immutable handle: copies share the
/// key; all members are const and thread-safe.
class VerifyingKey {
 public:
  /// From a "PUBLIC KEY" PEM (SubjectPublicKeyInfo). ValidationError saying so for malformed PEM
  /// or a key that is not Ed25519.
  static VerifyingKey from_pem(std::string_view pem);
  /// Same, read from a file; DataFileError naming the path when it cannot be read or parsed.
  static VerifyingKey from_pem_file(const std::string& path);

  std::string public_pem() const;
  /// See SignedTreeHead::key_id.
  const std::string& key_id() const { return key_id_; }

  /// True only when `sth` carries this key's id and a valid signature by this key over
  /// sth.head.encode(). False, never an exception, for another key, a malformed signature or
  /// timestamp, or any changed field.
  bool verify_head(const SignedTreeHead& sth) const;
  /// True only for a valid Ed25519 signature by this key over exactly `message`; false, never
  /// an exception, otherwise. Callers sign domain-separated messages (a fixed prefix naming the
  /// format), so that a signature made for one format is never valid for another.
  bool verify(std::string_view message, const Signature& signature) const;

 private:
  friend class SigningKey;
  explicit VerifyingKey(std::shared_ptr<const detail::KeyHandle> key);
  std::shared_ptr<const detail::KeyHandle> key_;
  std::string key_id_;
};

/// An Ed25519 private key, for signing tree heads. An immutable handle: copies share the key;
/// all members are const and thread-safe. Keep the private PEM secret; zhifa never writes it
/// anywhere by itself.
class SigningKey {
 public:
  /// A fresh key from the operating system's random source (through OpenSSL).
  static SigningKey generate();
  /// From an unencrypted "PRIVATE KEY" PEM (PKCS #8). ValidationError saying so for malformed or
  /// encrypted PEM, or a key that is not Ed25519.
  static SigningKey from_pem(std::string_view pem);
  /// Same, read from a file; DataFileError naming the path when it cannot be read or parsed.
  static SigningKey from_pem_file(const std::string& path);

  /// The unencrypted PKCS #8 PEM, loadable by from_pem and by `openssl pkey`.
  std::string private_pem() const;
  std::string public_pem() const { return verifying_.public_pem(); }
  const VerifyingKey& verifying_key() const { return verifying_; }
  const std::string& key_id() const { return verifying_.key_id(); }

  /// Signs head.encode(). Ed25519 is deterministic: the same key and head give the same
  /// signature. ValidationError for a malformed timestamp.
  SignedTreeHead sign_head(const TreeHead& head) const;
  /// The Ed25519 signature of exactly `message` (deterministic). See VerifyingKey::verify for
  /// the domain-separation contract.
  Signature sign(std::string_view message) const;

 private:
  explicit SigningKey(std::shared_ptr<const detail::KeyHandle> key);
  std::shared_ptr<const detail::KeyHandle> key_;
  VerifyingKey verifying_;
};

}  // namespace zhifa

#include "zhifa/merkle.hpp"

#include <bit>
#include <cstring>
#include <string>

#include "foundation/crypto/openssl.hpp"
#include "util/file.hpp"
#include "util/hex.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

constexpr int kLeafPrefix = 0x00;  // RFC 9162 §2.1.1
constexpr int kNodePrefix = 0x01;

std::string_view bytes_of(const Hash& h) {
  return {reinterpret_cast<const char*>(h.data()), h.size()};
}

// The text quoted in an error message, cut short when long.
std::string quoted(std::string_view text) {
  constexpr std::size_t kMax = 80;
  if (text.size() <= kMax) return "'" + std::string(text) + "'";
  return "'" + std::string(text.substr(0, kMax)) + "...' (" + std::to_string(text.size()) +
         " characters)";
}

// The number of hashes in PATH(index, D[last + 1]): the levels where the leaf's path and the
// right edge of the tree differ (inner), plus the left siblings above them (border).
std::size_t path_length(std::uint64_t index, std::uint64_t last) {
  const int inner = std::bit_width(index ^ last);
  const int border = inner >= 64 ? 0 : std::popcount(index >> inner);
  return static_cast<std::size_t>(inner + border);
}

// The largest power of two strictly below n (n >= 2): the RFC 9162 §2.1.1 split point k.
std::uint64_t split_point(std::uint64_t n) { return std::bit_floor(n - 1); }

std::string key_id_of(const detail::KeyHandle& key) {
  Hash digest = sha256(bytes_of(detail::ed25519_raw_public(key)));
  return detail::encode_hex(std::span<const std::uint8_t>(digest.data(), 8));
}

// Appends to a vector with geometric growth reserved beforehand, so that a later push_back
// cannot throw.
void reserve_one_more(std::vector<Hash>& v) {
  if (v.size() == v.capacity()) v.reserve(v.empty() ? 16 : 2 * v.capacity());
}

}  // namespace

// ---- hashing ------------------------------------------------------------------------------------

Hash empty_root() { return sha256({}); }

Hash leaf_hash(std::string_view data) { return detail::sha256_of(kLeafPrefix, data); }

Hash node_hash(const Hash& left, const Hash& right) {
  // One contiguous 65-byte input: a single digest update.
  std::array<char, 65> input;
  input[0] = static_cast<char>(kNodePrefix);
  std::memcpy(input.data() + 1, left.data(), left.size());
  std::memcpy(input.data() + 33, right.data(), right.size());
  return detail::sha256_of(-1, {input.data(), input.size()});
}

Hash root_of(std::span<const Hash> leaf_hashes) {
  if (leaf_hashes.empty()) return empty_root();
  // The roots of the complete subtrees seen so far, largest first, with their heights: merged as
  // soon as two of equal height meet, then folded right to left (RFC 9162 §2.1.1's MTH).
  struct Node {
    Hash hash;
    int height;
  };
  std::vector<Node> stack;
  stack.reserve(64);
  for (const Hash& leaf : leaf_hashes) {
    Node node{leaf, 0};
    while (!stack.empty() && stack.back().height == node.height) {
      node = Node{node_hash(stack.back().hash, node.hash), node.height + 1};
      stack.pop_back();
    }
    stack.push_back(node);
  }
  Hash acc = stack.back().hash;
  for (auto it = stack.rbegin() + 1; it != stack.rend(); ++it) acc = node_hash(it->hash, acc);
  return acc;
}

// ---- verification (RFC 9162 §2.1.3.2, §2.1.4.2) ----------------------------------------------

bool verify_inclusion(const Hash& leaf, std::uint64_t index, std::uint64_t tree_size,
                      std::span<const Hash> proof, const Hash& root) {
  if (index >= tree_size) return false;
  // The only proof length that can succeed; checked first so that no hashing is wasted on a
  // proof of the wrong length (the algorithm below would reject it too).
  const std::uint64_t last = tree_size - 1;
  if (proof.size() != path_length(index, last)) return false;

  std::uint64_t fn = index;
  std::uint64_t sn = last;
  Hash r = leaf;
  for (const Hash& p : proof) {
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      r = node_hash(p, r);
      if ((fn & 1) == 0) {
        while (fn != 0 && (fn & 1) == 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      r = node_hash(r, p);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && r == root;
}

bool verify_consistency(std::uint64_t size1, std::uint64_t size2, const Hash& root1,
                        const Hash& root2, std::span<const Hash> proof) {
  if (size1 > size2) return false;
  if (size1 == 0) return proof.empty() && root1 == empty_root() && (size2 != 0 || root2 == root1);
  if (size1 == size2) return proof.empty() && root1 == root2;
  if (proof.empty()) return false;

  // 0 < size1 < size2. When size1 is a power of two, its root is a node of the new tree and is
  // not sent: the algorithm starts from root1 (RFC 9162 §2.1.4.2 step 2).
  const bool first_is_subtree = std::has_single_bit(size1);
  {
    // The only proof length that can succeed (same shape as an inclusion proof of the node that
    // holds the last old leaf, at the height where size1's trailing zero bits end).
    const int level = std::countr_zero(size1);
    const std::uint64_t index = (size1 - 1) >> level;
    const std::uint64_t last = (size2 - 1) >> level;
    if (proof.size() != (first_is_subtree ? 0 : 1) + path_length(index, last)) return false;
  }

  std::size_t next = 0;
  const Hash seed = first_is_subtree ? root1 : proof[next++];
  std::uint64_t fn = size1 - 1;
  std::uint64_t sn = size2 - 1;
  while ((fn & 1) != 0) {
    fn >>= 1;
    sn >>= 1;
  }
  Hash fr = seed;
  Hash sr = seed;
  for (; next < proof.size(); ++next) {
    const Hash& c = proof[next];
    if (sn == 0) return false;
    if ((fn & 1) != 0 || fn == sn) {
      fr = node_hash(c, fr);
      sr = node_hash(c, sr);
      if ((fn & 1) == 0) {
        while (fn != 0 && (fn & 1) == 0) {
          fn >>= 1;
          sn >>= 1;
        }
      }
    } else {
      sr = node_hash(sr, c);
    }
    fn >>= 1;
    sn >>= 1;
  }
  return sn == 0 && fr == root1 && sr == root2;
}

// ---- MerkleLog ----------------------------------------------------------------------------------

MerkleLog MerkleLog::from_leaf_hashes(std::span<const Hash> leaf_hashes) {
  MerkleLog log;
  for (const Hash& h : leaf_hashes) log.append_leaf_hash(h);
  return log;
}

std::uint64_t MerkleLog::append_leaf(std::string_view data) {
  return append_leaf_hash(leaf_hash(data));
}

std::uint64_t MerkleLog::append_leaf_hash(const Hash& leaf) {
  // Strong guarantee: hash and reserve first, then commit with operations that cannot throw.
  std::array<Hash, 64> completed;  // completed[k]: the new complete subtree of height k + 1
  std::size_t n_completed = 0;
  const std::uint64_t index = size();
  Hash carry = leaf;
  for (std::uint64_t pos = index; (pos & 1) != 0; pos >>= 1) {
    carry = node_hash(levels_[n_completed][(pos ^ 1)], carry);
    completed[n_completed++] = carry;
  }
  if (levels_.size() < n_completed + 1) levels_.resize(n_completed + 1);
  for (std::size_t k = 0; k <= n_completed; ++k) reserve_one_more(levels_[k]);
  levels_[0].push_back(leaf);
  for (std::size_t k = 0; k < n_completed; ++k) levels_[k + 1].push_back(completed[k]);
  return index;
}

const Hash& MerkleLog::leaf_hash_at(std::uint64_t index) const {
  if (index >= size()) {
    throw ValidationError("Merkle log: leaf index " + std::to_string(index) +
                          " is out of range for a log of " + std::to_string(size()) + " leaves");
  }
  return levels_[0][index];
}

Hash MerkleLog::subtree_root(std::uint64_t start, std::uint64_t count) const {
  // count = sum of powers of two; the chunks, left to right, are complete aligned subtrees whose
  // roots are cached. MTH folds them right to left: node(c0, node(c1, ... node(cj-1, cj))).
  std::uint64_t end = start + count;
  Hash acc{};
  bool have = false;
  for (int k = 0; k < 64; ++k) {
    if (((count >> k) & 1) == 0) continue;
    end -= std::uint64_t{1} << k;
    const Hash& chunk = levels_[static_cast<std::size_t>(k)][end >> k];
    acc = have ? node_hash(chunk, acc) : chunk;
    have = true;
  }
  return acc;
}

Hash MerkleLog::root_at(std::uint64_t n) const {
  if (n > size()) {
    throw ValidationError("Merkle log: cannot compute the root of the first " + std::to_string(n) +
                          " leaves of a log of " + std::to_string(size()) + " leaves");
  }
  return n == 0 ? empty_root() : subtree_root(0, n);
}

void MerkleLog::append_path(std::vector<Hash>& out, std::uint64_t m, std::uint64_t start,
                            std::uint64_t count) const {
  // PATH(m, D[start:start+count]) of RFC 9162 §2.1.3.1, listed from the leaf upward.
  if (count <= 1) return;
  const std::uint64_t k = split_point(count);
  if (m < k) {
    append_path(out, m, start, k);
    out.push_back(subtree_root(start + k, count - k));
  } else {
    append_path(out, m - k, start + k, count - k);
    out.push_back(subtree_root(start, k));
  }
}

std::vector<Hash> MerkleLog::inclusion_proof(std::uint64_t index, std::uint64_t tree_size) const {
  if (tree_size > size() || index >= tree_size) {
    throw ValidationError("Merkle log: no inclusion proof for leaf index " + std::to_string(index) +
                          " in a tree of " + std::to_string(tree_size) + " leaves (the log has " +
                          std::to_string(size()) + "; need index < tree size <= log size)");
  }
  std::vector<Hash> out;
  out.reserve(static_cast<std::size_t>(std::bit_width(tree_size)));
  append_path(out, index, 0, tree_size);
  return out;
}

void MerkleLog::append_subproof(std::vector<Hash>& out, std::uint64_t m, std::uint64_t start,
                                std::uint64_t count, bool whole) const {
  // SUBPROOF(m, D[start:start+count], b) of RFC 9162 §2.1.4.1.
  if (m == count) {
    if (!whole) out.push_back(subtree_root(start, count));
    return;
  }
  const std::uint64_t k = split_point(count);
  if (m <= k) {
    append_subproof(out, m, start, k, whole);
    out.push_back(subtree_root(start + k, count - k));
  } else {
    append_subproof(out, m - k, start + k, count - k, false);
    out.push_back(subtree_root(start, k));
  }
}

std::vector<Hash> MerkleLog::consistency_proof(std::uint64_t old_size,
                                               std::uint64_t new_size) const {
  if (new_size > size() || old_size > new_size) {
    throw ValidationError("Merkle log: no consistency proof from " + std::to_string(old_size) +
                          " to " + std::to_string(new_size) + " leaves (the log has " +
                          std::to_string(size()) + "; need old size <= new size <= log size)");
  }
  std::vector<Hash> out;
  if (old_size == 0 || old_size == new_size) return out;
  out.reserve(static_cast<std::size_t>(std::bit_width(new_size)) + 1);
  append_subproof(out, old_size, 0, new_size, true);
  return out;
}

// ---- tree heads ---------------------------------------------------------------------------------

void validate_timestamp(std::string_view ts) {
  auto bad = [&](const std::string& why) {
    throw ValidationError("tree head timestamp " + quoted(ts) + ": " + why +
                          " (expected UTC as YYYY-MM-DDThh:mm:ssZ, e.g. 2025-03-04T09:30:00Z)");
  };
  static constexpr std::string_view kPattern = "dddd-dd-ddTdd:dd:ddZ";
  if (ts.size() != kPattern.size()) {
    bad("expected " + std::to_string(kPattern.size()) + " characters, got " +
        std::to_string(ts.size()));
  }
  for (std::size_t i = 0; i < kPattern.size(); ++i) {
    bool ok = kPattern[i] == 'd' ? (ts[i] >= '0' && ts[i] <= '9') : ts[i] == kPattern[i];
    if (!ok) {
      bad("position " + std::to_string(i + 1) + ": expected " +
          (kPattern[i] == 'd' ? std::string("a digit") : "'" + std::string(1, kPattern[i]) + "'"));
    }
  }
  auto num = [&](std::size_t pos, std::size_t len) {
    int v = 0;
    for (std::size_t i = pos; i < pos + len; ++i) v = v * 10 + (ts[i] - '0');
    return v;
  };
  const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
  const int hour = num(11, 2), minute = num(14, 2), second = num(17, 2);
  if (year < 1) bad("year 0000 does not exist");
  if (month < 1 || month > 12) bad("month " + std::to_string(month) + " does not exist");
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  if (day < 1 || day > days) {
    bad("day " + std::to_string(day) + " does not exist in month " + std::to_string(month));
  }
  if (hour > 23 || minute > 59 || second > 59) bad("time of day out of range");
}

std::string TreeHead::encode() const {
  validate_timestamp(timestamp);
  std::string out = "zhifa tree head v1\n";
  out += std::to_string(size);
  out += '\n';
  out += to_hex(root);
  out += '\n';
  out += timestamp;
  out += '\n';
  return out;
}

// ---- keys ---------------------------------------------------------------------------------------

VerifyingKey::VerifyingKey(std::shared_ptr<const detail::KeyHandle> key)
    : key_(std::move(key)), key_id_(key_id_of(*key_)) {}

VerifyingKey VerifyingKey::from_pem(std::string_view pem) {
  return VerifyingKey(detail::ed25519_public_from_pem(pem));
}

VerifyingKey VerifyingKey::from_pem_file(const std::string& path) {
  std::string text = detail::read_file(path);
  try {
    return from_pem(text);
  } catch (const ValidationError& e) {
    throw DataFileError(path + ": " + e.what());
  }
}

std::string VerifyingKey::public_pem() const { return detail::ed25519_public_pem(*key_); }

bool VerifyingKey::verify_head(const SignedTreeHead& sth) const {
  if (sth.key_id != key_id_) return false;
  detail::Ed25519Signature sig{};
  if (!detail::decode_hex(sth.signature, sig, true)) return false;
  std::string message;
  try {
    message = sth.head.encode();
  } catch (const ValidationError&) {
    return false;  // a malformed timestamp was never signed by zhifa
  }
  return detail::ed25519_verify(*key_, message, sig);
}

bool VerifyingKey::verify(std::string_view message, const Signature& signature) const {
  return detail::ed25519_verify(*key_, message, signature);
}

SigningKey::SigningKey(std::shared_ptr<const detail::KeyHandle> key)
    : key_(std::move(key)), verifying_(detail::ed25519_public_of(*key_)) {}

SigningKey SigningKey::generate() { return SigningKey(detail::ed25519_generate()); }

SigningKey SigningKey::from_pem(std::string_view pem) {
  return SigningKey(detail::ed25519_private_from_pem(pem));
}

SigningKey SigningKey::from_pem_file(const std::string& path) {
  std::string text = detail::read_file(path);
  try {
    return from_pem(text);
  } catch (const ValidationError& e) {
    throw DataFileError(path + ": " + e.what());
  }
}

std::string SigningKey::private_pem() const { return detail::ed25519_private_pem(*key_); }

SignedTreeHead SigningKey::sign_head(const TreeHead& head) const {
  const std::string message = head.encode();
  return SignedTreeHead{head, key_id(), detail::encode_hex(detail::ed25519_sign(*key_, message))};
}

Signature SigningKey::sign(std::string_view message) const {
  return detail::ed25519_sign(*key_, message);
}

std::string to_json(const SignedTreeHead& h) {
  return detail::dump_json({{"size", h.head.size},
                            {"root", to_hex(h.head.root)},
                            {"timestamp", h.head.timestamp},
                            {"key_id", h.key_id},
                            {"signature", h.signature}});
}

}  // namespace zhifa

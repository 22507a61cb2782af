// The Merkle log and signed tree heads of the full-process record (执法全过程记录,
// Administrative Penalty Law Art. 47): RFC 9162 §2.1 hashing and proofs checked against the
// RFC 6962 reference vectors, against a naive recursive implementation of the RFC's definitions
// for every size up to 70, and against the golden files in tests/data/merkle/.
#include "zhifa/merkle.hpp"

#include <gtest/gtest.h>

#include <bit>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "test_util.hpp"
#include "zhifa/error.hpp"

using zhifa::Hash;
using zhifa::MerkleLog;
using zhifa::SignedTreeHead;
using zhifa::SigningKey;
using zhifa::TreeHead;
using zhifa::VerifyingKey;
using zhifa::test::error_of;
using zhifa::test::read_source;

namespace {

Hash H(const char* hex) { return zhifa::hash_from_hex(hex); }

std::string bytes_from_hex(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
    out += static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16));
  }
  return out;
}

std::vector<Hash> hashes(std::initializer_list<const char*> hex) {
  std::vector<Hash> out;
  for (const char* h : hex) out.push_back(H(h));
  return out;
}

// ---- RFC 6962 reference vectors ------------------------------------------------------------
// From google/certificate-transparency cpp/merkletree/merkle_tree_test.cc (kInputs,
// kSHA256Roots, kSHA256Paths, kSHA256Proofs, with its 1-based leaf numbers made 0-based) and
// transparency-dev/merkle testonly/constants.go and testonly/reference_test.go.

const char* const kInputs[8] = {"",
                                "00",
                                "10",
                                "2021",
                                "3031",
                                "40414243",
                                "5051525354555657",
                                "606162636465666768696a6b6c6d6e6f"};

const char* const kEmptyRoot = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

const char* const kRoots[8] = {"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                               "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                               "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                               "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                               "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                               "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                               "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                               "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

// The leaf hashes (level 0 of transparency-dev's NodeHashes).
const char* const kLeafHashes[8] = {
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
    "0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
    "07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
    "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    "4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658",
    "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
    "46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"};

struct InclusionVector {
  std::uint64_t index;
  std::uint64_t size;
  std::vector<Hash> path;
};

std::vector<InclusionVector> reference_paths() {
  return {
      {0, 1, {}},
      {0, 2, hashes({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"})},
      {1, 2, hashes({"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"})},
      {2, 3, hashes({"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"})},
      {1, 5,
       hashes({"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
               "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
               "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"})},
      {0, 8,
       hashes({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
               "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
               "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"})},
      {5, 8,
       hashes({"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
               "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
               "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"})},
  };
}

struct ConsistencyVector {
  std::uint64_t size1;
  std::uint64_t size2;
  std::vector<Hash> proof;
};

std::vector<ConsistencyVector> reference_proofs() {
  return {
      {1, 1, {}},
      {1, 8,
       hashes({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
               "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
               "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"})},
      {6, 8,
       hashes({"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
               "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
               "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"})},
      {2, 5,
       hashes({"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
               "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"})},
  };
}

MerkleLog reference_log() {
  MerkleLog log;
  for (const char* input : kInputs) log.append_leaf(bytes_from_hex(input));
  return log;
}

// ---- a naive implementation of the RFC 9162 §2.1 definitions, for cross-checking ----------

using Leaves = std::span<const Hash>;

std::uint64_t split(std::uint64_t n) { return std::bit_floor(n - 1); }

Hash ref_mth(Leaves d) {
  if (d.empty()) return zhifa::empty_root();
  if (d.size() == 1) return d[0];
  auto k = split(d.size());
  return zhifa::node_hash(ref_mth(d.first(k)), ref_mth(d.subspan(k)));
}

std::vector<Hash> ref_path(std::uint64_t m, Leaves d) {
  if (d.size() <= 1) return {};
  auto k = split(d.size());
  std::vector<Hash> out = m < k ? ref_path(m, d.first(k)) : ref_path(m - k, d.subspan(k));
  out.push_back(m < k ? ref_mth(d.subspan(k)) : ref_mth(d.first(k)));
  return out;
}

std::vector<Hash> ref_subproof(std::uint64_t m, Leaves d, bool whole) {
  if (m == d.size()) return whole ? std::vector<Hash>{} : std::vector<Hash>{ref_mth(d)};
  auto k = split(d.size());
  std::vector<Hash> out =
      m <= k ? ref_subproof(m, d.first(k), whole) : ref_subproof(m - k, d.subspan(k), false);
  out.push_back(m <= k ? ref_mth(d.subspan(k)) : ref_mth(d.first(k)));
  return out;
}

// The root that `proof` implies for leaf `index` of a tree of `size`, by recursion over PATH;
// nullopt when the proof has the wrong shape.
std::optional<Hash> ref_root_from_path(std::uint64_t index, std::uint64_t size, const Hash& leaf,
                                       std::span<const Hash> proof) {
  if (size == 1) return proof.empty() ? std::optional<Hash>(leaf) : std::nullopt;
  if (proof.empty()) return std::nullopt;
  auto k = split(size);
  const Hash& last = proof.back();
  auto rest = proof.first(proof.size() - 1);
  if (index < k) {
    auto sub = ref_root_from_path(index, k, leaf, rest);
    return sub ? std::optional<Hash>(zhifa::node_hash(*sub, last)) : std::nullopt;
  }
  auto sub = ref_root_from_path(index - k, size - k, leaf, rest);
  return sub ? std::optional<Hash>(zhifa::node_hash(last, *sub)) : std::nullopt;
}

bool ref_verify_inclusion(const Hash& leaf, std::uint64_t index, std::uint64_t size,
                          std::span<const Hash> proof, const Hash& root) {
  if (index >= size) return false;
  auto r = ref_root_from_path(index, size, leaf, proof);
  return r && *r == root;
}

struct Roots {
  Hash old_root;
  Hash new_root;
  std::span<const Hash> rest;
};

std::optional<Roots> ref_roots_from_subproof(std::uint64_t m, std::uint64_t n, bool whole,
                                             const Hash& root1, std::span<const Hash> proof) {
  if (m == n) {
    if (whole) return Roots{root1, root1, proof};
    if (proof.empty()) return std::nullopt;
    return Roots{proof.back(), proof.back(), proof.first(proof.size() - 1)};
  }
  if (proof.empty()) return std::nullopt;
  auto k = split(n);
  const Hash& last = proof.back();
  auto rest = proof.first(proof.size() - 1);
  if (m <= k) {
    auto sub = ref_roots_from_subproof(m, k, whole, root1, rest);
    if (!sub) return std::nullopt;
    return Roots{sub->old_root, zhifa::node_hash(sub->new_root, last), sub->rest};
  }
  auto sub = ref_roots_from_subproof(m - k, n - k, false, root1, rest);
  if (!sub) return std::nullopt;
  return Roots{zhifa::node_hash(last, sub->old_root), zhifa::node_hash(last, sub->new_root),
               sub->rest};
}

bool ref_verify_consistency(std::uint64_t size1, std::uint64_t size2, const Hash& root1,
                            const Hash& root2, std::span<const Hash> proof) {
  if (size1 > size2) return false;
  if (size1 == 0) {
    return proof.empty() && root1 == zhifa::empty_root() && (size2 > 0 || root2 == root1);
  }
  if (size1 == size2) return proof.empty() && root1 == root2;
  auto r = ref_roots_from_subproof(size1, size2, true, root1, proof);
  return r && r->rest.empty() && r->old_root == root1 && r->new_root == root2;
}

std::vector<Hash> test_leaves(std::size_t n) {
  std::vector<Hash> out;
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(zhifa::leaf_hash("record " + std::to_string(i)));
  return out;
}

// Every proof with one byte changed, and the proof truncated, extended, or with a hash
// prepended: none of these is a valid proof of anything the original proves.
std::vector<std::vector<Hash>> mutations(const std::vector<Hash>& proof, const Hash& root) {
  std::vector<std::vector<Hash>> out;
  for (std::size_t i = 0; i < proof.size(); ++i) {
    for (std::size_t b = 0; b < 32; ++b) {
      auto p = proof;
      p[i][b] ^= static_cast<std::uint8_t>(1u << (b % 8));
      out.push_back(std::move(p));
    }
  }
  if (!proof.empty()) {
    out.emplace_back(proof.begin(), proof.end() - 1);
    out.emplace_back(proof.begin() + 1, proof.end());
  }
  for (const Hash& extra : {Hash{}, root}) {
    auto tail = proof;
    tail.push_back(extra);
    out.push_back(std::move(tail));
    std::vector<Hash> head{extra};
    head.insert(head.end(), proof.begin(), proof.end());
    out.push_back(std::move(head));
  }
  return out;
}

}  // namespace

// ---- hashing --------------------------------------------------------------------------------

TEST(MerkleHash, Sha256MatchesFips180Vectors) {
  EXPECT_EQ(zhifa::to_hex(zhifa::sha256("")), kEmptyRoot);
  EXPECT_EQ(zhifa::to_hex(zhifa::sha256("abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(zhifa::to_hex(zhifa::sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(zhifa::empty_root(), H(kEmptyRoot));
}

TEST(MerkleHash, LeafAndNodeHashesAreDomainSeparated_Rfc9162_2_1_1) {
  // leaf_hash(x) = SHA-256(0x00 || x), node_hash(l, r) = SHA-256(0x01 || l || r).
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(zhifa::to_hex(zhifa::leaf_hash(bytes_from_hex(kInputs[i]))), kLeafHashes[i]);
  }
  EXPECT_EQ(zhifa::leaf_hash(""), zhifa::sha256(std::string(1, '\0')));
  Hash l = H(kLeafHashes[0]), r = H(kLeafHashes[1]);
  std::string concat =
      std::string(1, '\x01') + std::string(l.begin(), l.end()) + std::string(r.begin(), r.end());
  EXPECT_EQ(zhifa::node_hash(l, r), zhifa::sha256(concat));
  EXPECT_EQ(zhifa::node_hash(l, r), H(kRoots[1]));
  EXPECT_NE(zhifa::node_hash(l, r), zhifa::node_hash(r, l));
}

TEST(MerkleHash, HexRoundTripAndRefusals) {
  Hash h = H(kRoots[7]);
  EXPECT_EQ(zhifa::to_hex(h), kRoots[7]);
  EXPECT_EQ(
      zhifa::hash_from_hex("5DC9DA79A70659A9AD559CB701DED9A2AB9D823AAD2F4960CFE370EFF4604328"), h);
  EXPECT_EQ(error_of([] { zhifa::hash_from_hex("abc"); }),
            "hash 'abc': expected 64 hex digits, got 3 characters");
  std::string bad = std::string(kRoots[0]);
  bad[10] = 'g';
  EXPECT_EQ(error_of([&] { zhifa::hash_from_hex(bad); }),
            "hash '" + bad + "': position 11: 'g' is not a hex digit");
  EXPECT_THROW(zhifa::hash_from_hex(""), zhifa::ValidationError);
  EXPECT_THROW(zhifa::hash_from_hex(std::string(kRoots[0]) + "00"), zhifa::ValidationError);
}

// ---- roots and proofs against the RFC 6962 reference vectors ----------------------------------

TEST(MerkleLog, ReferenceRootsForEverySize) {
  MerkleLog log;
  EXPECT_EQ(log.size(), 0u);
  EXPECT_EQ(zhifa::to_hex(log.root()), kEmptyRoot);
  std::vector<Hash> leaves;
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(log.append_leaf(bytes_from_hex(kInputs[i])), static_cast<std::uint64_t>(i));
    leaves.push_back(log.leaf_hash_at(i));
    EXPECT_EQ(log.size(), static_cast<std::uint64_t>(i + 1));
    EXPECT_EQ(zhifa::to_hex(log.root()), kRoots[i]);
    EXPECT_EQ(zhifa::to_hex(zhifa::root_of(leaves)), kRoots[i]);
    EXPECT_EQ(zhifa::to_hex(log.root_at(0)), kEmptyRoot);
    for (int j = 0; j <= i; ++j) EXPECT_EQ(zhifa::to_hex(log.root_at(j + 1)), kRoots[j]);
  }
  EXPECT_EQ(zhifa::to_hex(zhifa::root_of({})), kEmptyRoot);
  EXPECT_EQ(MerkleLog::from_leaf_hashes(leaves).root(), H(kRoots[7]));
}

TEST(MerkleLog, ReferenceInclusionPaths) {
  MerkleLog log = reference_log();
  for (const auto& v : reference_paths()) {
    EXPECT_EQ(log.inclusion_proof(v.index, v.size), v.path) << v.index << " in " << v.size;
    EXPECT_TRUE(zhifa::verify_inclusion(log.leaf_hash_at(v.index), v.index, v.size, v.path,
                                        H(kRoots[v.size - 1])))
        << v.index << " in " << v.size;
  }
}

TEST(MerkleLog, ReferenceConsistencyProofs) {
  MerkleLog log = reference_log();
  for (const auto& v : reference_proofs()) {
    EXPECT_EQ(log.consistency_proof(v.size1, v.size2), v.proof) << v.size1 << " to " << v.size2;
    EXPECT_TRUE(zhifa::verify_consistency(v.size1, v.size2, H(kRoots[v.size1 - 1]),
                                          H(kRoots[v.size2 - 1]), v.proof))
        << v.size1 << " to " << v.size2;
  }
}

TEST(MerkleLog, OutOfRangeArgumentsNameTheValues) {
  MerkleLog log = reference_log();
  EXPECT_EQ(error_of([&] { log.root_at(9); }),
            "Merkle log: cannot compute the root of the first 9 leaves of a log of 8 leaves");
  EXPECT_EQ(error_of([&] { log.inclusion_proof(8, 8); }),
            "Merkle log: no inclusion proof for leaf index 8 in a tree of 8 leaves (the log has 8; "
            "need index < tree size <= log size)");
  EXPECT_THROW(log.inclusion_proof(0, 9), zhifa::ValidationError);
  EXPECT_THROW(log.inclusion_proof(0, 0), zhifa::ValidationError);
  EXPECT_EQ(error_of([&] { log.consistency_proof(5, 4); }),
            "Merkle log: no consistency proof from 5 to 4 leaves (the log has 8; need old size <= "
            "new size <= log size)");
  EXPECT_THROW(log.consistency_proof(1, 9), zhifa::ValidationError);
  EXPECT_THROW(log.leaf_hash_at(8), zhifa::ValidationError);
  EXPECT_TRUE(log.consistency_proof(0, 8).empty());
  EXPECT_TRUE(log.consistency_proof(8, 8).empty());
  EXPECT_TRUE(MerkleLog().consistency_proof(0, 0).empty());
}

TEST(MerkleVerify, EdgeCasesNeverThrowAndFailClosed) {
  Hash root = H(kRoots[7]), leaf = H(kLeafHashes[0]), empty = H(kEmptyRoot);
  std::vector<Hash> none;
  // Inclusion: index >= size, empty tree.
  EXPECT_FALSE(zhifa::verify_inclusion(leaf, 0, 0, none, empty));
  EXPECT_FALSE(zhifa::verify_inclusion(leaf, 1, 1, none, leaf));
  EXPECT_FALSE(zhifa::verify_inclusion(leaf, UINT64_MAX, UINT64_MAX, none, root));
  EXPECT_TRUE(zhifa::verify_inclusion(leaf, 0, 1, none, leaf));
  EXPECT_FALSE(zhifa::verify_inclusion(leaf, 0, 1, none, root));
  // A huge proof is rejected by its length, whatever it holds.
  std::vector<Hash> huge(100000, leaf);
  EXPECT_FALSE(zhifa::verify_inclusion(leaf, 0, 8, huge, root));
  EXPECT_FALSE(zhifa::verify_inclusion(leaf, 5, UINT64_MAX, huge, root));
  // Consistency: sizes going back, equal sizes, the empty tree.
  EXPECT_TRUE(zhifa::verify_consistency(0, 0, empty, empty, none));
  EXPECT_TRUE(zhifa::verify_consistency(0, 8, empty, root, none));
  EXPECT_FALSE(zhifa::verify_consistency(0, 8, root, root, none));  // root1 must be the empty root
  EXPECT_FALSE(zhifa::verify_consistency(0, 8, empty, root, {&root, 1}));
  EXPECT_TRUE(zhifa::verify_consistency(8, 8, root, root, none));
  EXPECT_FALSE(zhifa::verify_consistency(8, 8, root, empty, none));
  EXPECT_FALSE(zhifa::verify_consistency(8, 8, root, root, {&root, 1}));
  EXPECT_FALSE(zhifa::verify_consistency(2, 1, root, root, none));
  EXPECT_FALSE(zhifa::verify_consistency(1, 2, leaf, root, none));  // empty proof
  EXPECT_FALSE(zhifa::verify_consistency(3, UINT64_MAX, root, root, huge));
  EXPECT_FALSE(zhifa::verify_consistency(UINT64_MAX - 1, UINT64_MAX, root, root, huge));
}

namespace {
// Proof lengths by recursion over PATH and SUBPROOF, for trees far too large to build.
std::size_t ref_path_length(std::uint64_t index, std::uint64_t size) {
  if (size <= 1) return 0;
  auto k = split(size);
  return 1 + (index < k ? ref_path_length(index, k) : ref_path_length(index - k, size - k));
}
std::size_t ref_subproof_length(std::uint64_t m, std::uint64_t n, bool whole) {
  if (m == n) return whole ? 0 : 1;
  auto k = split(n);
  return 1 + (m <= k ? ref_subproof_length(m, k, whole) : ref_subproof_length(m - k, n - k, false));
}
std::vector<Hash> some_hashes(std::size_t n) {
  std::vector<Hash> out;
  for (std::size_t i = 0; i < n; ++i) out.push_back(zhifa::sha256(std::to_string(i)));
  return out;
}
}  // namespace

TEST(MerkleVerify, TreesOfUpTo2To64LeavesVerifyWithoutOverflow) {
  // Proofs with arbitrary hashes, their roots computed by the recursive reference: the bit
  // arithmetic of RFC 9162 §2.1.3.2 / §2.1.4.2 must agree at the edges of uint64.
  const std::uint64_t top = std::uint64_t{1} << 63;
  const Hash leaf = zhifa::leaf_hash("entry");
  for (auto [index, size] :
       std::vector<std::pair<std::uint64_t, std::uint64_t>>{{5, UINT64_MAX},
                                                            {UINT64_MAX - 1, UINT64_MAX},
                                                            {0, top + 1},
                                                            {top, top + 1},
                                                            {top - 1, top},
                                                            {12345678901, 98765432109}}) {
    auto proof = some_hashes(ref_path_length(index, size));
    auto root = ref_root_from_path(index, size, leaf, proof);
    ASSERT_TRUE(root.has_value());
    EXPECT_TRUE(zhifa::verify_inclusion(leaf, index, size, proof, *root)) << index << "/" << size;
    proof.back()[0] ^= 1;
    EXPECT_FALSE(zhifa::verify_inclusion(leaf, index, size, proof, *root)) << index << "/" << size;
    proof.pop_back();
    EXPECT_FALSE(zhifa::verify_inclusion(leaf, index, size, proof, *root)) << index << "/" << size;
  }
  for (auto [size1, size2] :
       std::vector<std::pair<std::uint64_t, std::uint64_t>>{{3, UINT64_MAX},
                                                            {top, top + 1},
                                                            {UINT64_MAX - 1, UINT64_MAX},
                                                            {top / 2 + 5, top + 7},
                                                            {1, UINT64_MAX},
                                                            {top - 1, UINT64_MAX}}) {
    auto proof = some_hashes(ref_subproof_length(size1, size2, true));
    const Hash seed = zhifa::sha256("old root");
    auto roots = ref_roots_from_subproof(size1, size2, true, seed, proof);
    ASSERT_TRUE(roots.has_value());
    EXPECT_TRUE(zhifa::verify_consistency(size1, size2, roots->old_root, roots->new_root, proof))
        << size1 << " to " << size2;
    proof.front()[0] ^= 1;
    EXPECT_FALSE(zhifa::verify_consistency(size1, size2, roots->old_root, roots->new_root, proof))
        << size1 << " to " << size2;
  }
}

// ---- properties for every size up to 70 -------------------------------------------------------

TEST(MerkleProperty, InclusionProofsMatchTheRfcAndEveryMutationFails) {
  const std::vector<Hash> leaves = test_leaves(70);
  MerkleLog log = MerkleLog::from_leaf_hashes(leaves);
  for (std::uint64_t n = 1; n <= leaves.size(); ++n) {
    Leaves d(leaves.data(), n);
    const Hash root = log.root_at(n);
    ASSERT_EQ(root, ref_mth(d)) << n;
    ASSERT_EQ(root, zhifa::root_of(d)) << n;
    for (std::uint64_t i = 0; i < n; ++i) {
      const auto proof = log.inclusion_proof(i, n);
      ASSERT_EQ(proof, ref_path(i, d)) << i << " in " << n;
      ASSERT_TRUE(zhifa::verify_inclusion(leaves[i], i, n, proof, root)) << i << " in " << n;
      for (const auto& bad : mutations(proof, root)) {
        EXPECT_FALSE(zhifa::verify_inclusion(leaves[i], i, n, bad, root)) << i << " in " << n;
      }
      for (std::uint64_t j = 0; j <= n + 1; ++j) {
        if (j != i) {
          EXPECT_FALSE(zhifa::verify_inclusion(leaves[i], j, n, proof, root)) << j;
        }
      }
      // A wrong size fails unless the tree shapes coincide along the path (possible: the proof
      // of leaf 0 of 5 leaves also fits 6 leaves), where the root still has to match; the size
      // and root of a check come from the same signed tree head.
      for (std::uint64_t m : {n - 1, n + 1, n + 2, n / 2, 2 * n}) {
        if (m == n) continue;
        EXPECT_EQ(zhifa::verify_inclusion(leaves[i], i, m, proof, root),
                  ref_verify_inclusion(leaves[i], i, m, proof, root))
            << i << " in " << n << " as " << m;
      }
      EXPECT_FALSE(zhifa::verify_inclusion(leaves[i], i, 2 * n, proof, root));
      EXPECT_FALSE(zhifa::verify_inclusion(leaves[i], i, n, proof, zhifa::leaf_hash("x")));
      EXPECT_FALSE(zhifa::verify_inclusion(zhifa::leaf_hash("x"), i, n, proof, root));
      if (n > 1) {
        EXPECT_FALSE(zhifa::verify_inclusion(leaves[i], i, n, proof, log.root_at(n - 1)));
      }
    }
  }
}

TEST(MerkleProperty, ConsistencyProofsMatchTheRfcAndEveryMutationFails) {
  const std::vector<Hash> leaves = test_leaves(70);
  MerkleLog log = MerkleLog::from_leaf_hashes(leaves);
  for (std::uint64_t n = 1; n <= leaves.size(); ++n) {
    const Hash root2 = log.root_at(n);
    for (std::uint64_t m = 0; m <= n; ++m) {
      const Hash root1 = log.root_at(m);
      const auto proof = log.consistency_proof(m, n);
      if (m > 0 && m < n) {
        ASSERT_EQ(proof, ref_subproof(m, Leaves(leaves.data(), n), true)) << m << " to " << n;
      } else {
        ASSERT_TRUE(proof.empty());
      }
      ASSERT_TRUE(zhifa::verify_consistency(m, n, root1, root2, proof)) << m << " to " << n;
      for (const auto& bad : mutations(proof, root2)) {
        EXPECT_FALSE(zhifa::verify_consistency(m, n, root1, root2, bad)) << m << " to " << n;
      }
      if (m == 0) continue;  // every tree extends the empty one: nothing else to break
      Hash wrong = zhifa::leaf_hash("x");
      EXPECT_FALSE(zhifa::verify_consistency(m, n, wrong, root2, proof));
      EXPECT_FALSE(zhifa::verify_consistency(m, n, root1, wrong, proof));
      if (m < n) {
        EXPECT_FALSE(zhifa::verify_consistency(m, n, root2, root1, proof));
        EXPECT_FALSE(zhifa::verify_consistency(m, n, root1, root2, {}));
      }
      for (std::uint64_t m2 : {m - 1, m + 1, m ^ 2, n + 1}) {
        EXPECT_EQ(zhifa::verify_consistency(m2, n, root1, root2, proof),
                  ref_verify_consistency(m2, n, root1, root2, proof))
            << m << "->" << m2 << " to " << n;
      }
      for (std::uint64_t n2 : {n - 1, n + 1, n / 2, 2 * n}) {
        EXPECT_EQ(zhifa::verify_consistency(m, n2, root1, root2, proof),
                  ref_verify_consistency(m, n2, root1, root2, proof))
            << m << " to " << n << "->" << n2;
      }
      if (m < n) {
        EXPECT_FALSE(zhifa::verify_consistency(m, 2 * n, root1, root2, proof));
      }
    }
  }
}

TEST(MerkleLog, AppendsNeverChangeEarlierRootsOrProofs) {
  MerkleLog log;
  std::vector<Hash> roots{log.root()};
  for (int i = 0; i < 300; ++i) {
    log.append_leaf("entry " + std::to_string(i));
    roots.push_back(log.root());
  }
  for (std::uint64_t n = 0; n < roots.size(); ++n) ASSERT_EQ(log.root_at(n), roots[n]) << n;
  MerkleLog copy = log;
  copy.append_leaf("one more");
  EXPECT_EQ(log.size(), 300u);
  EXPECT_EQ(copy.root_at(300), log.root());
  EXPECT_TRUE(zhifa::verify_consistency(300, 301, log.root(), copy.root(),
                                        copy.consistency_proof(300, 301)));
}

// ---- golden files (tests/data/merkle, written by tests/data/merkle/generate.py) ---------------

namespace {
nlohmann::json golden(const std::string& name) {
  return nlohmann::json::parse(read_source("tests/data/merkle/" + name));
}
std::vector<Hash> hash_list(const nlohmann::json& j) {
  std::vector<Hash> out;
  for (const auto& h : j) out.push_back(zhifa::hash_from_hex(h.get<std::string>()));
  return out;
}
}  // namespace

TEST(MerkleGolden, TreeRoots) {
  auto doc = golden("tree.json");
  ASSERT_EQ(doc["format"], "zhifa-merkle-tree");
  MerkleLog log;
  for (const auto& leaf : doc["leaves"]) log.append_leaf(bytes_from_hex(leaf.get<std::string>()));
  auto leaf_hashes = hash_list(doc["leaf_hashes"]);
  ASSERT_EQ(leaf_hashes.size(), log.size());
  for (std::uint64_t i = 0; i < log.size(); ++i) EXPECT_EQ(log.leaf_hash_at(i), leaf_hashes[i]);
  ASSERT_EQ(doc["roots"].size(), log.size() + 1);
  for (const auto& r : doc["roots"]) {
    auto n = r["tree_size"].get<std::uint64_t>();
    EXPECT_EQ(zhifa::to_hex(log.root_at(n)), r["root"]) << n;
    EXPECT_EQ(zhifa::to_hex(zhifa::root_of(Leaves(leaf_hashes.data(), n))), r["root"]) << n;
  }
}

TEST(MerkleGolden, InclusionProofs) {
  auto tree = golden("tree.json");
  MerkleLog log = MerkleLog::from_leaf_hashes(hash_list(tree["leaf_hashes"]));
  auto doc = golden("inclusion.json");
  ASSERT_EQ(doc["format"], "zhifa-merkle-inclusion");
  int valid = 0, invalid = 0;
  for (const auto& c : doc["cases"]) {
    auto index = c["leaf_index"].get<std::uint64_t>();
    auto size = c["tree_size"].get<std::uint64_t>();
    auto proof = hash_list(c["proof"]);
    bool expect = c["expect"].get<bool>();
    EXPECT_EQ(zhifa::verify_inclusion(H(c["leaf_hash"].get<std::string>().c_str()), index, size,
                                      proof, H(c["root"].get<std::string>().c_str())),
              expect)
        << c.dump();
    if (expect) {
      EXPECT_EQ(log.inclusion_proof(index, size), proof) << c.dump();
      ++valid;
    } else {
      ++invalid;
    }
  }
  EXPECT_GT(valid, 40);
  EXPECT_GT(invalid, 300);
}

TEST(MerkleGolden, ConsistencyProofs) {
  auto tree = golden("tree.json");
  MerkleLog log = MerkleLog::from_leaf_hashes(hash_list(tree["leaf_hashes"]));
  auto doc = golden("consistency.json");
  ASSERT_EQ(doc["format"], "zhifa-merkle-consistency");
  int valid = 0, invalid = 0;
  for (const auto& c : doc["cases"]) {
    auto size1 = c["size1"].get<std::uint64_t>();
    auto size2 = c["size2"].get<std::uint64_t>();
    auto proof = hash_list(c["proof"]);
    bool expect = c["expect"].get<bool>();
    EXPECT_EQ(zhifa::verify_consistency(size1, size2, H(c["root1"].get<std::string>().c_str()),
                                        H(c["root2"].get<std::string>().c_str()), proof),
              expect)
        << c.dump();
    if (expect) {
      EXPECT_EQ(log.consistency_proof(size1, size2), proof) << c.dump();
      ++valid;
    } else {
      ++invalid;
    }
  }
  EXPECT_GT(valid, 50);
  EXPECT_GT(invalid, 300);
}

// ---- tree heads -------------------------------------------------------------------------------

TEST(TreeHead, TimestampIsUtcToTheSecond) {
  for (const char* ok : {"2025-03-04T09:30:00Z", "2024-02-29T23:59:59Z", "0001-01-01T00:00:00Z",
                         "2000-02-29T12:00:00Z", "9999-12-31T23:59:59Z"}) {
    EXPECT_NO_THROW(zhifa::validate_timestamp(ok)) << ok;
  }
  struct Case {
    const char* text;
    const char* why;
  };
  for (const Case& c : {Case{"", "expected 20 characters, got 0"},
                        Case{"2025-03-04T09:30:00+08:00", "expected 20 characters"},
                        Case{"2025-03-04 09:30:00Z", "position 11: expected 'T'"},
                        Case{"2025-03-04T09:30:00z", "position 20: expected 'Z'"},
                        Case{"2025-3-04T09:30:00ZZ", "position 7: expected a digit"},
                        Case{"2025-13-04T09:30:00Z", "month 13 does not exist"},
                        Case{"2025-02-29T09:30:00Z", "day 29 does not exist in month 2"},
                        Case{"1900-02-29T09:30:00Z", "day 29 does not exist in month 2"},
                        Case{"2025-04-31T09:30:00Z", "day 31 does not exist in month 4"},
                        Case{"2025-04-00T09:30:00Z", "day 0 does not exist"},
                        Case{"0000-01-01T00:00:00Z", "year 0000"},
                        Case{"2025-03-04T24:00:00Z", "time of day out of range"},
                        Case{"2025-03-04T23:59:60Z", "time of day out of range"}}) {
    std::string message = error_of([&] { zhifa::validate_timestamp(c.text); });
    EXPECT_NE(message.find(c.why), std::string::npos) << c.text << ": " << message;
    EXPECT_NE(message.find(std::string("'") + c.text + "'"), std::string::npos) << message;
    EXPECT_THROW(zhifa::validate_timestamp(c.text), zhifa::ValidationError);
  }
}

TEST(TreeHead, CanonicalEncodingV1) {
  TreeHead head{8, H(kRoots[7]), "2025-03-04T09:30:00Z"};
  EXPECT_EQ(head.encode(),
            "zhifa tree head v1\n8\n"
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328\n"
            "2025-03-04T09:30:00Z\n");
  EXPECT_EQ((TreeHead{0, zhifa::empty_root(), "2025-03-04T09:30:00Z"}.encode()),
            std::string("zhifa tree head v1\n0\n") + kEmptyRoot + "\n2025-03-04T09:30:00Z\n");
  EXPECT_EQ((TreeHead{UINT64_MAX, {}, "2025-03-04T09:30:00Z"}.encode().substr(19, 21)),
            "18446744073709551615\n");
  EXPECT_THROW((TreeHead{8, {}, "2025-03-04"}.encode()), zhifa::ValidationError);
}

// ---- Ed25519 signing keys ---------------------------------------------------------------------

TEST(SignedTreeHead, SignVerifyAndEveryChangedFieldFails) {
  SigningKey key = SigningKey::generate();
  SigningKey other = SigningKey::generate();
  EXPECT_NE(key.key_id(), other.key_id());
  EXPECT_EQ(key.key_id().size(), 16u);
  TreeHead head{8, H(kRoots[7]), "2025-03-04T09:30:00Z"};
  SignedTreeHead sth = key.sign_head(head);
  EXPECT_EQ(sth.head, head);
  EXPECT_EQ(sth.key_id, key.key_id());
  EXPECT_EQ(sth.signature.size(), 128u);
  EXPECT_EQ(key.sign_head(head), sth) << "Ed25519 is deterministic";
  EXPECT_TRUE(key.verifying_key().verify_head(sth));
  EXPECT_FALSE(other.verifying_key().verify_head(sth));

  auto changed = [&](auto&& change) {
    SignedTreeHead s = sth;
    change(s);
    return key.verifying_key().verify_head(s);
  };
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.head.size = 9; }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.head.size = 7; }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.head.root[31] ^= 1; }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.head.timestamp = "2025-03-04T09:30:01Z"; }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.head.timestamp = "2025-03-04T09:30:00"; }));
  EXPECT_FALSE(changed([&](SignedTreeHead& s) { s.key_id = other.key_id(); }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.key_id.clear(); }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.signature.clear(); }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.signature.pop_back(); }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.signature += "00"; }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.signature[0] = 'g'; }));
  EXPECT_FALSE(changed([](SignedTreeHead& s) { s.signature = std::string(128, '0'); }));
  for (std::size_t i = 0; i < sth.signature.size(); ++i) {
    EXPECT_FALSE(changed([i](SignedTreeHead& s) {
      s.signature[i] = s.signature[i] == '0' ? '1' : '0';
    })) << i;
  }
  // The other key's signature under our key id.
  SignedTreeHead forged = other.sign_head(head);
  forged.key_id = key.key_id();
  EXPECT_FALSE(key.verifying_key().verify_head(forged));
  EXPECT_THROW(key.sign_head(TreeHead{8, {}, "yesterday"}), zhifa::ValidationError);
}

TEST(SigningKey, PemRoundTripKeepsTheKey) {
  SigningKey key = SigningKey::generate();
  std::string pem = key.private_pem();
  EXPECT_EQ(pem.rfind("-----BEGIN PRIVATE KEY-----\n", 0), 0u) << pem;
  SigningKey again = SigningKey::from_pem(pem);
  EXPECT_EQ(again.key_id(), key.key_id());
  EXPECT_EQ(again.private_pem(), pem);
  EXPECT_EQ(again.public_pem(), key.public_pem());
  TreeHead head{3, H(kRoots[2]), "2025-03-04T09:30:00Z"};
  EXPECT_EQ(again.sign_head(head), key.sign_head(head));

  std::string pub = key.public_pem();
  EXPECT_EQ(pub.rfind("-----BEGIN PUBLIC KEY-----\n", 0), 0u) << pub;
  VerifyingKey vk = VerifyingKey::from_pem(pub);
  EXPECT_EQ(vk.key_id(), key.key_id());
  EXPECT_EQ(vk.public_pem(), pub);
  EXPECT_TRUE(vk.verify_head(key.sign_head(head)));
  EXPECT_EQ(key.verifying_key().public_pem(), pub);

  SigningKey copy = key;  // copies share the key
  EXPECT_EQ(copy.sign_head(head), key.sign_head(head));
}

TEST(SigningKey, FixedTestKeyGivesTheGoldenSignature) {
  const std::string dir = std::string(ZHIFA_SOURCE_DIR) + "/tests/data/merkle/";
  auto doc = golden("signed_head.json");
  ASSERT_EQ(doc["format"], "zhifa-merkle-signed-heads");
  SigningKey key = SigningKey::from_pem_file(dir + doc["key_file"].get<std::string>());
  VerifyingKey vk = VerifyingKey::from_pem_file(dir + "test_verifying_key.pem");
  EXPECT_EQ(key.key_id(), doc["key_id"]);
  EXPECT_EQ(vk.key_id(), doc["key_id"]);
  EXPECT_EQ(key.public_pem(), doc["public_pem"]);
  EXPECT_EQ(VerifyingKey::from_pem(doc["public_pem"].get<std::string>()).key_id(), doc["key_id"]);

  // The first case is pinned byte for byte: encoding and signature.
  const auto& first = doc["cases"][0];
  TreeHead head{first["size"].get<std::uint64_t>(), H(first["root"].get<std::string>().c_str()),
                first["timestamp"].get<std::string>()};
  EXPECT_EQ(head.encode(), doc["encoding_of_first"]);
  SignedTreeHead sth = key.sign_head(head);
  EXPECT_EQ(sth.signature, first["signature"]);
  EXPECT_EQ(sth.key_id, first["key_id"]);

  int checked = 0;
  for (const auto& c : doc["cases"]) {
    SignedTreeHead s{
        TreeHead{c["size"].get<std::uint64_t>(), H(c["root"].get<std::string>().c_str()),
                 c["timestamp"].get<std::string>()},
        c["key_id"].get<std::string>(), c["signature"].get<std::string>()};
    EXPECT_EQ(vk.verify_head(s), c["expect"].get<bool>()) << c["desc"];
    EXPECT_EQ(key.verifying_key().verify_head(s), c["expect"].get<bool>()) << c["desc"];
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

TEST(SigningKey, RefusesWhatIsNotAnEd25519Key) {
  // An Ed448 key, and the test key encrypted with a passphrase (made with `openssl genpkey
  // -algorithm ed448` and `openssl pkey -aes256`): both refused, never a passphrase prompt.
  const char* ed448 =
      "-----BEGIN PRIVATE KEY-----\n"
      "MEcCAQAwBQYDK2VxBDsEOTlFViSoZ9Tz1Wb3neU7kQQ2/p79NPb3IQ74b5tLbxQ2\n"
      "KHi9kHy3ouJOVEqD/oSFGDHHO3me56zl3A==\n"
      "-----END PRIVATE KEY-----\n";
  const char* encrypted =
      "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
      "MIGbMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhr7Tnk7D9DFgICCAAw\n"
      "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEMWOm+pVMks4a+DNLNoixlIEQKx9\n"
      "ESARpDB+HdMmgmHRE2Vxn6dYImyPLRPbZ7bwMwS5Nbz55fQe6eiN4f7K94+MetzJ\n"
      "ZZwKfMkYGHpJu+dG1Gk=\n"
      "-----END ENCRYPTED PRIVATE KEY-----\n";
  EXPECT_NE(error_of([&] { SigningKey::from_pem(ed448); }).find("not an Ed25519 key (found ED448)"),
            std::string::npos)
      << error_of([&] { SigningKey::from_pem(ed448); });
  EXPECT_NE(error_of([&] {
              SigningKey::from_pem(encrypted);
            }).find("not an unencrypted PEM \"PRIVATE KEY\""),
            std::string::npos);
  EXPECT_THROW(SigningKey::from_pem(""), zhifa::ValidationError);
  EXPECT_THROW(
      SigningKey::from_pem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"),
      zhifa::ValidationError);
  EXPECT_THROW(SigningKey::from_pem(std::string(1000, '\xff')), zhifa::ValidationError);
  SigningKey key = SigningKey::generate();
  EXPECT_THROW(SigningKey::from_pem(key.public_pem()), zhifa::ValidationError);
  EXPECT_THROW(VerifyingKey::from_pem(key.private_pem()), zhifa::ValidationError);
  EXPECT_THROW(VerifyingKey::from_pem("not a key"), zhifa::ValidationError);
  EXPECT_NE(error_of([] {
              VerifyingKey::from_pem("not a key");
            }).find("Ed25519 public key: not a PEM \"PUBLIC KEY\""),
            std::string::npos);

  const std::string missing = "/nonexistent/zhifa-key.pem";
  EXPECT_THROW(SigningKey::from_pem_file(missing), zhifa::DataFileError);
  EXPECT_NE(error_of([&] { VerifyingKey::from_pem_file(missing); }).find(missing),
            std::string::npos);
  const std::string not_a_key = std::string(ZHIFA_SOURCE_DIR) + "/tests/data/merkle/tree.json";
  EXPECT_THROW(SigningKey::from_pem_file(not_a_key), zhifa::DataFileError);
  EXPECT_NE(error_of([&] { VerifyingKey::from_pem_file(not_a_key); }).find("tree.json: Ed25519"),
            std::string::npos);
  // Nothing of these failures stays behind to spoil the next operation.
  TreeHead head{1, H(kRoots[0]), "2025-03-04T09:30:00Z"};
  EXPECT_TRUE(key.verifying_key().verify_head(key.sign_head(head)));
}

TEST(SigningKey, SharedAcrossThreads) {
  const SigningKey key = SigningKey::generate();
  const VerifyingKey vk = key.verifying_key();
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        TreeHead head{static_cast<std::uint64_t>(t * 100 + i), zhifa::sha256(std::to_string(i)),
                      "2025-03-04T09:30:00Z"};
        SignedTreeHead sth = key.sign_head(head);
        sth.head.size += vk.verify_head(sth) ? 0 : 1000000;
        if (vk.verify_head(sth) && !vk.verify_head(SignedTreeHead{head, sth.key_id, ""})) ++ok[t];
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 50) << t;
}

// zhifa/merkle.hpp for Python. Hashes are `bytes` of length 32 in and out (to_hex and
// hash_from_hex convert); proofs are lists of such bytes.
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>

#include "bindings.hpp"
#include "hash_bytes.hpp"
#include "zhifa/error.hpp"
#include "zhifa/hash.hpp"
#include "zhifa/merkle.hpp"

namespace py = pybind11;

namespace zhifa::python {
namespace {

// nullopt unless exactly 32 bytes.
std::optional<Hash> maybe_hash(const py::bytes& b) {
  std::string_view v = b;
  if (v.size() != Hash{}.size()) return std::nullopt;
  Hash h{};
  std::copy(v.begin(), v.end(), h.begin());
  return h;
}

Hash hash_arg(const py::bytes& b, const char* what) {
  if (auto h = maybe_hash(b)) return *h;
  throw ValidationError(std::string(what) + ": a SHA-256 hash is 32 bytes, got " +
                        std::to_string(std::string_view(b).size()));
}

std::optional<std::vector<Hash>> maybe_hashes(const std::vector<py::bytes>& list) {
  std::vector<Hash> out;
  out.reserve(list.size());
  for (const py::bytes& b : list) {
    auto h = maybe_hash(b);
    if (!h) return std::nullopt;
    out.push_back(*h);
  }
  return out;
}

}  // namespace

void bind_merkle(py::module_& m) {
  m.def(
      "sha256", [](const py::bytes& data) { return to_bytes(sha256(std::string_view(data))); },
      py::arg("data"), "SHA-256 of data (32 bytes).");
  m.def(
      "to_hex", [](const py::bytes& hash) { return to_hex(hash_arg(hash, "to_hex")); },
      py::arg("hash"), "The 32-byte hash as 64 lowercase hex digits.");
  m.def(
      "hash_from_hex", [](std::string_view hex) { return to_bytes(hash_from_hex(hex)); },
      py::arg("hex"),
      "The hash written as 64 hex digits, as 32 bytes. Raises zhifa.ValidationError naming the "
      "text and why.");
  m.def(
      "empty_root", [] { return to_bytes(empty_root()); },
      "Root of the empty tree: SHA-256 of b'' (RFC 9162 §2.1.1).");
  m.def(
      "leaf_hash",
      [](const py::bytes& data) { return to_bytes(leaf_hash(std::string_view(data))); },
      py::arg("data"), "SHA-256(0x00 || data): the hash of a log entry (RFC 9162 §2.1.1).");
  m.def(
      "node_hash",
      [](const py::bytes& left, const py::bytes& right) {
        return to_bytes(
            node_hash(hash_arg(left, "node_hash left"), hash_arg(right, "node_hash right")));
      },
      py::arg("left"), py::arg("right"),
      "SHA-256(0x01 || left || right): an interior node (RFC 9162 §2.1.1).");
  m.def(
      "root_of",
      [](const std::vector<py::bytes>& leaf_hashes) {
        std::vector<Hash> hashes;
        hashes.reserve(leaf_hashes.size());
        for (const auto& b : leaf_hashes) hashes.push_back(hash_arg(b, "root_of"));
        return to_bytes(root_of(hashes));
      },
      py::arg("leaf_hashes"), "The Merkle Tree Hash of these leaf hashes (RFC 9162 §2.1.1).");
  m.def(
      "verify_inclusion",
      [](const py::bytes& leaf, std::uint64_t index, std::uint64_t tree_size,
         const std::vector<py::bytes>& proof, const py::bytes& root) {
        auto l = maybe_hash(leaf);
        auto r = maybe_hash(root);
        auto p = maybe_hashes(proof);
        return l && r && p && verify_inclusion(*l, index, tree_size, *p, *r);
      },
      py::arg("leaf_hash"), py::arg("index"), py::arg("tree_size"), py::arg("proof"),
      py::arg("root"),
      "RFC 9162 §2.1.3.2: is leaf_hash at index in the tree of tree_size leaves with this root? "
      "False (never an exception) for any mismatch, a wrong proof length or a hash that is not "
      "32 bytes.");
  m.def(
      "verify_consistency",
      [](std::uint64_t size1, std::uint64_t size2, const py::bytes& root1, const py::bytes& root2,
         const std::vector<py::bytes>& proof) {
        auto r1 = maybe_hash(root1);
        auto r2 = maybe_hash(root2);
        auto p = maybe_hashes(proof);
        return r1 && r2 && p && verify_consistency(size1, size2, *r1, *r2, *p);
      },
      py::arg("size1"), py::arg("size2"), py::arg("root1"), py::arg("root2"), py::arg("proof"),
      "RFC 9162 §2.1.4.2: is the tree (size1, root1) a prefix of the tree (size2, root2)? False "
      "(never an exception) for any mismatch.");

  py::class_<MerkleLog>(
      m, "MerkleLog",
      "An append-only Merkle log (RFC 9162 §2.1) of the full-process record (执法全过程记录, "
      "Administrative Penalty Law Art. 47). Roots and proofs cost O(log n) hashes.")
      .def(py::init<>())
      .def_static(
          "from_leaf_hashes",
          [](const std::vector<py::bytes>& leaf_hashes) {
            std::vector<Hash> hashes;
            for (const auto& b : leaf_hashes) hashes.push_back(hash_arg(b, "from_leaf_hashes"));
            return MerkleLog::from_leaf_hashes(hashes);
          },
          py::arg("leaf_hashes"),
          "A log holding these leaf hashes (32 bytes each), in order. Raises zhifa.ValidationError "
          "for a hash that is not 32 bytes.")
      .def(
          "append_leaf",
          [](MerkleLog& log, const py::bytes& data) {
            return log.append_leaf(std::string_view(data));
          },
          py::arg("data"), "Appends leaf_hash(data); returns the new leaf's 0-based index.")
      .def(
          "append_leaf_hash",
          [](MerkleLog& log, const py::bytes& h) {
            return log.append_leaf_hash(hash_arg(h, "append_leaf_hash"));
          },
          py::arg("leaf_hash"), "Appends a precomputed leaf hash; returns its index.")
      .def_property_readonly("size", &MerkleLog::size, "Number of leaves.")
      .def("__len__", &MerkleLog::size)
      .def(
          "leaf_hash_at",
          [](const MerkleLog& log, std::uint64_t i) { return to_bytes(log.leaf_hash_at(i)); },
          py::arg("index"),
          "The leaf hash at `index` (32 bytes). Raises zhifa.ValidationError when index >= size.")
      .def(
          "root", [](const MerkleLog& log) { return to_bytes(log.root()); },
          "Root of all leaves (empty_root() when empty).")
      .def(
          "root_at", [](const MerkleLog& log, std::uint64_t n) { return to_bytes(log.root_at(n)); },
          py::arg("n"), "Root of the first n leaves.")
      .def(
          "inclusion_proof",
          [](const MerkleLog& log, std::uint64_t index, std::uint64_t tree_size) {
            return to_list(log.inclusion_proof(index, tree_size));
          },
          py::arg("index"), py::arg("tree_size"), "PATH(index, D[tree_size]), RFC 9162 §2.1.3.1.")
      .def(
          "consistency_proof",
          [](const MerkleLog& log, std::uint64_t old_size, std::uint64_t new_size) {
            return to_list(log.consistency_proof(old_size, new_size));
          },
          py::arg("old_size"), py::arg("new_size"),
          "PROOF(old_size, D[new_size]), RFC 9162 §2.1.4.1.");

  py::class_<TreeHead>(m, "TreeHead",
                       "A log's size and root at a time the caller states, as UTC "
                       "'YYYY-MM-DDThh:mm:ssZ'.")
      .def(py::init([](std::uint64_t size, const py::bytes& root, std::string timestamp) {
             return TreeHead{size, hash_arg(root, "TreeHead root"), std::move(timestamp)};
           }),
           py::arg("size"), py::arg("root"), py::arg("timestamp"))
      .def_readwrite("size", &TreeHead::size, "The number of leaves.")
      .def_property(
          "root", [](const TreeHead& h) { return to_bytes(h.root); },
          [](TreeHead& h, const py::bytes& root) { h.root = hash_arg(root, "TreeHead root"); },
          "The root (32 bytes); assigning anything else raises zhifa.ValidationError.")
      .def_readwrite("timestamp", &TreeHead::timestamp,
                     "UTC 'YYYY-MM-DDThh:mm:ssZ', as the caller states it.")
      .def(
          "encode", [](const TreeHead& h) { return py::bytes(h.encode()); },
          "The canonical signed bytes, b'zhifa tree head v1\\n<size>\\n<hex "
          "root>\\n<timestamp>\\n'. "
          "Raises zhifa.ValidationError for a malformed timestamp.")
      .def("__eq__", [](const TreeHead& a, const TreeHead& b) { return a == b; });

  m.def("validate_timestamp", &validate_timestamp, py::arg("timestamp"),
        "Raises zhifa.ValidationError unless timestamp is UTC 'YYYY-MM-DDThh:mm:ssZ'.");

  py::class_<SignedTreeHead>(m, "SignedTreeHead",
                             "A tree head with an Ed25519 signature (128 lowercase hex digits) and "
                             "the signer's key id (16 hex digits).")
      .def(
          "to_json", [](const SignedTreeHead& h) { return to_json(h); },
          "As JSON, what `zhifa checkpoint` prints: size, root, timestamp, key_id, signature.")
      .def(py::init([](TreeHead head, std::string key_id, std::string signature) {
             return SignedTreeHead{std::move(head), std::move(key_id), std::move(signature)};
           }),
           py::arg("head"), py::arg("key_id"), py::arg("signature"))
      .def_readwrite("head", &SignedTreeHead::head, "The TreeHead signed.")
      .def_readwrite("key_id", &SignedTreeHead::key_id,
                     "The signer's key id: 16 lowercase hex digits, the first 8 bytes of SHA-256 "
                     "of the raw public key.")
      .def_readwrite("signature", &SignedTreeHead::signature,
                     "The Ed25519 signature over head.encode(), 128 lowercase hex digits.")
      .def("__eq__", [](const SignedTreeHead& a, const SignedTreeHead& b) { return a == b; });

  py::class_<VerifyingKey>(m, "VerifyingKey", "An Ed25519 public key for checking tree heads.")
      .def_static("from_pem", &VerifyingKey::from_pem, py::arg("pem"),
                  "From a 'PUBLIC KEY' PEM; zhifa.ValidationError for anything else.")
      .def_static(
          "from_pem_file",
          [](const std::filesystem::path& path) {
            return VerifyingKey::from_pem_file(path.string());
          },
          py::arg("path"),
          "From a file holding a 'PUBLIC KEY' PEM. Raises zhifa.DataFileError naming the path when "
          "it cannot be read or parsed.")
      .def("public_pem", &VerifyingKey::public_pem, "The key as a 'PUBLIC KEY' PEM.")
      .def_property_readonly("key_id", &VerifyingKey::key_id,
                             "First 8 bytes of SHA-256 of the raw public key, as hex.")
      .def("verify_head", &VerifyingKey::verify_head, py::arg("signed_head"),
           "True only for a head signed by this key and unchanged since; never raises.");

  py::class_<SigningKey>(m, "SigningKey",
                         "An Ed25519 private key for signing tree heads. Keep private_pem() "
                         "secret.")
      .def_static("generate", &SigningKey::generate,
                  "A fresh key from the operating system's random source.")
      .def_static("from_pem", &SigningKey::from_pem, py::arg("pem"),
                  "From an unencrypted 'PRIVATE KEY' PEM; zhifa.ValidationError for anything "
                  "else.")
      .def_static(
          "from_pem_file",
          [](const std::filesystem::path& path) {
            return SigningKey::from_pem_file(path.string());
          },
          py::arg("path"),
          "From a file holding an unencrypted 'PRIVATE KEY' PEM. Raises zhifa.DataFileError naming "
          "the path when it cannot be read or parsed.")
      .def("private_pem", &SigningKey::private_pem,
           "The unencrypted PKCS #8 PEM (loadable by from_pem and `openssl pkey`). Keep it secret.")
      .def("public_pem", &SigningKey::public_pem, "The public half as a 'PUBLIC KEY' PEM.")
      .def_property_readonly(
          "verifying_key", [](const SigningKey& k) { return k.verifying_key(); },
          "The public half (VerifyingKey).")
      .def_property_readonly("key_id", &SigningKey::key_id,
                             "The key id: 16 lowercase hex digits, the first 8 bytes of SHA-256 of "
                             "the raw public key.")
      .def("sign_head", &SigningKey::sign_head, py::arg("head"),
           "Signs head.encode() (deterministic Ed25519).");
}

}  // namespace zhifa::python

// Cost of the Merkle log (RFC 9162 §2.1) of the full-process record (Art. 47), each operation
// printed as a multiple of one SHA-256 of a 65-byte input (the size of an interior node's input)
// measured in the same run: the ratio is the number of hashes an operation is worth. The machines
// are noisy; read the ratios, not the absolute times. Not part of the tests.
//
//   merkle_bench [LARGE]     the large log has 1,000,000 entries unless LARGE says otherwise
//
// Expected: an append ~2 (its leaf hash plus one node hash amortized); verifying a 1,000-entry
// log from its entries ~2,000 (1,000 leaf hashes and 999 node hashes); a root of the log or a
// proof O(log n), a handful to a few dozen; proofs of ceil(log2 n) hashes at most.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "zhifa/merkle.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using zhifa::Hash;
using zhifa::MerkleLog;

volatile unsigned sink = 0;

const std::string kNodeInput(65, '\x01');

// Mean nanoseconds per call of f(i), i = 0..calls-1, over one pass.
template <typename F>
double pass(int calls, F&& f) {
  auto t0 = Clock::now();
  for (int i = 0; i < calls; ++i) sink = sink + f(i);
  return std::chrono::duration<double, std::nano>(Clock::now() - t0).count() / calls;
}

double median(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return v[v.size() / 2];
}

struct Cost {
  double ns;     // median time per call
  double ratio;  // median over rounds of (time per call) / (one SHA-256 of 65 bytes)
};

// Each round times a pass of the baseline (SHA-256 of 65 bytes) right before a pass of f, so
// that the ratio survives a machine whose load changes during the run.
template <typename F>
Cost measure(int rounds, int calls, F&& f) {
  std::vector<double> ns, ratio;
  for (int r = 0; r < rounds; ++r) {
    double base = pass(20000, [](int) { return zhifa::sha256(kNodeInput)[0]; });
    double t = pass(calls, f);
    ns.push_back(t);
    ratio.push_back(t / base);
  }
  return {median(ns), median(ratio)};
}

void row(const char* what, Cost c) {
  std::printf("  %-44s %10.1f ns  %8.2f x\n", what, c.ns, c.ratio);
}

// A record of the kind an agency appends: about 64 bytes.
std::string record(std::uint64_t i) {
  std::string s = "case 2025-" + std::to_string(100000 + i % 900000) + " step " +
                  std::to_string(i) + " officer 3201-0042 at 2025-03-04T09:30:00Z";
  s.resize(64, ' ');
  return s;
}

struct ProofStats {
  double mean_hashes = 0;
  std::size_t max_hashes = 0;
};

}  // namespace

int main(int argc, char** argv) {
  const std::uint64_t large = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  std::mt19937_64 rng(20250304);

  std::vector<std::string> records;
  for (std::uint64_t i = 0; i < 1000; ++i) records.push_back(record(i));
  const Hash a = zhifa::leaf_hash("a"), b = zhifa::leaf_hash("b");

  std::printf("cost per call, and as a multiple of one SHA-256 of 65 bytes measured alongside:\n");
  row("SHA-256 of 65 bytes (baseline; ~1 = noise check)",
      measure(15, 20000, [](int) { return zhifa::sha256(kNodeInput)[0]; }));
  row("node_hash", measure(15, 20000, [&](int) { return zhifa::node_hash(a, b)[0]; }));
  row("leaf_hash of a 64-byte record",
      measure(15, 20000, [&](int i) { return zhifa::leaf_hash(records[i % 1000])[0]; }));

  // Appends: the large log is built in chunks of 10,000, each chunk timed against the baseline.
  MerkleLog big;
  std::vector<double> append_ns, append_ratio;
  for (std::uint64_t done = 0; done < large;) {
    const int chunk = static_cast<int>(std::min<std::uint64_t>(10000, large - done));
    double base = pass(5000, [](int) { return zhifa::sha256(kNodeInput)[0]; });
    double t = pass(chunk, [&](int i) {
      return static_cast<unsigned>(big.append_leaf(records[(done + i) % 1000]));
    });
    append_ns.push_back(t);
    append_ratio.push_back(t / base);
    done += chunk;
  }
  char label[80];
  std::snprintf(label, sizeof label, "append_leaf, log growing to %llu entries",
                static_cast<unsigned long long>(large));
  row(label, {median(append_ns), median(append_ratio)});

  // Verifying a 1,000-entry log from scratch: hash every entry, compute the root.
  row("verify a 1,000-entry log from scratch", measure(9, 10, [&](int) {
        std::vector<Hash> leaves;
        leaves.reserve(records.size());
        for (const auto& r : records) leaves.push_back(zhifa::leaf_hash(r));
        return static_cast<unsigned>(zhifa::root_of(leaves)[0]);
      }));
  MerkleLog small;
  for (const auto& r : records) small.append_leaf(r);

  for (const MerkleLog* log : {&small, &big}) {
    const std::uint64_t n = log->size();
    std::vector<std::uint64_t> idx(1000), old(1000);
    for (auto& x : idx) x = rng() % n;
    for (auto& x : old) x = 1 + rng() % (n - 1);
    std::vector<std::vector<Hash>> inc(idx.size()), con(old.size());
    std::vector<Hash> old_roots(old.size());
    for (std::size_t i = 0; i < idx.size(); ++i) inc[i] = log->inclusion_proof(idx[i], n);
    for (std::size_t i = 0; i < old.size(); ++i) {
      con[i] = log->consistency_proof(old[i], n);
      old_roots[i] = log->root_at(old[i]);
    }
    const Hash root = log->root();
    const int k = static_cast<int>(idx.size());
    for (std::size_t i = 0; i < idx.size(); ++i) {
      if (!zhifa::verify_inclusion(log->leaf_hash_at(idx[i]), idx[i], n, inc[i], root) ||
          !zhifa::verify_consistency(old[i], n, old_roots[i], root, con[i])) {
        std::fprintf(stderr, "a proof failed to verify\n");
        return 1;
      }
    }

    std::printf("\nlog of %llu entries (1,000 random indices / old sizes):\n",
                static_cast<unsigned long long>(n));
    row("root()", measure(9, k, [&](int) { return log->root()[0]; }));
    row("root_at(old size)", measure(9, k, [&](int i) { return log->root_at(old[i])[0]; }));
    row("inclusion_proof", measure(9, k, [&](int i) {
          return static_cast<unsigned>(log->inclusion_proof(idx[i], n).size());
        }));
    row("verify_inclusion", measure(9, k, [&](int i) {
          return static_cast<unsigned>(
              zhifa::verify_inclusion(log->leaf_hash_at(idx[i]), idx[i], n, inc[i], root));
        }));
    row("consistency_proof", measure(9, k, [&](int i) {
          return static_cast<unsigned>(log->consistency_proof(old[i], n).size());
        }));
    row("verify_consistency", measure(9, k, [&](int i) {
          return static_cast<unsigned>(
              zhifa::verify_consistency(old[i], n, old_roots[i], root, con[i]));
        }));
    auto stats = [](const std::vector<std::vector<Hash>>& proofs) {
      ProofStats s;
      for (const auto& p : proofs) {
        s.mean_hashes += static_cast<double>(p.size());
        s.max_hashes = std::max(s.max_hashes, p.size());
      }
      s.mean_hashes /= static_cast<double>(proofs.size());
      return s;
    };
    const ProofStats si = stats(inc), sc = stats(con);
    std::printf("  inclusion proof size:   mean %5.1f hashes, max %2zu hashes = %4zu bytes\n",
                si.mean_hashes, si.max_hashes, si.max_hashes * sizeof(Hash));
    std::printf("  consistency proof size: mean %5.1f hashes, max %2zu hashes = %4zu bytes\n",
                sc.mean_hashes, sc.max_hashes, sc.max_hashes * sizeof(Hash));
  }
  return sink == 42 ? 1 : 0;
}

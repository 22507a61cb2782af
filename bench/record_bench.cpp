// The full-process record (Art. 47) of one case with N entries (default 1,000): the cost of
// appending entries, of verifying the whole record, of the store's append and verification, and
// proof sizes. Each cost is also printed as a multiple of one SHA-256 of an encoded entry,
// measured in the same run (the machines are noisy: compare the ratios). Not part of the tests.
//
//   record_bench [ENTRIES] [DIR]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "zhifa/case_store.hpp"
#include "zhifa/procedure.hpp"
#include "zhifa/record.hpp"
#include "zhifa/synthetic.hpp"

namespace {

using Clock = std::chrono::steady_clock;

template <typename F>
double seconds_per(int reps, F&& f) {
  const auto t0 = Clock::now();
  for (int i = 0; i < reps; ++i) f();
  return std::chrono::duration<double>(Clock::now() - t0).count() / reps;
}

volatile std::uint8_t sink;

}  // namespace

int main(int argc, char** argv) {
  using namespace zhifa;
  const int n = argc > 1 ? std::atoi(argv[1]) : 1000;
  const std::filesystem::path dir = argc > 2 ? argv[2] : std::filesystem::temp_directory_path();
  if (n < 2) {
    std::fprintf(stderr, "usage: record_bench [ENTRIES >= 2] [DIR]\n");
    return 2;
  }
  SyntheticCaseGenerator gen;
  const Procedure& proc = gen.procedure();
  Case base;
  do {
    base = gen.next().c;
  } while (base.status != CaseStatus::kArchived);
  base.status = CaseStatus::kClosed;  // still open for entries
  base.id = 0;
  base.version = 0;
  const std::string officer = base.investigators.at(0);
  RecordEntry e;
  e.on = *base.filed_on;
  e.time = "09:30";
  e.place = "大连市甘井子区某路1号";
  e.officers = {officer};
  e.step = RecordStep::kInspection;
  e.kind = RecordKind::kVideo;
  e.description = "现场检查全程录像";
  e.media_sha256 = std::string(64, 'a');
  e.media_ref = "av://2025/0001.mp4";

  // Baseline: one SHA-256 of an encoded entry.
  const std::string encoded = encode_record(e);
  const double sha = seconds_per(20000, [&] { sink = sha256(encoded)[0]; });

  Case c = base;
  const std::size_t first = c.records.size();
  const double append = seconds_per(1,
                                    [&] {
                                      for (int i = 0; i < n; ++i) proc.record(c, e);
                                    }) /
                        n;
  // With the stored leaf hashes and a head (what the store checks).
  std::vector<Hash> leaves;
  for (const auto& r : c.records) leaves.push_back(record_leaf_hash(r));
  const auto log = MerkleLog::from_leaf_hashes(leaves);
  const SignedTreeHead head{TreeHead{log.size(), log.root(), "2026-01-05T08:00:00Z"}, "", ""};
  const double verify_heads = seconds_per(20, [&] {
    auto v = verify_record_log(c.records, leaves, {&head, 1});
    sink = static_cast<std::uint8_t>(v.ok);
  });

  const std::uint64_t size = c.records.size();
  // The store: add the case with its record, append one entry by update, verify.
  const auto db = dir / "zhifa-record-bench.db";
  std::filesystem::remove(db);
  double store_update = 0, store_verify = 0;
  {
    CaseStore store(db.string());
    store.register_agency(gen.agency());
    store.add(c);
    store.checkpoint_records(c.id, "2026-01-05T08:00:00Z");
    const int reps = 20;
    store_update = seconds_per(reps, [&] {
      proc.record(c, e);
      store.update(c);
    });
    store_verify = seconds_per(5, [&] { sink = store.verify_records(c.id).ok; });
  }
  std::filesystem::remove(db);

  std::printf(
      "record of %llu entries (%zu from the procedure, the rest videos; the store rows "
      "append 20 more); baseline: one "
      "SHA-256 of an encoded entry (%zu bytes) = %.0f ns\n\n",
      static_cast<unsigned long long>(size), first, encoded.size(), sha * 1e9);
  std::printf("%-52s %12s %12s\n", "operation", "time", "x SHA-256");
  auto row = [&](const char* what, double s) {
    std::printf("%-52s %9.1f us %12.1f\n", what, s * 1e6, s / sha);
  };
  row("Procedure::record (validate, append), per entry", append);
  row("verify_record_log: whole record, stored hashes, a head", verify_heads);
  row("CaseStore::update appending one entry", store_update);
  row("CaseStore::verify_records (read and verify)", store_verify);
  std::printf(
      "\nproof sizes for %llu entries: inclusion %zu hashes (%zu bytes), consistency from "
      "half %zu hashes (%zu bytes)\n",
      static_cast<unsigned long long>(size), log.inclusion_proof(0, log.size()).size(),
      log.inclusion_proof(0, log.size()).size() * 32,
      log.consistency_proof(log.size() / 2, log.size()).size(),
      log.consistency_proof(log.size() / 2, log.size()).size() * 32);
  return 0;
}

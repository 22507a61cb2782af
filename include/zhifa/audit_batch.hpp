// The batch case-file audit (jobs layer): audits many cases on a pool of threads with a bounded
// queue, so memory stays flat whatever the number of cases, reports progress, and (for a store)
// records the run and its results in the store. The per-case audit is audit.hpp's audit_case;
// batch results equal one-by-one results.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "zhifa/audit.hpp"
#include "zhifa/case_store.hpp"

namespace zhifa {

struct AuditBatchOptions {
  /// Worker threads; 0 = all cores (std::thread::hardware_concurrency).
  unsigned threads = 0;
  /// About how many cases wait for a worker at most (0 = 64 per thread): the memory bound. Cases
  /// travel in chunks of up to 32; at most this many cases' chunks wait, and the chunks out
  /// (waiting, being audited, or done and held for their turn) are bounded by it plus one per
  /// thread. audit_store of a store in a file hands out ranges of 128 ids, which the workers
  /// read: at least 8 ranges per thread may wait, so that the workers do not run dry while the
  /// calling thread writes results.
  std::size_t queue_capacity = 0;
  /// Called with (done, total) from the calling thread only (total 0 when unknown), at most
  /// every `progress_every` cases and once at the end. Throwing from it cancels the batch.
  std::function<void(std::size_t done, std::size_t total)> progress;
  std::size_t progress_every = 256;
  /// Gives the timestamps recorded with a store's run (started, finished). zhifa reads no clock:
  /// pass one (the CLI passes the local time) or leave empty for none.
  std::function<std::string()> timestamp;
};

/// Audits the cases `next` yields (std::nullopt ends them), handing each result to `sink` on the
/// calling thread, in the order the cases came. `total` is only for progress. The first error
/// of a worker or of `sink` stops the batch and is rethrown here after the threads have ended.
/// Returns how many cases were audited.
std::size_t audit_stream(const std::function<std::optional<Case>()>& next,
                         const AuditContext& context, const Standard& standard,
                         const std::function<void(AuditResult&&)>& sink,
                         const AuditBatchOptions& options = {}, std::size_t total = 0);

/// Audits a list of cases; the results are in the same order.
std::vector<AuditResult> audit_cases(const std::vector<Case>& cases, const AuditContext& context,
                                     const Standard& standard,
                                     const AuditBatchOptions& options = {});

/// Audits the store's cases matching `filter`, streaming them (for a store in a file, the calling
/// thread lists their ids and each worker reads its chunks over a connection of its own, only the
/// case parts the standard's checks read: parts_read), and records
/// one run (standard name and version, as-of date, timestamps, the note) with every result in
/// the store, in batches of one transaction each. Returns the finished run; its results are
/// CaseStore::audit_results(run.id). On error the run stays recorded without `finished`.
AuditRun audit_store(CaseStore& store, const CaseFilter& filter, const AuditContext& context,
                     const Standard& standard, const AuditBatchOptions& options = {},
                     const std::string& note = "");

}  // namespace zhifa

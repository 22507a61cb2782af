#include "zhifa/audit_batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>

#include "rules/audit/plan.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

// The ids a worker of audit_store reads at a time: one query per case table for each range.
constexpr std::int64_t kRangeWidth = 128;

// A pool of workers behind a bounded queue. The calling thread submits inputs (blocking while the
// queue is full) and receives the workers' outputs in submission order through the sink, always
// on the calling thread: a store connection or a Python callback is only used from there. Inputs
// travel in chunks of `chunk` (cases, or the ids of cases a worker reads itself), so that the
// threads meet once per chunk rather than once per input. At most `capacity` chunks wait, and at
// most `capacity + threads` chunks are out (waiting, being worked on, or done and held until the
// ones before them are handed over).
template <typename In, typename Out>
class Pipeline {
 public:
  // A worker's function from a chunk of inputs to its outputs, in order.
  using ChunkFn = std::function<std::vector<Out>(std::vector<In>&)>;
  // Called once on each worker thread, so that a worker may own what cannot be shared (its own
  // store connection).
  using MakeWorker = std::function<ChunkFn()>;

  Pipeline(MakeWorker make_worker, std::function<void(Out&&)> sink,
           const AuditBatchOptions& options, std::size_t total, std::size_t chunk,
           std::size_t capacity)
      : make_worker_(std::move(make_worker)),
        sink_(std::move(sink)),
        options_(options),
        total_(total),
        chunk_size_(chunk),
        capacity_(capacity),
        threads_(threads_of(options)) {
    open_.reserve(chunk_size_);
    pool_.reserve(threads_);
    for (std::size_t i = 0; i < threads_; ++i) {
      pool_.emplace_back([this](std::stop_token stop) { work(stop); });
    }
  }

  static std::size_t threads_of(const AuditBatchOptions& options) {
    return options.threads > 0 ? options.threads
                               : std::max(1u, std::thread::hardware_concurrency());
  }
  // About how many inputs may wait (AuditBatchOptions::queue_capacity).
  static std::size_t queued_of(const AuditBatchOptions& options) {
    return options.queue_capacity > 0 ? options.queue_capacity : 64 * threads_of(options);
  }

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  ~Pipeline() { stop(); }

  void submit(In in) {
    open_.push_back(std::move(in));
    if (open_.size() == chunk_size_) push_chunk();
  }

  // Waits for every submitted input, hands over the last outputs, ends the threads.
  std::size_t finish() {
    if (!open_.empty()) push_chunk();
    {
      std::unique_lock lock(m_);
      closed_ = true;
      ready_.notify_all();
      while (emitted_chunks_ < submitted_) {
        rethrow_locked();
        changed_.wait(lock, [&] { return error_ || next_ready(); });
        rethrow_locked();
        drain(lock);
      }
    }
    stop();
    report(true);
    return emitted_;
  }

 private:
  void push_chunk() {
    std::unique_lock lock(m_);
    // Room in the queue, and not too many chunks out: a slow chunk holds back the emission of
    // the ones after it, whose outputs would otherwise pile up.
    auto room = [&] {
      return work_.size() < capacity_ && submitted_ - emitted_chunks_ < capacity_ + threads_;
    };
    for (;;) {
      rethrow_locked();
      drain(lock);
      if (room()) break;
      changed_.wait(lock, [&] { return room() || error_ || next_ready(); });
    }
    work_.emplace_back(submitted_++, std::move(open_));
    lock.unlock();
    ready_.notify_one();
    open_.clear();
    open_.reserve(chunk_size_);
  }

  bool next_ready() const {
    return !results_.empty() && results_.begin()->first == emitted_chunks_;
  }

  void rethrow_locked() {
    if (error_) std::rethrow_exception(error_);
  }

  void drain(std::unique_lock<std::mutex>& lock) {
    while (next_ready()) {
      std::vector<Out> outs = std::move(results_.begin()->second);
      results_.erase(results_.begin());
      ++emitted_chunks_;
      lock.unlock();
      try {
        for (auto& out : outs) {
          sink_(std::move(out));
          ++emitted_;
          report(false);
        }
      } catch (...) {
        lock.lock();
        if (!error_) error_ = std::current_exception();
        throw;
      }
      lock.lock();
    }
  }

  void report(bool last) {
    if (!options_.progress) return;
    if (last || emitted_ - reported_ >= std::max<std::size_t>(1, options_.progress_every)) {
      reported_ = emitted_;
      options_.progress(emitted_, total_);
    }
  }

  void work(std::stop_token stop) {
    ChunkFn fn;
    try {
      fn = make_worker_();
    } catch (...) {
      {
        std::lock_guard lock(m_);
        if (!error_) error_ = std::current_exception();
      }
      changed_.notify_all();
      return;
    }
    for (;;) {
      std::pair<std::size_t, std::vector<In>> job;
      {
        std::unique_lock lock(m_);
        ready_.wait(lock, [&] { return !work_.empty() || closed_ || stop.stop_requested(); });
        if (work_.empty() || stop.stop_requested()) return;
        job = std::move(work_.front());
        work_.pop_front();
      }
      changed_.notify_one();
      try {
        std::vector<Out> outs = fn(job.second);
        std::lock_guard lock(m_);
        results_.emplace(job.first, std::move(outs));
      } catch (...) {
        std::lock_guard lock(m_);
        if (!error_) error_ = std::current_exception();
      }
      changed_.notify_one();
    }
  }

  void stop() {
    {
      std::lock_guard lock(m_);
      closed_ = true;
    }
    for (auto& t : pool_) t.request_stop();
    ready_.notify_all();
    pool_.clear();  // joins
  }

  MakeWorker make_worker_;
  std::function<void(Out&&)> sink_;
  const AuditBatchOptions& options_;
  std::size_t total_;
  std::size_t chunk_size_;
  std::size_t capacity_;
  std::size_t threads_;
  std::vector<In> open_;  // the chunk being filled, on the calling thread

  std::mutex m_;
  std::condition_variable ready_, changed_;
  std::deque<std::pair<std::size_t, std::vector<In>>> work_;
  std::map<std::size_t, std::vector<Out>> results_;
  bool closed_ = false;
  std::exception_ptr error_;
  std::size_t submitted_ = 0, emitted_chunks_ = 0, emitted_ = 0, reported_ = 0;
  std::vector<std::jthread> pool_;
};

// The pipeline that audits cases handed to it.
Pipeline<Case, AuditResult> auditing(const AuditContext& context, const Standard& standard,
                                     std::function<void(AuditResult&&)> sink,
                                     const AuditBatchOptions& options, std::size_t total) {
  // The standard's checks, resolved (and all found) before any thread starts.
  auto plan = std::make_shared<const detail::AuditPlan>(detail::plan_audit(context, standard));
  using P = Pipeline<Case, AuditResult>;
  const std::size_t threads = P::threads_of(options), queued = P::queued_of(options);
  const std::size_t chunk = std::clamp<std::size_t>(queued / (4 * threads), 1, 32);
  return P(
      [&context, &standard, plan]() -> P::ChunkFn {
        return [&context, &standard, plan](std::vector<Case>& cases) {
          std::vector<AuditResult> out;
          out.reserve(cases.size());
          for (const Case& c : cases) {
            out.push_back(detail::audit_case(c, context, standard, *plan));
          }
          return out;
        };
      },
      std::move(sink), options, total, chunk, std::max<std::size_t>(1, queued / chunk));
}

// The pipeline that audits the store's cases by ranges of ids: each worker reads the cases of its
// ranges (only the parts the standard reads, and with the filter, only the matching ones) over a
// connection of its own to the store's file, so reading runs on all cores and a case is made and
// freed on one thread; the calling thread only hands out ranges and writes results. The
// connections get the caller's options but never migrate: they read the schema the caller's
// connection uses. SQLite's WAL mode lets them read while the calling thread writes results.
using IdRange = std::pair<std::int64_t, std::int64_t>;  // first and last id, inclusive

Pipeline<IdRange, AuditResult> auditing_ranges(const CaseStore& store, const CaseFilter& filter,
                                               CaseParts parts, const AuditContext& context,
                                               const Standard& standard,
                                               std::function<void(AuditResult&&)> sink,
                                               const AuditBatchOptions& options, std::size_t total,
                                               bool dense) {
  auto plan = std::make_shared<const detail::AuditPlan>(detail::plan_audit(context, standard));
  using P = Pipeline<IdRange, AuditResult>;
  StoreOptions o = store.options();
  o.migrate_to = store.schema_version();
  o.fault_hook = {};  // they write nothing
  o.create = false;   // the store's own file, or an error: never an empty new one
  // Dense ranges of a filter that selects nothing need no query: the range's ids are read as they
  // are (those not stored are skipped). Otherwise (a filter, or ranges cut from listed ids) the
  // worker lists the matching ids of its range.
  const bool every_case = dense && !filter.agency_code && !filter.status && !filter.power_code &&
                          !filter.party && !filter.lead_from && !filter.lead_to &&
                          !filter.filed_from && !filter.filed_to && !filter.text;
  return P(
      [path = store.path(), o, parts, filter, every_case, &context, &standard,
       plan]() -> P::ChunkFn {
        auto own = std::make_shared<const CaseStore>(path, o);
        return [own, parts, filter, every_case, &context, &standard,
                plan](std::vector<IdRange>& ranges) {
          std::vector<AuditResult> out;
          for (const auto& [first, last] : ranges) {
            std::vector<std::int64_t> ids;
            if (every_case) {
              ids.resize(static_cast<std::size_t>(last - first + 1));
              std::iota(ids.begin(), ids.end(), first);
            } else {
              CaseFilter f = filter;
              f.after_id = first - 1;
              f.up_to_id = last;
              f.limit = -1;
              f.offset = 0;
              ids = own->ids(f);
            }
            // A case deleted since the range was taken is left out.
            for (const Case& c : own->get_many(std::move(ids), parts)) {
              out.push_back(detail::audit_case(c, context, standard, *plan));
            }
          }
          return out;
        };
      },
      std::move(sink), options, total, 1,
      std::max<std::size_t>(8 * P::threads_of(options), P::queued_of(options) / kRangeWidth));
}

}  // namespace

std::size_t audit_stream(const std::function<std::optional<Case>()>& next,
                         const AuditContext& context, const Standard& standard,
                         const std::function<void(AuditResult&&)>& sink,
                         const AuditBatchOptions& options, std::size_t total) {
  auto pipeline = auditing(context, standard, sink, options, total);
  while (std::optional<Case> c = next()) pipeline.submit(std::move(*c));
  return pipeline.finish();
}

std::vector<AuditResult> audit_cases(const std::vector<Case>& cases, const AuditContext& context,
                                     const Standard& standard, const AuditBatchOptions& options) {
  std::vector<AuditResult> out;
  out.reserve(cases.size());
  auto pipeline = auditing(
      context, standard, [&](AuditResult&& r) { out.push_back(std::move(r)); }, options,
      cases.size());
  for (const auto& c : cases) pipeline.submit(c);
  pipeline.finish();
  return out;
}

AuditRun audit_store(CaseStore& store, const CaseFilter& filter, const AuditContext& context,
                     const Standard& standard, const AuditBatchOptions& options,
                     const std::string& note) {
  const CaseParts parts = parts_read(standard, context);  // ValidationError before any work
  auto stamp = [&] { return options.timestamp ? options.timestamp() : std::string(); };
  AuditRun run;
  run.standard_name = standard.name();
  run.standard_version = standard.version();
  run.as_of = context.as_of;
  run.started = stamp();
  run.note = note;
  run.id = store.add_audit_run(run);
  const auto total = static_cast<std::size_t>(store.count(filter));

  // Results come back on this thread and are written in batches of one transaction each, all on
  // this thread's connection.
  constexpr std::size_t kBatch = 512;
  std::vector<AuditResult> batch;
  batch.reserve(kBatch);
  auto store_result = [&](AuditResult&& r) {
    batch.push_back(std::move(r));
    if (batch.size() == kBatch) {
      store.add_audit_results(run.id, batch);
      batch.clear();
    }
  };
  std::size_t n = 0;
  if (std::filesystem::is_regular_file(store.path()) && filter.limit < 0 && filter.offset == 0) {
    // This thread hands out ranges of ids; the workers find and read their cases.
    // Ranges of 128 ids over the span of ids when the ids are dense (most stores: ids assigned
    // by the store); when they are sparse (imported ids far apart), ranges cut from the listed
    // ids, 128 cases each, so that the work follows the cases and not the span.
    const auto span = store.id_span(filter);
    const bool dense =
        span && static_cast<double>(span->second) - static_cast<double>(span->first) <
                    4.0 * static_cast<double>(std::max<std::size_t>(total, 1));
    auto pipeline = auditing_ranges(store, filter, parts, context, standard, store_result, options,
                                    total, dense);
    if (dense) {
      for (std::int64_t first = span->first;;) {
        const std::int64_t last =
            span->second - first < kRangeWidth ? span->second : first + kRangeWidth - 1;
        pipeline.submit({first, last});
        if (last == span->second) break;
        first = last + 1;
      }
    } else if (span) {
      store.for_each_id_page(filter, 16 * kRangeWidth, [&](std::vector<std::int64_t>&& ids) {
        for (std::size_t k = 0; k < ids.size(); k += kRangeWidth) {
          const std::size_t end = std::min(ids.size(), k + kRangeWidth) - 1;
          pipeline.submit({ids[k], ids[end]});
        }
      });
    }
    n = pipeline.finish();
  } else {
    // An in-memory store has no second connection, and a limit counts cases in order: read on
    // this thread.
    auto pipeline = auditing(context, standard, store_result, options, total);
    store.for_each_owned(
        filter, [&](Case&& c) { pipeline.submit(std::move(c)); }, parts);
    n = pipeline.finish();
  }
  if (!batch.empty()) store.add_audit_results(run.id, batch);
  run.finished = stamp();
  run.cases = static_cast<std::int64_t>(n);
  store.finish_audit_run(run.id, run.finished, run.cases);
  return run;
}

}  // namespace zhifa

#include "zhifa/audit_batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "zhifa/error.hpp"

namespace zhifa {
namespace {

// The standard's checks must all be registered: found before any thread starts.
void validate(const AuditContext& context, const Standard& standard) {
  for (const auto& item : standard.items()) {
    for (const auto& id : item.checks) {
      if (!context.checks->find(id)) {
        throw ValidationError("the standard '" + standard.name() + "' item " + item.id +
                              " names the check '" + id + "', which the registry does not have");
      }
    }
  }
}

// A pool of workers behind a bounded queue. The calling thread submits cases (blocking while the
// queue is full) and receives the workers' outputs in submission order through the sink, always
// on the calling thread: a store connection or a Python callback is only used from there. Cases
// travel in chunks, so that the threads meet once per chunk rather than once per case. At most
// `capacity` chunks wait, and at most `capacity + threads` chunks are out (waiting, being
// worked on, or done and held until the ones before them are handed over).
template <typename Out>
class Pipeline {
 public:
  using Work = std::function<Out(const Case&)>;

  Pipeline(Work fn, std::function<void(Out&&)> sink, const AuditBatchOptions& options,
           std::size_t total)
      : work_fn_(std::move(fn)), sink_(std::move(sink)), options_(options), total_(total) {
    const unsigned threads =
        options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    const std::size_t cases = options.queue_capacity > 0 ? options.queue_capacity : 64 * threads;
    chunk_size_ = std::clamp<std::size_t>(cases / (4 * threads), 1, kMaxChunk);
    capacity_ = std::max<std::size_t>(1, cases / chunk_size_);
    threads_ = threads;
    open_.reserve(chunk_size_);
    pool_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) {
      pool_.emplace_back([this](std::stop_token stop) { work(stop); });
    }
  }

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  ~Pipeline() { stop(); }

  void submit(Case c) {
    open_.push_back(std::move(c));
    if (open_.size() == chunk_size_) push_chunk();
  }

  // Waits for every submitted case, hands over the last outputs, ends the threads.
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
  static constexpr std::size_t kMaxChunk = 32;

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
    for (;;) {
      std::pair<std::size_t, std::vector<Case>> job;
      {
        std::unique_lock lock(m_);
        ready_.wait(lock, [&] { return !work_.empty() || closed_ || stop.stop_requested(); });
        if (work_.empty() || stop.stop_requested()) return;
        job = std::move(work_.front());
        work_.pop_front();
      }
      changed_.notify_one();
      try {
        std::vector<Out> outs;
        outs.reserve(job.second.size());
        for (const Case& c : job.second) outs.push_back(work_fn_(c));
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

  Work work_fn_;
  std::function<void(Out&&)> sink_;
  const AuditBatchOptions& options_;
  std::size_t total_;
  std::size_t chunk_size_ = 1;
  std::size_t capacity_ = 0;
  std::size_t threads_ = 1;
  std::vector<Case> open_;  // the chunk being filled, on the calling thread

  std::mutex m_;
  std::condition_variable ready_, changed_;
  std::deque<std::pair<std::size_t, std::vector<Case>>> work_;
  std::map<std::size_t, std::vector<Out>> results_;
  bool closed_ = false;
  std::exception_ptr error_;
  std::size_t submitted_ = 0, emitted_chunks_ = 0, emitted_ = 0, reported_ = 0;
  std::vector<std::jthread> pool_;
};

// The pipeline that audits each case.
Pipeline<AuditResult> auditing(const AuditContext& context, const Standard& standard,
                               std::function<void(AuditResult&&)> sink,
                               const AuditBatchOptions& options, std::size_t total) {
  validate(context, standard);
  return Pipeline<AuditResult>(
      [&context, &standard](const Case& c) { return audit_case(c, context, standard); },
      std::move(sink), options, total);
}

// Reads a store's cases on a thread of its own, over a second connection to the same file, and
// hands them over in chunks through a bounded queue: the calling thread then only stores results.
// SQLite's WAL mode lets the reader and the writer work at once.
class StoreReader {
 public:
  // The connection gets the caller's options but never migrates: it reads the schema the
  // caller's connection uses.
  StoreReader(const CaseStore& store, const CaseFilter& filter, CaseParts parts,
              std::size_t capacity)
      : capacity_(capacity) {
    StoreOptions o = store.options();
    o.migrate_to = store.schema_version();
    o.fault_hook = {};  // it writes nothing
    thread_ = std::jthread(
        [this, path = store.path(), o, filter, parts] { read(path, o, filter, parts); });
  }
  StoreReader(const StoreReader&) = delete;
  StoreReader& operator=(const StoreReader&) = delete;
  ~StoreReader() {
    {
      std::lock_guard lock(m_);
      cancelled_ = true;
    }
    changed_.notify_all();
  }  // joins

  // The next chunk of cases; empty when all are read. Rethrows the reader's error.
  std::vector<Case> next() {
    std::unique_lock lock(m_);
    changed_.wait(lock, [&] { return !chunks_.empty() || done_; });
    if (chunks_.empty()) {
      if (error_) std::rethrow_exception(error_);
      return {};
    }
    std::vector<Case> chunk = std::move(chunks_.front());
    chunks_.pop_front();
    lock.unlock();
    changed_.notify_all();
    return chunk;
  }

 private:
  struct Cancelled {};
  static constexpr std::size_t kChunk = 64;

  void read(const std::string& path, const StoreOptions& options, const CaseFilter& filter,
            CaseParts parts) {
    try {
      const CaseStore store(path, options);
      std::vector<Case> chunk;
      store.for_each_owned(
          filter,
          [&](Case&& c) {
            chunk.push_back(std::move(c));
            if (chunk.size() == kChunk) push(std::move(chunk));
          },
          parts);
      if (!chunk.empty()) push(std::move(chunk));
    } catch (const Cancelled&) {
    } catch (...) {
      std::lock_guard lock(m_);
      error_ = std::current_exception();
    }
    {
      std::lock_guard lock(m_);
      done_ = true;
    }
    changed_.notify_all();
  }

  void push(std::vector<Case>&& chunk) {
    std::unique_lock lock(m_);
    changed_.wait(lock, [&] { return chunks_.size() < capacity_ || cancelled_; });
    if (cancelled_) throw Cancelled{};
    chunks_.push_back(std::move(chunk));
    chunk.clear();
    lock.unlock();
    changed_.notify_all();
  }

  std::size_t capacity_;
  std::mutex m_;
  std::condition_variable changed_;
  std::deque<std::vector<Case>> chunks_;
  bool done_ = false, cancelled_ = false;
  std::exception_ptr error_;
  std::jthread thread_;  // last: joined before the members it uses go
};

}  // namespace

std::size_t audit_stream(const std::function<std::optional<Case>()>& next,
                         const AuditContext& context, const Standard& standard,
                         const std::function<void(AuditResult&&)>& sink,
                         const AuditBatchOptions& options, std::size_t total) {
  Pipeline<AuditResult> pipeline = auditing(context, standard, sink, options, total);
  while (std::optional<Case> c = next()) pipeline.submit(std::move(*c));
  return pipeline.finish();
}

std::vector<AuditResult> audit_cases(const std::vector<Case>& cases, const AuditContext& context,
                                     const Standard& standard, const AuditBatchOptions& options) {
  std::vector<AuditResult> out;
  out.reserve(cases.size());
  Pipeline<AuditResult> pipeline = auditing(
      context, standard, [&](AuditResult&& r) { out.push_back(std::move(r)); }, options,
      cases.size());
  for (const auto& c : cases) pipeline.submit(c);
  pipeline.finish();
  return out;
}

AuditRun audit_store(CaseStore& store, const CaseFilter& filter, const AuditContext& context,
                     const Standard& standard, const AuditBatchOptions& options,
                     const std::string& note) {
  validate(context, standard);
  auto stamp = [&] { return options.timestamp ? options.timestamp() : std::string(); };
  AuditRun run;
  run.standard_name = standard.name();
  run.standard_version = standard.version();
  run.as_of = context.as_of;
  run.started = stamp();
  run.note = note;
  run.id = store.add_audit_run(run);
  const auto total = static_cast<std::size_t>(store.count(filter));
  // Only the parts of each case that the standard's checks read (AuditCheck::reads).
  const CaseParts parts = parts_read(standard, context);

  // Cases stream out of the store (a reader thread with its own connection, for a store in a
  // file) into the pool; results come back on this thread and are written in batches of one
  // transaction each, all on this thread's connection.
  constexpr std::size_t kBatch = 512;
  std::vector<AuditResult> batch;
  batch.reserve(kBatch);
  Pipeline<AuditResult> pipeline = auditing(
      context, standard,
      [&](AuditResult&& r) {
        batch.push_back(std::move(r));
        if (batch.size() == kBatch) {
          store.add_audit_results(run.id, batch);
          batch.clear();
        }
      },
      options, total);
  if (std::filesystem::is_regular_file(store.path())) {
    StoreReader reader(store, filter, parts, 4);
    while (true) {
      std::vector<Case> chunk = reader.next();
      if (chunk.empty()) break;
      for (Case& c : chunk) pipeline.submit(std::move(c));
    }
  } else {  // an in-memory store has no second connection: read on this thread
    store.for_each_owned(
        filter, [&](Case&& c) { pipeline.submit(std::move(c)); }, parts);
  }
  const std::size_t n = pipeline.finish();
  if (!batch.empty()) store.add_audit_results(run.id, batch);
  run.finished = stamp();
  run.cases = static_cast<std::int64_t>(n);
  store.finish_audit_run(run.id, run.finished, run.cases);
  return run;
}

}  // namespace zhifa

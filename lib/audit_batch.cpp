#include "zhifa/audit_batch.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
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
// queue is full) and receives the results in submission order through the sink, always on the
// calling thread: a store connection or a Python callback is only used from there. At most
// `capacity` cases wait and at most `capacity + threads` results are held out of order.
class Pipeline {
 public:
  Pipeline(const AuditContext& context, const Standard& standard,
           std::function<void(AuditResult&&)> sink, const AuditBatchOptions& options,
           std::size_t total)
      : context_(context),
        standard_(standard),
        sink_(std::move(sink)),
        options_(options),
        total_(total) {
    validate(context, standard);
    const unsigned threads =
        options.threads > 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
    capacity_ = options.queue_capacity > 0 ? options.queue_capacity : 4 * threads;
    pool_.reserve(threads);
    for (unsigned i = 0; i < threads; ++i) {
      pool_.emplace_back([this](std::stop_token stop) { work(stop); });
    }
  }

  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  ~Pipeline() { stop(); }

  void submit(Case c) {
    std::unique_lock lock(m_);
    for (;;) {
      rethrow_locked();
      drain(lock);
      if (work_.size() < capacity_) break;
      changed_.wait(lock, [&] { return work_.size() < capacity_ || error_ || next_ready(); });
    }
    work_.emplace_back(submitted_++, std::move(c));
    lock.unlock();
    ready_.notify_one();
  }

  // Waits for every submitted case, hands over the last results, ends the threads.
  std::size_t finish() {
    {
      std::unique_lock lock(m_);
      closed_ = true;
      ready_.notify_all();
      while (emitted_ < submitted_) {
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
  bool next_ready() const { return !results_.empty() && results_.begin()->first == emitted_; }

  void rethrow_locked() {
    if (error_) std::rethrow_exception(error_);
  }

  void drain(std::unique_lock<std::mutex>& lock) {
    while (next_ready()) {
      AuditResult r = std::move(results_.begin()->second);
      results_.erase(results_.begin());
      lock.unlock();
      try {
        sink_(std::move(r));
        ++emitted_;
        report(false);
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
      std::pair<std::size_t, Case> job;
      {
        std::unique_lock lock(m_);
        ready_.wait(lock, [&] { return !work_.empty() || closed_ || stop.stop_requested(); });
        if (work_.empty() || stop.stop_requested()) return;
        job = std::move(work_.front());
        work_.pop_front();
      }
      changed_.notify_one();
      try {
        AuditResult r = audit_case(job.second, context_, standard_);
        std::lock_guard lock(m_);
        results_.emplace(job.first, std::move(r));
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

  const AuditContext& context_;
  const Standard& standard_;
  std::function<void(AuditResult&&)> sink_;
  const AuditBatchOptions& options_;
  std::size_t total_;
  std::size_t capacity_ = 0;

  std::mutex m_;
  std::condition_variable ready_, changed_;
  std::deque<std::pair<std::size_t, Case>> work_;
  std::map<std::size_t, AuditResult> results_;
  bool closed_ = false;
  std::exception_ptr error_;
  std::size_t submitted_ = 0, emitted_ = 0, reported_ = 0;
  std::vector<std::jthread> pool_;
};

}  // namespace

std::size_t audit_stream(const std::function<std::optional<Case>()>& next,
                         const AuditContext& context, const Standard& standard,
                         const std::function<void(AuditResult&&)>& sink,
                         const AuditBatchOptions& options, std::size_t total) {
  Pipeline pipeline(context, standard, sink, options, total);
  while (std::optional<Case> c = next()) pipeline.submit(std::move(*c));
  return pipeline.finish();
}

std::vector<AuditResult> audit_cases(const std::vector<Case>& cases, const AuditContext& context,
                                     const Standard& standard, const AuditBatchOptions& options) {
  std::vector<AuditResult> out;
  out.reserve(cases.size());
  Pipeline pipeline(
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

  // Cases stream out of the store (for_each holds no cursor while its callback runs) into the
  // pool; results come back on this thread and are written in batches of one transaction each,
  // all on this thread's connection.
  constexpr std::size_t kBatch = 512;
  std::vector<AuditResult> batch;
  batch.reserve(kBatch);
  Pipeline pipeline(
      context, standard,
      [&](AuditResult&& r) {
        batch.push_back(std::move(r));
        if (batch.size() == kBatch) {
          store.add_audit_results(run.id, batch);
          batch.clear();
        }
      },
      options, total);
  store.for_each(filter, [&](const Case& c) { pipeline.submit(c); });
  const std::size_t n = pipeline.finish();
  if (!batch.empty()) store.add_audit_results(run.id, batch);
  run.finished = stamp();
  run.cases = static_cast<std::int64_t>(n);
  store.finish_audit_run(run.id, run.finished, run.cases);
  return run;
}

}  // namespace zhifa

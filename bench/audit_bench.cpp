// Case-file audit throughput, measured against baselines in the same run (compare the ratios, not
// the absolute times). Not part of the tests.
//
//   audit_bench [CASES] [DIR]     default 1,000,000 synthetic cases, the store in DIR (/tmp)
//
// 1. Raw SQLite: a full scan of every row of the 14 tables a whole case is read from (sqlite3 C
//    API, each column read).
// 2. The batch audit of the whole store (audit_store: streaming reads, all cores, results
//    written to the store), cases per second.
// 3. The same batch audit with a standard of only the five checks of the Python baseline (4):
//    zhifa then reads only the case parts those checks name.
// 4. bench/audit_python_baseline.py: those five checks in pure Python over sqlite3, reading the
//    rows they need, on up to 100,000 cases. The cases each check flags are compared with
//    zhifa's findings on the same cases (its legal_review is a subset of zhifa's; see there).
// 5. Peak RSS of the process (getrusage); the store is filled by a child process, so the figure
//    is the audit's and the scan's.
// The store file is read once before, so that each measurement finds it in the page cache.
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "bench_store.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/synthetic.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Every table a whole case is read from.
const char* kTables[] = {"cases",    "parties",     "violations", "evidence",      "documents",
                         "events",   "penalties",   "reviews",    "payments",      "instalments",
                         "remedies", "suspensions", "extensions", "record_entries"};

// Every row of every case table, every column read: what any reader of the cases must do.
std::int64_t raw_scan(const std::string& path) {
  sqlite3* db = nullptr;
  // The store's connection flags: no SQLite mutex (one thread uses the connection).
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
  std::int64_t rows = 0, bytes = 0;
  for (const char* t : kTables) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, (std::string("SELECT * FROM ") + t).c_str(), -1, &st, nullptr);
    while (sqlite3_step(st) == SQLITE_ROW) {
      ++rows;
      for (int i = 0, c = sqlite3_column_count(st); i < c; ++i) {
        if (sqlite3_column_type(st, i) == SQLITE_TEXT) {
          sqlite3_column_text(st, i);
          bytes += sqlite3_column_bytes(st, i);
        } else {
          bytes += sqlite3_column_int64(st, i) != 0;
        }
      }
    }
    sqlite3_finalize(st);
  }
  sqlite3_close(db);
  return rows + (bytes < 0);
}

// The default standard cut down to the five checks of audit_python_baseline.py: two officers
// (Art. 42), notice before the decision (Art. 44, 62), legal review (Art. 58), the decision period
// (Art. 60) and service (Art. 61).
zhifa::Standard five_checks() {
  std::ifstream in(std::string(ZHIFA_SOURCE_DIR) + "/data/standards/default.json");
  nlohmann::json j = nlohmann::json::parse(in);
  nlohmann::json items = nlohmann::json::array();
  double content = 0;
  for (const auto& item : j.at("items")) {
    const std::string id = item.at("id");
    if (id == "V3" || id == "C2" || id == "C4" || id == "C6" || id == "C8") {
      items.push_back(item);
      content += item.value("points", 0.0);
    }
  }
  j["items"] = items;
  j["sections"] = {{"form", 0}, {"content", content}};
  j["grades"] = {{{"name", "合格"}, {"min", 0.6 * content}}};
  return zhifa::Standard::from_json(j.dump(), "five checks");
}

// CPU time of the process so far (user and system, all threads), in seconds.
double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss / 1024;
}

}  // namespace

int main(int argc, char** argv) {
  const std::int64_t n = argc > 1 ? std::atoll(argv[1]) : 1000000;
  const std::string dir = argc > 2 ? argv[2] : "/tmp";
  const std::string path = dir + "/zhifa-audit-bench-" + std::to_string(n) + ".db";
  bool filled = false;
  if (std::filesystem::exists(path)) {
    filled = zhifa::CaseStore(path).count() == n;
  }
  if (!filled) {
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
    const pid_t child = fork();
    if (child == 0) {
      zhifa::bench::fill_synthetic_store(path, n);
      _exit(0);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (status != 0) return 1;
  }
  std::printf("audit_bench: %lld stored cases in %s, %u cores\n", static_cast<long long>(n),
              path.c_str(), std::thread::hardware_concurrency());
  // Read the file once, so that every measurement finds it in the page cache: the first one
  // would otherwise pay for the disk alone.
  {
    std::ifstream warm(path, std::ios::binary);
    std::vector<char> buf(1 << 20);
    while (warm.read(buf.data(), static_cast<std::streamsize>(buf.size()))) {
    }
  }

  auto t0 = Clock::now();
  double cpu0 = cpu_seconds();
  const std::int64_t rows = raw_scan(path);
  const double scan = seconds_since(t0);
  std::printf(
      "raw SQLite full scan:  %lld rows of %lld cases in %.2f s = %.0f cases/s (CPU %.1f "
      "us/case)\n",
      static_cast<long long>(rows), static_cast<long long>(n), scan, static_cast<double>(n) / scan,
      (cpu_seconds() - cpu0) * 1e6 / static_cast<double>(n));

  zhifa::CaseStore store(path);
  zhifa::SyntheticCaseGenerator gen;
  const zhifa::AuditContext context(zhifa::parse_iso_date("2026-12-31"), {gen.agency()});
  auto audit = [&](const zhifa::Standard& standard, const char* label) {
    const auto t = Clock::now();
    const double cpu = cpu_seconds();
    const zhifa::AuditRun run = zhifa::audit_store(store, {}, context, standard, {}, "bench");
    const double secs = seconds_since(t);
    const double rate = static_cast<double>(run.cases) / secs;
    std::printf(
        "%s %lld cases in %.2f s = %.0f cases/s (%.2fx the raw scan; CPU %.1f us/case; reads "
        "%s)\n",
        label, static_cast<long long>(run.cases), secs, rate,
        rate / (static_cast<double>(n) / scan),
        (cpu_seconds() - cpu) * 1e6 / static_cast<double>(run.cases),
        zhifa::to_string(zhifa::parts_read(standard, context)).c_str());
    return std::make_pair(rate, run.id);
  };
  const double rate = audit(zhifa::Standard::builtin(), "zhifa audit_store:    ").first;
  const auto [rate5, run5] = audit(five_checks(), "zhifa, 5 checks:      ");

  const std::int64_t py_n = std::min<std::int64_t>(n, 100000);
  const std::string cmd = "/usr/bin/python3 " + std::string(ZHIFA_SOURCE_DIR) +
                          "/bench/audit_python_baseline.py " + path + " " + std::to_string(py_n) +
                          " " + ZHIFA_SOURCE_DIR + "/data/calendars/china.json " +
                          zhifa::iso(context.as_of);
  if (FILE* p = popen(cmd.c_str(), "r")) {
    long long cases = 0, findings = 0;
    double secs = 0;
    // Cases flagged per check, by the baseline and by zhifa's items of the same checks.
    const char* kItems[] = {"V3", "C2", "C4", "C6", "C8"};
    char names[5][16];
    long long py[5] = {}, zh[5] = {};
    const bool read =
        std::fscanf(p, "cases %lld seconds %lf findings %lld ", &cases, &secs, &findings) == 3 &&
        std::fscanf(p, "%15s %lld %15s %lld %15s %lld %15s %lld %15s %lld", names[0], &py[0],
                    names[1], &py[1], names[2], &py[2], names[3], &py[3], names[4], &py[4]) == 10 &&
        secs > 0;
    if (read) {
      const double py_rate = static_cast<double>(cases) / secs;
      std::int64_t seen = 0;
      store.for_each_audit_result(run5, [&](const zhifa::AuditResult& r) {
        if (seen++ >= cases) return;  // the baseline's cases: the first, in id order
        for (int i = 0; i < 5; ++i) {
          for (const auto& f : r.findings) {
            if (f.item_id == kItems[i]) {
              ++zh[i];
              break;
            }
          }
        }
      });
      std::printf(
          "pure Python, 5 checks: %lld cases in %.2f s = %.0f cases/s (zhifa: %.2fx with the "
          "same 5 checks, %.2fx with all %zu items)\n",
          cases, secs, py_rate, rate5 / py_rate, rate / py_rate,
          zhifa::Standard::builtin().items().size());
      bool same = true;
      std::printf("  cases flagged, Python / zhifa:");
      for (int i = 0; i < 5; ++i) {
        std::printf(" %s %lld/%lld", names[i], py[i], zh[i]);
        same = same && py[i] == zh[i];
      }
      std::printf(same ? " (the same)\n" : " (THEY DIFFER)\n");
    } else {
      std::printf("pure Python baseline: could not run %s\n", cmd.c_str());
    }
    pclose(p);
  }
  std::printf("peak RSS: %ld MB\n", peak_rss_mb());
  return 0;
}

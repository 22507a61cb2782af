// Case store throughput, measured against raw SQLite in the same run (the machines are noisy;
// compare the ratios, not the absolute times). Not part of the tests.
//
//   store_bench [CASES] [DIR]     default 1,000,000 synthetic cases, files in /tmp
//
// 1. Bulk add: CaseStore::add_all in chunks of 20,000 cases (one transaction each), against
//    raw SQLite prepared inserts (sqlite3 C API) of exactly the same rows, read back from the
//    store, into a database with the same schema (indexes and full-text triggers included),
//    also one transaction per chunk. Generating the cases is not timed.
// 2. Loading one case by id (random ids) and listing 10,000 cases: cost per operation.
// 3. JSON Lines import of up to 100,000 cases, parsing included, for orientation.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "zhifa/case_json.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/synthetic.hpp"

namespace {

using Clock = std::chrono::steady_clock;
struct Blob {
  std::string bytes;
};
using Cell = std::variant<std::monostate, std::int64_t, double, std::string, Blob>;
using Row = std::vector<Cell>;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

void check(int rc, sqlite3* db, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
    std::exit(1);
  }
}

const char* kTables[] = {"cases",    "parties",     "violations", "evidence",      "documents",
                         "events",   "penalties",   "reviews",    "payments",      "instalments",
                         "remedies", "suspensions", "extensions", "record_entries"};

// The rows of cases [lo, hi] of every table, as stored by CaseStore.
std::vector<std::vector<Row>> read_rows(sqlite3* db, std::int64_t lo, std::int64_t hi) {
  std::vector<std::vector<Row>> out;
  for (const char* t : kTables) {
    std::string sql = std::string("SELECT * FROM ") + t +
                      (std::string(t) == "cases" ? " WHERE id BETWEEN ? AND ?"
                                                 : " WHERE case_id BETWEEN ? AND ?");
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), db, "prepare read");
    sqlite3_bind_int64(st, 1, lo);
    sqlite3_bind_int64(st, 2, hi);
    std::vector<Row> rows;
    while (sqlite3_step(st) == SQLITE_ROW) {
      Row r;
      for (int i = 0, n = sqlite3_column_count(st); i < n; ++i) {
        switch (sqlite3_column_type(st, i)) {
          case SQLITE_INTEGER:
            r.emplace_back(static_cast<std::int64_t>(sqlite3_column_int64(st, i)));
            break;
          case SQLITE_FLOAT:
            r.emplace_back(sqlite3_column_double(st, i));
            break;
          case SQLITE_TEXT:
            r.emplace_back(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                                       static_cast<std::size_t>(sqlite3_column_bytes(st, i))));
            break;
          case SQLITE_BLOB:
            r.emplace_back(
                Blob{std::string(static_cast<const char*>(sqlite3_column_blob(st, i)),
                                 static_cast<std::size_t>(sqlite3_column_bytes(st, i)))});
            break;
          default:
            r.emplace_back(std::monostate{});
        }
      }
      rows.push_back(std::move(r));
    }
    sqlite3_finalize(st);
    out.push_back(std::move(rows));
  }
  return out;
}

// Raw prepared inserts of the rows, one transaction; returns seconds.
double raw_insert(sqlite3* db, const std::vector<std::vector<Row>>& tables) {
  auto t0 = Clock::now();
  check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin");
  for (std::size_t t = 0; t < tables.size(); ++t) {
    if (tables[t].empty()) continue;
    std::string sql = std::string("INSERT INTO ") + kTables[t] + " VALUES (";
    for (std::size_t i = 0; i < tables[t][0].size(); ++i) sql += i ? ", ?" : "?";
    sql += ")";
    sqlite3_stmt* st = nullptr;
    check(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr), db, "prepare insert");
    for (const Row& r : tables[t]) {
      for (std::size_t i = 0; i < r.size(); ++i) {
        const int k = static_cast<int>(i) + 1;
        if (auto* v = std::get_if<std::int64_t>(&r[i])) {
          sqlite3_bind_int64(st, k, *v);
        } else if (auto* d = std::get_if<double>(&r[i])) {
          sqlite3_bind_double(st, k, *d);
        } else if (auto* s = std::get_if<std::string>(&r[i])) {
          sqlite3_bind_text(st, k, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
        } else if (auto* b = std::get_if<Blob>(&r[i])) {
          sqlite3_bind_blob(st, k, b->bytes.data(), static_cast<int>(b->bytes.size()),
                            SQLITE_STATIC);
        } else {
          sqlite3_bind_null(st, k);
        }
      }
      check(sqlite3_step(st), db, "insert");
      sqlite3_reset(st);
    }
    sqlite3_finalize(st);
  }
  check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit");
  return seconds_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  const long total = argc > 1 ? std::atol(argv[1]) : 1000000;
  const std::filesystem::path dir = argc > 2 ? argv[2] : std::filesystem::temp_directory_path();
  const long chunk = std::min<long>(20000, total);
  const std::string store_path = (dir / "zhifa-bench-store.db").string();
  const std::string raw_path = (dir / "zhifa-bench-raw.db").string();
  for (const auto& p : {store_path, raw_path}) {
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(p + s);
  }

  zhifa::SyntheticCaseGenerator gen;
  zhifa::CaseStore store(store_path);
  store.register_agency(gen.agency());
  { zhifa::CaseStore same_schema(raw_path); }  // the raw database gets the identical schema
  sqlite3* raw = nullptr;
  sqlite3_open(raw_path.c_str(), &raw);
  check(sqlite3_exec(raw, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL", nullptr,
                     nullptr, nullptr),
        raw, "pragma");
  sqlite3* reader = nullptr;
  sqlite3_open(store_path.c_str(), &reader);

  double store_s = 0, raw_s = 0, generate_s = 0;
  long done = 0;
  std::size_t rows = 0;
  while (done < total) {
    const long n = std::min(chunk, total - done);
    auto g0 = Clock::now();
    std::vector<zhifa::Case> cases;
    cases.reserve(static_cast<std::size_t>(n));
    for (long i = 0; i < n; ++i) cases.push_back(gen.next().c);
    generate_s += seconds_since(g0);

    auto t0 = Clock::now();
    store.add_all(cases);
    store_s += seconds_since(t0);

    auto tables = read_rows(reader, cases.front().id, cases.back().id);
    for (const auto& t : tables) rows += t.size();
    raw_s += raw_insert(raw, tables);
    done += n;
    std::fprintf(stderr, "\r%ld / %ld cases", done, total);
  }
  std::fprintf(stderr, "\n");
  sqlite3_close(reader);
  sqlite3_close(raw);

  std::printf("bulk add of %ld synthetic cases (%zu rows in %zu tables, FTS index included)\n",
              total, rows, std::size(kTables));
  std::printf("  generating the cases (not timed below): %8.1f s\n", generate_s);
  std::printf("  CaseStore::add_all:                     %8.1f s  %10.0f cases/s  %10.0f rows/s\n",
              store_s, total / store_s, rows / store_s);
  std::printf("  raw SQLite prepared inserts, same rows: %8.1f s  %10.0f cases/s  %10.0f rows/s\n",
              raw_s, total / raw_s, rows / raw_s);
  std::printf("  ratio store rate / raw rate:            %8.2f  (aim >= 0.5)\n", raw_s / store_s);

  // Loading single cases by id.
  {
    const int loads = 10000;
    std::uint64_t x = 88172645463325252ULL;
    auto t0 = Clock::now();
    std::size_t events = 0;
    for (int i = 0; i < loads; ++i) {
      x ^= x << 13;
      x ^= x >> 7;
      x ^= x << 17;
      events += store.get(1 + static_cast<std::int64_t>(x % static_cast<std::uint64_t>(total)))
                    .events.size();
    }
    const double s = seconds_since(t0);
    std::printf(
        "load one case by id (%d random ids):         %8.1f us per case (%zu events read)\n", loads,
        s / loads * 1e6, events);
  }
  {
    zhifa::CaseFilter f;
    f.limit = 10000;
    auto t0 = Clock::now();
    const auto rows_listed = store.list(f);
    const double s = seconds_since(t0);
    std::printf("list 10,000 cases (summaries):                %8.1f ms (%8.2f us per case)\n",
                s * 1e3, s / static_cast<double>(rows_listed.size()) * 1e6);
  }
  {
    const long n = std::min<long>(total, 100000);
    std::stringstream jsonl;
    zhifa::CaseFilter f;
    f.limit = n;
    store.export_jsonl(jsonl, f);
    const std::string import_path = (dir / "zhifa-bench-import.db").string();
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(import_path + s);
    zhifa::CaseStore target(import_path);
    target.register_agency(gen.agency());
    auto t0 = Clock::now();
    auto report = target.import_jsonl(jsonl);
    const double s = seconds_since(t0);
    std::printf("JSON Lines import, parsing included (%zu cases): %8.1f s  %10.0f cases/s\n",
                report.imported, s, report.imported / s);
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(import_path + suffix);
  }
  for (const auto& p : {store_path, raw_path}) {
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(p + s);
  }
  return 0;
}

// The store under several processes and threads, and across versions: processes racing to create,
// migrate and register on a new file; opening behind another connection's lock; a process killed
// mid-import; a store of the previous schema version migrated with its data intact; the schema
// check of the column tables.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "case_fixture.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/error.hpp"
#include "zhifa/synthetic.hpp"

using namespace zhifa;
using namespace zhifa::test;
using ::testing::HasSubstr;

namespace {

// Rows of one SQL query's first column, as text, through SQLite's own API (the test looks at the
// file as a third party would).
std::vector<std::string> sql_column(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return {"<cannot open>"};
  }
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    out.push_back(std::string("<error: ") + sqlite3_errmsg(db) + ">");
  } else {
    while (sqlite3_step(st) == SQLITE_ROW) {
      const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
      out.emplace_back(t ? t : "NULL");
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

// Waits for a child; its exit code, or 128 + signal.
int wait_child(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : 255;
}

Agency agency_numbered(int k) {
  Agency a = sample_agency();
  a.code = "AG" + std::to_string(k);
  a.case_prefix = "测" + std::to_string(k) + "罚";
  for (auto& p : a.powers) p.agency_code = a.code;
  for (auto& o : a.officers) {
    if (o.certificate) o.certificate->agency_code = a.code;
  }
  return a;
}

}  // namespace

// The race of a brand-new file: each process opens it (the first creates and migrates it, the
// others find a migration under way or done), registers an agency with its power items and
// officers, and reads it back. Before migrations re-read the version inside their transaction, a
// process that found the file migrated kept schema version 0 and stored agencies without their
// definitions. Many rounds, the processes released together.
TEST(StoreConcurrency, ProcessesRacingOnANewFileAllMigrateAndRegisterInFull) {
  constexpr int kRounds = 30, kProcesses = 4;
  for (int round = 0; round < kRounds; ++round) {
    TempDir tmp;
    const std::string path = tmp.file("new.db");
    int gate[2];
    ASSERT_EQ(::pipe(gate), 0);
    std::vector<pid_t> children;
    for (int p = 0; p < kProcesses; ++p) {
      const pid_t pid = ::fork();
      ASSERT_GE(pid, 0);
      if (pid == 0) {
        ::close(gate[1]);
        char c;
        (void)!::read(gate[0], &c, 1);  // returns when the parent closes its end: all start
        int rc = 0;
        try {
          CaseStore store(path);
          if (store.schema_version() != CaseStore::current_schema_version()) rc = 2;
          const Agency mine = agency_numbered(p);
          store.register_agency(mine);
          bool found = false;
          for (const auto& a : store.agencies()) {
            if (a.code == mine.code) {
              found = a.powers.size() == mine.powers.size() &&
                      a.officers.size() == mine.officers.size();
            }
          }
          if (!found) rc = 3;
        } catch (const std::exception& e) {
          std::fprintf(stderr, "process %d: %s\n", p, e.what());
          rc = 1;
        }
        ::_exit(rc);
      }
      children.push_back(pid);
    }
    ::close(gate[0]);
    ::close(gate[1]);
    for (pid_t pid : children) {
      ASSERT_EQ(wait_child(pid), 0) << "round " << round
                                    << ": 1 an error, 2 an old schema version, 3 an agency stored "
                                       "without its definition";
    }
    CaseStore store(path);
    const auto agencies = store.agencies();
    ASSERT_EQ(agencies.size(), static_cast<std::size_t>(kProcesses));
    for (const auto& a : agencies) EXPECT_EQ(a.officers.size(), sample_agency().officers.size());
    // Every migration ran once and is recorded once.
    EXPECT_EQ(sql_column(path, "SELECT count(*) FROM schema_migrations"),
              std::vector<std::string>{std::to_string(CaseStore::current_schema_version())});
  }
}

// Opening waits the busy timeout behind another connection's lock on a new file (whose journal
// mode is not yet set), and fails with the reason once the timeout has passed, not before. (The
// locks that SQLite's busy handler declines to wait for, met when processes open a new file
// together, are covered by the race above, which fails at once without the open's retry.)
TEST(StoreConcurrency, OpeningWaitsTheBusyTimeoutBehindALock) {
  TempDir tmp;
  const std::string path = tmp.file("locked.db");
  sqlite3* holder = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &holder), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(holder, "BEGIN EXCLUSIVE; CREATE TABLE other(x);", nullptr, nullptr, nullptr),
      SQLITE_OK);
  // A short timeout expires while the lock is held.
  StoreOptions quick;
  quick.busy_timeout_ms = 150;
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_THAT(error_of([&] { CaseStore store(path, quick); }), HasSubstr("locked"));
  EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(150))
      << "the open gave up before its busy timeout";
  // A long one outlasts the lock, released by another thread meanwhile.
  std::thread release([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    sqlite3_exec(holder, "COMMIT", nullptr, nullptr, nullptr);
  });
  StoreOptions patient;
  patient.busy_timeout_ms = 20000;
  std::optional<CaseStore> store;
  EXPECT_NO_THROW(store.emplace(path, patient));
  release.join();
  sqlite3_close(holder);
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), CaseStore::current_schema_version());
}

// kill -9 of a process in the middle of a batched import leaves an intact store: the integrity
// check passes, no child row lacks its case, the stored cases are whole batches, and each is the
// line it came from.
TEST(StoreConcurrency, KillingAnImportMidwayLeavesWholeBatchesOnly) {
  constexpr int kCases = 2500, kBatch = 50;
  TempDir tmp;
  const std::string jsonl = tmp.file("cases.jsonl");
  std::vector<std::string> lines;
  {
    SyntheticCaseGenerator gen;
    std::ofstream out(jsonl);
    for (int i = 0; i < kCases; ++i) {
      lines.push_back(to_json(gen.next().c));
      out << lines.back() << "\n";
    }
  }
  for (int delay_ms : {0, 40, 150}) {
    const std::string path = tmp.file("import-" + std::to_string(delay_ms) + ".db");
    {
      CaseStore store(path);
      store.register_agency(synthetic_agency());
    }
    int ready[2];
    ASSERT_EQ(::pipe(ready), 0);
    const pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::close(ready[0]);
      try {
        CaseStore store(path);
        std::ifstream in(jsonl);
        store.import_jsonl(in, kBatch, [&](std::size_t done) {
          if (done >= 1000 && ready[1] >= 0) {  // batches are committed: let the parent kill
            (void)!::write(ready[1], "x", 1);
            ::close(ready[1]);
            ready[1] = -1;
          }
        });
      } catch (...) {
        ::_exit(1);
      }
      ::_exit(0);
    }
    ::close(ready[1]);
    char c;
    const bool signalled = ::read(ready[0], &c, 1) == 1;
    ::close(ready[0]);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    ::kill(pid, SIGKILL);
    wait_child(pid);
    ASSERT_TRUE(signalled) << "the import ended before 1000 lines";

    EXPECT_EQ(sql_column(path, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
    for (const char* table :
         {"parties", "violations", "evidence", "documents", "events", "penalties", "reviews",
          "payments", "instalments", "remedies", "suspensions", "extensions", "record_entries"}) {
      EXPECT_EQ(sql_column(path, std::string("SELECT count(*) FROM ") + table +
                                     " WHERE case_id NOT IN (SELECT id FROM cases)"),
                std::vector<std::string>{"0"})
          << table << " has rows of a case that is not stored";
    }
    CaseStore store(path);
    const std::int64_t n = store.count();
    EXPECT_GE(n, 1000 - kBatch) << "the batches committed before the signal are lost";
    EXPECT_EQ(n % kBatch, 0) << n << " cases: a batch was stored in part";
    std::int64_t checked = 0;
    store.for_each({}, [&](const Case& got) {
      Case want = case_from_json(lines.at(static_cast<std::size_t>(got.id - 1)));
      want.id = got.id;
      want.version = got.version;
      if (want.number.empty()) want.number = got.number;
      EXPECT_EQ(got, want) << "case " << got.id;
      ++checked;
    });
    EXPECT_EQ(checked, n);
  }
}

// A store written by the previous schema version (tests/data/store/README.md) opens with today's
// zhifa, migrates, and reads back every case as that version exported it, with its agency, its
// audit run and its record's tree head.
TEST(StoreMigration, AStoreOfThePreviousVersionMigratesWithItsDataIntact) {
  TempDir tmp;
  const std::string path = tmp.file("v7.db");
  std::filesystem::copy_file(std::string(ZHIFA_SOURCE_DIR) + "/tests/data/store/v7.db", path);
  ASSERT_EQ(sql_column(path, "PRAGMA user_version"), std::vector<std::string>{"7"});
  CaseStore store(path);
  EXPECT_EQ(store.schema_version(), CaseStore::current_schema_version());
  EXPECT_EQ(sql_column(path, "SELECT group_concat(version) FROM schema_migrations"),
            std::vector<std::string>{"1,2,3,4,5,6,7,8"});

  std::istringstream old(read_source("tests/data/store/v7.jsonl"));
  std::string line;
  std::size_t n = 0;
  while (std::getline(old, line)) {
    const Case want = case_from_json(line);
    EXPECT_EQ(store.get(want.id), want) << "case " << want.id;
    EXPECT_TRUE(store.verify_records(want.id).ok) << "case " << want.id;
    ++n;
  }
  EXPECT_EQ(n, 40u);
  EXPECT_EQ(store.count(), 40);
  const auto agencies = store.agencies();
  ASSERT_EQ(agencies.size(), 1u);
  EXPECT_FALSE(agencies[0].powers.empty());
  EXPECT_FALSE(agencies[0].officers.empty());
  const auto runs = store.audit_runs();
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(store.audit_results(runs[0].id).size(), 40u);
  const auto numbered = store.find_by_number("大发改罚〔2025〕10号");
  ASSERT_TRUE(numbered);
  EXPECT_EQ(store.record_heads(numbered->id).size(), 1u);
  // The migrated store takes new cases and numbers after the old ones.
  Case c = sample_lead();
  c.agency_code = agencies[0].code;
  store.add(c);
  EXPECT_EQ(store.count(), 41);
}

// The column tables are checked against the file at open: a column the store reads and writes
// that the file lacks (a hand-edited file) is named, rather than failing on the first case read.
TEST(StoreMigration, ATableLackingADeclaredColumnIsNamedAtOpen) {
  TempDir tmp;
  const std::string path = tmp.file("edited.db");
  { CaseStore store(path); }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE evidence DROP COLUMN lawfully_obtained", nullptr, nullptr,
                         nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);
  EXPECT_THAT(error_of([&] { CaseStore store(path); }),
              HasSubstr("lacks columns this zhifa reads and writes: evidence.lawfully_obtained"));
}

// A failed batched import says how many cases stay committed and where to resume.
TEST(StoreImport, AFailedBatchImportNamesWhatWasCommitted) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  SyntheticCaseGenerator gen;
  std::string lines;
  for (int i = 0; i < 7; ++i) lines += to_json(gen.next().c) + "\n";
  lines += "{\"format\": \"zhifa-case\"}\n";
  std::stringstream in(lines);
  const std::string error = error_of([&] { store.import_jsonl(in, 3); });
  EXPECT_THAT(error, HasSubstr("line 8: "));
  EXPECT_THAT(error, HasSubstr("6 case(s) of lines 1-6 were committed and stay"));
  EXPECT_THAT(error, HasSubstr("the first line not committed is line 7"));
  EXPECT_EQ(store.count(), 6);
  std::stringstream none(lines);
  CaseStore empty(":memory:");
  empty.register_agency(synthetic_agency());
  EXPECT_THAT(error_of([&] { empty.import_jsonl(none); }),
              HasSubstr("nothing was committed; the first line not committed is line 1"));
}

// id_span and up_to_id: the range a batch job splits, and a range of ids as a filter.
TEST(StoreImport, IdSpanAndRangesOfIds) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  EXPECT_FALSE(store.id_span());
  SyntheticCaseGenerator gen;
  std::vector<Case> cases;
  for (int i = 0; i < 10; ++i) cases.push_back(gen.next().c);
  store.add_all(cases);
  const auto span = store.id_span();
  ASSERT_TRUE(span);
  EXPECT_EQ(*span, std::make_pair(cases.front().id, cases.back().id));
  CaseFilter f;
  f.after_id = cases[2].id;
  f.up_to_id = cases[6].id;
  EXPECT_EQ(store.count(f), 4);
  EXPECT_EQ(store.id_span(f), std::make_pair(cases[3].id, cases[6].id));
  f.agency_code = "no such agency";
  EXPECT_FALSE(store.id_span(f));
}

// Imported ids may lie far apart: the batch audit then cuts its ranges from the listed ids, so
// that its work follows the cases and not the span of ids (one id of 10^12 beside ids 1..30
// would otherwise be some 8 billion ranges).
TEST(StoreImport, TheBatchAuditOfSparseIdsFollowsTheCases) {
  TempDir tmp;
  CaseStore store(tmp.file("sparse.db"));
  store.register_agency(synthetic_agency());
  SyntheticCaseGenerator gen;
  std::vector<Case> cases;
  for (int i = 0; i < 30; ++i) cases.push_back(gen.next().c);
  store.add_all(cases);
  Case far = gen.next().c;
  far.id = 1000000000000;
  far.number = "";
  std::stringstream line(to_json(far) + "\n");
  store.import_jsonl(line);
  ASSERT_EQ(store.count(), 31);
  const AuditContext context(D("2026-12-31"), {synthetic_agency()});
  const AuditRun run = audit_store(store, {}, context, Standard::builtin());
  EXPECT_EQ(run.cases, 31);
  EXPECT_EQ(store.audit_result(run.id, far.id).case_id, far.id);
  CaseFilter agency;
  agency.agency_code = synthetic_agency().code;
  EXPECT_EQ(audit_store(store, agency, context, Standard::builtin()).cases, 31);
}

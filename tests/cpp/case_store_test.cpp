// The case store: exact round trips, optimistic concurrency, atomicity under injected failures,
// gap-free case numbers across two processes, migration from the first schema version, JSON
// Lines import and export, filters and Chinese full-text search.
#include "zhifa/case_store.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "case_fixture.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/error.hpp"
#include "zhifa/store_deadlines.hpp"
#include "zhifa/synthetic.hpp"

using namespace zhifa;
using namespace zhifa::test;
using ::testing::HasSubstr;

namespace {

// A fresh database file in a temporary directory, removed afterwards.
class TempDb {
 public:
  std::string path() const { return dir_.file("cases.db"); }

 private:
  TempDir dir_;
};

std::vector<SyntheticCase> synthetic(int n, std::uint64_t seed = 7) {
  SyntheticOptions o;
  o.seed = seed;
  SyntheticCaseGenerator g(o);
  std::vector<SyntheticCase> out;
  for (int i = 0; i < n; ++i) out.push_back(g.next());
  return out;
}

}  // namespace

TEST(CaseJson, RoundTripIsExactForManySyntheticCases) {
  for (std::uint64_t seed : {1u, 2u, 3u}) {
    for (auto& s : synthetic(300, seed)) {
      s.c.id = 42;
      s.c.version = 3;
      ASSERT_EQ(case_from_json(to_json(s.c)), s.c) << to_json(s.c);
    }
  }
}

TEST(CaseJson, BadInputNamesThePathAndReason) {
  Case c = sample_lead();
  std::string j = to_json(c);
  auto broken = [&](const std::string& from, const std::string& to) {
    std::string t = j;
    auto at = t.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return t.replace(at, from.size(), to);
  };
  EXPECT_THAT(
      error_of([&] { case_from_json(broken("\"status\":\"lead\"", "\"status\":\"dreaming\"")); }),
      HasSubstr("$.status: unknown case status 'dreaming'"));
  EXPECT_THAT(error_of([&] { case_from_json(broken("91110000600037341L", "91110000600037341M")); }),
              HasSubstr("$.parties[0].credit_code: invalid unified social credit code"));
  EXPECT_THAT(error_of([&] {
                case_from_json(broken("\"lead_on\":\"2026-03-02\"", "\"lead_on\":\"2026-02-30\""));
              }),
              HasSubstr("$.lead_on: invalid date"));
  EXPECT_THROW(case_from_json("{not json"), ValidationError);
}

TEST(CaseStore, AddGetUpdateRoundTripExactly) {
  CaseStore store(":memory:");
  EXPECT_EQ(store.schema_version(), CaseStore::current_schema_version());
  store.register_agency(synthetic_agency());
  auto cases = synthetic(200);
  for (auto& s : cases) {
    Case c = s.c;
    const std::int64_t id = store.add(c);
    EXPECT_EQ(c.version, 1);
    Case expected = s.c;
    expected.id = id;
    expected.version = 1;
    expected.number = c.number;
    ASSERT_EQ(store.get(id), expected) << to_json(expected);
  }
  EXPECT_EQ(store.count(), 200);
  EXPECT_THROW(store.get(100000), NotFoundError);
}

TEST(CaseStore, FilingAllocatesGapFreeNumbersPerAgencyAndYear) {
  CaseStore store(":memory:");
  store.register_agency(sample_agency());
  Procedure proc(sample_agency(), JurisdictionRules::example());
  std::vector<std::string> numbers;
  for (int i = 0; i < 3; ++i) {
    Case c = sample_lead();
    store.add(c);
    EXPECT_TRUE(c.number.empty());  // a lead has no number yet
    proc.file(c, "O1", D("2026-03-03"));
    store.update(c);
    numbers.push_back(c.number);
  }
  EXPECT_EQ(numbers, (std::vector<std::string>{"大发改罚〔2026〕1号", "大发改罚〔2026〕2号",
                                               "大发改罚〔2026〕3号"}));
  EXPECT_EQ(store.find_by_number("大发改罚〔2026〕2号")->number, "大发改罚〔2026〕2号");
  // An agency that is not registered cannot allocate.
  Case other = sample_lead();
  other.agency_code = "NOPE";
  other.filed_on = D("2026-03-03");
  EXPECT_THROW(store.add(other), NotFoundError);
}

TEST(CaseStore, StaleWriterGetsConflictAndNoLostUpdate) {
  CaseStore store(":memory:");
  store.register_agency(sample_agency());
  Case c = sample_lead();
  store.add(c);
  Case first = store.get(c.id), second = store.get(c.id);
  first.title = "first";
  store.update(first);
  EXPECT_EQ(first.version, 2);
  second.title = "second";
  EXPECT_THAT(error_of([&] { store.update(second); }), HasSubstr("changed by someone else"));
  EXPECT_THROW(store.update(second), ConflictError);
  EXPECT_EQ(store.get(c.id).title, "first");
  EXPECT_EQ(second.version, 1);  // the caller's copy is untouched
}

TEST(CaseStore, AFailureMidTransactionLeavesNothing) {
  for (const char* failing : {"cases", "parties", "evidence", "events", "penalties", "done"}) {
    TempDb tmp;
    StoreOptions options;
    std::string fail_at;
    options.fault_hook = [&](std::string_view step) {
      if (step == fail_at) throw std::runtime_error("injected failure at " + std::string(step));
    };
    CaseStore store(tmp.path(), options);
    store.register_agency(synthetic_agency());
    auto cases = synthetic(5);
    std::vector<Case> batch;
    for (auto& s : cases) batch.push_back(s.c);
    // A failing add stores none of the batch and consumes no case number.
    fail_at = failing;
    EXPECT_THROW(store.add_all(batch), std::runtime_error) << failing;
    EXPECT_EQ(store.count(), 0) << failing;
    EXPECT_EQ(batch[0].id, 0);
    fail_at.clear();
    store.add_all(batch);
    std::set<std::string> numbers;
    for (const auto& c : batch) {
      if (!c.number.empty()) numbers.insert(c.number);
    }
    for (std::size_t n = 1; n <= numbers.size(); ++n) {
      EXPECT_EQ(numbers.count("大发改罚〔2025〕" + std::to_string(n) + "号"), 1u)
          << failing << " " << n;
    }
    // A failing update leaves the stored case as it was.
    Case changed = batch[1];
    const Case before = store.get(changed.id);
    changed.title = "changed";
    changed.evidence.clear();
    fail_at = failing;
    EXPECT_THROW(store.update(changed), std::runtime_error);
    fail_at.clear();
    EXPECT_EQ(store.get(changed.id), before) << failing;
    EXPECT_EQ(changed.version, before.version);
  }
}

TEST(CaseStore, TwoProcessesAllocateNumbersWithoutGapsOrDuplicates) {
  TempDb tmp;
  {
    CaseStore store(tmp.path());
    store.register_agency(sample_agency());
  }
  constexpr int kPerProcess = 150;
  auto work = [&]() {
    CaseStore store(tmp.path());
    Procedure proc(sample_agency(), JurisdictionRules::example());
    for (int i = 0; i < kPerProcess; ++i) {
      Case c = sample_lead();
      proc.file(c, "O1", D("2026-03-03"));
      store.add(c);
    }
  };
  std::vector<pid_t> children;
  for (int p = 0; p < 2; ++p) {
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      int rc = 0;
      try {
        work();
      } catch (const std::exception& e) {
        std::fprintf(stderr, "writer process %d: %s\n", p, e.what());
        rc = 1;
      }
      ::_exit(rc);
    }
    children.push_back(pid);
  }
  for (pid_t pid : children) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "a writer process failed";
  }
  CaseStore store(tmp.path());
  std::set<std::string> numbers;
  for (const auto& s : store.list()) numbers.insert(s.number);
  ASSERT_EQ(numbers.size(), 2u * kPerProcess);
  for (int n = 1; n <= 2 * kPerProcess; ++n) {
    EXPECT_EQ(numbers.count("大发改罚〔2026〕" + std::to_string(n) + "号"), 1u) << n;
  }
}

// A database written by version 1 of the schema (rows inserted as that version's code wrote
// them) opens with today's store: migrations 2 (FTS) and 3 (review verdicts, publication) run
// and the old rows read back.
TEST(CaseStore, MigratesFromTheFirstSchemaVersion) {
  TempDb tmp;
  {
    StoreOptions v1;
    v1.migrate_to = 1;
    CaseStore old(tmp.path(), v1);
    ASSERT_EQ(old.schema_version(), 1);
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(tmp.path().c_str(), &db), SQLITE_OK);
  const char* rows = R"sql(
    INSERT INTO agencies VALUES ('DRC', '大连市发展和改革委员会', '大发改罚');
    INSERT INTO cases(id, row_version, number, agency_code, power_code, procedure, status, source,
      title, facts, lead_on, filed_on, investigators, flag_complex_or_serious,
      flag_major_public_interest, flag_major_rights, flag_complex_legal_relations,
      flag_review_required_by_law, flag_mental_incapacity, notice_served_on, notice_hearing_right,
      total_fine_fen)
    VALUES (1, 1, '大发改罚〔2025〕1号', 'DRC', 'DRC-CF-001', 'general', 'legal_review', 'inspection',
      '某公司违反招标投标法案', '依照招标投标法第四十九条', '2025-03-01', '2025-03-03', '["O1","O2"]',
      0, 1, 0, 0, 0, 0, '2025-03-20', 1, 0);
    INSERT INTO penalties VALUES (1, 'proposed', 0, 'fine', 4000000, '');
    INSERT INTO reviews VALUES (1, 0, '2025-03-25', 'R1', 1, '同意');
    INSERT INTO reviews VALUES (1, 1, '2025-03-26', 'R1', 0, '证据不足');
  )sql";
  ASSERT_EQ(sqlite3_exec(db, rows, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
  sqlite3_close(db);

  CaseStore store(tmp.path());
  EXPECT_EQ(store.schema_version(), CaseStore::current_schema_version());
  ASSERT_EQ(store.count(), 1);
  EXPECT_TRUE(store.audit_runs().empty());  // version 5: the audit tables exist, empty
  CaseFilter f;
  f.text = "招标投标法";  // now answered by the FTS index, including the row written under v1
  EXPECT_EQ(store.count(f), 1);
  Case c = store.get(1);
  ASSERT_EQ(c.reviews.size(), 2u);
  EXPECT_EQ(c.reviews[0].verdict, ReviewVerdict::kApprove);  // v1's passed = 1
  EXPECT_EQ(c.reviews[1].verdict, ReviewVerdict::kReject);
  EXPECT_TRUE(c.reviews[0].findings.empty());
  EXPECT_FALSE(c.publication);
}

TEST(CaseStore, OpensAMissingFileOnlyWhenAskedToCreateIt) {
  const std::string path =
      ::testing::TempDir() + "zhifa-no-create-" + std::to_string(::getpid()) + ".db";
  std::filesystem::remove(path);
  StoreOptions o;
  o.create = false;
  EXPECT_THROW(CaseStore(path, o), StorageError);
  EXPECT_FALSE(std::filesystem::exists(path));
  { CaseStore created(path); }
  EXPECT_NO_THROW(CaseStore(path, o));
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
}

TEST(CaseStore, RefusesANewerSchema) {
  TempDb tmp;
  { CaseStore store(tmp.path()); }
  // Pretend a newer zhifa wrote the file.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(tmp.path().c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  EXPECT_THAT(error_of([&] { CaseStore store(tmp.path()); }),
              HasSubstr("schema version 99 is newer"));
  EXPECT_THROW(CaseStore(tmp.path()), StorageError);
}

// for_each reads pages of cases with one query per table; each case equals what get() reads,
// in id order, and offset / limit / filters apply.
TEST(CaseStore, ForEachStreamsWholeCasesInPages) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  std::vector<Case> cases;
  for (auto& s : synthetic(1100)) cases.push_back(s.c);
  store.add_all(cases);
  std::vector<std::int64_t> seen;
  store.for_each({}, [&](const Case& c) {
    EXPECT_EQ(c, store.get(c.id));
    seen.push_back(c.id);
  });
  ASSERT_EQ(seen.size(), 1100u);  // more than two pages of 512
  EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
  CaseFilter f;
  f.offset = 510;
  f.limit = 5;
  std::vector<std::int64_t> window;
  store.for_each(f, [&](const Case& c) { window.push_back(c.id); });
  EXPECT_EQ(window, std::vector<std::int64_t>(seen.begin() + 510, seen.begin() + 515));
  f = {};
  f.status = CaseStatus::kArchived;
  std::int64_t archived = 0;
  store.for_each(f, [&](const Case& c) {
    EXPECT_EQ(c.status, CaseStatus::kArchived);
    EXPECT_EQ(c, store.get(c.id));
    ++archived;
  });
  EXPECT_EQ(archived, store.count(f));
  EXPECT_GT(archived, 0);
}

// Registers the synthetic agency and a second one, and adds n synthetic cases, every third of
// the second agency (x x y x x y ...): the first agency's ids then make dense pages, the second's
// sparse ones. Returns the second agency.
Agency add_two_agencies_cases(CaseStore& store, int n, std::uint64_t seed) {
  Agency y = synthetic_agency();
  y.code = "OTHER";
  y.case_prefix = "他罚";
  store.register_agency(synthetic_agency());
  store.register_agency(y);
  std::vector<Case> cases;
  for (auto& s : synthetic(n, seed)) cases.push_back(s.c);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    if (i % 3 == 2) cases[i].agency_code = y.code;
  }
  store.add_all(cases);
  return y;
}

// Whole-store pages read each child table as one key range; narrow filters look their ids up.
// Both give the cases get() gives, including a dense page with other agencies' cases between.
TEST(CaseStore, ForEachReadsDenseAndSparsePagesAlike) {
  CaseStore store(":memory:");
  const Agency x = synthetic_agency(), y = add_two_agencies_cases(store, 600, 11);
  for (const std::string& code : {x.code, y.code}) {
    CaseFilter f;
    f.agency_code = code;  // x: ids span 1.5 times the page (a range); y: 3 times (a lookup)
    std::int64_t n = 0;
    store.for_each(f, [&](const Case& c) {
      EXPECT_EQ(c.agency_code, code);
      EXPECT_EQ(c, store.get(c.id));
      ++n;
    });
    EXPECT_EQ(n, store.count(f)) << code;
    EXPECT_EQ(n, code == x.code ? 400 : 200);
  }
  std::vector<std::int64_t> owned, borrowed;
  store.for_each_owned({}, [&](Case&& c) { owned.push_back(Case(std::move(c)).id); });
  store.for_each({}, [&](const Case& c) { borrowed.push_back(c.id); });
  EXPECT_EQ(owned, borrowed);
  EXPECT_EQ(owned.size(), 600u);
}

TEST(CaseStore, PagesOfIdsByKeyAndCasesById) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  std::vector<Case> cases;
  for (auto& s : synthetic(230, 17)) cases.push_back(s.c);
  store.add_all(cases);
  // Pages of 50 by key cover the listing exactly.
  std::vector<std::int64_t> paged;
  CaseFilter page;
  page.limit = 50;
  for (;;) {
    const auto ids = store.ids(page);
    if (ids.empty()) break;
    EXPECT_LE(ids.size(), 50u);
    paged.insert(paged.end(), ids.begin(), ids.end());
    page.after_id = ids.back();
  }
  std::vector<std::int64_t> listed;
  for (const auto& s : store.list()) listed.push_back(s.id);
  EXPECT_EQ(paged, listed);
  EXPECT_EQ(store.ids(), listed);
  // The same by for_each_id_page, with the filter's offset and limit over all pages.
  CaseFilter some;
  some.offset = 5;
  some.limit = 120;
  std::vector<std::size_t> sizes;
  paged.clear();
  store.for_each_id_page(some, 50, [&](std::vector<std::int64_t>&& ids) {
    sizes.push_back(ids.size());
    paged.insert(paged.end(), ids.begin(), ids.end());
  });
  EXPECT_EQ(sizes, (std::vector<std::size_t>{50, 50, 20}));
  EXPECT_EQ(paged, std::vector<std::int64_t>(listed.begin() + 5, listed.begin() + 125));
  EXPECT_THROW(store.for_each_id_page(some, 0, [](std::vector<std::int64_t>&&) {}),
               ValidationError);
  // Cases by id: in id order, each once, the missing left out.
  const auto got = store.get_many({listed[7], listed[3], 999999, listed[7]});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], store.get(listed[3]));
  EXPECT_EQ(got[1], store.get(listed[7]));
  const auto part = store.get_many({listed[3]}, CaseParts{CasePart::kEvents});
  ASSERT_EQ(part.size(), 1u);
  EXPECT_EQ(part[0], only_parts(store.get(listed[3]), CaseParts{CasePart::kEvents}));
  EXPECT_TRUE(store.get_many({}).empty());
}

TEST(CaseStore, ReadsOnlyThePartsAskedFor) {
  CaseStore store(":memory:");
  const Agency x = synthetic_agency(), y = add_two_agencies_cases(store, 300, 13);
  const CaseParts some{CasePart::kPenalties, CasePart::kEvents, CasePart::kRecords};
  for (const CaseParts parts : {CaseParts{}, some, CaseParts::all()}) {
    for (const std::string& code : {x.code, y.code}) {
      CaseFilter f;
      f.agency_code = code;
      std::int64_t n = 0, differs = 0;
      store.for_each_owned(
          f,
          [&](Case&& c) {
            const Case whole = store.get(c.id);
            EXPECT_EQ(c, only_parts(whole, parts)) << to_string(parts) << " case " << c.id;
            differs += !(c == whole);
            ++n;
          },
          parts);
      EXPECT_EQ(n, store.count(f));
      // Whole cases only when all parts are read.
      if (parts.is_all()) {
        EXPECT_EQ(differs, 0);
      } else {
        EXPECT_EQ(differs, n) << to_string(parts);
      }
    }
  }
  EXPECT_EQ(to_string(some), "events, penalties, records");
  EXPECT_EQ(to_string(CaseParts{}), "none");
}

// Id lists are stored as JSON; those with characters JSON escapes take the parser's path.
TEST(CaseStore, ListsWithEscapedCharactersRoundTrip) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  Case c = synthetic(1, 5).front().c;
  c.investigators = {"O\"1", "O\\2", "执法\t员", ""};
  store.add(c);
  EXPECT_EQ(store.get(c.id).investigators, c.investigators);
  std::vector<Case> seen;
  store.for_each({}, [&](const Case& s) { seen.push_back(s); });
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen.front().investigators, c.investigators);
}

// The store keeps an agency's definition (schema 7): its power items and officers come back, and
// an agency registered by an older zhifa comes back with code, name and prefix only.
TEST(CaseStore, AgenciesKeepTheirPowersAndOfficers) {
  TempDb db;
  const Agency demo = synthetic_agency();
  {
    StoreOptions v6;
    v6.migrate_to = 6;
    CaseStore old(db.path(), v6);
    old.register_agency(demo);
    ASSERT_EQ(old.agencies().size(), 1u);
    EXPECT_TRUE(old.agencies().front().powers.empty());
  }
  CaseStore store(db.path());
  ASSERT_EQ(store.schema_version(), CaseStore::current_schema_version());
  auto agencies = store.agencies();
  ASSERT_EQ(agencies.size(), 1u);
  EXPECT_EQ(agencies[0].case_prefix, demo.case_prefix);
  EXPECT_TRUE(agencies[0].powers.empty());  // not known until registered again
  store.register_agency(demo);
  Agency other = demo;
  other.code = "AAA";
  other.officers.resize(1);
  store.register_agency(other);
  agencies = store.agencies();
  ASSERT_EQ(agencies.size(), 2u);
  EXPECT_EQ(agencies[0].code, "AAA");  // code order
  EXPECT_EQ(agencies[0].officers.size(), 1u);
  EXPECT_EQ(agency_to_json(agencies[1]), agency_to_json(demo));
  // An agency its own document could not describe is refused, and nothing changes.
  Agency twice = demo;
  twice.officers.push_back(twice.officers.front());
  try {
    store.register_agency(twice);
    ADD_FAILURE() << "two officers with one id were stored";
  } catch (const ValidationError& e) {
    EXPECT_THAT(e.what(), HasSubstr("a second officer '" + demo.officers.front().id + "'"));
  }
  EXPECT_EQ(agency_to_json(store.agencies()[1]), agency_to_json(demo));
}

// The batch audit's reader connection takes the caller's schema: it never migrates the file.
TEST(CaseStore, TheAuditReaderNeverMigratesTheStore) {
  TempDb db;
  StoreOptions v5;
  v5.migrate_to = 5;
  CaseStore store(db.path(), v5);
  store.register_agency(synthetic_agency());
  std::vector<Case> cases;
  for (auto& s : synthetic(50)) cases.push_back(s.c);
  store.add_all(cases);
  const AuditRun run = audit_store(store, {}, AuditContext(D("2026-12-31"), {synthetic_agency()}),
                                   Standard::builtin());
  EXPECT_EQ(run.cases, 50);
  EXPECT_EQ(store.audit_results(run.id).size(), 50u);
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.path().c_str(), &raw), SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &st, nullptr);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 5);
  sqlite3_finalize(st);
  sqlite3_close(raw);
}

TEST(CaseStore, ListsAndFilters) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  auto cases = synthetic(120);
  std::vector<Case> batch;
  for (auto& s : cases) batch.push_back(s.c);
  store.add_all(batch);
  CaseFilter archived;
  archived.status = CaseStatus::kArchived;
  std::int64_t n_archived = 0;
  for (const auto& c : batch) n_archived += c.status == CaseStatus::kArchived;
  EXPECT_EQ(store.count(archived), n_archived);
  // By party identifier.
  CaseFilter by_party;
  by_party.party = batch[5].parties[0].identifier();
  auto rows = store.list(by_party);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0].party_identifier, batch[5].parties[0].identifier());
  // By dates, with paging.
  CaseFilter spring;
  spring.lead_from = D("2025-03-01");
  spring.lead_to = D("2025-05-31");
  spring.limit = 5;
  for (const auto& r : store.list(spring)) {
    EXPECT_GE(r.lead_on, D("2025-03-01"));
    EXPECT_LE(r.lead_on, D("2025-05-31"));
  }
  EXPECT_LE(store.list(spring).size(), 5u);
  // Full text, Chinese: three or more characters through the index, shorter by substring.
  CaseFilter text;
  text.text = "粮食流通";
  for (const auto& r : store.list(text)) EXPECT_THAT(store.get(r.id).facts, HasSubstr("粮食流通"));
  text.text = "粮食";
  EXPECT_GE(store.count(text), 1);
  text.text = "完全不存在的词";
  EXPECT_EQ(store.count(text), 0);
}

TEST(CaseStore, JsonLinesRoundTripIsExact) {
  CaseStore a(":memory:");
  a.register_agency(synthetic_agency());
  auto cases = synthetic(150);
  std::vector<Case> batch;
  for (auto& s : cases) batch.push_back(s.c);
  a.add_all(batch);
  std::stringstream out;
  EXPECT_EQ(a.export_jsonl(out), 150u);
  CaseStore b(":memory:");
  b.register_agency(synthetic_agency());
  std::stringstream in(out.str());
  auto report = b.import_jsonl(in);
  EXPECT_EQ(report.imported, 150u);
  for (const auto& c : batch) ASSERT_EQ(b.get(c.id), a.get(c.id));
  std::stringstream again;
  b.export_jsonl(again);
  EXPECT_EQ(again.str(), out.str());
  // Imported numbers are reserved: the next filing continues after them.
  Procedure proc(synthetic_agency(), JurisdictionRules::example());
  Case lead = sample_lead();
  lead.lead_on = D("2025-12-01");
  lead.violations[0].discovered = D("2025-12-01");
  lead.power_code = "DRC-CF-TB-49";
  proc.file(lead, "O1", D("2025-12-02"));
  b.add(lead);
  EXPECT_EQ(b.find_by_number(lead.number)->id, lead.id);
  EXPECT_EQ(a.count(), b.count() - 1);
}

TEST(CaseStore, ABadLineIsReportedWithItsNumberAndTheBatchRolledBack) {
  CaseStore store(":memory:");
  store.register_agency(synthetic_agency());
  auto cases = synthetic(4);
  std::string lines;
  for (auto& s : cases) lines += to_json(s.c) + "\n";
  lines += "\n{\"format\": \"zhifa-case\", \"version\": 1}\n";
  std::stringstream in(lines);
  EXPECT_THAT(error_of([&] { store.import_jsonl(in); }),
              HasSubstr("line 6: case: $: missing \"id\""));
  EXPECT_EQ(store.count(), 0);  // one transaction: nothing imported
  // With batches of two, the two complete batches before the bad line stay.
  std::stringstream again(lines);
  EXPECT_THROW(store.import_jsonl(again, 2), ValidationError);
  EXPECT_EQ(store.count(), 4);
  // A duplicate is named.
  std::stringstream dup(to_json(store.get(1)) + "\n");
  EXPECT_THAT(error_of([&] { store.import_jsonl(dup); }),
              HasSubstr("line 1: a case with id 1 already exists"));
}

TEST(CaseStore, DeadlinesAsOfADate) {
  CaseStore store(":memory:");
  store.register_agency(sample_agency());
  Procedure proc(sample_agency(), JurisdictionRules::example());
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  store.add(c);
  auto open = store_deadlines(store, D("2026-03-10"), WorkCalendar::china());
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].deadline.key, "decision");
  EXPECT_EQ(open[0].number, c.number);
  EXPECT_EQ(open[0].deadline.state, DeadlineState::kOpen);
  auto late = store_deadlines(store, D("2026-06-02"), WorkCalendar::china());
  EXPECT_EQ(late[0].deadline.state, DeadlineState::kOverdue);
}

TEST(CaseStore, ExplicitNumbersAreNeverHandedOutAgain) {
  CaseStore store(":memory:");
  store.register_agency(sample_agency());
  Procedure proc(sample_agency(), JurisdictionRules::example());
  Case given = sample_lead();
  proc.file(given, "O1", D("2026-03-03"));
  given.number = "大发改罚〔2026〕1号";  // numbered by hand, e.g. migrated from an older system
  store.add(given);
  Case next = sample_lead();
  proc.file(next, "O1", D("2026-03-04"));
  store.add(next);
  EXPECT_EQ(next.number, "大发改罚〔2026〕2号");
  // A number stored before its agency was registered is skipped, not reused.
  CaseStore late(":memory:");
  Case early = sample_lead();
  early.number = "大发改罚〔2026〕1号";
  late.add(early);
  late.register_agency(sample_agency());
  Case filed = sample_lead();
  proc.file(filed, "O1", D("2026-03-03"));
  late.add(filed);
  EXPECT_EQ(filed.number, "大发改罚〔2026〕2号");
}

TEST(CaseJson, RefusesACaseWhoseDataContradictItsStatus) {
  Case c = sample_lead();
  c.filed_on = D("2026-03-03");
  c.status = CaseStatus::kServed;
  EXPECT_THAT(error_of([&] { case_from_json(to_json(c)); }), HasSubstr("has no decision"));
  c = sample_lead();
  c.id = -5;
  EXPECT_THAT(error_of([&] { case_from_json(to_json(c)); }), HasSubstr("the id is negative"));
}

// Full-process recording (执法全过程记录, 行政处罚法 Art. 47): the canonical entry encoding, the
// procedure's automatic entries, the append-only store, tamper detection of every kind, signed
// heads, and the audio-video policy.
#include "zhifa/record.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <filesystem>

#include "case_fixture.hpp"
#include "zhifa/case_store.hpp"

using namespace zhifa;
using namespace zhifa::test;
using ::testing::HasSubstr;

namespace {

const std::string kVideoHash = std::string(64, 'a');

RecordEntry entry(const char* on, RecordStep step, RecordKind kind, std::string description) {
  RecordEntry e;
  e.on = D(on);
  e.step = step;
  e.kind = kind;
  e.description = std::move(description);
  e.officers = {"O1", "O2"};
  if (kind == RecordKind::kVideo || kind == RecordKind::kAudio || kind == RecordKind::kPhoto) {
    e.media_sha256 = kVideoHash;
    e.media_ref = "av://1.mp4";
  }
  return e;
}

class TempPath {
 public:
  TempPath() {
    dir_ = std::filesystem::temp_directory_path() /
           ("zhifa-record-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
  }
  ~TempPath() { std::filesystem::remove_all(dir_); }
  std::string db() const { return (dir_ / "cases.db").string(); }

 private:
  static inline int counter_ = 0;
  std::filesystem::path dir_;
};

// Runs SQL on the database file directly, as a person with file access could. Returns the error
// message, or "" on success.
std::string raw_sql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  char* err = nullptr;
  std::string out;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    out = err ? err : "error";
    sqlite3_free(err);
  }
  sqlite3_close(db);
  return out;
}

const char* kDropTriggers =
    "DROP TRIGGER record_entries_no_update; DROP TRIGGER record_entries_no_delete;";

class RecordStoreTest : public ::testing::Test {
 protected:
  Procedure proc{sample_agency(), JurisdictionRules::example()};
  TempPath tmp;
  std::int64_t id = 0;

  // A stored case whose record has five entries: the filing document, a video, an audio
  // recording (head of 3 taken), the notice and a note (head of 5 taken).
  void SetUp() override {
    CaseStore store(tmp.db());
    store.register_agency(sample_agency());
    Case c = sample_lead();
    proc.file(c, "O1", D("2026-03-03"));
    proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
    proc.record(c, entry("2026-03-04", RecordStep::kInspection, RecordKind::kVideo, "现场检查"));
    proc.add_evidence(c, verified_evidence("2026-03-05"));
    proc.record(c, entry("2026-03-05", RecordStep::kInvestigation, RecordKind::kAudio, "询问"));
    store.add(c);
    id = c.id;
    store.checkpoint_records(id, "2026-03-05T18:00:00Z", &key);
    proc.notify(c, "O1", D("2026-03-10"), {fine("40,000")});
    proc.record(c, entry("2026-03-10", RecordStep::kDecision, RecordKind::kText, "告知书当场送达"));
    store.update(c);
    store.checkpoint_records(id, "2026-03-10T18:00:00Z", &key);
    ASSERT_EQ(store.get(id).records.size(), 5u);
  }

  LogVerification verify(const VerifyingKey* k = nullptr) {
    CaseStore store(tmp.db());
    return store.verify_records(id, {}, k ? k : &key.verifying_key());
  }
  std::string where(std::uint64_t seq) {
    return " WHERE case_id = " + std::to_string(id) + " AND seq = " + std::to_string(seq);
  }

  SigningKey key = SigningKey::generate();
};

}  // namespace

// ---- the canonical encoding ---------------------------------------------------------------------

TEST(RecordEncoding, MatchesTheIndependentVectors) {
  auto doc = nlohmann::json::parse(read_source("tests/data/records/entry_v1.json"));
  ASSERT_EQ(doc.at("vectors").size(), 2u);
  for (const auto& v : doc.at("vectors")) {
    const auto& j = v.at("entry");
    RecordEntry e;
    e.seq = j.at("seq").get<std::uint64_t>();
    e.on = parse_iso_date(j.at("on").get<std::string>());
    e.time = j.at("time");
    e.place = j.at("place");
    e.officers = j.at("officers").get<std::vector<std::string>>();
    e.step = record_step_from_string(j.at("step").get<std::string>());
    e.kind = record_kind_from_string(j.at("kind").get<std::string>());
    e.description = j.at("description");
    e.media_sha256 = j.at("media_sha256");
    e.media_ref = j.at("media_ref");
    const std::string enc = encode_record(e);
    std::string hex;
    for (unsigned char ch : enc) {
      static const char* digits = "0123456789abcdef";
      hex += digits[ch >> 4];
      hex += digits[ch & 15];
    }
    EXPECT_EQ(hex, v.at("encoding").get<std::string>());
    EXPECT_EQ(to_hex(record_leaf_hash(e)), v.at("leaf_hash").get<std::string>());
  }
}

TEST(RecordEncoding, EveryFieldChangesTheLeaf) {
  RecordEntry e = entry("2026-03-04", RecordStep::kInspection, RecordKind::kVideo, "现场检查");
  const Hash h = record_leaf_hash(e);
  auto changed = [&](auto mutate) {
    RecordEntry x = e;
    mutate(x);
    return record_leaf_hash(x) != h;
  };
  EXPECT_TRUE(changed([](RecordEntry& x) { x.seq = 1; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.on = D("2026-03-05"); }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.time = "09:00"; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.place = "x"; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.officers = {"O2", "O1"}; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.step = RecordStep::kSeizure; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.kind = RecordKind::kAudio; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.description += "。"; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.media_sha256[0] = 'b'; }));
  EXPECT_TRUE(changed([](RecordEntry& x) { x.media_ref = "av://2.mp4"; }));
  // Length prefixes: moving a character between fields changes the encoding.
  RecordEntry a = e, b = e;
  a.place = "ab";
  a.description = "c";
  b.place = "a";
  b.description = "bc";
  EXPECT_NE(encode_record(a), encode_record(b));
}

// ---- the procedure's record ---------------------------------------------------------------------

TEST(RecordProcedure, StepsAppendTheirDocumentsAndService_Art47) {
  Procedure proc{sample_agency(), JurisdictionRules::example()};
  Case c = sample_lead();
  proc.file(c, "O1", D("2026-03-03"));
  proc.investigate(c, {"O1", "O2"}, D("2026-03-04"));
  proc.add_evidence(c, verified_evidence("2026-03-05"));
  proc.notify(c, "O1", D("2026-03-10"), {fine("40,000")});
  proc.decide(c, {"O1", "O2"}, penalty_decision("2026-03-16", {fine("40,000")}));
  ServiceRecord s;
  s.served_on = D("2026-03-17");
  s.recipient = "张三";
  proc.serve(c, s);
  std::vector<RecordStep> steps;
  for (std::size_t i = 0; i < c.records.size(); ++i) {
    EXPECT_EQ(c.records[i].seq, i);
    steps.push_back(c.records[i].step);
  }
  EXPECT_THAT(steps, ::testing::ElementsAre(RecordStep::kStart, RecordStep::kDecision,
                                            RecordStep::kDecision, RecordStep::kService));
  EXPECT_THAT(c.records.back().description, HasSubstr("张三"));
  EXPECT_EQ(c.records.back().officers, (std::vector<std::string>{"O1", "O2"}));
}

TEST(RecordProcedure, UserEntriesAreValidated) {
  Procedure proc{sample_agency(), JurisdictionRules::example()};
  Case c = sample_lead();
  const Case before = c;
  RecordEntry e = entry("2026-03-04", RecordStep::kSeizure, RecordKind::kVideo, "查封");
  e.media_sha256.clear();
  EXPECT_THAT(error_of([&] { proc.record(c, e); }), HasSubstr("needs the SHA-256 of its file"));
  e.media_sha256 = "ABC";
  EXPECT_THAT(error_of([&] { proc.record(c, e); }), HasSubstr("'ABC' is not 64 lowercase hex"));
  e.media_sha256 = kVideoHash;
  e.time = "25:00";
  EXPECT_THAT(error_of([&] { proc.record(c, e); }), HasSubstr("'25:00' is not HH:MM"));
  e.time = "09:30:15";
  e.officers = {"X9"};
  EXPECT_THAT(error_of([&] { proc.record(c, e); }), HasSubstr("X9"));
  e.officers.clear();
  EXPECT_THAT(error_of([&] { proc.record(c, e); }), HasSubstr("names the officers"));
  e.officers = {"O1"};
  e.on = D("2026-03-01");
  EXPECT_THAT(error_of([&] { proc.record(c, e); }), HasSubstr("before the lead"));
  EXPECT_EQ(c, before);
  e.on = D("2026-03-02");
  e.seq = 99;  // assigned by position
  proc.record(c, e);
  EXPECT_EQ(c.records.at(0).seq, 0u);
}

// ---- the store: append-only and tamper-evident -------------------------------------------------

TEST_F(RecordStoreTest, ALogThatWasNotTouchedVerifies) {
  auto v = verify();
  EXPECT_TRUE(v.ok) << v.reason;
  EXPECT_EQ(v.entries, 5u);
  EXPECT_EQ(v.heads_checked, 2u);
}

TEST_F(RecordStoreTest, UpdateAppendsButNeverChangesOrRemoves_Art47) {
  CaseStore store(tmp.db());
  Case c = store.get(id);
  Case edited = c;
  edited.records[1].description = "改写";
  EXPECT_THAT(error_of([&] { store.update(edited); }),
              HasSubstr("record entry 1 differs from the stored one"));
  Case shorter = c;
  shorter.records.pop_back();
  EXPECT_THAT(error_of([&] { store.update(shorter); }), HasSubstr("never removed"));
  EXPECT_EQ(store.get(id), c);  // nothing written
  proc.record(c, entry("2026-03-11", RecordStep::kOther, RecordKind::kText, "补充说明"));
  store.update(c);
  EXPECT_EQ(store.get(id).records.size(), 6u);
}

TEST_F(RecordStoreTest, SqlTriggersRefuseUpdateAndDelete) {
  EXPECT_THAT(raw_sql(tmp.db(), "UPDATE record_entries SET description = 'x'" + where(1)),
              HasSubstr("append-only"));
  EXPECT_THAT(raw_sql(tmp.db(), "DELETE FROM record_entries" + where(1)), HasSubstr("append-only"));
  EXPECT_THAT(raw_sql(tmp.db(), "DELETE FROM record_heads"), HasSubstr("append-only"));
  EXPECT_TRUE(verify().ok);
}

TEST_F(RecordStoreTest, AnEditIsFoundAtItsPosition) {
  ASSERT_EQ(raw_sql(tmp.db(), std::string(kDropTriggers) +
                                  "UPDATE record_entries SET description = '改写'" + where(2)),
            "");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 2u);
  EXPECT_THAT(v.reason, HasSubstr("it was changed"));
}

TEST_F(RecordStoreTest, AnEditWithARewrittenHashIsCaughtByTheHeads) {
  // Rewrite entry 3 and its stored leaf hash consistently: only the signed heads can tell.
  CaseStore store(tmp.db());
  Case c = store.get(id);
  RecordEntry forged = c.records[3];
  forged.description = "伪造";
  const Hash h = record_leaf_hash(forged);
  std::string blob = "X'" + to_hex(h) + "'";
  ASSERT_EQ(raw_sql(tmp.db(), std::string(kDropTriggers) +
                                  "UPDATE record_entries SET description = '伪造', leaf_hash = " +
                                  blob + where(3)),
            "");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 3u);  // the head of 3 entries verifies, the head of 5 does not
  EXPECT_THAT(v.reason, HasSubstr("at or after position 3"));
}

TEST_F(RecordStoreTest, ADeletionIsFound) {
  ASSERT_EQ(raw_sql(tmp.db(), std::string(kDropTriggers) + "DELETE FROM record_entries" + where(1)),
            "");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 1u);
  EXPECT_THAT(v.reason, HasSubstr("deleted, inserted or moved"));
}

TEST_F(RecordStoreTest, ATruncationIsFound) {
  ASSERT_EQ(raw_sql(tmp.db(), std::string(kDropTriggers) + "DELETE FROM record_entries" + where(4)),
            "");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 4u);
  EXPECT_THAT(v.reason, HasSubstr("removed at the end"));
}

TEST_F(RecordStoreTest, AReorderingIsFound) {
  // Swap the contents of entries 2 and 3 keeping the sequence numbers.
  const std::string swap =
      std::string(kDropTriggers) +
      "CREATE TEMP TABLE t AS SELECT * FROM record_entries WHERE case_id = " + std::to_string(id) +
      " AND seq IN (2, 3);"
      "UPDATE record_entries SET description = (SELECT description FROM t WHERE seq = 3), "
      "step = (SELECT step FROM t WHERE seq = 3), kind = (SELECT kind FROM t WHERE seq = 3), "
      "media_sha256 = (SELECT media_sha256 FROM t WHERE seq = 3), "
      "leaf_hash = (SELECT leaf_hash FROM t WHERE seq = 3)" +
      where(2) +
      ";"
      "UPDATE record_entries SET description = (SELECT description FROM t WHERE seq = 2), "
      "step = (SELECT step FROM t WHERE seq = 2), kind = (SELECT kind FROM t WHERE seq = 2), "
      "media_sha256 = (SELECT media_sha256 FROM t WHERE seq = 2), "
      "leaf_hash = (SELECT leaf_hash FROM t WHERE seq = 2)" +
      where(3) + ";";
  ASSERT_EQ(raw_sql(tmp.db(), swap), "");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 2u);  // entry 2 no longer matches the hash stored with it
}

TEST_F(RecordStoreTest, AnInsertionIsFound) {
  // Shift entries 3.. up by one (with their hashes) and insert a forged entry at 3.
  const std::string insert =
      std::string(kDropTriggers) +
      "UPDATE record_entries SET seq = seq + 100 WHERE case_id = " + std::to_string(id) +
      " AND seq >= 3; UPDATE record_entries SET seq = seq - 99 WHERE case_id = " +
      std::to_string(id) + " AND seq >= 100; INSERT INTO record_entries SELECT case_id, 3, " +
      "on_date, time, place, officers, step, kind, '插入', media_sha256, media_ref, leaf_hash " +
      "FROM record_entries" + where(2) + ";";
  ASSERT_EQ(raw_sql(tmp.db(), insert), "");
  auto v = verify();
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 3u);
}

TEST_F(RecordStoreTest, SignedHeadsNeedTheRightKey) {
  SigningKey other = SigningKey::generate();
  auto v = verify(&other.verifying_key());
  EXPECT_FALSE(v.ok);
  EXPECT_THAT(v.reason, HasSubstr("does not verify with key " + other.key_id()));
  // A supervisor's copy of a head that the log no longer matches.
  CaseStore store(tmp.db());
  auto heads = store.record_heads(id);
  ASSERT_EQ(heads.size(), 2u);
  EXPECT_EQ(heads[0].head.size, 3u);
  EXPECT_TRUE(key.verifying_key().verify_head(heads[1]));
  SignedTreeHead wrong = heads[1];
  wrong.head.root[0] ^= 1;
  auto w = store.verify_records(id, {wrong}, nullptr);
  EXPECT_FALSE(w.ok);
}

// ---- the audio-video policy (domain: 国办发〔2018〕118号, [U] wording: data) --------------------

TEST(RecordingPolicy, RequiredStepsWithoutVideoAreGaps) {
  const auto policy = RecordingPolicy::builtin();
  EXPECT_EQ(policy.requirement(RecordStep::kSeizure), AvRequirement::kRequired);
  EXPECT_EQ(policy.requirement(RecordStep::kHearing), AvRequirement::kRecommended);
  EXPECT_EQ(policy.requirement(RecordStep::kDecision), std::nullopt);
  Case c = sample_lead();
  c.records.push_back(entry("2026-03-04", RecordStep::kSeizure, RecordKind::kText, "查封笔录"));
  auto gaps = policy.gaps(c);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0].step, RecordStep::kSeizure);
  EXPECT_THAT(gaps[0].reason, HasSubstr("Art. 47"));
  c.records.push_back(entry("2026-03-04", RecordStep::kSeizure, RecordKind::kVideo, "查封录像"));
  c.records.back().seq = 1;
  EXPECT_TRUE(policy.gaps(c).empty());
  // A held hearing without audio or video is a recommended gap only.
  c.hearing = Hearing{};
  c.hearing->held_on = D("2026-03-25");
  EXPECT_TRUE(policy.gaps(c).empty());
  ASSERT_EQ(policy.gaps(c, true).size(), 1u);
  EXPECT_EQ(policy.gaps(c, true)[0].requirement, AvRequirement::kRecommended);
}

TEST(RecordingPolicy, BadFilesNameThePath) {
  const auto err = error_of([] {
    RecordingPolicy::from_json(
        R"({"format":"zhifa-recording-policy","version":1,"name":"x","steps":[{"step":"seizure","audio_video":"maybe"}]})",
        "mine.json");
  });
  EXPECT_THAT(err, HasSubstr("mine.json: $.steps[0].audio_video: unknown requirement 'maybe'"));
}

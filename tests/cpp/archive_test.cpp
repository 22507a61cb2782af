// Electronic case files (电子案卷): exact round trips, the baselines of every format version, and
// every class of corrupt or hostile input refused with ArchiveError.
#include "zhifa/archive.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_util.hpp"
#include "zhifa/archive_batch.hpp"
#include "zhifa/audit.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/error.hpp"
#include "zhifa/record.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa {
namespace {

namespace fs = std::filesystem;
using test::D;

const std::string kSource = ZHIFA_SOURCE_DIR;

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

const SigningKey& test_key() {
  static const SigningKey key =
      SigningKey::from_pem_file(kSource + "/tests/data/merkle/test_signing_key.pem");
  return key;
}

// Adds `n` record entries (a text entry, then photos) to the case, in log order.
void add_records(Case& c, int n) {
  for (int i = 0; i < n; ++i) {
    RecordEntry e;
    e.seq = c.records.size();
    e.on = c.lead_on;
    e.time = "09:3" + std::to_string(i % 10);
    e.place = "现场 " + std::to_string(i);
    e.officers = {"O1", "O2"};
    e.step = i == 0 ? RecordStep::kStart : RecordStep::kInvestigation;
    e.kind = i == 0 ? RecordKind::kText : RecordKind::kPhoto;
    e.description = "记录 <&> \"" + std::to_string(i) + "\" 'x'";
    if (e.kind == RecordKind::kPhoto) e.media_sha256 = to_hex(sha256(e.place));
    e.media_ref = "media/" + std::to_string(i);
    c.records.push_back(e);
  }
}

// The archive of synthetic case `index` of `seed`, with records and, when `heads`, a signed head
// of its record.
CaseArchive synthetic_archive(std::uint64_t seed, int index, bool heads) {
  SyntheticOptions o;
  o.seed = seed;
  SyntheticCaseGenerator g(o);
  Case c;
  for (int i = 0; i <= index; ++i) c = g.next().c;
  c.id = static_cast<std::int64_t>(seed * 100 + static_cast<std::uint64_t>(index) + 1);
  c.version = 3;
  add_records(c, index % 4);
  CaseArchive a{c, {}, {}};
  if (heads && !c.records.empty()) {
    TreeHead h{c.records.size(), record_log(c.records).root(), "2026-01-02T03:04:05Z"};
    a.record_heads.push_back(test_key().sign_head(h));
  }
  return a;
}

// The archive with its payload replaced and its envelope fixed up (length and hash), unsigned:
// what a hostile writer who knows the format produces.
std::string reseal(std::string archive, const std::string& payload) {
  archive.resize(kArchiveHeaderSize);
  archive[11] = 0;  // unsigned
  std::fill(archive.begin() + 60, archive.end(), '\0');
  std::uint64_t n = payload.size();
  for (int i = 0; i < 8; ++i) archive[20 + i] = static_cast<char>((n >> (8 * i)) & 0xff);
  const Hash h = sha256(payload);
  std::copy(h.begin(), h.end(), archive.begin() + 28);
  return archive + payload;
}

std::string payload_of(const std::string& archive) { return archive.substr(kArchiveHeaderSize); }

// Import must either succeed with a consistent case or throw ArchiveError; nothing else.
void expect_archive_error_or_valid(const std::string& bytes) {
  try {
    (void)import_archive(bytes);
  } catch (const ArchiveError&) {
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not an ArchiveError: " << e.what();
  }
}

// ---- round trips --------------------------------------------------------------------------------

TEST(ArchiveRoundTrip, SyntheticCasesBothFormsExact) {
  int checked = 0;
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    for (int index = 0; index < 8; ++index) {
      const CaseArchive a = synthetic_archive(seed, index, index % 2 == 0);
      for (ArchiveForm form : {ArchiveForm::kBinary, ArchiveForm::kXml}) {
        const std::string bytes = export_archive(a, form);
        ASSERT_EQ(import_archive(bytes), a)
            << "seed " << seed << " case " << index << " " << to_string(form);
        ++checked;
      }
    }
  }
  EXPECT_EQ(checked, 12 * 8 * 2);
}

TEST(ArchiveRoundTrip, AuditResultsAndHeadsKept) {
  CaseArchive a = synthetic_archive(5, 3, true);
  AuditContext context(D("2026-12-31"), {synthetic_agency()});
  a.audit_results.push_back(audit_case(a.c, context, Standard::builtin()));
  ASSERT_FALSE(a.audit_results[0].items.empty());
  ASSERT_EQ(a.record_heads.size(), 1u);
  for (ArchiveForm form : {ArchiveForm::kBinary, ArchiveForm::kXml}) {
    EXPECT_EQ(import_archive(export_archive(a, form, &test_key())), a);
  }
}

TEST(ArchiveRoundTrip, EmptyCaseAndSpecialTextExact) {
  CaseArchive a;  // default dates are not-a-date-time: kept as such
  a.c.title = "  leading and trailing spaces  ";
  a.c.facts = "line one\nline two\t<tag> & \"quotes\" 'apostrophes' 中文";
  for (ArchiveForm form : {ArchiveForm::kBinary, ArchiveForm::kXml}) {
    EXPECT_EQ(import_archive(export_archive(a, form)), a) << to_string(form);
  }
}

TEST(ArchiveRoundTrip, ControlCharactersOnlyInBinary) {
  CaseArchive a;
  a.c.facts = std::string("nul \0 and bell \a and cr \r", 26);
  EXPECT_EQ(import_archive(export_archive(a, ArchiveForm::kBinary)), a);
  EXPECT_THROW(export_archive(a, ArchiveForm::kXml), ArchiveError);
}

TEST(ArchiveRoundTrip, ExportRefusesInconsistentCase) {
  CaseArchive a = synthetic_archive(3, 2, false);
  a.c.records.clear();
  add_records(a.c, 3);
  a.c.records[1].seq = 7;
  EXPECT_THROW(export_archive(a), ArchiveError);
  CaseArchive b = synthetic_archive(3, 1, false);
  b.c.id = -4;
  EXPECT_THROW(export_archive(b), ArchiveError);
}

// ---- signatures ---------------------------------------------------------------------------------

TEST(ArchiveSignature, VerifiesWithTheAgencyKeyOnly) {
  const CaseArchive a = synthetic_archive(2, 1, false);
  const std::string signed_bytes = export_archive(a, ArchiveForm::kBinary, &test_key());
  const VerifyingKey& right = test_key().verifying_key();
  const SigningKey other = SigningKey::generate();
  EXPECT_EQ(import_archive(signed_bytes, {&right, true}), a);
  EXPECT_THROW(import_archive(signed_bytes, {&other.verifying_key(), false}), ArchiveError);
  // Unsigned where a signature is required; signed without a key where one is required.
  const std::string unsigned_bytes = export_archive(a);
  EXPECT_THROW(import_archive(unsigned_bytes, {&right, true}), ArchiveError);
  EXPECT_THROW(import_archive(signed_bytes, {nullptr, true}), ArchiveError);
  EXPECT_EQ(import_archive(unsigned_bytes, {&right, false}), a);
  // Any changed byte of the signed header or of the signature fails.
  for (std::size_t at : {8u, 12u, 14u, 20u, 30u, 60u, 68u, 100u, 131u}) {
    std::string bad = signed_bytes;
    bad[at] = static_cast<char>(bad[at] ^ 0x01);
    EXPECT_THROW(import_archive(bad, {&right, false}), ArchiveError) << "byte " << at;
  }
  const ArchiveInspection ok = inspect_archive(signed_bytes, &right);
  EXPECT_TRUE(ok.ok()) << ok.problem;
  EXPECT_EQ(ok.signature_ok, true);
  EXPECT_EQ(ok.envelope.key_id, right.key_id());
  const ArchiveInspection wrong = inspect_archive(signed_bytes, &other.verifying_key());
  EXPECT_FALSE(wrong.ok());
  EXPECT_EQ(wrong.signature_ok, false);
}

// ---- corruption and hostile input ---------------------------------------------------------------

TEST(ArchiveCorruption, TruncationAtEveryLengthRefused) {
  CaseArchive a;
  a.c.title = "small";
  add_records(a.c, 1);
  for (ArchiveForm form : {ArchiveForm::kBinary, ArchiveForm::kXml}) {
    const std::string bytes = export_archive(a, form);
    for (std::size_t n = 0; n < bytes.size(); ++n) {
      EXPECT_THROW(import_archive(std::string_view(bytes).substr(0, n)), ArchiveError) << n;
    }
    // Truncated payloads sealed again (right length and hash) reach the decoder: still refused.
    const std::string payload = payload_of(bytes);
    for (std::size_t n = 0; n < payload.size(); ++n) {
      EXPECT_THROW(import_archive(reseal(bytes, payload.substr(0, n))), ArchiveError)
          << to_string(form) << " payload cut at " << n;
    }
  }
}

TEST(ArchiveCorruption, EveryFlippedByteRefusedOrResealedSafely) {
  const CaseArchive a = synthetic_archive(4, 2, true);
  for (ArchiveForm form : {ArchiveForm::kBinary, ArchiveForm::kXml}) {
    const std::string bytes = export_archive(a, form);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (i >= 12 && i < 18) continue;  // the writer's zhifa version: informational, signed only
      std::string bad = bytes;
      bad[i] = static_cast<char>(bad[i] ^ 0x5a);
      EXPECT_THROW(import_archive(bad), ArchiveError) << "byte " << i;
    }
    const std::string payload = payload_of(bytes);
    for (std::size_t i = 0; i < payload.size(); i += 3) {
      std::string p = payload;
      p[i] = static_cast<char>(p[i] ^ 0xff);
      expect_archive_error_or_valid(reseal(bytes, p));
    }
  }
}

TEST(ArchiveCorruption, EnvelopeFieldsChecked) {
  const std::string bytes = export_archive(synthetic_archive(6, 0, false));
  auto refused = [](std::string b, const char* what) {
    try {
      (void)import_archive(b);
      ADD_FAILURE() << "accepted: " << what;
    } catch (const ArchiveError& e) {
      EXPECT_NE(std::string(e.what()).find(what), std::string::npos) << e.what();
    }
  };
  std::string m = bytes;
  m[1] = 'X';
  refused(m, "wrong magic");
  std::string v = bytes;
  v[8] = 2;
  refused(v, "newer than");
  v[8] = 0;
  refused(v, "format version 0");
  std::string f = bytes;
  f[10] = 3;
  refused(f, "form 3");
  f = bytes;
  f[11] = 4;
  refused(f, "unknown bits");
  std::string huge = bytes;
  huge[27] = static_cast<char>(0x80);  // length 2^63 + n
  refused(huge, "exceeds the limit");
  huge = bytes;
  huge[23] = 0x10;  // 256 MiB + n
  refused(huge, "exceeds the limit");
  std::string longer = bytes;
  longer[20] = static_cast<char>(longer[20] + 1);
  refused(longer, "truncated");
  refused(bytes + "x", "trailing bytes");
  std::string sig = bytes;
  sig[100] = 1;
  refused(sig, "marked unsigned");
  std::string hash = bytes;
  hash[40] = static_cast<char>(hash[40] ^ 1);
  refused(hash, "SHA-256");
  refused("", "truncated");
}

TEST(ArchiveCorruption, HostileLengthsInsidePayloadRefusedBeforeAllocating) {
  CaseArchive a;
  a.c.title = "MARKER-TITLE";
  const std::string bytes = export_archive(a, ArchiveForm::kBinary);
  const std::string payload = payload_of(bytes);
  const std::size_t at = payload.find("MARKER-TITLE");
  ASSERT_NE(at, std::string::npos);
  for (std::uint64_t n : {std::uint64_t{1} << 62, std::uint64_t{1} << 30, std::uint64_t{4096}}) {
    std::string p = payload;
    for (int i = 0; i < 8; ++i) p[at - 8 + i] = static_cast<char>((n >> (8 * i)) & 0xff);
    try {
      (void)import_archive(reseal(bytes, p));
      ADD_FAILURE() << "accepted string length " << n;
    } catch (const ArchiveError& e) {
      EXPECT_NE(std::string(e.what()).find("string length"), std::string::npos) << e.what();
    }
  }
}

TEST(ArchiveCorruption, DecodedContentValidated) {
  CaseArchive a = synthetic_archive(8, 1, false);
  a.c.records.clear();
  add_records(a.c, 2);
  const std::string bytes = export_archive(a, ArchiveForm::kXml);
  std::string payload = payload_of(bytes);
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string p = payload;
    const std::size_t at = p.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return reseal(bytes, p.replace(at, from.size(), to));
  };
  EXPECT_THROW(import_archive(replaced("<seq>1</seq>", "<seq>5</seq>")), ArchiveError);
  EXPECT_THROW(import_archive(replaced("<status>", "<status>x")), ArchiveError);
  EXPECT_THROW(import_archive(replaced("<lead_on>", "<lead_on>9")), ArchiveError);
  EXPECT_THROW(import_archive(replaced("<id>", "<id>-")), ArchiveError);
  // A class version newer than this code knows, and a list count beyond the input.
  EXPECT_THROW(import_archive(replaced("version=\"1\"", "version=\"2\"")), ArchiveError);
  EXPECT_THROW(import_archive(replaced("<records>2</records>", "<records>900000</records>")),
               ArchiveError);
  EXPECT_THROW(import_archive(replaced("<records>2</records>", "<records>9000000</records>")),
               ArchiveError);
  EXPECT_THROW(import_archive(replaced("</boost_serialization>", "</boost_serializatio>")),
               ArchiveError);
  EXPECT_THROW(import_archive(replaced("</case_archive>", "</case_archive><x></x>")), ArchiveError);
}

// ---- baselines of every format version ---------------------------------------------------------

// The baselines of format version 1: synthetic cases as binary and XML archives, each beside its
// JSON. Set ZHIFA_WRITE_ARCHIVE_BASELINES=1 to write them (only when a new format version is
// added; existing files are never rewritten).
TEST(ArchiveBaseline, Version1FilesLoadExactly) {
  const fs::path dir = fs::path(kSource) / "tests/data/archive/v1";
  const VerifyingKey& key = test_key().verifying_key();
  if (std::getenv("ZHIFA_WRITE_ARCHIVE_BASELINES")) {
    fs::create_directories(dir);
    for (int i = 0; i < 3; ++i) {
      const CaseArchive a = synthetic_archive(20250101, i * 3, i != 1);
      const std::string name = "case-" + std::to_string(i);
      if (fs::exists(dir / (name + ".json"))) continue;
      std::ofstream(dir / (name + ".json")) << to_json(a.c) << "\n";
      std::ofstream(dir / (name + ".bin.zcf"), std::ios::binary)
          << export_archive(a, ArchiveForm::kBinary, i == 2 ? &test_key() : nullptr);
      std::ofstream(dir / (name + ".xml.zcf"), std::ios::binary)
          << export_archive(a, ArchiveForm::kXml);
    }
  }
  int loaded = 0;
  for (int i = 0; i < 3; ++i) {
    const std::string name = "case-" + std::to_string(i);
    std::string json = slurp((dir / (name + ".json")).string());
    ASSERT_FALSE(json.empty()) << name;
    json.pop_back();
    const Case expected = case_from_json(json);
    for (const char* ext : {".bin.zcf", ".xml.zcf"}) {
      const CaseArchive a = read_archive_file((dir / (name + ext)).string(), {&key, false});
      EXPECT_EQ(a.c, expected) << name << ext;
      EXPECT_EQ(a.record_heads.empty(), i == 1 || a.c.records.empty()) << name << ext;
      ++loaded;
    }
  }
  EXPECT_EQ(loaded, 6);
  // The signed baseline verifies with the test key, the others are unsigned.
  EXPECT_TRUE(inspect_archive(slurp((dir / "case-2.bin.zcf").string()), &key).signature_ok);
}

// ---- folders ------------------------------------------------------------------------------------

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("zhifa-archive-test-" + std::to_string(::getpid()) + "-" + std::to_string(n_++));
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string str(const std::string& sub = "") const { return (path_ / sub).string(); }

 private:
  static inline int n_ = 0;
  fs::path path_;
};

TEST(ArchiveFolder, ExportImportAndAuditWithoutImport) {
  TempDir tmp;
  CaseStore store(tmp.str("a.db"));
  store.register_agency(synthetic_agency());
  SyntheticCaseGenerator g;
  std::vector<Case> cases;
  for (int i = 0; i < 6; ++i) {
    Case c = g.next().c;
    add_records(c, i % 3);
    cases.push_back(c);
  }
  store.add_all(cases);
  store.checkpoint_records(cases[1].id, "2026-01-01T00:00:00Z", &test_key());
  EXPECT_EQ(export_archives(store, tmp.str("files"), {}, ArchiveForm::kXml, &test_key()), 6u);
  const std::vector<std::string> files = archive_files(tmp.str("files"));
  ASSERT_EQ(files.size(), 6u);
  EXPECT_EQ(read_archive_file(tmp.str("files/" + archive_file_name(cases[1].id))).record_heads,
            store.record_heads(cases[1].id));

  CaseStore copy(tmp.str("b.db"));
  copy.register_agency(synthetic_agency());
  const VerifyingKey& key = test_key().verifying_key();
  EXPECT_EQ(import_archives(copy, tmp.str("files"), {&key, true}), 6u);
  std::vector<Case> stored;
  copy.for_each({}, [&](const Case& c) { stored.push_back(c); });
  ASSERT_EQ(stored.size(), cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    Case expected = store.get(cases[i].id);
    expected.id = stored[i].id;
    expected.version = stored[i].version;
    EXPECT_EQ(stored[i], expected) << i;
  }

  AuditContext context(D("2026-12-31"), {synthetic_agency()});
  std::vector<Case> loaded;
  for (const auto& f : files) loaded.push_back(read_archive_file(f).c);
  AuditBatchOptions one;
  one.threads = 1;
  EXPECT_EQ(audit_archives(tmp.str("files"), context, Standard::builtin(), {}, one),
            audit_cases(loaded, context, Standard::builtin(), one));

  // A bad file anywhere stops the import before anything is stored.
  std::ofstream(tmp.str("files/zzz.zcf"), std::ios::binary) << "junk";
  CaseStore third(tmp.str("c.db"));
  third.register_agency(synthetic_agency());
  EXPECT_THROW(import_archives(third, tmp.str("files")), ArchiveError);
  EXPECT_EQ(third.count(), 0);
  EXPECT_THROW(read_archive_file(tmp.str("missing.zcf")), ArchiveError);
}

}  // namespace
}  // namespace zhifa

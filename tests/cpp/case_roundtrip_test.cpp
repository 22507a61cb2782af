// One case with every field set, through every representation: the JSON Lines format, the store,
// the electronic case file (both forms), and back. Each representation is compared field by
// field, and a failure names the field that was lost ("decision.penalties[1].amount").
//
// The field lists below name every member of Case and of each type it holds, and each type's
// member count is checked against the count the compiler sees. A field added to one of these types
// without being added here fails FieldListsNameEveryMember; once added here, fully_populated()
// must set it (EveryFieldIsSetSomewhere), and every representation must carry it (the round
// trips). tests/python/test_case_roundtrip.py takes the same case (its JSON is kept in
// tests/data/case/fully_populated.json) through the Python bindings and their dicts.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "zhifa/archive.hpp"
#include "zhifa/case.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/case_store.hpp"
#include "zhifa/record.hpp"

namespace zhifa {
namespace {

using test::D;

// ---- how many members an aggregate has --------------------------------------------------------

// Converts to anything: T{Any{}, ...} compiles exactly when T has at least that many members.
struct Any {
  template <typename T>
  operator T() const;  // never defined: used only in unevaluated contexts
};

template <typename T, std::size_t... I>
constexpr bool constructible_with(std::index_sequence<I...>) {
  return requires { T{(static_cast<void>(I), Any{})...}; };
}

template <typename T, std::size_t N = 0>
constexpr std::size_t member_count() {
  if constexpr (N > 64) {
    return 0;
  } else if constexpr (constructible_with<T>(std::make_index_sequence<N + 1>{})) {
    return member_count<T, N + 1>();
  } else {
    return N;
  }
}

// ---- field lists ------------------------------------------------------------------------------

// A walk over two values of the same type, naming each field: `diff` collects the paths where
// they differ, `set` the paths (without indices) where the first is not the default value.
struct Walk {
  std::vector<std::string> diff;
  std::set<std::string> set;
  std::set<std::string> all;
};

template <typename T>
struct Fields;  // Fields<T>::list: {name, walker} for each member of T

template <typename T>
concept HasFields = requires {
  Fields<T>::list();
};

template <typename T>
void walk(const std::string& path, const std::string& key, const T& a, const T& b, const T& d,
          Walk& w);
template <typename T>
void walk(const std::string& path, const std::string& key, const std::optional<T>& a,
          const std::optional<T>& b, const std::optional<T>& d, Walk& w);
template <typename T>
void walk(const std::string& path, const std::string& key, const std::vector<T>& a,
          const std::vector<T>& b, const std::vector<T>& d, Walk& w);
void walk(const std::string& path, const std::string& key, const ResidentId& a, const ResidentId& b,
          const ResidentId& d, Walk& w);
void walk(const std::string& path, const std::string& key, const CreditCode& a, const CreditCode& b,
          const CreditCode& d, Walk& w);

template <typename T>
struct Field {
  std::string name;
  std::function<void(const std::string&, const std::string&, const T&, const T&, const T&, Walk&)>
      run;
};

#define ZHIFA_FIELD(Type, member)                                                              \
  Field<Type> {                                                                                \
#member, [](const std::string& path, const std::string& key, const Type& a, const Type& b, \
                const Type& d, Walk& w) { walk(path, key, a.member, b.member, d.member, w); }  \
  }

// `d` is the value in a default-constructed owner: "set" means different from it.
template <typename T>
void walk(const std::string& path, const std::string& key, const T& a, const T& b, const T& d,
          Walk& w) {
  if constexpr (HasFields<T>) {
    for (const auto& f : Fields<T>::list()) {
      const std::string p = path.empty() ? f.name : path + "." + f.name;
      const std::string k = key.empty() ? f.name : key + "." + f.name;
      f.run(p, k, a, b, d, w);
    }
  } else {
    w.all.insert(key);
    if (a != d) w.set.insert(key);
    if (a != b) w.diff.push_back(path);
  }
}

template <typename T>
void walk(const std::string& path, const std::string& key, const std::optional<T>& a,
          const std::optional<T>& b, const std::optional<T>&, Walk& w) {
  w.all.insert(key);
  if (a) w.set.insert(key);
  if (a.has_value() != b.has_value()) {
    w.diff.push_back(path + (a ? " (lost)" : " (appeared)"));
    return;
  }
  if (!a) return;
  if constexpr (std::is_default_constructible_v<T>) {
    walk(path, key, *a, *b, T{}, w);
  } else {
    walk(path, key, *a, *b, *a, w);  // ResidentId, CreditCode: compared whole
  }
}

template <typename T>
void walk(const std::string& path, const std::string& key, const std::vector<T>& a,
          const std::vector<T>& b, const std::vector<T>&, Walk& w) {
  w.all.insert(key);
  if (!a.empty()) w.set.insert(key);
  if (a.size() != b.size()) {
    w.diff.push_back(path + " (" + std::to_string(a.size()) + " entries, then " +
                     std::to_string(b.size()) + ")");
    return;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    walk(path + "[" + std::to_string(i) + "]", key + "[]", a[i], b[i], T{}, w);
  }
}

// ResidentId and CreditCode have no default; they are compared whole.
void walk(const std::string& path, const std::string& key, const ResidentId& a, const ResidentId& b,
          const ResidentId&, Walk& w) {
  w.all.insert(key);
  w.set.insert(key);
  if (a.str() != b.str()) w.diff.push_back(path);
}
void walk(const std::string& path, const std::string& key, const CreditCode& a, const CreditCode& b,
          const CreditCode&, Walk& w) {
  w.all.insert(key);
  w.set.insert(key);
  if (a.str() != b.str()) w.diff.push_back(path);
}

#define ZHIFA_FIELDS(Type, ...)                                  \
  template <>                                                    \
  struct Fields<Type> {                                          \
    static const std::vector<Field<Type>>& list() {              \
      static const std::vector<Field<Type>> fields{__VA_ARGS__}; \
      return fields;                                             \
    }                                                            \
  };

#define F(T, m) ZHIFA_FIELD(T, m)

ZHIFA_FIELDS(Party, F(Party, id), F(Party, kind), F(Party, name), F(Party, resident_id),
             F(Party, birth_date), F(Party, credit_code), F(Party, legal_representative),
             F(Party, phone), F(Party, address))
ZHIFA_FIELDS(Violation, F(Violation, item_code), F(Violation, description),
             F(Violation, violated_provision), F(Violation, penalty_provision),
             F(Violation, act_date), F(Violation, act_ended), F(Violation, discovered),
             F(Violation, life_health_or_financial_harm))
ZHIFA_FIELDS(Evidence, F(Evidence, id), F(Evidence, kind), F(Evidence, description),
             F(Evidence, collected_on), F(Evidence, verified), F(Evidence, lawfully_obtained))
ZHIFA_FIELDS(ServiceRecord, F(ServiceRecord, method), F(ServiceRecord, served_on),
             F(ServiceRecord, recipient), F(ServiceRecord, electronic_consent))
ZHIFA_FIELDS(Document, F(Document, id), F(Document, type), F(Document, number), F(Document, date),
             F(Document, signatories), F(Document, service))
ZHIFA_FIELDS(Penalty, F(Penalty, kind), F(Penalty, amount), F(Penalty, detail))
ZHIFA_FIELDS(RightsNotice, F(RightsNotice, served_on), F(RightsNotice, proposed),
             F(RightsNotice, hearing_right_notified), F(RightsNotice, statement_waived_on),
             F(RightsNotice, statement_made_on), F(RightsNotice, hearing_waived_on))
ZHIFA_FIELDS(Hearing, F(Hearing, requested_on), F(Hearing, notified_on), F(Hearing, scheduled_for),
             F(Hearing, presiding_officer_id), F(Hearing, held_on), F(Hearing, waived_by_absence))
ZHIFA_FIELDS(ReviewFinding, F(ReviewFinding, item), F(ReviewFinding, satisfied),
             F(ReviewFinding, note))
ZHIFA_FIELDS(LegalReview, F(LegalReview, reviewed_on), F(LegalReview, reviewer_id),
             F(LegalReview, verdict), F(LegalReview, opinion), F(LegalReview, submitted_on),
             F(LegalReview, findings), F(LegalReview, grounds))
ZHIFA_FIELDS(CollectiveDiscussion, F(CollectiveDiscussion, held_on),
             F(CollectiveDiscussion, participants), F(CollectiveDiscussion, conclusion))
ZHIFA_FIELDS(Decision, F(Decision, outcome), F(Decision, penalties), F(Decision, decided_on),
             F(Decision, document_number), F(Decision, on_the_spot), F(Decision, mitigation))
ZHIFA_FIELDS(Payment, F(Payment, paid_on), F(Payment, amount), F(Payment, collected_on_the_spot))
ZHIFA_FIELDS(PaymentArrangement, F(PaymentArrangement, applied_on),
             F(PaymentArrangement, approved_on), F(PaymentArrangement, approver),
             F(PaymentArrangement, instalments))
ZHIFA_FIELDS(RemedyPeriod, F(RemedyPeriod, from), F(RemedyPeriod, to), F(RemedyPeriod, kind))
ZHIFA_FIELDS(CaseEvent, F(CaseEvent, on), F(CaseEvent, from), F(CaseEvent, to),
             F(CaseEvent, action), F(CaseEvent, officer_id), F(CaseEvent, note))
ZHIFA_FIELDS(RecordEntry, F(RecordEntry, seq), F(RecordEntry, on), F(RecordEntry, time),
             F(RecordEntry, place), F(RecordEntry, officers), F(RecordEntry, step),
             F(RecordEntry, kind), F(RecordEntry, description), F(RecordEntry, media_sha256),
             F(RecordEntry, media_ref))
ZHIFA_FIELDS(DecisionChange, F(DecisionChange, on), F(DecisionChange, kind), F(DecisionChange, by),
             F(DecisionChange, reason))
ZHIFA_FIELDS(Publication, F(Publication, published_on), F(Publication, reference),
             F(Publication, withdrawn_on), F(Publication, withdrawal_reason),
             F(Publication, removed_on), F(Publication, removal_reason))
ZHIFA_FIELDS(CaseFlags, F(CaseFlags, complex_or_serious), F(CaseFlags, major_public_interest),
             F(CaseFlags, major_rights), F(CaseFlags, complex_legal_relations),
             F(CaseFlags, review_required_by_law), F(CaseFlags, mental_incapacity))
ZHIFA_FIELDS(Suspension, F(Suspension, from), F(Suspension, to), F(Suspension, reason))
ZHIFA_FIELDS(Extension, F(Extension, length), F(Extension, approver), F(Extension, reason),
             F(Extension, approved_on))
ZHIFA_FIELDS(Case, F(Case, id), F(Case, version), F(Case, number), F(Case, agency_code),
             F(Case, power_code), F(Case, procedure), F(Case, status), F(Case, source),
             F(Case, title), F(Case, facts), F(Case, lead_on), F(Case, filed_on), F(Case, parties),
             F(Case, violations), F(Case, evidence), F(Case, documents), F(Case, investigators),
             F(Case, events), F(Case, flags), F(Case, notice), F(Case, hearing), F(Case, reviews),
             F(Case, discussion), F(Case, decision), F(Case, served_on), F(Case, payments),
             F(Case, arrangement), F(Case, remedies), F(Case, closed_on),
             F(Case, decision_suspensions), F(Case, decision_extensions), F(Case, records),
             F(Case, decision_change), F(Case, publication))

#undef F

template <typename T>
std::pair<std::size_t, std::size_t> counts() {
  return {member_count<T>(), Fields<T>::list().size()};
}

// The paths where `b` differs from `a`, each a field name.
std::vector<std::string> differences(const Case& a, const Case& b) {
  Walk w;
  walk("", "", a, b, Case{}, w);
  return w.diff;
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& s : v) out += "\n  " + s;
  return out;
}

// ---- the case ---------------------------------------------------------------------------------

RecordEntry entry(std::uint64_t seq, RecordStep step, RecordKind kind, const char* text) {
  RecordEntry e;
  e.seq = seq;
  e.on = parse_iso_date("2025-03-0" + std::to_string(3 + seq));
  e.time = "09:3" + std::to_string(seq) + ":15";
  e.place = "大连市中山区人民路" + std::to_string(seq + 1) + "号";
  e.officers = {"O1", "O2"};
  e.step = step;
  e.kind = kind;
  e.description = text;
  e.media_sha256 = to_hex(sha256(text));
  e.media_ref = "media/" + std::to_string(seq) + ".jpg";
  return e;
}

// Every field of the case and of everything it holds set to a value other than its default,
// in at least one entry of each list.
Case fully_populated() {
  Case c;
  c.id = 41;
  c.version = 7;
  c.number = "大发改罚〔2025〕17号";
  c.agency_code = "DLDRC";
  c.power_code = "DLDRC-CF-001";
  c.procedure = ProcedureKind::kSimple;
  c.status = CaseStatus::kArchived;
  c.source = CaseSource::kComplaint;
  c.title = "某建设有限公司必须招标项目未招标案";
  c.facts = "经查, 当事人将依法必须招标的项目化整为零规避招标; 涉案合同金额 1,234,567.89 元。";
  c.lead_on = D("2025-03-01");
  c.filed_on = D("2025-03-03");

  Party org = Party::organization("P1", PartyKind::kOtherOrganization, "大连某建设有限公司",
                                  CreditCode("91110000600037341L"), "张三", "0411-0000000",
                                  "大连市中山区人民路1号");
  Party person = Party::natural_person("P2", "李某", ResidentId("11010519491231002X"),
                                       "13800000000", "大连市西岗区");
  person.birth_date = D("1949-12-31");
  c.parties = {org, person};

  c.violations = {Violation{"TB-49", "必须招标的项目未招标", "招标投标法 Art. 4",
                            "招标投标法 Art. 49", D("2024-10-08"), D("2024-12-31"), D("2025-02-27"),
                            true}};
  c.evidence = {
      Evidence{"E1", EvidenceKind::kElectronicData, "合同电子文本", D("2025-03-04"), true, false}};
  c.documents = {
      Document{"DOC1",
               DocumentType::kDecision,
               "大发改罚决〔2025〕17号",
               D("2025-04-10"),
               {"O1", "O2"},
               ServiceRecord{ServiceMethod::kElectronic, D("2025-04-11"), "张三", true}}};
  c.investigators = {"O1", "O2"};
  c.events = {
      CaseEvent{D("2025-03-03"), CaseStatus::kLead, CaseStatus::kFiled, "file", "O1", "立案审批"},
      CaseEvent{D("2025-03-04"), CaseStatus::kFiled, CaseStatus::kInvestigating, "investigate",
                "O2", ""}};
  c.flags = CaseFlags{true, true, true, true, true, true};
  c.notice = RightsNotice{D("2025-03-20"),
                          {Penalty{PenaltyKind::kFine, Money::from_fen(1234567), "拟罚款"}},
                          true,
                          D("2025-03-21"),
                          D("2025-03-22"),
                          D("2025-03-23")};
  c.hearing =
      Hearing{D("2025-03-22"), D("2025-03-24"), D("2025-03-31"), "O9", D("2025-03-31"), true};
  c.reviews = {LegalReview{D("2025-04-03"),
                           "R1",
                           ReviewVerdict::kApproveWithChanges,
                           "罚款数额依基准调整",
                           D("2025-04-01"),
                           {ReviewFinding{"procedure", false, "听证笔录缺签名"}},
                           {"major_rights"}}};
  c.discussion = CollectiveDiscussion{D("2025-04-08"), {"局长", "副局长"}, "同意处罚"};
  c.decision = Decision{Outcome::kNoPenaltyMinor,
                        {Penalty{PenaltyKind::kWarning, std::nullopt, ""},
                         Penalty{PenaltyKind::kFine, Money::from_fen(4480000), "罚款"}},
                        D("2025-04-10"),
                        "大发改罚决〔2025〕17号",
                        true,
                        Mitigation::kLighter};
  c.served_on = D("2025-04-11");
  c.payments = {Payment{D("2025-05-06"), Money::from_fen(2240000), true}};
  c.arrangement = PaymentArrangement{
      D("2025-04-20"),
      D("2025-04-25"),
      "局长",
      {{D("2025-05-06"), Money::from_fen(2240000)}, {D("2025-06-06"), Money::from_fen(2240000)}}};
  c.remedies = {RemedyPeriod{D("2025-04-15"), D("2025-06-15"), "review"}};
  c.closed_on = D("2025-06-30");
  c.decision_suspensions = {Suspension{D("2025-03-10"), D("2025-03-14"), "鉴定"}};
  c.decision_extensions = {Extension{30, "局长", "案情复杂", D("2025-03-30")}};
  c.records = {entry(0, RecordStep::kStart, RecordKind::kText, "立案"),
               entry(1, RecordStep::kInspection, RecordKind::kPhoto, "现场照片")};
  c.decision_change = DecisionChange{D("2025-07-01"), DecisionChangeKind::kRevoked,
                                     "市人民政府 (行政复议)", "事实不清"};
  c.publication = Publication{D("2025-04-15"), "https://example.gov.cn/xzcf/17",
                              D("2025-07-02"), "决定被撤销",
                              D("2025-07-03"), "信用修复"};
  return c;
}

// ---- the tests --------------------------------------------------------------------------------

#define ZHIFA_COUNT(Type)                                                                    \
  {                                                                                          \
    const auto [members, named] = counts<Type>();                                            \
    EXPECT_EQ(members, named) << #Type << " has " << members << " members; this test names " \
                              << named << ": add the new field to Fields<" #Type ">";        \
  }

TEST(CaseRoundTrip, FieldListsNameEveryMember){
    ZHIFA_COUNT(Case) ZHIFA_COUNT(Party) ZHIFA_COUNT(Violation) ZHIFA_COUNT(Evidence)
        ZHIFA_COUNT(ServiceRecord) ZHIFA_COUNT(Document) ZHIFA_COUNT(Penalty)
            ZHIFA_COUNT(RightsNotice) ZHIFA_COUNT(Hearing) ZHIFA_COUNT(ReviewFinding)
                ZHIFA_COUNT(LegalReview) ZHIFA_COUNT(CollectiveDiscussion) ZHIFA_COUNT(Decision)
                    ZHIFA_COUNT(Payment) ZHIFA_COUNT(PaymentArrangement) ZHIFA_COUNT(RemedyPeriod)
                        ZHIFA_COUNT(CaseEvent) ZHIFA_COUNT(RecordEntry) ZHIFA_COUNT(DecisionChange)
                            ZHIFA_COUNT(Publication) ZHIFA_COUNT(CaseFlags) ZHIFA_COUNT(Suspension)
                                ZHIFA_COUNT(Extension)}

TEST(CaseRoundTrip, TheMemberCountIsTheCompilers) {
  // The count itself, on types whose members are known here: it must be able to fail.
  struct Three {
    int a;
    std::string b;
    std::optional<Date> c;
  };
  struct WithNested {
    Three t;
    std::vector<Three> v;
  };
  EXPECT_EQ(member_count<Three>(), 3u);
  EXPECT_EQ(member_count<WithNested>(), 2u);
}

TEST(CaseRoundTrip, EveryFieldIsSetSomewhere) {
  const Case c = fully_populated();
  Walk w;
  walk("", "", c, c, Case{}, w);
  std::vector<std::string> unset;
  for (const auto& k : w.all) {
    if (!w.set.count(k)) unset.push_back(k);
  }
  EXPECT_TRUE(unset.empty()) << "fields left at their default:" << joined(unset);
  EXPECT_TRUE(w.diff.empty());
}

TEST(CaseRoundTrip, TheWalkNamesALostField) {
  const Case a = fully_populated();
  Case b = a;
  b.decision->penalties[1].amount.reset();
  b.parties[0].address.clear();
  EXPECT_EQ(differences(a, b), (std::vector<std::string>{"parties[0].address",
                                                         "decision.penalties[1].amount (lost)"}));
}

TEST(CaseRoundTrip, JsonLinesFormat) {
  const Case c = fully_populated();
  const Case back = case_from_json(to_json(c));
  EXPECT_TRUE(differences(c, back).empty()) << "lost in JSON:" << joined(differences(c, back));
  EXPECT_EQ(back, c);
}

TEST(CaseRoundTrip, JsonIsTheOneKeptForPython) {
  // tests/python/test_case_roundtrip.py reads this file; regenerate it with
  // ZHIFA_WRITE_GOLDEN=1 when a field is added.
  const std::string path = std::string(ZHIFA_SOURCE_DIR) + "/tests/data/case/fully_populated.json";
  const std::string text = to_json(fully_populated()) + "\n";
  if (std::getenv("ZHIFA_WRITE_GOLDEN")) {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  EXPECT_EQ(test::read_source("tests/data/case/fully_populated.json"), text)
      << "run the test with ZHIFA_WRITE_GOLDEN=1 to rewrite " << path;
}

TEST(CaseRoundTrip, Store) {
  const Case original = fully_populated();
  CaseStore store(":memory:");
  Case c = original;
  c.id = 0;  // a new case: the store assigns its id and version
  c.version = 0;
  store.add(c);
  const Case back = store.get(c.id);
  // The store assigns the id and the version; everything else comes back as given.
  Case expected = original;
  expected.id = c.id;
  expected.version = c.version;
  EXPECT_TRUE(differences(expected, back).empty())
      << "lost in the store:" << joined(differences(expected, back));
  const auto many = store.get_many({c.id});
  ASSERT_EQ(many.size(), 1u);
  EXPECT_TRUE(differences(expected, many[0]).empty())
      << "lost in get_many:" << joined(differences(expected, many[0]));
  std::vector<Case> streamed;
  store.for_each({}, [&](const Case& s) { streamed.push_back(s); });
  ASSERT_EQ(streamed.size(), 1u);
  EXPECT_TRUE(differences(expected, streamed[0]).empty())
      << "lost in for_each:" << joined(differences(expected, streamed[0]));
}

TEST(CaseRoundTrip, ElectronicCaseFileInBothForms) {
  const CaseArchive archive{fully_populated(), {}, {}};
  for (ArchiveForm form : {ArchiveForm::kBinary, ArchiveForm::kXml}) {
    const CaseArchive back = import_archive(export_archive(archive, form));
    EXPECT_TRUE(differences(archive.c, back.c).empty())
        << "lost in the " << to_string(form)
        << " archive:" << joined(differences(archive.c, back.c));
    EXPECT_EQ(back, archive);
  }
}

}  // namespace
}  // namespace zhifa

// The enforcement case (行政处罚案件) as a value: parties, violations, evidence, documents,
// officers, the timeline, the outcome and decision, and execution. The procedure that moves a
// case between states, with the law's guards, is in procedure.hpp; storage in case_store.hpp.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/date.hpp"
#include "zhifa/deadline.hpp"
#include "zhifa/money.hpp"
#include "zhifa/party.hpp"

namespace zhifa {

/// Where a case is in the procedure. General procedure: kLead -> kFiled -> kInvestigating ->
/// kNotified -> (kHearing) -> (kLegalReview) -> (kCollectiveDiscussion) -> kDecided -> kServed
/// -> kExecuted -> kClosed -> kArchived. Simple procedure (当场处罚, Art. 51-52): kLead ->
/// kDecided -> kServed -> ... A case may end as kWithdrawn (撤销立案 / not filed) or
/// kTransferred (移送司法机关, Art. 57 (4)).
enum class CaseStatus {
  kLead,                  ///< 线索
  kFiled,                 ///< 立案
  kInvestigating,         ///< 调查取证
  kNotified,              ///< 告知 (Art. 44)
  kHearing,               ///< 陈述申辩 / 听证 (Art. 45, 63-65)
  kLegalReview,           ///< 法制审核 (Art. 58)
  kCollectiveDiscussion,  ///< 集体讨论 (Art. 57 ¶2)
  kDecided,               ///< 决定
  kServed,                ///< 送达 (Art. 61)
  kExecuted,              ///< 执行完毕
  kClosed,                ///< 结案
  kArchived,              ///< 归档
  kWithdrawn,             ///< 撤销 / 不予立案
  kTransferred,           ///< 移送司法机关
};

/// 一般程序 or 简易程序 (当场处罚).
enum class ProcedureKind { kGeneral, kSimple };

/// How the case came to the agency.
enum class CaseSource {
  kInspection,
  kRandomInspection,
  kComplaint,
  kReferral,
  kSelfReport,
  kOther
};

/// A violation (违法行为) with the dates the limitation period of Art. 36 runs from.
struct Violation {
  std::string item_code;  ///< catalog item, e.g. "TB-49" (may be empty)
  std::string description;
  std::string violated_provision;  ///< e.g. 招标投标法 Art. 4
  std::string penalty_provision;   ///< e.g. 招标投标法 Art. 49
  Date act_date;                   ///< the act, or its start when continuing
  std::optional<Date> act_ended;   ///< a continuing act's end (Art. 36 ¶2)
  Date discovered;
  /// Involves life and health safety or financial security and had harmful consequences: the
  /// limitation period is five years instead of two (Art. 36 ¶1).
  bool life_health_or_financial_harm = false;

  /// The day the limitation period runs from: the end of a continuing act, else the act.
  Date limitation_start() const { return act_ended.value_or(act_date); }

  friend bool operator==(const Violation&, const Violation&) = default;
};

/// The eight kinds of evidence of 行政处罚法 Art. 46.
enum class EvidenceKind {
  kDocumentary,     ///< 书证
  kPhysical,        ///< 物证
  kAudioVisual,     ///< 视听资料
  kElectronicData,  ///< 电子数据
  kWitness,         ///< 证人证言
  kPartyStatement,  ///< 当事人的陈述
  kExpertOpinion,   ///< 鉴定意见
  kOnSiteRecord,    ///< 勘验笔录、现场笔录
};

/// An item of evidence. Art. 46: it must be verified before it may establish facts, and
/// evidence obtained by illegal means may not.
struct Evidence {
  std::string id;
  EvidenceKind kind = EvidenceKind::kDocumentary;
  std::string description;
  Date collected_on;
  bool verified = false;
  bool lawfully_obtained = true;

  friend bool operator==(const Evidence&, const Evidence&) = default;
};

/// The kinds of enforcement document (执法文书) the procedure produces.
enum class DocumentType {
  kFilingApproval,      ///< 立案审批表
  kInquiryRecord,       ///< 询问笔录
  kInspectionRecord,    ///< 现场检查笔录
  kNoticeOfRights,      ///< 行政处罚事先告知书
  kHearingNotice,       ///< 听证通知书
  kHearingRecord,       ///< 听证笔录
  kLegalReviewOpinion,  ///< 法制审核意见书
  kDiscussionRecord,    ///< 集体讨论记录
  kDecision,            ///< 行政处罚决定书
  kNoPenaltyDecision,   ///< 不予行政处罚决定书
  kServiceReceipt,      ///< 送达回证
  kPaymentDemand,       ///< 催告书
  kClosingReport,       ///< 结案报告
  kOther,
};

/// How a document was served (送达方式, 民事诉讼法 Chapter 7; 行政处罚法 Art. 61).
enum class ServiceMethod {
  kInPerson,       ///< 直接送达 / 当场交付
  kLeftAtAddress,  ///< 留置送达
  kMail,           ///< 邮寄送达
  kElectronic,     ///< 电子送达: needs the party's signed consent (Art. 61 ¶2)
  kEntrusted,      ///< 委托送达
  kPublic,         ///< 公告送达
};

struct ServiceRecord {
  ServiceMethod method = ServiceMethod::kInPerson;
  Date served_on;
  std::string recipient;
  bool electronic_consent = false;  ///< 确认书 signed (required for kElectronic)

  friend bool operator==(const ServiceRecord&, const ServiceRecord&) = default;
};

struct Document {
  std::string id;
  DocumentType type = DocumentType::kOther;
  std::string number;  ///< 文号, may be empty for records
  Date date;
  std::vector<std::string> signatories;
  std::optional<ServiceRecord> service;

  friend bool operator==(const Document&, const Document&) = default;
};

/// The kinds of penalty of 行政处罚法 Art. 9.
enum class PenaltyKind {
  kWarning,                    ///< 警告
  kPublicCriticism,            ///< 通报批评
  kFine,                       ///< 罚款
  kConfiscateIllegalGains,     ///< 没收违法所得
  kConfiscateIllegalProperty,  ///< 没收非法财物
  kSuspendLicense,             ///< 暂扣许可证件
  kLowerQualification,         ///< 降低资质等级
  kRevokeLicense,              ///< 吊销许可证件
  kRestrictBusiness,           ///< 限制开展生产经营活动
  kOrderSuspendProduction,     ///< 责令停产停业
  kOrderClosure,               ///< 责令关闭
  kRestrictPractice,           ///< 限制从业
  kAdministrativeDetention,    ///< 行政拘留
  kOtherByLaw,                 ///< 法律、行政法规规定的其他行政处罚
};

/// One penalty: its kind and, for fines and confiscations, the amount.
struct Penalty {
  PenaltyKind kind = PenaltyKind::kWarning;
  std::optional<Money> amount;
  std::string detail;

  friend bool operator==(const Penalty&, const Penalty&) = default;
};

/// Where a penalty sits relative to the statutory range (行政处罚法 Art. 30-32: 从轻 lighter within
/// the range, 减轻 mitigated below it). The discretion engine decides the tier; the procedure
/// only requires one where the law makes it mandatory (a party aged 14-17, Art. 30).
enum class Mitigation { kNone, kLighter, kMitigated };

/// The four outcomes after investigation (行政处罚法 Art. 57 ¶1).
enum class Outcome {
  kPenalty,                  ///< (一) 给予行政处罚
  kNoPenaltyMinor,           ///< (二) 违法行为轻微，依法可以不予行政处罚
  kNoPenaltyNotEstablished,  ///< (三) 违法事实不能成立
  kTransferToJudicial,       ///< (四) 涉嫌犯罪，移送司法机关
};

/// The notice of the intended penalty and of the party's rights (Art. 44).
struct RightsNotice {
  Date served_on;
  std::vector<Penalty> proposed;
  bool hearing_right_notified = false;      ///< the right to ask for a hearing was stated (Art. 63)
  std::optional<Date> statement_waived_on;  ///< the party expressly waived statement (Art. 62)
  std::optional<Date> statement_made_on;    ///< the party made a statement or defence (Art. 45)
  std::optional<Date> hearing_waived_on;    ///< the party expressly gave up the hearing (Art. 63)

  friend bool operator==(const RightsNotice&, const RightsNotice&) = default;
};

/// A hearing (听证, Art. 63-65).
struct Hearing {
  Date requested_on;
  std::optional<Date> notified_on;  ///< 听证通知 served
  std::optional<Date> scheduled_for;
  std::string presiding_officer_id;  ///< not an investigator of the case (Art. 64 (4))
  std::optional<Date> held_on;
  bool waived_by_absence = false;  ///< absent or walked out without reason (Art. 64 (6))

  friend bool operator==(const Hearing&, const Hearing&) = default;
};

/// The reviewer's conclusion on a legal review (法制审核意见).
enum class ReviewVerdict {
  kApprove,             ///< 同意
  kApproveWithChanges,  ///< 修改后同意: passes; the changes are stated in the opinion
  kReject,              ///< 不同意: the decision may not be made (Art. 58 ¶1)
};

/// One item of the legal-review checklist and the reviewer's finding on it. The items are data
/// (ReviewCriteria::items, after 国办发〔2018〕118号 as reported: subject, qualification,
/// procedure, facts, evidence, legal basis, discretion, authority, documents, criminal transfer).
struct ReviewFinding {
  std::string item;  ///< the item's key, e.g. "procedure"
  bool satisfied = true;
  std::string note;

  friend bool operator==(const ReviewFinding&, const ReviewFinding&) = default;
};

/// A legal review (法制审核, Art. 58): submitted by the case officers, examined by a reviewer
/// who holds the qualification (Art. 58 ¶2) and did not investigate the case, item by item,
/// concluding with a verdict and reasons.
struct LegalReview {
  Date reviewed_on;  ///< the date of the opinion
  std::string reviewer_id;
  ReviewVerdict verdict = ReviewVerdict::kReject;
  std::string opinion;  ///< reasons; for kApproveWithChanges, the changes required
  std::optional<Date> submitted_on;
  std::vector<ReviewFinding> findings;
  std::vector<std::string> grounds;  ///< the criteria that required the review, at submission

  /// Approve or approve with changes: the decision may be made.
  bool passed() const { return verdict != ReviewVerdict::kReject; }

  friend bool operator==(const LegalReview&, const LegalReview&) = default;
};

/// A collective discussion of the agency's heads (集体讨论, Art. 57 ¶2).
struct CollectiveDiscussion {
  Date held_on;
  std::vector<std::string> participants;
  std::string conclusion;

  friend bool operator==(const CollectiveDiscussion&, const CollectiveDiscussion&) = default;
};

struct Decision {
  Outcome outcome = Outcome::kPenalty;
  std::vector<Penalty> penalties;
  Date decided_on;
  std::string document_number;
  bool on_the_spot = false;  ///< simple procedure (Art. 51)
  Mitigation mitigation = Mitigation::kNone;

  /// The total of the fines (Penalty kind kFine).
  Money total_fine() const;

  friend bool operator==(const Decision&, const Decision&) = default;
};

/// A payment of a fine or surcharge.
struct Payment {
  Date paid_on;
  Money amount;
  bool collected_on_the_spot = false;  ///< by the officer (Art. 68-69) rather than the bank

  friend bool operator==(const Payment&, const Payment&) = default;
};

/// A deferral or instalment plan (暂缓或者分期缴纳, Art. 66).
struct PaymentArrangement {
  Date applied_on;  ///< the party's application
  Date approved_on;
  std::string approver;
  std::vector<std::pair<Date, Money>> instalments;  ///< due date and amount; one entry = deferral

  friend bool operator==(const PaymentArrangement&, const PaymentArrangement&) = default;
};

/// A period of administrative review or litigation: the surcharge does not accrue (Art. 73 ¶3).
struct RemedyPeriod {
  Date from;
  std::optional<Date> to;  ///< open while pending
  std::string kind;        ///< "review" or "litigation"

  friend bool operator==(const RemedyPeriod&, const RemedyPeriod&) = default;
};

/// One entry of the case's timeline: which transition, when, by whom.
struct CaseEvent {
  Date on;
  CaseStatus from = CaseStatus::kLead;
  CaseStatus to = CaseStatus::kLead;
  std::string action;      ///< e.g. "file", "notify", "decide"
  std::string officer_id;  ///< the acting officer
  std::string note;

  friend bool operator==(const CaseEvent&, const CaseEvent&) = default;
};

/// The step of the procedure a record entry documents (执法全过程记录, Art. 47: 启动、调查取证、
/// 审核、决定、送达、执行; 国办发〔2018〕118号 adds on-site inspection, random inspection, evidence
/// preservation, compulsory measures, hearings and the case-handling premises).
enum class RecordStep {
  kStart,                 ///< 启动 (filing)
  kInspection,            ///< 现场检查
  kRandomInspection,      ///< 随机抽查
  kInvestigation,         ///< 调查取证 (inquiries, evidence collection)
  kEvidencePreservation,  ///< 证据保全 / 先行登记保存 (Art. 56)
  kSeizure,               ///< 查封扣押 (行政强制)
  kForcedDemolition,      ///< 强制拆除
  kPremisesInquiry,       ///< 执法办案场所 (questioning in the case-handling premises)
  kHearing,               ///< 听证
  kReview,                ///< 审核 (legal review, collective discussion)
  kDecision,              ///< 决定
  kService,               ///< 送达
  kExecution,             ///< 执行
  kOther,
};

/// The form of a record entry (文字、音像).
enum class RecordKind { kText, kPhoto, kAudio, kVideo, kDocument };

/// One entry of a case's full-process record (执法全过程记录, Art. 47). Entries are appended, never
/// changed: they form the case's Merkle log (record.hpp), whose leaf is the entry's canonical
/// encoding. For photo, audio and video the library keeps the SHA-256 of the file and where the
/// file is kept, not the file.
struct RecordEntry {
  std::uint64_t seq = 0;  ///< position in the case's log, from 0; assigned on append
  Date on;
  std::string time;  ///< local time "HH:MM" or "HH:MM:SS", may be empty
  std::string place;
  std::vector<std::string> officers;
  RecordStep step = RecordStep::kOther;
  RecordKind kind = RecordKind::kText;
  std::string description;
  std::string media_sha256;  ///< 64 lowercase hex digits; required for photo, audio and video
  std::string media_ref;     ///< where the medium is kept (archive id, URI)

  /// Audio or video (音像记录); a photo is not an audio-video record.
  bool is_audio_video() const { return kind == RecordKind::kAudio || kind == RecordKind::kVideo; }

  friend bool operator==(const RecordEntry&, const RecordEntry&) = default;
};

/// How a published decision ceased to stand (Art. 48: 变更、撤销、确认违法或者确认无效).
enum class DecisionChangeKind { kChanged, kRevoked, kDeclaredIllegal, kDeclaredVoid };

/// The decision was changed, revoked or declared illegal or void (by review, a court or the
/// agency itself): a published decision must then be withdrawn within 3 working days (Art. 48).
struct DecisionChange {
  Date on;
  DecisionChangeKind kind = DecisionChangeKind::kChanged;
  std::string by;  ///< the body, e.g. "市人民政府 (行政复议)"
  std::string reason;

  friend bool operator==(const DecisionChange&, const DecisionChange&) = default;
};

/// The public disclosure of the decision (行政执法公示, Art. 39, 48): when it was published, and
/// when and why it was withdrawn (Art. 48) or removed from publicity early (credit repair).
struct Publication {
  Date published_on;
  std::string reference;  ///< where: URL, notice number, publicity-system id
  std::optional<Date> withdrawn_on;
  std::string withdrawal_reason;
  std::optional<Date> removed_on;  ///< publicity ended early, e.g. on credit repair (信用修复)
  std::string removal_reason;

  friend bool operator==(const Publication&, const Publication&) = default;
};

/// Facts that decide which gates apply (Art. 57 ¶2, Art. 58).
struct CaseFlags {
  bool complex_or_serious =
      false;  ///< 情节复杂或者重大违法行为: collective discussion (Art. 57 ¶2)
  bool major_public_interest = false;    ///< Art. 58 (1)
  bool major_rights = false;             ///< Art. 58 (2), with a hearing
  bool complex_legal_relations = false;  ///< Art. 58 (3)
  bool review_required_by_law = false;   ///< Art. 58 (4)
  bool mental_incapacity = false;        ///< Art. 31: could not recognise or control the act

  friend bool operator==(const CaseFlags&, const CaseFlags&) = default;
};

/// An enforcement case. A plain value: the procedure (procedure.hpp) changes it under the law's
/// guards, the store (case_store.hpp) keeps it. `version` is the store's optimistic-concurrency
/// counter.
struct Case {
  std::int64_t id = 0;       ///< assigned by the store; 0 for a case not yet stored
  std::int64_t version = 0;  ///< bumped by every stored update
  std::string number;        ///< 案号, allocated at filing, e.g. 大发改罚〔2024〕12号
  std::string agency_code;
  std::string power_code;
  ProcedureKind procedure = ProcedureKind::kGeneral;
  CaseStatus status = CaseStatus::kLead;
  CaseSource source = CaseSource::kInspection;
  std::string title;
  std::string facts;  ///< the facts as found, searchable
  Date lead_on;
  std::optional<Date> filed_on;

  std::vector<Party> parties;
  std::vector<Violation> violations;
  std::vector<Evidence> evidence;
  std::vector<Document> documents;
  std::vector<std::string> investigators;  ///< officer ids (Art. 42: at least two)
  std::vector<CaseEvent> events;
  CaseFlags flags;

  std::optional<RightsNotice> notice;
  std::optional<Hearing> hearing;
  std::vector<LegalReview> reviews;
  std::optional<CollectiveDiscussion> discussion;
  std::optional<Decision> decision;
  std::optional<Date> served_on;
  std::vector<Payment> payments;
  std::optional<PaymentArrangement> arrangement;
  std::vector<RemedyPeriod> remedies;
  std::optional<Date> closed_on;
  /// Days not counted toward the 90-day decision period (Art. 60; e.g. expert opinion, hearing,
  /// where the sector's rules say so) and approved extensions of it.
  std::vector<Suspension> decision_suspensions;
  std::vector<Extension> decision_extensions;
  /// The full-process record (Art. 47): append-only, in log order (records[i].seq == i).
  std::vector<RecordEntry> records;
  std::optional<DecisionChange> decision_change;
  std::optional<Publication> publication;

  /// The party with `id`; throws NotFoundError.
  const Party& party(const std::string& id) const;
  /// The sum of all payments.
  Money paid() const;

  friend bool operator==(const Case&, const Case&) = default;
};

/// The parts of a case that the store keeps in tables of their own. A read that needs only some
/// of them names them (CaseStore::for_each_owned; a batch audit reads what its checks declare in
/// AuditCheck::reads). The case's own row (status, dates, flags, investigators, notice, hearing,
/// discussion, decision without its penalties, service, arrangement without its instalments,
/// change, publication) is always read.
enum class CasePart : std::uint16_t {
  kParties = 1U << 0,
  kViolations = 1U << 1,
  kEvidence = 1U << 2,
  kDocuments = 1U << 3,
  kEvents = 1U << 4,
  kPenalties = 1U << 5,  ///< the notice's proposed and the decision's penalties
  kReviews = 1U << 6,
  kPayments = 1U << 7,
  kInstalments = 1U << 8,  ///< the payment arrangement's instalments
  kRemedies = 1U << 9,
  kSuspensions = 1U << 10,  ///< decision_suspensions
  kExtensions = 1U << 11,   ///< decision_extensions
  kRecords = 1U << 12,      ///< the full-process record log
};

/// A set of CaseParts. Empty by default; CaseParts::all() is every part.
class CaseParts {
 public:
  constexpr CaseParts() = default;
  constexpr CaseParts(std::initializer_list<CasePart> parts) {
    for (CasePart p : parts) bits_ |= static_cast<std::uint16_t>(p);
  }
  static constexpr CaseParts all() {
    CaseParts p;
    p.bits_ = (1U << 13) - 1;
    return p;
  }
  constexpr bool has(CasePart p) const { return (bits_ & static_cast<std::uint16_t>(p)) != 0; }
  constexpr bool is_all() const { return *this == all(); }
  constexpr CaseParts& operator|=(CaseParts o) {
    bits_ |= o.bits_;
    return *this;
  }
  friend constexpr CaseParts operator|(CaseParts a, CaseParts b) { return a |= b; }
  friend constexpr bool operator==(CaseParts, CaseParts) = default;

 private:
  std::uint16_t bits_ = 0;
};

/// The case with the parts not in `parts` emptied: what a read of only those parts gives.
Case only_parts(Case c, CaseParts parts);
/// Names of the parts ("parties", "penalties", ...), for messages and docs.
std::string to_string(CaseParts parts);

/// Why the case's data contradict its status (a served case without a decision, a notified one
/// without its notice, a negative id, ...), or nothing when they agree. The procedure refuses to
/// work on such a case and reading JSON refuses it, so no step reads data that is not there.
std::optional<std::string> case_inconsistency(const Case& c);

/// Names as used in JSON, the CLI and Python ("lead", "filed", ...).
std::string to_string(CaseStatus status);
std::string to_string(PenaltyKind kind);
std::string to_string(Outcome outcome);
/// The amounts of the penalties of the given kinds, added up (penalties without an amount count 0).
Money total_amount(const std::vector<Penalty>& penalties, std::initializer_list<PenaltyKind> kinds);
/// True when a natural person is among the case's parties. Where the law sets a lower limit for
/// citizens than for organisations (Art. 51, 63, local lists), such a case uses the citizens'
/// limit: a penalty is not tied to one party here, and the lower limit protects every party.
bool any_natural_person(const Case& c);

std::string to_string(EvidenceKind kind);
std::string to_string(DocumentType type);
std::string to_string(ServiceMethod method);
std::string to_string(CaseSource source);
std::string to_string(PartyKind kind);
std::string to_string(ProcedureKind kind);
std::string to_string(Mitigation mitigation);
std::string to_string(ReviewVerdict verdict);
std::string to_string(RecordStep step);
std::string to_string(RecordKind kind);
std::string to_string(DecisionChangeKind kind);
/// The inverses; each throws ValidationError naming the text and the accepted names.
CaseStatus case_status_from_string(std::string_view text);
PenaltyKind penalty_kind_from_string(std::string_view text);
Outcome outcome_from_string(std::string_view text);
EvidenceKind evidence_kind_from_string(std::string_view text);
DocumentType document_type_from_string(std::string_view text);
ServiceMethod service_method_from_string(std::string_view text);
CaseSource case_source_from_string(std::string_view text);
PartyKind party_kind_from_string(std::string_view text);
ProcedureKind procedure_kind_from_string(std::string_view text);
Mitigation mitigation_from_string(std::string_view text);
ReviewVerdict review_verdict_from_string(std::string_view text);
RecordStep record_step_from_string(std::string_view text);
RecordKind record_kind_from_string(std::string_view text);
DecisionChangeKind decision_change_kind_from_string(std::string_view text);

}  // namespace zhifa

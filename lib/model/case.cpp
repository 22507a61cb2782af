#include "zhifa/case.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <utility>

#include "zhifa/error.hpp"

namespace zhifa {
namespace {

// One table per enum: the names used in JSON, the CLI and Python.
template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

constexpr Names<CaseStatus, 14> kStatus{
    {{CaseStatus::kLead, "lead"},
     {CaseStatus::kFiled, "filed"},
     {CaseStatus::kInvestigating, "investigating"},
     {CaseStatus::kNotified, "notified"},
     {CaseStatus::kHearing, "hearing"},
     {CaseStatus::kLegalReview, "legal_review"},
     {CaseStatus::kCollectiveDiscussion, "collective_discussion"},
     {CaseStatus::kDecided, "decided"},
     {CaseStatus::kServed, "served"},
     {CaseStatus::kExecuted, "executed"},
     {CaseStatus::kClosed, "closed"},
     {CaseStatus::kArchived, "archived"},
     {CaseStatus::kWithdrawn, "withdrawn"},
     {CaseStatus::kTransferred, "transferred"}}};

constexpr Names<PenaltyKind, 14> kPenalty{
    {{PenaltyKind::kWarning, "warning"},
     {PenaltyKind::kPublicCriticism, "public_criticism"},
     {PenaltyKind::kFine, "fine"},
     {PenaltyKind::kConfiscateIllegalGains, "confiscate_illegal_gains"},
     {PenaltyKind::kConfiscateIllegalProperty, "confiscate_illegal_property"},
     {PenaltyKind::kSuspendLicense, "suspend_license"},
     {PenaltyKind::kLowerQualification, "lower_qualification"},
     {PenaltyKind::kRevokeLicense, "revoke_license"},
     {PenaltyKind::kRestrictBusiness, "restrict_business"},
     {PenaltyKind::kOrderSuspendProduction, "order_suspend_production"},
     {PenaltyKind::kOrderClosure, "order_closure"},
     {PenaltyKind::kRestrictPractice, "restrict_practice"},
     {PenaltyKind::kAdministrativeDetention, "administrative_detention"},
     {PenaltyKind::kOtherByLaw, "other_by_law"}}};

constexpr Names<Outcome, 4> kOutcome{
    {{Outcome::kPenalty, "penalty"},
     {Outcome::kNoPenaltyMinor, "no_penalty_minor"},
     {Outcome::kNoPenaltyNotEstablished, "no_penalty_not_established"},
     {Outcome::kTransferToJudicial, "transfer_to_judicial"}}};

constexpr Names<EvidenceKind, 8> kEvidence{{{EvidenceKind::kDocumentary, "documentary"},
                                            {EvidenceKind::kPhysical, "physical"},
                                            {EvidenceKind::kAudioVisual, "audio_visual"},
                                            {EvidenceKind::kElectronicData, "electronic_data"},
                                            {EvidenceKind::kWitness, "witness"},
                                            {EvidenceKind::kPartyStatement, "party_statement"},
                                            {EvidenceKind::kExpertOpinion, "expert_opinion"},
                                            {EvidenceKind::kOnSiteRecord, "on_site_record"}}};

constexpr Names<DocumentType, 14> kDocument{
    {{DocumentType::kFilingApproval, "filing_approval"},
     {DocumentType::kInquiryRecord, "inquiry_record"},
     {DocumentType::kInspectionRecord, "inspection_record"},
     {DocumentType::kNoticeOfRights, "notice_of_rights"},
     {DocumentType::kHearingNotice, "hearing_notice"},
     {DocumentType::kHearingRecord, "hearing_record"},
     {DocumentType::kLegalReviewOpinion, "legal_review_opinion"},
     {DocumentType::kDiscussionRecord, "discussion_record"},
     {DocumentType::kDecision, "decision"},
     {DocumentType::kNoPenaltyDecision, "no_penalty_decision"},
     {DocumentType::kServiceReceipt, "service_receipt"},
     {DocumentType::kPaymentDemand, "payment_demand"},
     {DocumentType::kClosingReport, "closing_report"},
     {DocumentType::kOther, "other"}}};

constexpr Names<ServiceMethod, 6> kService{{{ServiceMethod::kInPerson, "in_person"},
                                            {ServiceMethod::kLeftAtAddress, "left_at_address"},
                                            {ServiceMethod::kMail, "mail"},
                                            {ServiceMethod::kElectronic, "electronic"},
                                            {ServiceMethod::kEntrusted, "entrusted"},
                                            {ServiceMethod::kPublic, "public_notice"}}};

constexpr Names<CaseSource, 6> kSource{{{CaseSource::kInspection, "inspection"},
                                        {CaseSource::kRandomInspection, "random_inspection"},
                                        {CaseSource::kComplaint, "complaint"},
                                        {CaseSource::kReferral, "referral"},
                                        {CaseSource::kSelfReport, "self_report"},
                                        {CaseSource::kOther, "other"}}};

constexpr Names<PartyKind, 3> kPartyKind{{{PartyKind::kNaturalPerson, "natural_person"},
                                          {PartyKind::kLegalPerson, "legal_person"},
                                          {PartyKind::kOtherOrganization, "other_organization"}}};

constexpr Names<ProcedureKind, 2> kProcedure{
    {{ProcedureKind::kGeneral, "general"}, {ProcedureKind::kSimple, "simple"}}};

constexpr Names<Mitigation, 3> kMitigation{{{Mitigation::kNone, "none"},
                                            {Mitigation::kLighter, "lighter"},
                                            {Mitigation::kMitigated, "mitigated"}}};

constexpr Names<ReviewVerdict, 3> kVerdict{
    {{ReviewVerdict::kApprove, "approve"},
     {ReviewVerdict::kApproveWithChanges, "approve_with_changes"},
     {ReviewVerdict::kReject, "reject"}}};

constexpr Names<RecordStep, 14> kRecordStep{
    {{RecordStep::kStart, "start"},
     {RecordStep::kInspection, "inspection"},
     {RecordStep::kRandomInspection, "random_inspection"},
     {RecordStep::kInvestigation, "investigation"},
     {RecordStep::kEvidencePreservation, "evidence_preservation"},
     {RecordStep::kSeizure, "seizure"},
     {RecordStep::kForcedDemolition, "forced_demolition"},
     {RecordStep::kPremisesInquiry, "premises_inquiry"},
     {RecordStep::kHearing, "hearing"},
     {RecordStep::kReview, "review"},
     {RecordStep::kDecision, "decision"},
     {RecordStep::kService, "service"},
     {RecordStep::kExecution, "execution"},
     {RecordStep::kOther, "other"}}};

constexpr Names<RecordKind, 5> kRecordKind{{{RecordKind::kText, "text"},
                                            {RecordKind::kPhoto, "photo"},
                                            {RecordKind::kAudio, "audio"},
                                            {RecordKind::kVideo, "video"},
                                            {RecordKind::kDocument, "document"}}};

constexpr Names<DecisionChangeKind, 4> kChange{
    {{DecisionChangeKind::kChanged, "changed"},
     {DecisionChangeKind::kRevoked, "revoked"},
     {DecisionChangeKind::kDeclaredIllegal, "declared_illegal"},
     {DecisionChangeKind::kDeclaredVoid, "declared_void"}}};

template <typename E, std::size_t N>
std::string name_of(const Names<E, N>& names, E value) {
  for (const auto& [v, n] : names) {
    if (v == value) return std::string(n);
  }
  return "?";
}

template <typename E, std::size_t N>
E value_of(const Names<E, N>& names, std::string_view text, const char* what) {
  for (const auto& [v, n] : names) {
    if (n == text) return v;
  }
  std::string accepted;
  for (const auto& [v, n] : names) accepted += (accepted.empty() ? "" : ", ") + std::string(n);
  throw ValidationError("unknown " + std::string(what) + " '" + std::string(text) +
                        "' (one of: " + accepted + ")");
}

}  // namespace

std::string to_string(CaseStatus v) { return name_of(kStatus, v); }
std::string to_string(PenaltyKind v) { return name_of(kPenalty, v); }
std::string to_string(Outcome v) { return name_of(kOutcome, v); }
std::string to_string(EvidenceKind v) { return name_of(kEvidence, v); }
std::string to_string(DocumentType v) { return name_of(kDocument, v); }
std::string to_string(ServiceMethod v) { return name_of(kService, v); }
std::string to_string(CaseSource v) { return name_of(kSource, v); }
std::string to_string(PartyKind v) { return name_of(kPartyKind, v); }
std::string to_string(ProcedureKind v) { return name_of(kProcedure, v); }
std::string to_string(Mitigation v) { return name_of(kMitigation, v); }
std::string to_string(ReviewVerdict v) { return name_of(kVerdict, v); }
std::string to_string(RecordStep v) { return name_of(kRecordStep, v); }
std::string to_string(RecordKind v) { return name_of(kRecordKind, v); }
std::string to_string(DecisionChangeKind v) { return name_of(kChange, v); }

CaseStatus case_status_from_string(std::string_view t) {
  return value_of(kStatus, t, "case status");
}
PenaltyKind penalty_kind_from_string(std::string_view t) {
  return value_of(kPenalty, t, "penalty kind");
}
Outcome outcome_from_string(std::string_view t) { return value_of(kOutcome, t, "outcome"); }
EvidenceKind evidence_kind_from_string(std::string_view t) {
  return value_of(kEvidence, t, "evidence kind");
}
DocumentType document_type_from_string(std::string_view t) {
  return value_of(kDocument, t, "document type");
}
ServiceMethod service_method_from_string(std::string_view t) {
  return value_of(kService, t, "service method");
}
CaseSource case_source_from_string(std::string_view t) {
  return value_of(kSource, t, "case source");
}
PartyKind party_kind_from_string(std::string_view t) {
  return value_of(kPartyKind, t, "party kind");
}
ProcedureKind procedure_kind_from_string(std::string_view t) {
  return value_of(kProcedure, t, "procedure kind");
}

Mitigation mitigation_from_string(std::string_view t) {
  return value_of(kMitigation, t, "mitigation");
}

ReviewVerdict review_verdict_from_string(std::string_view t) {
  return value_of(kVerdict, t, "review verdict");
}
RecordStep record_step_from_string(std::string_view t) {
  return value_of(kRecordStep, t, "record step");
}
RecordKind record_kind_from_string(std::string_view t) {
  return value_of(kRecordKind, t, "record kind");
}
DecisionChangeKind decision_change_kind_from_string(std::string_view t) {
  return value_of(kChange, t, "decision change kind");
}

Money total_amount(const std::vector<Penalty>& penalties,
                   std::initializer_list<PenaltyKind> kinds) {
  Money total;
  for (const auto& p : penalties) {
    if (p.amount && std::find(kinds.begin(), kinds.end(), p.kind) != kinds.end()) {
      total += *p.amount;
    }
  }
  return total;
}

bool any_natural_person(const Case& c) {
  return std::any_of(c.parties.begin(), c.parties.end(),
                     [](const Party& p) { return p.is_natural_person(); });
}

namespace {
constexpr std::pair<CasePart, const char*> kPartNames[] = {
    {CasePart::kParties, "parties"},         {CasePart::kViolations, "violations"},
    {CasePart::kEvidence, "evidence"},       {CasePart::kDocuments, "documents"},
    {CasePart::kEvents, "events"},           {CasePart::kPenalties, "penalties"},
    {CasePart::kReviews, "reviews"},         {CasePart::kPayments, "payments"},
    {CasePart::kInstalments, "instalments"}, {CasePart::kRemedies, "remedies"},
    {CasePart::kSuspensions, "suspensions"}, {CasePart::kExtensions, "extensions"},
    {CasePart::kRecords, "records"}};
}  // namespace

Case only_parts(Case c, CaseParts parts) {
  auto drop = [&](CasePart p, auto& v) {
    if (!parts.has(p)) v.clear();
  };
  drop(CasePart::kParties, c.parties);
  drop(CasePart::kViolations, c.violations);
  drop(CasePart::kEvidence, c.evidence);
  drop(CasePart::kDocuments, c.documents);
  drop(CasePart::kEvents, c.events);
  if (!parts.has(CasePart::kPenalties)) {
    if (c.notice) c.notice->proposed.clear();
    if (c.decision) c.decision->penalties.clear();
  }
  drop(CasePart::kReviews, c.reviews);
  drop(CasePart::kPayments, c.payments);
  if (!parts.has(CasePart::kInstalments) && c.arrangement) c.arrangement->instalments.clear();
  drop(CasePart::kRemedies, c.remedies);
  drop(CasePart::kSuspensions, c.decision_suspensions);
  drop(CasePart::kExtensions, c.decision_extensions);
  drop(CasePart::kRecords, c.records);
  return c;
}

std::string to_string(CaseParts parts) {
  std::string out;
  for (const auto& [part, name] : kPartNames) {
    if (parts.has(part)) out += (out.empty() ? "" : ", ") + std::string(name);
  }
  return out.empty() ? "none" : out;
}

Money Decision::total_fine() const { return total_amount(penalties, {PenaltyKind::kFine}); }

std::optional<std::string> case_inconsistency(const Case& c) {
  if (c.id < 0) return "the id is negative (" + std::to_string(c.id) + ")";
  if (c.version < 0) return "the row version is negative (" + std::to_string(c.version) + ")";
  const CaseStatus s = c.status;
  const std::string in = "a case in state '" + to_string(s) + "' ";
  auto between = [&](CaseStatus lo, CaseStatus hi) { return s >= lo && s <= hi; };
  const bool general = c.procedure == ProcedureKind::kGeneral;
  if (general && s != CaseStatus::kLead && s != CaseStatus::kWithdrawn && !c.filed_on) {
    if (s != CaseStatus::kArchived || c.decision) return in + "has no filing date";
  }
  if (general && between(CaseStatus::kNotified, CaseStatus::kCollectiveDiscussion) && !c.notice) {
    return in + "has no notice of rights";
  }
  if (s == CaseStatus::kHearing && !c.hearing) return in + "has no hearing request";
  if ((between(CaseStatus::kDecided, CaseStatus::kClosed) || s == CaseStatus::kTransferred) &&
      !c.decision) {
    return in + "has no decision";
  }
  if ((s == CaseStatus::kServed || s == CaseStatus::kExecuted) && !c.served_on)
    return in + "has no service date";
  if (c.notice && c.notice->proposed.empty()) return "the notice of rights proposes no penalty";
  for (std::size_t i = 0; i < c.records.size(); ++i) {
    if (c.records[i].seq != i) {
      return "record entry " + std::to_string(i) + " has sequence number " +
             std::to_string(c.records[i].seq) + " (entries are numbered from 0 in log order)";
    }
  }
  if ((c.publication || c.decision_change) && !c.decision) {
    return std::string("a case without a decision has ") +
           (c.publication ? "a publication" : "a decision change");
  }
  return std::nullopt;
}

const Party& Case::party(const std::string& party_id) const {
  for (const auto& p : parties) {
    if (p.id == party_id) return p;
  }
  throw NotFoundError("case " + (number.empty() ? std::to_string(id) : number) + " has no party '" +
                      party_id + "'");
}

Money Case::paid() const {
  Money total;
  for (const auto& p : payments) total += p.amount;
  return total;
}

}  // namespace zhifa

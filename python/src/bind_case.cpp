#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/archive.hpp"
#include "zhifa/case.hpp"
#include "zhifa/case_json.hpp"

namespace py = pybind11;

namespace zhifa::python {
namespace {

// Python-constructible value types: keyword arguments for every field, defaulting as in C++.
template <typename T>
py::class_<T> value_class(py::module_& m, const char* name, const char* doc) {
  py::class_<T> c(m, name, doc);
  c.def(py::init<>());
  c.def("__eq__", [](const T& a, const T& b) { return a == b; });
  return c;
}

}  // namespace

void bind_case(py::module_& m) {
  py::enum_<CaseStatus>(m, "CaseStatus", "Where a case is in the procedure.")
      .value("LEAD", CaseStatus::kLead)
      .value("FILED", CaseStatus::kFiled)
      .value("INVESTIGATING", CaseStatus::kInvestigating)
      .value("NOTIFIED", CaseStatus::kNotified)
      .value("HEARING", CaseStatus::kHearing)
      .value("LEGAL_REVIEW", CaseStatus::kLegalReview)
      .value("COLLECTIVE_DISCUSSION", CaseStatus::kCollectiveDiscussion)
      .value("DECIDED", CaseStatus::kDecided)
      .value("SERVED", CaseStatus::kServed)
      .value("EXECUTED", CaseStatus::kExecuted)
      .value("CLOSED", CaseStatus::kClosed)
      .value("ARCHIVED", CaseStatus::kArchived)
      .value("WITHDRAWN", CaseStatus::kWithdrawn)
      .value("TRANSFERRED", CaseStatus::kTransferred);
  py::enum_<ProcedureKind>(m, "ProcedureKind",
                           "一般程序 (general) or 简易程序 (simple, on the spot, Art. 51-52).")
      .value("GENERAL", ProcedureKind::kGeneral, "一般程序")
      .value("SIMPLE", ProcedureKind::kSimple, "简易程序 (Art. 51)");
  py::enum_<CaseSource>(m, "CaseSource", "How the case came to the agency.")
      .value("INSPECTION", CaseSource::kInspection)
      .value("RANDOM_INSPECTION", CaseSource::kRandomInspection)
      .value("COMPLAINT", CaseSource::kComplaint)
      .value("REFERRAL", CaseSource::kReferral)
      .value("SELF_REPORT", CaseSource::kSelfReport)
      .value("OTHER", CaseSource::kOther);
  py::enum_<EvidenceKind>(m, "EvidenceKind", "The eight kinds of Art. 46.")
      .value("DOCUMENTARY", EvidenceKind::kDocumentary)
      .value("PHYSICAL", EvidenceKind::kPhysical)
      .value("AUDIO_VISUAL", EvidenceKind::kAudioVisual)
      .value("ELECTRONIC_DATA", EvidenceKind::kElectronicData)
      .value("WITNESS", EvidenceKind::kWitness)
      .value("PARTY_STATEMENT", EvidenceKind::kPartyStatement)
      .value("EXPERT_OPINION", EvidenceKind::kExpertOpinion)
      .value("ON_SITE_RECORD", EvidenceKind::kOnSiteRecord);
  py::enum_<DocumentType>(m, "DocumentType",
                          "The kinds of enforcement document (执法文书) the procedure produces.")
      .value("FILING_APPROVAL", DocumentType::kFilingApproval)
      .value("INQUIRY_RECORD", DocumentType::kInquiryRecord)
      .value("INSPECTION_RECORD", DocumentType::kInspectionRecord)
      .value("NOTICE_OF_RIGHTS", DocumentType::kNoticeOfRights)
      .value("HEARING_NOTICE", DocumentType::kHearingNotice)
      .value("HEARING_RECORD", DocumentType::kHearingRecord)
      .value("LEGAL_REVIEW_OPINION", DocumentType::kLegalReviewOpinion)
      .value("DISCUSSION_RECORD", DocumentType::kDiscussionRecord)
      .value("DECISION", DocumentType::kDecision)
      .value("NO_PENALTY_DECISION", DocumentType::kNoPenaltyDecision)
      .value("SERVICE_RECEIPT", DocumentType::kServiceReceipt)
      .value("PAYMENT_DEMAND", DocumentType::kPaymentDemand)
      .value("CLOSING_REPORT", DocumentType::kClosingReport)
      .value("OTHER", DocumentType::kOther);
  py::enum_<ServiceMethod>(m, "ServiceMethod",
                           "How a document was served (送达方式, 行政处罚法 Art. 61; 民事诉讼法 "
                           "Chapter 7). ELECTRONIC needs the party's signed consent (Art. 61 ¶2).")
      .value("IN_PERSON", ServiceMethod::kInPerson)
      .value("LEFT_AT_ADDRESS", ServiceMethod::kLeftAtAddress)
      .value("MAIL", ServiceMethod::kMail)
      .value("ELECTRONIC", ServiceMethod::kElectronic)
      .value("ENTRUSTED", ServiceMethod::kEntrusted)
      .value("PUBLIC_NOTICE", ServiceMethod::kPublic);
  py::enum_<PenaltyKind>(m, "PenaltyKind", "The penalty kinds of Art. 9.")
      .value("WARNING", PenaltyKind::kWarning)
      .value("PUBLIC_CRITICISM", PenaltyKind::kPublicCriticism)
      .value("FINE", PenaltyKind::kFine)
      .value("CONFISCATE_ILLEGAL_GAINS", PenaltyKind::kConfiscateIllegalGains)
      .value("CONFISCATE_ILLEGAL_PROPERTY", PenaltyKind::kConfiscateIllegalProperty)
      .value("SUSPEND_LICENSE", PenaltyKind::kSuspendLicense)
      .value("LOWER_QUALIFICATION", PenaltyKind::kLowerQualification)
      .value("REVOKE_LICENSE", PenaltyKind::kRevokeLicense)
      .value("RESTRICT_BUSINESS", PenaltyKind::kRestrictBusiness)
      .value("ORDER_SUSPEND_PRODUCTION", PenaltyKind::kOrderSuspendProduction)
      .value("ORDER_CLOSURE", PenaltyKind::kOrderClosure)
      .value("RESTRICT_PRACTICE", PenaltyKind::kRestrictPractice)
      .value("ADMINISTRATIVE_DETENTION", PenaltyKind::kAdministrativeDetention)
      .value("OTHER_BY_LAW", PenaltyKind::kOtherByLaw);
  py::enum_<Mitigation>(m, "Mitigation",
                        "从轻 (lighter, within the range) or 减轻 (mitigated, below it).")
      .value("NONE", Mitigation::kNone)
      .value("LIGHTER", Mitigation::kLighter)
      .value("MITIGATED", Mitigation::kMitigated);
  py::enum_<Outcome>(m, "Outcome", "The four outcomes of Art. 57.")
      .value("PENALTY", Outcome::kPenalty)
      .value("NO_PENALTY_MINOR", Outcome::kNoPenaltyMinor)
      .value("NO_PENALTY_NOT_ESTABLISHED", Outcome::kNoPenaltyNotEstablished)
      .value("TRANSFER_TO_JUDICIAL", Outcome::kTransferToJudicial);

  value_class<Violation>(m, "Violation",
                         "A violation with the dates the limitation period runs from (Art. 36).")
      .def_readwrite("item_code", &Violation::item_code,
                     "The discretion catalog's item, e.g. 'TB-49' (may be empty).")
      .def_readwrite("description", &Violation::description, "The violation in words.")
      .def_readwrite("violated_provision", &Violation::violated_provision,
                     "The provision violated, e.g. 招标投标法 Art. 4.")
      .def_readwrite("penalty_provision", &Violation::penalty_provision,
                     "The provision that sets the penalty, e.g. 招标投标法 Art. 49.")
      .def_readwrite("act_date", &Violation::act_date,
                     "The day of the act, or its start when continuing.")
      .def_readwrite("act_ended", &Violation::act_ended,
                     "A continuing act's end (Art. 36 ¶2), or None.")
      .def_readwrite("discovered", &Violation::discovered, "The day the act was discovered.")
      .def_readwrite(
          "life_health_or_financial_harm", &Violation::life_health_or_financial_harm,
          "Involves life and health safety or financial security with harmful consequences: the "
          "limitation period is five years instead of two (Art. 36 ¶1).")
      .def("limitation_start", &Violation::limitation_start,
           "The day the limitation period (Art. 36) runs from: the end of a continuing act, else "
           "the act.");
  value_class<Evidence>(m, "Evidence", "An item of evidence (Art. 46).")
      .def_readwrite("id", &Evidence::id, "The item's id within its case.")
      .def_readwrite("kind", &Evidence::kind, "The EvidenceKind (Art. 46).")
      .def_readwrite("description", &Evidence::description, "The item in words.")
      .def_readwrite("collected_on", &Evidence::collected_on, "The day it was collected.")
      .def_readwrite("verified", &Evidence::verified,
                     "Verified (查证属实): only then may it establish facts (Art. 46).")
      .def_readwrite("lawfully_obtained", &Evidence::lawfully_obtained,
                     "Obtained lawfully; evidence obtained by illegal means may not establish "
                     "facts (Art. 46).");
  value_class<ServiceRecord>(m, "ServiceRecord", "How and when a document was served.")
      .def_readwrite("method", &ServiceRecord::method, "The ServiceMethod.")
      .def_readwrite("served_on", &ServiceRecord::served_on, "The day of service.")
      .def_readwrite("recipient", &ServiceRecord::recipient, "Who received the document.")
      .def_readwrite("electronic_consent", &ServiceRecord::electronic_consent,
                     "The party signed the consent to electronic service (确认书, required for "
                     "ELECTRONIC, Art. 61 ¶2).");
  value_class<Document>(m, "Document", "An enforcement document (文书).")
      .def_readwrite("id", &Document::id, "The document's id within its case.")
      .def_readwrite("type", &Document::type, "The DocumentType.")
      .def_readwrite("number", &Document::number,
                     "The document number (文号); may be empty for records.")
      .def_readwrite("date", &Document::date, "The document's date.")
      .def_readwrite("signatories", &Document::signatories, "The officer ids that signed it.")
      .def_readwrite("service", &Document::service, "How it was served (ServiceRecord), or None.");
  value_class<Penalty>(m, "Penalty",
                       "One penalty of Art. 9, with its amount for fines and confiscations.")
      .def(py::init([](PenaltyKind kind, std::optional<Money> amount, std::string detail) {
             return Penalty{kind, amount, std::move(detail)};
           }),
           py::arg("kind"), py::arg("amount") = py::none(), py::arg("detail") = "")
      .def_readwrite("kind", &Penalty::kind, "The PenaltyKind (Art. 9).")
      .def_readwrite("amount", &Penalty::amount,
                     "The amount (Money) for fines and confiscations, else None.")
      .def_readwrite("detail", &Penalty::detail,
                     "Further detail in words (e.g. the licence suspended).");
  value_class<RightsNotice>(m, "RightsNotice",
                            "The notice of the intended penalty and rights (Art. 44).")
      .def_readwrite("served_on", &RightsNotice::served_on, "The day the notice was served.")
      .def_readwrite("proposed", &RightsNotice::proposed, "The penalties proposed (Penalty list).")
      .def_readwrite("hearing_right_notified", &RightsNotice::hearing_right_notified,
                     "The right to ask for a hearing was stated (Art. 63).")
      .def_readwrite("statement_waived_on", &RightsNotice::statement_waived_on,
                     "The day the party expressly waived statement and defence (Art. 62), or None.")
      .def_readwrite("statement_made_on", &RightsNotice::statement_made_on,
                     "The day the party made a statement or defence (Art. 45), or None.")
      .def_readwrite("hearing_waived_on", &RightsNotice::hearing_waived_on,
                     "The day the party expressly gave up the hearing (Art. 63), or None.");
  value_class<Hearing>(m, "Hearing", "A hearing (Art. 63-65).")
      .def_readwrite("requested_on", &Hearing::requested_on,
                     "The day the party asked for the hearing.")
      .def_readwrite("notified_on", &Hearing::notified_on,
                     "The day the hearing notice (听证通知) was served, or None.")
      .def_readwrite("scheduled_for", &Hearing::scheduled_for,
                     "The day the hearing is set for, or None.")
      .def_readwrite("presiding_officer_id", &Hearing::presiding_officer_id,
                     "The presiding officer, not an investigator of the case (Art. 64 (4)).")
      .def_readwrite("held_on", &Hearing::held_on, "The day the hearing took place, or None.")
      .def_readwrite("waived_by_absence", &Hearing::waived_by_absence,
                     "The party stayed away or walked out without reason, which waives the hearing "
                     "(Art. 64 (6)).");
  py::enum_<ReviewVerdict>(m, "ReviewVerdict", "The conclusion of a legal review (Art. 58).")
      .value("APPROVE", ReviewVerdict::kApprove, "同意")
      .value("APPROVE_WITH_CHANGES", ReviewVerdict::kApproveWithChanges, "修改后同意")
      .value("REJECT", ReviewVerdict::kReject, "不同意");
  value_class<ReviewFinding>(m, "ReviewFinding", "The reviewer's finding on one checklist item.")
      .def(py::init([](std::string item, bool satisfied, std::string note) {
             return ReviewFinding{std::move(item), satisfied, std::move(note)};
           }),
           py::arg("item"), py::arg("satisfied") = true, py::arg("note") = "")
      .def_readwrite("item", &ReviewFinding::item, "The checklist item's key, e.g. 'procedure'.")
      .def_readwrite("satisfied", &ReviewFinding::satisfied, "Whether the item is satisfied.")
      .def_readwrite("note", &ReviewFinding::note, "The reviewer's note.");
  value_class<LegalReview>(m, "LegalReview", "A legal review (法制审核, Art. 58).")
      .def(py::init([](std::string reviewer_id, Date reviewed_on, ReviewVerdict verdict,
                       std::string opinion, std::optional<Date> submitted_on,
                       std::vector<ReviewFinding> findings) {
             LegalReview r;
             r.reviewer_id = std::move(reviewer_id);
             r.reviewed_on = reviewed_on;
             r.verdict = verdict;
             r.opinion = std::move(opinion);
             r.submitted_on = submitted_on;
             r.findings = std::move(findings);
             return r;
           }),
           py::arg("reviewer_id"), py::arg("reviewed_on"), py::arg("verdict"),
           py::arg("opinion") = "", py::arg("submitted_on") = py::none(),
           py::arg("findings") = std::vector<ReviewFinding>{})
      .def_readwrite("reviewed_on", &LegalReview::reviewed_on, "The date of the opinion.")
      .def_readwrite("reviewer_id", &LegalReview::reviewer_id,
                     "The reviewing officer (not an investigator of the case).")
      .def_readwrite("verdict", &LegalReview::verdict, "The ReviewVerdict.")
      .def_readwrite("opinion", &LegalReview::opinion,
                     "The reasons; for APPROVE_WITH_CHANGES, the changes required.")
      .def_readwrite("submitted_on", &LegalReview::submitted_on,
                     "The day the case officers submitted the case, or None.")
      .def_readwrite("findings", &LegalReview::findings,
                     "The findings on the checklist items (ReviewFinding list).")
      .def_readwrite("grounds", &LegalReview::grounds,
                     "The criteria that required the review, as recorded at submission (text).")
      .def_property_readonly("passed", &LegalReview::passed,
                             "Approve or approve with changes: the decision may be made.");
  py::enum_<RecordStep>(m, "RecordStep", "The step a record entry documents (Art. 47).")
      .value("START", RecordStep::kStart)
      .value("INSPECTION", RecordStep::kInspection)
      .value("RANDOM_INSPECTION", RecordStep::kRandomInspection)
      .value("INVESTIGATION", RecordStep::kInvestigation)
      .value("EVIDENCE_PRESERVATION", RecordStep::kEvidencePreservation)
      .value("SEIZURE", RecordStep::kSeizure)
      .value("FORCED_DEMOLITION", RecordStep::kForcedDemolition)
      .value("PREMISES_INQUIRY", RecordStep::kPremisesInquiry)
      .value("HEARING", RecordStep::kHearing)
      .value("REVIEW", RecordStep::kReview)
      .value("DECISION", RecordStep::kDecision)
      .value("SERVICE", RecordStep::kService)
      .value("EXECUTION", RecordStep::kExecution)
      .value("OTHER", RecordStep::kOther);
  py::enum_<RecordKind>(m, "RecordKind", "The form of a record entry (文字、音像).")
      .value("TEXT", RecordKind::kText)
      .value("PHOTO", RecordKind::kPhoto)
      .value("AUDIO", RecordKind::kAudio)
      .value("VIDEO", RecordKind::kVideo)
      .value("DOCUMENT", RecordKind::kDocument);
  value_class<RecordEntry>(m, "RecordEntry",
                           "One entry of the full-process record (Art. 47); media by SHA-256.")
      .def(py::init([](Date on, RecordStep step, RecordKind kind, std::string description,
                       std::vector<std::string> officers, std::string time, std::string place,
                       std::string media_sha256, std::string media_ref) {
             RecordEntry e;
             e.on = on;
             e.step = step;
             e.kind = kind;
             e.description = std::move(description);
             e.officers = std::move(officers);
             e.time = std::move(time);
             e.place = std::move(place);
             e.media_sha256 = std::move(media_sha256);
             e.media_ref = std::move(media_ref);
             return e;
           }),
           py::arg("on"), py::arg("step"), py::arg("kind"), py::arg("description") = "",
           py::arg("officers") = std::vector<std::string>{}, py::arg("time") = "",
           py::arg("place") = "", py::arg("media_sha256") = "", py::arg("media_ref") = "")
      .def_readwrite("seq", &RecordEntry::seq,
                     "The position in the case's log, from 0; set when appended.")
      .def_readwrite("on", &RecordEntry::on, "The day recorded.")
      .def_readwrite("time", &RecordEntry::time, "Local time 'HH:MM' or 'HH:MM:SS'; may be empty.")
      .def_readwrite("place", &RecordEntry::place, "Where; may be empty.")
      .def_readwrite("officers", &RecordEntry::officers,
                     "The ids of the officers who made the entry.")
      .def_readwrite("step", &RecordEntry::step, "The RecordStep the entry documents.")
      .def_readwrite("kind", &RecordEntry::kind,
                     "The RecordKind: text, photo, audio, video or document.")
      .def_readwrite("description", &RecordEntry::description, "The entry in words.")
      .def_readwrite(
          "media_sha256", &RecordEntry::media_sha256,
          "SHA-256 of the medium, 64 lowercase hex digits; required for photo, audio and video.")
      .def_readwrite("media_ref", &RecordEntry::media_ref,
                     "Where the medium is kept (archive id, URI).")
      .def_property_readonly("is_audio_video", &RecordEntry::is_audio_video,
                             "True for audio or video (音像记录); a photo is not one.");
  py::enum_<DecisionChangeKind>(m, "DecisionChangeKind", "Art. 48: 变更、撤销、确认违法、确认无效.")
      .value("CHANGED", DecisionChangeKind::kChanged)
      .value("REVOKED", DecisionChangeKind::kRevoked)
      .value("DECLARED_ILLEGAL", DecisionChangeKind::kDeclaredIllegal)
      .value("DECLARED_VOID", DecisionChangeKind::kDeclaredVoid);
  value_class<DecisionChange>(m, "DecisionChange",
                              "The decision was changed, revoked or declared illegal or void.")
      .def(py::init([](Date on, DecisionChangeKind kind, std::string by, std::string reason) {
             return DecisionChange{on, kind, std::move(by), std::move(reason)};
           }),
           py::arg("on"), py::arg("kind"), py::arg("by") = "", py::arg("reason") = "")
      .def_readwrite("on", &DecisionChange::on, "The day of the change.")
      .def_readwrite("kind", &DecisionChange::kind, "The DecisionChangeKind.")
      .def_readwrite("by", &DecisionChange::by,
                     "The body that made it, e.g. '市人民政府 (行政复议)'.")
      .def_readwrite("reason", &DecisionChange::reason, "Why.");
  value_class<Publication>(m, "Publication",
                           "The public disclosure of the decision and its withdrawal (Art. 48).")
      .def(py::init([](Date published_on, std::string reference) {
             Publication p;
             p.published_on = published_on;
             p.reference = std::move(reference);
             return p;
           }),
           py::arg("published_on"), py::arg("reference") = "")
      .def_readwrite("published_on", &Publication::published_on,
                     "The day the decision was published.")
      .def_readwrite("reference", &Publication::reference,
                     "Where: URL, notice number or publicity-system id.")
      .def_readwrite("withdrawn_on", &Publication::withdrawn_on,
                     "The day it was withdrawn (Art. 48), or None.")
      .def_readwrite("withdrawal_reason", &Publication::withdrawal_reason, "Why it was withdrawn.")
      .def_readwrite("removed_on", &Publication::removed_on,
                     "The day publicity ended early (e.g. 信用修复), or None.")
      .def_readwrite("removal_reason", &Publication::removal_reason, "Why it was removed early.");
  value_class<CollectiveDiscussion>(m, "CollectiveDiscussion",
                                    "A collective discussion (Art. 57 ¶2).")
      .def_readwrite("held_on", &CollectiveDiscussion::held_on, "The day of the discussion.")
      .def_readwrite("participants", &CollectiveDiscussion::participants,
                     "Who took part (the agency's heads).")
      .def_readwrite("conclusion", &CollectiveDiscussion::conclusion, "The conclusion in words.");
  value_class<Decision>(m, "Decision",
                        "A decision: outcome (Art. 57), penalties, date, document number.")
      .def(py::init([](Outcome outcome, std::vector<Penalty> penalties, Date decided_on,
                       std::string number) {
             Decision d;
             d.outcome = outcome;
             d.penalties = std::move(penalties);
             d.decided_on = decided_on;
             d.document_number = std::move(number);
             return d;
           }),
           py::arg("outcome"), py::arg("penalties"), py::arg("decided_on"),
           py::arg("document_number") = "")
      .def_readwrite("outcome", &Decision::outcome, "The Outcome (Art. 57 ¶1).")
      .def_readwrite("penalties", &Decision::penalties, "The penalties imposed (Penalty list).")
      .def_readwrite("decided_on", &Decision::decided_on, "The day of the decision.")
      .def_readwrite("document_number", &Decision::document_number,
                     "The decision's document number (文号).")
      .def_readwrite("on_the_spot", &Decision::on_the_spot,
                     "Decided on the spot under the simple procedure (Art. 51).")
      .def_readwrite("mitigation", &Decision::mitigation,
                     "The tier relative to the statutory range (Mitigation).")
      .def_property_readonly("total_fine", &Decision::total_fine,
                             "The total of the fines (penalties of kind FINE), as Money.");
  value_class<Payment>(m, "Payment", "A payment.")
      .def(py::init([](Date paid_on, Money amount, bool collected_on_the_spot) {
             return Payment{paid_on, amount, collected_on_the_spot};
           }),
           py::arg("paid_on"), py::arg("amount"), py::arg("collected_on_the_spot") = false)
      .def_readwrite("paid_on", &Payment::paid_on, "The day of payment.")
      .def_readwrite("amount", &Payment::amount, "The amount paid (Money).")
      .def_readwrite("collected_on_the_spot", &Payment::collected_on_the_spot,
                     "Collected by the officer (Art. 68-69) rather than paid at the bank.");
  value_class<PaymentArrangement>(m, "PaymentArrangement", "Deferral or instalments (Art. 66).")
      .def_readwrite("applied_on", &PaymentArrangement::applied_on,
                     "The day of the party's application.")
      .def_readwrite("approved_on", &PaymentArrangement::approved_on,
                     "The day of the agency's approval.")
      .def_readwrite("approver", &PaymentArrangement::approver, "Who approved it.")
      .def_readwrite("instalments", &PaymentArrangement::instalments,
                     "(due date, Money) pairs; one entry is a deferral.");
  value_class<RemedyPeriod>(m, "RemedyPeriod", "Administrative review or litigation (Art. 73).")
      .def_readwrite("from_", &RemedyPeriod::from, "The day the review or litigation began.")
      .def_readwrite("to", &RemedyPeriod::to, "The day it ended; None while pending.")
      .def_readwrite("kind", &RemedyPeriod::kind, "'review' or 'litigation'.");
  value_class<CaseEvent>(m, "CaseEvent", "One step of the case's timeline.")
      .def_readwrite("on", &CaseEvent::on, "The day of the transition.")
      .def_readwrite("from_", &CaseEvent::from, "The CaseStatus before.")
      .def_readwrite("to", &CaseEvent::to, "The CaseStatus after.")
      .def_readwrite("action", &CaseEvent::action, "Which step, e.g. 'file', 'notify', 'decide'.")
      .def_readwrite("officer_id", &CaseEvent::officer_id, "The acting officer.")
      .def_readwrite("note", &CaseEvent::note, "A note; may be empty.");
  value_class<CaseFlags>(m, "CaseFlags", "Facts deciding which gates apply (Art. 31, 57 ¶2, 58).")
      .def_readwrite(
          "complex_or_serious", &CaseFlags::complex_or_serious,
          "情节复杂或者重大违法行为: the decision needs a collective discussion (Art. 57 ¶2).")
      .def_readwrite("major_public_interest", &CaseFlags::major_public_interest,
                     "Concerns a major public interest: legal review (Art. 58 (1)).")
      .def_readwrite(
          "major_rights", &CaseFlags::major_rights,
          "Directly concerns major rights and went through a hearing: legal review (Art. 58 (2)).")
      .def_readwrite("complex_legal_relations", &CaseFlags::complex_legal_relations,
                     "A difficult, complex case involving several legal relations: legal review "
                     "(Art. 58 (3)).")
      .def_readwrite("review_required_by_law", &CaseFlags::review_required_by_law,
                     "Legal review required by laws or regulations (Art. 58 (4)).")
      .def_readwrite("mental_incapacity", &CaseFlags::mental_incapacity,
                     "The party could not recognise or control the act (Art. 31).");

  value_class<Case>(
      m, "Case",
      "An enforcement case. List attributes are copies: assign a whole new list to change one.")
      .def_readwrite("id", &Case::id, "The store's id; 0 for a case not yet stored.")
      .def_readwrite("version", &Case::version,
                     "The store's optimistic-concurrency counter, bumped by every stored update.")
      .def_readwrite("number", &Case::number,
                     "The case number (案号), allocated at filing, e.g. 大发改罚〔2024〕12号.")
      .def_readwrite("agency_code", &Case::agency_code, "The agency handling the case.")
      .def_readwrite("power_code", &Case::power_code,
                     "The power item (权责清单事项) the case is handled under.")
      .def_readwrite("procedure", &Case::procedure, "General or simple procedure (ProcedureKind).")
      .def_readwrite("status", &Case::status, "Where the case is in the procedure (CaseStatus).")
      .def_readwrite("source", &Case::source, "How the case came to the agency (CaseSource).")
      .def_readwrite("title", &Case::title, "The case's title.")
      .def_readwrite("facts", &Case::facts,
                     "The facts as found; searchable (CaseStore.list(text=...)).")
      .def_readwrite("lead_on", &Case::lead_on, "The day of the lead (线索).")
      .def_readwrite("filed_on", &Case::filed_on, "The day of filing (立案), or None.")
      .def_readwrite("parties", &Case::parties, "The parties (Party list).")
      .def_readwrite("violations", &Case::violations, "The violations (Violation list).")
      .def_readwrite("evidence", &Case::evidence, "The evidence (Evidence list).")
      .def_readwrite("documents", &Case::documents, "The enforcement documents (Document list).")
      .def_readwrite("investigators", &Case::investigators,
                     "The investigating officers' ids (Art. 42: at least two).")
      .def_readwrite("events", &Case::events, "The timeline (CaseEvent list), in order.")
      .def_readwrite("flags", &Case::flags, "The facts deciding which gates apply (CaseFlags).")
      .def_readwrite(
          "notice", &Case::notice,
          "The notice of the intended penalty and rights (RightsNotice, Art. 44), or None.")
      .def_readwrite("hearing", &Case::hearing, "The hearing (Hearing, Art. 63-65), or None.")
      .def_readwrite("reviews", &Case::reviews, "The legal reviews (LegalReview list, Art. 58).")
      .def_readwrite("discussion", &Case::discussion,
                     "The collective discussion (CollectiveDiscussion, Art. 57 ¶2), or None.")
      .def_readwrite("decision", &Case::decision, "The Decision, or None.")
      .def_readwrite("served_on", &Case::served_on,
                     "The day the decision was served (Art. 61), or None.")
      .def_readwrite("payments", &Case::payments,
                     "The payments of fine and surcharge (Payment list).")
      .def_readwrite("arrangement", &Case::arrangement,
                     "The approved deferral or instalments (PaymentArrangement, Art. 66), or None.")
      .def_readwrite("remedies", &Case::remedies,
                     "Periods of administrative review or litigation (RemedyPeriod list, Art. 73).")
      .def_readwrite("closed_on", &Case::closed_on, "The day the case was closed, or None.")
      .def_readwrite(
          "decision_suspensions", &Case::decision_suspensions,
          "Days not counted toward the 90-day decision period (Suspension list, Art. 60).")
      .def_readwrite("decision_extensions", &Case::decision_extensions,
                     "Approved extensions of the decision period (Extension list).")
      .def_readwrite("records", &Case::records,
                     "The full-process record (RecordEntry list, Art. 47): append-only, in log "
                     "order (records[i].seq == i).")
      .def_readwrite("decision_change", &Case::decision_change,
                     "The change, revocation or declaration of illegality or voidness of the "
                     "decision (DecisionChange, Art. 48), or None.")
      .def_readwrite("publication", &Case::publication,
                     "The public disclosure of the decision (Publication, Art. 39, 48), or None.")
      .def_property_readonly("paid", &Case::paid, "The sum of all payments (Money).")
      .def(
          "to_json", [](const Case& c) { return to_json(c); },
          "The case as one line of JSON (docs/case-format.md).")
      .def(
          "inconsistency", [](const Case& c) { return case_inconsistency(c); },
          "Why the data contradict the status, or None.")
      .def_static("from_json", &case_from_json, py::arg("text"),
                  "Parses one case; zhifa.ValidationError names the JSON path on bad input.")
      // Pickled as an electronic case file (binary form, archive.hpp): exact, and checked on
      // load like any archive (ArchiveError for corrupt state).
      .def(py::pickle(
          [](const Case& c) {
            return py::bytes(export_archive(CaseArchive{c, {}, {}}, ArchiveForm::kBinary));
          },
          [](const py::bytes& state) { return import_archive(std::string(state)).c; }));
}

}  // namespace zhifa::python

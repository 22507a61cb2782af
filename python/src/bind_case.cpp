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
  py::enum_<ProcedureKind>(m, "ProcedureKind")
      .value("GENERAL", ProcedureKind::kGeneral, "一般程序")
      .value("SIMPLE", ProcedureKind::kSimple, "简易程序 (Art. 51)");
  py::enum_<CaseSource>(m, "CaseSource")
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
  py::enum_<DocumentType>(m, "DocumentType")
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
  py::enum_<ServiceMethod>(m, "ServiceMethod")
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
      .def_readwrite("item_code", &Violation::item_code)
      .def_readwrite("description", &Violation::description)
      .def_readwrite("violated_provision", &Violation::violated_provision)
      .def_readwrite("penalty_provision", &Violation::penalty_provision)
      .def_readwrite("act_date", &Violation::act_date)
      .def_readwrite("act_ended", &Violation::act_ended)
      .def_readwrite("discovered", &Violation::discovered)
      .def_readwrite("life_health_or_financial_harm", &Violation::life_health_or_financial_harm)
      .def("limitation_start", &Violation::limitation_start);
  value_class<Evidence>(m, "Evidence", "An item of evidence (Art. 46).")
      .def_readwrite("id", &Evidence::id)
      .def_readwrite("kind", &Evidence::kind)
      .def_readwrite("description", &Evidence::description)
      .def_readwrite("collected_on", &Evidence::collected_on)
      .def_readwrite("verified", &Evidence::verified)
      .def_readwrite("lawfully_obtained", &Evidence::lawfully_obtained);
  value_class<ServiceRecord>(m, "ServiceRecord", "How and when a document was served.")
      .def_readwrite("method", &ServiceRecord::method)
      .def_readwrite("served_on", &ServiceRecord::served_on)
      .def_readwrite("recipient", &ServiceRecord::recipient)
      .def_readwrite("electronic_consent", &ServiceRecord::electronic_consent);
  value_class<Document>(m, "Document", "An enforcement document (文书).")
      .def_readwrite("id", &Document::id)
      .def_readwrite("type", &Document::type)
      .def_readwrite("number", &Document::number)
      .def_readwrite("date", &Document::date)
      .def_readwrite("signatories", &Document::signatories)
      .def_readwrite("service", &Document::service);
  value_class<Penalty>(m, "Penalty",
                       "One penalty of Art. 9, with its amount for fines and confiscations.")
      .def(py::init([](PenaltyKind kind, std::optional<Money> amount, std::string detail) {
             return Penalty{kind, amount, std::move(detail)};
           }),
           py::arg("kind"), py::arg("amount") = py::none(), py::arg("detail") = "")
      .def_readwrite("kind", &Penalty::kind)
      .def_readwrite("amount", &Penalty::amount)
      .def_readwrite("detail", &Penalty::detail);
  value_class<RightsNotice>(m, "RightsNotice",
                            "The notice of the intended penalty and rights (Art. 44).")
      .def_readwrite("served_on", &RightsNotice::served_on)
      .def_readwrite("proposed", &RightsNotice::proposed)
      .def_readwrite("hearing_right_notified", &RightsNotice::hearing_right_notified)
      .def_readwrite("statement_waived_on", &RightsNotice::statement_waived_on)
      .def_readwrite("statement_made_on", &RightsNotice::statement_made_on)
      .def_readwrite("hearing_waived_on", &RightsNotice::hearing_waived_on);
  value_class<Hearing>(m, "Hearing", "A hearing (Art. 63-65).")
      .def_readwrite("requested_on", &Hearing::requested_on)
      .def_readwrite("notified_on", &Hearing::notified_on)
      .def_readwrite("scheduled_for", &Hearing::scheduled_for)
      .def_readwrite("presiding_officer_id", &Hearing::presiding_officer_id)
      .def_readwrite("held_on", &Hearing::held_on)
      .def_readwrite("waived_by_absence", &Hearing::waived_by_absence);
  py::enum_<ReviewVerdict>(m, "ReviewVerdict", "The conclusion of a legal review (Art. 58).")
      .value("APPROVE", ReviewVerdict::kApprove, "同意")
      .value("APPROVE_WITH_CHANGES", ReviewVerdict::kApproveWithChanges, "修改后同意")
      .value("REJECT", ReviewVerdict::kReject, "不同意");
  value_class<ReviewFinding>(m, "ReviewFinding", "The reviewer's finding on one checklist item.")
      .def(py::init([](std::string item, bool satisfied, std::string note) {
             return ReviewFinding{std::move(item), satisfied, std::move(note)};
           }),
           py::arg("item"), py::arg("satisfied") = true, py::arg("note") = "")
      .def_readwrite("item", &ReviewFinding::item)
      .def_readwrite("satisfied", &ReviewFinding::satisfied)
      .def_readwrite("note", &ReviewFinding::note);
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
      .def_readwrite("reviewed_on", &LegalReview::reviewed_on)
      .def_readwrite("reviewer_id", &LegalReview::reviewer_id)
      .def_readwrite("verdict", &LegalReview::verdict)
      .def_readwrite("opinion", &LegalReview::opinion)
      .def_readwrite("submitted_on", &LegalReview::submitted_on)
      .def_readwrite("findings", &LegalReview::findings)
      .def_readwrite("grounds", &LegalReview::grounds)
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
      .def_readwrite("seq", &RecordEntry::seq)
      .def_readwrite("on", &RecordEntry::on)
      .def_readwrite("time", &RecordEntry::time)
      .def_readwrite("place", &RecordEntry::place)
      .def_readwrite("officers", &RecordEntry::officers)
      .def_readwrite("step", &RecordEntry::step)
      .def_readwrite("kind", &RecordEntry::kind)
      .def_readwrite("description", &RecordEntry::description)
      .def_readwrite("media_sha256", &RecordEntry::media_sha256)
      .def_readwrite("media_ref", &RecordEntry::media_ref)
      .def_property_readonly("is_audio_video", &RecordEntry::is_audio_video);
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
      .def_readwrite("on", &DecisionChange::on)
      .def_readwrite("kind", &DecisionChange::kind)
      .def_readwrite("by", &DecisionChange::by)
      .def_readwrite("reason", &DecisionChange::reason);
  value_class<Publication>(m, "Publication",
                           "The public disclosure of the decision and its withdrawal (Art. 48).")
      .def(py::init([](Date published_on, std::string reference) {
             Publication p;
             p.published_on = published_on;
             p.reference = std::move(reference);
             return p;
           }),
           py::arg("published_on"), py::arg("reference") = "")
      .def_readwrite("published_on", &Publication::published_on)
      .def_readwrite("reference", &Publication::reference)
      .def_readwrite("withdrawn_on", &Publication::withdrawn_on)
      .def_readwrite("withdrawal_reason", &Publication::withdrawal_reason)
      .def_readwrite("removed_on", &Publication::removed_on)
      .def_readwrite("removal_reason", &Publication::removal_reason);
  value_class<CollectiveDiscussion>(m, "CollectiveDiscussion",
                                    "A collective discussion (Art. 57 ¶2).")
      .def_readwrite("held_on", &CollectiveDiscussion::held_on)
      .def_readwrite("participants", &CollectiveDiscussion::participants)
      .def_readwrite("conclusion", &CollectiveDiscussion::conclusion);
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
      .def_readwrite("outcome", &Decision::outcome)
      .def_readwrite("penalties", &Decision::penalties)
      .def_readwrite("decided_on", &Decision::decided_on)
      .def_readwrite("document_number", &Decision::document_number)
      .def_readwrite("on_the_spot", &Decision::on_the_spot)
      .def_readwrite("mitigation", &Decision::mitigation)
      .def_property_readonly("total_fine", &Decision::total_fine);
  value_class<Payment>(m, "Payment", "A payment.")
      .def(py::init([](Date paid_on, Money amount, bool collected_on_the_spot) {
             return Payment{paid_on, amount, collected_on_the_spot};
           }),
           py::arg("paid_on"), py::arg("amount"), py::arg("collected_on_the_spot") = false)
      .def_readwrite("paid_on", &Payment::paid_on)
      .def_readwrite("amount", &Payment::amount)
      .def_readwrite("collected_on_the_spot", &Payment::collected_on_the_spot);
  value_class<PaymentArrangement>(m, "PaymentArrangement", "Deferral or instalments (Art. 66).")
      .def_readwrite("applied_on", &PaymentArrangement::applied_on)
      .def_readwrite("approved_on", &PaymentArrangement::approved_on)
      .def_readwrite("approver", &PaymentArrangement::approver)
      .def_readwrite("instalments", &PaymentArrangement::instalments);
  value_class<RemedyPeriod>(m, "RemedyPeriod", "Administrative review or litigation (Art. 73).")
      .def_readwrite("from_", &RemedyPeriod::from)
      .def_readwrite("to", &RemedyPeriod::to)
      .def_readwrite("kind", &RemedyPeriod::kind);
  value_class<CaseEvent>(m, "CaseEvent", "One step of the case's timeline.")
      .def_readwrite("on", &CaseEvent::on)
      .def_readwrite("from_", &CaseEvent::from)
      .def_readwrite("to", &CaseEvent::to)
      .def_readwrite("action", &CaseEvent::action)
      .def_readwrite("officer_id", &CaseEvent::officer_id)
      .def_readwrite("note", &CaseEvent::note);
  value_class<CaseFlags>(m, "CaseFlags", "Facts deciding which gates apply (Art. 31, 57 ¶2, 58).")
      .def_readwrite("complex_or_serious", &CaseFlags::complex_or_serious)
      .def_readwrite("major_public_interest", &CaseFlags::major_public_interest)
      .def_readwrite("major_rights", &CaseFlags::major_rights)
      .def_readwrite("complex_legal_relations", &CaseFlags::complex_legal_relations)
      .def_readwrite("review_required_by_law", &CaseFlags::review_required_by_law)
      .def_readwrite("mental_incapacity", &CaseFlags::mental_incapacity);

  value_class<Case>(
      m, "Case",
      "An enforcement case. List attributes are copies: assign a whole new list to change one.")
      .def_readwrite("id", &Case::id)
      .def_readwrite("version", &Case::version)
      .def_readwrite("number", &Case::number)
      .def_readwrite("agency_code", &Case::agency_code)
      .def_readwrite("power_code", &Case::power_code)
      .def_readwrite("procedure", &Case::procedure)
      .def_readwrite("status", &Case::status)
      .def_readwrite("source", &Case::source)
      .def_readwrite("title", &Case::title)
      .def_readwrite("facts", &Case::facts)
      .def_readwrite("lead_on", &Case::lead_on)
      .def_readwrite("filed_on", &Case::filed_on)
      .def_readwrite("parties", &Case::parties)
      .def_readwrite("violations", &Case::violations)
      .def_readwrite("evidence", &Case::evidence)
      .def_readwrite("documents", &Case::documents)
      .def_readwrite("investigators", &Case::investigators)
      .def_readwrite("events", &Case::events)
      .def_readwrite("flags", &Case::flags)
      .def_readwrite("notice", &Case::notice)
      .def_readwrite("hearing", &Case::hearing)
      .def_readwrite("reviews", &Case::reviews)
      .def_readwrite("discussion", &Case::discussion)
      .def_readwrite("decision", &Case::decision)
      .def_readwrite("served_on", &Case::served_on)
      .def_readwrite("payments", &Case::payments)
      .def_readwrite("arrangement", &Case::arrangement)
      .def_readwrite("remedies", &Case::remedies)
      .def_readwrite("closed_on", &Case::closed_on)
      .def_readwrite("decision_suspensions", &Case::decision_suspensions)
      .def_readwrite("decision_extensions", &Case::decision_extensions)
      .def_readwrite("records", &Case::records)
      .def_readwrite("decision_change", &Case::decision_change)
      .def_readwrite("publication", &Case::publication)
      .def_property_readonly("paid", &Case::paid)
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

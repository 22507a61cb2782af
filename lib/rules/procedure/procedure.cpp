// The procedure of the Administrative Penalty Law as a state machine (procedure.hpp). One file
// over 800 lines: every transition applies the same guards defined at its top (powers and
// certificates, Art. 38 and 42; the notice, Art. 44; the review grounds, Art. 58; deadlines), and
// it reads in the order of the Act: general procedure, simple procedure, service and execution,
// deadlines.
#include "zhifa/procedure.hpp"

#include "util/json_node.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <initializer_list>
#include <map>
#include <set>

#include "zhifa/error.hpp"
#include "zhifa/record.hpp"

namespace zhifa {
namespace {

using boost::gregorian::date_duration;

const char* kLaw = "行政处罚法";

[[noreturn]] void guard(const std::string& article, const std::string& message) {
  throw LegalGuardError(std::string(kLaw) + " " + article + ": " + message);
}

std::string case_label(const Case& c) {
  if (!c.number.empty()) return "case " + c.number;
  if (c.id != 0) return "case #" + std::to_string(c.id);
  return "the case";
}

void require_status(const Case& c, std::initializer_list<CaseStatus> allowed, const char* action) {
  for (CaseStatus s : allowed) {
    if (c.status != s) continue;
    if (auto why = case_inconsistency(c)) {
      throw ValidationError("cannot " + std::string(action) + " " + case_label(c) + ": " + *why);
    }
    return;
  }
  std::string names;
  for (CaseStatus s : allowed) names += (names.empty() ? "" : ", ") + to_string(s);
  throw LegalGuardError("cannot " + std::string(action) + " " + case_label(c) + " in state '" +
                        to_string(c.status) + "' (allowed from: " + names + ")");
}

// Steps happen in order: a date before the case's last recorded step is refused (程序倒置).
void require_not_before_last_step(const Case& c, Date on, const char* action) {
  if (on.is_special()) throw ValidationError(std::string(action) + ": not a date");
  if (!c.events.empty() && on < c.events.back().on) {
    throw ValidationError(std::string(action) + " on " + iso(on) +
                          " is before the case's last step (" + c.events.back().action + " on " +
                          iso(c.events.back().on) + ")");
  }
  if (on < c.lead_on) {
    throw ValidationError(std::string(action) + " on " + iso(on) +
                          " is before the lead was recorded (" + iso(c.lead_on) + ")");
  }
}

void transition(Case& c, CaseStatus to, const char* action, const std::string& officer, Date on,
                std::string note = "") {
  c.events.push_back(CaseEvent{on, c.status, to, action, officer, std::move(note)});
  c.status = to;
}

// Appends an entry to the full-process record (Art. 47); its sequence number is its position.
void append_record(Case& c, Date on, RecordStep step, RecordKind kind,
                   std::vector<std::string> officers, std::string description) {
  RecordEntry e;
  e.seq = c.records.size();
  e.on = on;
  e.step = step;
  e.kind = kind;
  e.officers = std::move(officers);
  e.description = std::move(description);
  c.records.push_back(std::move(e));
}

// The step of Art. 47 (启动、调查取证、审核、决定、送达、执行) a document belongs to.
RecordStep step_of(DocumentType type) {
  switch (type) {
    case DocumentType::kFilingApproval:
      return RecordStep::kStart;
    case DocumentType::kInquiryRecord:
      return RecordStep::kInvestigation;
    case DocumentType::kInspectionRecord:
      return RecordStep::kInspection;
    case DocumentType::kHearingNotice:
    case DocumentType::kHearingRecord:
      return RecordStep::kHearing;
    case DocumentType::kLegalReviewOpinion:
    case DocumentType::kDiscussionRecord:
      return RecordStep::kReview;
    case DocumentType::kNoticeOfRights:
    case DocumentType::kDecision:
    case DocumentType::kNoPenaltyDecision:
      return RecordStep::kDecision;
    case DocumentType::kServiceReceipt:
      return RecordStep::kService;
    case DocumentType::kPaymentDemand:
    case DocumentType::kClosingReport:
      return RecordStep::kExecution;
    case DocumentType::kOther:
      break;
  }
  return RecordStep::kOther;
}

// Adds a document and its entry in the full-process record (Art. 47: the written record).
void add_document(Case& c, DocumentType type, Date on, std::vector<std::string> signatories,
                  std::string number = "") {
  Document d;
  d.id = "D" + std::to_string(c.documents.size() + 1);
  d.type = type;
  d.number = std::move(number);
  d.date = on;
  d.signatories = std::move(signatories);
  append_record(c, on, step_of(type), RecordKind::kDocument, d.signatories,
                to_string(type) + " " + d.id + (d.number.empty() ? "" : " " + d.number));
  c.documents.push_back(std::move(d));
}

Money yuan(std::int64_t y) { return Money::from_yuan(y); }

}  // namespace

JurisdictionRules JurisdictionRules::example() {
  JurisdictionRules r;
  r.name = "example thresholds (replace with the jurisdiction's rules)";
  r.large_amount_person = yuan(10000);
  r.large_amount_organization = yuan(100000);
  r.review_criteria = ReviewCriteria::example();
  return r;
}

std::string to_string(DeadlineState state) {
  switch (state) {
    case DeadlineState::kOpen:
      return "open";
    case DeadlineState::kOverdue:
      return "overdue";
    case DeadlineState::kMet:
      return "met";
    case DeadlineState::kMetLate:
      return "met_late";
    case DeadlineState::kLapsed:
      return "lapsed";
  }
  return "?";
}

Procedure::Procedure(Agency agency, JurisdictionRules rules, WorkCalendar calendar,
                     PeriodTable periods)
    : agency_(std::move(agency)),
      rules_(std::move(rules)),
      calendar_(std::move(calendar)),
      periods_(std::move(periods)) {
  if (agency_.code.empty()) throw ValidationError("a procedure needs an agency with a code");
}

const Officer& Procedure::certified_officer(const std::string& id, Date on) const {
  const Officer* o = nullptr;
  try {
    o = &agency_.officer(id);
  } catch (const NotFoundError&) {
    guard("Art. 42", "'" + id + "' is not an enforcement officer of " + agency_.name);
  }
  if (!o->certified_on(on, agency_.code)) {
    std::string why =
        !o->certificate ? "holds no enforcement certificate"
        : o->certificate->agency_code != agency_.code
            ? "holds a certificate of another agency (" + o->certificate->agency_code + ")"
            : "has a certificate valid only " + iso(o->certificate->valid_from) + ".." +
                  iso(o->certificate->valid_to);
    guard("Art. 42",
          "officer " + o->name + " (" + id + ") " + why + ", so may not enforce on " + iso(on));
  }
  return *o;
}

void Procedure::require_two_officers(const std::vector<std::string>& ids, Date on,
                                     const char* act) const {
  std::set<std::string> distinct(ids.begin(), ids.end());
  if (distinct.size() < 2) {
    guard("Art. 42", std::string(act) + " needs at least two enforcement officers, got " +
                         std::to_string(distinct.size()));
  }
  for (const auto& id : distinct) certified_officer(id, on);
}

void Procedure::check_limitation(const Case& c, const char* act) const {
  for (const auto& v : c.violations) {
    const char* key = v.life_health_or_financial_harm ? "limitation_extended" : "limitation";
    const LegalPeriod& p = periods_.get(key);
    Date end = p.end(v.limitation_start(), calendar_);
    if (v.discovered > end) {
      guard("Art. 36", std::string(act) + ": the act of " + iso(v.limitation_start()) +
                           " was discovered on " + iso(v.discovered) + ", after the " +
                           std::to_string(p.length) + "-year limitation period ended on " +
                           iso(end) + "; no penalty may be given");
    }
  }
}

void Procedure::check_penalties(const Case& c, const std::vector<Penalty>& penalties,
                                bool require_evidence, Date on) const {
  if (penalties.empty())
    throw ValidationError("a penalty decision needs at least one penalty (Art. 9)");
  for (const auto& p : penalties) {
    bool monetary = p.kind == PenaltyKind::kFine ||
                    p.kind == PenaltyKind::kConfiscateIllegalGains ||
                    p.kind == PenaltyKind::kConfiscateIllegalProperty;
    if (p.kind == PenaltyKind::kFine && (!p.amount || p.amount->fen() <= 0)) {
      throw ValidationError("a fine needs a positive amount");
    }
    if (!monetary && p.amount) {
      throw ValidationError("a " + to_string(p.kind) + " penalty has no amount");
    }
    if (p.amount && p.amount->fen() < 0)
      throw ValidationError("penalty amounts cannot be negative");
  }
  check_limitation(c, "a penalty");
  for (const auto& party : c.parties) {
    for (const auto& v : c.violations) {
      auto age = party.age_on(v.act_date);
      if (age && *age < 14) {
        guard("Art. 30",
              party.name + " was " + std::to_string(*age) + " at the act on " + iso(v.act_date) +
                  "; a minor under 14 is not penalised (the guardian is ordered to discipline)");
      }
    }
  }
  if (c.flags.mental_incapacity) {
    guard("Art. 31", "a party who could not recognise or control the act is not penalised");
  }
  if (!require_evidence) return;
  bool supported = std::any_of(c.evidence.begin(), c.evidence.end(), [&](const Evidence& e) {
    return e.verified && e.lawfully_obtained && e.collected_on <= on;
  });
  if (!supported) {
    guard("Art. 40",
          "no penalty without established facts: the case has no verified, lawfully obtained "
          "evidence (Art. 46)");
  }
}

void Procedure::check_minor_mitigation(const Case& c, const Decision& decision) const {
  for (const auto& party : c.parties) {
    for (const auto& v : c.violations) {
      auto age = party.age_on(v.act_date);
      if (age && *age >= 14 && *age < 18 && decision.mitigation == Mitigation::kNone) {
        guard("Art. 30", party.name + " was " + std::to_string(*age) + " at the act on " +
                             iso(v.act_date) +
                             "; a minor of 14 to 17 must be penalised more lightly or with "
                             "mitigation (应当从轻或者"
                             "减轻): set the decision's mitigation");
      }
    }
  }
}

bool Procedure::hearing_eligible(const Case& c, const std::vector<Penalty>& penalties) const {
  const Money threshold =
      any_natural_person(c) ? rules_.large_amount_person : rules_.large_amount_organization;
  for (const auto& p : penalties) {
    switch (p.kind) {
      case PenaltyKind::kFine:                       // Art. 63 (1)
      case PenaltyKind::kConfiscateIllegalGains:     // Art. 63 (2)
      case PenaltyKind::kConfiscateIllegalProperty:  // Art. 63 (2)
        if (total_amount(penalties, {p.kind}) >= threshold) return true;
        break;
      case PenaltyKind::kLowerQualification:      // Art. 63 (3)
      case PenaltyKind::kRevokeLicense:           // Art. 63 (3)
      case PenaltyKind::kOrderSuspendProduction:  // Art. 63 (4)
      case PenaltyKind::kOrderClosure:            // Art. 63 (4)
      case PenaltyKind::kRestrictPractice:        // Art. 63 (4)
      case PenaltyKind::kSuspendLicense:    // Art. 63 (5), read as 其他较重的行政处罚
      case PenaltyKind::kRestrictBusiness:  // Art. 63 (5), likewise
        return true;
      default:
        break;
    }
  }
  return false;
}

std::vector<ReviewGround> Procedure::review_requirement(const Case& c,
                                                        const std::vector<Penalty>& penalties,
                                                        Mitigation mitigation) const {
  return rules_.review_criteria.match(c, penalties, mitigation);
}

std::vector<std::string> Procedure::legal_review_grounds(const Case& c) const {
  static const std::vector<Penalty> none;
  const std::vector<Penalty>& ps = c.decision ? c.decision->penalties
                                   : c.notice ? c.notice->proposed
                                              : none;
  std::vector<std::string> out;
  for (const auto& g :
       review_requirement(c, ps, c.decision ? c.decision->mitigation : Mitigation::kNone)) {
    out.push_back(g.text());
  }
  return out;
}

// ---- general procedure -------------------------------------------------------------------------

void Procedure::file(Case& c, const std::string& officer_id, Date on) const {
  require_status(c, {CaseStatus::kLead}, "file");
  require_not_before_last_step(c, on, "filing");
  if (c.procedure != ProcedureKind::kGeneral) {
    throw LegalGuardError("a simple-procedure case is decided on the spot (Art. 51), not filed");
  }
  if (c.agency_code != agency_.code) {
    guard("Art. 38",
          case_label(c) + " belongs to agency '" + c.agency_code + "', not " + agency_.code);
  }
  if (!agency_.holds_power(c.power_code)) {
    guard("Art. 38", agency_.name + " holds no power item '" + c.power_code +
                         "'; a penalty by a body without the power is void");
  }
  if (agency_.power(c.power_code).kind != PowerKind::kPenalty) {
    guard("Art. 38", "power item '" + c.power_code + "' is not a penalty power");
  }
  if (c.parties.empty()) throw ValidationError("filing needs at least one party");
  if (c.violations.empty()) throw ValidationError("filing needs at least one violation");
  for (const auto& v : c.violations) {
    if (v.discovered > on) {
      throw ValidationError("filing on " + iso(on) + " before the violation was discovered on " +
                            iso(v.discovered));
    }
  }
  const Officer& o = certified_officer(officer_id, on);
  Case n = c;
  n.filed_on = on;
  add_document(n, DocumentType::kFilingApproval, on, {o.id});
  transition(n, CaseStatus::kFiled, "file", officer_id, on);
  c = std::move(n);
}

void Procedure::investigate(Case& c, const std::vector<std::string>& officer_ids, Date on) const {
  require_status(c, {CaseStatus::kFiled}, "investigate");
  require_not_before_last_step(c, on, "investigation");
  require_two_officers(officer_ids, on, "investigation");
  Case n = c;
  n.investigators = officer_ids;
  transition(n, CaseStatus::kInvestigating, "investigate", officer_ids.front(), on);
  c = std::move(n);
}

void Procedure::add_evidence(Case& c, Evidence item) const {
  require_status(c,
                 {CaseStatus::kInvestigating, CaseStatus::kNotified, CaseStatus::kHearing,
                  CaseStatus::kLegalReview, CaseStatus::kCollectiveDiscussion},
                 "add evidence to");
  if (item.collected_on.is_special())
    throw ValidationError("evidence needs the date it was collected");
  if (c.filed_on && item.collected_on < *c.filed_on) {
    throw ValidationError("evidence collected on " + iso(item.collected_on) +
                          " before the case was filed on " + iso(*c.filed_on) +
                          " belongs to the inspection record, not the investigation");
  }
  if (item.id.empty()) item.id = "E" + std::to_string(c.evidence.size() + 1);
  for (const auto& e : c.evidence) {
    if (e.id == item.id) throw ValidationError("evidence id '" + item.id + "' is already used");
  }
  c.evidence.push_back(std::move(item));
}

void Procedure::notify(Case& c, const std::string& officer_id, Date on,
                       std::vector<Penalty> proposed) const {
  require_status(c, {CaseStatus::kInvestigating}, "notify");
  require_not_before_last_step(c, on, "the notice of rights");
  certified_officer(officer_id, on);
  check_penalties(c, proposed, true, on);
  Case n = c;
  RightsNotice notice;
  notice.served_on = on;
  notice.hearing_right_notified = hearing_eligible(c, proposed);
  notice.proposed = std::move(proposed);
  n.notice = std::move(notice);
  add_document(n, DocumentType::kNoticeOfRights, on, {officer_id});
  transition(n, CaseStatus::kNotified, "notify", officer_id, on);
  c = std::move(n);
}

void Procedure::record_statement(Case& c, Date on) const {
  require_status(c,
                 {CaseStatus::kNotified, CaseStatus::kHearing, CaseStatus::kLegalReview,
                  CaseStatus::kCollectiveDiscussion},
                 "record a statement for");
  require_not_before_last_step(c, on, "the statement");
  c.notice->statement_made_on = on;
}

void Procedure::waive_statement(Case& c, Date on) const {
  require_status(
      c, {CaseStatus::kNotified, CaseStatus::kLegalReview, CaseStatus::kCollectiveDiscussion},
      "record a waiver for");
  require_not_before_last_step(c, on, "the waiver");
  c.notice->statement_waived_on = on;
}

void Procedure::waive_hearing(Case& c, Date on) const {
  require_status(
      c, {CaseStatus::kNotified, CaseStatus::kLegalReview, CaseStatus::kCollectiveDiscussion},
      "record a hearing waiver for");
  require_not_before_last_step(c, on, "the hearing waiver");
  if (!c.notice->hearing_right_notified) {
    throw LegalGuardError(
        "the party was not told of a right to a hearing (Art. 63); there is nothing to waive");
  }
  if (c.hearing) throw LegalGuardError("the party has already asked for a hearing");
  c.notice->hearing_waived_on = on;
}

void Procedure::request_hearing(Case& c, Date on) const {
  require_status(
      c, {CaseStatus::kNotified, CaseStatus::kLegalReview, CaseStatus::kCollectiveDiscussion},
      "request a hearing for");
  require_not_before_last_step(c, on, "the hearing request");
  if (c.hearing) throw LegalGuardError("the party has already asked for a hearing");
  if (!c.notice->hearing_right_notified) {
    guard("Art. 63", "the notified penalties are not hearing-eligible (under " + rules_.name + ")");
  }
  if (c.notice->hearing_waived_on) {
    throw LegalGuardError("the party gave up the hearing on " + iso(*c.notice->hearing_waived_on));
  }
  Deadline window(periods_.get("hearing_request"), c.notice->served_on, calendar_);
  if (on > window.due()) {
    guard("Art. 64 (1)", "a hearing must be requested within 5 working days of the notice of " +
                             iso(c.notice->served_on) + ", i.e. by " + iso(window.due()) +
                             "; requested on " + iso(on));
  }
  Case n = c;
  n.hearing = Hearing{};
  n.hearing->requested_on = on;
  transition(n, CaseStatus::kHearing, "request_hearing", "", on);
  c = std::move(n);
}

void Procedure::schedule_hearing(Case& c, Date notified_on, Date hearing_on,
                                 const std::string& presiding_officer_id) const {
  require_status(c, {CaseStatus::kHearing}, "schedule a hearing for");
  require_not_before_last_step(c, notified_on, "the hearing notice");
  if (c.hearing->held_on || c.hearing->waived_by_absence) {
    throw LegalGuardError("the hearing has already taken place");
  }
  const bool reschedule = c.hearing->scheduled_for.has_value();
  Date latest = periods_.get("hearing_notice").end(hearing_on, calendar_);
  if (notified_on > latest) {
    guard("Art. 64 (2)", "the hearing of " + iso(hearing_on) +
                             " must be notified at least 7 working days before, "
                             "i.e. by " +
                             iso(latest) + "; notified on " + iso(notified_on));
  }
  if (std::find(c.investigators.begin(), c.investigators.end(), presiding_officer_id) !=
      c.investigators.end()) {
    guard("Art. 64 (4)", "the hearing is presided by someone who did not investigate the case; " +
                             presiding_officer_id + " is an investigator");
  }
  agency_.officer(presiding_officer_id);
  Case n = c;
  n.hearing->notified_on = notified_on;
  n.hearing->scheduled_for = hearing_on;
  n.hearing->presiding_officer_id = presiding_officer_id;
  add_document(n, DocumentType::kHearingNotice, notified_on, {presiding_officer_id});
  n.events.push_back(CaseEvent{notified_on, n.status, n.status,
                               reschedule ? "reschedule_hearing" : "schedule_hearing",
                               presiding_officer_id, "hearing on " + iso(hearing_on)});
  c = std::move(n);
}

void Procedure::hold_hearing(Case& c, Date on, bool party_absent) const {
  require_status(c, {CaseStatus::kHearing}, "hold a hearing for");
  if (!c.hearing->scheduled_for)
    throw LegalGuardError("the hearing has not been scheduled and notified (Art. 64 (2))");
  if (on != *c.hearing->scheduled_for) {
    throw ValidationError("the hearing was scheduled for " + iso(*c.hearing->scheduled_for) +
                          ", not " + iso(on) + "; reschedule with a new notice");
  }
  require_not_before_last_step(c, on, "the hearing");
  Case n = c;
  if (party_absent) {
    n.hearing->waived_by_absence = true;  // Art. 64 (6): 视为放弃听证权利
  } else {
    n.hearing->held_on = on;
    add_document(n, DocumentType::kHearingRecord, on,
                 {c.hearing->presiding_officer_id});  // Art. 64 (8)
  }
  n.events.push_back(CaseEvent{on, n.status, n.status,
                               party_absent ? "hearing_waived" : "hold_hearing",
                               c.hearing->presiding_officer_id, ""});
  c = std::move(n);
}

void Procedure::record(Case& c, RecordEntry entry) const {
  if (auto why = record_problem(entry)) throw ValidationError(*why);
  for (const auto& id : entry.officers) agency_.officer(id);  // NotFoundError naming it
  if (entry.on < c.lead_on) {
    throw ValidationError("a record entry of " + iso(entry.on) + " is before the lead (" +
                          iso(c.lead_on) + ")");
  }
  if (c.status == CaseStatus::kArchived) {
    throw ValidationError("the case file is archived (归档); nothing can be added to its record");
  }
  entry.seq = c.records.size();
  c.records.push_back(std::move(entry));
}

void Procedure::legal_review(Case& c, LegalReview review) const {
  require_status(c,
                 {CaseStatus::kNotified, CaseStatus::kHearing, CaseStatus::kLegalReview,
                  CaseStatus::kCollectiveDiscussion},
                 "review");
  const Date on = review.reviewed_on;
  require_not_before_last_step(c, on, "the legal review");
  if (review.submitted_on && *review.submitted_on > on) {
    throw ValidationError("the review opinion is dated " + iso(on) + ", before its submission on " +
                          iso(*review.submitted_on));
  }
  if (review.submitted_on && c.notice && *review.submitted_on < c.notice->served_on) {
    throw ValidationError("the review was submitted on " + iso(*review.submitted_on) +
                          ", before the notice of " + iso(c.notice->served_on));
  }
  if (c.status == CaseStatus::kHearing && !(c.hearing->held_on || c.hearing->waived_by_absence)) {
    guard("Art. 65",
          "the decision, and so its review, follows the hearing record; the hearing has not taken "
          "place");
  }
  const Officer& r = agency_.officer(review.reviewer_id);
  for (const auto& inv : c.investigators) {
    if (inv == r.id) {
      guard("Art. 58 ¶1",
            r.name +
                " investigated the case; the review is done by the staff who do legal review "
                "(从事行政处罚决定法制审核的人员), not by the case's investigators");
    }
  }
  if (!r.experienced_reviewer && !r.legal_professional_qualification) {
    guard("Art. 58 ¶2",
          r.name +
              " reviews for the first time and holds no legal professional qualification "
              "(法律职业资格)");
  }
  const auto& criteria = rules_.review_criteria;
  for (std::size_t i = 0; i < review.findings.size(); ++i) {
    const auto& f = review.findings[i];
    if (!criteria.has_item(f.item)) {
      throw ValidationError("review finding " + std::to_string(i) + " names item '" + f.item +
                            "', which is not on the checklist of " + criteria.name());
    }
    for (std::size_t k = 0; k < i; ++k) {
      if (review.findings[k].item == f.item) {
        throw ValidationError("review item '" + f.item + "' has two findings");
      }
    }
    if (!f.satisfied && review.verdict == ReviewVerdict::kApprove) {
      throw ValidationError("item '" + f.item +
                            "' is not satisfied, so the verdict cannot be a plain approve: "
                            "approve_with_changes (stating the changes) or reject");
    }
  }
  if (review.verdict != ReviewVerdict::kApprove && review.opinion.empty()) {
    throw ValidationError("a verdict of " + to_string(review.verdict) +
                          " states its reasons in the opinion");
  }
  if (review.grounds.empty()) {
    review.grounds = legal_review_grounds(c);
  }
  Case n = c;
  const std::string reviewer = review.reviewer_id;
  const std::string verdict = to_string(review.verdict);
  n.reviews.push_back(std::move(review));
  add_document(n, DocumentType::kLegalReviewOpinion, on, {reviewer});
  transition(n, CaseStatus::kLegalReview, "legal_review", reviewer, on, verdict);
  c = std::move(n);
}

void Procedure::legal_review(Case& c, const std::string& reviewer_id, Date on, bool passed,
                             std::string opinion) const {
  LegalReview r;
  r.reviewed_on = on;
  r.reviewer_id = reviewer_id;
  r.verdict = passed ? ReviewVerdict::kApprove : ReviewVerdict::kReject;
  r.opinion = std::move(opinion);
  if (!passed && r.opinion.empty()) r.opinion = "not passed";
  legal_review(c, std::move(r));
}

Deadline Procedure::decision_ledger(const Case& c) const {
  return Deadline(periods_.get("decision"), *c.filed_on, calendar_, c.decision_suspensions,
                  c.decision_extensions);
}

void Procedure::suspend_decision_period(Case& c, Date from, Date to, std::string reason) const {
  if (!c.filed_on)
    throw LegalGuardError("the decision period runs from filing; the case is not filed");
  Deadline d = decision_ledger(c);
  d.suspend(from, to, reason);  // validates
  c.decision_suspensions.push_back(Suspension{from, to, std::move(reason)});
}

void Procedure::extend_decision_period(Case& c, int days, std::string approver, std::string reason,
                                       Date approved_on) const {
  if (!c.filed_on)
    throw LegalGuardError("the decision period runs from filing; the case is not filed");
  Deadline d = decision_ledger(c);
  d.extend(days, approver, reason, approved_on);  // validates
  c.decision_extensions.push_back(
      Extension{days, std::move(approver), std::move(reason), approved_on});
}

void Procedure::collective_discussion(Case& c, Date on, std::vector<std::string> participants,
                                      std::string conclusion) const {
  require_status(c, {CaseStatus::kNotified, CaseStatus::kHearing, CaseStatus::kLegalReview},
                 "discuss");
  require_not_before_last_step(c, on, "the collective discussion");
  if (participants.size() < 2) {
    throw ValidationError(
        "a collective discussion of the agency's heads needs at least two participants");
  }
  Case n = c;
  n.discussion = CollectiveDiscussion{on, participants, std::move(conclusion)};
  add_document(n, DocumentType::kDiscussionRecord, on, std::move(participants));
  transition(n, CaseStatus::kCollectiveDiscussion, "collective_discussion", "", on);
  c = std::move(n);
}

void Procedure::decide(Case& c, const std::vector<std::string>& officer_ids,
                       Decision decision) const {
  require_status(c,
                 {CaseStatus::kInvestigating, CaseStatus::kNotified, CaseStatus::kHearing,
                  CaseStatus::kLegalReview, CaseStatus::kCollectiveDiscussion},
                 "decide");
  const Date on = decision.decided_on;
  require_not_before_last_step(c, on, "the decision");
  require_two_officers(officer_ids, on, "a decision");
  decision.on_the_spot = false;
  if (decision.outcome != Outcome::kPenalty) {
    if (!decision.penalties.empty())
      throw ValidationError("an outcome without penalty lists no penalties");
  } else {
    if (!c.notice) {
      guard("Art. 44, 62",
            "no penalty decision before the party was notified of the intended penalty and its "
            "rights");
    }
    check_penalties(c, decision.penalties, true, on);
    check_minor_mitigation(c, decision);
    // Nothing beyond what was notified (Art. 44); never heavier because of a defence (Art. 45).
    const auto& proposed = c.notice->proposed;
    const char* article = c.notice->statement_made_on ? "Art. 44, 45" : "Art. 44";
    for (const auto& p : decision.penalties) {
      bool notified = std::any_of(proposed.begin(), proposed.end(),
                                  [&](const Penalty& q) { return q.kind == p.kind; });
      if (!notified) {
        guard(article,
              "the penalty '" + to_string(p.kind) + "' was not in the notice; notify again first");
      }
      if (p.amount &&
          total_amount(decision.penalties, {p.kind}) > total_amount(proposed, {p.kind})) {
        guard(
            article,
            "the " + to_string(p.kind) + " of " +
                total_amount(decision.penalties, {p.kind}).to_string() +
                " yuan exceeds the notified " + total_amount(proposed, {p.kind}).to_string() +
                (c.notice->statement_made_on ? " yuan; a defence may not lead to a heavier penalty"
                                             : " yuan; notify again first"));
      }
    }
    // The party's hearing right (Art. 63-65).
    if (c.hearing) {
      if (!(c.hearing->held_on || c.hearing->waived_by_absence)) {
        guard("Art. 63, 65", "the party asked for a hearing on " + iso(c.hearing->requested_on) +
                                 "; decide after it, on its record");
      }
    } else if (c.notice->hearing_right_notified && !c.notice->hearing_waived_on) {
      Deadline window(periods_.get("hearing_request"), c.notice->served_on, calendar_);
      if (on <= window.due()) {
        guard("Art. 64 (1)",
              "the party may ask for a hearing until " + iso(window.due()) + "; decide after that");
      }
    }
    // Legal review (Art. 58) and collective discussion (Art. 57 ¶2).
    Case probe = c;
    probe.decision = decision;
    auto grounds = legal_review_grounds(probe);
    if (!grounds.empty()) {
      bool passed =
          !c.reviews.empty() && c.reviews.back().passed() && c.reviews.back().reviewed_on <= on;
      if (!passed) {
        guard("Art. 58",
              std::string(c.reviews.empty() ? "no legal review" : "the legal review did not pass") +
                  "; it is required because " + grounds.front());
      }
    }
    if (c.flags.complex_or_serious && !c.discussion) {
      guard("Art. 57 ¶2",
            "a complex case or a serious violation is decided by the agency's heads collectively");
    }
  }
  Case n = c;
  const bool transfer = decision.outcome == Outcome::kTransferToJudicial;
  add_document(n,
               decision.outcome == Outcome::kPenalty ? DocumentType::kDecision
                                                     : DocumentType::kNoPenaltyDecision,
               on, officer_ids, decision.document_number);
  n.decision = std::move(decision);
  transition(n, transfer ? CaseStatus::kTransferred : CaseStatus::kDecided, "decide",
             officer_ids.front(), on, to_string(n.decision->outcome));
  c = std::move(n);
}

void Procedure::decide_on_the_spot(Case& c, const std::vector<std::string>& officer_ids,
                                   Decision decision) const {
  require_status(c, {CaseStatus::kLead}, "decide on the spot");
  if (c.procedure != ProcedureKind::kSimple) {
    throw LegalGuardError("an on-the-spot decision needs a simple-procedure case (Art. 51)");
  }
  const Date on = decision.decided_on;
  require_not_before_last_step(c, on, "the on-the-spot decision");
  if (decision.outcome != Outcome::kPenalty) {
    throw ValidationError("an on-the-spot decision imposes a penalty (Art. 51)");
  }
  if (c.parties.empty()) throw ValidationError("the decision needs a party");
  if (c.violations.empty()) throw ValidationError("the decision needs the violation it penalises");
  if (!agency_.holds_power(c.power_code)) {
    guard("Art. 38", agency_.name + " holds no power item '" + c.power_code + "'");
  }
  require_two_officers(officer_ids, on, "an on-the-spot decision");
  const bool persons = any_natural_person(c);
  const Money limit = persons ? yuan(200) : yuan(3000);
  for (const auto& p : decision.penalties) {
    if (p.kind != PenaltyKind::kWarning && p.kind != PenaltyKind::kFine) {
      guard("Art. 51",
            "on the spot only a warning or a fine may be imposed, not " + to_string(p.kind));
    }
  }
  if (decision.penalties.empty()) throw ValidationError("an on-the-spot decision needs a penalty");
  const Money fine = decision.total_fine();
  if (fine > limit) {
    guard("Art. 51",
          "on the spot a " + std::string(persons ? "citizen" : "legal person or organisation") +
              " may be fined at most " + limit.to_string() + " yuan, not " + fine.to_string());
  }
  // Limitation, age and capacity as for any penalty (Art. 30, 31, 36); the facts are established
  // on the spot (确凿, Art. 51) rather than through recorded evidence.
  check_penalties(c, decision.penalties, false, on);
  check_minor_mitigation(c, decision);
  Case n = c;
  decision.on_the_spot = true;
  add_document(n, DocumentType::kDecision, on, officer_ids, decision.document_number);
  n.decision = std::move(decision);
  transition(n, CaseStatus::kDecided, "decide_on_the_spot", officer_ids.front(), on);
  c = std::move(n);
}

// ---- service and execution ----------------------------------------------------------------------

void Procedure::serve(Case& c, ServiceRecord record) const {
  require_status(c, {CaseStatus::kDecided}, "serve");
  require_not_before_last_step(c, record.served_on, "service");
  if (record.method == ServiceMethod::kElectronic && !record.electronic_consent) {
    guard("Art. 61 ¶2", "electronic service needs the party's consent and a signed confirmation");
  }
  if (c.decision->on_the_spot && record.served_on != c.decision->decided_on) {
    guard("Art. 52", "an on-the-spot decision is handed to the party on the spot, on " +
                         iso(c.decision->decided_on));
  }
  Case n = c;
  n.served_on = record.served_on;
  std::vector<std::string> by;
  for (auto it = n.documents.rbegin(); it != n.documents.rend(); ++it) {
    if (it->type == DocumentType::kDecision || it->type == DocumentType::kNoPenaltyDecision) {
      it->service = record;
      by = it->signatories;
      break;
    }
  }
  append_record(n, record.served_on, RecordStep::kService, RecordKind::kText, std::move(by),
                "served by " + to_string(record.method) +
                    (record.recipient.empty() ? "" : " to " + record.recipient));
  transition(n, CaseStatus::kServed, "serve", "", record.served_on, to_string(record.method));
  // An on-the-spot fine may be paid at once (Art. 68), before the decision is handed over.
  const Money fine = n.decision->total_fine();
  if (n.decision->outcome == Outcome::kPenalty && fine.fen() > 0 && n.paid() >= fine) {
    transition(n, CaseStatus::kExecuted, "paid", "", record.served_on);
  }
  c = std::move(n);
}

void Procedure::approve_arrangement(Case& c, PaymentArrangement a) const {
  require_status(c, {CaseStatus::kServed}, "arrange payment for");
  if (a.approver.empty()) guard("Art. 66", "a deferral or instalments need the agency's approval");
  if (a.approved_on < a.applied_on) guard("Art. 66", "approved before the party applied");
  if (a.applied_on < *c.served_on) throw ValidationError("applied before the decision was served");
  if (a.instalments.empty()) throw ValidationError("an arrangement needs at least one due date");
  Money total;
  Date previous = a.approved_on;
  for (const auto& [due, amount] : a.instalments) {
    if (amount.fen() <= 0) throw ValidationError("instalment amounts must be positive");
    if (due < previous)
      throw ValidationError("instalment due dates must be in order and after the approval");
    previous = due;
    total += amount;
  }
  if (total != c.decision->total_fine()) {
    throw ValidationError("the instalments total " + total.to_string() + " yuan, the fine is " +
                          c.decision->total_fine().to_string());
  }
  c.arrangement = std::move(a);
}

Date Procedure::payment_due(const Case& c) const {
  if (c.arrangement) return c.arrangement->instalments.back().first;
  return Deadline(periods_.get("payment"), *c.served_on, calendar_).due();
}

Money Procedure::surcharge(const Case& c, Date on) const {
  if (!c.decision || !c.served_on) return Money();
  const Money fine = c.decision->total_fine();
  if (fine.fen() == 0) return Money();
  // Principal falling due: the whole fine at the payment deadline, or each instalment at its date.
  std::vector<std::pair<Date, Money>> schedule;
  if (c.arrangement) {
    schedule = c.arrangement->instalments;
  } else {
    schedule.emplace_back(payment_due(c), fine);
  }
  Money total;
  for (Date d = schedule.front().first + date_duration(1); d <= on && total < fine;
       d += date_duration(1)) {
    bool paused = std::any_of(c.remedies.begin(), c.remedies.end(), [&](const RemedyPeriod& r) {
      return r.from <= d && (!r.to || d <= *r.to);
    });
    if (paused) continue;  // Art. 73 ¶3
    Money due, paid;
    for (const auto& [when, amount] : schedule) {
      if (when < d) due += amount;
    }
    for (const auto& p : c.payments) {
      if (p.paid_on < d) paid += p.amount;
    }
    if (paid >= due) continue;
    total += (due - paid).mul_div(3, 100, Rounding::kDown);  // Art. 72 (1): 3% a day
  }
  return std::min(total, fine);  // Art. 72 (1): not more than the fine
}

void Procedure::record_payment(Case& c, Payment payment,
                               std::optional<OnTheSpotGround> ground) const {
  require_status(c, {CaseStatus::kServed, CaseStatus::kDecided}, "record a payment for");
  if (c.status == CaseStatus::kDecided && !c.decision->on_the_spot) {
    throw LegalGuardError(
        "the decision must be served before payment (the 15 days run from receipt, Art. 67)");
  }
  if (payment.amount.fen() <= 0) throw ValidationError("a payment must be positive");
  require_not_before_last_step(c, payment.paid_on, "the payment");
  const Money fine = c.decision->total_fine();
  if (payment.collected_on_the_spot) {
    if (!ground) {
      guard("Art. 67 ¶2",
            "the deciding agency and its officers may not collect fines themselves, except on the "
            "spot under Art. 68-69; state the ground");
    }
    if (*ground == OnTheSpotGround::kSmallFine && (!c.decision->on_the_spot || fine > yuan(100))) {
      guard("Art. 68 (1)",
            "on-the-spot collection of a small fine applies to an on-the-spot decision of at most "
            "100 yuan; this fine is " +
                fine.to_string());
    }
    if (*ground == OnTheSpotGround::kHardToExecute && !c.decision->on_the_spot) {
      guard("Art. 68 (2)", "applies only to on-the-spot decisions (Art. 51)");
    }
  }
  const Money owed = fine + (c.served_on ? surcharge(c, payment.paid_on) : Money()) - c.paid();
  if (payment.amount > owed) {
    throw ValidationError("payment of " + payment.amount.to_string() + " yuan exceeds the " +
                          owed.to_string() + " yuan owed");
  }
  Case n = c;
  n.payments.push_back(payment);
  if (payment.amount == owed && n.status == CaseStatus::kServed) {
    transition(n, CaseStatus::kExecuted, "paid", "", payment.paid_on);
  }
  c = std::move(n);
}

void Procedure::start_remedy(Case& c, std::string kind, Date from) const {
  if (kind != "review" && kind != "litigation") {
    throw ValidationError("remedy kind must be 'review' or 'litigation', got '" + kind + "'");
  }
  if (!c.decision) throw LegalGuardError("there is no decision to challenge");
  if (from < c.decision->decided_on) {
    throw ValidationError("a " + kind + " cannot start on " + iso(from) +
                          ", before the decision of " + iso(c.decision->decided_on));
  }
  if (!c.remedies.empty()) {
    const auto& last = c.remedies.back();
    if (!last.to)
      throw ValidationError("a " + last.kind + " is already under way since " + iso(last.from));
    if (from <= *last.to) {
      throw ValidationError("a " + kind + " cannot start on " + iso(from) + ": the previous " +
                            last.kind + " ended on " + iso(*last.to));
    }
  }
  require_not_before_last_step(c, from, "the remedy");
  Case n = c;
  n.remedies.push_back(RemedyPeriod{from, std::nullopt, kind});
  n.events.push_back(CaseEvent{from, n.status, n.status, "start_" + kind, "", ""});
  c = std::move(n);
}

void Procedure::end_remedy(Case& c, Date to) const {
  if (c.remedies.empty() || c.remedies.back().to)
    throw ValidationError("no review or litigation is under way");
  if (to < c.remedies.back().from) {
    throw ValidationError("a " + c.remedies.back().kind + " cannot end on " + iso(to) +
                          ", before it started on " + iso(c.remedies.back().from));
  }
  require_not_before_last_step(c, to, "the end of the remedy");
  Case n = c;
  n.remedies.back().to = to;
  n.events.push_back(CaseEvent{to, n.status, n.status, "end_" + n.remedies.back().kind, "", ""});
  c = std::move(n);
}

void Procedure::mark_executed(Case& c, const std::string& officer_id, Date on,
                              std::string note) const {
  require_status(c, {CaseStatus::kServed}, "mark executed");
  require_not_before_last_step(c, on, "execution");
  agency_.officer(officer_id);
  Case n = c;
  transition(n, CaseStatus::kExecuted, "executed", officer_id, on, std::move(note));
  c = std::move(n);
}

void Procedure::close(Case& c, const std::string& officer_id, Date on) const {
  require_status(c, {CaseStatus::kExecuted, CaseStatus::kServed, CaseStatus::kTransferred},
                 "close");
  if (c.status == CaseStatus::kServed && c.decision && c.decision->outcome == Outcome::kPenalty) {
    throw LegalGuardError("a penalty decision is closed after execution");
  }
  require_not_before_last_step(c, on, "closing");
  agency_.officer(officer_id);
  Case n = c;
  n.closed_on = on;
  add_document(n, DocumentType::kClosingReport, on, {officer_id});
  transition(n, CaseStatus::kClosed, "close", officer_id, on);
  c = std::move(n);
}

void Procedure::archive(Case& c, const std::string& officer_id, Date on) const {
  require_status(c, {CaseStatus::kClosed, CaseStatus::kWithdrawn}, "archive");
  require_not_before_last_step(c, on, "archiving");
  agency_.officer(officer_id);
  Case n = c;
  transition(n, CaseStatus::kArchived, "archive", officer_id, on);
  c = std::move(n);
}

void Procedure::withdraw(Case& c, const std::string& officer_id, Date on,
                         std::string reason) const {
  require_status(c, {CaseStatus::kLead, CaseStatus::kFiled, CaseStatus::kInvestigating},
                 "withdraw");
  require_not_before_last_step(c, on, "withdrawal");
  if (reason.empty()) throw ValidationError("a withdrawal needs its reason");
  agency_.officer(officer_id);
  Case n = c;
  transition(n, CaseStatus::kWithdrawn, "withdraw", officer_id, on, std::move(reason));
  c = std::move(n);
}

// ---- deadlines ----------------------------------------------------------------------------------

std::vector<CaseDeadline> Procedure::deadlines(const Case& c, Date on) const {
  return case_deadlines(c, on, calendar_, periods_);
}

std::vector<CaseDeadline> case_deadlines(const Case& c, Date on, const WorkCalendar& calendar_,
                                         const PeriodTable& periods_) {
  std::vector<CaseDeadline> out;
  if (c.status == CaseStatus::kWithdrawn) return out;  // no longer pending anything
  auto add = [&](const char* key, Date start, bool party, std::optional<Date> met_on) {
    CaseDeadline d{key,
                   std::string(key) == "decision"
                       ? Deadline(periods_.get(key), start, calendar_, c.decision_suspensions,
                                  c.decision_extensions)
                       : Deadline(periods_.get(key), start, calendar_),
                   party, met_on, DeadlineState::kOpen};
    const Date due = d.ledger.due();
    if (met_on && *met_on <= on) {
      d.state = *met_on <= due ? DeadlineState::kMet : DeadlineState::kMetLate;
    } else {
      d.met_on.reset();
      d.state = on <= due                                        ? DeadlineState::kOpen
                : party && std::string(key) == "hearing_request" ? DeadlineState::kLapsed
                                                                 : DeadlineState::kOverdue;
    }
    out.push_back(std::move(d));
  };
  if (c.filed_on && c.procedure == ProcedureKind::kGeneral) {
    add("decision", *c.filed_on, false,
        c.decision ? std::optional<Date>(c.decision->decided_on) : std::nullopt);
  }
  if (c.notice && c.notice->hearing_right_notified) {
    std::optional<Date> used =
        c.hearing ? std::optional<Date>(c.hearing->requested_on) : c.notice->hearing_waived_on;
    add("hearing_request", c.notice->served_on, true, used);
  }
  if (c.hearing && c.hearing->scheduled_for) {
    add("hearing_notice", *c.hearing->scheduled_for, false, c.hearing->notified_on);
  }
  if (c.decision && !c.decision->on_the_spot && c.status != CaseStatus::kTransferred) {
    add("decision_service", c.decision->decided_on, false, c.served_on);
  }
  if (c.served_on && c.decision && c.decision->total_fine().fen() > 0 && !c.arrangement) {
    std::optional<Date> paid_on;
    Money running;
    for (const auto& p : c.payments) {
      running += p.amount;
      if (running >= c.decision->total_fine()) {
        paid_on = p.paid_on;
        break;
      }
    }
    if (!paid_on) {
      // Executed by other means (court enforcement, Art. 72 (4)): the payment is settled then.
      for (const auto& e : c.events) {
        if (e.action == "executed") paid_on = e.on;
      }
    }
    add("payment", *c.served_on, true, paid_on);
  }
  if (c.served_on && c.decision && c.arrangement) {
    // Deferral or instalments (Art. 66): one deadline per approved due date, met when the
    // payments cover every instalment up to it.
    std::optional<Date> executed_on;
    for (const auto& e : c.events) {
      if (e.action == "executed") executed_on = e.on;
    }
    Money due_so_far;
    int k = 0;
    for (const auto& [due, amount] : c.arrangement->instalments) {
      ++k;
      due_so_far += amount;
      LegalPeriod p;
      p.key = "instalment_" + std::to_string(k);
      p.name = "分期缴纳罚款";
      p.length = static_cast<int>((due - c.arrangement->approved_on).days());
      p.unit = PeriodUnit::kCalendarDays;
      p.basis = Citation{"行政处罚法", 66, 0, 0, "approved arrangement"};
      p.rest_day_rule = RestDayRule::kNone;  // the approved date itself
      if (p.length <= 0) continue;           // due on the approval day: nothing to count
      std::optional<Date> met_on = executed_on;
      Money running;
      for (const auto& pay : c.payments) {
        running += pay.amount;
        if (running >= due_so_far) {
          met_on = pay.paid_on;
          break;
        }
      }
      CaseDeadline d{p.key, Deadline(p, c.arrangement->approved_on, calendar_), true, met_on,
                     DeadlineState::kOpen};
      const Date end = d.ledger.due();
      if (met_on && *met_on <= on) {
        d.state = *met_on <= end ? DeadlineState::kMet : DeadlineState::kMetLate;
      } else {
        d.met_on.reset();
        d.state = on <= end ? DeadlineState::kOpen : DeadlineState::kOverdue;
      }
      out.push_back(std::move(d));
    }
  }
  return out;
}

std::string to_json(const CaseDeadline& d) {
  using detail::json;
  return detail::dump_json({{"deadline", d.key},
                            {"start", iso(d.ledger.start())},
                            {"due", iso(d.ledger.due())},
                            {"state", to_string(d.state)},
                            {"met_on", d.met_on ? json(iso(*d.met_on)) : json(nullptr)},
                            {"party_period", d.party_period},
                            {"basis", d.ledger.period().basis.to_string()}});
}

}  // namespace zhifa

// The procedure of the Administrative Penalty Law as an explicit state machine with the law's
// guards. Every transition takes the acting officer(s) and the date explicitly (nothing reads
// the clock), checks every guard first and changes the case only when all pass: a refused
// transition throws and leaves the case exactly as it was. A refusal for a legal reason is a
// LegalGuardError whose message names the article.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhifa/agency.hpp"
#include "zhifa/case.hpp"
#include "zhifa/deadline.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/review.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {

/// Thresholds that the law leaves to each jurisdiction (province, sector). The values of
/// example() are placeholders to be replaced by the jurisdiction's own rules: "较大数额" of
/// Art. 63 is defined by provincial or departmental rules, and the major-decision thresholds
/// of Art. 58 come from local lists (重大执法决定事项目录).
struct JurisdictionRules {
  std::string name;
  /// 较大数额罚款 / 没收较大数额 (Art. 63 (1)-(2)): a fine or confiscation at or above these is
  /// hearing-eligible.
  Money large_amount_person;
  Money large_amount_organization;
  /// Which decisions need legal review (Art. 58 and the local list of major decisions), and the
  /// review checklist. Default: Art. 58 (1)-(4) only.
  ReviewCriteria review_criteria = ReviewCriteria::statutory();

  /// Example thresholds, clearly not law: hearing at 10,000 yuan (person) / 100,000 yuan
  /// (organisation); review by ReviewCriteria::example() (fines of 20,000 / 50,000 yuan from the
  /// 益阳 municipal list, every 减轻 decision, ...).
  static JurisdictionRules example();
};

/// Why an on-the-spot collection by the officer is lawful (Art. 68-69).
enum class OnTheSpotGround {
  kSmallFine,      ///< Art. 68 (1): a fine of 100 yuan or less
  kHardToExecute,  ///< Art. 68 (2): hard to execute later if not collected now
  kRemoteArea,     ///< Art. 69: remote, on water or poor transport, at the party's request
};

/// The state of one of a case's deadlines as of a date.
enum class DeadlineState {
  kOpen,     ///< running, not yet due
  kOverdue,  ///< past due and not met
  kMet,      ///< met on or before the due date
  kMetLate,  ///< met after the due date
  kLapsed,   ///< a party's period that ran out unused (e.g. no hearing request)
};

/// A deadline of a case: which period, the ledger, who must act, and its state.
struct CaseDeadline {
  std::string key;  ///< the period's key, e.g. "decision"
  Deadline ledger;
  bool party_period = false;  ///< the party's right (hearing request, payment) vs the agency's duty
  std::optional<Date> met_on;
  DeadlineState state = DeadlineState::kOpen;
};

/// The procedure for one agency under one jurisdiction's rules. Holds copies of its inputs;
/// const member functions are safe to call from several threads.
class Procedure {
 public:
  Procedure(Agency agency, JurisdictionRules rules, WorkCalendar calendar = WorkCalendar::china(),
            PeriodTable periods = PeriodTable::builtin());

  const Agency& agency() const { return agency_; }
  const JurisdictionRules& rules() const { return rules_; }
  const WorkCalendar& calendar() const { return calendar_; }

  // ---- general procedure (一般程序) ------------------------------------------------------------
  /// kLead -> kFiled (立案, Art. 54). The agency must hold the power item, a penalty power
  /// (Art. 38: otherwise the penalty is void); the case needs a party and a violation; the
  /// officer must be certified (Art. 42). The case number is allocated by the store.
  void file(Case& c, const std::string& officer_id, Date on) const;
  /// kFiled -> kInvestigating. At least two distinct officers certified for this agency on `on`
  /// (Art. 42); not before filing (no investigation before 立案).
  void investigate(Case& c, const std::vector<std::string>& officer_ids, Date on) const;
  /// Appends an entry to the case's full-process record (执法全过程记录, Art. 47): a photo, audio
  /// or video by the SHA-256 of its file, or a text note, with the officers who made it (agency
  /// officers). The procedure's own steps add their documents and service to the record
  /// already. Entries are kept in the order appended (a medium may be registered after a later
  /// step), never dated before the lead, never added after archiving; seq is set to the
  /// position. ValidationError for a malformed entry
  /// (record_problem), NotFoundError for an unknown officer.
  void record(Case& c, RecordEntry entry) const;
  /// Records evidence during investigation (kInvestigating .. kCollectiveDiscussion).
  void add_evidence(Case& c, Evidence item) const;
  /// kInvestigating -> kNotified: the notice of the intended penalty and rights (Art. 44).
  /// Refused when the facts rest on no verified, lawfully obtained evidence (Art. 40, 46), when
  /// the limitation period had run before discovery (Art. 36), for a party under 14 at the act
  /// (Art. 30) or without capacity (Art. 31), or for a penalty kind/amount that is malformed.
  /// The hearing right is notified when the proposed penalties are hearing-eligible (Art. 63).
  void notify(Case& c, const std::string& officer_id, Date on, std::vector<Penalty> proposed) const;
  /// The party makes a statement or defence (Art. 45) or expressly waives it (Art. 62). A waiver
  /// of statement and defence does not give up the hearing: see waive_hearing.
  void record_statement(Case& c, Date on) const;
  void waive_statement(Case& c, Date on) const;
  /// The party expressly gives up the hearing it was told of (Art. 63); the decision need then
  /// not wait for the 5-working-day request period.
  void waive_hearing(Case& c, Date on) const;
  /// -> kHearing: the party asks for a hearing. Only for hearing-eligible penalties (Art. 63)
  /// and within 5 working days of the notice (Art. 64 (1)); also while a legal review or
  /// collective discussion is under way, since these do not cut the party's period short.
  void request_hearing(Case& c, Date on) const;
  /// Notifies the hearing at least 7 working days before it (Art. 64 (2)), presided by an
  /// officer who did not investigate the case (Art. 64 (4)). Called again before the hearing
  /// took place, it reschedules it with a new notice.
  void schedule_hearing(Case& c, Date notified_on, Date hearing_on,
                        const std::string& presiding_officer_id) const;
  /// The hearing took place on its date (a record is made, Art. 64 (8)), or the party stayed
  /// away without reason, which waives it (Art. 64 (6)).
  void hold_hearing(Case& c, Date on, bool party_absent) const;
  /// kNotified/kHearing -> kLegalReview: the review record of Art. 58. The reviewer is an
  /// officer of the agency who does legal review (从事行政处罚决定法制审核的人员, Art. 58 ¶1), so
  /// not an investigator of the case; a first-time reviewer holds the legal professional
  /// qualification (Art. 58 ¶2). Findings name items of the rules' checklist; a verdict of
  /// approve with an unsatisfied item is refused (say approve_with_changes or reject). The
  /// grounds that required the review are recorded with it (review_requirement).
  void legal_review(Case& c, LegalReview review) const;
  /// The same with a bare verdict: passed = approve, else reject.
  void legal_review(Case& c, const std::string& reviewer_id, Date on, bool passed,
                    std::string opinion) const;
  /// Days not counted toward the 90-day decision period (Art. 60), and approved extensions of
  /// it; validated by the Deadline ledger (see deadline.hpp).
  void suspend_decision_period(Case& c, Date from, Date to, std::string reason) const;
  void extend_decision_period(Case& c, int days, std::string approver, std::string reason,
                              Date approved_on) const;
  /// -> kCollectiveDiscussion (Art. 57 ¶2).
  void collective_discussion(Case& c, Date on, std::vector<std::string> participants,
                             std::string conclusion) const;
  /// -> kDecided (or kTransferred for Art. 57 (4)). Guards: two certified officers (Art. 42);
  /// for a penalty the notice was given (Art. 44, 62), the hearing-request period has passed
  /// unless the party asked or waived (Art. 63-64), a requested hearing was held or waived
  /// (Art. 65), a required legal review passed (Art. 58), a required collective discussion took
  /// place (Art. 57 ¶2), the limitation period (Art. 36), the age and capacity rules (Art. 30,
  /// 31), evidence (Art. 40), and no penalty heavier than the notice after a defence (Art. 45):
  /// a penalty beyond the notified ones needs a new notice (Art. 44).
  void decide(Case& c, const std::vector<std::string>& officer_ids, Decision decision) const;

  // ---- simple procedure (简易程序, Art. 51-52) --------------------------------------------------
  /// kLead -> kDecided on the spot: only a warning and/or a fine of at most 200 yuan for a
  /// natural person or 3,000 yuan for an organisation (Art. 51, inclusive; with a natural person
  /// among the parties the citizens' limit applies), two certified officers (Art. 42), and the
  /// limitation, age and capacity rules (Art. 30, 31, 36).
  void decide_on_the_spot(Case& c, const std::vector<std::string>& officer_ids,
                          Decision decision) const;

  // ---- service, execution, closing ------------------------------------------------------------
  /// kDecided -> kServed. Electronic service needs the party's consent (Art. 61 ¶2); an
  /// on-the-spot decision is handed over at once (Art. 52). Late service (beyond 7 working
  /// days, Art. 61) is allowed but shows as a late deadline.
  void serve(Case& c, ServiceRecord record) const;
  /// A deferral or instalments on the party's application, approved by the agency (Art. 66).
  void approve_arrangement(Case& c, PaymentArrangement arrangement) const;
  /// A payment. The deciding agency may not collect fines itself (Art. 67) except on the spot
  /// under Art. 68-69: pass the ground. Fully paid (fine and surcharge) -> kExecuted.
  void record_payment(Case& c, Payment payment,
                      std::optional<OnTheSpotGround> on_the_spot_ground = std::nullopt) const;
  /// Administrative review or litigation begins / ends: no surcharge accrues meanwhile (Art. 73).
  /// A remedy starts after the decision and after any earlier one ended; both steps are events.
  void start_remedy(Case& c, std::string kind, Date from) const;
  void end_remedy(Case& c, Date to) const;
  /// Execution completed by other means (court enforcement, non-monetary penalties carried out).
  void mark_executed(Case& c, const std::string& officer_id, Date on, std::string note) const;
  /// -> kClosed: after execution, or after serving a decision with no penalty to execute.
  void close(Case& c, const std::string& officer_id, Date on) const;
  /// kClosed -> kArchived (归档, Art. 47).
  void archive(Case& c, const std::string& officer_id, Date on) const;
  /// Not filed / filing revoked: kLead, kFiled or kInvestigating -> kWithdrawn.
  void withdraw(Case& c, const std::string& officer_id, Date on, std::string reason) const;

  // ---- queries ----------------------------------------------------------------------------------
  /// Whether the proposed penalties give the right to a hearing (Art. 63).
  bool hearing_eligible(const Case& c, const std::vector<Penalty>& penalties) const;
  /// The criteria under which the decision needs legal review (Art. 58 and the rules' local
  /// list), for the case with the given penalties and tier (a proposed decision). Empty: no
  /// review is required.
  std::vector<ReviewGround> review_requirement(const Case& c, const std::vector<Penalty>& penalties,
                                               Mitigation mitigation) const;
  /// The same for the case as it stands (its decision, else the notified penalties), as text.
  std::vector<std::string> legal_review_grounds(const Case& c) const;
  /// The late-payment surcharge as of `on`: 3% of the fine a day after the due date, at most the
  /// fine (Art. 72 (1)); days in review or litigation do not count (Art. 73 ¶3).
  Money surcharge(const Case& c, Date on) const;
  /// The case's deadlines as of `on`, each with its ledger and state.
  std::vector<CaseDeadline> deadlines(const Case& c, Date on) const;

 private:
  const Officer& certified_officer(const std::string& id, Date on) const;
  void require_two_officers(const std::vector<std::string>& ids, Date on, const char* act) const;
  void check_penalties(const Case& c, const std::vector<Penalty>& penalties, bool require_evidence,
                       Date on) const;
  void check_minor_mitigation(const Case& c, const Decision& decision) const;
  void check_limitation(const Case& c, const char* act) const;
  Date payment_due(const Case& c) const;
  /// The 90-day decision ledger (Art. 60) with the case's suspensions and extensions.
  Deadline decision_ledger(const Case& c) const;

  Agency agency_;
  JurisdictionRules rules_;
  WorkCalendar calendar_;
  PeriodTable periods_;
};

std::string to_string(DeadlineState state);

/// A case's deadline as one JSON object: deadline (the period's key), start, due, state,
/// met_on (or null), party_period, basis (the period's citation); dates as YYYY-MM-DD.
std::string to_json(const CaseDeadline& deadline);

/// The deadlines of a case as of `on` (what Procedure::deadlines returns), for callers without an
/// agency at hand: the decision period from filing (Art. 60, with the case's suspensions and
/// extensions), the hearing request (Art. 64 (1)), the hearing notice (Art. 64 (2)), service
/// (Art. 61) and payment (Art. 67).
std::vector<CaseDeadline> case_deadlines(const Case& c, Date on, const WorkCalendar& calendar,
                                         const PeriodTable& periods = PeriodTable::builtin());
/// The case parts case_deadlines reads besides the case's own row.
inline constexpr CaseParts kDeadlineParts{CasePart::kSuspensions, CasePart::kExtensions,
                                          CasePart::kPenalties,   CasePart::kPayments,
                                          CasePart::kEvents,      CasePart::kInstalments};

}  // namespace zhifa

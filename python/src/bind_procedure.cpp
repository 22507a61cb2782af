#include <pybind11/functional.h>
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/procedure.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_procedure(py::module_& m) {
  py::class_<JurisdictionRules>(
      m, "JurisdictionRules",
      "Thresholds the law leaves to each jurisdiction (Art. 58, 63). example() is a "
      "placeholder, not law.")
      .def(py::init([](std::string name, Money large_amount_person, Money large_amount_organization,
                       std::optional<ReviewCriteria> review_criteria) {
             JurisdictionRules r;
             r.name = std::move(name);
             r.large_amount_person = large_amount_person;
             r.large_amount_organization = large_amount_organization;
             if (review_criteria) r.review_criteria = std::move(*review_criteria);
             return r;
           }),
           py::arg("name"), py::arg("large_amount_person"), py::arg("large_amount_organization"),
           py::arg("review_criteria") = py::none(),
           "review_criteria defaults to ReviewCriteria.statutory() (Art. 58 (1)-(4) only).")
      .def_static("example", &JurisdictionRules::example,
                  "Example thresholds, clearly not law: hearing at 10,000 yuan (person) / 100,000 "
                  "yuan (organisation); review by ReviewCriteria.example().")
      .def_readwrite("name", &JurisdictionRules::name, "The jurisdiction's name.")
      .def_readwrite("large_amount_person", &JurisdictionRules::large_amount_person,
                     "较大数额 for a natural person (Art. 63 (1)-(2)): a fine or confiscation at "
                     "or above it is hearing-eligible (Money).")
      .def_readwrite("large_amount_organization", &JurisdictionRules::large_amount_organization,
                     "较大数额 for an organisation (Art. 63 (1)-(2)), as for a person (Money).")
      .def_readwrite("review_criteria", &JurisdictionRules::review_criteria,
                     "Which decisions need legal review (Art. 58 and the local list of major "
                     "decisions), and the checklist (ReviewCriteria).");

  py::enum_<OnTheSpotGround>(m, "OnTheSpotGround",
                             "Why an officer may collect a fine on the spot (Art. 68-69).")
      .value("SMALL_FINE", OnTheSpotGround::kSmallFine)
      .value("HARD_TO_EXECUTE", OnTheSpotGround::kHardToExecute)
      .value("REMOTE_AREA", OnTheSpotGround::kRemoteArea);
  py::enum_<DeadlineState>(m, "DeadlineState",
                           "The state of one of a case's deadlines as of a date.")
      .value("OPEN", DeadlineState::kOpen)
      .value("OVERDUE", DeadlineState::kOverdue)
      .value("MET", DeadlineState::kMet)
      .value("MET_LATE", DeadlineState::kMetLate)
      .value("LAPSED", DeadlineState::kLapsed);

  py::class_<CaseDeadline>(m, "CaseDeadline", "A deadline of a case: period key, ledger, state.")
      .def_readonly("key", &CaseDeadline::key, "The period's key, e.g. 'decision'.")
      .def_readonly("ledger", &CaseDeadline::ledger, "The Deadline ledger.")
      .def_readonly(
          "party_period", &CaseDeadline::party_period,
          "True for a party's right (hearing request, payment), False for the agency's duty.")
      .def_readonly("met_on", &CaseDeadline::met_on, "The day it was met, or None.")
      .def_readonly("state", &CaseDeadline::state, "The DeadlineState as of the date asked.")
      .def_property_readonly(
          "due", [](const CaseDeadline& d) { return d.ledger.due(); }, "The due date: ledger.due.")
      .def(
          "to_json", [](const CaseDeadline& d) { return to_json(d); },
          "As JSON: deadline, start, due, state, met_on, party_period, basis.");

  m.def("case_deadlines", &case_deadlines, py::arg("case"), py::arg("on"), py::arg("calendar"),
        py::arg("periods") = PeriodTable::builtin(), "The deadlines of a case as of a date.");

  py::class_<Procedure>(
      m, "Procedure",
      "The Administrative Penalty Law's procedure with its guards. Each transition changes the "
      "case in place or raises (LegalGuardError names the article) and leaves it unchanged.")
      .def(py::init([](Agency agency, JurisdictionRules rules, std::optional<WorkCalendar> calendar,
                       std::optional<PeriodTable> periods) {
             return Procedure(std::move(agency), std::move(rules),
                              calendar ? *calendar : WorkCalendar::china(),
                              periods ? *periods : PeriodTable::builtin());
           }),
           py::arg("agency"), py::arg("rules"), py::arg("calendar") = py::none(),
           py::arg("periods") = py::none())
      .def_property_readonly("agency", &Procedure::agency, "The Agency the procedure acts for.")
      .def_property_readonly("rules", &Procedure::rules, "The JurisdictionRules it applies.")
      .def("file", &Procedure::file, py::arg("case"), py::arg("officer_id"), py::arg("on"),
           "LEAD -> FILED (立案, Art. 54). The agency must hold the power item, a penalty power "
           "(Art. 38); the case needs a party and a violation; the officer must be certified (Art. "
           "42). The store allocates the case number. Raises zhifa.LegalGuardError naming the "
           "article.")
      .def("investigate", &Procedure::investigate, py::arg("case"), py::arg("officer_ids"),
           py::arg("on"),
           "FILED -> INVESTIGATING: at least two distinct officers certified for this agency on "
           "`on` (Art. 42). Raises zhifa.LegalGuardError.")
      .def("add_evidence", &Procedure::add_evidence, py::arg("case"), py::arg("item"),
           "Records evidence during investigation (INVESTIGATING .. COLLECTIVE_DISCUSSION).")
      .def("notify", &Procedure::notify, py::arg("case"), py::arg("officer_id"), py::arg("on"),
           py::arg("proposed"),
           "INVESTIGATING -> NOTIFIED: the notice of the intended penalties and rights (Art. 44). "
           "Refused when the facts rest on no verified, lawfully obtained evidence (Art. 40, 46), "
           "when the limitation period had run before discovery (Art. 36), for a party under 14 at "
           "the act (Art. 30) or without capacity (Art. 31). The hearing right is notified when "
           "the penalties are hearing-eligible (Art. 63).")
      .def("record_statement", &Procedure::record_statement, py::arg("case"), py::arg("on"),
           "The party makes a statement or defence (Art. 45).")
      .def("waive_statement", &Procedure::waive_statement, py::arg("case"), py::arg("on"),
           "The party expressly waives statement and defence (Art. 62); this does not give up the "
           "hearing (see waive_hearing).")
      .def("waive_hearing", &Procedure::waive_hearing, py::arg("case"), py::arg("on"),
           "The party expressly gives up the hearing it was told of (Art. 63); the decision need "
           "then not wait for the 5-working-day request period.")
      .def("request_hearing", &Procedure::request_hearing, py::arg("case"), py::arg("on"),
           "-> HEARING: the party asks for a hearing. Only for hearing-eligible penalties (Art. "
           "63) and within 5 working days of the notice (Art. 64 (1)).")
      .def("schedule_hearing", &Procedure::schedule_hearing, py::arg("case"),
           py::arg("notified_on"), py::arg("hearing_on"), py::arg("presiding_officer_id"),
           "Notifies the hearing at least 7 working days before it (Art. 64 (2)), presided by an "
           "officer who did not investigate the case (Art. 64 (4)). Called again before the "
           "hearing, it reschedules it with a new notice.")
      .def("hold_hearing", &Procedure::hold_hearing, py::arg("case"), py::arg("on"),
           py::arg("party_absent") = false,
           "The hearing took place on `on` (Art. 64 (8)), or with party_absent the party stayed "
           "away without reason, which waives it (Art. 64 (6)).")
      .def("record", &Procedure::record, py::arg("case"), py::arg("entry"),
           "Appends an entry to the case's full-process record (Art. 47); seq is set to its "
           "position.")
      .def("legal_review",
           py::overload_cast<Case&, LegalReview>(&Procedure::legal_review, py::const_),
           py::arg("case"), py::arg("review"),
           "Records the legal review (Art. 58): reviewer not an investigator, qualified "
           "(Art. 58 ¶2), findings on the checklist's items.")
      .def("legal_review",
           py::overload_cast<Case&, const std::string&, Date, bool, std::string>(
               &Procedure::legal_review, py::const_),
           py::arg("case"), py::arg("reviewer_id"), py::arg("on"), py::arg("passed"),
           py::arg("opinion") = "",
           "The same with a bare verdict: passed=True approves, False rejects.")
      .def("review_requirement", &Procedure::review_requirement, py::arg("case"),
           py::arg("penalties"), py::arg("mitigation") = Mitigation::kNone,
           "The criteria under which the proposed decision needs legal review (Art. 58); empty "
           "when none applies.")
      .def("suspend_decision_period", &Procedure::suspend_decision_period, py::arg("case"),
           py::arg("from_"), py::arg("to"), py::arg("reason") = "",
           "Days from_..to (inclusive) not counted toward the 90-day decision period (Art. 60); "
           "validated as by Deadline.suspend.")
      .def("extend_decision_period", &Procedure::extend_decision_period, py::arg("case"),
           py::arg("days"), py::arg("approver"), py::arg("reason"), py::arg("approved_on"),
           "An approved extension of the decision period by `days` (Art. 60); validated as by "
           "Deadline.extend.")
      .def("collective_discussion", &Procedure::collective_discussion, py::arg("case"),
           py::arg("on"), py::arg("participants"), py::arg("conclusion") = "",
           "-> COLLECTIVE_DISCUSSION: the discussion of the agency's heads (Art. 57 ¶2).")
      .def("decide", &Procedure::decide, py::arg("case"), py::arg("officer_ids"),
           py::arg("decision"),
           "-> DECIDED (TRANSFERRED for Art. 57 (4)). Guards: two certified officers (Art. 42); "
           "for a penalty the notice was given (Art. 44, 62), the hearing-request period passed "
           "unless the party asked or waived (Art. 63-64), a requested hearing was held or waived "
           "(Art. 65), a required legal review passed (Art. 58), a required collective discussion "
           "took place (Art. 57 ¶2), the limitation period (Art. 36), the age and capacity rules "
           "(Art. 30, 31), evidence (Art. 40), and nothing heavier than the notice after a defence "
           "(Art. 45).")
      .def("decide_on_the_spot", &Procedure::decide_on_the_spot, py::arg("case"),
           py::arg("officer_ids"), py::arg("decision"),
           "LEAD -> DECIDED on the spot (简易程序): only a warning and/or a fine of at most 200 "
           "yuan for a natural person or 3,000 yuan for an organisation (Art. 51, inclusive; with "
           "a natural person among the parties the citizens' limit applies), two certified "
           "officers (Art. 42), and the limitation, age and capacity rules (Art. 30, 31, 36).")
      .def("serve", &Procedure::serve, py::arg("case"), py::arg("record"),
           "DECIDED -> SERVED. Electronic service needs the party's consent (Art. 61 ¶2). Late "
           "service (beyond 7 working days, Art. 61) is allowed but shows as a late deadline.")
      .def(
          "approve_arrangement", &Procedure::approve_arrangement, py::arg("case"),
          py::arg("arrangement"),
          "A deferral or instalments on the party's application, approved by the agency (Art. 66).")
      .def("record_payment", &Procedure::record_payment, py::arg("case"), py::arg("payment"),
           py::arg("on_the_spot_ground") = py::none(),
           "A payment. The deciding agency may not collect fines itself (Art. 67) except on the "
           "spot under Art. 68-69: pass the OnTheSpotGround. Fully paid (fine and surcharge) -> "
           "EXECUTED.")
      .def("start_remedy", &Procedure::start_remedy, py::arg("case"), py::arg("kind"),
           py::arg("from_"),
           "Administrative review or litigation ('review' or 'litigation') begins on from_: no "
           "surcharge accrues meanwhile (Art. 73).")
      .def("end_remedy", &Procedure::end_remedy, py::arg("case"), py::arg("to"),
           "The pending review or litigation ends on `to`.")
      .def("mark_executed", &Procedure::mark_executed, py::arg("case"), py::arg("officer_id"),
           py::arg("on"), py::arg("note") = "",
           "-> EXECUTED by other means (court enforcement, non-monetary penalties carried out).")
      .def("close", &Procedure::close, py::arg("case"), py::arg("officer_id"), py::arg("on"),
           "-> CLOSED: after execution, or after serving a decision with no penalty to execute.")
      .def("archive", &Procedure::archive, py::arg("case"), py::arg("officer_id"), py::arg("on"),
           "CLOSED -> ARCHIVED (归档).")
      .def("withdraw", &Procedure::withdraw, py::arg("case"), py::arg("officer_id"), py::arg("on"),
           py::arg("reason"),
           "LEAD, FILED or INVESTIGATING -> WITHDRAWN (not filed / filing revoked), with the "
           "reason.")
      .def("hearing_eligible", &Procedure::hearing_eligible, py::arg("case"), py::arg("penalties"),
           "True when the penalties give the party the right to a hearing (Art. 63).")
      .def("legal_review_grounds", &Procedure::legal_review_grounds, py::arg("case"),
           "Why the case as it stands (its decision, else the notified penalties) needs legal "
           "review (Art. 58), as text; empty when it does not.")
      .def("surcharge", &Procedure::surcharge, py::arg("case"), py::arg("on"),
           "The late-payment surcharge as of a date (Art. 72-73).")
      .def("deadlines", &Procedure::deadlines, py::arg("case"), py::arg("on"),
           "The case's deadlines as of `on` (CaseDeadline list), each with its ledger and state.");
}

}  // namespace zhifa::python

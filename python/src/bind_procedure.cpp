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
      .def_static("example", &JurisdictionRules::example)
      .def_readwrite("name", &JurisdictionRules::name)
      .def_readwrite("large_amount_person", &JurisdictionRules::large_amount_person)
      .def_readwrite("large_amount_organization", &JurisdictionRules::large_amount_organization)
      .def_readwrite("review_criteria", &JurisdictionRules::review_criteria);

  py::enum_<OnTheSpotGround>(m, "OnTheSpotGround",
                             "Why an officer may collect a fine on the spot (Art. 68-69).")
      .value("SMALL_FINE", OnTheSpotGround::kSmallFine)
      .value("HARD_TO_EXECUTE", OnTheSpotGround::kHardToExecute)
      .value("REMOTE_AREA", OnTheSpotGround::kRemoteArea);
  py::enum_<DeadlineState>(m, "DeadlineState")
      .value("OPEN", DeadlineState::kOpen)
      .value("OVERDUE", DeadlineState::kOverdue)
      .value("MET", DeadlineState::kMet)
      .value("MET_LATE", DeadlineState::kMetLate)
      .value("LAPSED", DeadlineState::kLapsed);

  py::class_<CaseDeadline>(m, "CaseDeadline", "A deadline of a case: period key, ledger, state.")
      .def_readonly("key", &CaseDeadline::key)
      .def_readonly("ledger", &CaseDeadline::ledger)
      .def_readonly("party_period", &CaseDeadline::party_period)
      .def_readonly("met_on", &CaseDeadline::met_on)
      .def_readonly("state", &CaseDeadline::state)
      .def_property_readonly("due", [](const CaseDeadline& d) { return d.ledger.due(); })
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
      .def_property_readonly("agency", &Procedure::agency)
      .def_property_readonly("rules", &Procedure::rules)
      .def("file", &Procedure::file, py::arg("case"), py::arg("officer_id"), py::arg("on"))
      .def("investigate", &Procedure::investigate, py::arg("case"), py::arg("officer_ids"),
           py::arg("on"))
      .def("add_evidence", &Procedure::add_evidence, py::arg("case"), py::arg("item"))
      .def("notify", &Procedure::notify, py::arg("case"), py::arg("officer_id"), py::arg("on"),
           py::arg("proposed"))
      .def("record_statement", &Procedure::record_statement, py::arg("case"), py::arg("on"))
      .def("waive_statement", &Procedure::waive_statement, py::arg("case"), py::arg("on"))
      .def("waive_hearing", &Procedure::waive_hearing, py::arg("case"), py::arg("on"))
      .def("request_hearing", &Procedure::request_hearing, py::arg("case"), py::arg("on"))
      .def("schedule_hearing", &Procedure::schedule_hearing, py::arg("case"),
           py::arg("notified_on"), py::arg("hearing_on"), py::arg("presiding_officer_id"))
      .def("hold_hearing", &Procedure::hold_hearing, py::arg("case"), py::arg("on"),
           py::arg("party_absent") = false)
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
           py::arg("opinion") = "")
      .def("review_requirement", &Procedure::review_requirement, py::arg("case"),
           py::arg("penalties"), py::arg("mitigation") = Mitigation::kNone,
           "The criteria under which the proposed decision needs legal review (Art. 58); empty "
           "when none applies.")
      .def("suspend_decision_period", &Procedure::suspend_decision_period, py::arg("case"),
           py::arg("from_"), py::arg("to"), py::arg("reason") = "")
      .def("extend_decision_period", &Procedure::extend_decision_period, py::arg("case"),
           py::arg("days"), py::arg("approver"), py::arg("reason"), py::arg("approved_on"))
      .def("collective_discussion", &Procedure::collective_discussion, py::arg("case"),
           py::arg("on"), py::arg("participants"), py::arg("conclusion") = "")
      .def("decide", &Procedure::decide, py::arg("case"), py::arg("officer_ids"),
           py::arg("decision"))
      .def("decide_on_the_spot", &Procedure::decide_on_the_spot, py::arg("case"),
           py::arg("officer_ids"), py::arg("decision"))
      .def("serve", &Procedure::serve, py::arg("case"), py::arg("record"))
      .def("approve_arrangement", &Procedure::approve_arrangement, py::arg("case"),
           py::arg("arrangement"))
      .def("record_payment", &Procedure::record_payment, py::arg("case"), py::arg("payment"),
           py::arg("on_the_spot_ground") = py::none())
      .def("start_remedy", &Procedure::start_remedy, py::arg("case"), py::arg("kind"),
           py::arg("from_"))
      .def("end_remedy", &Procedure::end_remedy, py::arg("case"), py::arg("to"))
      .def("mark_executed", &Procedure::mark_executed, py::arg("case"), py::arg("officer_id"),
           py::arg("on"), py::arg("note") = "")
      .def("close", &Procedure::close, py::arg("case"), py::arg("officer_id"), py::arg("on"))
      .def("archive", &Procedure::archive, py::arg("case"), py::arg("officer_id"), py::arg("on"))
      .def("withdraw", &Procedure::withdraw, py::arg("case"), py::arg("officer_id"), py::arg("on"),
           py::arg("reason"))
      .def("hearing_eligible", &Procedure::hearing_eligible, py::arg("case"), py::arg("penalties"))
      .def("legal_review_grounds", &Procedure::legal_review_grounds, py::arg("case"))
      .def("surcharge", &Procedure::surcharge, py::arg("case"), py::arg("on"),
           "The late-payment surcharge as of a date (Art. 72-73).")
      .def("deadlines", &Procedure::deadlines, py::arg("case"), py::arg("on"));
}

}  // namespace zhifa::python

#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/review.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_review(py::module_& m) {
  py::class_<ReviewGround>(m, "ReviewGround", "A review criterion that a case meets, and why.")
      .def_readonly("criterion_id", &ReviewGround::criterion_id)
      .def_readonly("basis", &ReviewGround::basis)
      .def_readonly("reason", &ReviewGround::reason)
      .def("text", &ReviewGround::text)
      .def("__repr__", [](const ReviewGround& g) { return "<ReviewGround " + g.text() + ">"; });
  py::class_<ReviewItemSpec>(m, "ReviewItemSpec", "An item of the legal-review checklist.")
      .def_readonly("key", &ReviewItemSpec::key)
      .def_readonly("name", &ReviewItemSpec::name);
  py::class_<ReviewCriterion>(m, "ReviewCriterion", "A criterion of the major-decision catalog.")
      .def_readonly("id", &ReviewCriterion::id)
      .def_readonly("description", &ReviewCriterion::description)
      .def_readonly("basis", &ReviewCriterion::basis);
  py::class_<ReviewCriteria>(m, "ReviewCriteria",
                             "Which decisions need legal review (Art. 58 and the local list of "
                             "major decisions), and the review checklist.")
      .def_static("statutory", &ReviewCriteria::statutory, "Art. 58 (1)-(4) only.")
      .def_static("example", &ReviewCriteria::example,
                  "The shipped example (data/review/criteria.json); local thresholds are "
                  "examples, not law.")
      .def_static("from_json", &ReviewCriteria::from_json, py::arg("text"),
                  py::arg("source") = "criteria")
      .def_static("from_json_file", &ReviewCriteria::from_json_file, py::arg("path"))
      .def("to_json", &ReviewCriteria::to_json)
      .def_property_readonly("name", &ReviewCriteria::name)
      .def_property_readonly("source", &ReviewCriteria::source)
      .def_property_readonly("criteria", &ReviewCriteria::criteria)
      .def_property_readonly("items", &ReviewCriteria::items)
      .def("has_item", &ReviewCriteria::has_item, py::arg("key"))
      .def("match", &ReviewCriteria::match, py::arg("case"), py::arg("penalties"),
           py::arg("mitigation") = Mitigation::kNone,
           "The criteria met by the case with these penalties and tier.");

  py::enum_<ReviewSubject>(m, "ReviewSubject", "What a legal-affairs office reviews.")
      .value("PENALTY_DECISION", ReviewSubject::kPenaltyDecision)
      .value("OTHER_ENFORCEMENT_DECISION", ReviewSubject::kOtherEnforcementDecision)
      .value("CONTRACT", ReviewSubject::kContract)
      .value("NORMATIVE_DOCUMENT", ReviewSubject::kNormativeDocument);
  py::class_<SubjectReview>(m, "SubjectReview",
                            "A review of a contract, a normative document or another decision.")
      .def(py::init([](std::string id, ReviewSubject subject, std::string title,
                       std::string reviewer_id, Date submitted_on, Date reviewed_on,
                       ReviewVerdict verdict, std::string opinion) {
             return SubjectReview{
                 std::move(id), subject,     std::move(title), std::move(reviewer_id),
                 submitted_on,  reviewed_on, verdict,          std::move(opinion)};
           }),
           py::arg("id"), py::arg("subject"), py::arg("title"), py::arg("reviewer_id"),
           py::arg("submitted_on"), py::arg("reviewed_on"), py::arg("verdict"),
           py::arg("opinion") = "")
      .def_readwrite("id", &SubjectReview::id)
      .def_readwrite("subject", &SubjectReview::subject)
      .def_readwrite("title", &SubjectReview::title)
      .def_readwrite("reviewer_id", &SubjectReview::reviewer_id)
      .def_readwrite("submitted_on", &SubjectReview::submitted_on)
      .def_readwrite("reviewed_on", &SubjectReview::reviewed_on)
      .def_readwrite("verdict", &SubjectReview::verdict)
      .def_readwrite("opinion", &SubjectReview::opinion)
      .def("problem", &SubjectReview::problem)
      .def("__eq__", [](const SubjectReview& a, const SubjectReview& b) { return a == b; });
  py::enum_<NormativeStatus>(m, "NormativeStatus")
      .value("NOT_YET_EFFECTIVE", NormativeStatus::kNotYetEffective)
      .value("VALID", NormativeStatus::kValid, "有效")
      .value("EXPIRED", NormativeStatus::kExpired, "失效")
      .value("REPEALED", NormativeStatus::kRepealed, "废止");
  py::class_<NormativeDocument>(m, "NormativeDocument", "A normative document (规范性文件).")
      .def(py::init([](std::string number, std::string title, std::string issuing_body,
                       Date issued_on, Date effective_on, std::optional<Date> expires_on,
                       std::optional<Date> repealed_on, std::string repealed_by) {
             return NormativeDocument{
                 std::move(number), std::move(title),      std::move(issuing_body),
                 issued_on,         effective_on,          expires_on,
                 repealed_on,       std::move(repealed_by)};
           }),
           py::arg("number"), py::arg("title"), py::arg("issuing_body"), py::arg("issued_on"),
           py::arg("effective_on"), py::arg("expires_on") = py::none(),
           py::arg("repealed_on") = py::none(), py::arg("repealed_by") = "")
      .def_readwrite("number", &NormativeDocument::number)
      .def_readwrite("title", &NormativeDocument::title)
      .def_readwrite("issuing_body", &NormativeDocument::issuing_body)
      .def_readwrite("issued_on", &NormativeDocument::issued_on)
      .def_readwrite("effective_on", &NormativeDocument::effective_on)
      .def_readwrite("expires_on", &NormativeDocument::expires_on)
      .def_readwrite("repealed_on", &NormativeDocument::repealed_on)
      .def_readwrite("repealed_by", &NormativeDocument::repealed_by)
      .def("status_on", &NormativeDocument::status_on, py::arg("on"))
      .def("problem", &NormativeDocument::problem)
      .def("__eq__", [](const NormativeDocument& a, const NormativeDocument& b) { return a == b; });
}

}  // namespace zhifa::python

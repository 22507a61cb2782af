#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/review.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_review(py::module_& m) {
  py::class_<ReviewGround>(m, "ReviewGround", "A review criterion that a case meets, and why.")
      .def_readonly("criterion_id", &ReviewGround::criterion_id, "The id of the criterion met.")
      .def_readonly("basis", &ReviewGround::basis,
                    "Its basis, e.g. '行政处罚法 Art. 58 (1)' or the local list.")
      .def_readonly("reason", &ReviewGround::reason, "Why the case meets it.")
      .def("text", &ReviewGround::text,
           "'basis: reason', as LegalReview.grounds and the procedure's messages show it.")
      .def("__repr__", [](const ReviewGround& g) { return "<ReviewGround " + g.text() + ">"; });
  py::class_<ReviewItemSpec>(m, "ReviewItemSpec", "An item of the legal-review checklist.")
      .def_readonly("key", &ReviewItemSpec::key, "The item's key, e.g. 'procedure'.")
      .def_readonly("name", &ReviewItemSpec::name, "The item's name.");
  py::class_<ReviewCriterion>(m, "ReviewCriterion", "A criterion of the major-decision catalog.")
      .def_readonly("id", &ReviewCriterion::id, "The criterion's id, e.g. 'art58-1', 'fine'.")
      .def_readonly("description", &ReviewCriterion::description, "The criterion in words.")
      .def_readonly("basis", &ReviewCriterion::basis,
                    "Its legal or local basis, e.g. '行政处罚法 Art. 58 (1)'.");
  py::class_<ReviewCriteria>(m, "ReviewCriteria",
                             "Which decisions need legal review (Art. 58 and the local list of "
                             "major decisions), and the review checklist.")
      .def_static("statutory", &ReviewCriteria::statutory, "Art. 58 (1)-(4) only.")
      .def_static("example", &ReviewCriteria::example,
                  "The shipped example (data/review/criteria.json); local thresholds are "
                  "examples, not law.")
      .def_static("from_json", &ReviewCriteria::from_json, py::arg("text"),
                  py::arg("source") = "criteria",
                  "Criteria from JSON text (docs/review.md); `source` names the text in messages. "
                  "Raises zhifa.DataFileError naming the source and the JSON path.")
      .def_static("from_json_file", &ReviewCriteria::from_json_file, py::arg("path"),
                  "Criteria from a JSON file. Raises zhifa.DataFileError.")
      .def("to_json", &ReviewCriteria::to_json, "The criteria as JSON text (what from_json reads).")
      .def_property_readonly("name", &ReviewCriteria::name, "The catalog's name.")
      .def_property_readonly("source", &ReviewCriteria::source, "Where it was read from.")
      .def_property_readonly("criteria", &ReviewCriteria::criteria,
                             "The criteria (ReviewCriterion list).")
      .def_property_readonly("items", &ReviewCriteria::items,
                             "The review checklist (ReviewItemSpec list).")
      .def("has_item", &ReviewCriteria::has_item, py::arg("key"),
           "True when `key` is an item of the checklist.")
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
      .def_readwrite("id", &SubjectReview::id,
                     "The review's id, unique in the store, e.g. 'HT-2025-014'.")
      .def_readwrite("subject", &SubjectReview::subject, "What was reviewed (ReviewSubject).")
      .def_readwrite("title", &SubjectReview::title, "The subject's title.")
      .def_readwrite("reviewer_id", &SubjectReview::reviewer_id, "The reviewing officer.")
      .def_readwrite("submitted_on", &SubjectReview::submitted_on,
                     "The day it was submitted for review.")
      .def_readwrite("reviewed_on", &SubjectReview::reviewed_on, "The day of the opinion.")
      .def_readwrite("verdict", &SubjectReview::verdict, "The ReviewVerdict.")
      .def_readwrite("opinion", &SubjectReview::opinion, "The reasons.")
      .def("problem", &SubjectReview::problem,
           "Why the record is malformed (empty id or title, reviewed before submitted), or None.")
      .def("__eq__", [](const SubjectReview& a, const SubjectReview& b) { return a == b; });
  py::enum_<NormativeStatus>(m, "NormativeStatus",
                             "Whether a normative document is in force on a date.")
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
      .def_readwrite(
          "number", &NormativeDocument::number,
          "The document number (文号), unique in the registry, e.g. 大发改规〔2024〕2号.")
      .def_readwrite("title", &NormativeDocument::title, "The document's title.")
      .def_readwrite("issuing_body", &NormativeDocument::issuing_body, "The body that issued it.")
      .def_readwrite("issued_on", &NormativeDocument::issued_on, "The day of issue.")
      .def_readwrite("effective_on", &NormativeDocument::effective_on, "The day it takes effect.")
      .def_readwrite("expires_on", &NormativeDocument::expires_on,
                     "The last day of its period of validity (有效期至, inclusive), or None.")
      .def_readwrite("repealed_on", &NormativeDocument::repealed_on,
                     "The day it is repealed (废止) from, or None.")
      .def_readwrite("repealed_by", &NormativeDocument::repealed_by, "What repealed it.")
      .def("status_on", &NormativeDocument::status_on, py::arg("on"),
           "The NormativeStatus on `on`: repealed from repealed_on, expired after expires_on, not "
           "yet effective before effective_on, else valid.")
      .def("problem", &NormativeDocument::problem,
           "Why the record is malformed (empty number or title, effective before issue, expiry or "
           "repeal before effect), or None.")
      .def("__eq__", [](const NormativeDocument& a, const NormativeDocument& b) { return a == b; });
}

}  // namespace zhifa::python

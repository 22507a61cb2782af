#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/inspection.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_inspection(py::module_& m) {
  py::class_<InspectionHistory>(m, "InspectionHistory", "A past inspection of an entity.")
      .def(py::init([](Date date, std::string item) {
             return InspectionHistory{date, std::move(item)};
           }),
           py::arg("date"), py::arg("item") = "")
      .def_readwrite("date", &InspectionHistory::date)
      .def_readwrite("item", &InspectionHistory::item)
      .def("__eq__", [](const InspectionHistory& a, const InspectionHistory& b) { return a == b; });

  py::class_<InspectionEntity>(m, "InspectionEntity",
                               "An entity of the inspected-entity directory (检查对象名录库).")
      .def(py::init([](std::string credit_code, std::string name, std::string risk_class,
                       std::string industry, std::string district,
                       std::vector<InspectionHistory> history) {
             return InspectionEntity{std::move(credit_code), std::move(name),
                                     std::move(industry),    std::move(district),
                                     std::move(risk_class),  std::move(history)};
           }),
           py::arg("credit_code"), py::arg("name"), py::arg("risk_class"), py::arg("industry") = "",
           py::arg("district") = "", py::arg("history") = std::vector<InspectionHistory>{})
      .def_readwrite("credit_code", &InspectionEntity::credit_code)
      .def_readwrite("name", &InspectionEntity::name)
      .def_readwrite("industry", &InspectionEntity::industry)
      .def_readwrite("district", &InspectionEntity::district)
      .def_readwrite("risk_class", &InspectionEntity::risk_class)
      .def_readwrite("history", &InspectionEntity::history)
      .def("__eq__", [](const InspectionEntity& a, const InspectionEntity& b) { return a == b; });

  py::class_<InspectorConflict>(m, "InspectorConflict",
                                "An inspector's recorded relation to an entity (Art. 43 recusal).")
      .def(py::init([](std::string credit_code, std::string relation) {
             return InspectorConflict{std::move(credit_code), std::move(relation)};
           }),
           py::arg("credit_code"), py::arg("relation") = "")
      .def_readwrite("credit_code", &InspectorConflict::credit_code)
      .def_readwrite("relation", &InspectorConflict::relation);

  py::class_<Inspector>(m, "Inspector",
                        "An officer of the inspector directory (执法检查人员名录库).")
      .def(py::init([](std::string id, std::string name, std::vector<Certificate> certificates,
                       std::vector<std::string> specialities,
                       std::vector<InspectorConflict> conflicts) {
             return Inspector{std::move(id), std::move(name), std::move(certificates),
                              std::move(specialities), std::move(conflicts)};
           }),
           py::arg("id"), py::arg("name"), py::arg("certificates"),
           py::arg("specialities") = std::vector<std::string>{},
           py::arg("conflicts") = std::vector<InspectorConflict>{})
      .def_readwrite("id", &Inspector::id)
      .def_readwrite("name", &Inspector::name)
      .def_readwrite("certificates", &Inspector::certificates)
      .def_readwrite("specialities", &Inspector::specialities)
      .def_readwrite("conflicts", &Inspector::conflicts)
      .def("certified_for", &Inspector::certified_for, py::arg("agency_code"), py::arg("start"),
           py::arg("end"),
           "A certificate of the agency valid on every day of [start, end] (Art. 42).")
      .def("conflicted_with", &Inspector::conflicted_with, py::arg("credit_code"))
      .def("__eq__", [](const Inspector& a, const Inspector& b) { return a == b; });

  m.def("entities_from_json", &entities_from_json, py::arg("text"), py::arg("source") = "entities",
        "The entity directory (zhifa-inspection-entities).");
  m.def("entities_from_json_file", &entities_from_json_file, py::arg("path"));
  m.def("entities_to_json", &entities_to_json, py::arg("entities"));
  m.def("inspectors_from_json", &inspectors_from_json, py::arg("text"),
        py::arg("source") = "inspectors", "The inspector directory (zhifa-inspectors).");
  m.def("inspectors_from_json_file", &inspectors_from_json_file, py::arg("path"));
  m.def("inspectors_to_json", &inspectors_to_json, py::arg("inspectors"));
  m.def("entities_hash", &entities_hash, py::arg("entities"),
        "SHA-256 hex of the directory's canonical JSON (order-independent).");
  m.def("inspectors_hash", &inspectors_hash, py::arg("inspectors"),
        "SHA-256 hex of the directory's canonical JSON (order-independent).");

  py::class_<ClassQuota>(m, "ClassQuota",
                         "Sampling ratio (basis points) and frequency limit of a class.")
      .def(py::init([](std::string risk_class, int ratio_bp, std::optional<int> max_inspections) {
             return ClassQuota{std::move(risk_class), ratio_bp, max_inspections};
           }),
           py::arg("risk_class"), py::arg("ratio_bp"), py::arg("max_inspections") = py::none())
      .def_readwrite("risk_class", &ClassQuota::risk_class)
      .def_readwrite("ratio_bp", &ClassQuota::ratio_bp)
      .def_readwrite("max_inspections", &ClassQuota::max_inspections);
  py::class_<PlanExclusion>(m, "PlanExclusion", "An entity the plan leaves out, and why.")
      .def(py::init([](std::string credit_code, std::string reason) {
             return PlanExclusion{std::move(credit_code), std::move(reason)};
           }),
           py::arg("credit_code"), py::arg("reason") = "")
      .def_readwrite("credit_code", &PlanExclusion::credit_code)
      .def_readwrite("reason", &PlanExclusion::reason);

  py::class_<InspectionPlan>(m, "InspectionPlan",
                             "A random-inspection plan (抽查工作计划); docs/inspection.md.")
      .def(py::init([](std::string id, std::string agency_code, std::vector<InspectionItem> items,
                       Date start, Date end, std::vector<ClassQuota> quotas, int team_size,
                       std::string name, std::optional<Date> frequency_from,
                       std::vector<PlanExclusion> exclusions, std::string speciality,
                       std::optional<std::string> seed_commitment, int results_working_days) {
             InspectionPlan p;
             p.id = std::move(id);
             p.name = std::move(name);
             p.agency_code = std::move(agency_code);
             p.items = std::move(items);
             p.start = start;
             p.end = end;
             p.frequency_from = frequency_from;
             p.quotas = std::move(quotas);
             p.team_size = team_size;
             p.exclusions = std::move(exclusions);
             p.speciality = std::move(speciality);
             p.seed_commitment = std::move(seed_commitment);
             p.results_working_days = results_working_days;
             p.validate();
             return p;
           }),
           py::arg("id"), py::arg("agency_code"), py::arg("items"), py::arg("start"),
           py::arg("end"), py::arg("quotas"), py::arg("team_size") = 2, py::arg("name") = "",
           py::arg("frequency_from") = py::none(),
           py::arg("exclusions") = std::vector<PlanExclusion>{}, py::arg("speciality") = "",
           py::arg("seed_commitment") = py::none(), py::arg("results_working_days") = 20,
           "Validated on construction (team_size < 2 raises LegalGuardError, Art. 42).")
      .def_readwrite("id", &InspectionPlan::id)
      .def_readwrite("name", &InspectionPlan::name)
      .def_readwrite("agency_code", &InspectionPlan::agency_code)
      .def_readwrite("items", &InspectionPlan::items)
      .def_readwrite("start", &InspectionPlan::start)
      .def_readwrite("end", &InspectionPlan::end)
      .def_readwrite("frequency_from", &InspectionPlan::frequency_from)
      .def_readwrite("quotas", &InspectionPlan::quotas)
      .def_readwrite("team_size", &InspectionPlan::team_size)
      .def_readwrite("exclusions", &InspectionPlan::exclusions)
      .def_readwrite("speciality", &InspectionPlan::speciality)
      .def_readwrite("seed_commitment", &InspectionPlan::seed_commitment)
      .def_readwrite("results_working_days", &InspectionPlan::results_working_days)
      .def("validate", &InspectionPlan::validate)
      .def("to_json", &InspectionPlan::to_json)
      .def("hash", &InspectionPlan::hash, "SHA-256 hex of the plan's canonical JSON.")
      .def("to_csv", &plan_to_csv)
      .def_static("from_json", &InspectionPlan::from_json, py::arg("text"),
                  py::arg("source") = "plan")
      .def_static("from_json_file", &InspectionPlan::from_json_file, py::arg("path"))
      .def("__eq__", [](const InspectionPlan& a, const InspectionPlan& b) { return a == b; });

  m.def("seed_commitment", &seed_commitment, py::arg("seed"),
        "sha256(seed) as hex: published before the draw.");
  m.def("draw_ticket", &draw_ticket, py::arg("seed"), py::arg("label"), py::arg("key"),
        "The uniform 64-bit ticket of key under label (docs/inspection.md).");

  py::class_<ClassDraw>(m, "ClassDraw", "What the draw did in one class.")
      .def_readonly("risk_class", &ClassDraw::risk_class)
      .def_readonly("population", &ClassDraw::population)
      .def_readonly("eligible", &ClassDraw::eligible)
      .def_readonly("quota", &ClassDraw::quota)
      .def_readonly("selected", &ClassDraw::selected);
  py::class_<DrawSelection>(m, "DrawSelection", "A drawn entity and its team.")
      .def_readwrite("credit_code", &DrawSelection::credit_code)
      .def_readwrite("risk_class", &DrawSelection::risk_class)
      .def_readwrite("ticket", &DrawSelection::ticket)
      .def_readwrite("team", &DrawSelection::team);
  py::class_<DrawFailure>(m, "DrawFailure",
                          "A drawn entity without a valid team: constraint 'certificate' or "
                          "'recusal', and the detail.")
      .def_readonly("credit_code", &DrawFailure::credit_code)
      .def_readonly("constraint", &DrawFailure::constraint)
      .def_readonly("detail", &DrawFailure::detail);
  py::class_<DrawRecord>(m, "DrawRecord",
                         "The record of a draw: a value with a hash, never edited.")
      .def_readwrite("algorithm", &DrawRecord::algorithm)
      .def_readwrite("plan_id", &DrawRecord::plan_id)
      .def_readwrite("seed", &DrawRecord::seed)
      .def_readwrite("seed_commitment", &DrawRecord::seed_commitment)
      .def_readwrite("plan_hash", &DrawRecord::plan_hash)
      .def_readwrite("entities_hash", &DrawRecord::entities_hash)
      .def_readwrite("inspectors_hash", &DrawRecord::inspectors_hash)
      .def_readwrite("classes", &DrawRecord::classes)
      .def_readwrite("selections", &DrawRecord::selections)
      .def_readwrite("failures", &DrawRecord::failures)
      .def_readwrite("replaces", &DrawRecord::replaces)
      .def_readwrite("reason", &DrawRecord::reason)
      .def_readwrite("hash", &DrawRecord::hash)
      .def("compute_hash", &DrawRecord::compute_hash)
      .def("complete", &DrawRecord::complete)
      .def("to_json", &DrawRecord::to_json)
      .def_static("from_json", &DrawRecord::from_json, py::arg("text"),
                  py::arg("source") = "record")
      .def_static("from_json_file", &DrawRecord::from_json_file, py::arg("path"))
      .def("__eq__", [](const DrawRecord& a, const DrawRecord& b) { return a == b; });

  m.def("draw", &draw, py::arg("plan"), py::arg("entities"), py::arg("inspectors"), py::arg("seed"),
        "The double-random draw (双随机, 国办发〔2015〕58号), deterministic from the seed; "
        "IntegrityError when the seed does not match the plan's commitment.");
  m.def("redraw", &redraw, py::arg("previous"), py::arg("reason"), py::arg("plan"),
        py::arg("entities"), py::arg("inspectors"), py::arg("seed"),
        "A new draw record naming the hash of the one it replaces and why.");
  py::class_<ReplayResult>(m, "ReplayResult",
                           "Whether a record replays, else the first difference.")
      .def_readonly("match", &ReplayResult::match)
      .def_readonly("difference", &ReplayResult::difference)
      .def("__bool__", [](const ReplayResult& r) { return r.match; });
  m.def("replay", &replay, py::arg("record"), py::arg("plan"), py::arg("entities"),
        py::arg("inspectors"), "Recomputes the draw and compares it with the record.");

  py::class_<InspectionTask>(m, "InspectionTask", "A drawn entity with its team and the items.")
      .def_readonly("plan_id", &InspectionTask::plan_id)
      .def_readonly("credit_code", &InspectionTask::credit_code)
      .def_readonly("entity_name", &InspectionTask::entity_name)
      .def_readonly("team", &InspectionTask::team)
      .def_readonly("items", &InspectionTask::items)
      .def_readonly("start", &InspectionTask::start)
      .def_readonly("end", &InspectionTask::end);
  m.def("inspection_tasks", &tasks, py::arg("record"), py::arg("plan"), py::arg("entities"),
        "The tasks of a draw record (entities without a team are left out).");
  m.def("tasks_to_json", &tasks_to_json, py::arg("tasks"));
  m.def("tasks_to_csv", &tasks_to_csv, py::arg("tasks"));

  py::enum_<FollowUp>(m, "FollowUp", "What followed an inspection.")
      .value("NONE", FollowUp::kNone)
      .value("ORDER_TO_CORRECT", FollowUp::kOrderToCorrect)
      .value("CASE_FILED", FollowUp::kCaseFiled);
  py::class_<InspectionResult>(m, "InspectionResult",
                               "The result of a task; case_number only for CASE_FILED.")
      .def(py::init([](std::string plan_id, std::string credit_code, Date completed_on,
                       std::string finding, FollowUp follow_up, std::string case_number,
                       std::optional<Date> published_on) {
             return InspectionResult{
                 std::move(plan_id), std::move(credit_code), completed_on, std::move(finding),
                 follow_up,          std::move(case_number), published_on};
           }),
           py::arg("plan_id"), py::arg("credit_code"), py::arg("completed_on"),
           py::arg("finding") = "", py::arg("follow_up") = FollowUp::kNone,
           py::arg("case_number") = "", py::arg("published_on") = py::none())
      .def_readwrite("plan_id", &InspectionResult::plan_id)
      .def_readwrite("credit_code", &InspectionResult::credit_code)
      .def_readwrite("completed_on", &InspectionResult::completed_on)
      .def_readwrite("finding", &InspectionResult::finding)
      .def_readwrite("follow_up", &InspectionResult::follow_up)
      .def_readwrite("case_number", &InspectionResult::case_number)
      .def_readwrite("published_on", &InspectionResult::published_on)
      .def("__eq__", [](const InspectionResult& a, const InspectionResult& b) { return a == b; });
  py::class_<InspectionResults>(m, "InspectionResults",
                                "Results with their publication period (zhifa-inspection-results).")
      .def(py::init([](std::vector<InspectionResult> results, int publication_working_days) {
             return InspectionResults{publication_working_days, std::move(results)};
           }),
           py::arg("results"), py::arg("publication_working_days") = 20)
      .def_readwrite("publication_working_days", &InspectionResults::publication_working_days)
      .def_readwrite("results", &InspectionResults::results)
      .def("to_json", &InspectionResults::to_json)
      .def_static("from_json", &InspectionResults::from_json, py::arg("text"),
                  py::arg("source") = "results")
      .def_static("from_json_file", &InspectionResults::from_json_file, py::arg("path"));

  py::enum_<PublicationState>(m, "PublicationState", "Where a result's publication stands.")
      .value("PENDING", PublicationState::kPending)
      .value("OVERDUE", PublicationState::kOverdue)
      .value("PUBLISHED", PublicationState::kPublished)
      .value("PUBLISHED_LATE", PublicationState::kPublishedLate);
  py::class_<ResultDue>(m, "ResultDue", "A result's publication due date and state.")
      .def_readonly("plan_id", &ResultDue::plan_id)
      .def_readonly("credit_code", &ResultDue::credit_code)
      .def_readonly("completed_on", &ResultDue::completed_on)
      .def_readonly("due", &ResultDue::due)
      .def_readonly("state", &ResultDue::state);
  m.def(
      "results_due",
      [](const std::vector<InspectionResult>& results, Date as_of,
         std::optional<WorkCalendar> calendar, int working_days) {
        return results_due(results, as_of, calendar ? *calendar : WorkCalendar::china(),
                           working_days);
      },
      py::arg("results"), py::arg("as_of"), py::arg("calendar") = py::none(),
      py::arg("working_days") = 20,
      "Publication due dates (completed_on + working_days working days) and states on as_of; "
      "default calendar WorkCalendar.china(); CalendarCoverageError beyond it.");
  m.def("results_to_csv", &results_to_csv, py::arg("results"));
}

}  // namespace zhifa::python

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
      .def_readwrite("date", &InspectionHistory::date, "The day of the inspection.")
      .def_readwrite("item", &InspectionHistory::item, "The item inspected; may be empty.")
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
      .def_readwrite("credit_code", &InspectionEntity::credit_code,
                     "The unified social credit code: the entity's key.")
      .def_readwrite("name", &InspectionEntity::name, "The entity's name.")
      .def_readwrite("industry", &InspectionEntity::industry, "Its industry; may be empty.")
      .def_readwrite("district", &InspectionEntity::district, "Its district; may be empty.")
      .def_readwrite("risk_class", &InspectionEntity::risk_class,
                     "The credit/risk class (信用风险分类, e.g. 'A'..'D'); the plan must give a "
                     "quota for every class that occurs.")
      .def_readwrite(
          "history", &InspectionEntity::history,
          "Past inspections (InspectionHistory list), counted against the plan's frequency limit.")
      .def("__eq__", [](const InspectionEntity& a, const InspectionEntity& b) { return a == b; });

  py::class_<InspectorConflict>(m, "InspectorConflict",
                                "An inspector's recorded relation to an entity (Art. 43 recusal).")
      .def(py::init([](std::string credit_code, std::string relation) {
             return InspectorConflict{std::move(credit_code), std::move(relation)};
           }),
           py::arg("credit_code"), py::arg("relation") = "")
      .def_readwrite("credit_code", &InspectorConflict::credit_code,
                     "The entity the inspector is related to.")
      .def_readwrite("relation", &InspectorConflict::relation, "The relation in words.");

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
      .def_readwrite("id", &Inspector::id, "The inspector's id, unique in the directory.")
      .def_readwrite("name", &Inspector::name, "The inspector's name.")
      .def_readwrite("certificates", &Inspector::certificates,
                     "Enforcement certificates (Certificate list).")
      .def_readwrite("specialities", &Inspector::specialities,
                     "Specialities, matched against a plan's speciality.")
      .def_readwrite(
          "conflicts", &Inspector::conflicts,
          "Recorded relations to entities (InspectorConflict list): grounds for recusal (Art. 43).")
      .def("certified_for", &Inspector::certified_for, py::arg("agency_code"), py::arg("start"),
           py::arg("end"),
           "A certificate of the agency valid on every day of [start, end] (Art. 42).")
      .def("conflicted_with", &Inspector::conflicted_with, py::arg("credit_code"),
           "True when the inspector has a recorded relation to the entity.")
      .def("__eq__", [](const Inspector& a, const Inspector& b) { return a == b; });

  m.def("entities_from_json", &entities_from_json, py::arg("text"), py::arg("source") = "entities",
        "The entity directory (zhifa-inspection-entities).");
  m.def("entities_from_json_file", &entities_from_json_file, py::arg("path"),
        "The entity directory from a 'zhifa-inspection-entities' file. Raises zhifa.DataFileError, "
        "zhifa.ValidationError for a duplicate credit code.");
  m.def("entities_to_json", &entities_to_json, py::arg("entities"),
        "The entity directory as a 'zhifa-inspection-entities' document.");
  m.def("inspectors_from_json", &inspectors_from_json, py::arg("text"),
        py::arg("source") = "inspectors", "The inspector directory (zhifa-inspectors).");
  m.def("inspectors_from_json_file", &inspectors_from_json_file, py::arg("path"),
        "The inspector directory from a 'zhifa-inspectors' file. Raises zhifa.DataFileError, "
        "zhifa.ValidationError for a duplicate id.");
  m.def("inspectors_to_json", &inspectors_to_json, py::arg("inspectors"),
        "The inspector directory as a 'zhifa-inspectors' document.");
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
      .def_readwrite("risk_class", &ClassQuota::risk_class, "The class.")
      .def_readwrite("ratio_bp", &ClassQuota::ratio_bp,
                     "The sampling ratio in basis points (0..10000; 500 is 5 %): the quota is "
                     "ceil(ratio_bp × population / 10000).")
      .def_readwrite("max_inspections", &ClassQuota::max_inspections,
                     "At most this many inspections in the frequency window, this draw included; "
                     "None: no limit.");
  py::class_<PlanExclusion>(m, "PlanExclusion", "An entity the plan leaves out, and why.")
      .def(py::init([](std::string credit_code, std::string reason) {
             return PlanExclusion{std::move(credit_code), std::move(reason)};
           }),
           py::arg("credit_code"), py::arg("reason") = "")
      .def_readwrite("credit_code", &PlanExclusion::credit_code, "The entity left out.")
      .def_readwrite("reason", &PlanExclusion::reason,
                     "Why (e.g. under a special inspection already).");

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
      .def_readwrite("id", &InspectionPlan::id, "The plan's id.")
      .def_readwrite("name", &InspectionPlan::name, "The plan's name.")
      .def_readwrite("agency_code", &InspectionPlan::agency_code,
                     "The inspecting agency: inspectors need its certificate.")
      .def_readwrite("items", &InspectionPlan::items,
                     "The items to inspect (InspectionItem list), each with its legal basis.")
      .def_readwrite("start", &InspectionPlan::start, "First day of the inspection period.")
      .def_readwrite(
          "end", &InspectionPlan::end,
          "Last day of the inspection period; certificates must be valid on every day of it.")
      .def_readwrite("frequency_from", &InspectionPlan::frequency_from,
                     "Start of the window over which past inspections count against "
                     "max_inspections; None: `start`.")
      .def_readwrite("quotas", &InspectionPlan::quotas,
                     "Ratio and frequency limit per class (ClassQuota list).")
      .def_readwrite("team_size", &InspectionPlan::team_size,
                     "Inspectors per entity: at least 2 (行政处罚法 Art. 42).")
      .def_readwrite("exclusions", &InspectionPlan::exclusions,
                     "Entities left out (PlanExclusion list).")
      .def_readwrite("speciality", &InspectionPlan::speciality,
                     "When set, only inspectors with this speciality are drawn.")
      .def_readwrite(
          "seed_commitment", &InspectionPlan::seed_commitment,
          "sha256(seed) as 64 hex digits, published before the draw; None: no commitment.")
      .def_readwrite("results_working_days", &InspectionPlan::results_working_days,
                     "Results are published within this many working days of the inspection's end "
                     "(configurable, default 20).")
      .def("validate", &InspectionPlan::validate,
           "Raises zhifa.ValidationError naming the field (empty id or agency, no items, an item "
           "without legal basis, end before start, a ratio outside 0..10000, a duplicate class, a "
           "malformed commitment, results_working_days < 1) or zhifa.LegalGuardError for team_size "
           "< 2 (Art. 42).")
      .def("to_json", &InspectionPlan::to_json, "The plan as a 'zhifa-inspection-plan' document.")
      .def("hash", &InspectionPlan::hash, "SHA-256 hex of the plan's canonical JSON.")
      .def("to_csv", &plan_to_csv,
           "The plan as CSV (UTF-8, a header line, CRLF, RFC 4180 quoting).")
      .def_static("from_json", &InspectionPlan::from_json, py::arg("text"),
                  py::arg("source") = "plan",
                  "A plan from a 'zhifa-inspection-plan' document. Raises zhifa.DataFileError "
                  "naming the JSON path.")
      .def_static("from_json_file", &InspectionPlan::from_json_file, py::arg("path"),
                  "A plan from a file. Raises zhifa.DataFileError.")
      .def("__eq__", [](const InspectionPlan& a, const InspectionPlan& b) { return a == b; });

  m.def("seed_commitment", &seed_commitment, py::arg("seed"),
        "sha256(seed) as hex: published before the draw.");
  m.def("draw_ticket", &draw_ticket, py::arg("seed"), py::arg("label"), py::arg("key"),
        "The uniform 64-bit ticket of key under label (docs/inspection.md).");

  py::class_<ClassDraw>(m, "ClassDraw", "What the draw did in one class.")
      .def_readonly("risk_class", &ClassDraw::risk_class, "The class.")
      .def_readonly("population", &ClassDraw::population, "Entities of the class in the directory.")
      .def_readonly("eligible", &ClassDraw::eligible,
                    "Neither excluded nor at the frequency limit.")
      .def_readonly("quota", &ClassDraw::quota, "ceil(ratio_bp × population / 10000).")
      .def_readonly("selected", &ClassDraw::selected, "min(quota, eligible).");
  py::class_<DrawSelection>(m, "DrawSelection", "A drawn entity and its team.")
      .def_readwrite("credit_code", &DrawSelection::credit_code, "The drawn entity.")
      .def_readwrite("risk_class", &DrawSelection::risk_class, "Its class.")
      .def_readwrite("ticket", &DrawSelection::ticket,
                     "Its draw ticket (a uniform 64-bit value, draw_ticket).")
      .def_readwrite("team", &DrawSelection::team,
                     "The inspector ids in the order drawn; empty when no valid team exists (see "
                     "DrawRecord.failures).");
  py::class_<DrawFailure>(m, "DrawFailure",
                          "A drawn entity without a valid team: constraint 'certificate' or "
                          "'recusal', and the detail.")
      .def_readonly("credit_code", &DrawFailure::credit_code, "The drawn entity without a team.")
      .def_readonly("constraint", &DrawFailure::constraint, "'certificate' or 'recusal'.")
      .def_readonly("detail", &DrawFailure::detail, "The detail in words.");
  py::class_<DrawRecord>(m, "DrawRecord",
                         "The record of a draw: a value with a hash, never edited.")
      .def_readwrite("algorithm", &DrawRecord::algorithm, "The draw algorithm, 'zhifa-draw-v1'.")
      .def_readwrite("plan_id", &DrawRecord::plan_id, "The plan's id.")
      .def_readwrite("seed", &DrawRecord::seed, "The seed.")
      .def_readwrite("seed_commitment", &DrawRecord::seed_commitment,
                     "sha256(seed), 64 hex digits.")
      .def_readwrite("plan_hash", &DrawRecord::plan_hash, "The plan's hash (InspectionPlan.hash).")
      .def_readwrite("entities_hash", &DrawRecord::entities_hash,
                     "The entity directory's hash (entities_hash).")
      .def_readwrite("inspectors_hash", &DrawRecord::inspectors_hash,
                     "The inspector directory's hash (inspectors_hash).")
      .def_readwrite("classes", &DrawRecord::classes,
                     "What happened in each class, in the plan's quota order (ClassDraw list).")
      .def_readwrite("selections", &DrawRecord::selections,
                     "The drawn entities, ascending by (ticket, credit code) (DrawSelection list).")
      .def_readwrite("failures", &DrawRecord::failures,
                     "Drawn entities without a valid team, in selection order (DrawFailure list).")
      .def_readwrite("replaces", &DrawRecord::replaces,
                     "The hash of the record this one replaces; empty for a first draw.")
      .def_readwrite("reason", &DrawRecord::reason, "Why the redraw; empty for a first draw.")
      .def_readwrite("hash", &DrawRecord::hash,
                     "The hash as stated: compute_hash() when untouched.")
      .def("compute_hash", &DrawRecord::compute_hash,
           "SHA-256 hex of the canonical JSON of every field except `hash`.")
      .def("complete", &DrawRecord::complete, "True when no selected entity lacks a team.")
      .def("to_json", &DrawRecord::to_json, "The record as a 'zhifa-draw-record' document.")
      .def_static("from_json", &DrawRecord::from_json, py::arg("text"),
                  py::arg("source") = "record",
                  "A record as written, without checking its hash (replay does that). Raises "
                  "zhifa.DataFileError naming the JSON path.")
      .def_static("from_json_file", &DrawRecord::from_json_file, py::arg("path"),
                  "A record from a file, as from_json.")
      .def("__eq__", [](const DrawRecord& a, const DrawRecord& b) { return a == b; });

  m.def("draw", &draw, py::arg("plan"), py::arg("entities"), py::arg("inspectors"), py::arg("seed"),
        "The double-random draw (双随机, 国办发〔2015〕58号), deterministic from the seed; "
        "IntegrityError when the seed does not match the plan's commitment.");
  m.def("redraw", &redraw, py::arg("previous"), py::arg("reason"), py::arg("plan"),
        py::arg("entities"), py::arg("inspectors"), py::arg("seed"),
        "A new draw record naming the hash of the one it replaces and why.");
  py::class_<ReplayResult>(m, "ReplayResult",
                           "Whether a record replays, else the first difference.")
      .def_readonly("match", &ReplayResult::match,
                    "True when the record is exactly what the draw gives.")
      .def_readonly(
          "difference", &ReplayResult::difference,
          "Else the first difference, e.g. 'selections[3].team[1]: record has X, replay gives Y'.")
      .def("__bool__", [](const ReplayResult& r) { return r.match; });
  m.def("replay", &replay, py::arg("record"), py::arg("plan"), py::arg("entities"),
        py::arg("inspectors"), "Recomputes the draw and compares it with the record.");

  py::class_<InspectionTask>(m, "InspectionTask", "A drawn entity with its team and the items.")
      .def_readonly("plan_id", &InspectionTask::plan_id, "The plan's id.")
      .def_readonly("credit_code", &InspectionTask::credit_code, "The entity to inspect.")
      .def_readonly("entity_name", &InspectionTask::entity_name, "Its name.")
      .def_readonly("team", &InspectionTask::team, "The inspector ids.")
      .def_readonly("items", &InspectionTask::items, "The plan's items, by name.")
      .def_readonly("start", &InspectionTask::start, "First day of the inspection period.")
      .def_readonly("end", &InspectionTask::end, "Last day of the inspection period.");
  m.def("inspection_tasks", &tasks, py::arg("record"), py::arg("plan"), py::arg("entities"),
        "The tasks of a draw record (entities without a team are left out).");
  m.def("tasks_to_json", &tasks_to_json, py::arg("tasks"), "The tasks as JSON text.");
  m.def("tasks_to_csv", &tasks_to_csv, py::arg("tasks"),
        "The tasks as CSV (UTF-8, a header line, CRLF, RFC 4180 quoting; lists joined with '；').");

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
      .def_readwrite("plan_id", &InspectionResult::plan_id, "The plan's id.")
      .def_readwrite("credit_code", &InspectionResult::credit_code, "The entity inspected.")
      .def_readwrite("completed_on", &InspectionResult::completed_on,
                     "The end of the inspection (检查结束之日).")
      .def_readwrite("finding", &InspectionResult::finding, "What was found, in words.")
      .def_readwrite("follow_up", &InspectionResult::follow_up, "What followed (FollowUp).")
      .def_readwrite("case_number", &InspectionResult::case_number,
                     "The case number for CASE_FILED; empty otherwise.")
      .def_readwrite("published_on", &InspectionResult::published_on,
                     "The day the result was published, or None.")
      .def("__eq__", [](const InspectionResult& a, const InspectionResult& b) { return a == b; });
  py::class_<InspectionResults>(m, "InspectionResults",
                                "Results with their publication period (zhifa-inspection-results).")
      .def(py::init([](std::vector<InspectionResult> results, int publication_working_days) {
             return InspectionResults{publication_working_days, std::move(results)};
           }),
           py::arg("results"), py::arg("publication_working_days") = 20)
      .def_readwrite("publication_working_days", &InspectionResults::publication_working_days,
                     "The publication period in working days.")
      .def_readwrite("results", &InspectionResults::results, "The results (InspectionResult list).")
      .def("to_json", &InspectionResults::to_json, "As a 'zhifa-inspection-results' document.")
      .def_static("from_json", &InspectionResults::from_json, py::arg("text"),
                  py::arg("source") = "results",
                  "From a 'zhifa-inspection-results' document. Raises zhifa.DataFileError naming "
                  "the JSON path.")
      .def_static("from_json_file", &InspectionResults::from_json_file, py::arg("path"),
                  "From a file, as from_json.");

  py::enum_<PublicationState>(m, "PublicationState", "Where a result's publication stands.")
      .value("PENDING", PublicationState::kPending)
      .value("OVERDUE", PublicationState::kOverdue)
      .value("PUBLISHED", PublicationState::kPublished)
      .value("PUBLISHED_LATE", PublicationState::kPublishedLate);
  py::class_<ResultDue>(m, "ResultDue", "A result's publication due date and state.")
      .def_readonly("plan_id", &ResultDue::plan_id, "The plan's id.")
      .def_readonly("credit_code", &ResultDue::credit_code, "The entity inspected.")
      .def_readonly("completed_on", &ResultDue::completed_on, "The end of the inspection.")
      .def_readonly("due", &ResultDue::due,
                    "completed_on + working_days working days: the last day to publish.")
      .def_readonly("state", &ResultDue::state, "The PublicationState on the date asked.");
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
  m.def("results_to_csv", &results_to_csv, py::arg("results"),
        "The results as CSV (UTF-8, a header line, CRLF, RFC 4180 quoting).");
}

}  // namespace zhifa::python

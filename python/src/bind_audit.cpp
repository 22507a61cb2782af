#include <pybind11/functional.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "shared_case_store.hpp"
#include "zhifa/audit.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/audit_report.hpp"
#include "zhifa/case_store.hpp"

namespace py = pybind11;

namespace zhifa::python {

AuditBatchOptions batch_options(unsigned threads, const py::object& progress) {
  AuditBatchOptions o;
  o.threads = threads;
  if (!progress.is_none()) {
    o.progress = [progress](std::size_t done, std::size_t total) {
      py::gil_scoped_acquire gil;
      progress(done, total);
    };
  }
  return o;
}

void bind_audit(py::module_& m) {
  py::enum_<ItemSection>(m, "ItemSection", "基本标准 (veto), 卷面 (form), 内容 (content).")
      .value("VETO", ItemSection::kVeto)
      .value("FORM", ItemSection::kForm)
      .value("CONTENT", ItemSection::kContent);
  py::enum_<CheckStatus>(m, "CheckStatus", "What an automatic check concluded for a case.")
      .value("PASSED", CheckStatus::kPassed)
      .value("FINDING", CheckStatus::kFinding)
      .value("NOT_APPLICABLE", CheckStatus::kNotApplicable)
      .value("NOT_CHECKABLE", CheckStatus::kNotCheckable);

  py::class_<StandardItem>(m, "StandardItem", "One item of an audit standard.")
      .def_readonly("id", &StandardItem::id, "The item's id, e.g. 'C5'.")
      .def_readonly("section", &StandardItem::section, "VETO, FORM or CONTENT (ItemSection).")
      .def_readonly("title", &StandardItem::title,
                    "As the standard words it, e.g. 送达程序合法、及时.")
      .def_readonly("points", &StandardItem::points,
                    "The points the item starts at (0 for a veto item).")
      .def_readonly("deduction", &StandardItem::deduction, "The points one finding costs.")
      .def_readonly("deductions", &StandardItem::deductions,
                    "Per finding code, the points it costs instead ({code: points}).")
      .def_readonly("floor", &StandardItem::floor,
                    "The score never goes below this (扣完为止，不计负分).")
      .def_readonly("checks", &StandardItem::checks,
                    "The ids of the automatic checks that feed it; none: a human reviewer's item.")
      .def_readonly("basis", &StandardItem::basis, "The article, or the standard's own wording.");
  py::class_<GradeBand>(m, "GradeBand", "A grade and the lowest total that earns it (inclusive).")
      .def_readonly("name", &GradeBand::name, "The grade (等次), e.g. 优秀.")
      .def_readonly("min_score", &GradeBand::min_score,
                    "The lowest total that earns it (inclusive, '90分以上').");
  py::class_<Standard>(m, "Standard",
                       "An audit standard (评查标准): veto, form and content items, grade bands "
                       "(docs/audit-standard.md).")
      .def_static("builtin", &Standard::builtin, py::return_value_policy::reference,
                  "The built-in model standard (data/standards/default.json): a model after "
                  "published structures, not an official standard.")
      .def_static(
          "from_json",
          [](const std::string& text) { return Standard::from_json(text, "<string>"); },
          py::arg("text"),
          "A standard from a 'zhifa-audit-standard' JSON document (docs/audit-standard.md). Raises "
          "zhifa.DataFileError naming the JSON path of a bad entry.")
      .def_static(
          "from_json_file",
          [](const std::filesystem::path& p) { return Standard::from_json_file(p.string()); },
          py::arg("path"), "A standard from a JSON file. Raises zhifa.DataFileError.")
      .def_property_readonly("name", &Standard::name, "The standard's name.")
      .def_property_readonly("version", &Standard::version, "Its version.")
      .def_property_readonly("source", &Standard::source, "Where it was read from.")
      .def_property_readonly("form_points", &Standard::form_points,
                             "The points of the form section (卷面).")
      .def_property_readonly("content_points", &Standard::content_points,
                             "The points of the content section (内容).")
      .def_property_readonly("items", &Standard::items, "The items (StandardItem list), in order.")
      .def_property_readonly("bands", &Standard::bands,
                             "The grade bands (GradeBand list), highest first.")
      .def_property_readonly(
          "fail_grade", &Standard::fail_grade,
          "The grade below every band (default 不合格), also given to a file with a veto hit.")
      .def("item", &Standard::item, py::arg("id"), py::return_value_policy::reference_internal,
           "The item with this id. Raises zhifa.NotFoundError naming it.")
      .def("grade", &Standard::grade, py::arg("total"),
           "The grade of a total: the first band whose minimum it reaches, else the fail grade.");

  py::class_<Finding>(m, "Finding", "One defect found in a case file, with its article.")
      .def_readonly("item_id", &Finding::item_id, "The standard item it counts against.")
      .def_readonly("check_id", &Finding::check_id,
                    "The automatic check that found it, or 'reviewer'.")
      .def_readonly("code", &Finding::code, "The finding's code, e.g. 'service_late'.")
      .def_readonly("article", &Finding::article, "The article, e.g. '行政处罚法 Art. 61'.")
      .def_readonly("deduction", &Finding::deduction,
                    "What it cost, after the item's floor (points).")
      .def_readonly("veto", &Finding::veto,
                    "True when it falls under a veto item: the file fails with 0.")
      .def_readonly("message", &Finding::message,
                    "The defect in words, naming the values and the article.")
      .def_readonly("reviewer", &Finding::reviewer,
                    "Who recorded it, for a reviewer's finding; else empty.");
  py::class_<ItemResult>(m, "ItemResult", "The outcome of one standard item for one case.")
      .def_readonly("item_id", &ItemResult::item_id, "The standard item.")
      .def_readonly("section", &ItemResult::section, "Its ItemSection.")
      .def_readonly("status", &ItemResult::status, "What the checks concluded (CheckStatus).")
      .def_readonly("score", &ItemResult::score, "The points kept (0 for a veto item).")
      .def_readonly("reason", &ItemResult::reason,
                    "Why not applicable or not checkable; else empty.");
  py::class_<AuditResult>(m, "AuditResult", "The audit of one case file against one standard.")
      .def_readonly("case_id", &AuditResult::case_id, "The case's id.")
      .def_readonly("number", &AuditResult::number, "The case number.")
      .def_readonly("agency_code", &AuditResult::agency_code, "The case's agency.")
      .def_readonly("status", &AuditResult::status,
                    "The case's status when audited, as text ('archived', 'decided', ...).")
      .def_readonly("officers", &AuditResult::officers,
                    "The investigators and decision signatories (officer ids).")
      .def_readonly("findings", &AuditResult::findings, "The defects found (Finding list).")
      .def_readonly("items", &AuditResult::items,
                    "The outcome of every standard item (ItemResult list).")
      .def_readonly("vetoed", &AuditResult::vetoed,
                    "True when a veto item was hit: total 0 and the fail grade.")
      .def_readonly("form_score", &AuditResult::form_score, "Points kept in the form section.")
      .def_readonly("content_score", &AuditResult::content_score,
                    "Points kept in the content section.")
      .def_readonly("total", &AuditResult::total, "form_score + content_score (0 when vetoed).")
      .def_readonly("grade", &AuditResult::grade,
                    "The grade of the total under the standard's bands.")
      .def(
          "to_json", [](const AuditResult& r) { return to_json(r); },
          "One line of JSON (what the store and the JSON Lines export hold).")
      .def_static(
          "from_json", [](const std::string& s) { return audit_result_from_json(s); },
          py::arg("text"), "The result from its JSON line (what to_json writes).")
      .def(py::self == py::self)
      .def(py::pickle([](const AuditResult& r) { return to_json(r); },
                      [](const std::string& s) { return audit_result_from_json(s); }));

  py::class_<AuditContext>(m, "AuditContext",
                           "What the audit needs besides the case: the as-of date, the agencies "
                           "with their power items and officers, the jurisdiction's rules, the "
                           "calendar and the discretion catalog.")
      .def(py::init([](Date as_of, std::vector<Agency> agencies, const JurisdictionRules* rules,
                       const WorkCalendar* calendar, const Catalog* catalog) {
             return AuditContext(as_of, std::move(agencies),
                                 rules ? *rules : JurisdictionRules::example(),
                                 calendar ? *calendar : WorkCalendar::china(),
                                 catalog ? *catalog : Catalog::builtin());
           }),
           py::arg("as_of"), py::arg("agencies"), py::arg("rules") = nullptr,
           py::arg("calendar") = nullptr, py::arg("catalog") = nullptr)
      .def_readonly("as_of", &AuditContext::as_of,
                    "The date as of which open deadlines are judged.");

  py::class_<ReviewerFinding>(m, "ReviewerFinding", "A human reviewer's finding for an item.")
      .def(py::init([](std::string item_id, std::string code, std::string reviewer,
                       std::string message, std::optional<double> deduction) {
             return ReviewerFinding{std::move(item_id), std::move(code), std::move(reviewer),
                                    std::move(message), deduction};
           }),
           py::arg("item_id"), py::arg("code"), py::arg("reviewer"), py::arg("message") = "",
           py::arg("deduction") = py::none())
      .def_readwrite("item_id", &ReviewerFinding::item_id, "The standard item.")
      .def_readwrite("code", &ReviewerFinding::code, "The finding's code.")
      .def_readwrite("reviewer", &ReviewerFinding::reviewer, "Who records it (required).")
      .def_readwrite("message", &ReviewerFinding::message, "The defect in words.")
      .def_readwrite("deduction", &ReviewerFinding::deduction,
                     "The points it costs; None: the item's deduction for the code.");

  m.def(
      "audit_case",
      [](const Case& c, const AuditContext& ctx, const Standard* standard) {
        return audit_case(c, ctx, standard ? *standard : Standard::builtin());
      },
      py::arg("case"), py::arg("context"), py::arg("standard") = nullptr,
      "Audits one case file against the standard (default: the built-in one) and returns its "
      "AuditResult. Raises zhifa.ValidationError when the standard names a check the registry "
      "does not have.");
  m.def(
      "add_reviewer_finding",
      [](AuditResult r, const Standard& standard, const ReviewerFinding& f) {
        add_reviewer_finding(r, standard, f);
        return r;
      },
      py::arg("result"), py::arg("standard"), py::arg("finding"),
      "A copy of the result with the reviewer's finding added and the file scored again.");
}

void bind_audit_batch(py::module_& m) {
  m.def(
      "audit_cases",
      [](const py::iterable& cases, const AuditContext& ctx, const Standard* standard,
         unsigned threads, const py::object& progress, std::size_t total) {
        const Standard& s = standard ? *standard : Standard::builtin();
        AuditBatchOptions o = batch_options(threads, progress);
        std::vector<AuditResult> out;
        py::iterator it = py::iter(cases);
        {
          // The workers never touch Python; the GIL is taken only to read the next case and to
          // call the progress callback, both on this thread.
          py::gil_scoped_release release;
          audit_stream(
              [&]() -> std::optional<Case> {
                py::gil_scoped_acquire gil;
                if (it == py::iterator::sentinel()) return std::nullopt;
                Case c = (*it).cast<Case>();
                ++it;
                return c;
              },
              ctx, s, [&](AuditResult&& r) { out.push_back(std::move(r)); }, o, total);
        }
        return out;
      },
      py::arg("cases"), py::arg("context"), py::arg("standard") = nullptr, py::arg("threads") = 0,
      py::arg("progress") = py::none(), py::arg("total") = 0,
      "Audits an iterable of cases on a pool of threads (0: all cores); the results are in the "
      "same order and equal audit_case's. progress(done, total) is called from this thread.");
  m.def(
      "audit_store",
      [](SharedCaseStore& store, const AuditContext& ctx, const Standard* standard,
         unsigned threads, const py::object& progress, const std::string& note,
         const py::object& timestamp, const py::kwargs& kw) {
        const Standard& s = standard ? *standard : Standard::builtin();
        AuditBatchOptions o = batch_options(threads, progress);
        if (!timestamp.is_none()) {
          o.timestamp = [timestamp]() {
            py::gil_scoped_acquire gil;
            return timestamp().cast<std::string>();
          };
        }
        const CaseFilter filter = filter_from(kw);
        // The GIL is released (run()); the workers never touch Python, and progress and
        // timestamp take the GIL on this thread.
        return store.run([&](CaseStore& c) { return audit_store(c, filter, ctx, s, o, note); });
      },
      py::arg("store"), py::arg("context"), py::arg("standard") = nullptr, py::arg("threads") = 0,
      py::arg("progress") = py::none(), py::arg("note") = "", py::arg("timestamp") = py::none(),
      "Audits the store's cases (the filters of CaseStore.list), records the run "
      "and its results in the store, and returns the run (AuditRun).");

  py::class_<AuditReport>(m, "AuditReport", "The report of an audit run.")
      .def_readonly("files", &AuditReport::files, "The number of files audited.")
      .def_readonly("vetoed", &AuditReport::vetoed, "How many had a veto hit.")
      .def_readonly("mean_total", &AuditReport::mean_total, "The mean total score.")
      .def_readonly("grades", &AuditReport::grades,
                    "(grade, files) pairs in band order, the fail grade last.")
      .def(
          "html", [](const AuditReport& r) { return report_html(r); },
          "A self-contained HTML page (inline CSS and SVG charts).")
      .def(
          "json", [](const AuditReport& r) { return report_json(r); }, "The report as JSON text.")
      .def(
          "csv", [](const AuditReport& r) { return report_csv(r); },
          "The report as CSV, one row per figure: columns "
          "view,key,name,files,failed,findings,value.");
  m.def(
      "audit_report",
      [](const py::iterable& results, const Standard& standard, const AuditContext& ctx,
         std::size_t worst, const std::string& title) {
        AuditReportBuilder b(standard, ctx, worst);
        for (const auto& r : results) b.add(r.cast<const AuditResult&>());
        return b.finish(title);
      },
      py::arg("results"), py::arg("standard"), py::arg("context"), py::arg("worst") = 20,
      py::arg("title") = "",
      "The report of results: grades, frequent findings, per agency and officer, worst files.");
}

}  // namespace zhifa::python

#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/csv.hpp"
#include "zhifa/disclosure.hpp"
#include "zhifa/inspection_item.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_disclosure(py::module_& m) {
  py::class_<PublicityPeriod>(m, "PublicityPeriod",
                              "How long a published decision stays public (公示期), e.g. SAMR "
                              "Order 45 Art. 13.")
      .def_readonly("id", &PublicityPeriod::id, "The rule's id, e.g. 'low'.")
      .def_readonly("description", &PublicityPeriod::description, "The rule in words.")
      .def_readonly("basis", &PublicityPeriod::basis, "Its legal basis.")
      .def_readonly(
          "only_kinds", &PublicityPeriod::only_kinds,
          "The penalty kinds every penalty must be of (PenaltyKind list); empty: any decision.")
      .def_readonly("fine_at_most", &PublicityPeriod::fine_at_most,
                    "The rule applies only when the fines total at most this (Money, inclusive); "
                    "None: no limit.")
      .def_readonly("months", &PublicityPeriod::months,
                    "How long the decision stays public, in months from the publication day "
                    "(民法典 Art. 202).")
      .def("matches", &PublicityPeriod::matches, py::arg("penalties"),
           "True when the rule applies to a decision with these penalties.");

  py::class_<DisclosureRules>(m, "DisclosureRules",
                              "When decisions are published, withdrawn (Art. 48) and taken down, "
                              "as data (docs/disclosure.md).")
      .def_static("defaults", &DisclosureRules::defaults,
                  "7 working days (双公示, [P]), general-procedure penalty decisions only, "
                  "withdrawal within 3 working days, no publicity period.")
      .def_static("market_regulation_example", &DisclosureRules::market_regulation_example,
                  "SAMR Order 45: 20 working days, 3 months / 3 years of publicity (the low-fine "
                  "amount is a placeholder).")
      .def_static("from_json", &DisclosureRules::from_json, py::arg("text"),
                  py::arg("source") = "rules",
                  "Rules from JSON text ('zhifa-disclosure-rules', docs/disclosure.md). Raises "
                  "zhifa.DataFileError naming the source and the JSON path.")
      .def_static(
          "from_json_file",
          [](const std::filesystem::path& p) {
            return DisclosureRules::from_json_file(p.string());
          },
          py::arg("path"), "Rules from a JSON file. Raises zhifa.DataFileError.")
      .def("to_json", &DisclosureRules::to_json, "The rules as JSON text (what from_json reads).")
      .def_property_readonly("name", &DisclosureRules::name, "The rules' name.")
      .def_property_readonly("source", &DisclosureRules::source, "Where they were read from.")
      .def_property_readonly(
          "publication_working_days", &DisclosureRules::publication_working_days,
          "Working days after the decision day within which a decision is published.")
      .def_property_readonly("publication_basis", &DisclosureRules::publication_basis,
                             "The basis of the publication deadline.")
      .def_property_readonly(
          "publish_simple_procedure", &DisclosureRules::publish_simple_procedure,
          "Whether decisions of the simple procedure (当场处罚, Art. 51) are published.")
      .def_property_readonly(
          "publish_no_penalty", &DisclosureRules::publish_no_penalty,
          "Whether decisions not to penalise (Art. 57 ¶1 (2), (3)) are published.")
      .def_property_readonly("publish_warning_only", &DisclosureRules::publish_warning_only,
                             "Whether a decision imposing only a warning is published.")
      .def_property_readonly("withdrawal_working_days", &DisclosureRules::withdrawal_working_days,
                             "Working days after a decision change within which a published "
                             "decision is withdrawn (Art. 48: at most 3).")
      .def_property_readonly("withdrawal_basis", &DisclosureRules::withdrawal_basis,
                             "The basis of the withdrawal deadline.")
      .def_property_readonly("publicity_periods", &DisclosureRules::publicity_periods,
                             "The publicity periods (PublicityPeriod list), tried in order; none "
                             "matching: public without end.")
      .def("requires_publication", &DisclosureRules::requires_publication, py::arg("case"),
           "True when the rules require the case's decision to be published; False without a "
           "decision.")
      .def(
          "publicity_period",
          [](const DisclosureRules& r, const Decision& d) -> std::optional<PublicityPeriod> {
            const PublicityPeriod* p = r.publicity_period(d);
            if (!p) return std::nullopt;
            return *p;
          },
          py::arg("decision"), "The first publicity period matching the decision, or None.");

  py::enum_<DisclosureStatus>(m, "DisclosureStatus", "Where a case stands in disclosure on a date.")
      .value("NOT_REQUIRED", DisclosureStatus::kNotRequired)
      .value("DUE", DisclosureStatus::kDue)
      .value("OVERDUE", DisclosureStatus::kOverdue)
      .value("PUBLISHED", DisclosureStatus::kPublished)
      .value("PUBLISHED_LATE", DisclosureStatus::kPublishedLate)
      .value("WITHDRAWAL_DUE", DisclosureStatus::kWithdrawalDue)
      .value("WITHDRAWAL_OVERDUE", DisclosureStatus::kWithdrawalOverdue)
      .value("WITHDRAWN", DisclosureStatus::kWithdrawn)
      .value("WITHDRAWN_LATE", DisclosureStatus::kWithdrawnLate)
      .value("EXPIRED", DisclosureStatus::kExpired)
      .value("REMOVED", DisclosureStatus::kRemoved);

  py::class_<DisclosureState>(m, "DisclosureState", "The disclosure state of a case on a date.")
      .def_readonly("status", &DisclosureState::status, "The DisclosureStatus.")
      .def_readonly("required", &DisclosureState::required,
                    "True when the rules require publication.")
      .def_readonly("publication_due", &DisclosureState::publication_due,
                    "The last day to publish, when required; else None.")
      .def_readonly("published_on", &DisclosureState::published_on,
                    "The publication day as known on the date, or None.")
      .def_readonly("withdrawal_due", &DisclosureState::withdrawal_due,
                    "The last day to withdraw after a decision change, or None.")
      .def_readonly("withdrawn_on", &DisclosureState::withdrawn_on,
                    "The withdrawal day as known on the date, or None.")
      .def_readonly("publicity_ends", &DisclosureState::publicity_ends,
                    "The last day of the publicity period, or None.")
      .def_readonly("publicity_period", &DisclosureState::publicity_period,
                    "The id of the matching PublicityPeriod; empty when none.")
      .def_readonly("reason", &DisclosureState::reason, "The state in one line of words.")
      .def_property_readonly("due", &DisclosureState::due,
                             "The deadline the status is about (withdrawal or publication).");

  m.def("disclosure_state", &disclosure_state, py::arg("case"), py::arg("as_of"), py::arg("rules"),
        py::arg("calendar"),
        "The disclosure state of the case as of the date; CalendarCoverageError when a deadline "
        "falls outside the calendar.");

  py::class_<DisclosedParty>(m, "DisclosedParty",
                             "A party as published: natural persons masked (Art. 50).")
      .def_readonly("kind", &DisclosedParty::kind, "The PartyKind.")
      .def_readonly("name", &DisclosedParty::name,
                    "The name as published: masked for a natural person (王某).")
      .def_readonly("identifier", &DisclosedParty::identifier,
                    "The credit code, or the masked resident ID.")
      .def_readonly("legal_representative", &DisclosedParty::legal_representative,
                    "An organisation's legal representative (masked when it is the name of a "
                    "natural-person party).")
      .def_readonly("masked", &DisclosedParty::masked, "True for a natural person, masked.");
  py::class_<DisclosedViolation>(
      m, "DisclosedViolation",
      "A violation as published: its description (masked) and the provisions.")
      .def_readonly("description", &DisclosedViolation::description,
                    "The violation in words, masked.")
      .def_readonly("violated_provision", &DisclosedViolation::violated_provision,
                    "The provision violated.")
      .def_readonly("penalty_provision", &DisclosedViolation::penalty_provision,
                    "The provision setting the penalty.");
  py::class_<DisclosureRecord>(m, "DisclosureRecord",
                               "What is published of a decision, masked (执法机关、执法对象、"
                               "案件事实、执法类别、执法结论).")
      .def_readonly("case_id", &DisclosureRecord::case_id, "The case's id.")
      .def_readonly("case_number", &DisclosureRecord::case_number, "The case number.")
      .def_readonly("decision_number", &DisclosureRecord::decision_number,
                    "The decision's document number.")
      .def_readonly("agency_code", &DisclosureRecord::agency_code, "The agency's code.")
      .def_readonly("agency_name", &DisclosureRecord::agency_name, "执法机关: the agency's name.")
      .def_readonly("title", &DisclosureRecord::title, "The case's title, masked.")
      .def_readonly("parties", &DisclosureRecord::parties,
                    "执法对象: the parties as published (DisclosedParty list).")
      .def_readonly("facts", &DisclosureRecord::facts, "案件事实: the facts, masked.")
      .def_readonly("violations", &DisclosureRecord::violations,
                    "The violations as published (DisclosedViolation list).")
      .def_readonly("category", &DisclosureRecord::category,
                    "执法类别: '行政处罚' and the power item's name when known.")
      .def_readonly("power_code", &DisclosureRecord::power_code, "The power item's code.")
      .def_readonly("legal_basis", &DisclosureRecord::legal_basis,
                    "The provisions and the power item's basis, in order.")
      .def_readonly("procedure", &DisclosureRecord::procedure, "The ProcedureKind.")
      .def_readonly("outcome", &DisclosureRecord::outcome, "The Outcome.")
      .def_readonly("penalties", &DisclosureRecord::penalties,
                    "The penalties (Penalty list), details masked.")
      .def_readonly("total_fine", &DisclosureRecord::total_fine, "The total fine (Money).")
      .def_readonly("conclusion", &DisclosureRecord::conclusion,
                    "执法结论 in words, e.g. '罚款 5,000.00 元；警告'.")
      .def_readonly("decided_on", &DisclosureRecord::decided_on, "The day of the decision.")
      .def("to_json", &DisclosureRecord::to_json,
           "The record as one JSON object (one line, UTF-8).");

  m.def("make_disclosure", &make_disclosure, py::arg("case"), py::arg("agency"),
        "The record to publish for a decided case, natural persons masked; ValidationError "
        "without a decision or for another agency's case.");
  m.def("mask_name", &mask_name, py::arg("name"), "王明 -> 王某, 欧阳娜娜 -> 欧阳某.");
  m.def("mask_resident_id", &mask_resident_id, py::arg("id"),
        "The 6-digit address code and 12 '*': no birth date.");
  m.def("mask_text", &mask_text, py::arg("text"), py::arg("parties"),
        "The text with the natural persons' IDs, phones, addresses and names masked.");
  m.def("disclosure_records_to_json", &disclosure_records_to_json, py::arg("records"),
        py::arg("json_lines") = false,
        "The records as a JSON array (pretty), or with json_lines=True as JSON Lines (one object a "
        "line).");
  m.def("disclosure_records_to_csv", &disclosure_records_to_csv, py::arg("records"),
        "UTF-8 CSV with a header, CRLF, RFC 4180 quoting.");
  m.def("csv_field", &csv_field, py::arg("value"), "One CSV field, quoted per RFC 4180.");

  py::class_<InspectionItem>(m, "InspectionItem",
                             "An item of the random-inspection list (随机抽查事项清单).")
      .def(py::init([](std::string item, std::string basis, std::string body, std::string content,
                       std::string method, std::string ratio, std::string frequency) {
             return InspectionItem{std::move(item),     std::move(basis),  std::move(body),
                                   std::move(content),  std::move(method), std::move(ratio),
                                   std::move(frequency)};
           }),
           py::arg("item"), py::arg("basis"), py::arg("body"), py::arg("content"),
           py::arg("method"), py::arg("ratio") = "", py::arg("frequency") = "")
      .def_readwrite("item", &InspectionItem::item, "The item (抽查事项).")
      .def_readwrite("basis", &InspectionItem::basis, "The legal basis (抽查依据).")
      .def_readwrite("body", &InspectionItem::body, "Who inspects (抽查主体).")
      .def_readwrite("content", &InspectionItem::content, "What is inspected (抽查内容).")
      .def_readwrite("method", &InspectionItem::method, "How (抽查方式).")
      .def_readwrite("ratio", &InspectionItem::ratio,
                     "The published ratio as text, e.g. '不低于5%'; empty when not published.")
      .def_readwrite("frequency", &InspectionItem::frequency,
                     "The published frequency as text, e.g. '每年1次'; empty when not published.")
      .def("__eq__", [](const InspectionItem& a, const InspectionItem& b) { return a == b; });
  m.def("inspection_items_from_json", &inspection_items_from_json, py::arg("text"),
        py::arg("source") = "items",
        "The items of a 'zhifa-inspection-items' document (docs/disclosure.md). Raises "
        "zhifa.DataFileError naming the JSON path.");

  py::class_<CatalogOfficer>(
      m, "CatalogOfficer",
      "An officer as published before enforcement: name and certificate number only.")
      .def_readonly("name", &CatalogOfficer::name, "The officer's name.")
      .def_readonly("certificate_number", &CatalogOfficer::certificate_number,
                    "The enforcement certificate's number.")
      .def_readonly("valid_to", &CatalogOfficer::valid_to,
                    "The last day the certificate is valid.");
  py::class_<CatalogPower>(m, "CatalogPower",
                           "A power item as published: code, name, kind, legal basis, and the body "
                           "exercising a delegated power.")
      .def_readonly("code", &CatalogPower::code, "The item's code.")
      .def_readonly("name", &CatalogPower::name, "The item's name.")
      .def_readonly("kind", &CatalogPower::kind, "The PowerKind.")
      .def_readonly("basis", &CatalogPower::basis, "The legal basis, as text.")
      .def_readonly("delegated_to", &CatalogPower::delegated_to,
                    "The body exercising a delegated power; empty when not delegated.");
  py::class_<CatalogStep>(m, "CatalogStep",
                          "A step of a published procedure with the article behind it.")
      .def_readonly("step", &CatalogStep::step, "The step in words.")
      .def_readonly("basis", &CatalogStep::basis, "The article behind it.");
  py::class_<CatalogProcedure>(
      m, "CatalogProcedure",
      "A published procedure: the general (一般程序) or the simple (简易程序) one.")
      .def_readonly("name", &CatalogProcedure::name, "The procedure's name.")
      .def_readonly("scope", &CatalogProcedure::scope, "Which cases it applies to.")
      .def_readonly("steps", &CatalogProcedure::steps, "Its steps (CatalogStep list).");
  py::class_<CatalogRemedy>(m, "CatalogRemedy",
                            "A remedy (救济渠道) with its period from the period table.")
      .def_readonly("name", &CatalogRemedy::name, "The remedy's name.")
      .def_readonly("period", &CatalogRemedy::period,
                    "Its period, e.g. '60 calendar days (行政复议法 Art. 20 ¶1)'.")
      .def_readonly("start", &CatalogRemedy::start, "What starts the period.");
  py::class_<PublicCatalog>(m, "PublicCatalog",
                            "What Art. 39 requires to be public before enforcement.")
      .def_readonly("agency_code", &PublicCatalog::agency_code, "The agency's code.")
      .def_readonly("agency_name", &PublicCatalog::agency_name, "The agency's name.")
      .def_readonly("as_of", &PublicCatalog::as_of, "The day the catalog is for.")
      .def_readonly("officers", &PublicCatalog::officers,
                    "The officers certified for the agency on as_of (CatalogOfficer list).")
      .def_readonly("powers", &PublicCatalog::powers, "Every power item (CatalogPower list).")
      .def_readonly("procedures", &PublicCatalog::procedures,
                    "The general and simple procedures (CatalogProcedure list).")
      .def_readonly("remedies", &PublicCatalog::remedies,
                    "Administrative review and litigation (CatalogRemedy list).")
      .def_readonly("inspections", &PublicCatalog::inspections,
                    "The random-inspection list (InspectionItem list).")
      .def("to_json", &PublicCatalog::to_json, "The catalog as JSON text.")
      .def("to_markdown", &PublicCatalog::to_markdown,
           "The catalog as a readable Markdown page (headings, tables).");
  m.def(
      "public_catalog",
      [](const Agency& agency, Date as_of, const std::vector<InspectionItem>& inspections,
         const PeriodTable* periods) {
        return public_catalog(agency, as_of, inspections,
                              periods ? *periods : PeriodTable::builtin());
      },
      py::arg("agency"), py::arg("as_of"), py::arg("inspections") = std::vector<InspectionItem>{},
      py::arg("periods") = nullptr,
      "The catalog of the agency on the date: certified officers, powers, procedures, remedies "
      "(from the period table, built-in by default) and the inspection items.");
}

}  // namespace zhifa::python

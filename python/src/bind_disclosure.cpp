#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "zhifa/disclosure.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_disclosure(py::module_& m) {
  py::class_<PublicityPeriod>(m, "PublicityPeriod",
                              "How long a published decision stays public (公示期), e.g. SAMR "
                              "Order 45 Art. 13.")
      .def_readonly("id", &PublicityPeriod::id)
      .def_readonly("description", &PublicityPeriod::description)
      .def_readonly("basis", &PublicityPeriod::basis)
      .def_readonly("only_kinds", &PublicityPeriod::only_kinds)
      .def_readonly("fine_at_most", &PublicityPeriod::fine_at_most)
      .def_readonly("months", &PublicityPeriod::months)
      .def("matches", &PublicityPeriod::matches, py::arg("penalties"));

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
                  py::arg("source") = "rules")
      .def_static(
          "from_json_file",
          [](const std::filesystem::path& p) {
            return DisclosureRules::from_json_file(p.string());
          },
          py::arg("path"))
      .def("to_json", &DisclosureRules::to_json)
      .def_property_readonly("name", &DisclosureRules::name)
      .def_property_readonly("source", &DisclosureRules::source)
      .def_property_readonly("publication_working_days", &DisclosureRules::publication_working_days)
      .def_property_readonly("publication_basis", &DisclosureRules::publication_basis)
      .def_property_readonly("publish_simple_procedure", &DisclosureRules::publish_simple_procedure)
      .def_property_readonly("publish_no_penalty", &DisclosureRules::publish_no_penalty)
      .def_property_readonly("publish_warning_only", &DisclosureRules::publish_warning_only)
      .def_property_readonly("withdrawal_working_days", &DisclosureRules::withdrawal_working_days)
      .def_property_readonly("withdrawal_basis", &DisclosureRules::withdrawal_basis)
      .def_property_readonly("publicity_periods", &DisclosureRules::publicity_periods)
      .def("requires_publication", &DisclosureRules::requires_publication, py::arg("case"))
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
      .def_readonly("status", &DisclosureState::status)
      .def_readonly("required", &DisclosureState::required)
      .def_readonly("publication_due", &DisclosureState::publication_due)
      .def_readonly("published_on", &DisclosureState::published_on)
      .def_readonly("withdrawal_due", &DisclosureState::withdrawal_due)
      .def_readonly("withdrawn_on", &DisclosureState::withdrawn_on)
      .def_readonly("publicity_ends", &DisclosureState::publicity_ends)
      .def_readonly("publicity_period", &DisclosureState::publicity_period)
      .def_readonly("reason", &DisclosureState::reason)
      .def_property_readonly("due", &DisclosureState::due,
                             "The deadline the status is about (withdrawal or publication).");

  m.def("disclosure_state", &disclosure_state, py::arg("case"), py::arg("as_of"), py::arg("rules"),
        py::arg("calendar"),
        "The disclosure state of the case as of the date; CalendarCoverageError when a deadline "
        "falls outside the calendar.");

  py::class_<DisclosedParty>(m, "DisclosedParty",
                             "A party as published: natural persons masked (Art. 50).")
      .def_readonly("kind", &DisclosedParty::kind)
      .def_readonly("name", &DisclosedParty::name)
      .def_readonly("identifier", &DisclosedParty::identifier)
      .def_readonly("legal_representative", &DisclosedParty::legal_representative)
      .def_readonly("masked", &DisclosedParty::masked);
  py::class_<DisclosedViolation>(m, "DisclosedViolation")
      .def_readonly("description", &DisclosedViolation::description)
      .def_readonly("violated_provision", &DisclosedViolation::violated_provision)
      .def_readonly("penalty_provision", &DisclosedViolation::penalty_provision);
  py::class_<DisclosureRecord>(m, "DisclosureRecord",
                               "What is published of a decision, masked (执法机关、执法对象、"
                               "案件事实、执法类别、执法结论).")
      .def_readonly("case_id", &DisclosureRecord::case_id)
      .def_readonly("case_number", &DisclosureRecord::case_number)
      .def_readonly("decision_number", &DisclosureRecord::decision_number)
      .def_readonly("agency_code", &DisclosureRecord::agency_code)
      .def_readonly("agency_name", &DisclosureRecord::agency_name)
      .def_readonly("title", &DisclosureRecord::title)
      .def_readonly("parties", &DisclosureRecord::parties)
      .def_readonly("facts", &DisclosureRecord::facts)
      .def_readonly("violations", &DisclosureRecord::violations)
      .def_readonly("category", &DisclosureRecord::category)
      .def_readonly("power_code", &DisclosureRecord::power_code)
      .def_readonly("legal_basis", &DisclosureRecord::legal_basis)
      .def_readonly("procedure", &DisclosureRecord::procedure)
      .def_readonly("outcome", &DisclosureRecord::outcome)
      .def_readonly("penalties", &DisclosureRecord::penalties)
      .def_readonly("total_fine", &DisclosureRecord::total_fine)
      .def_readonly("conclusion", &DisclosureRecord::conclusion)
      .def_readonly("decided_on", &DisclosureRecord::decided_on)
      .def("to_json", &DisclosureRecord::to_json);

  m.def("make_disclosure", &make_disclosure, py::arg("case"), py::arg("agency"),
        "The record to publish for a decided case, natural persons masked; ValidationError "
        "without a decision or for another agency's case.");
  m.def("mask_name", &mask_name, py::arg("name"), "王明 -> 王某, 欧阳娜娜 -> 欧阳某.");
  m.def("mask_resident_id", &mask_resident_id, py::arg("id"),
        "The 6-digit address code and 12 '*': no birth date.");
  m.def("mask_text", &mask_text, py::arg("text"), py::arg("parties"),
        "The text with the natural persons' IDs, phones, addresses and names masked.");
  m.def("disclosure_records_to_json", &disclosure_records_to_json, py::arg("records"),
        py::arg("json_lines") = false);
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
      .def_readwrite("item", &InspectionItem::item)
      .def_readwrite("basis", &InspectionItem::basis)
      .def_readwrite("body", &InspectionItem::body)
      .def_readwrite("content", &InspectionItem::content)
      .def_readwrite("method", &InspectionItem::method)
      .def_readwrite("ratio", &InspectionItem::ratio)
      .def_readwrite("frequency", &InspectionItem::frequency)
      .def("__eq__", [](const InspectionItem& a, const InspectionItem& b) { return a == b; });
  m.def("inspection_items_from_json", &inspection_items_from_json, py::arg("text"),
        py::arg("source") = "items");

  py::class_<CatalogOfficer>(m, "CatalogOfficer")
      .def_readonly("name", &CatalogOfficer::name)
      .def_readonly("certificate_number", &CatalogOfficer::certificate_number)
      .def_readonly("valid_to", &CatalogOfficer::valid_to);
  py::class_<CatalogPower>(m, "CatalogPower")
      .def_readonly("code", &CatalogPower::code)
      .def_readonly("name", &CatalogPower::name)
      .def_readonly("kind", &CatalogPower::kind)
      .def_readonly("basis", &CatalogPower::basis)
      .def_readonly("delegated_to", &CatalogPower::delegated_to);
  py::class_<CatalogStep>(m, "CatalogStep")
      .def_readonly("step", &CatalogStep::step)
      .def_readonly("basis", &CatalogStep::basis);
  py::class_<CatalogProcedure>(m, "CatalogProcedure")
      .def_readonly("name", &CatalogProcedure::name)
      .def_readonly("scope", &CatalogProcedure::scope)
      .def_readonly("steps", &CatalogProcedure::steps);
  py::class_<CatalogRemedy>(m, "CatalogRemedy")
      .def_readonly("name", &CatalogRemedy::name)
      .def_readonly("period", &CatalogRemedy::period)
      .def_readonly("start", &CatalogRemedy::start);
  py::class_<PublicCatalog>(m, "PublicCatalog",
                            "What Art. 39 requires to be public before enforcement.")
      .def_readonly("agency_code", &PublicCatalog::agency_code)
      .def_readonly("agency_name", &PublicCatalog::agency_name)
      .def_readonly("as_of", &PublicCatalog::as_of)
      .def_readonly("officers", &PublicCatalog::officers)
      .def_readonly("powers", &PublicCatalog::powers)
      .def_readonly("procedures", &PublicCatalog::procedures)
      .def_readonly("remedies", &PublicCatalog::remedies)
      .def_readonly("inspections", &PublicCatalog::inspections)
      .def("to_json", &PublicCatalog::to_json)
      .def("to_markdown", &PublicCatalog::to_markdown);
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

#include "bindings.hpp"
#include "zhifa/version.hpp"

PYBIND11_MODULE(_core, m) {
  m.doc() = "zhifa's compiled core. Import the public API from the zhifa package instead.";
  m.attr("__version__") = zhifa::kVersion;
  using namespace zhifa::python;
  bind_error(m);
  bind_money(m);
  bind_identifiers(m);
  bind_citation(m);
  bind_work_calendar(m);
  bind_legal_period(m);
  bind_deadline(m);
  bind_party(m);
  bind_agency(m);
  bind_case(m);
  bind_merkle(m);
  bind_record(m);
  bind_review(m);
  bind_procedure(m);
  bind_discretion(m);
  bind_audit(m);
  bind_case_store(m);
  bind_synthetic(m);
  bind_audit_batch(m);
  bind_disclosure(m);
  bind_disclosure_report(m);
  bind_inspection(m);
  bind_archive(m);
  bind_review_year(m);
}

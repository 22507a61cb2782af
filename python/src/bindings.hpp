// The binding functions, one per public header; module.cpp calls them in dependency order.
#pragma once

#include <pybind11/pybind11.h>

namespace zhifa {
struct CaseFilter;
struct AuditBatchOptions;
}  // namespace zhifa

namespace zhifa::python {

/// The filter keywords of the store's query methods (agency_code, status, ...); an unknown
/// keyword is a TypeError. Defined in bind_case_store.cpp.
CaseFilter filter_from(const pybind11::kwargs& kw);

/// Batch options (audit_batch.hpp) with `threads` workers (0: all cores) and, unless `progress`
/// is None, a progress callback calling the Python callable progress(done, total) with the GIL
/// taken: the batch only ever calls it from the calling thread, so the caller may release the GIL
/// around the batch. Defined in bind_audit.cpp.
AuditBatchOptions batch_options(unsigned threads, const pybind11::object& progress);

void bind_error(pybind11::module_& m);
void bind_money(pybind11::module_& m);
void bind_identifiers(pybind11::module_& m);
void bind_citation(pybind11::module_& m);
void bind_work_calendar(pybind11::module_& m);
void bind_legal_period(pybind11::module_& m);
void bind_deadline(pybind11::module_& m);
void bind_party(pybind11::module_& m);
void bind_agency(pybind11::module_& m);
void bind_case(pybind11::module_& m);
void bind_review(pybind11::module_& m);
void bind_procedure(pybind11::module_& m);
void bind_case_store(pybind11::module_& m);
void bind_synthetic(pybind11::module_& m);
void bind_discretion(pybind11::module_& m);
void bind_merkle(pybind11::module_& m);
void bind_record(pybind11::module_& m);
void bind_audit(pybind11::module_& m);
void bind_audit_batch(pybind11::module_& m);
void bind_disclosure(pybind11::module_& m);
void bind_disclosure_report(pybind11::module_& m);
void bind_inspection(pybind11::module_& m);
void bind_archive(pybind11::module_& m);
void bind_review_year(pybind11::module_& m);

}  // namespace zhifa::python

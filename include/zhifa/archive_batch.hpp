// Folders of electronic case files (jobs layer, over archive.hpp): export a store's cases to a
// folder, one file per case, import a folder into a store, and audit a folder of case files
// without importing it (audit_batch.hpp's audit_cases over the loaded cases).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "zhifa/archive.hpp"
#include "zhifa/audit.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/case_store.hpp"

namespace zhifa {

/// The file name of a case's archive in a folder: "case-<id>.zcf" (zhifa case file).
std::string archive_file_name(std::int64_t case_id);

/// Writes one archive per case of `store` matching `filter` into `dir` (created if missing;
/// files of the same name replaced), each with the case's record heads, signed with `key` when
/// given. Returns how many were written. ArchiveError when the folder or a file cannot be
/// written or a case cannot be sealed; files written before the error stay.
std::size_t export_archives(const CaseStore& store, const std::string& dir,
                            const CaseFilter& filter = {}, ArchiveForm form = ArchiveForm::kBinary,
                            const SigningKey* key = nullptr);

/// The archive files of `dir` (names ending in ".zcf"), in name order. ArchiveError when the
/// folder cannot be read.
std::vector<std::string> archive_files(const std::string& dir);

/// Reads every archive of `dir` (archive_files) and adds its case to `store` as a new case
/// (id and version are reassigned by the store; the number, record and everything else are
/// kept) in one transaction: all or none. Every file is read and checked before anything is
/// stored. Returns how many cases were stored. ArchiveError naming the file for a bad archive;
/// the store's errors (ConflictError, ValidationError, ...) for a case it refuses.
std::size_t import_archives(CaseStore& store, const std::string& dir,
                            const ArchiveReadOptions& options = {});

/// Reads every archive of `dir` and audits the cases (audit_cases), without a store. Results are
/// in file order. ArchiveError naming the file for a bad archive.
std::vector<AuditResult> audit_archives(const std::string& dir, const AuditContext& context,
                                        const Standard& standard,
                                        const ArchiveReadOptions& options = {},
                                        const AuditBatchOptions& batch = {});

}  // namespace zhifa

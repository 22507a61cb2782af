#include "zhifa/archive_batch.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "zhifa/error.hpp"

namespace zhifa {

namespace fs = std::filesystem;

std::string archive_file_name(std::int64_t case_id) {
  return "case-" + std::to_string(case_id) + ".zcf";
}

std::size_t export_archives(const CaseStore& store, const std::string& dir,
                            const CaseFilter& filter, ArchiveForm form, const SigningKey* key) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw ArchiveError("cannot create archive folder " + dir + ": " + ec.message());
  std::size_t written = 0;
  store.for_each(filter, [&](const Case& c) {
    CaseArchive archive{c, store.record_heads(c.id), {}};
    write_archive_file((fs::path(dir) / archive_file_name(c.id)).string(), archive, form, key);
    ++written;
  });
  return written;
}

std::vector<std::string> archive_files(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".zcf" && it->is_regular_file()) {
      files.push_back(it->path().string());
    }
  }
  if (ec) throw ArchiveError("cannot read archive folder " + dir + ": " + ec.message());
  std::sort(files.begin(), files.end());
  return files;
}

std::size_t import_archives(CaseStore& store, const std::string& dir,
                            const ArchiveReadOptions& options) {
  std::vector<Case> cases;
  for (const std::string& file : archive_files(dir)) {
    Case c = read_archive_file(file, options).c;
    c.id = 0;
    c.version = 0;
    cases.push_back(std::move(c));
  }
  return store.add_all(cases);
}

std::vector<AuditResult> audit_archives(const std::string& dir, const AuditContext& context,
                                        const Standard& standard, const ArchiveReadOptions& options,
                                        const AuditBatchOptions& batch) {
  std::vector<Case> cases;
  for (const std::string& file : archive_files(dir)) {
    cases.push_back(read_archive_file(file, options).c);
  }
  return audit_cases(cases, context, standard, batch);
}

}  // namespace zhifa

// Electronic case files (archive.hpp): export and import of a case as a sealed file; and folders of
// them (archive_batch.hpp): export a store, import a folder, audit a folder.
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>

#include "bindings.hpp"
#include "shared_case_store.hpp"
#include "zhifa/archive.hpp"
#include "zhifa/archive_batch.hpp"
#include "zhifa/audit_batch.hpp"
#include "zhifa/case_store.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_archive(py::module_& m) {
  m.def(
      "export_archive",
      [](const Case& c, const std::filesystem::path& path, const std::string& form,
         const SigningKey* key) {
        const ArchiveForm f = archive_form_from_string(form);
        py::gil_scoped_release release;
        write_archive_file(path.string(), CaseArchive{c, {}, {}}, f, key);
      },
      py::arg("case"), py::arg("path"), py::arg("form") = "binary", py::arg("key") = nullptr,
      "Writes the case as a sealed electronic case file (docs/archive.md): form 'binary' or "
      "'xml', signed with the agency's SigningKey when given. Raises ArchiveError for a case "
      "that is inconsistent or cannot be written, ValidationError for an unknown form.");
  m.def(
      "import_archive",
      [](const std::filesystem::path& path, const VerifyingKey* key) {
        py::gil_scoped_release release;
        return read_archive_file(path.string(), ArchiveReadOptions{key, key != nullptr}).c;
      },
      py::arg("path"), py::arg("key") = nullptr,
      "Reads the case of an electronic case file. With a VerifyingKey the file must be signed "
      "by it. Raises ArchiveError naming the path and the failed check (truncated, trailing "
      "bytes, wrong magic or version, hash or signature mismatch, undecodable or inconsistent "
      "payload).");

  m.def("archive_file_name", &archive_file_name, py::arg("case_id"),
        "The file name of a case's archive in a folder: 'case-<id>.zcf'.");
  m.def(
      "export_archives",
      [](SharedCaseStore& store, const std::filesystem::path& dir, const std::string& form,
         const SigningKey* key, const py::kwargs& kw) {
        const CaseFilter filter = filter_from(kw);
        const ArchiveForm f = archive_form_from_string(form);
        return store.run(
            [&](CaseStore& c) { return export_archives(c, dir.string(), filter, f, key); });
      },
      py::arg("store"), py::arg("dir"), py::arg("form") = "binary", py::arg("key") = nullptr,
      "Writes one electronic case file per matching case of the store into the folder (created "
      "if missing), named archive_file_name(case.id), with the case's record heads, in form "
      "'binary' or 'xml', signed with the SigningKey when given. Filter keywords as "
      "CaseStore.list. Returns how many files were written. Raises ArchiveError when the folder "
      "or a file cannot be written or a case cannot be sealed (files written before stay).");
  m.def(
      "archive_files",
      [](const std::filesystem::path& dir) {
        py::gil_scoped_release release;
        return archive_files(dir.string());
      },
      py::arg("dir"),
      "The paths of the folder's electronic case files (names ending in '.zcf'), in name order. "
      "Raises ArchiveError when the folder cannot be read.");
  m.def(
      "import_archives",
      [](SharedCaseStore& store, const std::filesystem::path& dir, const VerifyingKey* key) {
        return store.run([&](CaseStore& c) {
          return import_archives(c, dir.string(), ArchiveReadOptions{key, key != nullptr});
        });
      },
      py::arg("store"), py::arg("dir"), py::arg("key") = nullptr,
      "Reads every electronic case file of the folder and adds its cases to the store as new "
      "cases (ids and versions reassigned; numbers, records and all else kept) in one "
      "transaction: all or none. With a VerifyingKey every file must be signed by it. Returns "
      "how many cases were stored. Raises ArchiveError naming the file for a bad file, and the "
      "store's errors (ConflictError, ValidationError, ...) for a case it refuses.");
  m.def(
      "audit_archives",
      [](const std::filesystem::path& dir, const AuditContext& ctx, const Standard* standard,
         const VerifyingKey* key, unsigned threads, const py::object& progress) {
        const Standard& s = standard ? *standard : Standard::builtin();
        const AuditBatchOptions o = batch_options(threads, progress);
        // The workers never touch Python; progress takes the GIL on this thread.
        py::gil_scoped_release release;
        return audit_archives(dir.string(), ctx, s, ArchiveReadOptions{key, key != nullptr}, o);
      },
      py::arg("dir"), py::arg("context"), py::arg("standard") = nullptr, py::arg("key") = nullptr,
      py::arg("threads") = 0, py::arg("progress") = py::none(),
      "Reads every electronic case file of the folder and audits the cases on a pool of threads "
      "(0: all cores) without a store, against the standard (default: the built-in one); the "
      "results are in file order and equal audit_cases'. With a VerifyingKey every file must be "
      "signed by it. progress(done, total) is called from this thread. Raises ArchiveError "
      "naming the file for a bad file.");
}

}  // namespace zhifa::python

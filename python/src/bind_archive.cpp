// Electronic case files (archive.hpp): export and import of a case as a sealed file.
#include <pybind11/stl.h>
#include <pybind11/stl/filesystem.h>

#include <filesystem>

#include "bindings.hpp"
#include "zhifa/archive.hpp"

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
}

}  // namespace zhifa::python

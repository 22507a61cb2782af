// zhifa/record.hpp for Python: the full-process record (行政处罚法 Art. 47).
#include <pybind11/stl.h>

#include "bindings.hpp"
#include "casters.hpp"
#include "hash_bytes.hpp"
#include "zhifa/error.hpp"
#include "zhifa/record.hpp"

namespace py = pybind11;

namespace zhifa::python {

void bind_record(py::module_& m) {
  m.def(
      "encode_record", [](const RecordEntry& e) { return py::bytes(encode_record(e)); },
      py::arg("entry"), "The canonical encoding (version 1) of a record entry: the Merkle leaf.");
  m.def(
      "record_leaf_hash", [](const RecordEntry& e) { return to_bytes(record_leaf_hash(e)); },
      py::arg("entry"));
  m.def("record_problem", &record_problem, py::arg("entry"),
        "Why the entry cannot be appended as it is, or None.");
  m.def(
      "record_log", [](const std::vector<RecordEntry>& entries) { return record_log(entries); },
      py::arg("entries"), "The Merkle log of the entries, in order.");

  py::class_<LogVerification>(m, "LogVerification", "The result of checking a record log.")
      .def_readonly("ok", &LogVerification::ok)
      .def_readonly("first_bad", &LogVerification::first_bad)
      .def_readonly("reason", &LogVerification::reason)
      .def_readonly("entries", &LogVerification::entries)
      .def_readonly("heads_checked", &LogVerification::heads_checked)
      .def("__bool__", [](const LogVerification& v) { return v.ok; })
      .def("__repr__", [](const LogVerification& v) {
        return v.ok ? "<LogVerification ok: " + std::to_string(v.entries) + " entries, " +
                          std::to_string(v.heads_checked) + " heads>"
                    : "<LogVerification bad: " + v.reason + ">";
      });
  m.def(
      "verify_record_log",
      [](const std::vector<RecordEntry>& entries, const std::vector<py::bytes>& stored,
         const std::vector<SignedTreeHead>& heads, const VerifyingKey* key) {
        std::vector<Hash> hashes;
        for (const auto& b : stored) {
          std::string_view v = b;
          if (v.size() != Hash{}.size()) {
            throw ValidationError("a stored leaf hash is 32 bytes, got " +
                                  std::to_string(v.size()));
          }
          Hash h{};
          std::copy(v.begin(), v.end(), h.begin());
          hashes.push_back(h);
        }
        return verify_record_log(entries, hashes, heads, key);
      },
      py::arg("entries"), py::arg("stored_leaf_hashes"), py::arg("heads"), py::arg("key") = nullptr,
      "Checks entries against the leaf hashes stored at append time and trusted heads; reports "
      "the first bad position.");

  py::enum_<AvRequirement>(m, "AvRequirement")
      .value("REQUIRED", AvRequirement::kRequired, "全程音像记录")
      .value("RECOMMENDED", AvRequirement::kRecommended, "根据实际情况进行音像记录");
  py::class_<RecordingGap>(m, "RecordingGap", "A step without its audio or video record.")
      .def_readonly("step", &RecordingGap::step)
      .def_readonly("requirement", &RecordingGap::requirement)
      .def_readonly("reason", &RecordingGap::reason);
  py::class_<RecordingPolicy>(
      m, "RecordingPolicy",
      "Which steps need audio-video recording (data, after 国办发〔2018〕118号).")
      .def_static("builtin", &RecordingPolicy::builtin)
      .def_static("from_json", &RecordingPolicy::from_json, py::arg("text"),
                  py::arg("source") = "policy")
      .def_static("from_json_file", &RecordingPolicy::from_json_file, py::arg("path"))
      .def_property_readonly("name", &RecordingPolicy::name)
      .def("requirement", &RecordingPolicy::requirement, py::arg("step"))
      .def("gaps", &RecordingPolicy::gaps, py::arg("case"), py::arg("include_recommended") = false);
}

}  // namespace zhifa::python

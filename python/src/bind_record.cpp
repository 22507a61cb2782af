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
      py::arg("entry"),
      "leaf_hash(encode_record(entry)): the entry's leaf hash in the case's Merkle log (32 "
      "bytes).");
  m.def("record_problem", &record_problem, py::arg("entry"),
        "Why the entry cannot be appended as it is, or None.");
  m.def(
      "record_log", [](const std::vector<RecordEntry>& entries) { return record_log(entries); },
      py::arg("entries"), "The Merkle log of the entries, in order.");

  py::class_<LogVerification>(m, "LogVerification", "The result of checking a record log.")
      .def(
          "to_json", [](const LogVerification& v) { return to_json(v); },
          "As JSON, the object `zhifa verify --json` prints for a case (without its id and "
          "number): ok, entries, heads_checked, first_bad, reason.")
      .def_readonly("ok", &LogVerification::ok, "True when the log verified.")
      .def_readonly("first_bad", &LogVerification::first_bad,
                    "The first position found bad, or None: exact for an entry that does not match "
                    "its stored leaf hash or sequence number; for a log that matches its hashes "
                    "but not a trusted head, the first position no verified head covers.")
      .def_readonly("reason", &LogVerification::reason, "Why it failed; empty when ok.")
      .def_readonly("entries", &LogVerification::entries, "The number of entries checked.")
      .def_readonly("heads_checked", &LogVerification::heads_checked,
                    "The number of tree heads checked.")
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

  py::enum_<AvRequirement>(m, "AvRequirement",
                           "Whether a step must or should be recorded in audio and video.")
      .value("REQUIRED", AvRequirement::kRequired, "全程音像记录")
      .value("RECOMMENDED", AvRequirement::kRecommended, "根据实际情况进行音像记录");
  py::class_<RecordingGap>(m, "RecordingGap", "A step without its audio or video record.")
      .def_readonly("step", &RecordingGap::step, "The RecordStep lacking its audio or video entry.")
      .def_readonly("requirement", &RecordingGap::requirement,
                    "Required or recommended (AvRequirement).")
      .def_readonly("reason", &RecordingGap::reason, "Why the step needs the record, in words.");
  py::class_<RecordingPolicy>(
      m, "RecordingPolicy",
      "Which steps need audio-video recording (data, after 国办发〔2018〕118号).")
      .def_static("builtin", &RecordingPolicy::builtin,
                  "The built-in policy (data/recording/policy.json).")
      .def_static("from_json", &RecordingPolicy::from_json, py::arg("text"),
                  py::arg("source") = "policy",
                  "A policy from JSON text (docs/recording.md). Raises zhifa.DataFileError naming "
                  "the source and the JSON path.")
      .def_static("from_json_file", &RecordingPolicy::from_json_file, py::arg("path"),
                  "A policy from a JSON file. Raises zhifa.DataFileError.")
      .def_property_readonly("name", &RecordingPolicy::name, "The policy's name.")
      .def("requirement", &RecordingPolicy::requirement, py::arg("step"),
           "What the policy asks of the step (AvRequirement), or None when it does not cover it.")
      .def("gaps", &RecordingPolicy::gaps, py::arg("case"), py::arg("include_recommended") = false,
           "The steps that took place in the case (a record entry of the step, a hearing held, a "
           "service), are covered by the policy and have no audio or video entry (RecordingGap "
           "list). Without include_recommended, only required steps.");
}

}  // namespace zhifa::python

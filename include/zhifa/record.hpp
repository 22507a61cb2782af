// 执法全过程记录 (full-process recording, 行政处罚法 Art. 47): the canonical encoding of a case's
// record entries, their Merkle log (merkle.hpp), verification of a stored log against the leaf
// hashes kept at append time and against trusted tree heads, and which steps require
// audio-video recording (a policy, as data).
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/case.hpp"
#include "zhifa/merkle.hpp"

namespace zhifa {

/// The canonical byte encoding of a record entry, version 1: the leaf of the Merkle log. Not a
/// Boost archive: a fixed layout that another implementation can reproduce.
///   "ZFRE" 0x01, then seq as 8 bytes big-endian, then the fields on, time, place, officers,
///   step, kind, description, media_sha256, media_ref. A text field is its UTF-8 byte length
///   (4 bytes big-endian) and bytes; `on` is "YYYY-MM-DD"; officers is the count (4 bytes
///   big-endian) then each id as a text field; step and kind are their names ("seizure",
///   "video"), so the encoding does not depend on enumeration order.
std::string encode_record(const RecordEntry& entry);

/// leaf_hash(encode_record(entry)).
Hash record_leaf_hash(const RecordEntry& entry);

/// Why the entry cannot be appended as it is (time not "HH:MM[:SS]", a photo, audio or video
/// without a well-formed SHA-256 of 64 lowercase hex digits, a malformed hash on another kind,
/// no officer), or nothing.
std::optional<std::string> record_problem(const RecordEntry& entry);

/// The Merkle log of the entries, in order.
MerkleLog record_log(std::span<const RecordEntry> entries);

/// The result of checking a log.
struct LogVerification {
  bool ok = true;
  /// The first position found bad: exact for an entry that does not match its stored leaf hash
  /// or sequence number; for a log that matches its stored hashes but not a trusted head, the
  /// first position that no verified head covers.
  std::optional<std::uint64_t> first_bad;
  std::string reason;
  std::uint64_t entries = 0;
  std::uint64_t heads_checked = 0;
};

/// A verification as one JSON object (`zhifa verify --json` adds the case's id and number): ok,
/// entries, heads_checked, first_bad (or null), reason.
std::string to_json(const LogVerification& verification);

/// Checks a stored log: each entry's sequence number is its position (a deletion, insertion or
/// reordering shows at its first position), each entry matches the leaf hash stored when it was
/// appended (an edit shows at its position), and every trusted head's root is the root of the
/// first head.size entries (an edit that also rewrote the stored hashes shows here). A head is
/// trusted when it verifies with `key` (every head given must, when a key is given) or, without a
/// key, as given. A head larger than the log means entries were deleted at the end.
LogVerification verify_record_log(std::span<const RecordEntry> entries,
                                  std::span<const Hash> stored_leaf_hashes,
                                  std::span<const SignedTreeHead> heads,
                                  const VerifyingKey* key = nullptr);

/// Whether a step must or should be recorded in audio and video.
enum class AvRequirement {
  kRequired,  ///< 全程音像记录 (seizure, forced demolition, the case-handling premises)
  kRecommended,  ///< 根据实际情况进行音像记录 (inspection, evidence, preservation, hearing,
                 ///< service)
};

/// A step of the case that the policy covers but that lacks an audio or video entry.
struct RecordingGap {
  RecordStep step = RecordStep::kOther;
  AvRequirement requirement = AvRequirement::kRequired;
  std::string reason;
};

/// Which steps need audio-video recording. The default follows 国办发〔2018〕118号 as reported
/// ([U] wording, substance corroborated by local lists): data a user can change.
class RecordingPolicy {
 public:
  /// The built-in policy (data/recording/policy.json).
  static RecordingPolicy builtin();
  /// Reads the format of docs/recording.md; DataFileError naming the source and JSON path.
  static RecordingPolicy from_json(std::string_view text, std::string_view source = "policy");
  static RecordingPolicy from_json_file(const std::string& path);

  const std::string& name() const { return name_; }
  std::optional<AvRequirement> requirement(RecordStep step) const;

  /// The steps that took place in the case (a record entry of the step; a hearing held; a
  /// service) and are covered by the policy but have no audio or video entry. With
  /// `include_recommended` false, only required steps.
  std::vector<RecordingGap> gaps(const Case& c, bool include_recommended = false) const;

 private:
  std::string name_;
  std::vector<std::pair<RecordStep, AvRequirement>> steps_;
};

std::string to_string(AvRequirement requirement);

}  // namespace zhifa

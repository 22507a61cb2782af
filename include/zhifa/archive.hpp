// Sealed electronic case files (电子案卷): one case with its full-process record, optionally the
// record's signed tree heads and the case's audit results, serialized and sealed in an envelope
// (magic, format version, zhifa version, payload form and length, SHA-256 of the payload, and an
// optional Ed25519 signature of the exporting agency). The layout, the limits and the versioning
// policy are in docs/archive.md.
//
// Reading is safe on hostile input: the envelope is checked completely (sizes, magic, versions,
// hash, signature) before any payload byte is decoded; decoding bounds every length and count by
// the bytes that remain and by the limits below; the decoded case is then validated. Every
// failure is an ArchiveError. No serialization-library header is included here.
//
// Thread-safety: all functions are pure apart from the file functions' I/O; concurrent calls
// are safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/audit.hpp"
#include "zhifa/case.hpp"
#include "zhifa/merkle.hpp"

namespace zhifa {

/// How the payload is encoded. kBinary is compact and fast but readable only on platforms with
/// the same byte order and type sizes (little-endian, LP64: x86-64, AArch64 Linux); kXml is
/// portable text that a person can read.
enum class ArchiveForm { kBinary, kXml };

/// The envelope format this zhifa writes; it reads this one and none newer.
inline constexpr std::uint16_t kArchiveFormatVersion = 1;
/// The fixed size of the envelope header in bytes (docs/archive.md).
inline constexpr std::size_t kArchiveHeaderSize = 132;
/// The largest payload accepted or written: 256 MiB.
inline constexpr std::uint64_t kMaxArchivePayload = std::uint64_t{256} << 20;
/// The largest element count of any one list in a payload (parties, records, findings, ...).
inline constexpr std::uint64_t kMaxArchiveElements = 1'000'000;
/// The longest string in a binary payload: 64 MiB.
inline constexpr std::uint64_t kMaxArchiveString = std::uint64_t{64} << 20;

/// What an electronic case file holds. `record_heads` are tree heads of the case's record (e.g.
/// CaseStore::record_heads); `audit_results` are audits of the case (e.g. audit_case).
struct CaseArchive {
  Case c;
  std::vector<SignedTreeHead> record_heads;
  std::vector<AuditResult> audit_results;

  friend bool operator==(const CaseArchive&, const CaseArchive&) = default;
};

/// The envelope's fields as read from a file.
struct ArchiveEnvelope {
  std::uint16_t format_version = kArchiveFormatVersion;
  ArchiveForm form = ArchiveForm::kBinary;
  /// The zhifa version that wrote the file, "major.minor.patch".
  std::string zhifa_version;
  std::uint64_t payload_size = 0;
  Hash payload_sha256{};
  /// Set when the file is signed: the signer's key id (16 hex digits, see SignedTreeHead::key_id)
  /// and the signature (128 hex digits).
  std::optional<std::string> key_id;
  std::optional<std::string> signature;
};

/// What inspect_archive found.
struct ArchiveInspection {
  ArchiveEnvelope envelope;
  /// The payload's SHA-256 equals the envelope's.
  bool hash_ok = false;
  /// Set when a key was given and the file is signed: the signature verifies with that key.
  std::optional<bool> signature_ok;
  /// Empty when the envelope is well formed, the hash matches and, with a key, the signature
  /// verifies; otherwise why not.
  std::string problem;

  bool ok() const { return problem.empty(); }
};

/// How import checks signatures. With `key`: a signed file must carry that key's id and a valid
/// signature. With `require_signature`, an unsigned file is refused (a key is then needed).
struct ArchiveReadOptions {
  const VerifyingKey* key = nullptr;
  bool require_signature = false;
};

/// The name used in the CLI and Python ("binary", "xml"), and back (ValidationError naming the
/// text otherwise).
std::string to_string(ArchiveForm form);
ArchiveForm archive_form_from_string(const std::string& text);

/// Serializes the archive and seals it; signs it with `key` when given. Throws ArchiveError when
/// the case is inconsistent (case_inconsistency), its record out of order, the heads do not
/// match the record, or the payload would exceed a limit.
std::string export_archive(const CaseArchive& archive, ArchiveForm form = ArchiveForm::kBinary,
                           const SigningKey* key = nullptr);

/// Checks the envelope, then decodes and validates the payload; see the file comment. Throws
/// ArchiveError naming the failed check.
CaseArchive import_archive(std::string_view bytes, const ArchiveReadOptions& options = {});

/// Reads and checks the envelope only: structure, sizes, magic, versions, the payload's hash,
/// and (with a key, when the file is signed) the signature. Never throws for bad input: the
/// finding is in `problem`. Decodes nothing.
ArchiveInspection inspect_archive(std::string_view bytes, const VerifyingKey* key = nullptr);

/// export_archive written to `path` (replaced if it exists); ArchiveError naming the path when
/// it cannot be written.
void write_archive_file(const std::string& path, const CaseArchive& archive,
                        ArchiveForm form = ArchiveForm::kBinary, const SigningKey* key = nullptr);
/// import_archive of the file at `path`; ArchiveError naming the path when it cannot be read or
/// is larger than the header plus kMaxArchivePayload.
CaseArchive read_archive_file(const std::string& path, const ArchiveReadOptions& options = {});
/// The file's bytes, bounded as read_archive_file bounds them.
std::string read_archive_bytes(const std::string& path);

}  // namespace zhifa

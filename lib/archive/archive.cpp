#include "zhifa/archive.hpp"

#include <algorithm>
#include <array>
#include <boost/archive/archive_exception.hpp>
#include <cstring>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include "archive/serialize.hpp"
#include "zhifa/error.hpp"
#include "zhifa/record.hpp"
#include "zhifa/version.hpp"

namespace zhifa {
namespace {

// ---- the envelope (docs/archive.md) ----------------------------------------------------------

constexpr std::array<std::uint8_t, 8> kMagic = {0x89, 'Z', 'H', 'I', 'F', 'A', '\r', '\n'};
constexpr std::size_t kOffVersion = 8;
constexpr std::size_t kOffForm = 10;
constexpr std::size_t kOffFlags = 11;
constexpr std::size_t kOffZhifaVersion = 12;  // three u16: major, minor, patch
constexpr std::size_t kOffReserved = 18;
constexpr std::size_t kOffLength = 20;
constexpr std::size_t kOffHash = 28;
constexpr std::size_t kOffKeyId = 60;
constexpr std::size_t kOffSignature = 68;
constexpr std::size_t kSignedPrefix = kOffSignature;  // the header bytes the signature covers
static_assert(kOffSignature + 64 == kArchiveHeaderSize);

constexpr std::uint8_t kFormBinary = 1;
constexpr std::uint8_t kFormXml = 2;
constexpr std::uint8_t kFlagSigned = 1;

/// Domain separation: a signature over an archive header is never valid for anything else.
constexpr std::string_view kSignatureDomain = "zhifa case archive v1\n";

/// The signature at the start of a Boost archive (a binary payload: after its 64-bit length).
constexpr std::string_view kBoostSignature = "serialization::archive";

/// What xml_oarchive writes last; an XML payload must end with it (see decode()).
constexpr std::string_view kXmlTrailer = "</boost_serialization>\n\n";

void put_u16(std::string& out, std::size_t at, std::uint16_t v) {
  out[at] = static_cast<char>(v & 0xff);
  out[at + 1] = static_cast<char>(v >> 8);
}
void put_u64(std::string& out, std::size_t at, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}
std::uint8_t byte_at(std::string_view in, std::size_t at) {
  return static_cast<std::uint8_t>(in[at]);
}
std::uint16_t get_u16(std::string_view in, std::size_t at) {
  return static_cast<std::uint16_t>(byte_at(in, at) | (byte_at(in, at + 1) << 8));
}
std::uint64_t get_u64(std::string_view in, std::size_t at) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | byte_at(in, at + i);
  return v;
}

std::string hex_of(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (char c : bytes) {
    out += kDigits[static_cast<std::uint8_t>(c) >> 4];
    out += kDigits[static_cast<std::uint8_t>(c) & 15];
  }
  return out;
}

// The 8 raw bytes of a 16-hex-digit key id.
std::string key_id_bytes(const std::string& key_id) {
  std::string out;
  for (std::size_t i = 0; i + 1 < key_id.size(); i += 2) {
    out += static_cast<char>(std::stoi(key_id.substr(i, 2), nullptr, 16));
  }
  return out;
}

bool all_zero(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == 0; });
}

// Checks the envelope's structure (everything but hash and signature) and returns it; throws
// ArchiveError naming the first failed check.
ArchiveEnvelope parse_envelope(std::string_view in) {
  if (in.size() < kArchiveHeaderSize) {
    throw ArchiveError("archive truncated: " + std::to_string(in.size()) +
                       " bytes, the header alone has " + std::to_string(kArchiveHeaderSize));
  }
  if (std::memcmp(in.data(), kMagic.data(), kMagic.size()) != 0) {
    throw ArchiveError(
        "not a zhifa case archive: wrong magic " + hex_of(in.substr(0, 8)) + " (expected " +
        hex_of(std::string_view(reinterpret_cast<const char*>(kMagic.data()), 8)) + ")");
  }
  ArchiveEnvelope env;
  env.format_version = get_u16(in, kOffVersion);
  if (env.format_version != kArchiveFormatVersion) {
    throw ArchiveError("archive format version " + std::to_string(env.format_version) +
                       (env.format_version > kArchiveFormatVersion ? " is newer than" : " is not") +
                       " the version this zhifa reads (" + std::to_string(kArchiveFormatVersion) +
                       ")");
  }
  const std::uint8_t form = byte_at(in, kOffForm);
  if (form != kFormBinary && form != kFormXml) {
    throw ArchiveError("archive payload form " + std::to_string(form) +
                       " is unknown (1 binary, 2 xml)");
  }
  env.form = form == kFormBinary ? ArchiveForm::kBinary : ArchiveForm::kXml;
  const std::uint8_t flags = byte_at(in, kOffFlags);
  if ((flags & ~kFlagSigned) != 0) {
    throw ArchiveError("archive flags " + std::to_string(flags) + " has unknown bits set");
  }
  env.zhifa_version = std::to_string(get_u16(in, kOffZhifaVersion)) + "." +
                      std::to_string(get_u16(in, kOffZhifaVersion + 2)) + "." +
                      std::to_string(get_u16(in, kOffZhifaVersion + 4));
  if (get_u16(in, kOffReserved) != 0) throw ArchiveError("archive reserved field is not zero");
  env.payload_size = get_u64(in, kOffLength);
  if (env.payload_size > kMaxArchivePayload) {
    throw ArchiveError("archive payload length " + std::to_string(env.payload_size) +
                       " exceeds the limit " + std::to_string(kMaxArchivePayload));
  }
  const std::uint64_t available = in.size() - kArchiveHeaderSize;
  if (available < env.payload_size) {
    throw ArchiveError("archive truncated: payload length " + std::to_string(env.payload_size) +
                       " but " + std::to_string(available) + " bytes follow the header");
  }
  if (available > env.payload_size) {
    throw ArchiveError("archive has " + std::to_string(available - env.payload_size) +
                       " trailing bytes after the payload of " + std::to_string(env.payload_size));
  }
  std::memcpy(env.payload_sha256.data(), in.data() + kOffHash, 32);
  const std::string_view key_id = in.substr(kOffKeyId, 8);
  const std::string_view signature = in.substr(kOffSignature, 64);
  if (flags & kFlagSigned) {
    env.key_id = hex_of(key_id);
    env.signature = hex_of(signature);
  } else if (!all_zero(key_id) || !all_zero(signature)) {
    throw ArchiveError("archive is marked unsigned but carries a key id or signature");
  }
  return env;
}

// The problem with the hash or signature, or empty.
std::string seal_problem(std::string_view in, const ArchiveEnvelope& env, const VerifyingKey* key,
                         bool require_signature) {
  const Hash actual = sha256(in.substr(kArchiveHeaderSize));
  if (actual != env.payload_sha256) {
    return "archive payload SHA-256 " + to_hex(actual) + " does not match the envelope's " +
           to_hex(env.payload_sha256);
  }
  if (!env.signature) {
    if (require_signature) return "archive is not signed, and a signature is required";
    return {};
  }
  if (!key) {
    if (require_signature) return "archive is signed, but no key was given to verify it";
    return {};
  }
  if (*env.key_id != key->key_id()) {
    return "archive is signed by key " + *env.key_id + ", not by the given key " + key->key_id();
  }
  Signature sig{};
  std::memcpy(sig.data(), in.data() + kOffSignature, sig.size());
  std::string message(kSignatureDomain);
  message.append(in.substr(0, kSignedPrefix));
  if (!key->verify(message, sig)) {
    return "archive signature by key " + *env.key_id + " does not verify";
  }
  return {};
}

// Why the archive's content cannot be sealed or accepted, or nothing.
std::optional<std::string> content_problem(const CaseArchive& a) {
  if (auto why = case_inconsistency(a.c)) return "inconsistent case: " + *why;
  for (std::size_t i = 0; i < a.c.records.size(); ++i) {
    if (a.c.records[i].seq != i) {
      return "record entry " + std::to_string(i) + " has sequence number " +
             std::to_string(a.c.records[i].seq);
    }
  }
  if (!a.record_heads.empty()) {
    std::vector<Hash> leaves;
    leaves.reserve(a.c.records.size());
    for (const RecordEntry& e : a.c.records) leaves.push_back(record_leaf_hash(e));
    LogVerification v = verify_record_log(a.c.records, leaves, a.record_heads, nullptr);
    if (!v.ok) return "record heads do not match the record: " + v.reason;
  }
  for (const AuditResult& r : a.audit_results) {
    if (r.case_id != a.c.id) {
      return "audit result for case id " + std::to_string(r.case_id) + " in the archive of case " +
             std::to_string(a.c.id);
    }
  }
  return std::nullopt;
}

std::string encode(const CaseArchive& archive, ArchiveForm form) {
  std::ostringstream os;
  {
    if (form == ArchiveForm::kBinary) {
      boost::archive::binary_oarchive oa(os);
      oa << boost::serialization::make_nvp("case_archive", archive);
    } else {
      boost::archive::xml_oarchive oa(os);
      oa << boost::serialization::make_nvp("case_archive", archive);
    }
  }  // the XML archive writes its closing tag here
  return std::move(os).str();
}

CaseArchive decode(std::string_view payload, ArchiveForm form) {
  CaseArchive out;
  archive_detail::BoundedBuf buf(payload);
  archive_detail::LoadScope scope(buf);
  if (form == ArchiveForm::kBinary) {
    // Boost 1.74 reads its header's signature string with an unchecked length; so the payload
    // must start with exactly the length and signature binary_oarchive writes.
    std::string signature(8, '\0');
    signature[0] = static_cast<char>(kBoostSignature.size());
    signature.append(kBoostSignature);
    if (payload.substr(0, signature.size()) != signature) {
      throw ArchiveError("archive binary payload does not start with the serialization header");
    }
    boost::archive::binary_iarchive ia(buf);
    ia >> boost::serialization::make_nvp("case_archive", out);
  } else {
    // xml_iarchive reads its closing tag in its destructor, where a read error would end the
    // process; so the payload must end with that tag, which guarantees the read finds a '>'.
    if (payload.size() < kXmlTrailer.size() ||
        payload.substr(payload.size() - kXmlTrailer.size()) != kXmlTrailer) {
      throw ArchiveError("archive XML payload does not end with " +
                         std::string(kXmlTrailer.substr(0, kXmlTrailer.size() - 2)));
    }
    std::istream is(&buf);
    {
      // Boost 1.74's end-tag check (basic_xml_iarchive::load_end) reads past the expected name
      // when the input's tag name is longer: it is switched off. Fields are read by position
      // and every value is parsed and validated, so a wrong tag name still fails to load.
      boost::archive::xml_iarchive ia(is, boost::archive::no_xml_tag_checking);
      ia >> boost::serialization::make_nvp("case_archive", out);
    }
    if (buf.remaining() != 2) {  // the final tag was read: only its two newlines are left
      throw ArchiveError("archive XML payload has " + std::to_string(buf.remaining() - 2) +
                         " unread bytes after the case");
    }
    return out;
  }
  if (buf.remaining() != 0) {
    throw ArchiveError("archive binary payload has " + std::to_string(buf.remaining()) +
                       " unread bytes after the case");
  }
  return out;
}

// Runs `f`, turning every exception into an ArchiveError that starts with `what`.
template <class F>
auto translated(const std::string& what, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const ArchiveError& e) {
    throw ArchiveError(what + ": " + e.what());
  } catch (const boost::archive::archive_exception& e) {
    throw ArchiveError(what + ": serialization error (boost archive_exception code " +
                       std::to_string(static_cast<int>(e.code)) + "): " + e.what());
  } catch (const std::exception& e) {
    throw ArchiveError(what + ": " + e.what());
  }
}

bool has_xml_unsafe_char(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && u != '\t' && u != '\n';
  });
}

}  // namespace

std::string to_string(ArchiveForm form) { return form == ArchiveForm::kBinary ? "binary" : "xml"; }

ArchiveForm archive_form_from_string(const std::string& text) {
  if (text == "binary") return ArchiveForm::kBinary;
  if (text == "xml") return ArchiveForm::kXml;
  throw ValidationError("archive form '" + text + "' is not one of: binary, xml");
}

std::string export_archive(const CaseArchive& archive, ArchiveForm form, const SigningKey* key) {
  if (auto why = content_problem(archive)) throw ArchiveError("cannot export archive: " + *why);
  std::string payload = translated("cannot export archive", [&] { return encode(archive, form); });
  if (form == ArchiveForm::kXml) {
    // Text the XML form cannot carry back exactly (control characters) is refused here rather
    // than written into a file that would not import.
    if (has_xml_unsafe_char(payload)) {
      throw ArchiveError(
          "cannot export archive as XML: a text field holds a control character; use the binary "
          "form");
    }
  }
  if (payload.size() > kMaxArchivePayload) {
    throw ArchiveError("cannot export archive: payload of " + std::to_string(payload.size()) +
                       " bytes exceeds the limit " + std::to_string(kMaxArchivePayload));
  }
  std::string out(kArchiveHeaderSize, '\0');
  std::memcpy(out.data(), kMagic.data(), kMagic.size());
  put_u16(out, kOffVersion, kArchiveFormatVersion);
  out[kOffForm] = static_cast<char>(form == ArchiveForm::kBinary ? kFormBinary : kFormXml);
  out[kOffFlags] = static_cast<char>(key ? kFlagSigned : 0);
  put_u16(out, kOffZhifaVersion, ZHIFA_VERSION_MAJOR);
  put_u16(out, kOffZhifaVersion + 2, ZHIFA_VERSION_MINOR);
  put_u16(out, kOffZhifaVersion + 4, ZHIFA_VERSION_PATCH);
  put_u64(out, kOffLength, payload.size());
  const Hash digest = sha256(payload);
  std::memcpy(out.data() + kOffHash, digest.data(), digest.size());
  if (key) {
    const std::string id = key_id_bytes(key->key_id());
    std::memcpy(out.data() + kOffKeyId, id.data(), std::min<std::size_t>(id.size(), 8));
    std::string message(kSignatureDomain);
    message.append(out, 0, kSignedPrefix);
    const Signature sig = key->sign(message);
    std::memcpy(out.data() + kOffSignature, sig.data(), sig.size());
  }
  out += payload;
  return out;
}

CaseArchive import_archive(std::string_view bytes, const ArchiveReadOptions& options) {
  const ArchiveEnvelope env = parse_envelope(bytes);
  if (std::string why = seal_problem(bytes, env, options.key, options.require_signature);
      !why.empty()) {
    throw ArchiveError(why);
  }
  CaseArchive out = translated("archive payload does not decode",
                               [&] { return decode(bytes.substr(kArchiveHeaderSize), env.form); });
  if (auto why = content_problem(out)) throw ArchiveError("archive rejected: " + *why);
  return out;
}

ArchiveInspection inspect_archive(std::string_view bytes, const VerifyingKey* key) {
  ArchiveInspection result;
  try {
    result.envelope = parse_envelope(bytes);
  } catch (const ArchiveError& e) {
    result.problem = e.what();
    return result;
  }
  result.hash_ok = sha256(bytes.substr(kArchiveHeaderSize)) == result.envelope.payload_sha256;
  result.problem = seal_problem(bytes, result.envelope, key, false);
  if (result.hash_ok && key && result.envelope.signature) result.signature_ok = result.ok();
  return result;
}

void write_archive_file(const std::string& path, const CaseArchive& archive, ArchiveForm form,
                        const SigningKey* key) {
  const std::string bytes = export_archive(archive, form, key);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) throw ArchiveError("cannot write archive file " + path);
}

std::string read_archive_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ArchiveError("cannot open archive file " + path);
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) throw ArchiveError("cannot read archive file " + path);
  if (static_cast<std::uint64_t>(size) > kArchiveHeaderSize + kMaxArchivePayload) {
    throw ArchiveError("archive file " + path + " has " + std::to_string(size) +
                       " bytes, more than the limit " +
                       std::to_string(kArchiveHeaderSize + kMaxArchivePayload));
  }
  in.seekg(0, std::ios::beg);
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.read(bytes.data(), size);
  if (in.gcount() != size) throw ArchiveError("cannot read archive file " + path);
  return bytes;
}

CaseArchive read_archive_file(const std::string& path, const ArchiveReadOptions& options) {
  const std::string bytes = read_archive_bytes(path);
  try {
    return import_archive(bytes, options);
  } catch (const ArchiveError& e) {
    throw ArchiveError(path + ": " + e.what());
  }
}

}  // namespace zhifa

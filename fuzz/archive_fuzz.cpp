// libFuzzer target for the import path of electronic case files (archive.hpp). The first byte
// chooses what the rest is:
//   0: a whole file, as read from disk (envelope checks first, then the payload);
//   1: a binary payload, sealed here with a correct envelope (length and SHA-256), so that the
//      fuzzer reaches the decoder past the hash check;
//   2: the same for an XML payload.
// Contract checked: import_archive and inspect_archive return or throw zhifa::ArchiveError,
// nothing else; a case that imports exports again and imports to the same value. Any other
// exception, crash, sanitizer report or leak is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "zhifa/archive.hpp"
#include "zhifa/error.hpp"

namespace {

// The header of an unsigned archive with `form` and `payload`.
std::string sealed(zhifa::ArchiveForm form, std::string_view payload) {
  static const std::string header =
      zhifa::export_archive(zhifa::CaseArchive{}).substr(0, zhifa::kArchiveHeaderSize);
  std::string out = header;
  out[10] = static_cast<char>(form == zhifa::ArchiveForm::kBinary ? 1 : 2);
  const std::uint64_t n = payload.size();
  for (int i = 0; i < 8; ++i) out[20 + i] = static_cast<char>((n >> (8 * i)) & 0xff);
  const zhifa::Hash h = zhifa::sha256(payload);
  for (std::size_t i = 0; i < h.size(); ++i) out[28 + i] = static_cast<char>(h[i]);
  out.append(payload);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::string bytes;
  switch (data[0] % 3) {
    case 0:
      bytes.assign(rest);
      break;
    case 1:
      bytes = sealed(zhifa::ArchiveForm::kBinary, rest);
      break;
    default:
      bytes = sealed(zhifa::ArchiveForm::kXml, rest);
      break;
  }
  (void)zhifa::inspect_archive(bytes);
  try {
    const zhifa::CaseArchive a = zhifa::import_archive(bytes);
    for (zhifa::ArchiveForm form : {zhifa::ArchiveForm::kBinary, zhifa::ArchiveForm::kXml}) {
      std::string again;
      try {
        again = zhifa::export_archive(a, form);
      } catch (const zhifa::ArchiveError&) {
        continue;  // e.g. control characters that only the binary form carries
      }
      if (!(zhifa::import_archive(again) == a)) std::abort();
    }
  } catch (const zhifa::ArchiveError&) {
  }
  return 0;
}

// zhifa archive: electronic case files (电子案卷, archive.hpp) — export a store's cases to a
// folder, import a folder, inspect one file's envelope.
#include <iostream>
#include <optional>

#include "cli.hpp"
#include "zhifa/archive.hpp"
#include "zhifa/archive_batch.hpp"

namespace zhifa::cli {
namespace {

const char* kArchiveHelp =
    "usage: zhifa archive export --out DIR [--form binary|xml] [--key PRIVATE.pem] [filters]\n"
    "       zhifa archive import DIR [--db PATH] [--key PUBLIC.pem]\n"
    "       zhifa archive inspect FILE [--key PUBLIC.pem]\n\n"
    "Electronic case files (docs/archive.md): one sealed file per case, named case-<id>.zcf.\n"
    "export writes the matching cases of the store with their record heads, signed with the\n"
    "agency's key when given; import checks every file (with --key, each must be signed by it)\n"
    "and then adds all cases in one transaction; inspect prints a file's envelope and checks its\n"
    "hash and, with --key, its signature: exit 1 when it does not verify.\n\noptions";

int archive_export(const po::variables_map& vm) {
  if (!vm.count("out")) throw UsageError("zhifa archive export: --out DIR is required");
  const ArchiveForm form = archive_form_from_string(vm["form"].as<std::string>());
  std::optional<SigningKey> key;
  if (vm.count("key")) key = SigningKey::from_pem_file(vm["key"].as<std::string>());
  CaseStore store = open_existing(vm);
  const std::size_t n = export_archives(store, vm["out"].as<std::string>(), filter_from(vm), form,
                                        key ? &*key : nullptr);
  std::cout << n << " case file(s) written to " << vm["out"].as<std::string>() << " ("
            << to_string(form) << (key ? ", signed by key " + key->key_id() : "") << ")\n";
  return kOk;
}

int archive_import(const po::variables_map& vm) {
  if (!vm.count("path")) throw UsageError("zhifa archive import: the folder DIR is required");
  std::optional<VerifyingKey> key;
  if (vm.count("key")) key = VerifyingKey::from_pem_file(vm["key"].as<std::string>());
  CaseStore store(db_path(vm));
  const std::size_t n = import_archives(store, vm["path"].as<std::string>(),
                                        ArchiveReadOptions{key ? &*key : nullptr, key.has_value()});
  std::cout << n << " case(s) imported into " << store.path() << "\n";
  return kOk;
}

int archive_inspect(const po::variables_map& vm) {
  if (!vm.count("path")) throw UsageError("zhifa archive inspect: the FILE is required");
  std::optional<VerifyingKey> key;
  if (vm.count("key")) key = VerifyingKey::from_pem_file(vm["key"].as<std::string>());
  const std::string path = vm["path"].as<std::string>();
  const ArchiveInspection r = inspect_archive(read_archive_bytes(path), key ? &*key : nullptr);
  const ArchiveEnvelope& e = r.envelope;
  std::cout << "file:            " << path << "\n";
  if (!e.zhifa_version.empty()) {
    std::cout << "format version:  " << e.format_version << "\n"
              << "payload form:    " << to_string(e.form) << "\n"
              << "written by:      zhifa " << e.zhifa_version << "\n"
              << "payload length:  " << e.payload_size << " bytes\n"
              << "payload SHA-256: " << to_hex(e.payload_sha256) << " ("
              << (r.hash_ok ? "matches" : "DOES NOT MATCH") << ")\n"
              << "signature:       ";
    if (!e.signature) {
      std::cout << "none\n";
    } else {
      std::cout << "key " << *e.key_id << ", "
                << (r.signature_ok ? (*r.signature_ok ? "verifies" : "DOES NOT VERIFY")
                                   : "not checked (no --key)")
                << "\n";
    }
  }
  if (!r.ok()) {
    std::cout << "problem:         " << r.problem << "\n";
    return kFinding;
  }
  std::cout << "verified:        yes\n";
  return kOk;
}

}  // namespace

int cmd_archive(const std::vector<std::string>& args) {
  po::options_description d(kArchiveHelp);
  d.add_options()("help", "this text")("action", po::value<std::string>(),
                                       "export, import or inspect")(
      "path", po::value<std::string>(), "the folder (import) or file (inspect)")(
      "out", po::value<std::string>(), "export: the folder to write")(
      "form", po::value<std::string>()->default_value("binary"), "export: binary or xml")(
      "key", po::value<std::string>(),
      "export: the agency's private key (PEM) to sign with; import, inspect: its public key");
  add_db_option(d);
  add_filter_options(d);
  po::positional_options_description pos;
  pos.add("action", 1).add("path", 1);
  auto vm = parse(args, d, pos);
  if (help(vm, d)) return kOk;
  if (!vm.count("action")) throw UsageError(std::string(kArchiveHelp).substr(0, 200));
  const std::string action = vm["action"].as<std::string>();
  if (action == "export") return archive_export(vm);
  if (action == "import") return archive_import(vm);
  if (action == "inspect") return archive_inspect(vm);
  throw UsageError("zhifa archive: unknown action '" + action + "' (export, import or inspect)");
}

}  // namespace zhifa::cli

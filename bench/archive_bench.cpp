// Electronic case files: archives per second for save (export_archive) and load (import_archive,
// all checks included) in both forms, against the JSON interchange format (to_json /
// case_from_json) of the same synthetic cases, measured in the same run and printed as ratios.
// Not part of the test pass/fail.
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "zhifa/archive.hpp"
#include "zhifa/case_json.hpp"
#include "zhifa/synthetic.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// Items per second of `f` run over `n` items, repeated until at least 0.5 s have passed.
double rate(std::size_t n, const std::function<void()>& f) {
  std::size_t done = 0;
  const auto start = Clock::now();
  double seconds = 0;
  do {
    f();
    done += n;
    seconds = std::chrono::duration<double>(Clock::now() - start).count();
  } while (seconds < 0.5);
  return static_cast<double>(done) / seconds;
}

}  // namespace

int main() {
  zhifa::SyntheticCaseGenerator g;
  std::vector<zhifa::CaseArchive> archives;
  for (int i = 0; i < 500; ++i) archives.push_back({g.next().c, {}, {}});
  const std::size_t n = archives.size();

  std::vector<std::string> json(n), bin(n), xml(n);
  for (std::size_t i = 0; i < n; ++i) {
    json[i] = zhifa::to_json(archives[i].c);
    bin[i] = zhifa::export_archive(archives[i], zhifa::ArchiveForm::kBinary);
    xml[i] = zhifa::export_archive(archives[i], zhifa::ArchiveForm::kXml);
  }
  std::size_t sink = 0;
  const double json_save = rate(n, [&] {
    for (const auto& a : archives) sink += zhifa::to_json(a.c).size();
  });
  const double json_load = rate(n, [&] {
    for (const auto& s : json) sink += zhifa::case_from_json(s).records.size();
  });
  auto save = [&](zhifa::ArchiveForm form) {
    return rate(n, [&] {
      for (const auto& a : archives) sink += zhifa::export_archive(a, form).size();
    });
  };
  auto load = [&](const std::vector<std::string>& files) {
    return rate(n, [&] {
      for (const auto& s : files) sink += zhifa::import_archive(s).c.records.size();
    });
  };
  const double bin_save = save(zhifa::ArchiveForm::kBinary);
  const double bin_load = load(bin);
  const double xml_save = save(zhifa::ArchiveForm::kXml);
  const double xml_load = load(xml);

  std::size_t json_bytes = 0, bin_bytes = 0, xml_bytes = 0;
  for (std::size_t i = 0; i < n; ++i) {
    json_bytes += json[i].size();
    bin_bytes += bin[i].size();
    xml_bytes += xml[i].size();
  }
  std::printf("%zu synthetic cases; baseline: JSON (to_json / case_from_json)\n", n);
  std::printf("%-8s %12s %12s %10s %10s %12s\n", "format", "save/s", "load/s", "save/JSON",
              "load/JSON", "bytes/case");
  std::printf("%-8s %12.0f %12.0f %10.2f %10.2f %12zu\n", "json", json_save, json_load, 1.0, 1.0,
              json_bytes / n);
  std::printf("%-8s %12.0f %12.0f %10.2f %10.2f %12zu\n", "binary", bin_save, bin_load,
              bin_save / json_save, bin_load / json_load, bin_bytes / n);
  std::printf("%-8s %12.0f %12.0f %10.2f %10.2f %12zu\n", "xml", xml_save, xml_load,
              xml_save / json_save, xml_load / json_load, xml_bytes / n);
  std::printf("(checksum %zu)\n", sink);
  return 0;
}

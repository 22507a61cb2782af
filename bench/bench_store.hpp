// Shared by the benchmarks: filling a store with the synthetic generator's cases.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "zhifa/case_store.hpp"
#include "zhifa/synthetic.hpp"

namespace zhifa::bench {

/// Adds `n` synthetic cases of the demo agency to the store at `path` (registering the agency),
/// in transactions of `chunk` cases, showing progress on stderr.
inline void fill_synthetic_store(const std::string& path, std::int64_t n,
                                 std::size_t chunk = 20000) {
  CaseStore store(path);
  SyntheticCaseGenerator gen;
  store.register_agency(gen.agency());
  std::vector<Case> cases;
  for (std::int64_t i = 0; i < n; ++i) {
    cases.push_back(gen.next().c);
    if (cases.size() == chunk || i + 1 == n) {
      store.add_all(cases);
      cases.clear();
      std::fprintf(stderr, "\rfilling %s: %lld/%lld", path.c_str(), static_cast<long long>(i + 1),
                   static_cast<long long>(n));
    }
  }
  std::fprintf(stderr, "\n");
}

}  // namespace zhifa::bench

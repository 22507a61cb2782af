// A deterministic generator of realistic synthetic case files: a city Development and Reform
// Commission's year of penalty cases, with valid identifiers, dates on the official calendar,
// the DRC violation items of 招标投标法, 企业投资项目核准和备案管理条例,
// 节约能源法, 粮食流通管理条例, 石油天然气管道保护法, and a controlled share of procedural
// defects. Used by the demo, the tests and the benchmarks. The same seed gives the same cases on
// every platform (the generator uses its own integer arithmetic, not std:: distributions).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "zhifa/agency.hpp"
#include "zhifa/case.hpp"
#include "zhifa/procedure.hpp"

namespace zhifa {

struct SyntheticOptions {
  std::uint64_t seed = 20250101;
  int year = 2025;          ///< leads fall in this year; it and the next must be on the calendar
  int defect_percent = 15;  ///< share of cases with one injected procedural defect (0-100)
  int open_percent = 8;     ///< share of cases left open at some stage
  int simple_percent = 10;  ///< share decided on the spot (simple procedure)
};

/// One generated case and the defects injected into it (empty for a clean case). Defect names:
/// service_late (Art. 61), decision_overdue (Art. 60), single_investigator (Art. 42),
/// missing_legal_review (Art. 58), notice_missing (Art. 44), payment_late (Art. 67, 72).
struct SyntheticCase {
  Case c;
  std::vector<std::string> defects;
};

class SyntheticCaseGenerator {
 public:
  /// Throws ValidationError for percentages outside 0-100 or a year the calendar does not cover
  /// together with the next one.
  explicit SyntheticCaseGenerator(SyntheticOptions options = {});

  /// The agency the cases belong to (大连市发展和改革委员会, its power items and officers).
  const Agency& agency() const { return agency_; }
  const Procedure& procedure() const { return procedure_; }

  /// The next case of the sequence.
  SyntheticCase next();

 private:
  std::uint64_t below(std::uint64_t n);  // uniform in [0, n)
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo + 1)));
  }
  bool percent(int p) { return below(100) < static_cast<std::uint64_t>(p); }
  Date working_day_after(Date d, int min_days, int max_days);

  SyntheticOptions options_;
  std::uint64_t state_;
  Agency agency_;
  Procedure procedure_;
  int serial_ = 0;
};

/// The generator's agency, for callers that need it without generating.
Agency synthetic_agency();

}  // namespace zhifa

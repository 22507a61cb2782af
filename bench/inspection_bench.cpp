// Cost of the double-random draw (双随机, 国办发〔2015〕58号) over a large directory, printed next
// to a baseline measured in the same run: computing one ticket (SHA-256) per entity and nothing
// else. The ratio says how much the draw adds to the hashing it cannot avoid (snapshot hashes,
// stratification, selection, team assignment). The machines are noisy; read the ratios, not the
// absolute times. Not part of the tests.
//
//   inspection_bench [ENTITIES [INSPECTORS]]   default 1,000,000 entities, 5,000 inspectors
//
// Expected: a ratio below 10 (about 6 on a loaded 2-core machine): besides the tickets, the draw
// sorts the directory by credit code, encodes every entity once for the snapshot hash, and
// spends O(log inspectors) per team member.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "zhifa/inspection.hpp"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string code(long i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "91%016ld", i);
  return buf;
}

}  // namespace

int main(int argc, char** argv) {
  const long n_entities = argc > 1 ? std::atol(argv[1]) : 1000000;
  const long n_inspectors = argc > 2 ? std::atol(argv[2]) : 5000;
  const auto day = [](const char* s) { return zhifa::parse_iso_date(s); };

  // Classes in the proportions of a typical local directory: A 40 %, B 40 %, C 15 %, D 5 %.
  std::vector<zhifa::InspectionEntity> entities;
  entities.reserve(static_cast<std::size_t>(n_entities));
  for (long i = 0; i < n_entities; ++i) {
    const long m = i % 20;
    const char* cls = m < 8 ? "A" : m < 16 ? "B" : m < 19 ? "C" : "D";
    zhifa::InspectionEntity e{code(i), "企业" + std::to_string(i), "零售", "中山区", cls, {}};
    if (i % 13 == 0) e.history.push_back({day("2025-03-01"), "价格监督检查"});
    entities.push_back(std::move(e));
  }
  std::vector<zhifa::Inspector> inspectors;
  for (long i = 0; i < n_inspectors; ++i) {
    zhifa::Inspector ins;
    ins.id = "I" + std::to_string(100000 + i);
    ins.name = "检查员" + std::to_string(i);
    ins.certificates.push_back(
        {"C" + std::to_string(i), day("2024-01-01"), day("2027-12-31"), "DLDRC"});
    for (long k = 0; k < 3; ++k) {
      ins.conflicts.push_back({code((i * 7919 + k * 104729) % n_entities), "亲属任职"});
    }
    inspectors.push_back(std::move(ins));
  }
  zhifa::InspectionPlan plan;
  plan.id = "BENCH";
  plan.agency_code = "DLDRC";
  plan.items.push_back({"价格监督检查", "价格法 Art. 33", "DLDRC", "价格行为", "实地核查", "", ""});
  plan.start = day("2025-06-02");
  plan.end = day("2025-06-30");
  plan.frequency_from = day("2025-01-01");
  plan.quotas = {{"A", 300, 1}, {"B", 500, 1}, {"C", 2000, 2}, {"D", 6100, std::nullopt}};

  auto t0 = Clock::now();
  unsigned long long sink = 0;
  for (const auto& e : entities) sink += zhifa::draw_ticket("bench seed", "entity", e.credit_code);
  const double baseline = seconds_since(t0);

  t0 = Clock::now();
  const auto record = zhifa::draw(plan, entities, inspectors, "bench seed");
  const double draw_s = seconds_since(t0);

  t0 = Clock::now();
  const auto same = zhifa::replay(record, plan, entities, inspectors);
  const double replay_s = seconds_since(t0);

  std::printf("entities %ld, inspectors %ld, selected %zu, without team %zu (checksum %llx)\n",
              n_entities, n_inspectors, record.selections.size(), record.failures.size(),
              sink & 0xffff);
  std::printf("baseline: %ld tickets (SHA-256)   %8.3f s\n", n_entities, baseline);
  std::printf("draw                               %8.3f s   ratio %.2f\n", draw_s,
              draw_s / baseline);
  std::printf("replay (%s)                     %8.3f s   ratio %.2f\n",
              same.match ? "match" : "MISMATCH", replay_s, replay_s / baseline);
  return same.match ? 0 : 1;
}

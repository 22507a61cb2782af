#include "zhifa/agency.hpp"

#include <algorithm>

#include "zhifa/error.hpp"

namespace zhifa {

const PowerItem& Agency::power(const std::string& power_code) const {
  for (const auto& p : powers) {
    if (p.code == power_code) return p;
  }
  throw NotFoundError("agency " + code + " (" + name + ") holds no power item '" + power_code +
                      "'");
}

const Officer& Agency::officer(const std::string& id) const {
  for (const auto& o : officers) {
    if (o.id == id) return o;
  }
  throw NotFoundError("agency " + code + " (" + name + ") has no officer '" + id + "'");
}

bool Agency::holds_power(const std::string& power_code) const {
  return std::any_of(powers.begin(), powers.end(),
                     [&](const PowerItem& p) { return p.code == power_code; });
}

std::string Agency::case_number(int year, int serial) const {
  if (serial <= 0)
    throw ValidationError("case serial numbers start at 1, got " + std::to_string(serial));
  return case_prefix + "〔" + std::to_string(year) + "〕" + std::to_string(serial) + "号";
}

std::string to_string(PowerKind kind) {
  switch (kind) {
    case PowerKind::kPenalty:
      return "penalty";
    case PowerKind::kCompulsion:
      return "compulsion";
    case PowerKind::kInspection:
      return "inspection";
    case PowerKind::kLicensing:
      return "licensing";
    case PowerKind::kOther:
      return "other";
  }
  return "?";
}

}  // namespace zhifa

// Private: zhifa's built-in audit checks, registered in CheckRegistry::builtin().
#pragma once

#include <vector>

#include "zhifa/audit.hpp"

namespace zhifa::detail {

/// Every built-in check, each citing its article and naming the case parts it reads.
std::vector<AuditCheck> builtin_checks();

}  // namespace zhifa::detail

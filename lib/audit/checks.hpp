// Private: zhifa's built-in audit checks, registered in CheckRegistry::builtin().
#pragma once

#include <string_view>
#include <vector>

#include "zhifa/audit.hpp"

namespace zhifa::detail {

/// Every built-in check, each citing its article.
std::vector<AuditCheck> builtin_checks();

/// Whether the check reads the case's deadlines (so cannot run when they cannot be computed).
bool uses_deadlines(std::string_view check_id);

}  // namespace zhifa::detail

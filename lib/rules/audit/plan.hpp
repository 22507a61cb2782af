// Private: a standard's checks resolved against a context's registry once, for the many audits of
// a batch (the public audit_case resolves them on every call).
#pragma once

#include <vector>

#include "zhifa/audit.hpp"

namespace zhifa::detail {

struct AuditPlan {
  std::vector<std::vector<const AuditCheck*>> checks;  ///< per item of the standard, in order
  bool deadlines = false;                              ///< whether any check reads them
};

/// ValidationError naming the item and the check when the context's registry lacks a check.
AuditPlan plan_audit(const AuditContext& context, const Standard& standard);

/// audit_case with the plan of (context, standard).
AuditResult audit_case(const Case& c, const AuditContext& context, const Standard& standard,
                       const AuditPlan& plan);

}  // namespace zhifa::detail

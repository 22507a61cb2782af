// Private: date arithmetic shared by LegalPeriod and Deadline.
#pragma once

#include "zhifa/legal_period.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa::detail {

/// `d` moved by `n` months (n may be negative), keeping the day of the month or clamping to the
/// month's last day (民法典 Art. 202).
Date add_months(Date d, int n);

/// `d` moved by `n` units (n may be negative; the start day itself is not counted).
Date advance(Date d, int n, PeriodUnit unit, const WorkCalendar& calendar);

}  // namespace zhifa::detail

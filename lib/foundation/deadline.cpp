#include "zhifa/deadline.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "foundation/period_math.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

using boost::gregorian::date_duration;

Citation start_day_rule() {
  return Citation{"民法典", 201, 0, 0, "start day not counted; likewise 民事诉讼法 Art. 85"};
}

std::string units(int n, PeriodUnit unit) { return std::to_string(n) + " " + unit_name(unit); }

std::string describe_day(const WorkCalendar& cal, Date d) {
  switch (cal.day_kind(d)) {
    case DayKind::kStatutoryHoliday:
      return "a statutory holiday (" + cal.holiday_name(d).value_or("") + ")";
    case DayKind::kRestDay:
      return "a rest day of the " + cal.holiday_name(d).value_or("") + " schedule";
    case DayKind::kWeekend:
      return "a " + weekday_name(d);
    default:
      return "a working day";
  }
}

}  // namespace

Deadline::Deadline(LegalPeriod period, Date start, WorkCalendar calendar)
    : period_(std::move(period)),
      start_(start),
      calendar_(std::move(calendar)),
      rest_day_rule_(period_.rest_day_rule) {
  if (start_.is_special())
    throw ValidationError("deadline '" + period_.key + "': start is not a date");
  if (period_.length <= 0) {
    throw ValidationError("deadline '" + period_.key + "': period length must be positive, got " +
                          std::to_string(period_.length));
  }
}

Deadline::Deadline(LegalPeriod period, Date start, WorkCalendar calendar,
                   std::vector<Suspension> suspensions, std::vector<Extension> extensions)
    : Deadline(std::move(period), start, std::move(calendar)) {
  // Record each entry through the same checks, earliest first, so the replay sees them in date
  // order; static checks (overlap, approver, maximum) apply as for a single call.
  std::stable_sort(suspensions.begin(), suspensions.end(),
                   [](const Suspension& a, const Suspension& b) { return a.from < b.from; });
  std::stable_sort(
      extensions.begin(), extensions.end(),
      [](const Extension& a, const Extension& b) { return a.approved_on < b.approved_on; });
  std::size_t i = 0, j = 0;
  while (i < suspensions.size() || j < extensions.size()) {
    if (j == extensions.size() ||
        (i < suspensions.size() && suspensions[i].from <= extensions[j].approved_on)) {
      suspend(suspensions[i].from, suspensions[i].to, suspensions[i].reason);
      ++i;
    } else {
      extend(extensions[j].length, extensions[j].approver, extensions[j].reason,
             extensions[j].approved_on);
      ++j;
    }
  }
}

void Deadline::suspend(Date from, Date to, std::string reason) {
  auto fail = [&](const std::string& why) {
    throw ValidationError("deadline '" + period_.key + "': suspension " + iso(from) + ".." +
                          iso(to) + " " + why);
  };
  if (from.is_special() || to.is_special()) throw ValidationError("suspension dates must be dates");
  if (period_.direction == PeriodDirection::kBefore) {
    fail("cannot apply: the period is counted backwards");
  }
  if (to < from) fail("ends before it begins");
  if (from <= start_) fail("starts on or before the start day " + iso(start_));
  for (const auto& s : suspensions_) {
    if (!(to < s.from || from > s.to)) {
      fail("overlaps the suspension " + iso(s.from) + ".." + iso(s.to));
    }
  }
  auto suspensions = suspensions_;
  suspensions.push_back(Suspension{from, to, std::move(reason)});
  std::stable_sort(suspensions.begin(), suspensions.end(),
                   [](const Suspension& a, const Suspension& b) { return a.from < b.from; });
  check_timeline(suspensions, extensions_);
  suspensions_ = std::move(suspensions);
}

void Deadline::extend(int length, std::string approver, std::string reason, Date approved_on) {
  auto fail = [&](const std::string& why) {
    throw ValidationError("deadline '" + period_.key + "': extension " + why);
  };
  if (period_.direction == PeriodDirection::kBefore) {
    fail("cannot apply: the period is counted backwards");
  }
  if (length <= 0) fail("length must be positive, got " + std::to_string(length));
  if (approver.empty()) fail("needs the approver (延期须经批准)");
  if (approved_on.is_special()) fail("approval date is not a date");
  if (approved_on < start_) {
    fail("approved on " + iso(approved_on) + ", before the start " + iso(start_));
  }
  if (period_.max_extension) {
    int total = length;
    for (const auto& e : extensions_) total += e.length;
    if (total > *period_.max_extension) {
      throw LegalGuardError(period_.basis.to_string() + ": extensions of '" + period_.key +
                            "' may total at most " + units(*period_.max_extension, period_.unit) +
                            "; " + std::to_string(total - length) + " already approved, " +
                            std::to_string(length) + " more asked");
    }
  }
  auto extensions = extensions_;
  extensions.push_back(Extension{length, std::move(approver), std::move(reason), approved_on});
  std::stable_sort(
      extensions.begin(), extensions.end(),
      [](const Extension& a, const Extension& b) { return a.approved_on < b.approved_on; });
  check_timeline(suspensions_, extensions);
  extensions_ = std::move(extensions);
}

void Deadline::check_timeline(const std::vector<Suspension>& suspensions,
                              const std::vector<Extension>& extensions) const {
  // Replays the entries in date order: each must happen while the period, as it stood with the
  // earlier entries, was still running. So the result does not depend on the order in which a
  // caller records them. A suspension must begin by the period's own last day (before any
  // rest-day move: days after it are not counted anyway); an extension must be approved by the
  // due date.
  struct Entry {
    Date on;
    const Suspension* suspension;
    const Extension* extension;
  };
  std::vector<Entry> entries;
  for (const auto& s : suspensions) entries.push_back({s.from, &s, nullptr});
  for (const auto& e : extensions) entries.push_back({e.approved_on, nullptr, &e});
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return a.on < b.on; });
  Deadline partial(period_, start_, calendar_);
  partial.rest_day_rule_ = rest_day_rule_;
  for (const auto& entry : entries) {
    const Computed now = partial.compute(false);
    if (entry.suspension) {
      const auto& s = *entry.suspension;
      if (s.from > now.before_rest_move) {
        throw ValidationError("deadline '" + period_.key + "': suspension " + iso(s.from) + ".." +
                              iso(s.to) + " starts after the period ended on " +
                              iso(now.before_rest_move));
      }
      partial.suspensions_.push_back(s);
    } else {
      const auto& e = *entry.extension;
      if (e.approved_on > now.due) {
        throw ValidationError("deadline '" + period_.key + "': extension approved on " +
                              iso(e.approved_on) + ", after the period ended on " + iso(now.due) +
                              "; an expired period cannot be extended");
      }
      partial.extensions_.push_back(e);
    }
  }
}

Date Deadline::due() const { return compute(false).due; }

std::vector<DeadlineStep> Deadline::explain() const { return compute(true).steps; }

Deadline::Computed Deadline::compute(bool explain) const {
  Computed result;
  // The steps' words are built only when asked for: an audit needs thousands of due dates.
  std::vector<DeadlineStep>& steps = result.steps;
  const LegalPeriod& p = period_;
  try {
    if (p.direction == PeriodDirection::kBefore) {
      Date latest = detail::advance(start_, -p.length, p.unit, calendar_);
      if (explain) {
        steps.push_back(
            {p.start_event + " on " + iso(start_) + "; counted backwards, that day not counted",
             start_, start_day_rule()});
        steps.push_back({"at least " + units(p.length, p.unit) + " before it (" + p.key + ", " +
                             p.name + "): the latest day is " + iso(latest),
                         latest, p.basis});
        steps.push_back({"due: " + iso(latest), latest, std::nullopt});
      }
      result.before_rest_move = latest;
      result.due = latest;
      return result;
    }

    if (explain) {
      steps.push_back({"start: " + (p.start_event.empty() ? p.key : p.start_event) + " on " +
                           iso(start_) + "; the start day is not counted",
                       start_, start_day_rule()});
    }
    Date nominal = detail::advance(start_, p.length, p.unit, calendar_);
    if (explain) {
      std::string how;
      if (p.unit == PeriodUnit::kWorkingDays) {
        how = "; statutory holidays and rest days are not counted";
        if (auto rule = statutory_day_rule(p.basis.law)) how += " (" + rule->to_string() + ")";
      } else if (p.unit == PeriodUnit::kMonths || p.unit == PeriodUnit::kYears) {
        how = "; the same day of the month, or the month's last day (民法典 Art. 202)";
      }
      steps.push_back({units(p.length, p.unit) + " (" + p.key + ", " + p.name + ") end on " +
                           iso(nominal) + how,
                       nominal, p.basis});
    }
    // Extensions lengthen the period counted from the start, so a month period keeps the start's
    // day of the month (民法典 Art. 202): 11-30 + 3 months + 1 month = 03-30, not 03-28.
    int total_length = p.length;
    for (const auto& e : extensions_) {
      total_length += e.length;
      nominal = detail::advance(start_, total_length, p.unit, calendar_);
      if (explain) {
        steps.push_back({"extended by " + units(e.length, p.unit) + ", approved by " + e.approver +
                             " on " + iso(e.approved_on) +
                             (e.reason.empty() ? "" : ": " + e.reason) + "; now ends on " +
                             iso(nominal),
                         nominal, std::nullopt});
      }
    }

    // Suspended units inside (start, end] push the end back by as many units; iterate to the
    // least fixed point (each round can only bring in more suspended days).
    const bool working = p.unit == PeriodUnit::kWorkingDays;
    auto suspended_in = [&](const Suspension& s, Date end) {
      Date lo = std::max(s.from, start_ + date_duration(1));
      Date hi = std::min(s.to, end);
      if (hi < lo) return 0;
      return working ? calendar_.working_days_between(lo - date_duration(1), hi)
                     : static_cast<int>((hi - lo).days() + 1);
    };
    Date end = nominal;
    if (!suspensions_.empty()) {
      int counted = -1;
      for (;;) {
        int k = 0;
        for (const auto& s : suspensions_) k += suspended_in(s, end);
        if (k == counted) break;
        counted = k;
        end = working ? calendar_.add_working_days(nominal, k) : nominal + date_duration(k);
      }
      for (const auto& s : suspensions_) {
        int k = suspended_in(s, end);
        if (explain) {
          steps.push_back({"suspended " + iso(s.from) + ".." + iso(s.to) +
                               (s.reason.empty() ? "" : " (" + s.reason + ")") + ": " +
                               std::to_string(k) + (working ? " working days" : " days") +
                               " not counted",
                           end, std::nullopt});
        }
      }
      if (explain) {
        steps.push_back({"with the suspensions the period ends on " + iso(end), end, std::nullopt});
      }
    }

    result.before_rest_move = end;
    if (!working && rest_day_rule_ == RestDayRule::kNextWorkingDay &&
        !calendar_.is_working_day(end)) {
      Date moved = calendar_.next_working_day(end);
      if (explain) {
        steps.push_back({iso(end) + " is " + describe_day(calendar_, end) +
                             "; the period ends on the next working day, " + iso(moved),
                         moved, Citation{"民事诉讼法", 85, 0, 0, "applied by analogy"}});
      }
      end = moved;
    }
    if (explain) {
      steps.push_back({"due: " + iso(end), end, std::nullopt});
    }
    result.due = end;
  } catch (const std::out_of_range& e) {
    throw ValidationError("deadline '" + p.key + "' leaves the supported dates: " + e.what());
  }
  return result;
}

std::string to_json(const Deadline& d) {
  using detail::json;
  json steps = json::array();
  for (const auto& st : d.explain()) {
    steps.push_back({{"text", st.text},
                     {"date", iso(st.date)},
                     {"basis", st.basis ? json(st.basis->to_string()) : json(nullptr)}});
  }
  json suspensions = json::array();
  for (const auto& s : d.suspensions()) {
    suspensions.push_back({{"from", iso(s.from)}, {"to", iso(s.to)}, {"reason", s.reason}});
  }
  json extensions = json::array();
  for (const auto& e : d.extensions()) {
    extensions.push_back({{"length", e.length},
                          {"approver", e.approver},
                          {"reason", e.reason},
                          {"approved_on", iso(e.approved_on)}});
  }
  const LegalPeriod& p = d.period();
  return detail::dump_json(json{{"period", p.key},
                                {"name", p.name},
                                {"length", p.length},
                                {"unit", unit_key(p.unit)},
                                {"basis", p.basis.to_string()},
                                {"start", iso(d.start())},
                                {"suspensions", suspensions},
                                {"extensions", extensions},
                                {"due", iso(d.due())},
                                {"steps", steps}});
}

}  // namespace zhifa

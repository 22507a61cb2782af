#include "zhifa/legal_period.hpp"

#include <algorithm>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "foundation/period_math.hpp"
#include "util/file.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {

namespace detail {
extern const std::string_view kNationalPeriodsJson;

Date add_months(Date d, int n) {
  auto ymd = d.year_month_day();
  long total = static_cast<long>(ymd.year) * 12 + (ymd.month - 1) + n;
  long y = total / 12;
  int m = static_cast<int>(total % 12) + 1;
  if (y < 1400 || y > 9999) {
    throw ValidationError("moving " + iso(d) + " by " + std::to_string(n) +
                          " months leaves the supported years 1400-9999");
  }
  int last = boost::gregorian::gregorian_calendar::end_of_month_day(static_cast<unsigned short>(y),
                                                                    static_cast<unsigned short>(m));
  int day = std::min<int>(ymd.day, last);
  return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
              static_cast<unsigned short>(day));
}

Date advance(Date d, int n, PeriodUnit unit, const WorkCalendar& calendar) {
  switch (unit) {
    case PeriodUnit::kWorkingDays:
      return calendar.add_working_days(d, n);
    case PeriodUnit::kCalendarDays:
      return d + boost::gregorian::date_duration(n);
    case PeriodUnit::kMonths:
      return add_months(d, n);
    case PeriodUnit::kYears:
      return add_months(d, 12 * n);
  }
  throw ValidationError("unknown period unit");
}

}  // namespace detail

std::string unit_name(PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kWorkingDays:
      return "working days";
    case PeriodUnit::kCalendarDays:
      return "calendar days";
    case PeriodUnit::kMonths:
      return "months";
    case PeriodUnit::kYears:
      return "years";
  }
  return "?";
}

std::string unit_key(PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::kWorkingDays:
      return "working_days";
    case PeriodUnit::kCalendarDays:
      return "calendar_days";
    case PeriodUnit::kMonths:
      return "months";
    case PeriodUnit::kYears:
      return "years";
  }
  return "?";
}

std::string to_json(const LegalPeriod& p) {
  return detail::dump_json(
      detail::json{{"key", p.key},
                   {"name", p.name},
                   {"length", p.length},
                   {"unit", unit_key(p.unit)},
                   {"direction", p.direction == PeriodDirection::kBefore ? "before" : "after"},
                   {"basis", p.basis.to_string()},
                   {"status", p.status}});
}

std::optional<PeriodUnit> statutory_day_unit(std::string_view law, int days) {
  auto working_if = [](bool w) { return w ? PeriodUnit::kWorkingDays : PeriodUnit::kCalendarDays; };
  // 行政处罚法 Art. 85: "本法中"二日""三日""五日""七日"的规定是指工作日，不含法定节假日。"
  if (law == "行政处罚法") return working_if(days == 2 || days == 3 || days == 5 || days == 7);
  // 行政强制法 Art. 69: "本法中十日以内期限的规定是指工作日，不含法定节假日。"
  if (law == "行政强制法") return working_if(days <= 10);
  // 行政复议法 (2023) Art. 88 ¶2: 三日、五日、七日、十日 are working days.
  if (law == "行政复议法") return working_if(days == 3 || days == 5 || days == 7 || days == 10);
  return std::nullopt;
}

std::optional<Citation> statutory_day_rule(std::string_view law) {
  if (law == "行政处罚法") return Citation{"行政处罚法", 85, 0, 0, ""};
  if (law == "行政强制法") return Citation{"行政强制法", 69, 0, 0, ""};
  if (law == "行政复议法") return Citation{"行政复议法", 88, 2, 0, ""};
  return std::nullopt;
}

std::string LegalPeriod::summary() const {
  return std::to_string(length) + " " + unit_name(unit) +
         (direction == PeriodDirection::kBefore ? " before" : "") + " (" + basis.to_string() + ")";
}

Date LegalPeriod::end(Date start, const WorkCalendar& calendar) const {
  const int n = direction == PeriodDirection::kAfter ? length : -length;
  Date last = detail::advance(start, n, unit, calendar);
  if (direction == PeriodDirection::kAfter && unit != PeriodUnit::kWorkingDays &&
      rest_day_rule == RestDayRule::kNextWorkingDay && !calendar.is_working_day(last)) {
    last = calendar.next_working_day(last);
  }
  return last;
}

namespace {

using detail::check_header;
using detail::json;
using detail::Node;
using detail::parse_json;

// The document (docs/periods.md), read into values; DataFileError naming `source` and the JSON path
// of the bad entry.
std::vector<LegalPeriod> parse_periods(std::string_view text, std::string_view source) {
  json doc = parse_json(text, source);
  Node root{doc, "$", source};
  check_header(root, "zhifa-periods", 1);
  Node list = root.at("periods");
  std::vector<LegalPeriod> out;
  for (std::size_t i = 0; i < list.size(); ++i) {
    Node n = list.item(i);
    LegalPeriod p;
    p.key = n.at("key").str();
    p.name = n.str_or("name", "");
    p.description = n.str_or("description", "");
    p.length = n.at("length").integer();
    std::string unit = n.at("unit").str();
    if (unit == "working_days") {
      p.unit = PeriodUnit::kWorkingDays;
    } else if (unit == "calendar_days") {
      p.unit = PeriodUnit::kCalendarDays;
    } else if (unit == "months") {
      p.unit = PeriodUnit::kMonths;
    } else if (unit == "years") {
      p.unit = PeriodUnit::kYears;
    } else {
      n.at("unit").fail("unknown unit \"" + unit +
                        "\" (working_days, calendar_days, months, years)");
    }
    std::string dir = n.str_or("direction", "after");
    if (dir == "after") {
      p.direction = PeriodDirection::kAfter;
    } else if (dir == "before") {
      p.direction = PeriodDirection::kBefore;
    } else {
      n.at("direction").fail("unknown direction \"" + dir + "\" (after, before)");
    }
    p.start_event = n.str_or("start_event", "");
    Node b = n.at("basis");
    p.basis.law = b.at("law").str();
    if (auto a = b.maybe("article")) p.basis.article = a->integer();
    if (auto a = b.maybe("paragraph")) p.basis.paragraph = a->integer();
    if (auto a = b.maybe("item")) p.basis.item = a->integer();
    p.basis.note = b.str_or("note", "");
    p.status = n.str_or("status", "");
    p.sector = n.str_or("sector", "");
    if (auto m = n.maybe("max_extension")) p.max_extension = m->integer();
    std::string rule = n.str_or("rest_day_rule", "next_working_day");
    if (rule == "next_working_day") {
      p.rest_day_rule = RestDayRule::kNextWorkingDay;
    } else if (rule == "none") {
      p.rest_day_rule = RestDayRule::kNone;
    } else {
      n.at("rest_day_rule").fail("unknown rule \"" + rule + "\" (next_working_day, none)");
    }
    out.push_back(std::move(p));
  }
  return out;
}

void validate(const LegalPeriod& p) {
  auto fail = [&](const std::string& why) {
    throw ValidationError("legal period '" + p.key + "': " + why);
  };
  if (p.key.empty()) throw ValidationError("a legal period needs a key");
  for (char c : p.key) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
      fail("key may contain only a-z, 0-9 and _");
    }
  }
  if (p.length <= 0) fail("length must be positive, got " + std::to_string(p.length));
  if (p.length > 100000) fail("length " + std::to_string(p.length) + " is implausibly large");
  if (p.basis.law.empty()) fail("needs the law or document that sets it (basis.law)");
  if (p.basis.article < 0 || p.basis.paragraph < 0 || p.basis.item < 0) {
    fail("citation numbers cannot be negative");
  }
  if (p.unit == PeriodUnit::kWorkingDays || p.unit == PeriodUnit::kCalendarDays) {
    if (auto required = statutory_day_unit(p.basis.law, p.length);
        required && *required != p.unit) {
      fail(p.basis.law + " counts a " + std::to_string(p.length) + "-day period in " +
           unit_name(*required) + ", but the data says " + unit_name(p.unit));
    }
  }
  if (p.max_extension) {
    if (*p.max_extension <= 0) fail("max_extension must be positive");
    if (p.direction == PeriodDirection::kBefore)
      fail("a period counted backwards cannot be extended");
  }
}

}  // namespace

PeriodTable::PeriodTable(std::vector<LegalPeriod> periods) : periods_(std::move(periods)) {
  for (std::size_t i = 0; i < periods_.size(); ++i) {
    validate(periods_[i]);
    for (std::size_t j = 0; j < i; ++j) {
      if (periods_[j].key == periods_[i].key) {
        throw ValidationError("legal period '" + periods_[i].key + "' is defined twice");
      }
    }
  }
}

const PeriodTable& PeriodTable::builtin() {
  static const PeriodTable kTable =
      from_json(detail::kNationalPeriodsJson, "built-in national.json");
  return kTable;
}

PeriodTable PeriodTable::from_json(std::string_view json, std::string_view source) {
  try {
    return PeriodTable(parse_periods(json, source));
  } catch (const DataFileError&) {
    throw;
  } catch (const ValidationError& e) {
    throw DataFileError(std::string(source) + ": " + e.what());
  }
}

PeriodTable PeriodTable::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

PeriodTable PeriodTable::overridden_by(const PeriodTable& overrides) const {
  std::vector<LegalPeriod> out = periods_;
  for (const auto& p : overrides.periods_) {
    auto it =
        std::find_if(out.begin(), out.end(), [&](const LegalPeriod& q) { return q.key == p.key; });
    if (it != out.end()) {
      *it = p;
    } else {
      out.push_back(p);
    }
  }
  return PeriodTable(std::move(out));
}

const LegalPeriod& PeriodTable::get(std::string_view key) const {
  for (const auto& p : periods_) {
    if (p.key == key) return p;
  }
  std::string known;
  for (const auto& p : periods_) known += (known.empty() ? "" : ", ") + p.key;
  throw NotFoundError("no legal period named '" + std::string(key) + "'; known: " + known);
}

bool PeriodTable::contains(std::string_view key) const {
  return std::any_of(periods_.begin(), periods_.end(),
                     [&](const LegalPeriod& p) { return p.key == key; });
}

}  // namespace zhifa

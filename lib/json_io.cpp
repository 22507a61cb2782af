#include "json_io.hpp"

#include <fstream>
#include <sstream>

#include "json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa::detail {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataFileError(path + ": cannot open the file");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw DataFileError(path + ": read error");
  return s.str();
}

std::vector<CalendarYear> parse_calendar(std::string_view text, std::string_view source) {
  json doc = parse_json(text, source);
  Node root{doc, "$", source};
  check_header(root, "zhifa-calendar", 1);
  Node years = root.at("years");
  std::vector<CalendarYear> out;
  for (std::size_t i = 0; i < years.size(); ++i) {
    Node y = years.item(i);
    CalendarYear cy;
    cy.year = y.at("year").integer();
    Node n = y.at("notice");
    HolidayNotice notice;
    notice.year = cy.year;
    notice.number = n.at("number").str();
    notice.issued = n.at("issued").date();
    notice.title = n.str_or("title", "");
    notice.url = n.str_or("url", "");
    notice.status = n.str_or("status", "");
    notice.holiday_rules = n.str_or("holiday_rules", "");
    if (notice.number.empty()) n.at("number").fail("the notice number cannot be empty");
    cy.notice = std::move(notice);
    Node fs = y.at("festivals");
    for (std::size_t k = 0; k < fs.size(); ++k) {
      Node f = fs.item(k);
      Festival fest;
      fest.name = f.at("name").str();
      if (fest.name.empty()) f.at("name").fail("a festival needs a name");
      fest.statutory = f.at("statutory").dates();
      if (auto r = f.maybe("rest")) fest.rest = r->dates();
      if (auto w = f.maybe("workdays")) fest.workdays = w->dates();
      cy.festivals.push_back(std::move(fest));
    }
    out.push_back(std::move(cy));
  }
  return out;
}

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

}  // namespace zhifa::detail

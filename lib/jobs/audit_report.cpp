#include "zhifa/audit_report.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <ostream>
#include <set>
#include <sstream>

#include "zhifa/csv.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

using nlohmann::json;

std::string fixed(double v, int digits = 1) {
  std::ostringstream s;
  s << std::fixed << std::setprecision(digits) << v;
  return s.str();
}

std::string points(double v) {
  return std::abs(v - std::round(v)) < 1e-9 ? std::to_string(static_cast<long long>(std::round(v)))
                                            : fixed(v, 2);
}

std::string html(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A horizontal bar chart as inline SVG: one bar per row, the value printed after it.
std::string bar_chart(const std::vector<std::pair<std::string, double>>& rows,
                      const std::string& label, const std::string& colour) {
  constexpr int kLabel = 260, kBar = 360, kRow = 24;
  double max = 0;
  for (const auto& [k, v] : rows) max = std::max(max, v);
  const int height = static_cast<int>(rows.size()) * kRow + 8;
  std::ostringstream s;
  s << "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"" << html(label)
    << "\" width=\"" << kLabel + kBar + 80 << "\" height=\"" << height << "\">";
  int y = 4;
  for (const auto& [k, v] : rows) {
    const int w = max > 0 ? static_cast<int>(std::lround(kBar * v / max)) : 0;
    s << "<text x=\"" << kLabel - 6 << "\" y=\"" << y + 16 << "\" text-anchor=\"end\">"
      << html(k.size() > 48 ? k.substr(0, 45) + "..." : k) << "</text><rect x=\"" << kLabel
      << "\" y=\"" << y + 3 << "\" width=\"" << std::max(w, 1) << "\" height=\"" << kRow - 6
      << "\" fill=\"" << colour << "\"/><text x=\"" << kLabel + w + 6 << "\" y=\"" << y + 16
      << "\">" << points(v) << "</text>";
    y += kRow;
  }
  s << "</svg>";
  return s.str();
}

json group_json(const std::vector<GroupStats>& groups) {
  json a = json::array();
  for (const auto& g : groups) {
    a.push_back({{"key", g.key},
                 {"name", g.name},
                 {"files", g.files},
                 {"failed", g.failed},
                 {"findings", g.findings},
                 {"mean_total", std::round(g.mean_total * 100) / 100}});
  }
  return a;
}

std::vector<GroupStats> groups_from(const auto& acc,
                                    const std::map<std::string, std::string>& names) {
  std::vector<GroupStats> out;
  for (const auto& [key, a] : acc) {
    GroupStats g;
    g.key = key;
    auto n = names.find(key);
    g.name = n == names.end() ? "" : n->second;
    g.files = a.files;
    g.failed = a.failed;
    g.findings = a.findings;
    g.mean_total = a.files ? a.sum / static_cast<double>(a.files) : 0;
    out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end(), [](const GroupStats& x, const GroupStats& y) {
    return x.mean_total != y.mean_total ? x.mean_total < y.mean_total : x.key < y.key;
  });
  return out;
}

}  // namespace

AuditReportBuilder::AuditReportBuilder(const Standard& standard, const AuditContext& context,
                                       std::size_t worst)
    : standard_(standard), as_of_(context.as_of), worst_n_(worst) {
  for (const auto& [code, proc] : context.procedures) {
    agency_names_[code] = proc.agency().name;
    for (const auto& o : proc.agency().officers) officer_names_[o.id] = o.name;
  }
  for (const auto& b : standard.bands()) grades_[b.name] = 0;
  grades_[standard.fail_grade()] = 0;
}

void AuditReportBuilder::add(const AuditResult& r) {
  ++files_;
  vetoed_ += r.vetoed;
  total_sum_ += r.total;
  ++grades_[r.grade];
  const bool failed = r.grade == standard_.fail_grade();
  std::set<std::string> codes_in_file;
  for (const auto& f : r.findings) {
    auto& fc = findings_[f.code + "\x1f" + f.article];
    if (fc.count == 0) {
      fc.code = f.code;
      fc.check_id = f.check_id;
      fc.item_id = f.item_id;
      fc.article = f.article;
      fc.example = f.message;
    }
    ++fc.count;
    fc.points += f.deduction;
    if (codes_in_file.insert(f.code + "\x1f" + f.article).second) ++fc.files;
  }
  auto acc = [&](Acc& a) {
    ++a.files;
    a.failed += failed;
    a.findings += r.findings.size();
    a.sum += r.total;
  };
  acc(agencies_[r.agency_code]);
  for (const auto& o : r.officers) acc(officers_[o]);
  for (const auto& i : r.items) {
    if (i.status != CheckStatus::kNotCheckable) continue;
    auto& u = unchecked_[i.item_id];
    if (u.files == 0) {
      u.item_id = i.item_id;
      try {
        u.title = standard_.item(i.item_id).title;
      } catch (const Error&) {
      }
      u.reason = i.reason;
    }
    ++u.files;
  }
  if (worst_n_ > 0) {
    FileSummary fs{r.case_id, r.number, r.agency_code, r.total, r.grade, {}};
    for (const auto& f : r.findings) fs.codes.push_back(f.code);
    auto worse = [](const FileSummary& a, const FileSummary& b) {
      return a.total != b.total ? a.total < b.total : a.case_id < b.case_id;
    };
    if (worst_.size() < worst_n_ || worse(fs, worst_.back())) {
      worst_.insert(std::upper_bound(worst_.begin(), worst_.end(), fs, worse), std::move(fs));
      if (worst_.size() > worst_n_) worst_.pop_back();
    }
  }
}

AuditReport AuditReportBuilder::finish(std::string title) const {
  AuditReport rep;
  rep.standard_name = standard_.name();
  rep.standard_version = standard_.version();
  rep.as_of = as_of_;
  rep.title = title.empty() ? "行政执法案卷评查报告" : std::move(title);
  rep.files = files_;
  rep.vetoed = vetoed_;
  rep.mean_total = files_ ? total_sum_ / static_cast<double>(files_) : 0;
  for (const auto& b : standard_.bands()) rep.grades.emplace_back(b.name, grades_.at(b.name));
  rep.grades.emplace_back(standard_.fail_grade(), grades_.at(standard_.fail_grade()));
  for (const auto& [k, f] : findings_) rep.findings.push_back(f);
  std::sort(rep.findings.begin(), rep.findings.end(),
            [](const FindingCount& a, const FindingCount& b) {
              return a.count != b.count ? a.count > b.count : a.code < b.code;
            });
  rep.agencies = groups_from(agencies_, agency_names_);
  rep.officers = groups_from(officers_, officer_names_);
  rep.worst = worst_;
  for (const auto& [k, u] : unchecked_) rep.unchecked.push_back(u);
  return rep;
}

std::string report_json(const AuditReport& r) {
  json grades = json::array();
  for (const auto& [g, n] : r.grades) grades.push_back({{"grade", g}, {"files", n}});
  json findings = json::array();
  for (const auto& f : r.findings) {
    findings.push_back({{"code", f.code},
                        {"check", f.check_id},
                        {"item", f.item_id},
                        {"article", f.article},
                        {"count", f.count},
                        {"files", f.files},
                        {"points", f.points},
                        {"example", f.example}});
  }
  json worst = json::array();
  for (const auto& w : r.worst) {
    worst.push_back({{"case_id", w.case_id},
                     {"number", w.number},
                     {"agency_code", w.agency_code},
                     {"total", w.total},
                     {"grade", w.grade},
                     {"findings", w.codes}});
  }
  json unchecked = json::array();
  for (const auto& u : r.unchecked) {
    unchecked.push_back(
        {{"item", u.item_id}, {"title", u.title}, {"files", u.files}, {"reason", u.reason}});
  }
  json j = {{"title", r.title},
            {"standard", {{"name", r.standard_name}, {"version", r.standard_version}}},
            {"as_of", iso(r.as_of)},
            {"files", r.files},
            {"vetoed", r.vetoed},
            {"mean_total", std::round(r.mean_total * 100) / 100},
            {"grades", grades},
            {"findings", findings},
            {"agencies", group_json(r.agencies)},
            {"officers", group_json(r.officers)},
            {"worst", worst},
            {"unchecked", unchecked}};
  return j.dump(2, ' ', false, json::error_handler_t::replace);
}

std::string report_csv(const AuditReport& r) {
  const auto n = [](auto v) { return std::to_string(v); };
  std::string s;
  append_csv_row(s, {"view", "key", "name", "files", "failed", "findings", "value"});
  append_csv_row(s, {"summary", "files", "", n(r.files), "", "", n(r.files)});
  append_csv_row(s, {"summary", "vetoed", "", n(r.files), "", "", n(r.vetoed)});
  append_csv_row(s, {"summary", "mean_total", "", n(r.files), "", "", fixed(r.mean_total, 2)});
  for (const auto& [g, count] : r.grades) {
    append_csv_row(s, {"grade", g, "", n(count), "", "", n(count)});
  }
  for (const auto& f : r.findings) {
    append_csv_row(s, {"finding", f.code, f.article, n(f.files), "", n(f.count), points(f.points)});
  }
  for (const auto* view : {&r.agencies, &r.officers}) {
    const char* name = view == &r.agencies ? "agency" : "officer";
    for (const auto& g : *view) {
      append_csv_row(
          s, {name, g.key, g.name, n(g.files), n(g.failed), n(g.findings), fixed(g.mean_total, 2)});
    }
  }
  for (const auto& w : r.worst) {
    std::string codes;
    for (const auto& c : w.codes) codes += (codes.empty() ? "" : ";") + c;
    append_csv_row(s, {"worst", n(w.case_id), w.number, "1",
                       w.grade == r.grades.back().first ? "1" : "0", codes, points(w.total)});
  }
  for (const auto& u : r.unchecked) {
    append_csv_row(s, {"unchecked", u.item_id, u.title, n(u.files), "", "", u.reason});
  }
  return s;
}

std::string report_html(const AuditReport& r) {
  std::ostringstream s;
  s << "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
    << "<title>" << html(r.title) << "</title><style>"
    << "body{font-family:'Noto Sans CJK SC','Source Han Sans SC',sans-serif;margin:2em;"
       "color:#222;max-width:1100px}"
       "h1{font-size:1.6em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #ccc}"
       "table{border-collapse:collapse;margin:.5em 0}"
       "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}"
       "td.n{text-align:right;font-variant-numeric:tabular-nums}"
       "svg text{font-size:13px;font-family:inherit}.note{color:#666;font-size:.9em}"
       ".kpi{display:inline-block;margin-right:2em}.kpi b{font-size:1.6em;display:block}"
    << "</style></head><body>\n";
  s << "<h1>" << html(r.title) << "</h1>\n<p class=\"note\">评查标准 " << html(r.standard_name)
    << "（版本 " << html(r.standard_version) << "），评查基准日 " << iso(r.as_of) << "</p>\n";
  s << "<div><span class=\"kpi\">案卷数<b id=\"files\">" << r.files
    << "</b></span><span class=\"kpi\">平均分<b id=\"mean\">" << fixed(r.mean_total, 1)
    << "</b></span><span class=\"kpi\">否决项（基本标准）<b id=\"vetoed\">" << r.vetoed
    << "</b></span></div>\n";

  s << "<h2>等次分布 Grade distribution</h2>\n";
  std::vector<std::pair<std::string, double>> grade_rows;
  for (const auto& [g, n] : r.grades) grade_rows.emplace_back(g, static_cast<double>(n));
  s << bar_chart(grade_rows, "grade distribution", "#3b7dd8") << "\n<table id=\"grades\">"
    << "<tr><th>等次</th><th>案卷数</th><th>占比</th></tr>";
  for (const auto& [g, n] : r.grades) {
    s << "<tr><td>" << html(g) << "</td><td class=\"n\">" << n << "</td><td class=\"n\">"
      << fixed(r.files ? 100.0 * static_cast<double>(n) / static_cast<double>(r.files) : 0, 1)
      << "%</td></tr>";
  }
  s << "</table>\n";

  s << "<h2>常见问题 Most frequent findings</h2>\n";
  std::vector<std::pair<std::string, double>> finding_rows;
  for (std::size_t i = 0; i < r.findings.size() && i < 12; ++i) {
    finding_rows.emplace_back(r.findings[i].code + " (" + r.findings[i].article + ")",
                              static_cast<double>(r.findings[i].count));
  }
  if (finding_rows.empty()) {
    s << "<p>无 (no findings)</p>\n";
  } else {
    s << bar_chart(finding_rows, "most frequent findings", "#d8623b") << "\n";
  }
  s << "<table id=\"findings\"><tr><th>问题</th><th>条款</th><th>评查项</th><th>次数</th>"
       "<th>案卷数</th><th>扣分合计</th><th>示例</th></tr>";
  for (const auto& f : r.findings) {
    s << "<tr><td>" << html(f.code) << "</td><td>" << html(f.article) << "</td><td>"
      << html(f.item_id) << "</td><td class=\"n\">" << f.count << "</td><td class=\"n\">" << f.files
      << "</td><td class=\"n\">" << points(f.points) << "</td><td>" << html(f.example)
      << "</td></tr>";
  }
  s << "</table>\n";

  auto group_table = [&](const std::vector<GroupStats>& groups, const char* id,
                         const char* heading) {
    s << "<h2>" << heading << "</h2>\n<table id=\"" << id
      << "\"><tr><th>代码</th><th>名称</th><th>案卷数</th><th>不合格</th><th>问题数</th>"
         "<th>平均分</th></tr>";
    for (const auto& g : groups) {
      s << "<tr><td>" << html(g.key) << "</td><td>" << html(g.name) << "</td><td class=\"n\">"
        << g.files << "</td><td class=\"n\">" << g.failed << "</td><td class=\"n\">" << g.findings
        << "</td><td class=\"n\">" << fixed(g.mean_total, 1) << "</td></tr>";
    }
    s << "</table>\n";
  };
  group_table(r.agencies, "agencies", "按执法主体 Per agency");
  group_table(r.officers, "officers", "按执法人员 Per officer (investigators and signatories)");

  s << "<h2>得分最低的案卷 Worst files</h2>\n<table id=\"worst\"><tr><th>案号</th><th>执法主体"
       "</th><th>得分</th><th>等次</th><th>问题</th></tr>";
  for (const auto& w : r.worst) {
    std::string codes;
    for (const auto& c : w.codes) codes += (codes.empty() ? "" : ", ") + c;
    s << "<tr><td>" << html(w.number.empty() ? "#" + std::to_string(w.case_id) : w.number)
      << "</td><td>" << html(w.agency_code) << "</td><td class=\"n\">" << points(w.total)
      << "</td><td>" << html(w.grade) << "</td><td>" << html(codes) << "</td></tr>";
  }
  s << "</table>\n";

  s << "<h2>未能自动评查的项目 Items not checked automatically</h2>\n<p class=\"note\">These "
       "items keep their points; a reviewer records findings for them.</p><table "
       "id=\"unchecked\"><tr><th>评查项</th><th>内容</th><th>案卷数</th><th>原因</th></tr>";
  for (const auto& u : r.unchecked) {
    s << "<tr><td>" << html(u.item_id) << "</td><td>" << html(u.title) << "</td><td class=\"n\">"
      << u.files << "</td><td>" << html(u.reason) << "</td></tr>";
  }
  s << "</table>\n</body></html>\n";
  return s.str();
}

void write_results_jsonl(std::ostream& out, const AuditResult& r) { out << to_json(r) << "\n"; }

void write_results_csv_header(std::ostream& out) {
  std::string s;
  append_csv_row(s, {"case_id", "number", "agency_code", "status", "form_score", "content_score",
                     "total", "grade", "vetoed", "findings", "deductions"});
  out << s;
}

void write_results_csv(std::ostream& out, const AuditResult& r) {
  std::string codes;
  double lost = 0;
  for (const auto& f : r.findings) {
    codes += (codes.empty() ? "" : ";") + f.code;
    lost += f.deduction;
  }
  std::string s;
  append_csv_row(s, {std::to_string(r.case_id), r.number, r.agency_code, r.status,
                     points(r.form_score), points(r.content_score), points(r.total), r.grade,
                     r.vetoed ? "1" : "0", codes, points(lost)});
  out << s;
}

}  // namespace zhifa

namespace zhifa {

namespace {

std::string run_title(const AuditRun& run) {
  return "行政执法案卷评查报告 (run " + std::to_string(run.id) + ")";
}

}  // namespace

AuditReport build_audit_report(const CaseStore& store, const AuditRun& run,
                               const Standard& standard, const AuditContext& context) {
  AuditReportBuilder builder(standard, context);
  store.for_each_audit_result(run.id, [&](const AuditResult& r) { builder.add(r); });
  return builder.finish(run_title(run));
}

AuditReport write_audit_report(const CaseStore& store, const AuditRun& run,
                               const Standard& standard, const AuditContext& context,
                               const std::string& dir, std::vector<std::string>* written) {
  namespace fs = std::filesystem;
  const fs::path base = fs::absolute(dir);
  std::error_code ec;
  fs::create_directories(base, ec);
  if (ec) throw DataFileError(base.string() + ": cannot create the folder: " + ec.message());
  static constexpr const char* kNames[] = {"results.jsonl", "results.csv", "report.html",
                                           "report.json", "report.csv"};
  const auto part = [&](const char* name) { return base / (std::string(name) + ".part"); };
  const auto cleanup = [&] {
    for (const char* name : kNames) fs::remove(part(name), ec);
  };
  try {
    AuditReportBuilder builder(standard, context);
    std::ofstream jsonl(part("results.jsonl"), std::ios::binary);
    std::ofstream csv(part("results.csv"), std::ios::binary);
    if (!jsonl || !csv) throw DataFileError(base.string() + ": cannot write the results");
    write_results_csv_header(csv);
    store.for_each_audit_result(run.id, [&](const AuditResult& r) {
      builder.add(r);
      write_results_jsonl(jsonl, r);
      write_results_csv(csv, r);
    });
    jsonl.close();
    csv.close();
    if (!jsonl || !csv) throw DataFileError(base.string() + ": write error in the results");
    AuditReport report = builder.finish(run_title(run));
    const std::pair<const char*, std::string> texts[] = {{"report.html", report_html(report)},
                                                         {"report.json", report_json(report)},
                                                         {"report.csv", report_csv(report)}};
    for (const auto& [name, text] : texts) {
      std::ofstream out(part(name), std::ios::binary);
      out << text;
      out.close();
      if (!out) throw DataFileError(part(name).string() + ": cannot write the file");
    }
    for (const char* name : kNames) {
      fs::rename(part(name), base / name, ec);
      if (ec)
        throw DataFileError((base / name).string() + ": cannot write the file: " + ec.message());
      if (written) written->push_back((base / name).string());
    }
    return report;
  } catch (...) {
    cleanup();
    throw;
  }
}

}  // namespace zhifa

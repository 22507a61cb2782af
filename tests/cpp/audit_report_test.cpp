// The report of a case-file audit run (案卷评查报告, audit_report.hpp): five files of two agencies
// audited with audit_case against the built-in standard, and every figure of the report checked
// against values worked out by hand from those files; the CSV, JSON and HTML carry the same
// figures, and the HTML is self-contained and escapes what the case files hold.
#include "zhifa/audit_report.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "case_fixture.hpp"

namespace zhifa {
namespace {

using nlohmann::json;
using test::D;

constexpr const char* kMaliciousNumber = "<script>alert(1)</script>";

// A second agency, 大连市金州区发展和改革局, with the same powers and its own officers B1..B3
// and legal reviewer BR.
Agency jinzhou_agency() {
  Agency a = test::sample_agency();
  a.code = "JZDRC";
  a.name = "大连市金州区发展和改革局";
  a.case_prefix = "金发改罚";
  for (auto& p : a.powers) p.agency_code = "JZDRC";
  a.officers = {test::officer("B1", "陈一", "2024-01-01", "2028-12-31", "JZDRC"),
                test::officer("B2", "陈二", "2024-01-01", "2028-12-31", "JZDRC"),
                test::officer("B3", "陈三", "2024-01-01", "2028-12-31", "JZDRC")};
  Officer r = test::officer("BR", "陈法制", "2024-01-01", "2028-12-31", "JZDRC");
  r.legal_professional_qualification = true;
  a.officers.push_back(r);
  return a;
}

AuditContext context() {
  return AuditContext(D("2026-12-31"), {test::sample_agency(), jinzhou_agency()});
}

// A complete, lawful file of `agency` (a 30,000 yuan fine on 招标投标法 Art. 51, TB-51):
// filed, investigated by `a` and `b`, notified, statement and hearing waived, decided and signed
// by `a` and `b`, served, paid on time, closed, archived and published. audit_test.cpp shows that
// such a file scores 100 with no finding.
Case clean_file(const Agency& agency, const char* a, const char* b, const char* reviewer,
                std::int64_t id, std::string number) {
  const Procedure p(agency, JurisdictionRules::example());
  Case c = test::sample_lead();
  c.agency_code = agency.code;
  c.violations[0].item_code = "TB-51";
  p.file(c, a, D("2026-03-03"));
  p.investigate(c, {a, b}, D("2026-03-04"));
  p.add_evidence(c, test::verified_evidence("2026-03-05"));
  p.notify(c, a, D("2026-03-10"), {test::fine("30000")});
  p.waive_statement(c, D("2026-03-11"));
  if (c.notice->hearing_right_notified) p.waive_hearing(c, D("2026-03-11"));
  if (!p.legal_review_grounds(c).empty())
    p.legal_review(c, reviewer, D("2026-03-26"), true, "同意");
  p.decide(c, {a, b}, test::penalty_decision("2026-03-30", {test::fine("30000")}));
  p.serve(c, ServiceRecord{ServiceMethod::kInPerson, D("2026-03-31"), "张三", false});
  p.record_payment(c, Payment{D("2026-04-10"), Money::parse("30000"), false});
  p.close(c, a, D("2026-04-15"));
  p.archive(c, a, D("2026-04-20"));
  c.publication = Publication{
      D("2026-04-03"), "https://example.gov.cn/xzcf/1", std::nullopt, "", std::nullopt, ""};
  c.id = id;
  c.number = std::move(number);
  return c;
}

// The five files, with what audit_test.cpp establishes for each defect:
//   1 DLDRC  clean                                          100  优秀
//   2 DLDRC  no notice of rights: notice_missing, Art. 44, 62, -15      85  良好
//   3 JZDRC  two pieces of evidence collected before filing:
//            2 x evidence_before_filing, Art. 54, 55, -4 each           92  优秀
//   4 DLDRC  investigated by O1 alone: fewer_than_two_officers, Art. 42,
//            a veto (deduction 0)                                        0  不合格
//   5 JZDRC  no notice of rights (as 2), investigated by B1 and B3,
//            decided by B1 and B2, case number "<script>..."             85  良好
// Officers of a file: its investigators, then the signatories of its decision.
std::vector<AuditResult> five_results() {
  const Agency dl = test::sample_agency();
  const Agency jz = jinzhou_agency();
  std::vector<Case> files;
  files.push_back(clean_file(dl, "O1", "O2", "R1", 1, "大发改罚〔2026〕1号"));
  files.push_back(clean_file(dl, "O1", "O2", "R1", 2, "大发改罚〔2026〕2号"));
  files[1].notice.reset();
  files.push_back(clean_file(jz, "B1", "B2", "BR", 3, "金发改罚〔2026〕3号"));
  files[2].evidence[0].collected_on = D("2026-03-02");
  files[2].evidence.push_back(test::verified_evidence("2026-03-01"));
  files.push_back(clean_file(dl, "O1", "O2", "R1", 4, "大发改罚〔2026〕4号"));
  files[3].investigators = {"O1"};
  files.push_back(clean_file(jz, "B1", "B2", "BR", 5, kMaliciousNumber));
  files[4].notice.reset();
  files[4].investigators = {"B1", "B3"};
  const AuditContext ctx = context();
  std::vector<AuditResult> out;
  for (const auto& c : files) out.push_back(audit_case(c, ctx, Standard::builtin()));
  return out;
}

AuditReport report_of(const std::vector<AuditResult>& results, std::size_t worst = 3) {
  AuditReportBuilder b(Standard::builtin(), context(), worst);
  for (const auto& r : results) b.add(r);
  return b.finish();
}

const std::vector<AuditResult>& results() {
  static const std::vector<AuditResult> r = five_results();
  return r;
}

TEST(AuditReport, TheInputsAreTheFilesDescribed) {
  // The report's expectations below rest on these per-file outcomes.
  const auto& r = results();
  ASSERT_EQ(r.size(), 5u);
  const std::vector<double> totals{100, 85, 92, 0, 85};
  const std::vector<std::string> grades{"优秀", "良好", "优秀", "不合格", "良好"};
  const std::vector<std::size_t> findings{0, 1, 2, 1, 1};
  for (std::size_t i = 0; i < r.size(); ++i) {
    EXPECT_DOUBLE_EQ(r[i].total, totals[i]) << i << ": " << to_json(r[i]);
    EXPECT_EQ(r[i].grade, grades[i]) << i;
    EXPECT_EQ(r[i].findings.size(), findings[i]) << i << ": " << to_json(r[i]);
  }
  EXPECT_EQ(r[4].officers, (std::vector<std::string>{"B1", "B3", "B2"}));
  EXPECT_EQ(r[3].officers, (std::vector<std::string>{"O1", "O2"}));
}

TEST(AuditReport, CountsFilesVetoesGradesAndTheMean) {
  const AuditReport rep = report_of(results());
  EXPECT_EQ(rep.files, 5u);
  EXPECT_EQ(rep.vetoed, 1u);
  EXPECT_DOUBLE_EQ(rep.mean_total, 72.4);  // (100 + 85 + 92 + 0 + 85) / 5
  // Every band of the standard in order, the fail grade last, empty ones included.
  const std::vector<std::pair<std::string, std::size_t>> grades{
      {"优秀", 2}, {"良好", 2}, {"合格", 0}, {"不合格", 1}};
  EXPECT_EQ(rep.grades, grades);
  EXPECT_EQ(rep.title, "行政执法案卷评查报告");
  EXPECT_EQ(rep.standard_version, "2025.1");
  EXPECT_EQ(rep.as_of, D("2026-12-31"));
}

TEST(AuditReport, MostFrequentFindingsWithTheirArticles) {
  const AuditReport rep = report_of(results());
  ASSERT_EQ(rep.findings.size(), 3u);
  // Two each for evidence_before_filing and notice_missing: equal counts go by code.
  const FindingCount& first = rep.findings[0];
  EXPECT_EQ(first.code, "evidence_before_filing");
  EXPECT_EQ(first.article, "行政处罚法 Art. 54, 55");
  EXPECT_EQ(first.item_id, "C1");
  EXPECT_EQ(first.count, 2u);
  EXPECT_EQ(first.files, 1u);  // both in file 3
  EXPECT_DOUBLE_EQ(first.points, 8);
  const FindingCount& second = rep.findings[1];
  EXPECT_EQ(second.code, "notice_missing");
  EXPECT_EQ(second.article, "行政处罚法 Art. 44, 62");
  EXPECT_EQ(second.item_id, "C2");
  EXPECT_EQ(second.count, 2u);
  EXPECT_EQ(second.files, 2u);  // files 2 and 5
  EXPECT_DOUBLE_EQ(second.points, 30);
  const FindingCount& third = rep.findings[2];
  EXPECT_EQ(third.code, "fewer_than_two_officers");
  EXPECT_EQ(third.article, "行政处罚法 Art. 42");
  EXPECT_EQ(third.item_id, "V3");
  EXPECT_EQ(third.count, 1u);
  EXPECT_DOUBLE_EQ(third.points, 0);  // a veto deducts nothing: it fails the file
}

TEST(AuditReport, PerAgencyLowestMeanFirst) {
  const AuditReport rep = report_of(results());
  ASSERT_EQ(rep.agencies.size(), 2u);
  const GroupStats& dl = rep.agencies[0];  // files 1, 2, 4
  EXPECT_EQ(dl.key, "DLDRC");
  EXPECT_EQ(dl.name, "大连市发展和改革委员会");
  EXPECT_EQ(dl.files, 3u);
  EXPECT_EQ(dl.failed, 1u);
  EXPECT_EQ(dl.findings, 2u);
  EXPECT_DOUBLE_EQ(dl.mean_total, 185.0 / 3);
  const GroupStats& jz = rep.agencies[1];  // files 3, 5
  EXPECT_EQ(jz.key, "JZDRC");
  EXPECT_EQ(jz.name, "大连市金州区发展和改革局");
  EXPECT_EQ(jz.files, 2u);
  EXPECT_EQ(jz.failed, 0u);
  EXPECT_EQ(jz.findings, 3u);
  EXPECT_DOUBLE_EQ(jz.mean_total, 88.5);
}

TEST(AuditReport, PerOfficerCountsEveryFileAnOfficerInvestigatedOrSigned) {
  const AuditReport rep = report_of(results());
  struct Row {
    const char* key;
    const char* name;
    std::size_t files, failed, findings;
    double mean;
  };
  // O1, O2: files 1, 2, 4. B3: file 5. B1: files 3, 5. B2: files 3, 5 (signed the decision).
  // Lowest mean first; equal means by id.
  const std::vector<Row> expected{{"O1", "王明", 3, 1, 2, 185.0 / 3},
                                  {"O2", "李华", 3, 1, 2, 185.0 / 3},
                                  {"B3", "陈三", 1, 0, 1, 85},
                                  {"B1", "陈一", 2, 0, 3, 88.5},
                                  {"B2", "陈二", 2, 0, 3, 88.5}};
  ASSERT_EQ(rep.officers.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const GroupStats& g = rep.officers[i];
    EXPECT_EQ(g.key, expected[i].key) << i;
    EXPECT_EQ(g.name, expected[i].name) << i;
    EXPECT_EQ(g.files, expected[i].files) << g.key;
    EXPECT_EQ(g.failed, expected[i].failed) << g.key;
    EXPECT_EQ(g.findings, expected[i].findings) << g.key;
    EXPECT_DOUBLE_EQ(g.mean_total, expected[i].mean) << g.key;
  }
}

TEST(AuditReport, WorstFilesLowestTotalFirstKeepingOnlyTheAskedNumber) {
  // 0 (file 4), then the two files at 85 by case id; 92 and 100 are left out.
  const AuditReport rep = report_of(results(), 3);
  ASSERT_EQ(rep.worst.size(), 3u);
  EXPECT_EQ(rep.worst[0].case_id, 4);
  EXPECT_EQ(rep.worst[0].number, "大发改罚〔2026〕4号");
  EXPECT_DOUBLE_EQ(rep.worst[0].total, 0);
  EXPECT_EQ(rep.worst[0].grade, "不合格");
  EXPECT_EQ(rep.worst[0].codes, std::vector<std::string>{"fewer_than_two_officers"});
  EXPECT_EQ(rep.worst[1].case_id, 2);
  EXPECT_EQ(rep.worst[2].case_id, 5);
  EXPECT_EQ(rep.worst[2].agency_code, "JZDRC");
  EXPECT_DOUBLE_EQ(rep.worst[2].total, 85);
  // The order the results come in does not matter.
  std::vector<AuditResult> reversed(results().rbegin(), results().rend());
  const AuditReport again = report_of(reversed, 3);
  ASSERT_EQ(again.worst.size(), 3u);
  EXPECT_EQ(again.worst[0].case_id, 4);
  EXPECT_EQ(again.worst[1].case_id, 2);
  EXPECT_EQ(again.worst[2].case_id, 5);
  EXPECT_TRUE(report_of(results(), 0).worst.empty());
  EXPECT_EQ(report_of(results(), 10).worst.size(), 5u);
}

TEST(AuditReport, ItemsWithoutAutomaticChecksAreReportedAsUncheckedInEveryFile) {
  // F3, F4 and V6 of the built-in standard have no automatic check: a reviewer scores them.
  const AuditReport rep = report_of(results());
  for (const char* id : {"F3", "F4", "V6"}) {
    auto it = std::find_if(rep.unchecked.begin(), rep.unchecked.end(),
                           [&](const UncheckedItem& u) { return u.item_id == id; });
    ASSERT_NE(it, rep.unchecked.end()) << id;
    EXPECT_EQ(it->files, 5u) << id;
    EXPECT_FALSE(it->reason.empty()) << id;
  }
  auto f3 = std::find_if(rep.unchecked.begin(), rep.unchecked.end(),
                         [](const UncheckedItem& u) { return u.item_id == "F3"; });
  EXPECT_EQ(f3->title, "使用规范文书，填写规范");
}

TEST(AuditReport, AnEmptyRunHasEveryGradeAtZeroAndNoMean) {
  const AuditReport rep = report_of({});
  EXPECT_EQ(rep.files, 0u);
  EXPECT_DOUBLE_EQ(rep.mean_total, 0);
  ASSERT_EQ(rep.grades.size(), 4u);
  for (const auto& [g, n] : rep.grades) EXPECT_EQ(n, 0u) << g;
  EXPECT_TRUE(rep.findings.empty());
  EXPECT_TRUE(rep.agencies.empty());
  EXPECT_TRUE(rep.worst.empty());
  EXPECT_NE(report_html(rep).find("无 (no findings)"), std::string::npos);
}

// The CSV's records, each of which must end with CRLF (RFC 4180, as every zhifa CSV).
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    EXPECT_TRUE(!line.empty() && line.back() == '\r') << "not ended by CRLF: " << line;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(line);
  }
  return out;
}

TEST(AuditReport, CsvCarriesTheFigures) {
  const auto lines = lines_of(report_csv(report_of(results())));
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "view,key,name,files,failed,findings,value");
  auto has = [&](const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
  };
  for (const char* line : {
           "summary,files,,5,,,5",
           "summary,vetoed,,5,,,1",
           "summary,mean_total,,5,,,72.40",
           "grade,优秀,,2,,,2",
           "grade,良好,,2,,,2",
           "grade,合格,,0,,,0",
           "grade,不合格,,1,,,1",
           // Articles hold commas: quoted.
           "finding,evidence_before_filing,\"行政处罚法 Art. 54, 55\",1,,2,8",
           "finding,notice_missing,\"行政处罚法 Art. 44, 62\",2,,2,30",
           "finding,fewer_than_two_officers,行政处罚法 Art. 42,1,,1,0",
           "agency,DLDRC,大连市发展和改革委员会,3,1,2,61.67",
           "agency,JZDRC,大连市金州区发展和改革局,2,0,3,88.50",
           "officer,O1,王明,3,1,2,61.67",
           "officer,B3,陈三,1,0,1,85.00",
           "worst,4,大发改罚〔2026〕4号,1,1,fewer_than_two_officers,0",
           "worst,2,大发改罚〔2026〕2号,1,0,notice_missing,85",
           "worst,5,<script>alert(1)</script>,1,0,notice_missing,85",
       }) {
    EXPECT_TRUE(has(line)) << "missing: " << line << "\n" << report_csv(report_of(results()));
  }
  // Header, 3 summary, 4 grades, 3 findings, 2 agencies, 5 officers, 3 worst, then unchecked.
  ASSERT_GT(lines.size(), 21u);
  EXPECT_EQ(lines[20].rfind("worst,5,", 0), 0u) << lines[20];
  EXPECT_EQ(lines[21].rfind("unchecked,", 0), 0u) << lines[21];
}

TEST(AuditReport, JsonCarriesTheFigures) {
  const json j = json::parse(report_json(report_of(results())));
  EXPECT_EQ(j.at("files"), 5);
  EXPECT_EQ(j.at("vetoed"), 1);
  EXPECT_DOUBLE_EQ(j.at("mean_total").get<double>(), 72.4);
  EXPECT_EQ(j.at("as_of"), "2026-12-31");
  EXPECT_EQ(j.at("standard").at("version"), "2025.1");
  EXPECT_EQ(j.at("grades"), json::parse(R"([{"grade":"优秀","files":2},{"grade":"良好","files":2},
                                             {"grade":"合格","files":0},{"grade":"不合格","files":1}])"));
  const json& f = j.at("findings");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].at("code"), "evidence_before_filing");
  EXPECT_EQ(f[0].at("article"), "行政处罚法 Art. 54, 55");
  EXPECT_EQ(f[0].at("count"), 2);
  EXPECT_EQ(f[0].at("files"), 1);
  EXPECT_DOUBLE_EQ(f[0].at("points").get<double>(), 8);
  EXPECT_EQ(f[1].at("code"), "notice_missing");
  EXPECT_DOUBLE_EQ(f[1].at("points").get<double>(), 30);
  const json& a = j.at("agencies");
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].at("key"), "DLDRC");
  EXPECT_DOUBLE_EQ(a[0].at("mean_total").get<double>(), 61.67);  // rounded to 2 places
  EXPECT_EQ(a[1].at("findings"), 3);
  EXPECT_EQ(j.at("officers").size(), 5u);
  EXPECT_EQ(j.at("officers")[2].at("key"), "B3");
  const json& w = j.at("worst");
  ASSERT_EQ(w.size(), 3u);
  EXPECT_EQ(w[0].at("case_id"), 4);
  EXPECT_EQ(w[2].at("number"), kMaliciousNumber);
  EXPECT_EQ(w[2].at("findings"), json::array({"notice_missing"}));
}

TEST(AuditReport, HtmlIsSelfContainedAndEscapesTheCaseFiles) {
  const std::string html = report_html(report_of(results()));
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("<svg"), std::string::npos);
  EXPECT_NE(html.find("<b id=\"files\">5</b>"), std::string::npos);
  EXPECT_NE(html.find("<b id=\"mean\">72.4</b>"), std::string::npos);
  EXPECT_NE(html.find("<b id=\"vetoed\">1</b>"), std::string::npos);
  EXPECT_NE(html.find("<td>行政处罚法 Art. 44, 62</td>"), std::string::npos);
  // Nothing is fetched: no script, no stylesheet link, no external source or import; the only
  // URL is the SVG namespace name, which is an identifier, not a reference.
  for (const char* banned : {"<script", "<link", " src=", "@import", "url("}) {
    EXPECT_EQ(html.find(banned), std::string::npos) << banned;
  }
  for (std::size_t at = html.find("http"); at != std::string::npos;
       at = html.find("http", at + 1)) {
    EXPECT_EQ(html.compare(at, 26, "http://www.w3.org/2000/svg"), 0) << html.substr(at, 60);
  }
  // The malicious case number is shown as text.
  EXPECT_NE(html.find("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"), std::string::npos);
  // A title with markup and quotes is escaped too.
  AuditReportBuilder b(Standard::builtin(), context());
  const std::string titled = report_html(b.finish("评查 \"2026\" <b>&</b>"));
  EXPECT_NE(titled.find("<title>评查 &quot;2026&quot; &lt;b&gt;&amp;&lt;/b&gt;</title>"),
            std::string::npos);
  EXPECT_EQ(titled.find("<b>&</b>"), std::string::npos);
}

}  // namespace
}  // namespace zhifa

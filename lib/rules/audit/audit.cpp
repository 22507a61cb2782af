#include "zhifa/audit.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

#include "rules/audit/checks.hpp"
#include "rules/audit/plan.hpp"
#include "rules/audit/result_json.hpp"
#include "util/json_node.hpp"
#include "util/json_writer.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

namespace detail {
extern const std::string_view kDefaultStandardJson;
}  // namespace detail

namespace {

using detail::json;
using detail::Node;

// Scores are kept to a hundredth of a point, so that band boundaries compare exactly.
double round2(double x) { return std::round(x * 100.0) / 100.0; }

double number(const Node& n) {
  if (!n.j.is_number()) n.fail("expected a number");
  const double v = n.j.get<double>();
  if (!std::isfinite(v) || v < 0 || v > 1000) n.fail("expected a number of points from 0 to 1000");
  return v;
}

ItemSection section_from(const Node& n) {
  const std::string s = n.str();
  if (s == "veto") return ItemSection::kVeto;
  if (s == "form") return ItemSection::kForm;
  if (s == "content") return ItemSection::kContent;
  n.fail("unknown section '" + s + "' (veto, form, content)");
}

CheckStatus check_status_from(const std::string& s) {
  if (s == "passed") return CheckStatus::kPassed;
  if (s == "finding") return CheckStatus::kFinding;
  if (s == "not_applicable") return CheckStatus::kNotApplicable;
  if (s == "not_checkable") return CheckStatus::kNotCheckable;
  throw ValidationError("unknown check status '" + s + "'");
}

ItemSection section_from_string(const std::string& s) {
  if (s == "veto") return ItemSection::kVeto;
  if (s == "form") return ItemSection::kForm;
  if (s == "content") return ItemSection::kContent;
  throw ValidationError("unknown standard section '" + s + "'");
}

}  // namespace

// ---- the standard ---------------------------------------------------------------------------

double StandardItem::deduction_for(const std::string& code) const {
  auto it = deductions.find(code);
  return it == deductions.end() ? deduction : it->second;
}

const Standard& Standard::builtin() {
  static const Standard kStandard =
      from_json(detail::kDefaultStandardJson, "built-in standards/default.json");
  return kStandard;
}

Standard Standard::from_json(std::string_view text, std::string_view source) {
  const json j = detail::parse_json(text, source);
  const Node root{j, "$", source};
  detail::check_header(root, "zhifa-audit-standard", 1);
  Standard s;
  s.name_ = root.at("name").str();
  s.version_ = root.at("standard_version").str();
  s.source_ = root.at("source").str();
  s.fail_grade_ = root.str_or("fail_grade", "不合格");
  const Node sections = root.at("sections");
  s.form_points_ = number(sections.at("form"));
  s.content_points_ = number(sections.at("content"));
  const Node grades = root.at("grades");
  double previous = 1e9;
  for (std::size_t i = 0; i < grades.size(); ++i) {
    const Node g = grades.item(i);
    GradeBand b{g.at("name").str(), number(g.at("min"))};
    if (b.min_score >= previous) g.at("min").fail("grade bands must be listed highest first");
    if (b.min_score > s.form_points_ + s.content_points_) {
      g.at("min").fail("above the total of the sections");
    }
    previous = b.min_score;
    s.bands_.push_back(std::move(b));
  }
  if (s.bands_.empty()) grades.fail("at least one grade band is needed");
  const Node items = root.at("items");
  std::set<std::string> ids;
  double form = 0, content = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Node n = items.item(i);
    StandardItem it;
    it.id = n.at("id").str();
    if (it.id.empty()) n.at("id").fail("empty item id");
    if (!ids.insert(it.id).second) n.at("id").fail("duplicate item id '" + it.id + "'");
    it.section = section_from(n.at("section"));
    it.title = n.at("title").str();
    it.basis = n.str_or("basis", "");
    if (it.section != ItemSection::kVeto) {
      it.points = number(n.at("points"));
      it.deduction = number(n.at("deduction"));
      if (auto f = n.maybe("floor")) it.floor = number(*f);
      if (it.floor > it.points) n.at("floor").fail("the floor is above the item's points");
      if (auto d = n.maybe("deductions")) {
        if (!d->j.is_object()) d->fail("expected an object of finding code -> points");
        for (const auto& [code, v] : d->j.items()) {
          it.deductions[code] = number(Node{v, d->path + "." + code, source});
        }
      }
      (it.section == ItemSection::kForm ? form : content) += it.points;
    }
    if (auto c = n.maybe("checks")) {
      for (std::size_t k = 0; k < c->size(); ++k) it.checks.push_back(c->item(k).str());
    }
    s.items_.push_back(std::move(it));
  }
  if (std::abs(form - s.form_points_) > 1e-9) {
    sections.at("form").fail("the form items add up to " + std::to_string(form) +
                             " points, not the section's " + std::to_string(s.form_points_));
  }
  if (std::abs(content - s.content_points_) > 1e-9) {
    sections.at("content").fail("the content items add up to " + std::to_string(content) +
                                " points, not the section's " + std::to_string(s.content_points_));
  }
  return s;
}

Standard Standard::from_json_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataFileError(path + ": cannot open the file");
  std::ostringstream ss;
  ss << in.rdbuf();
  return from_json(ss.str(), path);
}

const StandardItem& Standard::item(std::string_view id) const {
  for (const auto& it : items_) {
    if (it.id == id) return it;
  }
  throw NotFoundError("the standard '" + name_ + "' has no item '" + std::string(id) + "'");
}

const std::string& Standard::grade(double total) const {
  const double t = round2(total);
  for (const auto& b : bands_) {
    if (t >= b.min_score) return b.name;
  }
  return fail_grade_;
}

// ---- checks and context ---------------------------------------------------------------------

void CheckOutcome::add(std::string code, std::string article, std::string message) {
  status = CheckStatus::kFinding;
  Finding f;
  f.code = std::move(code);
  f.article = std::move(article);
  f.message = std::move(message);
  findings.push_back(std::move(f));
}

const CheckRegistry& CheckRegistry::builtin() {
  static const CheckRegistry kRegistry = [] {
    CheckRegistry r;
    for (auto& c : detail::builtin_checks()) r.add(std::move(c));
    return r;
  }();
  return kRegistry;
}

void CheckRegistry::add(AuditCheck check) {
  if (check.id.empty()) throw ValidationError("an audit check needs an id");
  if (!check.run) throw ValidationError("audit check '" + check.id + "' has no function");
  std::string id = check.id;
  checks_[id] = std::move(check);
}

const AuditCheck* CheckRegistry::find(std::string_view id) const {
  auto it = checks_.find(id);
  return it == checks_.end() ? nullptr : &it->second;
}

std::vector<std::string> CheckRegistry::ids() const {
  std::vector<std::string> out;
  for (const auto& [id, c] : checks_) out.push_back(id);
  return out;
}

AuditContext::AuditContext(Date as_of_, std::vector<Agency> agencies, JurisdictionRules rules,
                           WorkCalendar calendar_, const Catalog& catalog_,
                           std::shared_ptr<const CheckRegistry> checks_)
    : as_of(as_of_),
      catalog(&catalog_ == &Catalog::builtin()
                  ? std::shared_ptr<const Catalog>(&Catalog::builtin(), [](const Catalog*) {})
                  : std::make_shared<const Catalog>(catalog_)),
      checks(checks_ ? std::move(checks_)
                     : std::shared_ptr<const CheckRegistry>(&CheckRegistry::builtin(),
                                                            [](const CheckRegistry*) {})),
      calendar(std::move(calendar_)) {
  if (as_of.is_special()) throw ValidationError("the audit needs an as-of date");
  for (auto& a : agencies) {
    std::string code = a.code;
    procedures.emplace(code, Procedure(std::move(a), rules, calendar));
  }
}

// ---- scoring --------------------------------------------------------------------------------

void rescore(AuditResult& r, const Standard& standard) {
  r.vetoed = false;
  double form = 0, content = 0;
  for (auto& ir : r.items) {
    const StandardItem& item = standard.item(ir.item_id);
    ir.section = item.section;
    double lost = 0;
    bool any = false;
    for (const auto& f : r.findings) {
      if (f.item_id != ir.item_id) continue;
      any = true;
      lost += f.deduction;
    }
    if (any) ir.status = CheckStatus::kFinding;
    if (item.section == ItemSection::kVeto) {
      ir.score = 0;
      r.vetoed = r.vetoed || any;
      continue;
    }
    ir.score = round2(std::max(item.floor, item.points - lost));
    (item.section == ItemSection::kForm ? form : content) += ir.score;
  }
  for (auto& f : r.findings) f.veto = standard.item(f.item_id).section == ItemSection::kVeto;
  r.form_score = round2(std::clamp(form, 0.0, standard.form_points()));
  r.content_score = round2(std::clamp(content, 0.0, standard.content_points()));
  r.total = r.vetoed ? 0.0 : round2(r.form_score + r.content_score);
  r.grade = r.vetoed ? standard.fail_grade() : standard.grade(r.total);
}

namespace detail {

AuditPlan plan_audit(const AuditContext& context, const Standard& standard) {
  AuditPlan plan;
  plan.checks.reserve(standard.items().size());
  for (const auto& item : standard.items()) {
    auto& checks = plan.checks.emplace_back();
    for (const auto& id : item.checks) {
      const AuditCheck* check = context.checks->find(id);
      if (!check) {
        throw ValidationError("the standard '" + standard.name() + "' item " + item.id +
                              " names the check '" + id + "', which the registry does not have");
      }
      checks.push_back(check);
      plan.deadlines = plan.deadlines || check->reads_deadlines;
    }
  }
  return plan;
}

}  // namespace detail

CaseParts parts_read(const Standard& standard, const AuditContext& context) {
  const detail::AuditPlan plan = detail::plan_audit(context, standard);
  CaseParts parts{CasePart::kDocuments};
  for (const auto& checks : plan.checks) {
    for (const AuditCheck* check : checks) parts |= check->reads;
  }
  if (plan.deadlines) parts |= kDeadlineParts;
  return parts;
}

AuditResult audit_case(const Case& c, const AuditContext& context, const Standard& standard) {
  return detail::audit_case(c, context, standard, detail::plan_audit(context, standard));
}

AuditResult detail::audit_case(const Case& c, const AuditContext& context, const Standard& standard,
                               const AuditPlan& plan) {
  AuditResult r;
  r.case_id = c.id;
  r.number = c.number;
  r.agency_code = c.agency_code;
  r.status = to_string(c.status);
  {
    std::set<std::string> seen;
    auto add_officer = [&](const std::string& id) {
      if (!id.empty() && seen.insert(id).second) r.officers.push_back(id);
    };
    for (const auto& id : c.investigators) add_officer(id);
    for (const auto& d : c.documents) {
      if (d.type == DocumentType::kDecision || d.type == DocumentType::kNoPenaltyDecision) {
        for (const auto& id : d.signatories) add_officer(id);
      }
    }
  }
  auto p = context.procedures.find(c.agency_code);
  const Procedure* proc = p == context.procedures.end() ? nullptr : &p->second;
  std::vector<CaseDeadline> deadlines;
  std::string deadline_error;
  if (plan.deadlines) {
    try {
      deadlines = proc ? proc->deadlines(c, context.as_of)
                       : case_deadlines(c, context.as_of, context.calendar);
    } catch (const Error& e) {
      deadline_error = e.what();
    }
  }
  const CheckInput input{c, proc, context, deadlines};
  r.items.reserve(standard.items().size());
  for (std::size_t i = 0; i < standard.items().size(); ++i) {
    const StandardItem& item = standard.items()[i];
    ItemResult ir;
    ir.item_id = item.id;
    ir.section = item.section;
    if (item.checks.empty()) {
      ir.status = CheckStatus::kNotCheckable;
      ir.reason = "for a reviewer: no automatic check";
      r.items.push_back(std::move(ir));
      continue;
    }
    bool passed = false, na = false;
    std::vector<std::string> reasons;
    for (const AuditCheck* check : plan.checks[i]) {
      const std::string& id = check->id;
      CheckOutcome out;
      if (!deadline_error.empty() && check->reads_deadlines) {
        out = CheckOutcome::not_checkable("the deadlines cannot be computed: " + deadline_error);
      } else {
        try {
          out = check->run(input);
        } catch (const Error& e) {
          out = CheckOutcome::not_checkable(id + ": " + e.what());
        }
      }
      for (auto& f : out.findings) {
        f.item_id = item.id;
        f.check_id = id;
        f.deduction = item.section == ItemSection::kVeto ? 0 : item.deduction_for(f.code);
        r.findings.push_back(std::move(f));
      }
      passed = passed || out.status == CheckStatus::kPassed;
      na = na || out.status == CheckStatus::kNotApplicable;
      if (!out.reason.empty()) reasons.push_back(id + ": " + out.reason);
    }
    // The item is checked when any of its checks ran; otherwise not applicable wins over not
    // checkable (a rule that does not apply needs no data).
    ir.status = passed ? CheckStatus::kPassed
                : na   ? CheckStatus::kNotApplicable
                       : CheckStatus::kNotCheckable;
    for (std::size_t k = 0; k < reasons.size(); ++k) ir.reason += (k ? "; " : "") + reasons[k];
    r.items.push_back(std::move(ir));
  }
  rescore(r, standard);
  return r;
}

void add_reviewer_finding(AuditResult& result, const Standard& standard,
                          const ReviewerFinding& rf) {
  const StandardItem& item = standard.item(rf.item_id);
  if (rf.reviewer.empty()) throw ValidationError("a reviewer's finding names the reviewer");
  if (rf.deduction && (*rf.deduction < 0 || !std::isfinite(*rf.deduction))) {
    throw ValidationError("a deduction cannot be negative");
  }
  Finding f;
  f.item_id = item.id;
  f.check_id = "reviewer";
  f.code = rf.code.empty() ? "reviewer_finding" : rf.code;
  f.article = item.basis;
  f.deduction =
      item.section == ItemSection::kVeto ? 0 : rf.deduction.value_or(item.deduction_for(f.code));
  f.message = rf.message;
  f.reviewer = rf.reviewer;
  auto it = std::find_if(result.items.begin(), result.items.end(),
                         [&](const ItemResult& ir) { return ir.item_id == item.id; });
  if (it == result.items.end()) {
    result.items.push_back(ItemResult{item.id, item.section, CheckStatus::kFinding, 0, ""});
  }
  result.findings.push_back(std::move(f));
  rescore(result, standard);
}

// ---- JSON -----------------------------------------------------------------------------------

std::string to_string(ItemSection section) {
  switch (section) {
    case ItemSection::kVeto:
      return "veto";
    case ItemSection::kForm:
      return "form";
    case ItemSection::kContent:
      return "content";
  }
  return "?";
}

std::string to_string(CheckStatus status) {
  switch (status) {
    case CheckStatus::kPassed:
      return "passed";
    case CheckStatus::kFinding:
      return "finding";
    case CheckStatus::kNotApplicable:
      return "not_applicable";
    case CheckStatus::kNotCheckable:
      return "not_checkable";
  }
  return "?";
}

namespace detail {

// The fields of a result other than its items, from either form.
AuditResult result_fields_from(const json& j) {
  AuditResult r;
  r.case_id = j.at("case_id").get<std::int64_t>();
  r.number = j.at("number").get<std::string>();
  r.agency_code = j.at("agency_code").get<std::string>();
  r.status = j.at("status").get<std::string>();
  r.officers = j.at("officers").get<std::vector<std::string>>();
  r.vetoed = j.at("vetoed").get<bool>();
  r.form_score = j.at("form_score").get<double>();
  r.content_score = j.at("content_score").get<double>();
  r.total = j.at("total").get<double>();
  r.grade = j.at("grade").get<std::string>();
  for (const auto& o : j.at("findings")) {
    Finding f;
    f.item_id = o.at("item").get<std::string>();
    f.check_id = o.at("check").get<std::string>();
    f.code = o.at("code").get<std::string>();
    f.article = o.at("article").get<std::string>();
    f.deduction = o.at("deduction").get<double>();
    f.veto = o.at("veto").get<bool>();
    f.message = o.at("message").get<std::string>();
    f.reviewer = o.value("reviewer", "");
    r.findings.push_back(std::move(f));
  }
  return r;
}

ItemSection section_from_name(const std::string& s) { return section_from_string(s); }

}  // namespace detail

// Written directly (json_writer.hpp): the batch audit serialises every result it stores.
std::string to_json(const AuditResult& r) {
  using detail::put_json_key, detail::put_json_number, detail::put_json_string;
  return detail::write_result(r, "", [&](std::string& out) {
    out += '[';
    for (std::size_t k = 0; k < r.items.size(); ++k) {
      const ItemResult& i = r.items[k];
      put_json_key(out.append(k ? ",{" : "{"), "item");
      put_json_string(out, i.item_id);
      if (!i.reason.empty()) {
        put_json_key(out.append(","), "reason");
        put_json_string(out, i.reason);
      }
      put_json_key(out.append(","), "score");
      put_json_number(out, i.score);
      put_json_key(out.append(","), "section");
      put_json_string(out, to_string(i.section));
      put_json_key(out.append(","), "status");
      put_json_string(out, to_string(i.status));
      out += '}';
    }
    out += ']';
  });
}

AuditResult audit_result_from_json(std::string_view text) {
  const json j = detail::parse_json(text, "audit result");
  try {
    AuditResult r = detail::result_fields_from(j);
    for (const auto& o : j.at("items")) {
      ItemResult i;
      i.item_id = o.at("item").get<std::string>();
      i.section = section_from_string(o.at("section").get<std::string>());
      i.status = check_status_from(o.at("status").get<std::string>());
      i.score = o.at("score").get<double>();
      i.reason = o.value("reason", "");
      r.items.push_back(std::move(i));
    }
    return r;
  } catch (const json::exception& e) {
    throw ValidationError(std::string("audit result JSON: ") + e.what());
  }
}

}  // namespace zhifa

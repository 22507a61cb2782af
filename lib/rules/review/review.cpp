#include "zhifa/review.hpp"

#include <array>
#include <utility>

#include "util/file.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace detail {
extern const std::string_view kReviewCriteriaJson;
}

namespace {

using detail::json;
using detail::Node;

constexpr std::array<std::pair<ReviewSubject, const char*>, 4> kSubjects{
    {{ReviewSubject::kPenaltyDecision, "penalty_decision"},
     {ReviewSubject::kOtherEnforcementDecision, "other_enforcement_decision"},
     {ReviewSubject::kContract, "contract"},
     {ReviewSubject::kNormativeDocument, "normative_document"}}};

constexpr std::array<const char*, 5> kFlags{"major_public_interest", "major_rights",
                                            "complex_legal_relations", "review_required_by_law",
                                            "complex_or_serious"};

bool flag_value(const CaseFlags& f, const std::string& name) {
  if (name == "major_public_interest") return f.major_public_interest;
  if (name == "major_rights") return f.major_rights;
  if (name == "complex_legal_relations") return f.complex_legal_relations;
  if (name == "review_required_by_law") return f.review_required_by_law;
  if (name == "complex_or_serious") return f.complex_or_serious;
  return false;
}

std::optional<Money> money_or_none(const Node& n, const char* key) {
  auto v = n.maybe(key);
  if (!v) return std::nullopt;
  try {
    return Money::parse(v->str());
  } catch (const ValidationError& e) {
    v->fail(e.what());
  }
}

ReviewCondition read_condition(const Node& n) {
  ReviewCondition c;
  int keys = 0;
  if (auto f = n.maybe("flag")) {
    ++keys;
    c.kind = ReviewCondition::Kind::kFlag;
    c.flag = f->str();
    bool known = false;
    for (const char* k : kFlags) known = known || c.flag == k;
    if (!known) {
      std::string names;
      for (const char* k : kFlags) names += (names.empty() ? "" : ", ") + std::string(k);
      f->fail("unknown flag '" + c.flag + "' (one of: " + names + ")");
    }
  }
  if (auto h = n.maybe("hearing_held")) {
    ++keys;
    if (!h->boolean()) h->fail("only true is meaningful");
    c.kind = ReviewCondition::Kind::kHearingHeld;
  }
  for (auto [key, kind] :
       {std::pair{"fine_at_least", ReviewCondition::Kind::kFineAtLeast},
        std::pair{"confiscation_at_least", ReviewCondition::Kind::kConfiscationAtLeast}}) {
    if (auto a = n.maybe(key)) {
      ++keys;
      c.kind = kind;
      c.person = money_or_none(*a, "person");
      c.organization = money_or_none(*a, "organization");
      if (!c.person && !c.organization) a->fail("needs \"person\" or \"organization\"");
    }
  }
  if (auto ks = n.maybe("penalty_kinds")) {
    ++keys;
    c.kind = ReviewCondition::Kind::kPenaltyKind;
    for (std::size_t i = 0; i < ks->size(); ++i) {
      try {
        c.kinds.push_back(penalty_kind_from_string(ks->item(i).str()));
      } catch (const ValidationError& e) {
        ks->item(i).fail(e.what());
      }
    }
    if (c.kinds.empty()) ks->fail("lists no penalty kind");
  }
  if (auto m = n.maybe("mitigation")) {
    ++keys;
    c.kind = ReviewCondition::Kind::kMitigation;
    try {
      c.mitigation = mitigation_from_string(m->str());
    } catch (const ValidationError& e) {
      m->fail(e.what());
    }
  }
  if (keys != 1) {
    n.fail(
        "a condition has exactly one of flag, hearing_held, fine_at_least, "
        "confiscation_at_least, penalty_kinds, mitigation");
  }
  return c;
}

json write_condition(const ReviewCondition& c) {
  auto amounts = [&] {
    json a = json::object();
    if (c.person) a["person"] = c.person->to_string();
    if (c.organization) a["organization"] = c.organization->to_string();
    return a;
  };
  switch (c.kind) {
    case ReviewCondition::Kind::kFlag:
      return {{"flag", c.flag}};
    case ReviewCondition::Kind::kHearingHeld:
      return {{"hearing_held", true}};
    case ReviewCondition::Kind::kFineAtLeast:
      return {{"fine_at_least", amounts()}};
    case ReviewCondition::Kind::kConfiscationAtLeast:
      return {{"confiscation_at_least", amounts()}};
    case ReviewCondition::Kind::kPenaltyKind: {
      json ks = json::array();
      for (auto k : c.kinds) ks.push_back(to_string(k));
      return {{"penalty_kinds", ks}};
    }
    case ReviewCondition::Kind::kMitigation:
      return {{"mitigation", to_string(c.mitigation)}};
  }
  return json::object();
}

// Whether the condition holds, and if so a short reason.
std::optional<std::string> holds(const ReviewCondition& cond, const Case& c,
                                 const std::vector<Penalty>& penalties, Mitigation mitigation) {
  switch (cond.kind) {
    case ReviewCondition::Kind::kFlag:
      if (flag_value(c.flags, cond.flag)) return "flag " + cond.flag;
      return std::nullopt;
    case ReviewCondition::Kind::kHearingHeld:
      if (c.hearing && c.hearing->held_on) return "hearing held on " + iso(*c.hearing->held_on);
      return std::nullopt;
    case ReviewCondition::Kind::kFineAtLeast:
    case ReviewCondition::Kind::kConfiscationAtLeast: {
      const bool fine = cond.kind == ReviewCondition::Kind::kFineAtLeast;
      const bool person = any_natural_person(c);
      const auto& threshold = person ? cond.person : cond.organization;
      if (!threshold) return std::nullopt;
      Money total = fine ? total_amount(penalties, {PenaltyKind::kFine})
                         : total_amount(penalties, {PenaltyKind::kConfiscateIllegalGains,
                                                    PenaltyKind::kConfiscateIllegalProperty});
      if (total < *threshold) return std::nullopt;
      return std::string(fine ? "fines" : "confiscations") + " of " + total.to_string() +
             " yuan, at least the " + threshold->to_string() + " yuan threshold for " +
             (person ? "a natural person" : "an organisation");
    }
    case ReviewCondition::Kind::kPenaltyKind:
      for (const auto& p : penalties) {
        for (auto k : cond.kinds) {
          if (p.kind == k) return "penalty " + to_string(k);
        }
      }
      return std::nullopt;
    case ReviewCondition::Kind::kMitigation:
      if (mitigation == cond.mitigation) return "tier " + to_string(mitigation);
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<ReviewItemSpec> default_items() {
  return {{"subject", "行政执法主体是否合法"},
          {"officer_qualification", "行政执法人员是否具备执法资格"},
          {"procedure", "执法程序是否合法"},
          {"facts", "案件事实是否清楚"},
          {"evidence", "证据是否合法充分"},
          {"legal_basis", "适用法律、法规、规章是否准确"},
          {"discretion", "裁量基准运用是否适当"},
          {"authority", "执法是否超越执法机关法定权限"},
          {"documents", "行政执法文书是否完备、规范"},
          {"criminal_transfer", "违法行为是否涉嫌犯罪、需要移送司法机关"}};
}

}  // namespace

ReviewCriteria ReviewCriteria::statutory() {
  ReviewCriteria r;
  r.name_ = "行政处罚法 Art. 58";
  r.source_ = "行政处罚法 (2021) Art. 58 ¶1 (1)-(4)";
  auto flag = [](const char* f) {
    ReviewCondition c;
    c.kind = ReviewCondition::Kind::kFlag;
    c.flag = f;
    return c;
  };
  ReviewCondition heard;
  heard.kind = ReviewCondition::Kind::kHearingHeld;
  r.criteria_ = {
      {"art58-1", "涉及重大公共利益", "行政处罚法 Art. 58 (1)", {flag("major_public_interest")}},
      {"art58-2",
       "直接关系当事人或者第三人重大权益，经过听证程序",
       "行政处罚法 Art. 58 (2)",
       {flag("major_rights"), heard}},
      {"art58-3",
       "案件情况疑难复杂、涉及多个法律关系",
       "行政处罚法 Art. 58 (3)",
       {flag("complex_legal_relations")}},
      {"art58-4",
       "法律、法规规定应当进行法制审核",
       "行政处罚法 Art. 58 (4)",
       {flag("review_required_by_law")}}};
  r.items_ = default_items();
  return r;
}

ReviewCriteria ReviewCriteria::example() {
  static const ReviewCriteria builtin =
      from_json(detail::kReviewCriteriaJson, "built-in criteria.json");
  return builtin;
}

ReviewCriteria ReviewCriteria::from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-review-criteria", 1);
  ReviewCriteria r;
  r.name_ = root.at("name").str();
  r.source_ = root.str_or("source", "");
  Node items = root.at("items");
  for (std::size_t i = 0; i < items.size(); ++i) {
    Node it = items.item(i);
    ReviewItemSpec spec{it.at("key").str(), it.at("name").str()};
    if (spec.key.empty()) it.at("key").fail("an item key is not empty");
    if (r.has_item(spec.key)) it.at("key").fail("item '" + spec.key + "' appears twice");
    r.items_.push_back(std::move(spec));
  }
  Node cs = root.at("criteria");
  for (std::size_t i = 0; i < cs.size(); ++i) {
    Node n = cs.item(i);
    ReviewCriterion c;
    c.id = n.at("id").str();
    if (c.id.empty()) n.at("id").fail("a criterion id is not empty");
    for (const auto& other : r.criteria_) {
      if (other.id == c.id) n.at("id").fail("criterion '" + c.id + "' appears twice");
    }
    c.description = n.str_or("description", "");
    c.basis = n.at("basis").str();
    Node all = n.at("all");
    for (std::size_t k = 0; k < all.size(); ++k) c.all.push_back(read_condition(all.item(k)));
    if (c.all.empty()) all.fail("a criterion needs at least one condition");
    r.criteria_.push_back(std::move(c));
  }
  return r;
}

ReviewCriteria ReviewCriteria::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

std::string ReviewCriteria::to_json() const {
  json j;
  j["format"] = "zhifa-review-criteria";
  j["version"] = 1;
  j["name"] = name_;
  j["source"] = source_;
  j["items"] = json::array();
  for (const auto& i : items_) j["items"].push_back({{"key", i.key}, {"name", i.name}});
  j["criteria"] = json::array();
  for (const auto& c : criteria_) {
    json all = json::array();
    for (const auto& cond : c.all) all.push_back(write_condition(cond));
    j["criteria"].push_back(
        {{"id", c.id}, {"basis", c.basis}, {"description", c.description}, {"all", all}});
  }
  return j.dump(1);
}

bool ReviewCriteria::has_item(const std::string& key) const {
  for (const auto& i : items_) {
    if (i.key == key) return true;
  }
  return false;
}

std::vector<ReviewGround> ReviewCriteria::match(const Case& c,
                                                const std::vector<Penalty>& penalties,
                                                Mitigation mitigation) const {
  std::vector<ReviewGround> out;
  for (const auto& crit : criteria_) {
    std::string why;
    bool all = true;
    for (const auto& cond : crit.all) {
      auto reason = holds(cond, c, penalties, mitigation);
      if (!reason) {
        all = false;
        break;
      }
      why += (why.empty() ? "" : ", ") + *reason;
    }
    if (all) {
      out.push_back(ReviewGround{crit.id, crit.basis,
                                 (crit.description.empty() ? "" : crit.description + " (") + why +
                                     (crit.description.empty() ? "" : ")")});
    }
  }
  return out;
}

std::optional<std::string> SubjectReview::problem() const {
  if (id.empty()) return "a review needs an id";
  if (title.empty()) return "review '" + id + "' has no title";
  if (reviewer_id.empty()) return "review '" + id + "' names no reviewer";
  if (reviewed_on < submitted_on) {
    return "review '" + id + "' is dated " + iso(reviewed_on) + ", before its submission on " +
           iso(submitted_on);
  }
  return std::nullopt;
}

NormativeStatus NormativeDocument::status_on(Date on) const {
  if (repealed_on && on >= *repealed_on) return NormativeStatus::kRepealed;
  if (expires_on && on > *expires_on) return NormativeStatus::kExpired;
  if (on < effective_on) return NormativeStatus::kNotYetEffective;
  return NormativeStatus::kValid;
}

std::optional<std::string> NormativeDocument::problem() const {
  if (number.empty()) return "a normative document needs its number (文号)";
  if (title.empty()) return "normative document " + number + " has no title";
  if (issuing_body.empty()) return "normative document " + number + " names no issuing body";
  if (effective_on < issued_on) {
    return "normative document " + number + " takes effect on " + iso(effective_on) +
           ", before its issue on " + iso(issued_on);
  }
  if (expires_on && *expires_on < effective_on) {
    return "normative document " + number + " expires on " + iso(*expires_on) +
           ", before it takes effect on " + iso(effective_on);
  }
  if (repealed_on && *repealed_on < issued_on) {
    return "normative document " + number + " is repealed on " + iso(*repealed_on) +
           ", before its issue on " + iso(issued_on);
  }
  return std::nullopt;
}

std::string to_string(ReviewSubject s) {
  for (const auto& [v, n] : kSubjects) {
    if (v == s) return n;
  }
  return "?";
}

std::string to_string(NormativeStatus s) {
  switch (s) {
    case NormativeStatus::kNotYetEffective:
      return "not_yet_effective";
    case NormativeStatus::kValid:
      return "valid";
    case NormativeStatus::kExpired:
      return "expired";
    case NormativeStatus::kRepealed:
      return "repealed";
  }
  return "?";
}

ReviewSubject review_subject_from_string(const std::string& text) {
  std::string accepted;
  for (const auto& [v, n] : kSubjects) {
    if (text == n) return v;
    accepted += (accepted.empty() ? "" : ", ") + std::string(n);
  }
  throw ValidationError("unknown review subject '" + text + "' (one of: " + accepted + ")");
}

}  // namespace zhifa

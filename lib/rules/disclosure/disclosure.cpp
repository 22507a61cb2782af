#include "zhifa/disclosure.hpp"

#include <algorithm>
#include <array>
#include <ostream>
#include <sstream>
#include <utility>

#include "foundation/period_math.hpp"
#include "util/file.hpp"
#include "util/json_node.hpp"
#include "util/utf8.hpp"
#include "zhifa/csv.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace detail {
extern const std::string_view kDisclosureRulesJson;
extern const std::string_view kMarketDisclosureRulesJson;
}  // namespace detail

namespace {

using detail::json;
using detail::Node;

constexpr std::array<std::pair<DisclosureStatus, const char*>, 11> kStatuses{
    {{DisclosureStatus::kNotRequired, "not_required"},
     {DisclosureStatus::kDue, "due"},
     {DisclosureStatus::kOverdue, "overdue"},
     {DisclosureStatus::kPublished, "published"},
     {DisclosureStatus::kPublishedLate, "published_late"},
     {DisclosureStatus::kWithdrawalDue, "withdrawal_due"},
     {DisclosureStatus::kWithdrawalOverdue, "withdrawal_overdue"},
     {DisclosureStatus::kWithdrawn, "withdrawn"},
     {DisclosureStatus::kWithdrawnLate, "withdrawn_late"},
     {DisclosureStatus::kExpired, "expired"},
     {DisclosureStatus::kRemoved, "removed"}}};

// 复姓 kept whole by mask_name (a fixed, documented list: docs/disclosure.md).
constexpr std::array<std::string_view, 30> kCompoundSurnames{
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙",
    "宇文", "司徒", "夏侯", "轩辕", "令狐", "端木", "西门", "南宫", "独孤", "申屠",
    "太史", "闻人", "钟离", "澹台", "公冶", "濮阳", "万俟", "呼延", "赫连", "拓跋"};

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  if (from.empty()) return;
  std::size_t pos = 0;
  while ((pos = text.find(from, pos)) != std::string::npos) {
    text.replace(pos, from.size(), to);
    pos += to.size();
  }
}

std::string penalty_name_zh(PenaltyKind k) {
  switch (k) {
    case PenaltyKind::kWarning:
      return "警告";
    case PenaltyKind::kPublicCriticism:
      return "通报批评";
    case PenaltyKind::kFine:
      return "罚款";
    case PenaltyKind::kConfiscateIllegalGains:
      return "没收违法所得";
    case PenaltyKind::kConfiscateIllegalProperty:
      return "没收非法财物";
    case PenaltyKind::kSuspendLicense:
      return "暂扣许可证件";
    case PenaltyKind::kLowerQualification:
      return "降低资质等级";
    case PenaltyKind::kRevokeLicense:
      return "吊销许可证件";
    case PenaltyKind::kRestrictBusiness:
      return "限制开展生产经营活动";
    case PenaltyKind::kOrderSuspendProduction:
      return "责令停产停业";
    case PenaltyKind::kOrderClosure:
      return "责令关闭";
    case PenaltyKind::kRestrictPractice:
      return "限制从业";
    case PenaltyKind::kAdministrativeDetention:
      return "行政拘留";
    case PenaltyKind::kOtherByLaw:
      return "其他行政处罚";
  }
  return "?";
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out += sep;
    out += p;
  }
  return out;
}

// Yuan without thousands separators, e.g. "5000.00", for CSV.
std::string plain_yuan(Money m) {
  std::int64_t f = m.fen();
  std::string sign = f < 0 ? "-" : "";
  std::uint64_t a = f < 0 ? 0 - static_cast<std::uint64_t>(f) : static_cast<std::uint64_t>(f);
  std::string cents = std::to_string(a % 100);
  if (cents.size() < 2) cents = "0" + cents;
  return sign + std::to_string(a / 100) + "." + cents;
}

PublicityPeriod read_period(const Node& n) {
  PublicityPeriod p;
  p.id = n.at("id").str();
  if (p.id.empty()) n.at("id").fail("a publicity period id is not empty");
  p.description = n.str_or("description", "");
  p.basis = n.at("basis").str();
  if (auto ks = n.maybe("only_kinds")) {
    for (std::size_t i = 0; i < ks->size(); ++i) {
      try {
        p.only_kinds.push_back(penalty_kind_from_string(ks->item(i).str()));
      } catch (const ValidationError& e) {
        ks->item(i).fail(e.what());
      }
    }
  }
  if (auto f = n.maybe("fine_at_most")) {
    try {
      p.fine_at_most = Money::parse(f->str());
    } catch (const ValidationError& e) {
      f->fail(e.what());
    }
    if (*p.fine_at_most < Money()) f->fail("a fine threshold is not negative");
  }
  Node months = n.at("months");
  p.months = months.integer();
  if (p.months < 1 || p.months > 1200) {
    months.fail("months must be 1 to 1200, got " + std::to_string(p.months));
  }
  return p;
}

}  // namespace

// ---- rules -------------------------------------------------------------------------------------

bool PublicityPeriod::matches(const std::vector<Penalty>& penalties) const {
  if (!only_kinds.empty()) {
    if (penalties.empty()) return false;
    for (const auto& p : penalties) {
      if (std::find(only_kinds.begin(), only_kinds.end(), p.kind) == only_kinds.end()) return false;
    }
  }
  if (fine_at_most) {
    Money total;
    for (const auto& p : penalties) {
      if (p.kind == PenaltyKind::kFine && p.amount) total += *p.amount;
    }
    if (total > *fine_at_most) return false;
  }
  return true;
}

DisclosureRules DisclosureRules::defaults() {
  static const DisclosureRules builtin =
      from_json(detail::kDisclosureRulesJson, "built-in disclosure/default.json");
  return builtin;
}

DisclosureRules DisclosureRules::market_regulation_example() {
  static const DisclosureRules builtin =
      from_json(detail::kMarketDisclosureRulesJson, "built-in disclosure/market_regulation.json");
  return builtin;
}

DisclosureRules DisclosureRules::from_json(std::string_view text, std::string_view source) {
  json doc = detail::parse_json(text, source);
  Node root{doc, "$", source};
  detail::check_header(root, "zhifa-disclosure-rules", 1);
  DisclosureRules r;
  r.name_ = root.at("name").str();
  r.source_ = root.str_or("source", "");
  Node pub = root.at("publication");
  Node days = pub.at("working_days");
  r.publication_days_ = days.integer();
  if (r.publication_days_ < 1 || r.publication_days_ > 60) {
    days.fail("working_days must be 1 to 60, got " + std::to_string(r.publication_days_));
  }
  r.publication_basis_ = pub.at("basis").str();
  if (auto b = pub.maybe("simple_procedure")) r.publish_simple_ = b->boolean();
  if (auto b = pub.maybe("no_penalty")) r.publish_no_penalty_ = b->boolean();
  if (auto b = pub.maybe("warning_only")) r.publish_warning_only_ = b->boolean();
  Node wd = root.at("withdrawal");
  Node wdays = wd.at("working_days");
  r.withdrawal_days_ = wdays.integer();
  if (r.withdrawal_days_ < 1 || r.withdrawal_days_ > 3) {
    wdays.fail(
        "working_days must be 1 to 3: 行政处罚法 Art. 48 requires withdrawal within three "
        "(working, Art. 85) days, got " +
        std::to_string(r.withdrawal_days_));
  }
  r.withdrawal_basis_ = wd.at("basis").str();
  if (auto ps = root.maybe("publicity_periods")) {
    for (std::size_t i = 0; i < ps->size(); ++i) {
      PublicityPeriod p = read_period(ps->item(i));
      for (const auto& other : r.periods_) {
        if (other.id == p.id) ps->item(i).at("id").fail("period '" + p.id + "' appears twice");
      }
      r.periods_.push_back(std::move(p));
    }
  }
  return r;
}

DisclosureRules DisclosureRules::from_json_file(const std::string& path) {
  return from_json(detail::read_file(path), path);
}

std::string DisclosureRules::to_json() const {
  json j;
  j["format"] = "zhifa-disclosure-rules";
  j["version"] = 1;
  j["name"] = name_;
  j["source"] = source_;
  j["publication"] = {{"working_days", publication_days_},
                      {"basis", publication_basis_},
                      {"simple_procedure", publish_simple_},
                      {"no_penalty", publish_no_penalty_},
                      {"warning_only", publish_warning_only_}};
  j["withdrawal"] = {{"working_days", withdrawal_days_}, {"basis", withdrawal_basis_}};
  j["publicity_periods"] = json::array();
  for (const auto& p : periods_) {
    json e = {{"id", p.id}, {"description", p.description}, {"basis", p.basis}};
    if (!p.only_kinds.empty()) {
      json ks = json::array();
      for (auto k : p.only_kinds) ks.push_back(to_string(k));
      e["only_kinds"] = ks;
    }
    if (p.fine_at_most) e["fine_at_most"] = plain_yuan(*p.fine_at_most);
    e["months"] = p.months;
    j["publicity_periods"].push_back(e);
  }
  return j.dump(1);
}

bool DisclosureRules::requires_publication(const Case& c) const {
  if (!c.decision) return false;
  const Decision& d = *c.decision;
  if (!publish_simple_ && (d.on_the_spot || c.procedure == ProcedureKind::kSimple)) return false;
  switch (d.outcome) {
    case Outcome::kTransferToJudicial:
      return false;
    case Outcome::kNoPenaltyMinor:
    case Outcome::kNoPenaltyNotEstablished:
      return publish_no_penalty_;
    case Outcome::kPenalty:
      break;
  }
  if (!publish_warning_only_ && !d.penalties.empty() &&
      std::all_of(d.penalties.begin(), d.penalties.end(),
                  [](const Penalty& p) { return p.kind == PenaltyKind::kWarning; })) {
    return false;
  }
  return true;
}

const PublicityPeriod* DisclosureRules::publicity_period(const Decision& d) const {
  for (const auto& p : periods_) {
    if (p.matches(d.penalties)) return &p;
  }
  return nullptr;
}

// ---- state -------------------------------------------------------------------------------------

std::optional<Date> DisclosureState::due() const {
  switch (status) {
    case DisclosureStatus::kWithdrawalDue:
    case DisclosureStatus::kWithdrawalOverdue:
    case DisclosureStatus::kWithdrawn:
    case DisclosureStatus::kWithdrawnLate:
      if (withdrawal_due) return withdrawal_due;
      return publication_due;
    default:
      return publication_due;
  }
}

DisclosureState disclosure_state(const Case& c, Date as_of, const DisclosureRules& rules,
                                 const WorkCalendar& calendar) {
  DisclosureState s;
  if (!c.decision || c.decision->decided_on > as_of) {
    s.reason = "no decision on " + iso(as_of);
    return s;
  }
  const Decision& d = *c.decision;
  s.required = rules.requires_publication(c);
  std::optional<DecisionChange> change;
  if (c.decision_change && c.decision_change->on <= as_of) change = c.decision_change;
  std::optional<Publication> pub;
  if (c.publication && c.publication->published_on <= as_of) pub = c.publication;
  if (s.required) {
    s.publication_due = calendar.add_working_days(d.decided_on, rules.publication_working_days());
  }

  if (!pub) {
    if (change && change->kind != DecisionChangeKind::kChanged) {
      s.status = DisclosureStatus::kNotRequired;
      s.reason = "the decision was " + to_string(change->kind) + " on " + iso(change->on) +
                 " before publication: nothing to publish";
      return s;
    }
    if (!s.required) {
      s.reason = "the rules (" + rules.name() + ") do not publish this decision";
      return s;
    }
    s.status = as_of <= *s.publication_due ? DisclosureStatus::kDue : DisclosureStatus::kOverdue;
    s.reason = "publication due " + iso(*s.publication_due) + ", " +
               std::to_string(rules.publication_working_days()) +
               " working days after the decision of " + iso(d.decided_on) + " (" +
               rules.publication_basis() + ")";
    return s;
  }

  s.published_on = pub->published_on;
  const bool late = s.publication_due && pub->published_on > *s.publication_due;
  const bool withdrawn = pub->withdrawn_on && *pub->withdrawn_on <= as_of;
  if (withdrawn) s.withdrawn_on = pub->withdrawn_on;
  if (change) {
    const Date start = std::max(change->on, pub->published_on);
    s.withdrawal_due = calendar.add_working_days(start, rules.withdrawal_working_days());
    if (withdrawn) {
      s.status = *s.withdrawn_on <= *s.withdrawal_due ? DisclosureStatus::kWithdrawn
                                                      : DisclosureStatus::kWithdrawnLate;
    } else {
      s.status = as_of <= *s.withdrawal_due ? DisclosureStatus::kWithdrawalDue
                                            : DisclosureStatus::kWithdrawalOverdue;
    }
    s.reason = "decision " + to_string(change->kind) + " on " + iso(change->on) +
               "; withdrawal due " + iso(*s.withdrawal_due) + " (" + rules.withdrawal_basis() + ")";
    return s;
  }
  if (withdrawn) {
    s.status = DisclosureStatus::kWithdrawn;
    s.reason = "withdrawn on " + iso(*s.withdrawn_on) + " with no decision change recorded";
    return s;
  }
  if (const PublicityPeriod* p = rules.publicity_period(d)) {
    s.publicity_ends = detail::add_months(pub->published_on, p->months);
    s.publicity_period = p->id;
  }
  const bool removed = pub->removed_on && *pub->removed_on <= as_of;
  if (removed && (!s.publicity_ends || *pub->removed_on <= *s.publicity_ends)) {
    s.status = DisclosureStatus::kRemoved;
    s.reason = "removed from publicity on " + iso(*pub->removed_on) +
               (pub->removal_reason.empty() ? "" : " (" + pub->removal_reason + ")");
    return s;
  }
  if (s.publicity_ends && as_of > *s.publicity_ends) {
    s.status = DisclosureStatus::kExpired;
    s.reason = "publicity period '" + s.publicity_period + "' ended on " + iso(*s.publicity_ends);
    return s;
  }
  s.status = late ? DisclosureStatus::kPublishedLate : DisclosureStatus::kPublished;
  s.reason = "published on " + iso(pub->published_on) +
             (s.publication_due ? std::string(late ? ", after" : ", by") + " the deadline " +
                                      iso(*s.publication_due)
                                : std::string(", not required by the rules"));
  return s;
}

// ---- masking -----------------------------------------------------------------------------------

std::string mask_name(std::string_view name) {
  if (name.empty()) return "";
  const std::size_t chars = detail::utf8_length(name);
  if (chars < 2) return "某";
  if (chars >= 3) {
    for (auto cs : kCompoundSurnames) {
      if (name.substr(0, cs.size()) == cs) return std::string(cs) + "某";
    }
  }
  return std::string(name.substr(0, detail::utf8_char_size(name, 0))) + "某";
}

std::string mask_resident_id(std::string_view id) {
  if (id.size() <= 6) return std::string(id.size(), '*');
  return std::string(id.substr(0, 6)) + std::string(id.size() - 6, '*');
}

std::string mask_text(std::string_view text, const std::vector<Party>& parties) {
  std::string out(text);
  std::vector<const Party*> people;
  for (const auto& p : parties) {
    if (p.is_natural_person()) people.push_back(&p);
  }
  for (const Party* p : people) {
    if (p->resident_id) {
      const std::string& id = p->resident_id->str();
      replace_all(out, id, mask_resident_id(id));
      std::string lower = id;
      std::transform(lower.begin(), lower.end(), lower.begin(),
                     [](char ch) { return ch == 'X' ? 'x' : ch; });
      replace_all(out, lower, mask_resident_id(id));
    }
    replace_all(out, p->phone, "***");
    replace_all(out, p->address, "***");
  }
  std::stable_sort(people.begin(), people.end(),
                   [](const Party* a, const Party* b) { return a->name.size() > b->name.size(); });
  for (const Party* p : people) {
    if (detail::utf8_length(p->name) >= 2) replace_all(out, p->name, mask_name(p->name));
  }
  return out;
}

// ---- the record --------------------------------------------------------------------------------

DisclosureRecord make_disclosure(const Case& c, const Agency& agency) {
  if (!c.decision) {
    throw ValidationError("case " + (c.number.empty() ? "#" + std::to_string(c.id) : c.number) +
                          " has no decision to publish");
  }
  if (c.agency_code != agency.code) {
    throw ValidationError("case " + c.number + " belongs to agency '" + c.agency_code + "', not '" +
                          agency.code + "'");
  }
  const Decision& d = *c.decision;
  auto mask = [&](std::string_view t) { return mask_text(t, c.parties); };
  DisclosureRecord r;
  r.case_id = c.id;
  r.case_number = c.number;
  r.decision_number = d.document_number;
  r.agency_code = agency.code;
  r.agency_name = agency.name;
  r.title = mask(c.title);
  for (const auto& p : c.parties) {
    DisclosedParty dp;
    dp.kind = p.kind;
    if (p.is_natural_person()) {
      dp.name = mask_name(p.name);
      dp.identifier = p.resident_id ? mask_resident_id(p.resident_id->str()) : "";
      dp.masked = true;
    } else {
      dp.name = p.name;
      dp.identifier = p.identifier();
      // A representative who is also a natural-person party of the case is that person: masked.
      dp.legal_representative = mask_text(p.legal_representative, c.parties);
    }
    r.parties.push_back(std::move(dp));
  }
  r.facts = mask(c.facts);
  auto add_basis = [&](const std::string& b) {
    if (!b.empty() &&
        std::find(r.legal_basis.begin(), r.legal_basis.end(), b) == r.legal_basis.end()) {
      r.legal_basis.push_back(b);
    }
  };
  for (const auto& v : c.violations) {
    r.violations.push_back({mask(v.description), v.violated_provision, v.penalty_provision});
    add_basis(v.violated_provision);
    add_basis(v.penalty_provision);
  }
  r.power_code = c.power_code;
  r.category = "行政处罚";
  if (agency.holds_power(c.power_code)) {
    const PowerItem& item = agency.power(c.power_code);
    r.category += "：" + item.name;
    for (const auto& b : item.basis) add_basis(b.to_string());
  }
  r.procedure = c.procedure;
  r.outcome = d.outcome;
  for (const auto& p : d.penalties) r.penalties.push_back({p.kind, p.amount, mask(p.detail)});
  r.total_fine = d.total_fine();
  std::vector<std::string> parts;
  switch (d.outcome) {
    case Outcome::kPenalty:
      for (const auto& p : d.penalties) {
        parts.push_back(penalty_name_zh(p.kind) +
                        (p.amount ? " " + p.amount->to_string() + " 元" : std::string()));
      }
      r.conclusion = parts.empty() ? "给予行政处罚" : join(parts, "；");
      break;
    case Outcome::kNoPenaltyMinor:
      r.conclusion = "不予行政处罚（违法行为轻微）";
      break;
    case Outcome::kNoPenaltyNotEstablished:
      r.conclusion = "不予行政处罚（违法事实不能成立）";
      break;
    case Outcome::kTransferToJudicial:
      r.conclusion = "移送司法机关";
      break;
  }
  r.decided_on = d.decided_on;
  return r;
}

namespace {

json record_json(const DisclosureRecord& r) {
  json parties = json::array();
  for (const auto& p : r.parties) {
    parties.push_back({{"kind", to_string(p.kind)},
                       {"name", p.name},
                       {"identifier", p.identifier},
                       {"legal_representative", p.legal_representative},
                       {"masked", p.masked}});
  }
  json violations = json::array();
  for (const auto& v : r.violations) {
    violations.push_back({{"description", v.description},
                          {"violated_provision", v.violated_provision},
                          {"penalty_provision", v.penalty_provision}});
  }
  json penalties = json::array();
  for (const auto& p : r.penalties) {
    penalties.push_back({{"kind", to_string(p.kind)},
                         {"amount_fen", p.amount ? json(p.amount->fen()) : json(nullptr)},
                         {"detail", p.detail}});
  }
  return {{"case_id", r.case_id},
          {"case_number", r.case_number},
          {"decision_number", r.decision_number},
          {"agency_code", r.agency_code},
          {"agency_name", r.agency_name},
          {"title", r.title},
          {"parties", parties},
          {"facts", r.facts},
          {"violations", violations},
          {"category", r.category},
          {"power_code", r.power_code},
          {"legal_basis", r.legal_basis},
          {"procedure", to_string(r.procedure)},
          {"outcome", to_string(r.outcome)},
          {"penalties", penalties},
          {"total_fine_fen", r.total_fine.fen()},
          {"conclusion", r.conclusion},
          {"decided_on", iso(r.decided_on)}};
}

}  // namespace

std::string DisclosureRecord::to_json() const { return record_json(*this).dump(); }

namespace {

constexpr std::array<const char*, 19> kCsvHeader{"case_id",
                                                 "case_number",
                                                 "decision_number",
                                                 "agency_code",
                                                 "agency_name",
                                                 "decided_on",
                                                 "procedure",
                                                 "title",
                                                 "party_names",
                                                 "party_identifiers",
                                                 "legal_representatives",
                                                 "facts",
                                                 "violations",
                                                 "legal_basis",
                                                 "category",
                                                 "outcome",
                                                 "penalties",
                                                 "total_fine_yuan",
                                                 "conclusion"};

std::string csv_record(const DisclosureRecord& r) {
  std::vector<std::string> names, ids, reps, violations, penalties;
  for (const auto& p : r.parties) {
    names.push_back(p.name);
    ids.push_back(p.identifier);
    reps.push_back(p.legal_representative);
  }
  for (const auto& v : r.violations) violations.push_back(v.description);
  for (const auto& p : r.penalties) {
    penalties.push_back(to_string(p.kind) + (p.amount ? " " + plain_yuan(*p.amount) : ""));
  }
  std::string out;
  append_csv_row(
      out,
      std::vector<std::string>{
          std::to_string(r.case_id), r.case_number, r.decision_number, r.agency_code, r.agency_name,
          iso(r.decided_on), to_string(r.procedure), r.title, join(names, "；"), join(ids, "；"),
          join(reps, "；"), r.facts, join(violations, "；"), join(r.legal_basis, "；"), r.category,
          to_string(r.outcome), join(penalties, "；"), plain_yuan(r.total_fine), r.conclusion});
  return out;
}

}  // namespace

DisclosureFileFormat disclosure_file_format_for(std::string_view path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.substr(path.size() - suffix.size()) == suffix;
  };
  if (ends_with(".csv")) return DisclosureFileFormat::kCsv;
  if (ends_with(".jsonl")) return DisclosureFileFormat::kJsonLines;
  return DisclosureFileFormat::kJson;
}

DisclosureRecordWriter::DisclosureRecordWriter(std::ostream& out, DisclosureFileFormat format)
    : out_(&out), format_(format) {
  if (format_ == DisclosureFileFormat::kCsv) {
    std::string header;
    append_csv_row(header, std::vector<std::string>(kCsvHeader.begin(), kCsvHeader.end()));
    *out_ << header;
  }
}

void DisclosureRecordWriter::write(const DisclosureRecord& record) {
  if (finished_) throw ValidationError("DisclosureRecordWriter: a record written after finish()");
  switch (format_) {
    case DisclosureFileFormat::kCsv:
      *out_ << csv_record(record);
      break;
    case DisclosureFileFormat::kJsonLines:
      *out_ << record_json(record).dump() << '\n';
      break;
    case DisclosureFileFormat::kJson: {
      // The element as json::dump(2) prints it inside the array: its own dump(2), every line
      // indented two more spaces (a raw newline only ever separates lines: strings escape it).
      const std::string text = record_json(record).dump(2);
      std::string element = written_ == 0 ? "[\n  " : ",\n  ";
      element.reserve(element.size() + text.size() + text.size() / 8);
      for (char ch : text) {
        element += ch;
        if (ch == '\n') element += "  ";
      }
      *out_ << element;
      break;
    }
  }
  ++written_;
}

void DisclosureRecordWriter::finish() {
  if (finished_) return;
  finished_ = true;
  if (format_ == DisclosureFileFormat::kJson) *out_ << (written_ == 0 ? "[]\n" : "\n]\n");
  out_->flush();
}

std::string disclosure_records_to_json(const std::vector<DisclosureRecord>& records,
                                       bool json_lines) {
  std::ostringstream out;
  DisclosureRecordWriter w(
      out, json_lines ? DisclosureFileFormat::kJsonLines : DisclosureFileFormat::kJson);
  for (const auto& r : records) w.write(r);
  w.finish();
  return std::move(out).str();
}

std::string disclosure_records_to_csv(const std::vector<DisclosureRecord>& records) {
  std::ostringstream out;
  DisclosureRecordWriter w(out, DisclosureFileFormat::kCsv);
  for (const auto& r : records) w.write(r);
  w.finish();
  return std::move(out).str();
}

// ---- the catalog before enforcement ------------------------------------------------------------

PublicCatalog public_catalog(const Agency& agency, Date as_of,
                             const std::vector<InspectionItem>& inspections,
                             const PeriodTable& periods) {
  PublicCatalog cat;
  cat.agency_code = agency.code;
  cat.agency_name = agency.name;
  cat.as_of = as_of;
  for (const auto& o : agency.officers) {
    if (o.certified_on(as_of, agency.code)) {
      cat.officers.push_back({o.name, o.certificate->number, o.certificate->valid_to});
    }
  }
  for (const auto& p : agency.powers) {
    CatalogPower cp{p.code, p.name, p.kind, {}, p.delegated_to};
    for (const auto& b : p.basis) cp.basis.push_back(b.to_string());
    cat.powers.push_back(std::move(cp));
  }
  cat.procedures.push_back(
      {"一般程序",
       "行政处罚法 第五章第三节",
       {{"立案", "行政处罚法 Art. 54"},
        {"调查取证（执法人员不少于两人，出示执法证件）", "行政处罚法 Art. 42, 55"},
        {"告知拟作出的行政处罚及陈述、申辩、要求听证等权利", "行政处罚法 Art. 44"},
        {"陈述、申辩；听证（依当事人申请）", "行政处罚法 Art. 45, 63-65"},
        {"法制审核（法定情形）", "行政处罚法 Art. 58"},
        {"决定（情节复杂或者重大违法行为集体讨论）", "行政处罚法 Art. 57"},
        {"送达行政处罚决定书", "行政处罚法 Art. 61"},
        {"执行", "行政处罚法 Art. 66-73"}}});
  cat.procedures.push_back(
      {"简易程序（当场处罚）",
       "违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者"
       "警告的行政处罚 (行政处罚法 Art. 51)",
       {{"出示执法证件，填写预定格式、编有号码的行政处罚决定书", "行政处罚法 Art. 52"},
        {"当场交付当事人，告知复议、诉讼权利", "行政处罚法 Art. 52"},
        {"报所属行政机关备案", "行政处罚法 Art. 52"}}});
  for (const char* key : {"review_application", "lawsuit"}) {
    const LegalPeriod& p = periods.get(key);
    cat.remedies.push_back({p.name, p.summary(), p.start_event});
  }
  cat.inspections = inspections;
  return cat;
}

std::string PublicCatalog::to_json() const {
  json j;
  j["format"] = "zhifa-public-catalog";
  j["version"] = 1;
  j["agency_code"] = agency_code;
  j["agency_name"] = agency_name;
  j["as_of"] = iso(as_of);
  j["officers"] = json::array();
  for (const auto& o : officers) {
    j["officers"].push_back({{"name", o.name},
                             {"certificate_number", o.certificate_number},
                             {"valid_to", iso(o.valid_to)}});
  }
  j["powers"] = json::array();
  for (const auto& p : powers) {
    j["powers"].push_back({{"code", p.code},
                           {"name", p.name},
                           {"kind", to_string(p.kind)},
                           {"basis", p.basis},
                           {"delegated_to", p.delegated_to}});
  }
  j["procedures"] = json::array();
  for (const auto& p : procedures) {
    json steps = json::array();
    for (const auto& s : p.steps) steps.push_back({{"step", s.step}, {"basis", s.basis}});
    j["procedures"].push_back({{"name", p.name}, {"scope", p.scope}, {"steps", steps}});
  }
  j["remedies"] = json::array();
  for (const auto& r : remedies) {
    j["remedies"].push_back({{"name", r.name}, {"period", r.period}, {"start", r.start}});
  }
  j["inspections"] = json::array();
  for (const auto& i : inspections) {
    j["inspections"].push_back({{"item", i.item},
                                {"basis", i.basis},
                                {"body", i.body},
                                {"content", i.content},
                                {"method", i.method}});
    if (!i.ratio.empty()) j["inspections"].back()["ratio"] = i.ratio;
    if (!i.frequency.empty()) j["inspections"].back()["frequency"] = i.frequency;
  }
  return j.dump(2) + "\n";
}

std::string PublicCatalog::to_markdown() const {
  // Table cells: a '|' would end the cell and a newline the row.
  auto cell = [](std::string s) {
    replace_all(s, "|", "\\|");
    replace_all(s, "\n", " ");
    return s;
  };
  std::string md = "# " + agency_name + " 行政执法公示（事前公开）\n\n";
  md += "截至 " + iso(as_of) + "。依据：行政处罚法 Art. 39。\n\n";
  md += "## 执法主体\n\n" + agency_name + "（" + agency_code + "）\n\n";
  md += "## 执法人员\n\n| 姓名 | 执法证号 | 有效期至 |\n| --- | --- | --- |\n";
  for (const auto& o : officers) {
    md +=
        "| " + cell(o.name) + " | " + cell(o.certificate_number) + " | " + iso(o.valid_to) + " |\n";
  }
  md +=
      "\n## 职责权限及依据\n\n| 编码 | 事项 | 类别 | 依据 | 受托实施 |\n| --- | --- | --- | --- | "
      "--- |\n";
  for (const auto& p : powers) {
    md += "| " + cell(p.code) + " | " + cell(p.name) + " | " + to_string(p.kind) + " | " +
          cell(join(p.basis, "；")) + " | " + cell(p.delegated_to) + " |\n";
  }
  md += "\n## 执法程序\n";
  for (const auto& p : procedures) {
    md += "\n### " + p.name + "\n\n适用：" + p.scope + "\n\n";
    int n = 0;
    for (const auto& s : p.steps) {
      md += std::to_string(++n) + ". " + s.step + "（" + s.basis + "）\n";
    }
  }
  md += "\n## 救济渠道\n\n";
  for (const auto& r : remedies)
    md += "- " + r.name + "：" + r.period + "; from: " + r.start + "\n";
  md +=
      "\n## 随机抽查事项清单\n\n| 事项 | 依据 | 主体 | 内容 | 方式 |\n| --- | --- | --- | --- | "
      "--- |\n";
  for (const auto& i : inspections) {
    md += "| " + cell(i.item) + " | " + cell(i.basis) + " | " + cell(i.body) + " | " +
          cell(i.content) + " | " + cell(i.method) + " |\n";
  }
  return md;
}

std::string to_string(DisclosureStatus status) {
  for (const auto& [v, n] : kStatuses) {
    if (v == status) return n;
  }
  return "?";
}

DisclosureStatus disclosure_status_from_string(const std::string& text) {
  std::string accepted;
  for (const auto& [v, n] : kStatuses) {
    if (text == n) return v;
    accepted += (accepted.empty() ? "" : ", ") + std::string(n);
  }
  throw ValidationError("unknown disclosure status '" + text + "' (one of: " + accepted + ")");
}

}  // namespace zhifa

#include "zhifa/case_json.hpp"

#include "util/json_node.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

using detail::json;
using detail::Node;

// ---- writing ------------------------------------------------------------------------------------

json date_or_null(const std::optional<Date>& d) { return d ? json(iso(*d)) : json(nullptr); }

json strings(const std::vector<std::string>& v) { return json(v); }

json write(const Penalty& p) {
  return {{"kind", to_string(p.kind)},
          {"amount_fen", p.amount ? json(p.amount->fen()) : json(nullptr)},
          {"detail", p.detail}};
}

json write(const std::vector<Penalty>& ps) {
  json a = json::array();
  for (const auto& p : ps) a.push_back(write(p));
  return a;
}

json write(const Party& p) {
  return {{"id", p.id},
          {"kind", to_string(p.kind)},
          {"name", p.name},
          {"resident_id", p.resident_id ? json(p.resident_id->str()) : json(nullptr)},
          {"birth_date", date_or_null(p.birth_date)},
          {"credit_code", p.credit_code ? json(p.credit_code->str()) : json(nullptr)},
          {"legal_representative", p.legal_representative},
          {"phone", p.phone},
          {"address", p.address}};
}

}  // namespace

std::string to_json(const Case& c) {
  json j;
  j["format"] = "zhifa-case";
  j["version"] = 2;
  j["id"] = c.id;
  j["row_version"] = c.version;
  j["number"] = c.number;
  j["agency_code"] = c.agency_code;
  j["power_code"] = c.power_code;
  j["procedure"] = to_string(c.procedure);
  j["status"] = to_string(c.status);
  j["source"] = to_string(c.source);
  j["title"] = c.title;
  j["facts"] = c.facts;
  j["lead_on"] = iso(c.lead_on);
  j["filed_on"] = date_or_null(c.filed_on);
  j["parties"] = json::array();
  for (const auto& p : c.parties) j["parties"].push_back(write(p));
  j["violations"] = json::array();
  for (const auto& v : c.violations) {
    j["violations"].push_back({{"item_code", v.item_code},
                               {"description", v.description},
                               {"violated_provision", v.violated_provision},
                               {"penalty_provision", v.penalty_provision},
                               {"act_date", iso(v.act_date)},
                               {"act_ended", date_or_null(v.act_ended)},
                               {"discovered", iso(v.discovered)},
                               {"life_health_or_financial_harm", v.life_health_or_financial_harm}});
  }
  j["evidence"] = json::array();
  for (const auto& e : c.evidence) {
    j["evidence"].push_back({{"id", e.id},
                             {"kind", to_string(e.kind)},
                             {"description", e.description},
                             {"collected_on", iso(e.collected_on)},
                             {"verified", e.verified},
                             {"lawfully_obtained", e.lawfully_obtained}});
  }
  j["documents"] = json::array();
  for (const auto& d : c.documents) {
    json service = nullptr;
    if (d.service) {
      service = {{"method", to_string(d.service->method)},
                 {"served_on", iso(d.service->served_on)},
                 {"recipient", d.service->recipient},
                 {"electronic_consent", d.service->electronic_consent}};
    }
    j["documents"].push_back({{"id", d.id},
                              {"type", to_string(d.type)},
                              {"number", d.number},
                              {"date", iso(d.date)},
                              {"signatories", strings(d.signatories)},
                              {"service", service}});
  }
  j["investigators"] = strings(c.investigators);
  j["events"] = json::array();
  for (const auto& e : c.events) {
    j["events"].push_back({{"on", iso(e.on)},
                           {"from", to_string(e.from)},
                           {"to", to_string(e.to)},
                           {"action", e.action},
                           {"officer_id", e.officer_id},
                           {"note", e.note}});
  }
  j["flags"] = {{"complex_or_serious", c.flags.complex_or_serious},
                {"major_public_interest", c.flags.major_public_interest},
                {"major_rights", c.flags.major_rights},
                {"complex_legal_relations", c.flags.complex_legal_relations},
                {"review_required_by_law", c.flags.review_required_by_law},
                {"mental_incapacity", c.flags.mental_incapacity}};
  if (c.notice) {
    j["notice"] = {{"served_on", iso(c.notice->served_on)},
                   {"proposed", write(c.notice->proposed)},
                   {"hearing_right_notified", c.notice->hearing_right_notified},
                   {"statement_waived_on", date_or_null(c.notice->statement_waived_on)},
                   {"statement_made_on", date_or_null(c.notice->statement_made_on)},
                   {"hearing_waived_on", date_or_null(c.notice->hearing_waived_on)}};
  } else {
    j["notice"] = nullptr;
  }
  if (c.hearing) {
    j["hearing"] = {{"requested_on", iso(c.hearing->requested_on)},
                    {"notified_on", date_or_null(c.hearing->notified_on)},
                    {"scheduled_for", date_or_null(c.hearing->scheduled_for)},
                    {"presiding_officer_id", c.hearing->presiding_officer_id},
                    {"held_on", date_or_null(c.hearing->held_on)},
                    {"waived_by_absence", c.hearing->waived_by_absence}};
  } else {
    j["hearing"] = nullptr;
  }
  j["reviews"] = json::array();
  for (const auto& r : c.reviews) {
    json findings = json::array();
    for (const auto& f : r.findings) {
      findings.push_back({{"item", f.item}, {"satisfied", f.satisfied}, {"note", f.note}});
    }
    j["reviews"].push_back({{"reviewed_on", iso(r.reviewed_on)},
                            {"reviewer_id", r.reviewer_id},
                            {"verdict", to_string(r.verdict)},
                            {"opinion", r.opinion},
                            {"submitted_on", date_or_null(r.submitted_on)},
                            {"findings", std::move(findings)},
                            {"grounds", strings(r.grounds)}});
  }
  if (c.discussion) {
    j["discussion"] = {{"held_on", iso(c.discussion->held_on)},
                       {"participants", strings(c.discussion->participants)},
                       {"conclusion", c.discussion->conclusion}};
  } else {
    j["discussion"] = nullptr;
  }
  if (c.decision) {
    j["decision"] = {{"outcome", to_string(c.decision->outcome)},
                     {"penalties", write(c.decision->penalties)},
                     {"decided_on", iso(c.decision->decided_on)},
                     {"document_number", c.decision->document_number},
                     {"on_the_spot", c.decision->on_the_spot},
                     {"mitigation", to_string(c.decision->mitigation)}};
  } else {
    j["decision"] = nullptr;
  }
  j["records"] = json::array();
  for (const auto& e : c.records) {
    j["records"].push_back({{"seq", e.seq},
                            {"on", iso(e.on)},
                            {"time", e.time},
                            {"place", e.place},
                            {"officers", strings(e.officers)},
                            {"step", to_string(e.step)},
                            {"kind", to_string(e.kind)},
                            {"description", e.description},
                            {"media_sha256", e.media_sha256},
                            {"media_ref", e.media_ref}});
  }
  if (c.decision_change) {
    j["decision_change"] = {{"on", iso(c.decision_change->on)},
                            {"kind", to_string(c.decision_change->kind)},
                            {"by", c.decision_change->by},
                            {"reason", c.decision_change->reason}};
  } else {
    j["decision_change"] = nullptr;
  }
  if (c.publication) {
    j["publication"] = {{"published_on", iso(c.publication->published_on)},
                        {"reference", c.publication->reference},
                        {"withdrawn_on", date_or_null(c.publication->withdrawn_on)},
                        {"withdrawal_reason", c.publication->withdrawal_reason},
                        {"removed_on", date_or_null(c.publication->removed_on)},
                        {"removal_reason", c.publication->removal_reason}};
  } else {
    j["publication"] = nullptr;
  }
  j["served_on"] = date_or_null(c.served_on);
  j["payments"] = json::array();
  for (const auto& p : c.payments) {
    j["payments"].push_back({{"paid_on", iso(p.paid_on)},
                             {"amount_fen", p.amount.fen()},
                             {"collected_on_the_spot", p.collected_on_the_spot}});
  }
  if (c.arrangement) {
    json inst = json::array();
    for (const auto& [due, amount] : c.arrangement->instalments) {
      inst.push_back({{"due_on", iso(due)}, {"amount_fen", amount.fen()}});
    }
    j["arrangement"] = {{"applied_on", iso(c.arrangement->applied_on)},
                        {"approved_on", iso(c.arrangement->approved_on)},
                        {"approver", c.arrangement->approver},
                        {"instalments", inst}};
  } else {
    j["arrangement"] = nullptr;
  }
  j["remedies"] = json::array();
  for (const auto& r : c.remedies) {
    j["remedies"].push_back({{"kind", r.kind}, {"from", iso(r.from)}, {"to", date_or_null(r.to)}});
  }
  j["closed_on"] = date_or_null(c.closed_on);
  j["decision_suspensions"] = json::array();
  for (const auto& s : c.decision_suspensions) {
    j["decision_suspensions"].push_back(
        {{"from", iso(s.from)}, {"to", iso(s.to)}, {"reason", s.reason}});
  }
  j["decision_extensions"] = json::array();
  for (const auto& e : c.decision_extensions) {
    j["decision_extensions"].push_back({{"length", e.length},
                                        {"approver", e.approver},
                                        {"reason", e.reason},
                                        {"approved_on", iso(e.approved_on)}});
  }
  return j.dump();
}

// ---- reading ------------------------------------------------------------------------------------

namespace {

std::optional<Date> opt_date(const Node& n, const char* key) {
  auto v = n.maybe(key);
  return v ? std::optional<Date>(v->date()) : std::nullopt;
}

std::vector<std::string> read_strings(const Node& n) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < n.size(); ++i) out.push_back(n.item(i).str());
  return out;
}

// Enum from its name, the error naming the JSON path.
template <typename F>
auto enum_at(const Node& n, F&& from_string) {
  std::string text = n.str();
  try {
    return from_string(text);
  } catch (const ValidationError& e) {
    n.fail(e.what());
  }
}

Money money_at(const Node& n) { return Money::from_fen(n.int64()); }

std::vector<Penalty> read_penalties(const Node& n) {
  std::vector<Penalty> out;
  for (std::size_t i = 0; i < n.size(); ++i) {
    Node p = n.item(i);
    Penalty pen;
    pen.kind = enum_at(p.at("kind"), penalty_kind_from_string);
    if (auto a = p.maybe("amount_fen")) pen.amount = money_at(*a);
    pen.detail = p.str_or("detail", "");
    out.push_back(std::move(pen));
  }
  return out;
}

Party read_party(const Node& n) {
  Party p;
  p.id = n.at("id").str();
  p.kind = enum_at(n.at("kind"), party_kind_from_string);
  p.name = n.at("name").str();
  if (auto r = n.maybe("resident_id")) {
    try {
      p.resident_id = ResidentId(r->str());
    } catch (const ValidationError& e) {
      r->fail(e.what());
    }
  }
  p.birth_date = opt_date(n, "birth_date");
  if (auto c = n.maybe("credit_code")) {
    try {
      p.credit_code = CreditCode(c->str());
    } catch (const ValidationError& e) {
      c->fail(e.what());
    }
  }
  p.legal_representative = n.str_or("legal_representative", "");
  p.phone = n.str_or("phone", "");
  p.address = n.str_or("address", "");
  if (p.resident_id && p.birth_date && *p.birth_date != p.resident_id->birth_date()) {
    n.at("birth_date").fail("does not match the birth date in the resident ID");
  }
  return p;
}

}  // namespace

Case case_from_json(std::string_view text) {
  json doc = detail::parse_json(text, "case");
  Node root{doc, "$", "case"};
  // Version 1 had no records, decision change or publication, and a review's "passed" instead
  // of its verdict; both are read.
  const int format_version = detail::check_header(root, "zhifa-case", 1, 2);
  Case c;
  c.id = root.at("id").int64();
  c.version = root.at("row_version").int64();
  c.number = root.at("number").str();
  c.agency_code = root.at("agency_code").str();
  c.power_code = root.at("power_code").str();
  c.procedure = enum_at(root.at("procedure"), procedure_kind_from_string);
  c.status = enum_at(root.at("status"), case_status_from_string);
  c.source = enum_at(root.at("source"), case_source_from_string);
  c.title = root.str_or("title", "");
  c.facts = root.str_or("facts", "");
  c.lead_on = root.at("lead_on").date();
  c.filed_on = opt_date(root, "filed_on");
  for (std::size_t i = 0, n = root.at("parties").size(); i < n; ++i)
    c.parties.push_back(read_party(root.at("parties").item(i)));
  Node vs = root.at("violations");
  for (std::size_t i = 0; i < vs.size(); ++i) {
    Node v = vs.item(i);
    Violation x;
    x.item_code = v.str_or("item_code", "");
    x.description = v.str_or("description", "");
    x.violated_provision = v.str_or("violated_provision", "");
    x.penalty_provision = v.str_or("penalty_provision", "");
    x.act_date = v.at("act_date").date();
    x.act_ended = opt_date(v, "act_ended");
    x.discovered = v.at("discovered").date();
    if (auto h = v.maybe("life_health_or_financial_harm"))
      x.life_health_or_financial_harm = h->boolean();
    c.violations.push_back(std::move(x));
  }
  Node es = root.at("evidence");
  for (std::size_t i = 0; i < es.size(); ++i) {
    Node e = es.item(i);
    Evidence x;
    x.id = e.at("id").str();
    x.kind = enum_at(e.at("kind"), evidence_kind_from_string);
    x.description = e.str_or("description", "");
    x.collected_on = e.at("collected_on").date();
    x.verified = e.at("verified").boolean();
    x.lawfully_obtained = e.at("lawfully_obtained").boolean();
    c.evidence.push_back(std::move(x));
  }
  Node ds = root.at("documents");
  for (std::size_t i = 0; i < ds.size(); ++i) {
    Node d = ds.item(i);
    Document x;
    x.id = d.at("id").str();
    x.type = enum_at(d.at("type"), document_type_from_string);
    x.number = d.str_or("number", "");
    x.date = d.at("date").date();
    x.signatories = read_strings(d.at("signatories"));
    if (auto s = d.maybe("service")) {
      ServiceRecord r;
      r.method = enum_at(s->at("method"), service_method_from_string);
      r.served_on = s->at("served_on").date();
      r.recipient = s->str_or("recipient", "");
      r.electronic_consent = s->at("electronic_consent").boolean();
      x.service = std::move(r);
    }
    c.documents.push_back(std::move(x));
  }
  c.investigators = read_strings(root.at("investigators"));
  Node evs = root.at("events");
  for (std::size_t i = 0; i < evs.size(); ++i) {
    Node e = evs.item(i);
    c.events.push_back(CaseEvent{e.at("on").date(), enum_at(e.at("from"), case_status_from_string),
                                 enum_at(e.at("to"), case_status_from_string), e.at("action").str(),
                                 e.str_or("officer_id", ""), e.str_or("note", "")});
  }
  Node f = root.at("flags");
  c.flags.complex_or_serious = f.at("complex_or_serious").boolean();
  c.flags.major_public_interest = f.at("major_public_interest").boolean();
  c.flags.major_rights = f.at("major_rights").boolean();
  c.flags.complex_legal_relations = f.at("complex_legal_relations").boolean();
  c.flags.review_required_by_law = f.at("review_required_by_law").boolean();
  c.flags.mental_incapacity = f.at("mental_incapacity").boolean();
  if (auto n = root.maybe("notice")) {
    RightsNotice r;
    r.served_on = n->at("served_on").date();
    r.proposed = read_penalties(n->at("proposed"));
    r.hearing_right_notified = n->at("hearing_right_notified").boolean();
    r.statement_waived_on = opt_date(*n, "statement_waived_on");
    r.statement_made_on = opt_date(*n, "statement_made_on");
    r.hearing_waived_on = opt_date(*n, "hearing_waived_on");
    c.notice = std::move(r);
  }
  if (auto h = root.maybe("hearing")) {
    Hearing x;
    x.requested_on = h->at("requested_on").date();
    x.notified_on = opt_date(*h, "notified_on");
    x.scheduled_for = opt_date(*h, "scheduled_for");
    x.presiding_officer_id = h->str_or("presiding_officer_id", "");
    x.held_on = opt_date(*h, "held_on");
    x.waived_by_absence = h->at("waived_by_absence").boolean();
    c.hearing = std::move(x);
  }
  Node rs = root.at("reviews");
  for (std::size_t i = 0; i < rs.size(); ++i) {
    Node r = rs.item(i);
    LegalReview x;
    x.reviewed_on = r.at("reviewed_on").date();
    x.reviewer_id = r.at("reviewer_id").str();
    x.opinion = r.str_or("opinion", "");
    if (format_version == 1) {
      x.verdict = r.at("passed").boolean() ? ReviewVerdict::kApprove : ReviewVerdict::kReject;
    } else {
      x.verdict = enum_at(r.at("verdict"), review_verdict_from_string);
      x.submitted_on = opt_date(r, "submitted_on");
      Node fs = r.at("findings");
      for (std::size_t k = 0; k < fs.size(); ++k) {
        Node f = fs.item(k);
        x.findings.push_back(
            ReviewFinding{f.at("item").str(), f.at("satisfied").boolean(), f.str_or("note", "")});
      }
      x.grounds = read_strings(r.at("grounds"));
    }
    c.reviews.push_back(std::move(x));
  }
  if (auto d = root.maybe("discussion")) {
    c.discussion = CollectiveDiscussion{
        d->at("held_on").date(), read_strings(d->at("participants")), d->str_or("conclusion", "")};
  }
  if (auto d = root.maybe("decision")) {
    Decision x;
    x.outcome = enum_at(d->at("outcome"), outcome_from_string);
    x.penalties = read_penalties(d->at("penalties"));
    x.decided_on = d->at("decided_on").date();
    x.document_number = d->str_or("document_number", "");
    x.on_the_spot = d->at("on_the_spot").boolean();
    x.mitigation = enum_at(d->at("mitigation"), mitigation_from_string);
    c.decision = std::move(x);
  }
  c.served_on = opt_date(root, "served_on");
  Node ps = root.at("payments");
  for (std::size_t i = 0; i < ps.size(); ++i) {
    Node p = ps.item(i);
    c.payments.push_back(Payment{p.at("paid_on").date(), money_at(p.at("amount_fen")),
                                 p.at("collected_on_the_spot").boolean()});
  }
  if (auto a = root.maybe("arrangement")) {
    PaymentArrangement x;
    x.applied_on = a->at("applied_on").date();
    x.approved_on = a->at("approved_on").date();
    x.approver = a->at("approver").str();
    Node inst = a->at("instalments");
    for (std::size_t i = 0; i < inst.size(); ++i) {
      x.instalments.emplace_back(inst.item(i).at("due_on").date(),
                                 money_at(inst.item(i).at("amount_fen")));
    }
    c.arrangement = std::move(x);
  }
  Node rem = root.at("remedies");
  for (std::size_t i = 0; i < rem.size(); ++i) {
    Node r = rem.item(i);
    c.remedies.push_back(RemedyPeriod{r.at("from").date(), opt_date(r, "to"), r.at("kind").str()});
  }
  c.closed_on = opt_date(root, "closed_on");
  Node ss = root.at("decision_suspensions");
  for (std::size_t i = 0; i < ss.size(); ++i) {
    Node s = ss.item(i);
    c.decision_suspensions.push_back(
        Suspension{s.at("from").date(), s.at("to").date(), s.str_or("reason", "")});
  }
  Node xs = root.at("decision_extensions");
  for (std::size_t i = 0; i < xs.size(); ++i) {
    Node x = xs.item(i);
    c.decision_extensions.push_back(Extension{x.at("length").integer(), x.at("approver").str(),
                                              x.str_or("reason", ""), x.at("approved_on").date()});
  }
  if (format_version >= 2) {
    Node recs = root.at("records");
    for (std::size_t i = 0; i < recs.size(); ++i) {
      Node e = recs.item(i);
      RecordEntry x;
      const std::int64_t seq = e.at("seq").int64();
      if (seq < 0) e.at("seq").fail("a sequence number is not negative");
      x.seq = static_cast<std::uint64_t>(seq);
      x.on = e.at("on").date();
      x.time = e.str_or("time", "");
      x.place = e.str_or("place", "");
      x.officers = read_strings(e.at("officers"));
      x.step = enum_at(e.at("step"), record_step_from_string);
      x.kind = enum_at(e.at("kind"), record_kind_from_string);
      x.description = e.str_or("description", "");
      x.media_sha256 = e.str_or("media_sha256", "");
      x.media_ref = e.str_or("media_ref", "");
      c.records.push_back(std::move(x));
    }
    if (auto d = root.maybe("decision_change")) {
      c.decision_change = DecisionChange{d->at("on").date(),
                                         enum_at(d->at("kind"), decision_change_kind_from_string),
                                         d->str_or("by", ""), d->str_or("reason", "")};
    }
    if (auto p = root.maybe("publication")) {
      Publication x;
      x.published_on = p->at("published_on").date();
      x.reference = p->str_or("reference", "");
      x.withdrawn_on = opt_date(*p, "withdrawn_on");
      x.withdrawal_reason = p->str_or("withdrawal_reason", "");
      x.removed_on = opt_date(*p, "removed_on");
      x.removal_reason = p->str_or("removal_reason", "");
      c.publication = std::move(x);
    }
  }
  if (auto why = case_inconsistency(c)) root.fail(*why);
  return c;
}

}  // namespace zhifa

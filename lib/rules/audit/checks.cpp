// The built-in audit checks. Each reads only the case, its agency's procedure and deadlines, and
// the context, reuses the procedure's own rules (deadlines, hearing eligibility, legal-review
// grounds, surcharge) and the discretion engine, and cites the article in every finding. One
// file over 800 lines: each check is a short function, and they are kept with the one table that
// registers them (builtin_checks, at the end), in the order of the standard's items.
#include "rules/audit/checks.hpp"

#include <algorithm>
#include <set>

#include "zhifa/disclosure.hpp"
#include "zhifa/error.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/record.hpp"

namespace zhifa::detail {
namespace {

const std::string kLaw = "行政处罚法";

std::string art(const std::string& a) { return kLaw + " " + a; }

bool penalty_decided(const Case& c) {
  return c.decision && c.decision->outcome == Outcome::kPenalty;
}

const CaseDeadline* deadline(const CheckInput& in, std::string_view key) {
  for (const auto& d : in.deadlines) {
    if (d.key == key) return &d;
  }
  return nullptr;
}

const Document* find_document(const Case& c, DocumentType type) {
  for (const auto& d : c.documents) {
    if (d.type == type) return &d;
  }
  return nullptr;
}

std::string label(const Officer& o) { return o.name + " (" + o.id + ")"; }

// ---- veto items: body, officers, evidence, limitation -----------------------------------------

CheckOutcome power_item(const CheckInput& in) {
  const Case& c = in.c;
  if (!c.filed_on && !c.decision) return CheckOutcome::not_applicable("not filed or decided");
  if (!in.procedure) {
    return CheckOutcome::not_checkable("agency '" + c.agency_code +
                                       "' is not among the audit's agencies");
  }
  const Agency& a = in.procedure->agency();
  CheckOutcome out;
  if (!a.holds_power(c.power_code)) {
    out.add("no_power_item", art("Art. 38 ¶1"),
            a.name + " holds no power item '" + c.power_code +
                "' on its list of powers: a penalty by a body without the power is void "
                "(行政处罚法 Art. 38 ¶1)");
  } else if (a.power(c.power_code).kind != PowerKind::kPenalty) {
    out.add("not_a_penalty_power", art("Art. 38 ¶1"),
            "power item '" + c.power_code + "' (" + a.power(c.power_code).name +
                ") is not a penalty power (行政处罚法 Art. 38 ¶1)");
  }
  return out;
}

// Who acted on which day: investigators from the investigation, signatories on their documents,
// and every officer named in the timeline.
std::vector<std::pair<std::string, Date>> officer_acts(const Case& c) {
  std::vector<std::pair<std::string, Date>> acts;
  for (const auto& e : c.events) {
    if (!e.officer_id.empty()) acts.emplace_back(e.officer_id, e.on);
    if (e.action == "investigate") {
      for (const auto& id : c.investigators) acts.emplace_back(id, e.on);
    }
  }
  for (const auto& d : c.documents) {
    if (d.type == DocumentType::kDecision || d.type == DocumentType::kNoPenaltyDecision ||
        d.type == DocumentType::kInquiryRecord || d.type == DocumentType::kInspectionRecord) {
      for (const auto& id : d.signatories) acts.emplace_back(id, d.date);
    }
  }
  return acts;
}

CheckOutcome officers_certified(const CheckInput& in) {
  const Case& c = in.c;
  if (!in.procedure) {
    return CheckOutcome::not_checkable("agency '" + c.agency_code +
                                       "' is not among the audit's agencies");
  }
  const auto acts = officer_acts(c);
  if (acts.empty()) return CheckOutcome::not_applicable("no officer has acted yet");
  const Agency& a = in.procedure->agency();
  CheckOutcome out;
  std::set<std::string> reported;
  for (const auto& [id, on] : acts) {
    if (reported.count(id)) continue;
    const Officer* o = nullptr;
    for (const auto& x : a.officers) {
      if (x.id == id) o = &x;
    }
    if (!o) {
      reported.insert(id);
      out.add("officer_unknown", art("Art. 42"),
              "'" + id + "' acted on " + iso(on) + " but is not an enforcement officer of " +
                  a.name + " (行政处罚法 Art. 42)");
    } else if (!o->certified_on(on, a.code)) {
      reported.insert(id);
      const std::string why =
          !o->certificate ? "holds no enforcement certificate"
          : o->certificate->agency_code != a.code
              ? "holds a certificate of another agency (" + o->certificate->agency_code + ")"
              : "holds a certificate valid only " + iso(o->certificate->valid_from) + ".." +
                    iso(o->certificate->valid_to);
      out.add("officer_not_certified", art("Art. 42"),
              "officer " + label(*o) + " acted on " + iso(on) + " but " + why +
                  " (行政处罚法 Art. 42)");
    }
  }
  return out;
}

CheckOutcome officers_two(const CheckInput& in) {
  const Case& c = in.c;
  CheckOutcome out;
  bool applicable = false;
  const bool investigated = std::any_of(c.events.begin(), c.events.end(), [](const CaseEvent& e) {
    return e.action == "investigate";
  });
  if (c.procedure == ProcedureKind::kGeneral && investigated) {
    applicable = true;
    std::set<std::string> ids(c.investigators.begin(), c.investigators.end());
    if (ids.size() < 2) {
      out.add("fewer_than_two_officers", art("Art. 42"),
              "the case was investigated by " + std::to_string(ids.size()) +
                  " enforcement officer(s); at least two are required (行政处罚法 Art. 42)");
    }
  }
  for (const auto& d : c.documents) {
    if (d.type != DocumentType::kDecision && d.type != DocumentType::kNoPenaltyDecision) continue;
    applicable = true;
    std::set<std::string> ids(d.signatories.begin(), d.signatories.end());
    if (ids.size() < 2) {
      out.add("fewer_than_two_officers", art("Art. 42"),
              "the decision " + (d.number.empty() ? d.id : d.number) + " names " +
                  std::to_string(ids.size()) +
                  " enforcement officer(s); at least two are required (行政处罚法 Art. 42)");
    }
  }
  if (!applicable) return CheckOutcome::not_applicable("not investigated or decided yet");
  return out;
}

CheckOutcome evidence_sufficient(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c)) return CheckOutcome::not_applicable("no penalty decision");
  if (c.decision->on_the_spot) {
    return CheckOutcome::not_applicable("on-the-spot decision: facts established on the spot");
  }
  const Date on = c.decision->decided_on;
  CheckOutcome out;
  const bool supported = std::any_of(c.evidence.begin(), c.evidence.end(), [&](const Evidence& e) {
    return e.verified && e.lawfully_obtained && e.collected_on <= on;
  });
  if (!supported) {
    out.add("evidence_insufficient", art("Art. 40, 46"),
            "the penalty of " + iso(on) + " rests on no verified, lawfully obtained evidence (" +
                std::to_string(c.evidence.size()) +
                " items recorded); no penalty without established facts (行政处罚法 Art. 40, 46)");
  }
  for (const auto& e : c.evidence) {
    if (!e.lawfully_obtained) {
      out.add("evidence_unlawful", art("Art. 46 ¶3"),
              "evidence " + e.id + " (" + e.description +
                  ") was not lawfully obtained and may not establish facts (行政处罚法 Art. 46)");
    }
  }
  return out;
}

CheckOutcome limitation(const CheckInput& in) {
  const Case& c = in.c;
  if (!c.notice && !penalty_decided(c)) return CheckOutcome::not_applicable("no penalty pursued");
  const PeriodTable& periods = PeriodTable::builtin();
  CheckOutcome out;
  for (const auto& v : c.violations) {
    const LegalPeriod& p =
        periods.get(v.life_health_or_financial_harm ? "limitation_extended" : "limitation");
    const Date end = p.end(v.limitation_start(), in.context.calendar);
    if (v.discovered > end) {
      out.add("limitation_expired", art("Art. 36"),
              "the act of " + iso(v.limitation_start()) + " was discovered on " +
                  iso(v.discovered) + ", after the " + std::to_string(p.length) +
                  "-year limitation period ended on " + iso(end) +
                  "; no penalty may be given (行政处罚法 Art. 36)");
    }
  }
  return out;
}

// ---- content: the steps of the procedure ------------------------------------------------------

CheckOutcome filing_order(const CheckInput& in) {
  const Case& c = in.c;
  if (c.procedure != ProcedureKind::kGeneral) {
    return CheckOutcome::not_applicable("simple procedure: no filing");
  }
  CheckOutcome out;
  if (!c.filed_on) {
    const bool acted = std::any_of(c.events.begin(), c.events.end(), [](const CaseEvent& e) {
      return e.action == "investigate" || e.action == "notify" || e.action == "decide";
    });
    if (acted) {
      out.add("investigation_before_filing", art("Art. 54"),
              "investigation or decision steps are recorded but the case was never filed "
              "(程序倒置; 行政处罚法 Art. 54)");
    }
    return acted ? out : CheckOutcome::not_applicable("not filed");
  }
  const Date filed = *c.filed_on;
  for (const auto& e : c.events) {
    if (e.action != "file" && e.on < filed) {
      out.add("investigation_before_filing", art("Art. 54"),
              "step '" + e.action + "' on " + iso(e.on) + " precedes the filing on " + iso(filed) +
                  " (程序倒置; 行政处罚法 Art. 54)");
    }
  }
  for (const auto& e : c.evidence) {
    if (e.collected_on < filed) {
      out.add("evidence_before_filing", art("Art. 54, 55"),
              "evidence " + e.id + " (" + e.description + ") was collected on " +
                  iso(e.collected_on) + ", before the filing on " + iso(filed) +
                  " (程序倒置; 行政处罚法 Art. 54, 55)");
    }
  }
  for (std::size_t i = 1; i < c.events.size(); ++i) {
    if (c.events[i].on < c.events[i - 1].on) {
      out.add("steps_out_of_order", art("Art. 54"),
              "step '" + c.events[i].action + "' on " + iso(c.events[i].on) +
                  " is recorded after '" + c.events[i - 1].action + "' of " +
                  iso(c.events[i - 1].on) + " (程序倒置)");
    }
  }
  return out;
}

CheckOutcome notice_before_decision(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c)) return CheckOutcome::not_applicable("no penalty decision");
  if (c.decision->on_the_spot) {
    return CheckOutcome::not_applicable("on-the-spot decision: rights stated on the spot");
  }
  const Date on = c.decision->decided_on;
  CheckOutcome out;
  if (!c.notice) {
    out.add("notice_missing", art("Art. 44, 62"),
            "the penalty decision of " + iso(on) +
                " was made without notifying the intended penalty and the rights of statement, "
                "defence and hearing (行政处罚法 Art. 44, 62)");
    return out;
  }
  if (c.notice->served_on > on) {
    out.add("notice_after_decision", art("Art. 44, 62"),
            "the notice of rights of " + iso(c.notice->served_on) + " came after the decision of " +
                iso(on) + " (行政处罚法 Art. 44, 62)");
  }
  auto fines = [](const std::vector<Penalty>& ps) {
    Money m;
    for (const auto& p : ps) {
      if (p.kind == PenaltyKind::kFine && p.amount) m += *p.amount;
    }
    return m;
  };
  const Money proposed = fines(c.notice->proposed), decided = fines(c.decision->penalties);
  if (decided > proposed) {
    out.add(c.notice->statement_made_on ? "heavier_after_defence" : "penalty_beyond_notice",
            art(c.notice->statement_made_on ? "Art. 45" : "Art. 44"),
            "the decided fine of " + decided.to_string() + " yuan exceeds the notified " +
                proposed.to_string() + " yuan" +
                (c.notice->statement_made_on
                     ? "; a defence may not lead to a heavier penalty (行政处罚法 Art. 45)"
                     : " without a new notice (行政处罚法 Art. 44)"));
  }
  for (const auto& p : c.decision->penalties) {
    const bool notified = std::any_of(c.notice->proposed.begin(), c.notice->proposed.end(),
                                      [&](const Penalty& q) { return q.kind == p.kind; });
    if (!notified) {
      out.add("penalty_beyond_notice", art("Art. 44"),
              "the penalty '" + to_string(p.kind) +
                  "' was decided without being notified (行政处罚法 Art. 44)");
    }
  }
  return out;
}

CheckOutcome hearing(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c) || c.decision->on_the_spot) {
    return CheckOutcome::not_applicable("no general-procedure penalty decision");
  }
  if (!c.notice) return CheckOutcome::not_applicable("no notice (see the notice item)");
  if (!in.procedure) {
    return CheckOutcome::not_checkable("agency '" + c.agency_code +
                                       "' is not among the audit's agencies");
  }
  const bool eligible = in.procedure->hearing_eligible(c, c.decision->penalties) ||
                        in.procedure->hearing_eligible(c, c.notice->proposed);
  if (!eligible && !c.hearing) {
    return CheckOutcome::not_applicable("the penalties give no hearing right (Art. 63)");
  }
  const Date decided = c.decision->decided_on;
  CheckOutcome out;
  if (eligible && !c.notice->hearing_right_notified) {
    out.add("hearing_right_not_notified", art("Art. 63"),
            "the penalties are hearing-eligible under the jurisdiction's rules (" +
                in.procedure->rules().name +
                ") but the notice did not state the right to a hearing (行政处罚法 Art. 63)");
  }
  if (c.hearing) {
    const Hearing& h = *c.hearing;
    if (const CaseDeadline* d = deadline(in, "hearing_notice");
        d && d->state == DeadlineState::kMetLate) {
      out.add("hearing_notice_short", art("Art. 64 (2)"),
              "the hearing of " + iso(*h.scheduled_for) + " was notified on " +
                  iso(*h.notified_on) + ", later than " + iso(d->ledger.due()) +
                  ", 7 working days before (行政处罚法 Art. 64 (2), 85)");
    }
    if (!h.presiding_officer_id.empty() &&
        std::find(c.investigators.begin(), c.investigators.end(), h.presiding_officer_id) !=
            c.investigators.end()) {
      out.add("hearing_presided_by_investigator", art("Art. 64 (4)"),
              "the hearing was presided by " + h.presiding_officer_id +
                  ", an investigator of the case (行政处罚法 Art. 64 (4))");
    }
    const bool held = (h.held_on && *h.held_on <= decided) || h.waived_by_absence;
    if (!held) {
      out.add("hearing_not_held", art("Art. 63, 65"),
              "the party asked for a hearing on " + iso(h.requested_on) + " but the decision of " +
                  iso(decided) + " was made without it (行政处罚法 Art. 63, 65)");
    }
  } else if (c.notice->hearing_right_notified && !c.notice->hearing_waived_on) {
    if (const CaseDeadline* d = deadline(in, "hearing_request"); d && decided <= d->ledger.due()) {
      out.add("decided_before_hearing_period", art("Art. 64 (1)"),
              "the decision of " + iso(decided) +
                  " came before the party's 5 working days to ask for a hearing ended on " +
                  iso(d->ledger.due()) + " (行政处罚法 Art. 64 (1), 85)");
    }
  }
  return out;
}

CheckOutcome legal_review(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c) || c.decision->on_the_spot) {
    return CheckOutcome::not_applicable("no general-procedure penalty decision");
  }
  if (!in.procedure) {
    return CheckOutcome::not_checkable("agency '" + c.agency_code +
                                       "' is not among the audit's agencies");
  }
  const auto grounds = in.procedure->legal_review_grounds(c);
  CheckOutcome out;
  const Date decided = c.decision->decided_on;
  for (const auto& r : c.reviews) {
    const Officer* o = nullptr;
    for (const auto& x : in.procedure->agency().officers) {
      if (x.id == r.reviewer_id) o = &x;
    }
    if (o && !o->experienced_reviewer && !o->legal_professional_qualification) {
      out.add("reviewer_unqualified", art("Art. 58 ¶2"),
              "the legal review of " + iso(r.reviewed_on) + " was done by " + label(*o) +
                  ", a first-time reviewer without the legal professional qualification "
                  "(行政处罚法 Art. 58 ¶2)");
    }
  }
  if (grounds.empty()) {
    if (out.findings.empty()) {
      return CheckOutcome::not_applicable("no situation of Art. 58 applies");
    }
    return out;
  }
  const LegalReview* last = nullptr;
  for (const auto& r : c.reviews) {
    if (r.reviewed_on <= decided) last = &r;
  }
  if (!last) {
    out.add("legal_review_missing", art("Art. 58"),
            "no legal review before the decision of " + iso(decided) +
                ", though it is required because " + grounds.front() + " (行政处罚法 Art. 58)");
  } else if (!last->passed()) {
    out.add("legal_review_not_passed", art("Art. 58"),
            "the legal review of " + iso(last->reviewed_on) +
                " did not pass, yet the decision was made on " + iso(decided) +
                " (行政处罚法 Art. 58)");
  }
  return out;
}

CheckOutcome collective_discussion(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c) || c.decision->on_the_spot) {
    return CheckOutcome::not_applicable("no general-procedure penalty decision");
  }
  if (!c.flags.complex_or_serious) {
    return CheckOutcome::not_applicable("not marked complex or serious (Art. 57 ¶2)");
  }
  CheckOutcome out;
  const Date decided = c.decision->decided_on;
  if (!c.discussion || c.discussion->held_on > decided) {
    out.add("discussion_missing", art("Art. 57 ¶2"),
            "a complex case or serious violation was decided on " + iso(decided) +
                " without a collective discussion of the agency's heads before it (行政处罚法 "
                "Art. 57 ¶2)");
  }
  return out;
}

CheckOutcome decision_period(const CheckInput& in) {
  const CaseDeadline* d = deadline(in, "decision");
  if (!d) return CheckOutcome::not_applicable("no general-procedure filing");
  CheckOutcome out;
  const auto& ledger = d->ledger;
  const std::string adjustments =
      ledger.suspensions().empty() && ledger.extensions().empty()
          ? ""
          : " (with " + std::to_string(ledger.suspensions().size()) + " suspension(s) and " +
                std::to_string(ledger.extensions().size()) + " extension(s))";
  if (d->state == DeadlineState::kMetLate) {
    out.add("decision_overdue", art("Art. 60"),
            "decided on " + iso(*d->met_on) + ", after the decision period from the filing of " +
                iso(ledger.start()) + " ended on " + iso(ledger.due()) + adjustments +
                " (行政处罚法 Art. 60)");
  } else if (d->state == DeadlineState::kOverdue) {
    out.add("decision_overdue", art("Art. 60"),
            "still undecided on " + iso(in.context.as_of) +
                ", after the decision period from the filing of " + iso(ledger.start()) +
                " ended on " + iso(ledger.due()) + adjustments + " (行政处罚法 Art. 60)");
  }
  return out;
}

CheckOutcome decision_document(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c)) return CheckOutcome::not_applicable("no penalty decision");
  const std::string a = c.decision->on_the_spot ? "Art. 52" : "Art. 59";
  CheckOutcome out;
  const Document* doc = find_document(c, DocumentType::kDecision);
  if (!doc) {
    out.add("decision_document_missing", art(a),
            "the case file holds no penalty decision document (行政处罚法 " + a + ")");
    return out;
  }
  if (doc->number.empty() || c.decision->document_number.empty()) {
    out.add("decision_number_missing", art(a),
            "the decision document has no number (行政处罚法 " + a + ")");
  }
  if (doc->date != c.decision->decided_on) {
    out.add("decision_date_mismatch", art(a + " (6)"),
            "the decision document is dated " + iso(doc->date) + " but the decision was made on " +
                iso(c.decision->decided_on) + " (行政处罚法 " + a + ")");
  }
  for (const auto& p : c.parties) {
    if (p.name.empty() || p.address.empty()) {
      out.add("party_details_missing", art(a + " (1)"),
              "party " + p.id + " lacks its " + (p.name.empty() ? "name" : "address") +
                  " (行政处罚法 " + a + " (1))");
    }
  }
  if (c.facts.empty()) {
    out.add("facts_missing", art(a + " (2)"),
            "the decision states no facts (行政处罚法 " + a + " (2))");
  }
  for (const auto& v : c.violations) {
    if (v.penalty_provision.empty() || v.violated_provision.empty()) {
      out.add("basis_missing", art(a + " (3)"),
              "violation '" + v.description + "' names no " +
                  (v.violated_provision.empty() ? "violated provision" : "penalty provision") +
                  " (行政处罚法 " + a + " (3))");
    }
  }
  out.reason =
      "(4) manner and time of performance, (5) review and litigation routes and the seal are not "
      "in the case data: for a reviewer";
  return out;
}

CheckOutcome service(const CheckInput& in) {
  const Case& c = in.c;
  if (!c.decision || c.status == CaseStatus::kTransferred) {
    return CheckOutcome::not_applicable("no decision to serve");
  }
  CheckOutcome out;
  if (c.decision->on_the_spot) {
    if (c.served_on && *c.served_on != c.decision->decided_on) {
      out.add("not_handed_over_on_the_spot", art("Art. 52"),
              "the on-the-spot decision of " + iso(c.decision->decided_on) +
                  " was handed over on " + iso(*c.served_on) + " (行政处罚法 Art. 52)");
    }
  } else if (const CaseDeadline* d = deadline(in, "decision_service")) {
    if (d->state == DeadlineState::kMetLate) {
      out.add("service_late", art("Art. 61"),
              "the decision of " + iso(c.decision->decided_on) + " was served on " +
                  iso(*d->met_on) + ", after the 7 working days ended on " + iso(d->ledger.due()) +
                  " (行政处罚法 Art. 61, 85)");
    } else if (d->state == DeadlineState::kOverdue) {
      out.add("service_late", art("Art. 61"),
              "the decision of " + iso(c.decision->decided_on) + " is still unserved on " +
                  iso(in.context.as_of) + "; the 7 working days ended on " + iso(d->ledger.due()) +
                  " (行政处罚法 Art. 61, 85)");
    }
  }
  for (const auto& doc : c.documents) {
    if (doc.service && doc.service->method == ServiceMethod::kElectronic &&
        !doc.service->electronic_consent) {
      out.add("electronic_service_without_consent", art("Art. 61 ¶2"),
              "document " + (doc.number.empty() ? doc.id : doc.number) +
                  " was served electronically on " + iso(doc.service->served_on) +
                  " without the party's signed consent (行政处罚法 Art. 61 ¶2)");
    }
  }
  return out;
}

CheckOutcome penalty_discretion(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c)) return CheckOutcome::not_applicable("no penalty decision");
  if (c.violations.empty()) return CheckOutcome::not_checkable("the case records no violation");
  const Violation& v = c.violations.front();
  if (v.item_code.empty())
    return CheckOutcome::not_checkable("the violation names no catalog item");
  PenaltyFacts facts;
  facts.act_date = v.act_date;
  facts.act_ended = v.act_ended;
  facts.discovered = v.discovered;
  facts.decision_date = c.decision->decided_on;
  facts.life_health_or_financial_harm = v.life_health_or_financial_harm;
  for (const auto& p : c.parties) {
    if (auto age = p.age_on(v.act_date)) {
      facts.age_at_act = facts.age_at_act ? std::min(*facts.age_at_act, *age) : *age;
    }
  }
  const CatalogItem* item = in.context.catalog->find(v.item_code, v.act_date);
  if (!item) {
    return CheckOutcome::not_applicable("item '" + v.item_code + "' is not in the catalog '" +
                                        in.context.catalog->name() + "' in force on " +
                                        iso(v.act_date));
  }
  // A provision that fines only under a condition (逾期不改正, 拒不改正, 情节较重) presupposes it;
  // the case does not record it, so it is assumed here and left for a reviewer to verify.
  std::string assumed;
  const auto& rules = item->fines;
  const bool conditional =
      !rules.empty() &&
      std::all_of(rules.begin(), rules.end(), [](const FineRule& f) { return !f.when.empty(); });
  for (const auto& rule : rules) {
    if (conditional && facts.circumstances.insert(rule.when).second) {
      assumed += (assumed.empty() ? "" : ", ") + rule.when;
    }
  }
  PenaltyCheck pc;
  try {
    pc = check_penalty(*in.context.catalog, v.item_code, facts, c.decision->penalties);
  } catch (const NotFoundError&) {
    return CheckOutcome::not_applicable("item '" + v.item_code + "' is not in the catalog '" +
                                        in.context.catalog->name() + "' in force on " +
                                        iso(v.act_date));
  } catch (const ValidationError& e) {
    return CheckOutcome::not_checkable("item '" + v.item_code + "': " + e.what());
  }
  const Recommendation& r = pc.recommendation;
  const std::string basis = art("Art. 5") + "; " + item->penalty_provision.to_string();
  CheckOutcome out;
  if (!r.penalty_allowed) {
    out.add(
        "penalty_not_allowed", art("Art. 30-33, 36"),
        "item " + v.item_code + ": a penalty was given where none may be (" + r.tier_label + ")");
    return out;
  }
  for (const auto& p : c.decision->penalties) {
    if (std::find(r.kinds.begin(), r.kinds.end(), p.kind) == r.kinds.end()) {
      out.add("penalty_kind_not_allowed", art("Art. 9"),
              "item " + v.item_code + ": the penalty provision does not allow '" +
                  to_string(p.kind) + "'");
    }
  }
  if (pc.below_by || pc.above_by) {
    for (const auto& m : pc.findings) {
      if (m.find("below") != std::string::npos || m.find("above") != std::string::npos) {
        out.add(pc.below_by ? "fine_below_range" : "fine_above_range", basis,
                "item " + v.item_code + ": " + m);
      }
    }
  }
  out.reason =
      "tier conditions (从轻/从重 circumstances) are not recorded in the case data: for a reviewer";
  if (!assumed.empty()) {
    out.reason += "; the provision's condition (" + assumed + ") is assumed: for a reviewer";
  }
  return out;
}

// ---- execution: collection and payment --------------------------------------------------------

CheckOutcome fine_collection(const CheckInput& in) {
  const Case& c = in.c;
  if (c.payments.empty()) return CheckOutcome::not_applicable("no payment recorded");
  const Money fine = c.decision ? c.decision->total_fine() : Money();
  CheckOutcome out;
  for (const auto& p : c.payments) {
    if (!p.collected_on_the_spot) continue;
    if (!c.decision || !c.decision->on_the_spot) {
      out.add("fine_collected_by_agency", art("Art. 67 ¶2"),
              "a payment of " + p.amount.to_string() + " yuan on " + iso(p.paid_on) +
                  " was collected by the deciding agency's officers in a general-procedure case "
                  "(罚缴分离; 行政处罚法 Art. 67 ¶2)");
    } else if (fine > Money::from_yuan(100)) {
      out.add("on_the_spot_collection_ground", art("Art. 68, 69"),
              "a fine of " + fine.to_string() +
                  " yuan (above 100 yuan) was collected on the spot on " + iso(p.paid_on) +
                  "; only lawful where later collection is hard or the area is remote (行政处罚法 "
                  "Art. 68 (2), 69)");
    }
  }
  return out;
}

CheckOutcome payment(const CheckInput& in) {
  const Case& c = in.c;
  if (!penalty_decided(c) || c.decision->total_fine().fen() == 0) {
    return CheckOutcome::not_applicable("no fine");
  }
  if (!c.served_on && !c.decision->on_the_spot) return CheckOutcome::not_applicable("not served");
  CheckOutcome out;
  for (const auto& d : in.deadlines) {
    if (d.key != "payment" && d.key.rfind("instalment_", 0) != 0) continue;
    if (d.state == DeadlineState::kMetLate) {
      const long late = (*d.met_on - d.ledger.due()).days();
      out.add("payment_late", art("Art. 67, 72"),
              "the fine was paid in full on " + iso(*d.met_on) + ", " + std::to_string(late) +
                  " day(s) after it fell due on " + iso(d.ledger.due()) +
                  " (行政处罚法 Art. 67 ¶3, 72 (1))");
    } else if (d.state == DeadlineState::kOverdue) {
      out.add("payment_overdue", art("Art. 72"),
              "the fine fell due on " + iso(d.ledger.due()) + " and is unpaid on " +
                  iso(in.context.as_of) + ": surcharge and enforcement (行政处罚法 Art. 72)");
    }
  }
  if (!in.procedure || c.payments.empty()) return out;
  // The amount owed at the last payment: the fine and the surcharge accrued until then, 3% a day
  // of the unpaid fine, at most the fine, not during review or litigation (Art. 72 (1), 73 ¶3).
  const Date last = c.payments.back().paid_on;
  const Money fine = c.decision->total_fine();
  const Money surcharge = in.procedure->surcharge(c, last);
  const Money owed = fine + surcharge;
  const Money paid = c.paid();
  const bool settled = std::any_of(c.events.begin(), c.events.end(),
                                   [](const CaseEvent& e) { return e.action == "paid"; });
  if (paid > owed) {
    out.add("surcharge_excessive", art("Art. 72 (1), 73 ¶3"),
            "paid " + paid.to_string() + " yuan but the fine of " + fine.to_string() +
                " yuan and the surcharge of " + surcharge.to_string() + " yuan owed on " +
                iso(last) + " total " + owed.to_string() + " (行政处罚法 Art. 72 (1), 73)");
  } else if (settled && paid < owed) {
    out.add("surcharge_not_collected", art("Art. 72 (1)"),
            "the case counts as paid with " + paid.to_string() + " yuan, but the fine of " +
                fine.to_string() + " yuan and the surcharge of " + surcharge.to_string() +
                " yuan owed on " + iso(last) + " total " + owed.to_string() +
                " (行政处罚法 Art. 72 (1))");
  }
  return out;
}

// ---- form: the documents of the file ----------------------------------------------------------

CheckOutcome documents_complete(const CheckInput& in) {
  const Case& c = in.c;
  if (c.status == CaseStatus::kLead) return CheckOutcome::not_applicable("a lead, no file yet");
  CheckOutcome out;
  auto need = [&](DocumentType type, const std::string& stage, const std::string& article) {
    if (!find_document(c, type)) {
      out.add("document_missing", article,
              "the file lacks the " + to_string(type) + " document of the " + stage + " stage (" +
                  article + ")");
    }
  };
  if (c.procedure == ProcedureKind::kGeneral && c.filed_on) {
    need(DocumentType::kFilingApproval, "filing", art("Art. 54"));
  }
  if (c.notice) need(DocumentType::kNoticeOfRights, "notice", art("Art. 44"));
  if (c.hearing && c.hearing->notified_on) {
    need(DocumentType::kHearingNotice, "hearing", art("Art. 64 (2)"));
  }
  if (c.hearing && c.hearing->held_on) {
    need(DocumentType::kHearingRecord, "hearing", art("Art. 64 (8)"));
  }
  if (!c.reviews.empty()) need(DocumentType::kLegalReviewOpinion, "legal review", art("Art. 58"));
  if (c.discussion)
    need(DocumentType::kDiscussionRecord, "collective discussion", art("Art. 57 ¶2"));
  if (c.decision) {
    const bool any = find_document(c, DocumentType::kDecision) ||
                     find_document(c, DocumentType::kNoPenaltyDecision);
    if (!any) {
      out.add("document_missing", art("Art. 59"),
              "the file lacks the decision document (" + art("Art. 59") + ")");
    }
  }
  if (c.served_on) {
    const bool recorded =
        std::any_of(c.documents.begin(), c.documents.end(), [](const Document& d) {
          return (d.type == DocumentType::kDecision || d.type == DocumentType::kNoPenaltyDecision ||
                  d.type == DocumentType::kServiceReceipt) &&
                 (d.service || d.type == DocumentType::kServiceReceipt);
        });
    if (!recorded) {
      out.add("document_missing", art("Art. 61"),
              "the decision was served on " + iso(*c.served_on) +
                  " but the file holds no service record (送达回证; " + art("Art. 61") + ")");
    }
  }
  if (c.closed_on) need(DocumentType::kClosingReport, "closing", art("Art. 47"));
  return out;
}

CheckOutcome documents_order(const CheckInput& in) {
  const Case& c = in.c;
  if (c.documents.size() < 2) return CheckOutcome::not_applicable("fewer than two documents");
  CheckOutcome out;
  for (std::size_t i = 1; i < c.documents.size(); ++i) {
    const Document& a = c.documents[i - 1];
    const Document& b = c.documents[i];
    if (b.date < a.date) {
      out.add("documents_out_of_order", "卷面标准 (立案→调查取证→审查→决定→送达)",
              "document " + b.id + " (" + to_string(b.type) + ", " + iso(b.date) +
                  ") is filed after " + a.id + " (" + to_string(a.type) + ", " + iso(a.date) + ")");
      break;
    }
  }
  if (c.documents.front().type != DocumentType::kFilingApproval &&
      find_document(c, DocumentType::kFilingApproval)) {
    out.add("documents_out_of_order", "卷面标准 (立案→调查取证→审查→决定→送达)",
            "the filing approval is not the first document of the file");
  }
  return out;
}

// ---- items whose data the case model does not hold yet ----------------------------------------

// Publication on time and withdrawal within 3 working days of a change (Art. 48), by the default
// disclosure rules (data/disclosure/default.json: 7 working days, a [P] fact kept as data).
CheckOutcome disclosure_on_time(const CheckInput& in) {
  static const DisclosureRules rules = DisclosureRules::defaults();
  const DisclosureState st = disclosure_state(in.c, in.context.as_of, rules, in.context.calendar);
  const auto due = [&] { return st.due() ? iso(*st.due()) : std::string("?"); };
  CheckOutcome out;
  switch (st.status) {
    case DisclosureStatus::kNotRequired:
      return CheckOutcome::not_applicable(st.reason);
    case DisclosureStatus::kOverdue:
      out.add("disclosure_overdue", art("Art. 48"),
              "the decision was due for publication by " + due() + " and is not published (" +
                  rules.name() + "; Art. 48)");
      break;
    case DisclosureStatus::kPublishedLate:
      out.add(
          "disclosure_late", art("Art. 48"),
          "published on " + iso(*st.published_on) + ", after its deadline " + due() + " (Art. 48)");
      break;
    case DisclosureStatus::kWithdrawalOverdue:
      out.add("withdrawal_overdue", art("Art. 48"),
              "the changed decision is still public after the withdrawal deadline " + due() +
                  " (Art. 48: three working days)");
      break;
    case DisclosureStatus::kWithdrawnLate:
      out.add("withdrawal_late", art("Art. 48"),
              "withdrawn on " + iso(*st.withdrawn_on) + ", after the deadline " + due() +
                  " (Art. 48: three working days)");
      break;
    default:
      break;
  }
  return out;
}

// The steps that took place without the audio or video record the recording policy requires
// (data/recording/policy.json, after 国办发〔2018〕118号; [U] wording, replaceable).
CheckOutcome av_records_present(const CheckInput& in) {
  static const RecordingPolicy policy = RecordingPolicy::builtin();
  const auto gaps = policy.gaps(in.c);
  if (gaps.empty()) return CheckOutcome::passed();
  CheckOutcome out;
  for (const auto& g : gaps) out.add("av_record_missing", art("Art. 47"), g.reason);
  return out;
}

// The file's record as a log: present once the case is filed, numbered in order. The stored log
// against its stored hashes and signed heads is CaseStore::verify_records ('zhifa verify'), which
// needs the store, not the file.
CheckOutcome record_log_verifies(const CheckInput& in) {
  const Case& c = in.c;
  if (!c.filed_on && !c.decision) {
    return CheckOutcome::not_applicable("neither filed nor decided: no record is due yet");
  }
  CheckOutcome out;
  if (c.records.empty()) {
    out.add("record_missing", art("Art. 47"),
            "the file has no full-process record (文字、音像记录) of its steps (Art. 47)");
    return out;
  }
  // A case file alone carries no stored leaf hashes or tree heads to hold its entries against
  // (the store's verify_records does that), so the check is of the log's own structure: entries
  // numbered in order with none missing, and each well formed.
  for (std::uint64_t i = 0; i < c.records.size(); ++i) {
    const RecordEntry& e = c.records[i];
    if (e.seq != i) {
      out.add("record_log_broken", art("Art. 47"),
              "the record entry at position " + std::to_string(i) + " has sequence number " +
                  std::to_string(e.seq) + ": an entry was deleted, inserted or moved (Art. 47)");
      return out;
    }
    if (auto problem = record_problem(e)) {
      out.add("record_log_broken", art("Art. 47"),
              "record entry " + std::to_string(i) + ": " + *problem + " (Art. 47)");
      return out;
    }
  }
  return out;
}

}  // namespace

std::vector<AuditCheck> builtin_checks() {
  return {
      {"power_item",
       "the enforcing body holds the power item, a penalty power",
       art("Art. 38"),
       power_item,
       {},
       false},
      {"officers_certified",
       "every acting officer holds a valid enforcement certificate",
       art("Art. 42"),
       officers_certified,
       {CasePart::kEvents, CasePart::kDocuments},
       false},
      {"officers_two",
       "at least two enforcement officers investigate and decide",
       art("Art. 42"),
       officers_two,
       {CasePart::kEvents, CasePart::kDocuments},
       false},
      {"evidence_sufficient",
       "the penalty rests on verified, lawfully obtained evidence",
       art("Art. 40, 46"),
       evidence_sufficient,
       {CasePart::kEvidence},
       false},
      {"limitation",
       "the act was discovered within the limitation period",
       art("Art. 36"),
       limitation,
       {CasePart::kViolations},
       false},
      {"filing_order",
       "filing before investigation; steps in order (程序倒置)",
       art("Art. 54, 55"),
       filing_order,
       {CasePart::kEvents, CasePart::kEvidence},
       false},
      {"notice_before_decision",
       "the intended penalty and the rights were notified before the decision; nothing heavier",
       art("Art. 44, 45, 62"),
       notice_before_decision,
       {CasePart::kPenalties},
       false},
      {"hearing",
       "hearing right stated, hearing held when requested, its periods kept",
       art("Art. 63-65"),
       hearing,
       {CasePart::kPenalties, CasePart::kParties},
       true},
      {"legal_review",
       "legal review where required, passed before the decision, by a qualified "
       "reviewer",
       art("Art. 58"),
       legal_review,
       {CasePart::kPenalties, CasePart::kParties, CasePart::kReviews},
       false},
      {"collective_discussion",
       "collective discussion of complex or serious cases",
       art("Art. 57 ¶2"),
       collective_discussion,
       {},
       false},
      {"decision_period",
       "decision within 90 days of filing, with suspensions and extensions",
       art("Art. 60"),
       decision_period,
       {},
       true},
      {"decision_document",
       "the decision document states what the law requires",
       art("Art. 59"),
       decision_document,
       {CasePart::kDocuments, CasePart::kParties, CasePart::kViolations},
       false},
      {"service",
       "the decision served within 7 working days, lawfully",
       art("Art. 61"),
       service,
       {CasePart::kDocuments},
       true},
      {"penalty_discretion",
       "the penalty within the statutory range and the benchmark's kinds",
       art("Art. 5, 34"),
       penalty_discretion,
       {CasePart::kViolations, CasePart::kParties, CasePart::kPenalties},
       false},
      {"fine_collection",
       "deciding and collecting kept apart",
       art("Art. 67-69"),
       fine_collection,
       {CasePart::kPayments, CasePart::kPenalties},
       false},
      {"payment",
       "payment on time; surcharge computed and collected correctly",
       art("Art. 67, 72, 73"),
       payment,
       {CasePart::kPenalties, CasePart::kPayments, CasePart::kEvents, CasePart::kRemedies,
        CasePart::kInstalments},
       true},
      {"documents_complete",
       "the documents of every stage reached are in the file",
       art("Art. 47"),
       documents_complete,
       {CasePart::kDocuments, CasePart::kReviews},
       false},
      {"documents_order",
       "the documents are filed in the order of the procedure",
       "卷面标准",
       documents_order,
       {CasePart::kDocuments},
       false},
      {"disclosure_on_time",
       "decision published on time, withdrawn within 3 working days of a "
       "change",
       art("Art. 48"),
       disclosure_on_time,
       {CasePart::kPenalties},
       false},
      {"av_records_present",
       "the required audio-video records are present",
       art("Art. 47"),
       av_records_present,
       {CasePart::kRecords},
       false},
      {"record_log_verifies",
       "the full-process record log is present and in order",
       art("Art. 47"),
       record_log_verifies,
       {CasePart::kRecords},
       false},
  };
}

}  // namespace zhifa::detail

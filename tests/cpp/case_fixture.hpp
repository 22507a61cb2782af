// A small agency and a case for the procedure and store tests.
#pragma once

#include "test_util.hpp"
#include "zhifa/agency.hpp"
#include "zhifa/case.hpp"
#include "zhifa/procedure.hpp"

namespace zhifa::test {

inline Officer officer(std::string id, std::string name, const char* from, const char* to,
                       std::string agency = "DLDRC") {
  Officer o;
  o.id = std::move(id);
  o.name = std::move(name);
  o.certificate = Certificate{"ZF-" + o.id, D(from), D(to), std::move(agency)};
  o.exam_passed = true;
  return o;
}

/// 大连市发展和改革委员会 with a penalty power under 招标投标法 Art. 49 and a licensing power.
inline Agency sample_agency() {
  Agency a;
  a.code = "DLDRC";
  a.name = "大连市发展和改革委员会";
  a.case_prefix = "大发改罚";
  a.powers.push_back(PowerItem{"DRC-CF-049",
                               "对必须招标而不招标的处罚",
                               PowerKind::kPenalty,
                               {Citation{"招标投标法", 49, 0, 0, ""}},
                               "DLDRC",
                               ""});
  a.powers.push_back(PowerItem{"DRC-XK-001",
                               "企业投资项目核准",
                               PowerKind::kLicensing,
                               {Citation{"企业投资项目核准和备案管理条例", 3, 0, 0, ""}},
                               "DLDRC",
                               ""});
  a.officers.push_back(officer("O1", "王明", "2024-01-01", "2028-12-31"));
  a.officers.push_back(officer("O2", "李华", "2024-01-01", "2028-12-31"));
  a.officers.push_back(officer("O3", "赵过期", "2020-01-01", "2025-12-31"));
  a.officers.push_back(officer("O4", "钱外单位", "2024-01-01", "2028-12-31", "OTHER"));
  Officer h = officer("H1", "孙主持", "2024-01-01", "2028-12-31");
  a.officers.push_back(h);
  Officer r = officer("R1", "周法制", "2024-01-01", "2028-12-31");
  r.legal_professional_qualification = true;
  a.officers.push_back(r);
  Officer novice = officer("R2", "吴新手", "2024-01-01", "2028-12-31");
  a.officers.push_back(novice);
  Officer head = officer("L1", "郑主任", "2024-01-01", "2028-12-31");
  a.officers.push_back(head);
  return a;
}

/// A lead against an organisation for avoiding a mandatory tender, discovered 2026-03-02.
inline Case sample_lead() {
  Case c;
  c.agency_code = "DLDRC";
  c.power_code = "DRC-CF-049";
  c.title = "某公司必须招标项目未招标案";
  c.facts = "当事人投资建设的厂房项目属于依法必须招标的项目，未经招标直接发包。";
  c.lead_on = D("2026-03-02");
  c.parties.push_back(Party::organization("P1", PartyKind::kLegalPerson, "大连某建设有限公司",
                                          CreditCode("91110000600037341L"), "张三", "0411-0000000",
                                          "大连市甘井子区某路1号"));
  Violation v;
  v.item_code = "TB-49";
  v.description = "必须进行招标的项目而不招标";
  v.violated_provision = "招标投标法 Art. 4";
  v.penalty_provision = "招标投标法 Art. 49";
  v.act_date = D("2025-03-01");
  v.discovered = D("2026-03-02");
  c.violations.push_back(v);
  return c;
}

inline Evidence verified_evidence(const char* on) {
  Evidence e;
  e.kind = EvidenceKind::kDocumentary;
  e.description = "施工合同";
  e.collected_on = D(on);
  e.verified = true;
  return e;
}

inline Penalty fine(const char* amount) {
  return Penalty{PenaltyKind::kFine, Money::parse(amount), ""};
}

inline Decision penalty_decision(const char* on, std::vector<Penalty> penalties) {
  Decision d;
  d.outcome = Outcome::kPenalty;
  d.penalties = std::move(penalties);
  d.decided_on = D(on);
  d.document_number = "大发改罚决〔2026〕1号";
  return d;
}

}  // namespace zhifa::test

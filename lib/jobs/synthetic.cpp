#include "zhifa/synthetic.hpp"

#include <algorithm>
#include <array>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "zhifa/error.hpp"

namespace zhifa {
namespace {

using boost::gregorian::date_duration;

// DRC penalty items (the statutes cited per item), with the statutory fine range in yuan. A
// per-mille item gives its range on a base amount (investment or contract) drawn per case.
struct Item {
  const char* code;
  const char* law;
  int article;
  const char* description;
  std::int64_t min_yuan;  // fixed range, or the per-mille range on the base when permille
  std::int64_t max_yuan;
  bool permille;
  bool warning;
};

constexpr std::array<Item, 14> kItems{{
    {"QY-18", "企业投资项目核准和备案管理条例", 18, "实行核准管理的项目未依法办理核准手续开工建设",
     1, 5, true, false},
    {"QY-19", "企业投资项目核准和备案管理条例", 19,
     "未依法将项目信息告知备案机关或者提供虚假信息，逾期不改正", 20000, 50000, false, false},
    {"TB-49", "招标投标法", 49, "必须进行招标的项目而不招标或者化整为零规避招标", 5, 10, true,
     false},
    {"TB-51", "招标投标法", 51, "招标人以不合理的条件限制或者排斥潜在投标人", 10000, 50000, false,
     false},
    {"TB-52", "招标投标法", 52, "依法必须招标项目的招标人泄露标底", 10000, 100000, false, true},
    {"TBT-64", "招标投标法实施条例", 64, "依法应当公开招标而采用邀请招标", 0, 100000, false, false},
    {"TBT-66", "招标投标法实施条例", 66, "超过规定比例收取投标保证金", 0, 50000, false, false},
    {"JN-77", "节约能源法", 77, "无偿向本单位职工提供能源，逾期不改正", 50000, 200000, false,
     false},
    {"JN-82", "节约能源法", 82, "重点用能单位未按照规定报送能源利用状况报告，逾期不改正", 10000,
     50000, false, false},
    {"JN-84", "节约能源法", 84, "重点用能单位未设立能源管理岗位，拒不改正", 10000, 30000, false,
     false},
    {"LS-43", "粮食流通管理条例", 43, "粮食收购企业未按照规定备案，拒不改正", 20000, 50000, false,
     true},
    {"LS-45", "粮食流通管理条例", 45, "未建立粮食经营台账或者未报送粮食经营数据", 0, 200000, false,
     true},
    {"GD-50", "石油天然气管道保护法", 50,
     "管道企业未依照规定对管道进行巡护、检测和维修，逾期不改正", 20000, 100000, false, false},
    {"GD-52", "石油天然气管道保护法", 52, "实施危害管道安全的行为，情节较重", 10000, 100000, false,
     false},
}};

constexpr std::array<const char*, 12> kSurnames{"王", "李", "张", "刘", "陈", "杨",
                                                "赵", "黄", "周", "吴", "徐", "孙"};
constexpr std::array<const char*, 12> kGiven{"伟", "芳", "娜", "敏", "静", "强",
                                             "磊", "洋", "艳", "勇", "军", "杰"};
constexpr std::array<const char*, 10> kFirmWords{"宏达", "恒信", "华泰", "金海", "远洋",
                                                 "星辰", "瑞丰", "鑫源", "东方", "滨海"};
constexpr std::array<const char*, 6> kFirmKinds{"建设工程", "能源",     "粮油",
                                                "投资",     "管道运输", "置业"};
constexpr std::array<const char*, 6> kDistricts{"中山区",   "西岗区",   "沙河口区",
                                                "甘井子区", "旅顺口区", "金州区"};
constexpr std::array<const char*, 6> kDivisionCodes{"210202", "210203", "210204",
                                                    "210211", "210212", "210213"};

const std::string kUscc = "0123456789ABCDEFGHJKLMNPQRTUWXY";

std::string resident_id_for(const std::string& division, Date birth, int sequence) {
  std::string ymd = iso(birth);
  ymd.erase(std::remove(ymd.begin(), ymd.end(), '-'), ymd.end());
  std::string seq = std::to_string(1000 + (sequence % 1000 + 1000) % 1000).substr(1);
  const std::string body = division + ymd + seq;  // 6 + 8 + 3 characters
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += (body[static_cast<std::size_t>(i)] - '0') * kWeights[i];
  return body + "10X98765432"[sum % 11];
}

std::string credit_code_for(const std::string& division, std::uint64_t serial) {
  // Organisation code: 8 digits with its GB 11714 check, then the GB 32100 check character.
  std::string org = std::to_string(10000000 + serial % 89999999);
  static constexpr int kOrgWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  int s = 0;
  for (int i = 0; i < 8; ++i) s += (org[i] - '0') * kOrgWeights[i];
  int r = 11 - s % 11;
  org += r == 10 ? 'X' : r == 11 ? '0' : static_cast<char>('0' + r);
  std::string body = "91" + division + org;
  static constexpr int kWeights[17] = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                       29, 25, 13, 8,  24, 10, 30, 28};
  int sum = 0;
  for (int i = 0; i < 17; ++i) sum += static_cast<int>(kUscc.find(body[i])) * kWeights[i];
  return body + kUscc[(31 - sum % 31) % 31];
}

Officer make_officer(const char* id, const char* name) {
  Officer o;
  o.id = id;
  o.name = name;
  o.certificate =
      Certificate{std::string("ZF21020") + id, Date(2020, 1, 1), Date(2029, 12, 31), "DLDRC"};
  o.exam_passed = true;
  return o;
}

}  // namespace

Agency synthetic_agency() {
  Agency a;
  a.code = "DLDRC";
  a.name = "大连市发展和改革委员会";
  a.case_prefix = "大发改罚";
  for (const auto& item : kItems) {
    a.powers.push_back(PowerItem{std::string("DRC-CF-") + item.code,
                                 item.description,
                                 PowerKind::kPenalty,
                                 {Citation{item.law, item.article, 0, 0, ""}},
                                 "DLDRC",
                                 ""});
  }
  for (auto [id, name] : std::array<std::pair<const char*, const char*>, 8>{{{"O1", "王明"},
                                                                             {"O2", "李华"},
                                                                             {"O3", "张伟"},
                                                                             {"O4", "刘洋"},
                                                                             {"O5", "陈静"},
                                                                             {"O6", "杨磊"},
                                                                             {"H1", "孙主持"},
                                                                             {"L1", "郑主任"}}}) {
    a.officers.push_back(make_officer(id, name));
  }
  Officer reviewer = make_officer("R1", "周法制");
  reviewer.legal_professional_qualification = true;
  a.officers.push_back(reviewer);
  Officer head = make_officer("L2", "钱副主任");
  a.officers.push_back(head);
  return a;
}

SyntheticCaseGenerator::SyntheticCaseGenerator(SyntheticOptions options)
    : options_(options),
      state_(options.seed ^ 0x9E3779B97F4A7C15ULL),
      agency_(synthetic_agency()),
      procedure_(agency_, JurisdictionRules::example()) {
  for (int p : {options.defect_percent, options.open_percent, options.simple_percent}) {
    if (p < 0 || p > 100)
      throw ValidationError("synthetic options: percentages must be 0-100, got " +
                            std::to_string(p));
  }
  const auto& cal = procedure_.calendar();
  if (options.year < cal.first_year() || options.year + 1 > cal.last_year()) {
    throw ValidationError("synthetic cases of " + std::to_string(options.year) +
                          " need the calendar to cover " + std::to_string(options.year) + "-" +
                          std::to_string(options.year + 1) + "; it covers " + cal.coverage_text());
  }
}

std::uint64_t SyntheticCaseGenerator::below(std::uint64_t n) {
  // splitmix64 with rejection sampling: uniform, and the same on every platform.
  const std::uint64_t limit = ~std::uint64_t{0} - (~std::uint64_t{0} % n);
  for (;;) {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    if (z < limit) return z % n;
  }
}

Date SyntheticCaseGenerator::working_day_after(Date d, int min_days, int max_days) {
  return procedure_.calendar().add_working_days(d, between(min_days, max_days));
}

SyntheticCase SyntheticCaseGenerator::next() {
  ++serial_;
  const Procedure& proc = procedure_;
  const auto& cal = proc.calendar();
  SyntheticCase out;
  Case& c = out.c;
  const Item& item = kItems[below(kItems.size())];
  const bool simple = percent(options_.simple_percent);
  const int district = static_cast<int>(below(kDistricts.size()));

  c.agency_code = agency_.code;
  c.power_code = std::string("DRC-CF-") + (simple ? "GD-52" : item.code);
  c.procedure = simple ? ProcedureKind::kSimple : ProcedureKind::kGeneral;
  c.source = static_cast<CaseSource>(below(5));
  Date jan1(static_cast<unsigned short>(options_.year), 1, 1);
  // Leads through mid-September, so every general case can run its course within the calendar.
  c.lead_on = cal.next_working_day(jan1 + date_duration(static_cast<long>(below(255))));

  // The party: an organisation, or a natural person for the on-the-spot pipeline cases.
  if (simple) {
    std::string name =
        std::string(kSurnames[below(kSurnames.size())]) + kGiven[below(kGiven.size())];
    Date birth = Date(1960, 1, 1) + date_duration(static_cast<long>(below(365 * 40)));
    c.parties.push_back(Party::natural_person(
        "P1", name, ResidentId(resident_id_for(kDivisionCodes[district], birth, between(1, 999))),
        "138" + std::to_string(10000000 + below(89999999)),
        std::string("大连市") + kDistricts[district]));
  } else {
    std::string name = std::string("大连") + kFirmWords[below(kFirmWords.size())] +
                       kFirmKinds[below(kFirmKinds.size())] + "有限公司";
    std::string rep =
        std::string(kSurnames[below(kSurnames.size())]) + kGiven[below(kGiven.size())];
    c.parties.push_back(
        Party::organization("P1", PartyKind::kLegalPerson, name,
                            CreditCode(credit_code_for(kDivisionCodes[district], below(80000000))),
                            rep, "0411-" + std::to_string(80000000 + below(9999999)),
                            std::string("大连市") + kDistricts[district] + "某路" +
                                std::to_string(between(1, 300)) + "号"));
  }
  const Item& used = simple ? kItems[13] : item;
  c.title = c.parties[0].name + (simple ? "危害管道安全案" : std::string("违反") + used.law + "案");
  Violation v;
  v.item_code = used.code;
  v.description = used.description;
  v.violated_provision = used.law;
  v.penalty_provision = std::string(used.law) + " Art. " + std::to_string(used.article);
  v.discovered = c.lead_on;
  v.act_date = c.lead_on - date_duration(between(20, 600));
  c.violations.push_back(v);
  c.facts = "经查，" + c.parties[0].name + "于" + iso(v.act_date) + "起" + used.description + "，" +
            "违反了《" + used.law + "》的规定，依据该法第" + std::to_string(used.article) +
            "条予以处理。";

  auto pick = [&](int n) {
    static constexpr std::array<const char*, 6> kIds{"O1", "O2", "O3", "O4", "O5", "O6"};
    std::vector<std::string> ids;
    std::size_t first = below(kIds.size());
    for (int k = 0; k < n; ++k)
      ids.push_back(kIds[(first + static_cast<std::size_t>(k)) % kIds.size()]);
    return ids;
  };
  const auto officers = pick(2);

  if (simple) {
    Decision d;
    d.outcome = Outcome::kPenalty;
    d.penalties.push_back(Penalty{PenaltyKind::kFine, Money::from_yuan(between(1, 4) * 50), ""});
    d.decided_on = c.lead_on;
    d.document_number =
        "大发改当罚〔" + std::to_string(options_.year) + "〕" + std::to_string(serial_) + "号";
    proc.decide_on_the_spot(c, officers, d);
    proc.serve(c, ServiceRecord{ServiceMethod::kInPerson, c.lead_on, c.parties[0].name, false});
    proc.record_payment(c,
                        Payment{c.lead_on + date_duration(between(0, 10)), d.total_fine(), false});
    proc.close(c, officers[0], working_day_after(c.events.back().on, 1, 5));
    proc.archive(c, officers[0], working_day_after(c.events.back().on, 1, 10));
    return out;
  }

  const bool leave_open = percent(options_.open_percent);
  const int open_stage = between(0, 3);
  // Defects go into finished cases only, so that every reported defect is in the record.
  const std::string defect =
      !leave_open && percent(options_.defect_percent)
          ? std::array<const char*, 6>{"service_late",        "decision_overdue",
                                       "single_investigator", "missing_legal_review",
                                       "notice_missing",      "payment_late"}[below(6)]
          : "";
  if (!defect.empty()) out.defects.push_back(defect);

  proc.file(c, officers[0], working_day_after(c.lead_on, 0, 5));
  if (leave_open && open_stage == 0) return out;
  proc.investigate(c, officers, working_day_after(*c.filed_on, 1, 3));
  static constexpr std::array<EvidenceKind, 5> kKinds{
      EvidenceKind::kDocumentary, EvidenceKind::kOnSiteRecord, EvidenceKind::kPartyStatement,
      EvidenceKind::kElectronicData, EvidenceKind::kAudioVisual};
  Date last_evidence = c.events.back().on;
  for (int k = 0, n = between(2, 4); k < n; ++k) {
    Evidence e;
    e.kind = kKinds[below(kKinds.size())];
    e.description = std::array<const char*, 5>{"项目合同", "现场检查笔录", "询问笔录",
                                               "电子数据截图", "现场视频"}[below(5)];
    e.collected_on = working_day_after(c.events.back().on, 0, 4);
    e.verified = true;
    last_evidence = std::max(last_evidence, e.collected_on);
    proc.add_evidence(c, e);
  }
  if (leave_open && open_stage == 1) return out;

  // The fine: inside the statutory range, rounded to 100 yuan.
  std::int64_t lo = used.min_yuan, hi = used.max_yuan;
  if (used.permille) {
    std::int64_t base =
        2000000 + static_cast<std::int64_t>(below(98000000));  // investment or contract
    lo = base * used.min_yuan / 1000;
    hi = base * used.max_yuan / 1000;
  }
  if (lo == 0) lo = hi / 10;
  std::int64_t amount =
      (lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo + 1)))) / 100 * 100;
  std::vector<Penalty> penalties{
      Penalty{PenaltyKind::kFine, Money::from_yuan(std::max<std::int64_t>(amount, 100)), ""}};
  if (used.warning) penalties.push_back(Penalty{PenaltyKind::kWarning, std::nullopt, ""});
  c.flags.complex_or_serious = percent(8);
  c.flags.complex_legal_relations = percent(5);

  Date notice_on = working_day_after(last_evidence, defect == "decision_overdue" ? 60 : 3,
                                     defect == "decision_overdue" ? 66 : 20);
  proc.notify(c, officers[0], notice_on, penalties);
  if (leave_open && open_stage == 2) return out;

  Date ready = notice_on;
  if (c.notice->hearing_right_notified && percent(30)) {
    proc.request_hearing(c, working_day_after(notice_on, 1, 5));
    Date notified = working_day_after(c.hearing->requested_on, 1, 3);
    Date hearing_on = working_day_after(notified, 7, 12);
    proc.schedule_hearing(c, notified, hearing_on, "H1");
    proc.hold_hearing(c, hearing_on, percent(5));
    ready = hearing_on;
  } else if (percent(20)) {
    const Date waived = working_day_after(notice_on, 0, 2);
    proc.waive_statement(c, waived);
    if (c.notice->hearing_right_notified) proc.waive_hearing(c, waived);
    ready = waived;
  } else {
    ready = Deadline(PeriodTable::builtin().get("hearing_request"), notice_on, cal).due();
  }
  if (!proc.legal_review_grounds(c).empty() || percent(30)) {
    proc.legal_review(c, "R1", working_day_after(ready, 1, 3), true,
                      "事实清楚，证据确凿，程序合法，适用依据正确");
    ready = c.reviews.back().reviewed_on;
  }
  if (c.flags.complex_or_serious) {
    proc.collective_discussion(c, working_day_after(ready, 1, 3), {"L1", "L2", "O1"},
                               "同意处罚意见");
    ready = c.discussion->held_on;
  }
  Decision d;
  d.outcome = Outcome::kPenalty;
  d.penalties = penalties;
  d.decided_on = working_day_after(ready, 1, 3);
  d.document_number =
      "大发改罚决〔" + std::to_string(options_.year) + "〕" + std::to_string(serial_) + "号";
  proc.decide(c, officers, d);
  // Published (Art. 48; 7 working days by the default rules) three working days later.
  c.publication = Publication{cal.add_working_days(d.decided_on, 3),
                              "https://fgw.dl.gov.cn/xzcf/" + d.document_number,
                              std::nullopt,
                              "",
                              std::nullopt,
                              ""};
  if (leave_open && open_stage == 3) return out;

  Date served = working_day_after(d.decided_on, defect == "service_late" ? 9 : 0,
                                  defect == "service_late" ? 14 : 4);
  proc.serve(c, ServiceRecord{percent(70) ? ServiceMethod::kInPerson : ServiceMethod::kMail, served,
                              c.parties[0].legal_representative, false});
  const Date pay_due = Deadline(PeriodTable::builtin().get("payment"), served, cal).due();
  const Money fine = d.total_fine();
  if (defect == "payment_late") {
    Date paid = pay_due + date_duration(between(1, 10));
    proc.record_payment(c, Payment{paid, fine + proc.surcharge(c, paid), false});
  } else {
    proc.record_payment(c, Payment{served + date_duration(between(1, 14)), fine, false});
  }
  proc.close(c, officers[0], working_day_after(c.events.back().on, 1, 10));
  proc.archive(c, officers[0], working_day_after(c.events.back().on, 1, 15));

  // Defects that the procedure would refuse are injected into the finished record.
  if (defect == "single_investigator") c.investigators.resize(1);
  if (defect == "missing_legal_review") {
    c.flags.major_public_interest = true;
    c.reviews.clear();
    std::erase_if(c.documents, [](const Document& doc) {
      return doc.type == DocumentType::kLegalReviewOpinion;
    });
    std::erase_if(c.events, [](const CaseEvent& e) { return e.action == "legal_review"; });
  }
  if (defect == "notice_missing") {
    c.notice.reset();
    c.hearing.reset();
    std::erase_if(c.documents, [](const Document& doc) {
      return doc.type == DocumentType::kNoticeOfRights ||
             doc.type == DocumentType::kHearingNotice || doc.type == DocumentType::kHearingRecord;
    });
    std::erase_if(c.events, [](const CaseEvent& e) {
      return e.action == "notify" || e.action == "request_hearing" ||
             e.action == "schedule_hearing" || e.action == "hold_hearing" ||
             e.action == "hearing_waived";
    });
  }
  return out;
}

}  // namespace zhifa

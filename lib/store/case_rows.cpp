// The cases and their child tables: the column tables that map a case to rows (columns.hpp),
// writing and reading whole cases, filters, and case numbers.
#include <algorithm>
#include <array>
#include <cstring>

#include "store/store_impl.hpp"
#include "util/json_node.hpp"
#include "zhifa/error.hpp"
#include "zhifa/record.hpp"

namespace zhifa {
namespace detail {

std::string json_list(const std::vector<std::string>& v) { return json(v).dump(); }

// A JSON array of strings as json_list() writes it. Lists without escapes (all of zhifa's ids)
// take a direct path; anything else goes through the JSON parser.
std::vector<std::string> list_from_json(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  if (text.find('\\') == std::string_view::npos && text.size() >= 2 && text.front() == '[' &&
      text.back() == ']') {
    std::size_t i = 1;
    const std::size_t end = text.size() - 1;
    bool ok = true;
    while (i < end) {
      if (text[i] != '"') {
        ok = false;
        break;
      }
      const std::size_t close = text.find('"', i + 1);
      if (close == std::string_view::npos || close >= end) {
        ok = false;
        break;
      }
      out.emplace_back(text.substr(i + 1, close - i - 1));
      i = close + 1;
      if (i < end) {
        if (text[i] != ',' || i + 1 == end) {  // a comma needs another element after it
          ok = false;
          break;
        }
        ++i;
      }
    }
    if (ok) return out;
    out.clear();
  }
  return json::parse(text).get<std::vector<std::string>>();
}

void bind_values(Statement& s, const std::vector<Value>& values, int first) {
  int k = first;
  for (const auto& v : values) {
    if (const auto* i = std::get_if<std::int64_t>(&v)) {
      s.bind_int(k++, *i);
    } else {
      s.bind_text(k++, std::get<std::string>(v));
    }
  }
}

void storage_error(const std::string& what, const DbError& e) {
  throw StorageError(what + ": " + e.what());
}

namespace {

// ---- the column tables ---------------------------------------------------------------------

// clang-format off
const Column<Case> kCaseColumns[] = {
    {"row_version", [](Statement& s, int i, const Case& c) { s.bind_int(i, c.version); },
                    [](const Statement& r, int i, Case& c) { c.version = r.int64(i); }},
    // No number yet is NULL (the column is UNIQUE).
    {"number", [](Statement& s, int i, const Case& c) {
                 if (c.number.empty()) { s.bind_null(i); } else { s.bind_text(i, c.number); } },
               [](const Statement& r, int i, Case& c) { c.number = r.text(i); }},
    field<&Case::agency_code>("agency_code"),
    field<&Case::power_code>("power_code"),
    field<&Case::procedure>("procedure"),
    field<&Case::status>("status"),
    field<&Case::source>("source"),
    field<&Case::title>("title"),
    field<&Case::facts>("facts"),
    field<&Case::lead_on>("lead_on"),
    field<&Case::filed_on>("filed_on"),
    field<&Case::investigators>("investigators"),
    sub_field<&Case::flags, &CaseFlags::complex_or_serious>("flag_complex_or_serious"),
    sub_field<&Case::flags, &CaseFlags::major_public_interest>("flag_major_public_interest"),
    sub_field<&Case::flags, &CaseFlags::major_rights>("flag_major_rights"),
    sub_field<&Case::flags, &CaseFlags::complex_legal_relations>("flag_complex_legal_relations"),
    sub_field<&Case::flags, &CaseFlags::review_required_by_law>("flag_review_required_by_law"),
    sub_field<&Case::flags, &CaseFlags::mental_incapacity>("flag_mental_incapacity"),
    part_key<&Case::notice, &RightsNotice::served_on>("notice_served_on"),
    part_field<&Case::notice, &RightsNotice::hearing_right_notified>("notice_hearing_right"),
    part_field<&Case::notice, &RightsNotice::statement_waived_on>("notice_statement_waived_on"),
    part_field<&Case::notice, &RightsNotice::statement_made_on>("notice_statement_made_on"),
    part_field<&Case::notice, &RightsNotice::hearing_waived_on>("notice_hearing_waived_on"),
    part_key<&Case::hearing, &Hearing::requested_on>("hearing_requested_on"),
    part_field<&Case::hearing, &Hearing::notified_on>("hearing_notified_on"),
    part_field<&Case::hearing, &Hearing::scheduled_for>("hearing_scheduled_for"),
    part_field<&Case::hearing, &Hearing::presiding_officer_id>("hearing_presiding_officer"),
    part_field<&Case::hearing, &Hearing::held_on>("hearing_held_on"),
    part_field<&Case::hearing, &Hearing::waived_by_absence>("hearing_waived_by_absence"),
    part_key<&Case::discussion, &CollectiveDiscussion::held_on>("discussion_held_on"),
    part_field<&Case::discussion, &CollectiveDiscussion::participants>("discussion_participants"),
    part_field<&Case::discussion, &CollectiveDiscussion::conclusion>("discussion_conclusion"),
    part_key<&Case::decision, &Decision::outcome>("decision_outcome"),
    part_field<&Case::decision, &Decision::decided_on>("decision_decided_on"),
    part_field<&Case::decision, &Decision::document_number>("decision_number"),
    part_field<&Case::decision, &Decision::on_the_spot>("decision_on_the_spot"),
    part_field<&Case::decision, &Decision::mitigation>("decision_mitigation"),
    // Derived from the decided penalties, kept for listings and sums; not read back.
    {"total_fine_fen", [](Statement& s, int i, const Case& c) {
                         s.bind_int(i, c.decision ? c.decision->total_fine().fen() : 0); },
                       [](const Statement&, int, Case&) {}},
    field<&Case::served_on>("served_on"),
    part_key<&Case::arrangement, &PaymentArrangement::applied_on>("arrangement_applied_on"),
    part_field<&Case::arrangement, &PaymentArrangement::approved_on>("arrangement_approved_on"),
    part_field<&Case::arrangement, &PaymentArrangement::approver>("arrangement_approver"),
    field<&Case::closed_on>("closed_on"),
    part_key<&Case::decision_change, &DecisionChange::on>("change_on"),
    part_field<&Case::decision_change, &DecisionChange::kind>("change_kind"),
    part_field<&Case::decision_change, &DecisionChange::by>("change_by"),
    part_field<&Case::decision_change, &DecisionChange::reason>("change_reason"),
    part_key<&Case::publication, &Publication::published_on>("published_on"),
    part_field<&Case::publication, &Publication::reference>("publication_reference"),
    part_field<&Case::publication, &Publication::withdrawn_on>("withdrawn_on"),
    part_field<&Case::publication, &Publication::withdrawal_reason>("withdrawal_reason"),
    part_field<&Case::publication, &Publication::removed_on>("removed_on"),
    part_field<&Case::publication, &Publication::removal_reason>("removal_reason"),
};

const Column<Party> kPartyColumns[] = {
    field<&Party::id>("party_id"),
    field<&Party::kind>("kind"),
    field<&Party::name>("name"),
    {"resident_id", [](Statement& s, int i, const Party& p) {
                      if (p.resident_id) { s.bind_text(i, p.resident_id->str()); } else { s.bind_null(i); } },
                    [](const Statement& r, int i, Party& p) {
                      if (!r.null(i)) p.resident_id = ResidentId(std::string(r.text(i))); }},
    field<&Party::birth_date>("birth_date"),
    {"credit_code", [](Statement& s, int i, const Party& p) {
                      if (p.credit_code) { s.bind_text(i, p.credit_code->str()); } else { s.bind_null(i); } },
                    [](const Statement& r, int i, Party& p) {
                      if (!r.null(i)) p.credit_code = CreditCode(std::string(r.text(i))); }},
    field<&Party::legal_representative>("legal_representative"),
    field<&Party::phone>("phone"),
    field<&Party::address>("address"),
};

const Column<Violation> kViolationColumns[] = {
    field<&Violation::item_code>("item_code"),
    field<&Violation::description>("description"),
    field<&Violation::violated_provision>("violated_provision"),
    field<&Violation::penalty_provision>("penalty_provision"),
    field<&Violation::act_date>("act_date"),
    field<&Violation::act_ended>("act_ended"),
    field<&Violation::discovered>("discovered"),
    field<&Violation::life_health_or_financial_harm>("life_health_or_financial_harm"),
};

const Column<Evidence> kEvidenceColumns[] = {
    field<&Evidence::id>("evidence_id"),
    field<&Evidence::kind>("kind"),
    field<&Evidence::description>("description"),
    field<&Evidence::collected_on>("collected_on"),
    field<&Evidence::verified>("verified"),
    field<&Evidence::lawfully_obtained>("lawfully_obtained"),
};

const Column<Document> kDocumentColumns[] = {
    field<&Document::id>("document_id"),
    field<&Document::type>("type"),
    field<&Document::number>("number"),
    field<&Document::date>("date"),
    field<&Document::signatories>("signatories"),
    part_key<&Document::service, &ServiceRecord::method>("service_method"),
    part_field<&Document::service, &ServiceRecord::served_on>("served_on"),
    part_field<&Document::service, &ServiceRecord::recipient>("recipient"),
    part_field<&Document::service, &ServiceRecord::electronic_consent>("electronic_consent"),
};

const Column<CaseEvent> kEventColumns[] = {
    field<&CaseEvent::on>("on_date"),
    field<&CaseEvent::from>("from_status"),
    field<&CaseEvent::to>("to_status"),
    field<&CaseEvent::action>("action"),
    field<&CaseEvent::officer_id>("officer_id"),
    field<&CaseEvent::note>("note"),
};

const Column<Penalty> kPenaltyColumns[] = {
    field<&Penalty::kind>("kind"),
    field<&Penalty::amount>("amount_fen"),
    field<&Penalty::detail>("detail"),
};

const Column<LegalReview> kReviewColumns[] = {
    field<&LegalReview::reviewed_on>("reviewed_on"),
    field<&LegalReview::reviewer_id>("reviewer_id"),
    // Schema v1's outcome, kept in step with the verdict; not read back.
    {"passed", [](Statement& s, int i, const LegalReview& r) { s.bind_int(i, r.passed() ? 1 : 0); },
               [](const Statement&, int, LegalReview&) {}},
    field<&LegalReview::opinion>("opinion"),
    field<&LegalReview::verdict>("verdict"),
    field<&LegalReview::submitted_on>("submitted_on"),
    {"findings", [](Statement& s, int i, const LegalReview& r) {
                   json findings = json::array();
                   for (const auto& f : r.findings) {
                     findings.push_back({{"item", f.item}, {"satisfied", f.satisfied}, {"note", f.note}});
                   }
                   s.bind_text(i, findings.dump()); },
                 [](const Statement& r, int i, LegalReview& v) {
                   for (const auto& f : json::parse(r.text(i))) {
                     v.findings.push_back(ReviewFinding{f.at("item").get<std::string>(),
                                                        f.at("satisfied").get<bool>(),
                                                        f.at("note").get<std::string>()});
                   } }},
    field<&LegalReview::grounds>("grounds"),
};

const Column<Payment> kPaymentColumns[] = {
    field<&Payment::paid_on>("paid_on"),
    field<&Payment::amount>("amount_fen"),
    field<&Payment::collected_on_the_spot>("collected_on_the_spot"),
};

using Instalment = std::pair<Date, Money>;
const Column<Instalment> kInstalmentColumns[] = {
    field<&Instalment::first>("due_on"),
    field<&Instalment::second>("amount_fen"),
};

const Column<RemedyPeriod> kRemedyColumns[] = {
    field<&RemedyPeriod::kind>("kind"),
    field<&RemedyPeriod::from>("from_date"),
    field<&RemedyPeriod::to>("to_date"),
};

const Column<Suspension> kSuspensionColumns[] = {
    field<&Suspension::from>("from_date"),
    field<&Suspension::to>("to_date"),
    field<&Suspension::reason>("reason"),
};

const Column<Extension> kExtensionColumns[] = {
    field<&Extension::length>("length"),
    field<&Extension::approver>("approver"),
    field<&Extension::reason>("reason"),
    field<&Extension::approved_on>("approved_on"),
};

const Column<RecordEntry> kRecordColumns[] = {
    field<&RecordEntry::seq>("seq"),
    field<&RecordEntry::on>("on_date"),
    field<&RecordEntry::time>("time"),
    field<&RecordEntry::place>("place"),
    field<&RecordEntry::officers>("officers"),
    field<&RecordEntry::step>("step"),
    field<&RecordEntry::kind>("kind"),
    field<&RecordEntry::description>("description"),
    field<&RecordEntry::media_sha256>("media_sha256"),
    field<&RecordEntry::media_ref>("media_ref"),
};
// clang-format on

/// A table of a case's list: rows keyed by (case_id, [stage,] ordinal).
template <typename T>
struct ChildTable {
  const char* name;
  CasePart part;
  /// The penalties' stage ("proposed" or "decided"), a constant of the row's key written with
  /// each row; else nullptr.
  const char* stage;
  std::span<const Column<T>> columns;
  /// The case's list, or nullptr when the case has no place for one (instalments without an
  /// arrangement, penalties without their notice or decision).
  const std::vector<T>* (*list)(const Case&);
  /// The list a row read back goes to; `stage` is the row's stage column (empty without one).
  std::vector<T>* (*list_of)(Case&, std::string_view stage);
  /// The column of the row's place in its list.
  const char* ordinal = "ordinal";

  std::string insert_sql() const {
    std::string cols = "case_id, ", marks = "?, ";
    if (stage) {
      cols += "stage, ";
      marks += std::string("'") + stage + "', ";
    }
    cols += ordinal;
    marks += "?";
    for (const auto& c : columns) {
      cols += std::string(", ") + c.name;
      marks += ", ?";
    }
    return std::string("INSERT INTO ") + name + "(" + cols + ") VALUES (" + marks + ")";
  }
  // The rows of a range or list of cases: its columns, then case_id and (for a table with
  // stages) the stage; `where` is the condition on case_id. Both stages are read in one pass.
  std::string select_sql(const std::string& where) const {
    return "SELECT " + column_list(columns) + ", case_id" + (stage ? ", stage" : "") + " FROM " +
           name + " WHERE " + where + " ORDER BY case_id" + (stage ? ", stage" : "") + ", " +
           ordinal;
  }
};

// clang-format off
const ChildTable<Party> kParties{"parties", CasePart::kParties, nullptr, kPartyColumns,
    [](const Case& c) { return &c.parties; }, [](Case& c, std::string_view) { return &c.parties; }};
const ChildTable<Violation> kViolations{"violations", CasePart::kViolations, nullptr, kViolationColumns,
    [](const Case& c) { return &c.violations; }, [](Case& c, std::string_view) { return &c.violations; }};
const ChildTable<Evidence> kEvidence{"evidence", CasePart::kEvidence, nullptr, kEvidenceColumns,
    [](const Case& c) { return &c.evidence; }, [](Case& c, std::string_view) { return &c.evidence; }};
const ChildTable<Document> kDocuments{"documents", CasePart::kDocuments, nullptr, kDocumentColumns,
    [](const Case& c) { return &c.documents; }, [](Case& c, std::string_view) { return &c.documents; }};
const ChildTable<CaseEvent> kEvents{"events", CasePart::kEvents, nullptr, kEventColumns,
    [](const Case& c) { return &c.events; }, [](Case& c, std::string_view) { return &c.events; }};
const ChildTable<Penalty> kProposed{"penalties", CasePart::kPenalties, "proposed", kPenaltyColumns,
    [](const Case& c) -> const std::vector<Penalty>* { return c.notice ? &c.notice->proposed : nullptr; },
    [](Case& c, std::string_view stage) -> std::vector<Penalty>* {
      if (stage == "proposed") return c.notice ? &c.notice->proposed : nullptr;
      if (stage == "decided") return c.decision ? &c.decision->penalties : nullptr;
      return nullptr; }};
const ChildTable<Penalty> kDecided{"penalties", CasePart::kPenalties, "decided", kPenaltyColumns,
    [](const Case& c) -> const std::vector<Penalty>* { return c.decision ? &c.decision->penalties : nullptr; },
    [](Case&, std::string_view) -> std::vector<Penalty>* { return nullptr; }};  // read with kProposed
const ChildTable<LegalReview> kReviews{"reviews", CasePart::kReviews, nullptr, kReviewColumns,
    [](const Case& c) { return &c.reviews; }, [](Case& c, std::string_view) { return &c.reviews; }};
const ChildTable<Payment> kPayments{"payments", CasePart::kPayments, nullptr, kPaymentColumns,
    [](const Case& c) { return &c.payments; }, [](Case& c, std::string_view) { return &c.payments; }};
const ChildTable<Instalment> kInstalments{"instalments", CasePart::kInstalments, nullptr, kInstalmentColumns,
    [](const Case& c) -> const std::vector<Instalment>* { return c.arrangement ? &c.arrangement->instalments : nullptr; },
    [](Case& c, std::string_view) -> std::vector<Instalment>* { return c.arrangement ? &c.arrangement->instalments : nullptr; }};
const ChildTable<RemedyPeriod> kRemedies{"remedies", CasePart::kRemedies, nullptr, kRemedyColumns,
    [](const Case& c) { return &c.remedies; }, [](Case& c, std::string_view) { return &c.remedies; }};
const ChildTable<Suspension> kSuspensions{"suspensions", CasePart::kSuspensions, nullptr, kSuspensionColumns,
    [](const Case& c) { return &c.decision_suspensions; }, [](Case& c, std::string_view) { return &c.decision_suspensions; }};
const ChildTable<Extension> kExtensions{"extensions", CasePart::kExtensions, nullptr, kExtensionColumns,
    [](const Case& c) { return &c.decision_extensions; }, [](Case& c, std::string_view) { return &c.decision_extensions; }};
// The record's entries, read like a child table; written by record_rows.cpp, which checks them
// against their stored leaf hashes (Art. 47).
const ChildTable<RecordEntry> kRecords{"record_entries", CasePart::kRecords, nullptr, kRecordColumns,
    [](const Case& c) { return &c.records; }, [](Case& c, std::string_view) { return &c.records; },
    "seq"};
// clang-format on

// Calls f(table) for each child table, in the order a case's rows are written and read.
template <typename F>
void each_child_table(F&& f) {
  f(kParties);
  f(kViolations);
  f(kEvidence);
  f(kDocuments);
  f(kEvents);
  f(kProposed);
  f(kDecided);
  f(kReviews);
  f(kPayments);
  f(kInstalments);
  f(kRemedies);
  f(kSuspensions);
  f(kExtensions);
}

const char* const kChildTableNames[] = {"parties",     "violations", "evidence",    "documents",
                                        "events",      "penalties",  "reviews",     "payments",
                                        "instalments", "remedies",   "suspensions", "extensions"};

std::string case_select_sql(const std::string& where) {
  return "SELECT id, " + column_list(std::span<const Column<Case>>(kCaseColumns)) +
         " FROM cases WHERE " + where;
}

Case read_case_row(const Statement& r) {
  Case c;
  c.id = r.int64(0);
  read_columns(r, 1, std::span<const Column<Case>>(kCaseColumns), c);
  return c;
}

}  // namespace

std::span<const Column<RecordEntry>> record_columns() { return kRecordColumns; }

void missing_case_columns(Connection& db, std::vector<std::string>& missing) {
  missing_columns("cases", std::span<const Column<Case>>(kCaseColumns), db.table_columns("cases"),
                  missing);
  each_child_table([&](const auto& t) {
    missing_columns(t.name, t.columns, db.table_columns(t.name), missing);
  });
  missing_columns(kRecords.name, kRecords.columns, db.table_columns(kRecords.name), missing);
}

}  // namespace detail

using detail::Column;
using detail::Query;

bool CaseStore::Impl::case_exists(std::int64_t id) {
  auto q = db->prepare("SELECT 1 FROM cases WHERE id = ?");
  q->bind_int(1, id);
  return q->step();
}

std::string CaseStore::Impl::allocate_number(const std::string& agency_code, int year) {
  std::string prefix;
  {
    auto q = db->prepare("SELECT case_prefix FROM agencies WHERE code = ?");
    q->bind_text(1, agency_code);
    if (!q->step()) {
      throw NotFoundError("agency '" + agency_code +
                          "' is not registered in the store; register_agency() first");
    }
    prefix = q->text(0);
  }
  // Skip a serial that a case already carries (a number stored before its agency was registered,
  // so never reserved): numbers stay unique and allocation never fails on them.
  for (;;) {
    std::int64_t serial = 0;
    {
      auto next = db->prepare(
          "INSERT INTO case_numbers(agency_code, year, last_serial) VALUES (?, ?, 1) "
          "ON CONFLICT(agency_code, year) DO UPDATE SET last_serial = case_numbers.last_serial + 1 "
          "RETURNING last_serial");
      next->bind_text(1, agency_code);
      next->bind_int(2, year);
      next->step();
      serial = next->int64(0);
      next->exec();
    }
    std::string number =
        prefix + "〔" + std::to_string(year) + "〕" + std::to_string(serial) + "号";
    auto taken = db->prepare("SELECT 1 FROM cases WHERE number = ?");
    taken->bind_text(1, number);
    if (!taken->step()) return number;
  }
}

void CaseStore::Impl::reserve_number(const Case& c) {
  if (c.number.empty()) return;
  std::string head;
  {
    auto q = db->prepare("SELECT case_prefix FROM agencies WHERE code = ?");
    q->bind_text(1, c.agency_code);
    if (!q->step()) return;
    head = std::string(q->text(0)) + "〔";
  }
  if (c.number.rfind(head, 0) != 0) return;
  auto close = c.number.find("〕", head.size());
  if (close == std::string::npos) return;
  const std::string year = c.number.substr(head.size(), close - head.size());
  const std::string tail = c.number.substr(close + std::string("〕").size());
  if (tail.size() <= std::string("号").size()) return;
  const std::string serial = tail.substr(0, tail.size() - std::string("号").size());
  if (serial.find_first_not_of("0123456789") != std::string::npos ||
      year.find_first_not_of("0123456789") != std::string::npos || year.empty() || serial.empty() ||
      serial.size() > 12 || year.size() > 4) {
    return;
  }
  auto up = db->prepare(
      "INSERT INTO case_numbers(agency_code, year, last_serial) VALUES (?, ?, ?) "
      "ON CONFLICT(agency_code, year) DO UPDATE SET last_serial = CASE WHEN excluded.last_serial > "
      "case_numbers.last_serial THEN excluded.last_serial ELSE case_numbers.last_serial END");
  up->bind_text(1, c.agency_code);
  up->bind_int(2, std::stoi(year));
  up->bind_int(3, static_cast<std::int64_t>(std::stoll(serial)));
  up->exec();
}

void CaseStore::Impl::delete_children(std::int64_t id) {
  for (const char* table : detail::kChildTableNames) {
    auto q = db->prepare(std::string("DELETE FROM ") + table + " WHERE case_id = ?");
    q->bind_int(1, id);
    q->exec();
  }
}

void CaseStore::Impl::write_children(const Case& c, bool fresh) {
  const char* last_step = "";
  detail::each_child_table([&](const auto& t) {
    if (std::strcmp(t.name, last_step) != 0) step(last_step = t.name);
    const auto* rows = t.list(c);
    if (!rows || rows->empty()) return;
    auto q = db->prepare(t.insert_sql());
    for (std::size_t i = 0; i < rows->size(); ++i) {
      q->bind_int(1, c.id);
      q->bind_int(2, static_cast<std::int64_t>(i));
      detail::bind_columns(*q, 3, t.columns, (*rows)[i]);
      q->exec();
      q->reset();
    }
  });
  write_records(c, fresh);
  step("done");
}

std::int64_t CaseStore::Impl::insert(Case& c, bool explicit_id) {
  if (c.filed_on && c.number.empty()) {
    c.number = allocate_number(c.agency_code, c.filed_on->year());
  } else {
    reserve_number(c);  // a number given by the caller is never handed out again
  }
  step("cases");
  // The caller's case is its own working copy (add_all, import): it gets its id and version here.
  c.version = c.version > 0 ? c.version : 1;
  {
    static const std::string sql = [] {
      std::string marks = "?";
      for (std::size_t i = 0; i < std::size(detail::kCaseColumns); ++i) marks += ", ?";
      return "INSERT INTO cases(id, " +
             detail::column_list(std::span<const Column<Case>>(detail::kCaseColumns)) +
             ") VALUES (" + marks + ")";
    }();
    auto q = db->prepare(sql);
    if (explicit_id) {
      q->bind_int(1, c.id);
    } else {
      q->bind_null(1);
    }
    detail::bind_columns(*q, 2, std::span<const Column<Case>>(detail::kCaseColumns), c);
    q->exec();
  }
  c.id = db->last_insert_id();
  write_children(c, true);
  return c.id;
}

bool CaseStore::Impl::update_row(const Case& c) {
  static const std::string sql = [] {
    std::string sets;
    for (const auto& col : detail::kCaseColumns) {
      sets += (sets.empty() ? "" : ", ") + std::string(col.name) + " = ?";
    }
    return "UPDATE cases SET " + sets + " WHERE id = ? AND row_version = ?";
  }();
  constexpr int n = static_cast<int>(std::size(detail::kCaseColumns));
  Case next = c;
  next.version = c.version + 1;
  auto q = db->prepare(sql);
  detail::bind_columns(*q, 1, std::span<const Column<Case>>(detail::kCaseColumns), next);
  q->bind_int(n + 1, c.id);
  q->bind_int(n + 2, c.version);
  q->exec();
  return db->changes() > 0;
}

namespace {

// Reads the rows of one child table for `page` (cases sorted by id) into their cases.
template <typename T>
void read_child(detail::Connection& db, const detail::ChildTable<T>& t, std::vector<Case>& page,
                bool dense, const std::string& ids) {
  const std::int64_t first = page.front().id, last = page.back().id;
  Query q = dense ? db.prepare(t.select_sql("case_id BETWEEN ? AND ?"))
                  : db.prepare(t.select_sql(db.dialect().in_json_ids("case_id")));
  if (dense) {
    q->bind_int(1, first);
    q->bind_int(2, last);
  } else {
    q->bind_text(1, ids);
  }
  const int case_col = static_cast<int>(t.columns.size());
  auto it = page.begin();
  while (q->step()) {
    const std::int64_t id = q->int64(case_col);
    // Rows come in case order: move forward to their case.
    if (it == page.end() || it->id != id) {
      it = std::lower_bound(page.begin(), page.end(), id,
                            [](const Case& c, std::int64_t v) { return c.id < v; });
    }
    if (it == page.end() || it->id != id) {
      if (dense) continue;  // a case in the range that the page does not hold
      throw IntegrityError("a child row names case " + std::to_string(id) +
                           ", which was not requested");
    }
    std::vector<T>* list = t.list_of(*it, t.stage ? q->text(case_col + 1) : std::string_view());
    if (!list) continue;  // e.g. instalments of a case without an arrangement
    list->emplace_back();
    detail::read_columns(*q, 0, t.columns, list->back());
  }
}

}  // namespace

std::vector<Case> CaseStore::Impl::load_page(const std::vector<std::int64_t>& sorted_ids,
                                             CaseParts parts) {
  std::vector<Case> page;
  if (sorted_ids.empty()) return page;
  page.reserve(sorted_ids.size());
  detail::ReadSnapshot snapshot(*db);
  // A dense page (the whole store, or most of it) reads each table as one range of its primary
  // key, skipping the rows of cases not in the page; a sparse one (a narrow filter) looks its ids
  // up.
  const std::int64_t first = sorted_ids.front(), last = sorted_ids.back();
  const bool dense = last - first < 2 * static_cast<std::int64_t>(sorted_ids.size());
  const std::string ids = detail::json(sorted_ids).dump();
  {
    static const std::string range_sql = detail::case_select_sql("id BETWEEN ? AND ? ORDER BY id");
    const std::string list_sql =
        detail::case_select_sql(db->dialect().in_json_ids("id") + " ORDER BY id");
    Query q = db->prepare(dense ? range_sql : list_sql);
    if (dense) {
      q->bind_int(1, first);
      q->bind_int(2, last);
    } else {
      q->bind_text(1, ids);
    }
    auto want = sorted_ids.begin();
    while (q->step()) {
      const std::int64_t id = q->int64(0);
      while (want != sorted_ids.end() && *want < id) ++want;
      if (dense && (want == sorted_ids.end() || *want != id)) continue;
      page.push_back(detail::read_case_row(*q));
    }
  }
  if (page.empty()) return page;
  detail::each_child_table([&](const auto& t) {
    // The penalties of both stages are read with the first (kProposed).
    if (parts.has(t.part) && &t != static_cast<const void*>(&detail::kDecided)) {
      read_child(*db, t, page, dense, ids);
    }
  });
  if (parts.has(CasePart::kRecords)) read_child(*db, detail::kRecords, page, dense, ids);
  return page;
}

std::optional<Case> CaseStore::Impl::load(std::int64_t id) {
  auto page = load_page({id});
  if (page.empty()) return std::nullopt;
  return std::move(page.front());
}

std::string CaseStore::Impl::where(const CaseFilter& f, std::vector<detail::Value>& values) const {
  std::vector<std::string> parts;
  // Paging by key (after_id, up_to_id) walks the cases in id order: the columns' indexes are then
  // kept out of the plan ("+column"), else the planner searches the agency's (or the date's)
  // index and sorts all its later rows for every page, which made a paged walk of one agency's
  // cases quadratic (1.2 s a page at 1,000,000 cases).
  const std::string col = f.after_id != 0 || f.up_to_id != 0 ? "+c." : "c.";
  if (f.agency_code) {
    parts.push_back(col + "agency_code = ?");
    values.emplace_back(*f.agency_code);
  }
  if (f.status) {
    parts.push_back(col + "status = ?");
    values.emplace_back(to_string(*f.status));
  }
  if (f.power_code) {
    parts.push_back(col + "power_code = ?");
    values.emplace_back(*f.power_code);
  }
  if (f.party) {
    std::string id = *f.party;
    for (char& ch : id) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    }
    parts.push_back(
        "c.id IN (SELECT case_id FROM parties WHERE credit_code = ? OR resident_id = ?)");
    values.emplace_back(id);
    values.emplace_back(id);
  }
  auto range = [&, prefix = col](const char* column, const std::optional<Date>& from,
                                 const std::optional<Date>& to) {
    if (from) {
      parts.push_back(prefix + column + " >= ?");
      values.emplace_back(iso(*from));
    }
    if (to) {
      parts.push_back(prefix + column + " <= ?");
      values.emplace_back(iso(*to));
    }
  };
  if (f.after_id != 0) {
    parts.push_back("c.id > ?");
    values.emplace_back(f.after_id);
  }
  if (f.up_to_id != 0) {
    parts.push_back("c.id <= ?");
    values.emplace_back(f.up_to_id);
  }
  range("lead_on", f.lead_from, f.lead_to);
  range("filed_on", f.filed_from, f.filed_to);
  if (f.text && !f.text->empty()) {
    std::string phrase = *f.text;
    std::string index = version >= 2 ? db->dialect().full_text("c.id", phrase) : std::string();
    if (!index.empty()) {
      parts.push_back(index);
      values.emplace_back(phrase);
    } else {
      parts.push_back("(" + db->dialect().contains("c.title") + " OR " +
                      db->dialect().contains("c.facts") + ")");
      values.emplace_back(*f.text);
      values.emplace_back(*f.text);
    }
  }
  std::string sql;
  for (const auto& p : parts) sql += (sql.empty() ? " WHERE " : " AND ") + p;
  return sql;
}

}  // namespace zhifa

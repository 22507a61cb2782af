// 行政执法公示 (public disclosure of enforcement, 行政处罚法 Art. 39, 48, 50; 国办发〔2018〕118号):
// the rules of when a penalty decision is published, withdrawn and taken down (as data), the
// record that is published with the privacy masking of natural persons, the disclosure status of
// a case on a date, and the catalog an agency publishes before enforcement (事前公开). Reports over
// a case store are in disclosure_report.hpp. Nothing here reads the clock or a store.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/agency.hpp"
#include "zhifa/case.hpp"
#include "zhifa/csv.hpp"
#include "zhifa/date.hpp"
#include "zhifa/inspection_item.hpp"
#include "zhifa/legal_period.hpp"
#include "zhifa/money.hpp"
#include "zhifa/work_calendar.hpp"

namespace zhifa {

/// How long a published decision stays public (公示期). A rule matches a decision when every
/// penalty is of one of `only_kinds` (and there is at least one; an empty list matches any
/// decision) and the fines total at most `fine_at_most` (when set). Example: 市场监督管理行政处罚
/// 信息公示规定 Art. 13: 3 months for only 通报批评 or a low fine (较低数额罚款, an amount the
/// province sets), 3 years otherwise, counted from the publication day.
struct PublicityPeriod {
  std::string id;  ///< e.g. "low"
  std::string description;
  std::string basis;
  std::vector<PenaltyKind> only_kinds;
  std::optional<Money> fine_at_most;  ///< inclusive
  int months = 0;  ///< > 0; ends on the same day of the month (民法典 Art. 202)

  /// Whether the rule applies to a decision with these penalties.
  bool matches(const std::vector<Penalty>& penalties) const;
};

/// The disclosure rules of an agency or sector, as data (docs/disclosure.md, format
/// "zhifa-disclosure-rules"). The publication deadline is not in the Administrative Penalty Law:
/// the built-in default of 7 working days is the 双公示 rule for penalty decisions as reported
/// for 国办发〔2018〕118号 [P]; a sector replaces it (market regulation: 20 working days, SAMR
/// Order 45 Art. 9). Which decisions are published is also a choice of the rules. The withdrawal
/// period is the law's (Art. 48: 三日, working days by Art. 85) and may only be shortened.
/// Immutable after construction; const use is thread-safe.
class DisclosureRules {
 public:
  /// The built-in default (data/disclosure/default.json): publish general-procedure penalty
  /// decisions within 7 working days, not simple-procedure (当场) decisions nor no-penalty
  /// outcomes, withdraw within 3 working days, no publicity period (stays public until removed).
  static DisclosureRules defaults();
  /// The market-regulation example (data/disclosure/market_regulation.json): SAMR Order 45, 20
  /// working days (Art. 9), withdrawal in 3 (Art. 11), no warning-only decisions (Art. 2 ¶2), 3
  /// months / 3 years of publicity (Art. 13) with a placeholder low-fine amount to replace.
  static DisclosureRules market_regulation_example();
  /// Reads the format of docs/disclosure.md; DataFileError naming `source` and the JSON path.
  static DisclosureRules from_json(std::string_view text, std::string_view source = "rules");
  static DisclosureRules from_json_file(const std::string& path);
  std::string to_json() const;

  const std::string& name() const { return name_; }
  const std::string& source() const { return source_; }
  int publication_working_days() const { return publication_days_; }
  const std::string& publication_basis() const { return publication_basis_; }
  /// Whether decisions of the simple procedure (当场处罚, Art. 51) are published.
  bool publish_simple_procedure() const { return publish_simple_; }
  /// Whether decisions not to penalise (Art. 57 ¶1 (2), (3)) are published.
  bool publish_no_penalty() const { return publish_no_penalty_; }
  /// Whether a decision imposing only a warning is published (SAMR Order 45 Art. 2 ¶2: no).
  bool publish_warning_only() const { return publish_warning_only_; }
  int withdrawal_working_days() const { return withdrawal_days_; }
  const std::string& withdrawal_basis() const { return withdrawal_basis_; }
  /// Tried in order; the first that matches applies. None matching: public without end.
  const std::vector<PublicityPeriod>& publicity_periods() const { return periods_; }

  /// Whether the rules require the case's decision to be published: a decision of the general
  /// procedure (or also the simple one, per the rules) with a penalty (or also no penalty, per
  /// the rules), not a transfer to the judicial organs; false without a decision.
  bool requires_publication(const Case& c) const;
  /// The first publicity period matching the decision, or nothing.
  const PublicityPeriod* publicity_period(const Decision& d) const;

 private:
  std::string name_;
  std::string source_;
  int publication_days_ = 7;
  std::string publication_basis_;
  bool publish_simple_ = false;
  bool publish_no_penalty_ = false;
  bool publish_warning_only_ = true;
  int withdrawal_days_ = 3;
  std::string withdrawal_basis_;
  std::vector<PublicityPeriod> periods_;
};

/// Where a case stands in disclosure on a date.
enum class DisclosureStatus {
  kNotRequired,        ///< no decision yet, or the rules do not publish it
  kDue,                ///< to be published, the deadline not passed
  kOverdue,            ///< not published, the deadline passed
  kPublished,          ///< public, published on time (or not required and published)
  kPublishedLate,      ///< public, published after the deadline
  kWithdrawalDue,      ///< decision changed (Art. 48): to be withdrawn, the deadline not passed
  kWithdrawalOverdue,  ///< decision changed, still public after the withdrawal deadline
  kWithdrawn,          ///< withdrawn in time (or withdrawn with no decision change recorded)
  kWithdrawnLate,      ///< withdrawn after the withdrawal deadline
  kExpired,            ///< the publicity period ended (公示期满)
  kRemoved,            ///< taken down early (Publication::removed_on, e.g. 信用修复)
};

/// The disclosure state of one case on a date, with the dates behind it.
struct DisclosureState {
  DisclosureStatus status = DisclosureStatus::kNotRequired;
  bool required = false;                ///< the rules require publication
  std::optional<Date> publication_due;  ///< last day to publish, when required
  std::optional<Date> published_on;     ///< as known on the date
  std::optional<Date> withdrawal_due;   ///< last day to withdraw, after a decision change
  std::optional<Date> withdrawn_on;     ///< as known on the date
  std::optional<Date> publicity_ends;   ///< last day of the publicity period, if any
  std::string publicity_period;         ///< the id of the matching PublicityPeriod
  std::string reason;                   ///< one line in words

  /// The deadline that the status is about: the withdrawal deadline for the withdrawal states,
  /// else the publication deadline; nothing for a publication that was not required.
  std::optional<Date> due() const;
};

/// The state of `c` as of `as_of`: only events dated on or before `as_of` count (a publication,
/// change or withdrawal recorded for a later day has not happened yet). Publication is due
/// rules.publication_working_days() working days after the decision day (the day itself not
/// counted); a published decision that is changed, revoked or declared illegal or void must be
/// withdrawn within rules.withdrawal_working_days() working days of the change (Art. 48, 85), or
/// of the publication when that came later. A change before publication makes publication
/// unnecessary unless it is kChanged (the changed decision is published). The publicity period
/// runs from the publication day, inclusive of its corresponding day; after it the state is
/// kExpired. Throws CalendarCoverageError when a deadline needs a day the calendar does not
/// cover (never a guess).
DisclosureState disclosure_state(const Case& c, Date as_of, const DisclosureRules& rules,
                                 const WorkCalendar& calendar);

// ---- the published record (事后公开) and privacy masking (Art. 50) ------------------------------

/// A party as published. Natural persons are masked (mask_name, mask_resident_id), their phone
/// and address omitted; legal persons and other organisations are shown in full, except that a
/// legal representative with the name of a natural-person party of the case is masked too.
struct DisclosedParty {
  PartyKind kind = PartyKind::kLegalPerson;
  std::string name;
  std::string identifier;            ///< credit code, or the masked resident ID
  std::string legal_representative;  ///< organisations only
  bool masked = false;               ///< a natural person, masked
};

/// A violation as published: description (masked) and the provisions.
struct DisclosedViolation {
  std::string description;
  std::string violated_provision;
  std::string penalty_provision;
};

/// What is published of a decision (执法机关、执法对象、案件事实、执法类别、执法结论,
/// 国办发〔2018〕118号 as reported [P]; the summary of SAMR Order 45 Art. 4 has the same parts).
/// Every free-text field has passed through the masking of the natural persons among the parties.
struct DisclosureRecord {
  std::int64_t case_id = 0;
  std::string case_number;
  std::string decision_number;
  std::string agency_code;
  std::string agency_name;  ///< 执法机关
  std::string title;
  std::vector<DisclosedParty> parties;  ///< 执法对象
  std::string facts;                    ///< 案件事实
  std::vector<DisclosedViolation> violations;
  std::string category;  ///< 执法类别: "行政处罚" and the power item's name when known
  std::string power_code;
  std::vector<std::string> legal_basis;  ///< provisions and the power item's basis, in order
  ProcedureKind procedure = ProcedureKind::kGeneral;
  Outcome outcome = Outcome::kPenalty;
  std::vector<Penalty> penalties;  ///< details masked
  Money total_fine;
  std::string conclusion;  ///< 执法结论 in words, e.g. "罚款 5,000.00 元；警告"
  Date decided_on;

  /// One JSON object (one line, UTF-8, no ASCII escaping).
  std::string to_json() const;
};

/// The record to publish for a decided case. Throws ValidationError when the case has no
/// decision or belongs to another agency than `agency`. Masking: see mask_name,
/// mask_resident_id and mask_text.
DisclosureRecord make_disclosure(const Case& c, const Agency& agency);

/// A natural person's name as published: the surname and "某" (王明 -> 王某, 王小明 -> 王某).
/// A compound surname (复姓, from a fixed list: 欧阳, 司马, 诸葛, ...) is kept whole when the
/// name has at least three characters (欧阳娜娜 -> 欧阳某); otherwise the first character is
/// the surname. A name of one character becomes "某"; an empty name stays empty.
std::string mask_name(std::string_view name);
/// A resident ID as published: the 6-digit address code and 12 '*' (210202************).
/// Birth date, sequence code and check character are all dropped, so the birth date cannot be
/// recovered (the check character would narrow it down).
std::string mask_resident_id(std::string_view id);
/// `text` with every occurrence of each natural person's resident ID (either case of 'X')
/// replaced by its mask, their phone and address by "***", and their full name (two characters
/// or more) by mask_name, longest names first. Organisations are left alone.
std::string mask_text(std::string_view text, const std::vector<Party>& parties);

/// Records as a JSON array (pretty) or as JSON Lines (one object per line).
std::string disclosure_records_to_json(const std::vector<DisclosureRecord>& records,
                                       bool json_lines = false);
/// Records as CSV (csv.hpp: RFC 4180, CRLF, formula-guarded fields), UTF-8 without a BOM, a
/// header line. Several parties, violations, penalties or provisions are joined with "；" in one
/// field.
std::string disclosure_records_to_csv(const std::vector<DisclosureRecord>& records);

/// The forms a list of disclosure records is written in.
enum class DisclosureFileFormat {
  kJson,       ///< one JSON array, pretty-printed (disclosure_records_to_json)
  kJsonLines,  ///< one JSON object a line (disclosure_records_to_json with json_lines)
  kCsv,        ///< CSV with a header line (disclosure_records_to_csv)
};

/// The form a file name asks for, as `zhifa disclose --export FILE` reads it: a name ending in
/// ".csv" CSV, in ".jsonl" JSON Lines, any other a JSON array.
DisclosureFileFormat disclosure_file_format_for(std::string_view path);

/// Writes records to a stream one at a time, as they are produced, holding none of them: the
/// bytes are exactly those disclosure_records_to_json / disclosure_records_to_csv give for the
/// same records in the same order (those two are written through it). The CSV header is written
/// on construction; finish() ends the output (the JSON array's closing bracket; no record at all
/// gives "[]") and flushes the stream. Checking the stream for errors is the caller's part. A
/// record written after finish() is a ValidationError. One writer, one thread.
class DisclosureRecordWriter {
 public:
  DisclosureRecordWriter(std::ostream& out, DisclosureFileFormat format);
  void write(const DisclosureRecord& record);
  /// Call once after the last record; later calls do nothing.
  void finish();
  /// How many records were written.
  std::size_t written() const { return written_; }

 private:
  std::ostream* out_;
  DisclosureFileFormat format_;
  std::size_t written_ = 0;
  bool finished_ = false;
};

// ---- the catalog published before enforcement (事前公开, Art. 39) -------------------------------

/// An officer as published: name and certificate number only (no other personal data).
struct CatalogOfficer {
  std::string name;
  std::string certificate_number;
  Date valid_to;
};

/// A power item as published: code, name, kind, legal basis, the body exercising a delegated
/// power.
struct CatalogPower {
  std::string code;
  std::string name;
  PowerKind kind = PowerKind::kPenalty;
  std::vector<std::string> basis;
  std::string delegated_to;
};

/// A step of a published procedure with the article behind it.
struct CatalogStep {
  std::string step;
  std::string basis;
};

/// A published procedure: the general (一般程序) or the simple (简易程序) one.
struct CatalogProcedure {
  std::string name;
  std::string scope;
  std::vector<CatalogStep> steps;
};

/// A remedy (救济渠道) with its period from the period table.
struct CatalogRemedy {
  std::string name;
  std::string period;  ///< e.g. "60 calendar days (行政复议法 Art. 20 ¶1)"
  std::string start;   ///< what starts it
};

/// What Art. 39 requires to be public before enforcement: the enforcing body, its officers, its
/// powers with their basis, the procedures, the remedies and the random-inspection list.
struct PublicCatalog {
  std::string agency_code;
  std::string agency_name;
  Date as_of;
  std::vector<CatalogOfficer> officers;
  std::vector<CatalogPower> powers;
  std::vector<CatalogProcedure> procedures;
  std::vector<CatalogRemedy> remedies;
  std::vector<InspectionItem> inspections;

  std::string to_json() const;
  /// A readable Markdown page (headings, tables).
  std::string to_markdown() const;
};

/// The catalog of `agency` on `as_of`: officers whose certificate for this agency is valid on
/// that day (others are not enforcement personnel then), every power item, the fixed general and
/// simple procedures with their articles of 行政处罚法, the remedies of administrative review
/// ("review_application") and litigation ("lawsuit") from `periods` (NotFoundError when they
/// are missing), and `inspections` as given.
PublicCatalog public_catalog(const Agency& agency, Date as_of,
                             const std::vector<InspectionItem>& inspections = {},
                             const PeriodTable& periods = PeriodTable::builtin());

std::string to_string(DisclosureStatus status);
/// The inverse; ValidationError naming the text and the accepted names.
DisclosureStatus disclosure_status_from_string(const std::string& text);

}  // namespace zhifa

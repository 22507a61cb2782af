// The case store: SQLite (WAL) by default, with a versioned, normalised schema and forward
// migrations, behind a private backend seam (docs/store.md). Every multi-step change runs in one
// transaction, so a failure leaves the store as it was; every statement is parameterised. No
// database header is included here.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "zhifa/agency.hpp"
#include "zhifa/audit.hpp"
#include "zhifa/case.hpp"
#include "zhifa/procedure.hpp"
#include "zhifa/record.hpp"
#include "zhifa/review.hpp"

namespace zhifa {

/// Which cases a query returns. Every field is optional; set fields combine with AND.
struct CaseFilter {
  std::optional<std::string> agency_code;
  std::optional<CaseStatus> status;
  std::optional<std::string> power_code;
  /// A party's unified social credit code or resident ID number.
  std::optional<std::string> party;
  std::optional<Date> lead_from, lead_to;    ///< lead_on in [from, to]
  std::optional<Date> filed_from, filed_to;  ///< filed_on in [from, to]
  /// Words in the title or facts (full-text search; Chinese works: trigram index for three or
  /// more characters, a substring scan for shorter text).
  std::optional<std::string> text;
  /// Only cases with a greater id: pages by key (the last id of one page starts the next),
  /// which, unlike offset, stays exact while cases are added.
  std::int64_t after_id = 0;
  /// Only cases with an id up to this one (0: no bound): with after_id, a range of ids.
  std::int64_t up_to_id = 0;
  std::int64_t limit = -1;  ///< -1: no limit
  std::int64_t offset = 0;
};

/// One row of a listing: what a case list shows without loading whole cases.
struct CaseSummary {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string number;
  std::string agency_code;
  std::string power_code;
  CaseStatus status = CaseStatus::kLead;
  ProcedureKind procedure = ProcedureKind::kGeneral;
  std::string title;
  std::string party_name;        ///< the first party
  std::string party_identifier;  ///< its credit code or resident ID
  Date lead_on;
  std::optional<Date> filed_on;
  std::optional<Date> decided_on;
  Money total_fine;
};

/// A summary as one JSON object, the shape `zhifa cases list --json` prints and Python's
/// CaseSummary.to_dict() reads: id, version, number, status, procedure, agency_code, power_code,
/// title, party_name, party_identifier, lead_on, filed_on and decided_on (or null),
/// total_fine_fen.
std::string to_json(const CaseSummary& summary);

struct StoreOptions {
  /// How long to wait for another process's write lock before failing (SQLite busy timeout).
  int busy_timeout_ms = 10000;
  /// Test hook: called with the name of each step of a multi-step write ("cases", "parties",
  /// ...); throwing from it aborts the write, which must then leave nothing behind.
  std::function<void(std::string_view step)> fault_hook;
  /// Migrate only up to this schema version (for migration tests); 0 = the current version.
  int migrate_to = 0;
  /// Create the file when it does not exist (else opening fails with StorageError).
  bool create = true;
};

/// The result of a JSON Lines import.
struct ImportReport {
  std::size_t lines = 0;     ///< lines read (blank lines included)
  std::size_t imported = 0;  ///< cases stored
};

/// One case-file audit of a store: the standard and its version, the as-of date, when it ran
/// (timestamps given by the caller: nothing reads the clock), how many cases, and a note (e.g.
/// the filter used).
struct AuditRun {
  std::int64_t id = 0;
  std::string standard_name;
  std::string standard_version;
  Date as_of;
  std::string started;
  std::string finished;
  std::int64_t cases = 0;
  std::string note;
};

/// A run as one JSON object: id, standard_name, standard_version, as_of, started, finished,
/// cases, note.
std::string to_json(const AuditRun& run);

/// A case store over one SQLite database file (or ":memory:"). Opening creates the file and
/// schema if needed and migrates an older schema forward; a newer schema is refused. One
/// CaseStore is one connection: use it from one thread at a time; several processes may share
/// the file (WAL; writers serialise with a busy timeout).
class CaseStore {
 public:
  /// The schema version this zhifa writes.
  static int current_schema_version();

  /// Throws StorageError when the file cannot be opened or its schema is newer than this zhifa.
  explicit CaseStore(const std::string& path, StoreOptions options = {});
  ~CaseStore();
  CaseStore(CaseStore&&) noexcept;
  CaseStore& operator=(CaseStore&&) noexcept;

  int schema_version() const;
  const std::string& path() const;
  /// The options the store was opened with.
  const StoreOptions& options() const;

  /// Adds or replaces an agency: its code, name and case-number prefix (needed to allocate
  /// numbers) and its definition (power items, officers), which agencies() gives back.
  /// ValidationError for an agency agency_from_json would refuse (two officers with one id, a
  /// certificate valid_to before valid_from, ...), naming the reason; nothing is stored then.
  void register_agency(const Agency& agency);
  /// The registered agencies in code order, with their power items and officers (those
  /// registered before schema 7 have only code, name and prefix until registered again).
  std::vector<Agency> agencies() const;

  /// Stores a new case (c.id must be 0) and sets c.id and c.version (1). A filed case without a
  /// number gets the next number of its agency and filing year, in the same transaction:
  /// numbers are gap-free and never reused, across processes too.
  std::int64_t add(Case& c);
  /// Stores many new cases in one transaction (all or none); returns how many.
  std::size_t add_all(std::vector<Case>& cases);
  /// Stores the changed case. c.version must be the stored version (optimistic concurrency):
  /// a stale writer gets ConflictError and nothing is written. On success c.version is bumped
  /// and a newly filed case gets its number.
  void update(Case& c);

  /// Throws NotFoundError naming the id.
  Case get(std::int64_t id) const;
  std::optional<Case> find_by_number(const std::string& number) const;
  std::vector<CaseSummary> list(const CaseFilter& filter = {}) const;
  std::int64_t count(const CaseFilter& filter = {}) const;
  /// The ids of the matching cases, in order.
  std::vector<std::int64_t> ids(const CaseFilter& filter = {}) const;
  /// The lowest and highest id of the matching cases (the filter's limit and offset ignored), or
  /// nothing when none match: the range a batch job splits among its workers.
  std::optional<std::pair<std::int64_t, std::int64_t>> id_span(const CaseFilter& filter = {}) const;
  /// The same, handed to `f` a page of at most `page_size` ids at a time, each page listed by key
  /// after the last (exact while cases are added); the filter's offset and limit hold over all
  /// pages. ValidationError for a page size of 0.
  void for_each_id_page(const CaseFilter& filter, std::size_t page_size,
                        const std::function<void(std::vector<std::int64_t>&&)>& f) const;
  /// The cases with these ids, in id order, read from one snapshot, with only `parts` (see
  /// for_each_owned). Ids not in the store are left out (compare the sizes); NotFoundError
  /// is get()'s.
  std::vector<Case> get_many(std::vector<std::int64_t> ids,
                             CaseParts parts = CaseParts::all()) const;
  /// Streams whole cases in id order without holding them all in memory.
  void for_each(const CaseFilter& filter, const std::function<void(const Case&)>& f) const;
  /// The same, handing each case over (moved out of the page it was read in): for a consumer
  /// that keeps the case or passes it on, it spares a copy. With `parts`, only those parts of
  /// each case are read and the others are left empty (a batch audit reads what its checks
  /// need): such a case is for reading, never store it back.
  void for_each_owned(const CaseFilter& filter, const std::function<void(Case&&)>& f,
                      CaseParts parts = CaseParts::all()) const;

  /// Imports JSON Lines (docs/case-format.md), one case per line; blank lines are skipped. The
  /// whole import is one transaction unless `batch_size` > 0, in which case every batch of that
  /// many lines is committed on its own. A bad line (malformed JSON, invalid field, duplicate id
  /// or number) throws ValidationError naming the line number and the reason, after rolling back
  /// the batch it is in; earlier batches stay. `progress` is called with the lines read so far.
  ImportReport import_jsonl(std::istream& in, std::size_t batch_size = 0,
                            const std::function<void(std::size_t)>& progress = {});
  /// Writes the matching cases as JSON Lines in id order; returns how many.
  std::size_t export_jsonl(std::ostream& out, const CaseFilter& filter = {}) const;

  // ---- the full-process record (执法全过程记录, Art. 47) ----
  // A case's record entries are stored with the case (add, update, get) in an append-only table:
  // update() appends new entries and refuses a case whose stored entries were changed or removed
  // (ValidationError); SQL triggers refuse UPDATE and DELETE whoever issues them. Each entry's
  // leaf hash is stored when it is appended.

  /// Takes a tree head of the case's record as it is stored now, at the caller's `timestamp`
  /// ("YYYY-MM-DDThh:mm:ssZ"), signs it with `key` when one is given (the agency's Ed25519 key),
  /// stores it and returns it; hand it to a supervisor to hold. NotFoundError for an unknown
  /// case; ValidationError for a malformed timestamp.
  SignedTreeHead checkpoint_records(std::int64_t case_id, const std::string& timestamp,
                                    const SigningKey* key = nullptr);
  /// The heads taken of the case's record, oldest first.
  std::vector<SignedTreeHead> record_heads(std::int64_t case_id) const;
  /// The leaf hashes stored with the case's entries, in order.
  std::vector<Hash> record_leaf_hashes(std::int64_t case_id) const;
  /// Checks the case's stored record (verify_record_log in record.hpp) against its stored leaf
  /// hashes, its stored heads and `trusted_heads` (e.g. the supervisor's copies); with `key`,
  /// every head must carry a valid signature by it. Reports the first bad position.
  LogVerification verify_records(std::int64_t case_id,
                                 const std::vector<SignedTreeHead>& trusted_heads = {},
                                 const VerifyingKey* key = nullptr) const;

  // ---- legality review of other subjects (法制审核) and the normative documents ----
  /// Adds a normative document (规范性文件) to the registry, or replaces the one with its number.
  /// ValidationError for a malformed record (NormativeDocument::problem).
  void put_normative_document(const NormativeDocument& document);
  /// The registry in number order.
  std::vector<NormativeDocument> normative_documents() const;
  /// Records a review of a contract, a normative document or another decision. ValidationError
  /// for a malformed record or an id already stored (records are not overwritten).
  void add_subject_review(const SubjectReview& review);
  /// The reviews of other subjects, by review date then id; with `year`, those reviewed in it.
  std::vector<SubjectReview> subject_reviews(std::optional<int> year = std::nullopt) const;
  // ---- case-file audit runs (audit_batch.hpp writes them) ------------------------------------
  /// Records a new audit run and returns its id (run.id is ignored).
  std::int64_t add_audit_run(const AuditRun& run);
  /// Stores results of a run in one transaction (all or none); a result for a case already in
  /// the run replaces it (e.g. after a reviewer's finding). NotFoundError for an unknown run.
  void add_audit_results(std::int64_t run_id, const std::vector<AuditResult>& results);
  /// Marks the run finished with its case count.
  void finish_audit_run(std::int64_t run_id, const std::string& finished, std::int64_t cases);
  /// The runs, newest first; one run (NotFoundError naming the id).
  std::vector<AuditRun> audit_runs() const;
  AuditRun audit_run(std::int64_t run_id) const;
  /// Streams a run's results in case id order, without holding them all in memory.
  void for_each_audit_result(std::int64_t run_id,
                             const std::function<void(const AuditResult&)>& f) const;
  std::vector<AuditResult> audit_results(std::int64_t run_id) const;
  /// One case's result of a run; NotFoundError naming the run and the case when there is none.
  AuditResult audit_result(std::int64_t run_id, std::int64_t case_id) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace zhifa

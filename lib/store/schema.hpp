// Private: the store's SQLite schema (the SQLite dialect's migrations), version by version.
// Migration N takes a database at version N-1 to version N; a new database runs them all. Never
// edit a published migration: add one.
#pragma once

#include <array>
#include <string_view>

#include "store/backend.hpp"

namespace zhifa::detail {

// Version 1: the normalised case tables. Dates are ISO text (YYYY-MM-DD), money integer fen,
// enumerations their zhifa names; lists of officer ids are JSON arrays of strings.
inline constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE agencies(
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  case_prefix TEXT NOT NULL
);
CREATE TABLE case_numbers(
  agency_code TEXT NOT NULL REFERENCES agencies(code),
  year INTEGER NOT NULL,
  last_serial INTEGER NOT NULL,
  PRIMARY KEY(agency_code, year)
);
CREATE TABLE cases(
  id INTEGER PRIMARY KEY,
  row_version INTEGER NOT NULL,
  number TEXT UNIQUE,
  agency_code TEXT NOT NULL,
  power_code TEXT NOT NULL,
  procedure TEXT NOT NULL,
  status TEXT NOT NULL,
  source TEXT NOT NULL,
  title TEXT NOT NULL,
  facts TEXT NOT NULL,
  lead_on TEXT NOT NULL,
  filed_on TEXT,
  investigators TEXT NOT NULL,
  flag_complex_or_serious INTEGER NOT NULL,
  flag_major_public_interest INTEGER NOT NULL,
  flag_major_rights INTEGER NOT NULL,
  flag_complex_legal_relations INTEGER NOT NULL,
  flag_review_required_by_law INTEGER NOT NULL,
  flag_mental_incapacity INTEGER NOT NULL,
  notice_served_on TEXT,
  notice_hearing_right INTEGER,
  notice_statement_waived_on TEXT,
  notice_statement_made_on TEXT,
  notice_hearing_waived_on TEXT,
  hearing_requested_on TEXT,
  hearing_notified_on TEXT,
  hearing_scheduled_for TEXT,
  hearing_presiding_officer TEXT,
  hearing_held_on TEXT,
  hearing_waived_by_absence INTEGER,
  discussion_held_on TEXT,
  discussion_participants TEXT,
  discussion_conclusion TEXT,
  decision_outcome TEXT,
  decision_decided_on TEXT,
  decision_number TEXT,
  decision_on_the_spot INTEGER,
  decision_mitigation TEXT,
  total_fine_fen INTEGER NOT NULL,
  served_on TEXT,
  arrangement_applied_on TEXT,
  arrangement_approved_on TEXT,
  arrangement_approver TEXT,
  closed_on TEXT
);
CREATE INDEX cases_agency_status ON cases(agency_code, status);
CREATE INDEX cases_lead_on ON cases(lead_on);
CREATE INDEX cases_filed_on ON cases(filed_on);
CREATE INDEX cases_power ON cases(power_code);
CREATE TABLE parties(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  party_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  resident_id TEXT,
  birth_date TEXT,
  credit_code TEXT,
  legal_representative TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX parties_resident_id ON parties(resident_id) WHERE resident_id IS NOT NULL;
CREATE INDEX parties_credit_code ON parties(credit_code) WHERE credit_code IS NOT NULL;
CREATE TABLE violations(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  item_code TEXT NOT NULL,
  description TEXT NOT NULL,
  violated_provision TEXT NOT NULL,
  penalty_provision TEXT NOT NULL,
  act_date TEXT NOT NULL,
  act_ended TEXT,
  discovered TEXT NOT NULL,
  life_health_or_financial_harm INTEGER NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE evidence(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  evidence_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  collected_on TEXT NOT NULL,
  verified INTEGER NOT NULL,
  lawfully_obtained INTEGER NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE documents(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  document_id TEXT NOT NULL,
  type TEXT NOT NULL,
  number TEXT NOT NULL,
  date TEXT NOT NULL,
  signatories TEXT NOT NULL,
  service_method TEXT,
  served_on TEXT,
  recipient TEXT,
  electronic_consent INTEGER,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE events(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  on_date TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  action TEXT NOT NULL,
  officer_id TEXT NOT NULL,
  note TEXT NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE penalties(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  stage TEXT NOT NULL CHECK(stage IN ('proposed', 'decided')),
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount_fen INTEGER,
  detail TEXT NOT NULL,
  PRIMARY KEY(case_id, stage, ordinal)
) WITHOUT ROWID;
CREATE TABLE reviews(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  reviewed_on TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  passed INTEGER NOT NULL,
  opinion TEXT NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE payments(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  paid_on TEXT NOT NULL,
  amount_fen INTEGER NOT NULL,
  collected_on_the_spot INTEGER NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE instalments(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  due_on TEXT NOT NULL,
  amount_fen INTEGER NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE remedies(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  kind TEXT NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE suspensions(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  from_date TEXT NOT NULL,
  to_date TEXT NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TABLE extensions(
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  length INTEGER NOT NULL,
  approver TEXT NOT NULL,
  reason TEXT NOT NULL,
  approved_on TEXT NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
)sql";

// Version 2: full-text search over title and facts, Chinese-capable (trigram tokenizer), kept in
// step with the cases table by triggers; existing rows are indexed by the migration.
inline constexpr std::string_view kSchemaV2 = R"sql(
CREATE VIRTUAL TABLE case_text USING fts5(title, facts, content='cases', content_rowid='id',
                                          tokenize='trigram');
CREATE TRIGGER cases_text_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_text(rowid, title, facts) VALUES (new.id, new.title, new.facts);
END;
CREATE TRIGGER cases_text_delete AFTER DELETE ON cases BEGIN
  INSERT INTO case_text(case_text, rowid, title, facts) VALUES ('delete', old.id, old.title, old.facts);
END;
CREATE TRIGGER cases_text_update AFTER UPDATE OF title, facts ON cases BEGIN
  INSERT INTO case_text(case_text, rowid, title, facts) VALUES ('delete', old.id, old.title, old.facts);
  INSERT INTO case_text(rowid, title, facts) VALUES (new.id, new.title, new.facts);
END;
INSERT INTO case_text(case_text) VALUES ('rebuild');
)sql";

// Version 3: the legal review's verdict, items and grounds (Art. 58); the decision's change and
// its publication and withdrawal (Art. 48). Reviews of version 2 keep their outcome as the
// verdict approve / reject.
inline constexpr std::string_view kSchemaV3 = R"sql(
ALTER TABLE reviews ADD COLUMN verdict TEXT NOT NULL DEFAULT 'reject';
UPDATE reviews SET verdict = CASE WHEN passed != 0 THEN 'approve' ELSE 'reject' END;
ALTER TABLE reviews ADD COLUMN submitted_on TEXT;
ALTER TABLE reviews ADD COLUMN findings TEXT NOT NULL DEFAULT '[]';
ALTER TABLE reviews ADD COLUMN grounds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE cases ADD COLUMN change_on TEXT;
ALTER TABLE cases ADD COLUMN change_kind TEXT;
ALTER TABLE cases ADD COLUMN change_by TEXT;
ALTER TABLE cases ADD COLUMN change_reason TEXT;
ALTER TABLE cases ADD COLUMN published_on TEXT;
ALTER TABLE cases ADD COLUMN publication_reference TEXT;
ALTER TABLE cases ADD COLUMN withdrawn_on TEXT;
ALTER TABLE cases ADD COLUMN withdrawal_reason TEXT;
ALTER TABLE cases ADD COLUMN removed_on TEXT;
ALTER TABLE cases ADD COLUMN removal_reason TEXT;
CREATE INDEX cases_decided_on ON cases(decision_decided_on);
CREATE TABLE normative_documents(
  number TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  issuing_body TEXT NOT NULL,
  issued_on TEXT NOT NULL,
  effective_on TEXT NOT NULL,
  expires_on TEXT,
  repealed_on TEXT,
  repealed_by TEXT NOT NULL
);
CREATE TABLE subject_reviews(
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  title TEXT NOT NULL,
  reviewer_id TEXT NOT NULL,
  submitted_on TEXT NOT NULL,
  reviewed_on TEXT NOT NULL,
  verdict TEXT NOT NULL,
  opinion TEXT NOT NULL
);
CREATE INDEX subject_reviews_reviewed_on ON subject_reviews(reviewed_on);
)sql";

// Version 4: the full-process record (Art. 47) as an append-only log per case, with the leaf
// hash of each entry kept at append time, and the tree heads taken of it (signed or not).
// Triggers refuse UPDATE and DELETE on both tables, whoever writes the SQL.
inline constexpr std::string_view kSchemaV4 = R"sql(
CREATE TABLE record_entries(
  case_id INTEGER NOT NULL REFERENCES cases(id),
  seq INTEGER NOT NULL,
  on_date TEXT NOT NULL,
  time TEXT NOT NULL,
  place TEXT NOT NULL,
  officers TEXT NOT NULL,
  step TEXT NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  media_sha256 TEXT NOT NULL,
  media_ref TEXT NOT NULL,
  leaf_hash BLOB NOT NULL CHECK(length(leaf_hash) = 32),
  PRIMARY KEY(case_id, seq)
) WITHOUT ROWID;
CREATE TRIGGER record_entries_no_update BEFORE UPDATE ON record_entries BEGIN
  SELECT RAISE(ABORT, 'record entries are append-only (行政处罚法 Art. 47): UPDATE refused');
END;
CREATE TRIGGER record_entries_no_delete BEFORE DELETE ON record_entries BEGIN
  SELECT RAISE(ABORT, 'record entries are append-only (行政处罚法 Art. 47): DELETE refused');
END;
CREATE TABLE record_heads(
  case_id INTEGER NOT NULL REFERENCES cases(id),
  ordinal INTEGER NOT NULL,
  size INTEGER NOT NULL,
  root BLOB NOT NULL CHECK(length(root) = 32),
  timestamp TEXT NOT NULL,
  key_id TEXT NOT NULL,
  signature TEXT NOT NULL,
  PRIMARY KEY(case_id, ordinal)
) WITHOUT ROWID;
CREATE TRIGGER record_heads_no_update BEFORE UPDATE ON record_heads BEGIN
  SELECT RAISE(ABORT, 'tree heads are append-only (行政处罚法 Art. 47): UPDATE refused');
END;
CREATE TRIGGER record_heads_no_delete BEFORE DELETE ON record_heads BEGIN
  SELECT RAISE(ABORT, 'tree heads are append-only (行政处罚法 Art. 47): DELETE refused');
END;
)sql";

// Version 5: case-file audit runs (one per audit of a store against a standard of a version) and
// their per-case results; the result column is the JSON of audit.hpp's to_json(AuditResult).
inline constexpr std::string_view kSchemaV5 = R"sql(
CREATE TABLE audit_runs(
  id INTEGER PRIMARY KEY,
  standard_name TEXT NOT NULL,
  standard_version TEXT NOT NULL,
  as_of TEXT NOT NULL,
  started TEXT NOT NULL,
  finished TEXT,
  cases INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_results(
  run_id INTEGER NOT NULL REFERENCES audit_runs(id) ON DELETE CASCADE,
  case_id INTEGER NOT NULL,
  number TEXT NOT NULL,
  agency_code TEXT NOT NULL,
  total REAL NOT NULL,
  grade TEXT NOT NULL,
  vetoed INTEGER NOT NULL,
  result TEXT NOT NULL,
  PRIMARY KEY(run_id, case_id)
) WITHOUT ROWID;
CREATE INDEX audit_results_grade ON audit_results(run_id, grade);
)sql";

// Version 6: audit results in a compact form (lib/audit_codec.hpp). A run keeps its item layout
// (the standard's item ids and sections, in order) and the reason texts of its items, numbered;
// each result then holds per item its status, score and reason number. Rows stored before stay
// as they are (the full to_json form) and are read as before.
inline constexpr std::string_view kSchemaV6 = R"sql(
ALTER TABLE audit_runs ADD COLUMN item_layout TEXT;
CREATE TABLE audit_texts(
  run_id INTEGER NOT NULL REFERENCES audit_runs(id) ON DELETE CASCADE,
  id INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY(run_id, id),
  UNIQUE(run_id, text)
) WITHOUT ROWID;
)sql";

// Version 7: the agency's definition (agency.hpp's agency_to_json: power items and officers with
// their certificates) kept with its registration, so that a store's audit knows its agencies.
inline constexpr std::string_view kSchemaV7 = R"sql(
ALTER TABLE agencies ADD COLUMN definition TEXT;
)sql";

// Version 8: the migrations applied, by version with their description, written by the migration
// runner in the transaction that applies them: a record an operator can read, and the schema
// version of a backend that has no PRAGMA user_version.
inline constexpr std::string_view kSchemaV8 = R"sql(
CREATE TABLE schema_migrations(
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL
);
)sql";

inline constexpr std::array<Migration, 8> kMigrations{{
    {1, "normalised case tables", kSchemaV1},
    {2, "full-text search over case title and facts (FTS5 trigram)", kSchemaV2},
    {3,
     "legal review verdicts and items; decision changes and publication; normative documents and "
     "reviews of other subjects",
     kSchemaV3},
    {4, "append-only full-process record entries and tree heads", kSchemaV4},
    {5, "case-file audit runs and results", kSchemaV5},
    {6, "audit results in a compact form: per-run item layout and reason texts", kSchemaV6},
    {7, "agency definitions: power items and officers", kSchemaV7},
    {8, "the record of the migrations applied", kSchemaV8},
}};

}  // namespace zhifa::detail

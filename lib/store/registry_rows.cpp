// The store's registries: agencies (with their definitions), normative documents (规范性文件) and
// the legality reviews of other subjects.
#include "store/store_impl.hpp"
#include "zhifa/error.hpp"

namespace zhifa {

using detail::Codec;
using detail::DbError;

void CaseStore::register_agency(const Agency& agency) {
  if (agency.code.empty() || agency.case_prefix.empty()) {
    throw ValidationError("an agency needs a code and a case-number prefix");
  }
  // What agencies() will read back must be a valid document (ids unique, certificates dated).
  const std::string definition = agency_to_json(agency);
  try {
    agency_from_json(definition, "agency " + agency.code);
  } catch (const DataFileError& e) {
    throw ValidationError(e.what());
  }
  try {
    const bool old = impl_->version < 7;  // opened at an older schema: no definitions
    auto q = impl_->db->prepare(
        old ? "INSERT INTO agencies(code, name, case_prefix) VALUES (?, ?, ?) ON CONFLICT(code) "
              "DO UPDATE SET name = excluded.name, case_prefix = excluded.case_prefix"
            : "INSERT INTO agencies(code, name, case_prefix, definition) VALUES (?, ?, ?, ?) "
              "ON CONFLICT(code) DO UPDATE SET name = excluded.name, case_prefix = "
              "excluded.case_prefix, definition = excluded.definition");
    q->bind_text(1, agency.code);
    q->bind_text(2, agency.name);
    q->bind_text(3, agency.case_prefix);
    if (!old) q->bind_text(4, definition);
    q->exec();
  } catch (const DbError& e) {
    detail::storage_error("cannot register agency " + agency.code, e);
  }
}

std::vector<Agency> CaseStore::agencies() const {
  std::vector<Agency> out;
  try {
    auto q = impl_->db->prepare(impl_->version < 7
                                    ? "SELECT code, name, case_prefix, NULL FROM agencies "
                                      "ORDER BY code"
                                    : "SELECT code, name, case_prefix, definition FROM agencies "
                                      "ORDER BY code");
    while (q->step()) {
      if (q->null(3)) {  // registered before definitions were kept
        Agency a;
        a.code = q->text(0);
        a.name = q->text(1);
        a.case_prefix = q->text(2);
        out.push_back(std::move(a));
      } else {
        out.push_back(
            agency_from_json(std::string(q->text(3)), "agency " + std::string(q->text(0))));
      }
    }
  } catch (const DbError& e) {
    detail::storage_error("cannot read the agencies", e);
  }
  return out;
}

void CaseStore::put_normative_document(const NormativeDocument& d) {
  if (auto why = d.problem()) throw ValidationError(*why);
  try {
    auto q = impl_->db->prepare(
        "INSERT INTO normative_documents(number, title, issuing_body, issued_on, effective_on, "
        "expires_on, repealed_on, repealed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(number) "
        "DO UPDATE SET title = excluded.title, issuing_body = excluded.issuing_body, issued_on = "
        "excluded.issued_on, effective_on = excluded.effective_on, expires_on = "
        "excluded.expires_on, repealed_on = excluded.repealed_on, repealed_by = "
        "excluded.repealed_by");
    q->bind_text(1, d.number);
    q->bind_text(2, d.title);
    q->bind_text(3, d.issuing_body);
    Codec<Date>::bind(*q, 4, d.issued_on);
    Codec<Date>::bind(*q, 5, d.effective_on);
    Codec<std::optional<Date>>::bind(*q, 6, d.expires_on);
    Codec<std::optional<Date>>::bind(*q, 7, d.repealed_on);
    q->bind_text(8, d.repealed_by);
    q->exec();
  } catch (const DbError& e) {
    detail::storage_error("cannot store normative document " + d.number, e);
  }
}

std::vector<NormativeDocument> CaseStore::normative_documents() const {
  std::vector<NormativeDocument> out;
  try {
    auto q = impl_->db->prepare(
        "SELECT number, title, issuing_body, issued_on, effective_on, expires_on, repealed_on, "
        "repealed_by FROM normative_documents ORDER BY number");
    while (q->step()) {
      out.push_back(
          NormativeDocument{std::string(q->text(0)), std::string(q->text(1)),
                            std::string(q->text(2)), Codec<Date>::read(*q, 3),
                            Codec<Date>::read(*q, 4), Codec<std::optional<Date>>::read(*q, 5),
                            Codec<std::optional<Date>>::read(*q, 6), std::string(q->text(7))});
    }
  } catch (const DbError& e) {
    detail::storage_error("cannot read the normative documents", e);
  }
  return out;
}

void CaseStore::add_subject_review(const SubjectReview& r) {
  if (auto why = r.problem()) throw ValidationError(*why);
  try {
    detail::Transaction tx(*impl_->db, detail::TxMode::kWrite);
    {
      auto exists = impl_->db->prepare("SELECT 1 FROM subject_reviews WHERE id = ?");
      exists->bind_text(1, r.id);
      if (exists->step())
        throw ValidationError("a review with id '" + r.id + "' is already stored");
    }
    auto q = impl_->db->prepare(
        "INSERT INTO subject_reviews(id, subject, title, reviewer_id, submitted_on, reviewed_on, "
        "verdict, opinion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    q->bind_text(1, r.id);
    q->bind_text(2, to_string(r.subject));
    q->bind_text(3, r.title);
    q->bind_text(4, r.reviewer_id);
    Codec<Date>::bind(*q, 5, r.submitted_on);
    Codec<Date>::bind(*q, 6, r.reviewed_on);
    Codec<ReviewVerdict>::bind(*q, 7, r.verdict);
    q->bind_text(8, r.opinion);
    q->exec();
    tx.commit();
  } catch (const DbError& e) {
    detail::storage_error("cannot store review " + r.id, e);
  }
}

std::vector<SubjectReview> CaseStore::subject_reviews(std::optional<int> year) const {
  std::vector<SubjectReview> out;
  try {
    auto q = impl_->db->prepare(
        "SELECT id, subject, title, reviewer_id, submitted_on, reviewed_on, verdict, opinion "
        "FROM subject_reviews WHERE ? IS NULL OR substr(reviewed_on, 1, 4) = ? "
        "ORDER BY reviewed_on, id");
    if (year) {
      q->bind_text(1, std::to_string(*year));
      q->bind_text(2, std::to_string(*year));
    } else {
      q->bind_null(1);
      q->bind_null(2);
    }
    while (q->step()) {
      out.push_back(SubjectReview{
          std::string(q->text(0)), review_subject_from_string(std::string(q->text(1))),
          std::string(q->text(2)), std::string(q->text(3)), Codec<Date>::read(*q, 4),
          Codec<Date>::read(*q, 5), Codec<ReviewVerdict>::read(*q, 6), std::string(q->text(7))});
    }
  } catch (const DbError& e) {
    detail::storage_error("cannot read the reviews", e);
  }
  return out;
}

}  // namespace zhifa

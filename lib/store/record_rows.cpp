// The full-process record (执法全过程记录, 行政处罚法 Art. 47): a case's entries, append-only with
// each entry's leaf hash stored when it is appended, and the tree heads taken of them.
#include <cstring>

#include "store/store_impl.hpp"
#include "zhifa/error.hpp"
#include "zhifa/record.hpp"

namespace zhifa {

using detail::DbError;

std::vector<Hash> CaseStore::Impl::leaf_hashes(std::int64_t id) {
  std::vector<Hash> out;
  auto q = db->prepare("SELECT seq, leaf_hash FROM record_entries WHERE case_id = ? ORDER BY seq");
  q->bind_int(1, id);
  while (q->step()) {
    Hash h{};
    const std::string_view bytes = q->text(1);
    if (bytes.size() != h.size()) {
      throw IntegrityError("case " + std::to_string(id) + ": the stored leaf hash of entry " +
                           std::to_string(q->int64(0)) + " is not 32 bytes");
    }
    std::memcpy(h.data(), bytes.data(), h.size());
    out.push_back(h);
  }
  return out;
}

// The stored entries are never rewritten (Art. 47): the case must carry them unchanged, which is
// checked against their stored leaf hashes.
void CaseStore::Impl::write_records(const Case& c, bool fresh) {
  step("records");
  const std::vector<Hash> stored = fresh ? std::vector<Hash>() : leaf_hashes(c.id);
  if (c.records.size() < stored.size()) {
    throw ValidationError("case " + std::to_string(c.id) + " carries " +
                          std::to_string(c.records.size()) + " record entries but " +
                          std::to_string(stored.size()) +
                          " are stored: record entries are never removed (Art. 47)");
  }
  static const std::string sql = [] {
    std::string marks;
    for (std::size_t i = 0; i < detail::record_columns().size(); ++i) marks += "?, ";
    return "INSERT INTO record_entries(case_id, " + detail::column_list(detail::record_columns()) +
           ", leaf_hash) VALUES (?, " + marks + "?)";
  }();
  const int hash_param = static_cast<int>(detail::record_columns().size()) + 2;
  for (std::size_t i = 0; i < c.records.size(); ++i) {
    const RecordEntry& e = c.records[i];
    if (e.seq != i) {
      throw ValidationError("record entry " + std::to_string(i) + " has sequence number " +
                            std::to_string(e.seq));
    }
    const Hash h = record_leaf_hash(e);
    if (i < stored.size()) {
      if (h != stored[i]) {
        throw ValidationError("case " + std::to_string(c.id) + ": record entry " +
                              std::to_string(i) +
                              " differs from the stored one; entries are never changed (Art. 47)");
      }
      continue;
    }
    auto q = db->prepare(sql);
    q->bind_int(1, c.id);
    detail::bind_columns(*q, 2, detail::record_columns(), e);
    q->bind_blob(hash_param, h.data(), h.size());
    q->exec();
  }
}

std::vector<RecordEntry> CaseStore::Impl::read_records(std::int64_t id) {
  static const std::string sql = "SELECT " + detail::column_list(detail::record_columns()) +
                                 " FROM record_entries WHERE case_id = ? ORDER BY seq";
  std::vector<RecordEntry> out;
  auto q = db->prepare(sql);
  q->bind_int(1, id);
  while (q->step()) {
    out.emplace_back();
    detail::read_columns(*q, 0, detail::record_columns(), out.back());
  }
  return out;
}

std::vector<SignedTreeHead> CaseStore::Impl::read_heads(std::int64_t id) {
  std::vector<SignedTreeHead> out;
  auto q = db->prepare(
      "SELECT size, root, timestamp, key_id, signature FROM record_heads WHERE case_id = ? "
      "ORDER BY ordinal");
  q->bind_int(1, id);
  while (q->step()) {
    SignedTreeHead h;
    h.head.size = static_cast<std::uint64_t>(q->int64(0));
    const std::string_view root = q->text(1);
    if (root.size() == h.head.root.size()) {
      std::memcpy(h.head.root.data(), root.data(), h.head.root.size());
    }
    h.head.timestamp = q->text(2);
    h.key_id = q->text(3);
    h.signature = q->text(4);
    out.push_back(std::move(h));
  }
  return out;
}

SignedTreeHead CaseStore::checkpoint_records(std::int64_t case_id, const std::string& timestamp,
                                             const SigningKey* key) {
  validate_timestamp(timestamp);
  try {
    detail::Transaction tx(*impl_->db, detail::TxMode::kWrite);
    if (!impl_->case_exists(case_id)) {
      throw NotFoundError("no case with id " + std::to_string(case_id));
    }
    const std::vector<Hash> leaves = impl_->leaf_hashes(case_id);
    TreeHead head{leaves.size(), root_of(leaves), timestamp};
    SignedTreeHead sth = key ? key->sign_head(head) : SignedTreeHead{head, "", ""};
    std::int64_t ordinal = 0;
    {
      auto n = impl_->db->prepare("SELECT count(*) FROM record_heads WHERE case_id = ?");
      n->bind_int(1, case_id);
      n->step();
      ordinal = n->int64(0);
    }
    auto q = impl_->db->prepare(
        "INSERT INTO record_heads(case_id, ordinal, size, root, timestamp, key_id, signature) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    q->bind_int(1, case_id);
    q->bind_int(2, ordinal);
    q->bind_int(3, static_cast<std::int64_t>(head.size));
    q->bind_blob(4, head.root.data(), head.root.size());
    q->bind_text(5, head.timestamp);
    q->bind_text(6, sth.key_id);
    q->bind_text(7, sth.signature);
    q->exec();
    tx.commit();
    return sth;
  } catch (const DbError& e) {
    detail::storage_error("cannot take a tree head of case " + std::to_string(case_id), e);
  }
}

std::vector<SignedTreeHead> CaseStore::record_heads(std::int64_t case_id) const {
  try {
    return impl_->read_heads(case_id);
  } catch (const DbError& e) {
    detail::storage_error("cannot read the tree heads of case " + std::to_string(case_id), e);
  }
}

std::vector<Hash> CaseStore::record_leaf_hashes(std::int64_t case_id) const {
  try {
    return impl_->leaf_hashes(case_id);
  } catch (const DbError& e) {
    detail::storage_error("cannot read the record of case " + std::to_string(case_id), e);
  }
}

LogVerification CaseStore::verify_records(std::int64_t case_id,
                                          const std::vector<SignedTreeHead>& trusted_heads,
                                          const VerifyingKey* key) const {
  try {
    detail::ReadSnapshot snapshot(*impl_->db);
    if (!impl_->case_exists(case_id)) {
      throw NotFoundError("no case with id " + std::to_string(case_id));
    }
    const auto entries = impl_->read_records(case_id);
    const auto leaves = impl_->leaf_hashes(case_id);
    auto heads = impl_->read_heads(case_id);
    heads.insert(heads.end(), trusted_heads.begin(), trusted_heads.end());
    return verify_record_log(entries, leaves, heads, key);
  } catch (const DbError& e) {
    detail::storage_error("cannot read the record of case " + std::to_string(case_id), e);
  }
}

}  // namespace zhifa

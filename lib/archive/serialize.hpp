// Private: the Boost.Serialization form of a CaseArchive (docs/archive.md, "Payload").
//
// Every class is serialized by a free serialize() in boost::serialization, with its
// BOOST_CLASS_VERSION beside it. Contract for a change: add a field only at the end of a class,
// bump the class version, and load the field only when `version` is at least the new one, so
// every earlier file still loads. Version 0 is never written; a version newer than this code
// knows is refused by Boost (unsupported_class_version).
//
// Boost's own loaders trust their input, so nothing here hands a length or count read from the
// payload to Boost or to an allocator unchecked:
//  - strings, lists and optionals are written by the helpers below, not by Boost's collection
//    support; a list's count and a binary string's length are checked against the bytes left in
//    the input (BoundedBuf) and against the limits of archive.hpp before anything is reserved;
//  - booleans are read as integers and checked (a byte other than 0 or 1 is refused, never
//    loaded into a bool); enumerations, dates, identifiers and hashes are written as text and
//    parsed by zhifa's validating parsers;
//  - nothing is serialized through a pointer, so no class is ever created from a class name.
// Every error is an exception (ArchiveError here; Boost's and zhifa's own are translated by the
// caller).
#pragma once

#include <boost/archive/binary_iarchive.hpp>
#include <boost/archive/binary_oarchive.hpp>
#include <boost/archive/xml_iarchive.hpp>
#include <boost/archive/xml_oarchive.hpp>
#include <boost/serialization/nvp.hpp>
#include <boost/serialization/version.hpp>
#include <cstdint>
#include <optional>
#include <streambuf>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "zhifa/archive.hpp"
#include "zhifa/audit.hpp"
#include "zhifa/case.hpp"
#include "zhifa/date.hpp"
#include "zhifa/error.hpp"
#include "zhifa/identifiers.hpp"
#include "zhifa/merkle.hpp"
#include "zhifa/money.hpp"
#include "zhifa/party.hpp"

namespace zhifa::archive_detail {

/// A read-only stream buffer over bytes the caller keeps alive; knows how many are left.
class BoundedBuf : public std::streambuf {
 public:
  explicit BoundedBuf(std::string_view bytes) {
    char* p = const_cast<char*>(bytes.data());  // never written: this buffer has no put area
    setg(p, p, p + bytes.size());
  }
  std::uint64_t remaining() const { return static_cast<std::uint64_t>(egptr() - gptr()); }
};

/// The buffer being loaded on this thread, for the bounds checks; null while saving.
inline thread_local const BoundedBuf* current_input = nullptr;

/// Sets current_input for the lifetime of a load.
class LoadScope {
 public:
  explicit LoadScope(const BoundedBuf& buf) : previous_(current_input) { current_input = &buf; }
  ~LoadScope() { current_input = previous_; }
  LoadScope(const LoadScope&) = delete;
  LoadScope& operator=(const LoadScope&) = delete;

 private:
  const BoundedBuf* previous_;
};

template <class Archive>
inline constexpr bool kBinary = std::is_same_v<Archive, boost::archive::binary_iarchive> ||
                                std::is_same_v<Archive, boost::archive::binary_oarchive>;

/// Throws ArchiveError unless `count` items of at least one byte each can still be in the input
/// and `count` <= `limit`.
inline void check_count(std::uint64_t count, std::uint64_t limit, const char* what) {
  if (count > limit) {
    throw ArchiveError("archive payload: " + std::string(what) + " count " + std::to_string(count) +
                       " exceeds the limit " + std::to_string(limit));
  }
  if (current_input && count > current_input->remaining()) {
    throw ArchiveError("archive payload: " + std::string(what) + " count " + std::to_string(count) +
                       " exceeds the " + std::to_string(current_input->remaining()) +
                       " bytes left");
  }
}

/// Throws ArchiveError for version 0 (never written) or a version newer than T's current one
/// (written by a newer zhifa: its fields are unknown here).
template <class T>
void check_version(unsigned int version, const char* type) {
  const unsigned int current = boost::serialization::version<T>::value;
  if (version == 0 || version > current) {
    throw ArchiveError("archive payload: class " + std::string(type) + " has version " +
                       std::to_string(version) + ", this zhifa reads 1 to " +
                       std::to_string(current));
  }
}

// ---- enumerations by name ----------------------------------------------------------------------

template <class E>
struct EnumLast;  // the last enumerator, for the reverse look-up
#define ZHIFA_ENUM_LAST(E, last)     \
  template <>                        \
  struct EnumLast<E> {               \
    static constexpr E value = last; \
  };
ZHIFA_ENUM_LAST(CaseStatus, CaseStatus::kTransferred)
ZHIFA_ENUM_LAST(ProcedureKind, ProcedureKind::kSimple)
ZHIFA_ENUM_LAST(CaseSource, CaseSource::kOther)
ZHIFA_ENUM_LAST(EvidenceKind, EvidenceKind::kOnSiteRecord)
ZHIFA_ENUM_LAST(DocumentType, DocumentType::kOther)
ZHIFA_ENUM_LAST(ServiceMethod, ServiceMethod::kPublic)
ZHIFA_ENUM_LAST(PenaltyKind, PenaltyKind::kOtherByLaw)
ZHIFA_ENUM_LAST(Mitigation, Mitigation::kMitigated)
ZHIFA_ENUM_LAST(Outcome, Outcome::kTransferToJudicial)
ZHIFA_ENUM_LAST(ReviewVerdict, ReviewVerdict::kReject)
ZHIFA_ENUM_LAST(RecordStep, RecordStep::kOther)
ZHIFA_ENUM_LAST(RecordKind, RecordKind::kDocument)
ZHIFA_ENUM_LAST(DecisionChangeKind, DecisionChangeKind::kDeclaredVoid)
ZHIFA_ENUM_LAST(PartyKind, PartyKind::kOtherOrganization)
ZHIFA_ENUM_LAST(ItemSection, ItemSection::kContent)
ZHIFA_ENUM_LAST(CheckStatus, CheckStatus::kNotCheckable)
#undef ZHIFA_ENUM_LAST

/// The enumerator whose to_string() is `name`; ArchiveError naming it otherwise.
template <class E>
E enum_from_name(const std::string& name) {
  const int last = static_cast<int>(EnumLast<E>::value);
  for (int i = 0; i <= last; ++i) {
    if (to_string(static_cast<E>(i)) == name) return static_cast<E>(i);
  }
  throw ArchiveError("archive payload: unknown name '" + name + "'");
}

// ---- fields -------------------------------------------------------------------------------------

template <class Archive, class T>
void field(Archive& ar, const char* name, T& value);
template <class Archive, class T>
void field(Archive& ar, const char* name, std::optional<T>& value);
template <class Archive, class T>
void field(Archive& ar, const char* name, std::vector<T>& items);
template <class Archive, class A, class B>
void field(Archive& ar, const char* name, std::pair<A, B>& p);

/// Strings: XML as text; binary as a 64-bit length and the bytes, the length checked first.
template <class Archive>
void string_field(Archive& ar, const char* name, std::string& s) {
  if constexpr (!kBinary<Archive>) {
    ar& boost::serialization::make_nvp(name, s);
  } else if constexpr (Archive::is_saving::value) {
    std::uint64_t n = s.size();
    ar& n;
    if (n) ar.save_binary(s.data(), s.size());
  } else {
    std::uint64_t n = 0;
    ar& n;
    check_count(n, kMaxArchiveString, "string length");
    s.assign(static_cast<std::size_t>(n), '\0');
    if (n) ar.load_binary(s.data(), static_cast<std::size_t>(n));
  }
}

/// A value kept as text: `to_text` when saving, `from_text` (which validates) when loading.
template <class Archive, class T, class To, class From>
void text_field(Archive& ar, const char* name, T& value, To to_text, From from_text) {
  std::string text;
  if constexpr (Archive::is_saving::value) text = to_text(value);
  string_field(ar, name, text);
  if constexpr (Archive::is_loading::value) value = from_text(text);
}

/// Dates as ISO text; a special value (the default-constructed not-a-date-time, infinities) by
/// Boost's name for it.
inline std::string date_text(const Date& d) {
  if (d.is_not_a_date()) return "not-a-date-time";
  if (d.is_neg_infinity()) return "-infinity";
  if (d.is_pos_infinity()) return "+infinity";
  return iso(d);
}
inline Date date_from_text(const std::string& text) {
  if (text == "not-a-date-time") return Date(boost::date_time::not_a_date_time);
  if (text == "-infinity") return Date(boost::date_time::neg_infin);
  if (text == "+infinity") return Date(boost::date_time::pos_infin);
  return parse_iso_date(text);
}

template <class Archive, class T>
void field(Archive& ar, const char* name, T& value) {
  using boost::serialization::make_nvp;
  if constexpr (std::is_same_v<T, std::string>) {
    string_field(ar, name, value);
  } else if constexpr (std::is_same_v<T, bool>) {
    // Read as an integer: a byte other than 0 or 1 must not become a bool.
    using Wire = std::conditional_t<kBinary<Archive>, std::uint8_t, unsigned>;
    Wire w = value ? 1 : 0;
    ar& make_nvp(name, w);
    if constexpr (Archive::is_loading::value) {
      if (w > 1)
        throw ArchiveError("archive payload: boolean " + std::string(name) + " is " +
                           std::to_string(w));
      value = w == 1;
    }
  } else if constexpr (std::is_enum_v<T>) {
    text_field(
        ar, name, value, [](T e) { return to_string(e); },
        [](const std::string& s) { return enum_from_name<T>(s); });
  } else if constexpr (std::is_arithmetic_v<T>) {
    ar& make_nvp(name, value);
  } else if constexpr (std::is_same_v<T, Date>) {
    text_field(ar, name, value, date_text, date_from_text);
  } else if constexpr (std::is_same_v<T, Money>) {
    std::int64_t fen = value.fen();
    ar& make_nvp(name, fen);
    if constexpr (Archive::is_loading::value) value = Money::from_fen(fen);
  } else if constexpr (std::is_same_v<T, Hash>) {
    text_field(
        ar, name, value, [](const Hash& h) { return to_hex(h); },
        [](const std::string& s) { return hash_from_hex(s); });
  } else {
    ar& make_nvp(name, value);  // a class: its serialize() below, with its version
  }
}

/// An optional: a presence flag, then the value.
template <class Archive, class T>
void field(Archive& ar, const char* name, std::optional<T>& value) {
  bool present = value.has_value();
  field(ar, name, present);
  if constexpr (Archive::is_saving::value) {
    if (!present) return;
    if constexpr (std::is_same_v<T, ResidentId> || std::is_same_v<T, CreditCode>) {
      std::string s = value->str();
      field(ar, "value", s);
    } else {
      field(ar, "value", *value);
    }
  } else {
    value.reset();
    if (!present) return;
    if constexpr (std::is_same_v<T, ResidentId> || std::is_same_v<T, CreditCode>) {
      std::string s;
      field(ar, "value", s);
      value.emplace(s);  // validates: ValidationError for a bad identifier
    } else {
      T item{};
      field(ar, "value", item);
      value = std::move(item);
    }
  }
}

/// A list: its count, then the items. The count is checked before anything is reserved.
template <class Archive, class T>
void field(Archive& ar, const char* name, std::vector<T>& items) {
  std::uint64_t count = items.size();
  ar& boost::serialization::make_nvp(name, count);
  if constexpr (Archive::is_saving::value) {
    for (T& item : items) field(ar, "item", item);
  } else {
    check_count(count, kMaxArchiveElements, name);
    items.clear();
    items.reserve(static_cast<std::size_t>(count));
    for (std::uint64_t i = 0; i < count; ++i) {
      T item{};
      field(ar, "item", item);
      items.push_back(std::move(item));
    }
  }
}

/// A pair: its two halves in order.
template <class Archive, class A, class B>
void field(Archive& ar, const char*, std::pair<A, B>& p) {
  field(ar, "first", p.first);
  field(ar, "second", p.second);
}

}  // namespace zhifa::archive_detail

// ---- the classes -------------------------------------------------------------------------------
// Each serialize() lists the fields in the order they are written; payload format 1 writes
// every class at version 1.

#define ZHIFA_F(member) ::zhifa::archive_detail::field(ar, #member, x.member)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Party& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Party>(version, "Party");
  ZHIFA_F(id);
  ZHIFA_F(kind);
  ZHIFA_F(name);
  ZHIFA_F(resident_id);
  ZHIFA_F(birth_date);
  ZHIFA_F(credit_code);
  ZHIFA_F(legal_representative);
  ZHIFA_F(phone);
  ZHIFA_F(address);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Party, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Violation& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Violation>(version, "Violation");
  ZHIFA_F(item_code);
  ZHIFA_F(description);
  ZHIFA_F(violated_provision);
  ZHIFA_F(penalty_provision);
  ZHIFA_F(act_date);
  ZHIFA_F(act_ended);
  ZHIFA_F(discovered);
  ZHIFA_F(life_health_or_financial_harm);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Violation, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Evidence& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Evidence>(version, "Evidence");
  ZHIFA_F(id);
  ZHIFA_F(kind);
  ZHIFA_F(description);
  ZHIFA_F(collected_on);
  ZHIFA_F(verified);
  ZHIFA_F(lawfully_obtained);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Evidence, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::ServiceRecord& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::ServiceRecord>(version, "ServiceRecord");
  ZHIFA_F(method);
  ZHIFA_F(served_on);
  ZHIFA_F(recipient);
  ZHIFA_F(electronic_consent);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::ServiceRecord, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Document& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Document>(version, "Document");
  ZHIFA_F(id);
  ZHIFA_F(type);
  ZHIFA_F(number);
  ZHIFA_F(date);
  ZHIFA_F(signatories);
  ZHIFA_F(service);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Document, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Penalty& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Penalty>(version, "Penalty");
  ZHIFA_F(kind);
  ZHIFA_F(amount);
  ZHIFA_F(detail);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Penalty, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::RightsNotice& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::RightsNotice>(version, "RightsNotice");
  ZHIFA_F(served_on);
  ZHIFA_F(proposed);
  ZHIFA_F(hearing_right_notified);
  ZHIFA_F(statement_waived_on);
  ZHIFA_F(statement_made_on);
  ZHIFA_F(hearing_waived_on);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::RightsNotice, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Hearing& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Hearing>(version, "Hearing");
  ZHIFA_F(requested_on);
  ZHIFA_F(notified_on);
  ZHIFA_F(scheduled_for);
  ZHIFA_F(presiding_officer_id);
  ZHIFA_F(held_on);
  ZHIFA_F(waived_by_absence);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Hearing, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::ReviewFinding& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::ReviewFinding>(version, "ReviewFinding");
  ZHIFA_F(item);
  ZHIFA_F(satisfied);
  ZHIFA_F(note);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::ReviewFinding, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::LegalReview& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::LegalReview>(version, "LegalReview");
  ZHIFA_F(reviewed_on);
  ZHIFA_F(reviewer_id);
  ZHIFA_F(verdict);
  ZHIFA_F(opinion);
  ZHIFA_F(submitted_on);
  ZHIFA_F(findings);
  ZHIFA_F(grounds);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::LegalReview, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::CollectiveDiscussion& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::CollectiveDiscussion>(version,
                                                                    "CollectiveDiscussion");
  ZHIFA_F(held_on);
  ZHIFA_F(participants);
  ZHIFA_F(conclusion);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::CollectiveDiscussion, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Decision& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Decision>(version, "Decision");
  ZHIFA_F(outcome);
  ZHIFA_F(penalties);
  ZHIFA_F(decided_on);
  ZHIFA_F(document_number);
  ZHIFA_F(on_the_spot);
  ZHIFA_F(mitigation);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Decision, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Payment& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Payment>(version, "Payment");
  ZHIFA_F(paid_on);
  ZHIFA_F(amount);
  ZHIFA_F(collected_on_the_spot);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Payment, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::PaymentArrangement& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::PaymentArrangement>(version, "PaymentArrangement");
  ZHIFA_F(applied_on);
  ZHIFA_F(approved_on);
  ZHIFA_F(approver);
  ZHIFA_F(instalments);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::PaymentArrangement, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::RemedyPeriod& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::RemedyPeriod>(version, "RemedyPeriod");
  ZHIFA_F(from);
  ZHIFA_F(to);
  ZHIFA_F(kind);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::RemedyPeriod, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::CaseEvent& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::CaseEvent>(version, "CaseEvent");
  ZHIFA_F(on);
  ZHIFA_F(from);
  ZHIFA_F(to);
  ZHIFA_F(action);
  ZHIFA_F(officer_id);
  ZHIFA_F(note);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::CaseEvent, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::RecordEntry& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::RecordEntry>(version, "RecordEntry");
  ZHIFA_F(seq);
  ZHIFA_F(on);
  ZHIFA_F(time);
  ZHIFA_F(place);
  ZHIFA_F(officers);
  ZHIFA_F(step);
  ZHIFA_F(kind);
  ZHIFA_F(description);
  ZHIFA_F(media_sha256);
  ZHIFA_F(media_ref);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::RecordEntry, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::DecisionChange& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::DecisionChange>(version, "DecisionChange");
  ZHIFA_F(on);
  ZHIFA_F(kind);
  ZHIFA_F(by);
  ZHIFA_F(reason);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::DecisionChange, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Publication& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Publication>(version, "Publication");
  ZHIFA_F(published_on);
  ZHIFA_F(reference);
  ZHIFA_F(withdrawn_on);
  ZHIFA_F(withdrawal_reason);
  ZHIFA_F(removed_on);
  ZHIFA_F(removal_reason);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Publication, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::CaseFlags& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::CaseFlags>(version, "CaseFlags");
  ZHIFA_F(complex_or_serious);
  ZHIFA_F(major_public_interest);
  ZHIFA_F(major_rights);
  ZHIFA_F(complex_legal_relations);
  ZHIFA_F(review_required_by_law);
  ZHIFA_F(mental_incapacity);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::CaseFlags, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Suspension& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Suspension>(version, "Suspension");
  ZHIFA_F(from);
  ZHIFA_F(to);
  ZHIFA_F(reason);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Suspension, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Extension& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Extension>(version, "Extension");
  ZHIFA_F(length);
  ZHIFA_F(approver);
  ZHIFA_F(reason);
  ZHIFA_F(approved_on);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Extension, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Case& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Case>(version, "Case");
  ZHIFA_F(id);
  ZHIFA_F(version);
  ZHIFA_F(number);
  ZHIFA_F(agency_code);
  ZHIFA_F(power_code);
  ZHIFA_F(procedure);
  ZHIFA_F(status);
  ZHIFA_F(source);
  ZHIFA_F(title);
  ZHIFA_F(facts);
  ZHIFA_F(lead_on);
  ZHIFA_F(filed_on);
  ZHIFA_F(parties);
  ZHIFA_F(violations);
  ZHIFA_F(evidence);
  ZHIFA_F(documents);
  ZHIFA_F(investigators);
  ZHIFA_F(events);
  ZHIFA_F(flags);
  ZHIFA_F(notice);
  ZHIFA_F(hearing);
  ZHIFA_F(reviews);
  ZHIFA_F(discussion);
  ZHIFA_F(decision);
  ZHIFA_F(served_on);
  ZHIFA_F(payments);
  ZHIFA_F(arrangement);
  ZHIFA_F(remedies);
  ZHIFA_F(closed_on);
  ZHIFA_F(decision_suspensions);
  ZHIFA_F(decision_extensions);
  ZHIFA_F(records);
  ZHIFA_F(decision_change);
  ZHIFA_F(publication);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Case, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::TreeHead& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::TreeHead>(version, "TreeHead");
  ZHIFA_F(size);
  ZHIFA_F(root);
  ZHIFA_F(timestamp);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::TreeHead, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::SignedTreeHead& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::SignedTreeHead>(version, "SignedTreeHead");
  ZHIFA_F(head);
  ZHIFA_F(key_id);
  ZHIFA_F(signature);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::SignedTreeHead, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::Finding& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::Finding>(version, "Finding");
  ZHIFA_F(item_id);
  ZHIFA_F(check_id);
  ZHIFA_F(code);
  ZHIFA_F(article);
  ZHIFA_F(deduction);
  ZHIFA_F(veto);
  ZHIFA_F(message);
  ZHIFA_F(reviewer);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::Finding, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::ItemResult& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::ItemResult>(version, "ItemResult");
  ZHIFA_F(item_id);
  ZHIFA_F(section);
  ZHIFA_F(status);
  ZHIFA_F(score);
  ZHIFA_F(reason);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::ItemResult, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::AuditResult& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::AuditResult>(version, "AuditResult");
  ZHIFA_F(case_id);
  ZHIFA_F(number);
  ZHIFA_F(agency_code);
  ZHIFA_F(status);
  ZHIFA_F(officers);
  ZHIFA_F(findings);
  ZHIFA_F(items);
  ZHIFA_F(vetoed);
  ZHIFA_F(form_score);
  ZHIFA_F(content_score);
  ZHIFA_F(total);
  ZHIFA_F(grade);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::AuditResult, 1)

namespace boost::serialization {
template <class Archive>
void serialize(Archive& ar, zhifa::CaseArchive& x, const unsigned int version) {
  zhifa::archive_detail::check_version<zhifa::CaseArchive>(version, "CaseArchive");
  ::zhifa::archive_detail::field(ar, "case", x.c);
  ZHIFA_F(record_heads);
  ZHIFA_F(audit_results);
}
}  // namespace boost::serialization
BOOST_CLASS_VERSION(zhifa::CaseArchive, 1)

#undef ZHIFA_F

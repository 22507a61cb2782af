// Parties (当事人) of an enforcement case: natural persons, legal persons and other
// organisations, with what service and the age rules of 行政处罚法 Art. 30 need.
#pragma once

#include <optional>
#include <string>

#include "zhifa/date.hpp"
#include "zhifa/identifiers.hpp"

namespace zhifa {

/// 自然人 / 法人 / 其他组织.
enum class PartyKind { kNaturalPerson, kLegalPerson, kOtherOrganization };

/// A party. A natural person is identified by a resident ID (whose birth date gives the age for
/// Art. 30) or, for a person without one (a foreigner, say), by a stated birth date; an
/// organisation by its unified social credit code and legal representative. Construct through
/// the factories, which validate; a Party is then a plain value.
struct Party {
  std::string id;  ///< the party's key within its case, e.g. "P1"
  PartyKind kind = PartyKind::kLegalPerson;
  std::string name;
  std::optional<ResidentId> resident_id;  ///< natural persons
  std::optional<Date> birth_date;         ///< natural persons: from the ID, or stated
  std::optional<CreditCode> credit_code;  ///< organisations
  std::string legal_representative;       ///< organisations: 法定代表人 / 负责人
  std::string phone;
  std::string address;  ///< address for service (送达地址)

  /// Throws ValidationError for an empty name.
  static Party natural_person(std::string id, std::string name, ResidentId resident_id,
                              std::string phone = "", std::string address = "");
  /// A natural person without a resident ID, with the birth date as stated.
  static Party natural_person_born(std::string id, std::string name, Date birth_date,
                                   std::string phone = "", std::string address = "");
  /// Throws ValidationError for an empty name or legal representative.
  static Party organization(std::string id, PartyKind kind, std::string name, CreditCode code,
                            std::string legal_representative, std::string phone = "",
                            std::string address = "");

  bool is_natural_person() const { return kind == PartyKind::kNaturalPerson; }
  /// Full years of age on `on` (the birthday counts from its day), or nothing for an
  /// organisation. Used for 行政处罚法 Art. 30: under 14 no penalty, 14-17 lighter or mitigated.
  std::optional<int> age_on(Date on) const;
  /// The identifier as text: the resident ID or the credit code (empty when there is none).
  std::string identifier() const;

  friend bool operator==(const Party&, const Party&) = default;
};

}  // namespace zhifa

#include "zhifa/party.hpp"

#include "zhifa/error.hpp"

namespace zhifa {

Party Party::natural_person(std::string id, std::string name, ResidentId resident_id,
                            std::string phone, std::string address) {
  if (name.empty()) throw ValidationError("a natural person needs a name");
  Party p;
  p.id = std::move(id);
  p.kind = PartyKind::kNaturalPerson;
  p.name = std::move(name);
  p.birth_date = resident_id.birth_date();
  p.resident_id = std::move(resident_id);
  p.phone = std::move(phone);
  p.address = std::move(address);
  return p;
}

Party Party::natural_person_born(std::string id, std::string name, Date birth_date,
                                 std::string phone, std::string address) {
  if (name.empty()) throw ValidationError("a natural person needs a name");
  if (birth_date.is_special())
    throw ValidationError("party '" + name + "': birth date is not a date");
  Party p;
  p.id = std::move(id);
  p.kind = PartyKind::kNaturalPerson;
  p.name = std::move(name);
  p.birth_date = birth_date;
  p.phone = std::move(phone);
  p.address = std::move(address);
  return p;
}

Party Party::organization(std::string id, PartyKind kind, std::string name, CreditCode code,
                          std::string legal_representative, std::string phone,
                          std::string address) {
  if (kind == PartyKind::kNaturalPerson) {
    throw ValidationError("Party::organization: use natural_person for a natural person");
  }
  if (name.empty()) throw ValidationError("an organisation needs a name");
  if (legal_representative.empty()) {
    throw ValidationError("organisation '" + name + "' needs its legal representative");
  }
  Party p;
  p.id = std::move(id);
  p.kind = kind;
  p.name = std::move(name);
  p.credit_code = std::move(code);
  p.legal_representative = std::move(legal_representative);
  p.phone = std::move(phone);
  p.address = std::move(address);
  return p;
}

std::optional<int> Party::age_on(Date on) const {
  if (kind != PartyKind::kNaturalPerson || !birth_date) return std::nullopt;
  auto b = birth_date->year_month_day();
  auto d = on.year_month_day();
  int age = d.year - b.year;
  if (d.month < b.month || (d.month == b.month && d.day < b.day)) --age;
  return age;
}

std::string Party::identifier() const {
  if (resident_id) return resident_id->str();
  if (credit_code) return credit_code->str();
  return "";
}

}  // namespace zhifa

#include "zhifa/identifiers.hpp"

#include <array>
#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "util/utf8.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

// GB 11643-1999 (ISO 7064 MOD 11-2): weights 2^(18-i) mod 11 for positions 1..17, and the check
// character for S mod 11 = 0..10.
constexpr std::array<int, 17> kRicWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::string_view kRicCheck = "10X98765432";

// GB 32100-2015: alphabet (value = index) and weights 3^(i-1) mod 31.
constexpr std::string_view kUsccAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
constexpr std::array<int, 17> kUsccWeights = {1,  3,  9,  27, 19, 26, 16, 17, 20,
                                              29, 25, 13, 8,  24, 10, 30, 28};

std::string at(std::size_t pos) { return "position " + std::to_string(pos + 1); }

std::string shown(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u >= 0x20 && u < 0x7F) return std::string("'") + c + "'";
  return "byte 0x" + std::string(1, "0123456789ABCDEF"[u >> 4]) + "0123456789ABCDEF"[u & 15];
}

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

// Validates and normalises a resident ID; returns the reason on failure.
std::optional<std::string> check_ric(std::string_view text, std::string* normalised,
                                     boost::gregorian::date* birth) {
  if (text.size() != 18) {
    return "must have 18 characters, has " + std::to_string(detail::utf8_length(text));
  }
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    if (text[i] < '0' || text[i] > '9') return at(i) + ": " + shown(text[i]) + " is not a digit";
    sum += (text[i] - '0') * kRicWeights[i];
  }
  char check = upper(text[17]);
  if (!(check >= '0' && check <= '9') && check != 'X') {
    return at(17) + ": check character " + shown(text[17]) + " is not a digit or X";
  }
  auto num = [&](std::size_t from, std::size_t len) {
    int v = 0;
    for (std::size_t k = from; k < from + len; ++k) v = v * 10 + (text[k] - '0');
    return v;
  };
  int y = num(6, 4), m = num(10, 2), d = num(12, 2);
  boost::gregorian::date date;
  try {
    date = boost::gregorian::date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                                  static_cast<unsigned short>(d));
  } catch (const std::out_of_range&) {
    return "positions 7-14: birth date " + std::string(text.substr(6, 8)) + " does not exist";
  }
  char expected = kRicCheck[static_cast<std::size_t>(sum % 11)];
  if (check != expected) {
    return at(17) + ": check character is " + shown(text[17]) + ", expected '" + expected + "'";
  }
  if (normalised) {
    *normalised = std::string(text.substr(0, 17)) + check;
  }
  if (birth) *birth = date;
  return std::nullopt;
}

std::optional<std::string> check_uscc(std::string_view text, std::string* normalised) {
  if (text.size() != 18) {
    return "must have 18 characters, has " + std::to_string(detail::utf8_length(text));
  }
  std::string value(18, '0');
  int sum = 0;
  for (std::size_t i = 0; i < 18; ++i) {
    char c = upper(text[i]);
    auto v = kUsccAlphabet.find(c);
    if (v == std::string_view::npos) {
      return at(i) + ": " + shown(text[i]) +
             " is not allowed (digits and the letters A-Y without I, O, S, V, Z)";
    }
    if (i >= 2 && i < 8 && v >= 10) {
      return at(i) + ": " + shown(text[i]) + " is not a digit (positions 3-8 are a division code)";
    }
    if (i < 17) sum += static_cast<int>(v) * kUsccWeights[i];
    value[i] = c;
  }
  char expected = kUsccAlphabet[static_cast<std::size_t>((31 - sum % 31) % 31)];
  if (value[17] != expected) {
    return at(17) + ": check character is " + shown(text[17]) + ", expected '" + expected + "'";
  }
  if (normalised) *normalised = value;
  return std::nullopt;
}

}  // namespace

ResidentId::ResidentId(std::string_view text) {
  if (auto why = check_ric(text, &value_, &birth_date_)) {
    throw ValidationError("invalid resident ID number: " + *why);
  }
}

Sex ResidentId::sex() const { return (value_[16] - '0') % 2 == 1 ? Sex::kMale : Sex::kFemale; }

std::optional<std::string> ResidentId::why_invalid(std::string_view text) {
  return check_ric(text, nullptr, nullptr);
}

CreditCode::CreditCode(std::string_view text) {
  if (auto why = check_uscc(text, &value_)) {
    throw ValidationError("invalid unified social credit code: " + *why);
  }
}

std::optional<std::string> CreditCode::organization_code_warning() const {
  // GB 11714 as commonly implemented (not verified against the standard): weights on the first 8
  // characters, letters A=10 .. Z=35; check = 11 - S mod 11, with 10 -> 'X' and 11 -> '0'.
  constexpr std::array<int, 8> kWeights = {3, 7, 9, 10, 5, 8, 4, 2};
  std::string code = organization_code();
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    char c = code[i];
    int v = (c >= '0' && c <= '9') ? c - '0' : c - 'A' + 10;
    sum += v * kWeights[i];
  }
  int r = 11 - sum % 11;
  char expected = r == 10 ? 'X' : r == 11 ? '0' : static_cast<char>('0' + r);
  if (code[8] == expected) return std::nullopt;
  return "organisation code " + code + " (positions 9-17) fails the GB 11714 check: expected '" +
         expected + "' at position 17 (a warning only: this rule is unverified)";
}

std::optional<std::string> CreditCode::why_invalid(std::string_view text) {
  return check_uscc(text, nullptr);
}

bool is_valid_resident_id(std::string_view text) { return !ResidentId::why_invalid(text); }
bool is_valid_credit_code(std::string_view text) { return !CreditCode::why_invalid(text); }

}  // namespace zhifa

// Identifiers of parties: the citizen identity number (公民身份号码, GB 11643-1999) and the
// unified social credit code (统一社会信用代码, GB 32100-2015). Both are value types that can only
// hold a valid identifier: construction refuses invalid input with a ValidationError naming the
// position (1-based) and the reason.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "zhifa/date.hpp"

namespace zhifa {

/// The sex encoded by the parity of a resident ID's sequence code (odd = male, even = female).
enum class Sex { kMale, kFemale };

/// An 18-character citizen identity number (公民身份号码), GB 11643-1999: a 6-digit address code,
/// the birth date YYYYMMDD, a 3-digit sequence code and an ISO 7064 MOD 11-2 check character
/// (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check "10X98765432"). A lowercase 'x' is
/// accepted and normalised to 'X'. The number is personal data: keep it out of logs.
class ResidentId {
 public:
  /// Throws ValidationError when `text` is not a valid identity number: wrong length, a
  /// non-digit, a birth date that does not exist, or a wrong check character.
  explicit ResidentId(std::string_view text);

  const std::string& str() const { return value_; }
  std::string address_code() const { return value_.substr(0, 6); }
  Date birth_date() const { return birth_date_; }
  Sex sex() const;

  /// The reason `text` is not a valid identity number, or nothing when it is valid.
  static std::optional<std::string> why_invalid(std::string_view text);

  friend bool operator==(const ResidentId&, const ResidentId&) = default;

 private:
  std::string value_;
  Date birth_date_;
};

/// An 18-character unified social credit code (统一社会信用代码), GB 32100-2015. Characters come
/// from "0123456789ABCDEFGHJKLMNPQRTUWXY" (no I, O, S, V, Z); positions 3-8 (the division code)
/// are digits; the check character is (31 - sum(value * 3^(i-1) mod 31) mod 31) mod 31. Lowercase
/// letters are accepted and normalised to uppercase.
class CreditCode {
 public:
  /// Throws ValidationError when `text` is not a valid code.
  explicit CreditCode(std::string_view text);

  const std::string& str() const { return value_; }
  char registration_authority() const { return value_[0]; }  ///< 登记管理部门码
  char entity_type() const { return value_[1]; }             ///< 机构类别码
  std::string division_code() const { return value_.substr(2, 6); }
  std::string organization_code() const { return value_.substr(8, 9); }  ///< 主体标识码

  /// The inner check of positions 9-17 as a GB 11714 organisation code (weights 3 7 9 10 5 8 4
  /// 2). This rule is not verified against the standard's text, so it is only a warning: the
  /// message when the inner check fails, nothing when it passes. Never a reason to refuse a code.
  std::optional<std::string> organization_code_warning() const;

  /// The reason `text` is not a valid code, or nothing when it is valid.
  static std::optional<std::string> why_invalid(std::string_view text);

  friend bool operator==(const CreditCode&, const CreditCode&) = default;

 private:
  std::string value_;
};

/// True when `text` is a valid 18-character resident identity number (GB 11643-1999).
bool is_valid_resident_id(std::string_view text);
/// True when `text` is a valid unified social credit code (GB 32100-2015).
bool is_valid_credit_code(std::string_view text);

}  // namespace zhifa

// Enforcement bodies (执法主体), their power items (权责清单事项) and their officers with
// enforcement certificates (行政执法证件).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhifa/citation.hpp"
#include "zhifa/date.hpp"

namespace zhifa {

/// The kind of a power item on the agency's list of powers and responsibilities.
enum class PowerKind {
  kPenalty,     ///< 行政处罚
  kCompulsion,  ///< 行政强制
  kInspection,  ///< 行政检查
  kLicensing,   ///< 行政许可
  kOther,
};

/// A power item (权责清单事项): what an agency may do and on which legal basis. Where the power
/// is delegated (e.g. to a development zone, 园区赋权), `delegated_to` names the body that
/// exercises it in the agency's name.
struct PowerItem {
  std::string code;  ///< e.g. "DRC-CF-018"
  std::string name;
  PowerKind kind = PowerKind::kPenalty;
  std::vector<Citation> basis;
  std::string agency_code;   ///< the agency holding the power
  std::string delegated_to;  ///< empty when not delegated
};

/// An enforcement certificate (行政执法证): the officer may enforce on the days it is valid.
struct Certificate {
  std::string number;
  Date valid_from;
  Date valid_to;
  std::string agency_code;  ///< the agency that issued it / the officer serves
  bool valid_on(Date d) const { return valid_from <= d && d <= valid_to; }
};

/// An enforcement officer.
struct Officer {
  std::string id;
  std::string name;
  std::optional<Certificate> certificate;
  /// Holds the national legal professional qualification (法律职业资格), which 行政处罚法 Art. 58
  /// ¶2 requires of a first-time legal reviewer.
  bool legal_professional_qualification = false;
  /// Has done legal review of penalty decisions before (so Art. 58 ¶2 no longer applies).
  bool experienced_reviewer = false;
  bool exam_passed = false;  ///< passed the enforcement qualification exam

  /// Certified for `agency_code` on `on` (行政处罚法 Art. 42: 具有行政执法资格).
  bool certified_on(Date on, const std::string& agency_code) const {
    return certificate && certificate->valid_on(on) && certificate->agency_code == agency_code;
  }
};

/// An enforcement body with its case-number prefix (e.g. 大发改罚 for 大连市发展和改革委员会), its
/// power items and its officers. Case numbers follow "{prefix}〔{year}〕{n}号".
struct Agency {
  std::string code;
  std::string name;
  std::string case_prefix;
  std::vector<PowerItem> powers;
  std::vector<Officer> officers;

  /// Throws NotFoundError naming the code.
  const PowerItem& power(const std::string& code) const;
  const Officer& officer(const std::string& id) const;
  bool holds_power(const std::string& power_code) const;
  /// "大发改罚〔2024〕12号".
  std::string case_number(int year, int serial) const;
};

/// "penalty", "compulsion", "inspection", "licensing", "other".
std::string to_string(PowerKind kind);
/// The inverse; ValidationError naming the text and the accepted names.
PowerKind power_kind_from_string(std::string_view text);

/// The agency as a JSON document in the format "zhifa-agency", version 1 (docs/agency-format.md):
/// code, name, case prefix, power items and officers with their certificates.
std::string agency_to_json(const Agency& agency);
/// The inverse. DataFileError naming `source`, the path and the reason for a malformed document
/// (a missing code or prefix, a certificate valid_to before valid_from, two officers with one id).
Agency agency_from_json(std::string_view json, std::string_view source = "<string>");

}  // namespace zhifa

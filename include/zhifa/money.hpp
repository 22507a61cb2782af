// Money: an exact amount of renminbi as an integer count of fen (分). No floating point is used
// anywhere: parsing, formatting and arithmetic are integer-only and checked.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace zhifa {

/// How Money::mul_div rounds a result that is not a whole number of fen.
enum class Rounding {
  kDown,    ///< toward zero
  kUp,      ///< away from zero
  kHalfUp,  ///< to nearest, halves away from zero (四舍五入)
};

/// An amount of money in fen (1 yuan = 100 fen). A regular value type; may be negative (a
/// refund, a difference). Every operation that would leave the int64 range throws
/// zhifa::OverflowError naming the operands; nothing wraps around silently. Thread-safe as any
/// value type.
class Money {
 public:
  constexpr Money() = default;

  /// An amount of exactly `fen` fen.
  static constexpr Money from_fen(std::int64_t fen) { return Money(fen); }
  /// An amount of whole yuan; throws OverflowError beyond the range.
  static Money from_yuan(std::int64_t yuan);

  /// Parses a yuan amount as agencies write it: optional sign, optional "¥"/"￥", digits with
  /// optional thousands commas in groups of three, an optional decimal part, and an optional
  /// unit "元", "万", "万元", "亿" or "亿元". Examples: "1,234.56", "1234.5元", "1.5万" (=
  /// 15,000.00), "0.35亿". The result must be a whole number of fen: "1.234" is refused.
  /// Throws ValidationError naming the text, the position (1-based, in characters) and the reason.
  static Money parse(std::string_view text);

  constexpr std::int64_t fen() const { return fen_; }

  /// "1,234.56" (always two decimals, thousands commas, "-" for negative amounts).
  std::string to_string() const;

  Money operator+(Money other) const;
  Money operator-(Money other) const;
  Money operator-() const;
  Money operator*(std::int64_t factor) const;
  Money& operator+=(Money other) { return *this = *this + other; }
  Money& operator-=(Money other) { return *this = *this - other; }

  /// this * numerator / denominator, rounded as asked, computed exactly in 128 bits. For example
  /// 3 ‰ of a total investment is `total.mul_div(3, 1000, Rounding::kDown)`. Throws
  /// ValidationError for a zero denominator and OverflowError when the result leaves the range.
  Money mul_div(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const;

  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  constexpr explicit Money(std::int64_t fen) : fen_(fen) {}
  std::int64_t fen_ = 0;
};

inline Money operator*(std::int64_t factor, Money m) { return m * factor; }

}  // namespace zhifa

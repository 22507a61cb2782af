#include "zhifa/money.hpp"

#include <algorithm>
#include <limits>

#include "util/utf8.hpp"
#include "zhifa/error.hpp"

namespace zhifa {
namespace {

using Limits = std::numeric_limits<std::int64_t>;
__extension__ typedef __int128 Int128;  // exact intermediate for checked arithmetic

std::string fen_text(std::int64_t fen) { return std::to_string(fen) + " fen"; }

[[noreturn]] void parse_error(std::string_view text, std::size_t pos, const std::string& why) {
  throw ValidationError("invalid money amount '" + std::string(text) + "' at position " +
                        std::to_string(pos + 1) + ": " + why);
}

// `what` names the operation for the error; it is only called when the value overflows.
template <typename What>
std::int64_t checked(Int128 v, What&& what) {
  if (v > Limits::max() || v < Limits::min()) {
    throw OverflowError("money overflow: " + what() + " is outside the range of int64 fen");
  }
  return static_cast<std::int64_t>(v);
}

// Character (not byte) position of byte offset `byte` in `s`, for error messages.
std::size_t char_pos(std::string_view s, std::size_t byte) {
  return detail::utf8_length(s.substr(0, std::min(byte, s.size())));
}

}  // namespace

Money Money::from_yuan(std::int64_t yuan) {
  return Money(
      checked(static_cast<Int128>(yuan) * 100, [&] { return std::to_string(yuan) + " yuan"; }));
}

Money Money::parse(std::string_view text) {
  auto fail = [&](std::size_t byte, const std::string& why) {
    parse_error(text, char_pos(text, byte), why);
  };
  // |INT64_MIN| fen: the largest magnitude, reachable only by a negative amount.
  const Int128 kMaxMagnitude = static_cast<Int128>(Limits::max()) + 1;
  auto too_large = [&] {
    throw OverflowError("money amount '" + std::string(text) +
                        "' is outside the range of int64 fen (about ±92 quadrillion yuan)");
  };
  std::size_t i = 0;
  bool negative = false;
  if (text.empty()) parse_error(text, 0, "empty text");
  if (text[i] == '-' || text[i] == '+') negative = text[i++] == '-';
  for (std::string_view sym : {"¥", "￥"}) {
    if (text.substr(i).starts_with(sym)) {
      i += sym.size();
      break;
    }
  }
  // Integer part with optional, well-placed thousands separators.
  Int128 integer = 0;
  std::size_t digits = 0, group = 0;
  bool grouped = false;
  std::size_t start = i;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c >= '0' && c <= '9') {
      integer = integer * 10 + (c - '0');
      if (integer > kMaxMagnitude) too_large();
      ++digits;
      ++group;
    } else if (c == ',') {
      if (digits == 0) fail(i, "a thousands separator cannot come first");
      if ((grouped && group != 3) || (!grouped && group > 3)) {
        fail(i, "thousands separators must group digits by three");
      }
      grouped = true;
      group = 0;
    } else {
      break;
    }
  }
  if (grouped && group != 3) fail(i, "thousands separators must group digits by three");
  if (digits == 0) fail(start, "expected a digit");
  // Fraction.
  std::string fraction;
  if (i < text.size() && text[i] == '.') {
    ++i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) fraction += text[i];
    if (fraction.empty()) fail(i, "expected a digit after the decimal point");
  }
  // Unit.
  int unit_exponent = 0;  // power of ten of the unit, in yuan
  std::string_view rest = text.substr(i);
  if (rest == "" || rest == "元") {
    unit_exponent = 0;
  } else if (rest == "万" || rest == "万元") {
    unit_exponent = 4;
  } else if (rest == "亿" || rest == "亿元") {
    unit_exponent = 8;
  } else {
    fail(i, "unexpected '" + std::string(rest.substr(0, detail::utf8_char_size(rest, 0))) +
                "' (allowed units: 元, 万, 万元, 亿, 亿元)");
  }
  // value in fen = (integer.fraction) * 10^(unit_exponent + 2)
  const int scale = unit_exponent + 2;
  while (fraction.size() > static_cast<std::size_t>(scale) && fraction.back() == '0') {
    fraction.pop_back();
  }
  if (fraction.size() > static_cast<std::size_t>(scale)) {
    fail(i - 1, "more decimal places than a whole number of fen (1 fen = 0.01 yuan)");
  }
  Int128 fen = integer;
  for (int k = 0; k < scale; ++k) {
    fen = fen * 10;
    if (static_cast<std::size_t>(k) < fraction.size()) fen += fraction[k] - '0';
    if (fen > kMaxMagnitude) too_large();
  }
  if (!negative && fen > static_cast<Int128>(Limits::max())) too_large();
  return Money(static_cast<std::int64_t>(negative ? -fen : fen));
}

std::string Money::to_string() const {
  // Work on the magnitude in unsigned 64 bits so that INT64_MIN formats correctly.
  std::uint64_t magnitude =
      fen_ < 0 ? 0 - static_cast<std::uint64_t>(fen_) : static_cast<std::uint64_t>(fen_);
  std::string yuan = std::to_string(magnitude / 100);
  std::string out;
  for (std::size_t k = 0; k < yuan.size(); ++k) {
    if (k > 0 && (yuan.size() - k) % 3 == 0) out += ',';
    out += yuan[k];
  }
  auto cents = magnitude % 100;
  out += '.';
  out += static_cast<char>('0' + cents / 10);
  out += static_cast<char>('0' + cents % 10);
  return fen_ < 0 ? "-" + out : out;
}

Money Money::operator+(Money other) const {
  return Money(checked(static_cast<Int128>(fen_) + other.fen_,
                       [&] { return fen_text(fen_) + " + " + fen_text(other.fen_); }));
}

Money Money::operator-(Money other) const {
  return Money(checked(static_cast<Int128>(fen_) - other.fen_,
                       [&] { return fen_text(fen_) + " - " + fen_text(other.fen_); }));
}

Money Money::operator-() const {
  return Money(checked(-static_cast<Int128>(fen_), [&] { return "-(" + fen_text(fen_) + ")"; }));
}

Money Money::operator*(std::int64_t factor) const {
  return Money(checked(static_cast<Int128>(fen_) * factor,
                       [&] { return fen_text(fen_) + " * " + std::to_string(factor); }));
}

Money Money::mul_div(std::int64_t numerator, std::int64_t denominator, Rounding rounding) const {
  if (denominator == 0) {
    throw ValidationError("money: division of " + fen_text(fen_) + " by a zero denominator");
  }
  Int128 n = static_cast<Int128>(fen_) * numerator;
  Int128 d = denominator;
  if (d < 0) {
    n = -n;
    d = -d;
  }
  Int128 q = n / d;  // truncates toward zero
  Int128 r = n % d;  // same sign as n
  if (r != 0) {
    Int128 away = n < 0 ? -1 : 1;
    Int128 abs_r = r < 0 ? -r : r;
    switch (rounding) {
      case Rounding::kDown:
        break;
      case Rounding::kUp:
        q += away;
        break;
      case Rounding::kHalfUp:
        if (2 * abs_r >= d) q += away;
        break;
    }
  }
  return Money(checked(q, [&] {
    return fen_text(fen_) + " * " + std::to_string(numerator) + " / " + std::to_string(denominator);
  }));
}

}  // namespace zhifa

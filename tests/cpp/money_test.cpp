#include "zhifa/money.hpp"

#include <gtest/gtest.h>

#include <limits>

#include "zhifa/error.hpp"

using zhifa::Money;
using zhifa::Rounding;

TEST(Money, ParsesTheWaysAgenciesWriteAmounts) {
  struct Case {
    const char* text;
    std::int64_t fen;
  };
  for (const Case& c :
       {Case{"0", 0}, Case{"1,234.56", 123456}, Case{"1234.5", 123450}, Case{"1234.50元", 123450},
        Case{"1.5万", 1500000}, Case{"2万元", 2000000}, Case{"0.35亿", 3500000000},
        Case{"¥12", 1200}, Case{"￥1,000,000", 100000000}, Case{"-3.07", -307}, Case{"+8", 800},
        Case{"1.2345万", 1234500}, Case{"1.230000", 123}, Case{"200", 20000}}) {
    EXPECT_EQ(Money::parse(c.text).fen(), c.fen) << c.text;
  }
}

TEST(Money, RefusesMalformedTextNamingPositionAndReason) {
  struct Case {
    const char* text;
    const char* needle;
  };
  for (const Case& c :
       {Case{"", "empty"}, Case{"abc", "position 1: expected a digit"},
        Case{"1,23.00", "group digits by three"}, Case{"12,34", "group digits by three"},
        Case{"1234,567", "group digits by three"}, Case{"1.234", "whole number of fen"},
        Case{"1.", "digit after the decimal point"}, Case{"12 元", "position 3: unexpected ' '"},
        Case{"5美元", "unexpected '美'"}, Case{"1.0000001万", "whole number of fen"},
        Case{"--1", "expected a digit"}}) {
    try {
      Money::parse(c.text);
      ADD_FAILURE() << "accepted " << c.text;
    } catch (const zhifa::ValidationError& e) {
      EXPECT_NE(std::string(e.what()).find(c.needle), std::string::npos)
          << c.text << ": " << e.what();
      EXPECT_NE(std::string(e.what()).find(c.text), std::string::npos) << "message names the text";
    }
  }
}

TEST(Money, ParsesTheWholeRangeAndNoMore) {
  EXPECT_EQ(Money::parse("-92,233,720,368,547,758.08").fen(),
            std::numeric_limits<std::int64_t>::min());
  EXPECT_EQ(Money::parse("92,233,720,368,547,758.07").fen(),
            std::numeric_limits<std::int64_t>::max());
  EXPECT_THROW(Money::parse("92,233,720,368,547,758.08"), zhifa::OverflowError);
  EXPECT_THROW(Money::parse("99999999999999999999"), zhifa::OverflowError);
  EXPECT_THROW(Money::parse("100000000000亿"), zhifa::OverflowError);
}

TEST(Money, FormatsWithThousandsAndTwoDecimals) {
  EXPECT_EQ(Money::from_fen(0).to_string(), "0.00");
  EXPECT_EQ(Money::from_fen(5).to_string(), "0.05");
  EXPECT_EQ(Money::from_fen(123456).to_string(), "1,234.56");
  EXPECT_EQ(Money::from_fen(-100000000).to_string(), "-1,000,000.00");
  EXPECT_EQ(Money::from_fen(std::numeric_limits<std::int64_t>::min()).to_string(),
            "-92,233,720,368,547,758.08");
  EXPECT_EQ(Money::parse(Money::from_fen(98765432101).to_string()).fen(), 98765432101);
}

TEST(Money, CheckedArithmeticRefusesOverflow) {
  auto max = Money::from_fen(std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ((Money::from_yuan(2) + Money::parse("0.5")).fen(), 250);
  EXPECT_EQ((Money::from_yuan(2) - Money::from_yuan(5)).fen(), -300);
  EXPECT_EQ((Money::from_yuan(3) * 4).fen(), 1200);
  EXPECT_THROW(max + Money::from_fen(1), zhifa::OverflowError);
  EXPECT_THROW(-max - Money::from_fen(2), zhifa::OverflowError);
  EXPECT_THROW(max * 2, zhifa::OverflowError);
  try {
    (void)(max + Money::from_fen(1));
  } catch (const zhifa::OverflowError& e) {  // the message names the operation and its values
    EXPECT_NE(std::string(e.what()).find("money overflow: "), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("9223372036854775807 fen + 1 fen"), std::string::npos)
        << e.what();
  }
  EXPECT_THROW(-Money::from_fen(std::numeric_limits<std::int64_t>::min()), zhifa::OverflowError);
  EXPECT_THROW(Money::from_yuan(std::numeric_limits<std::int64_t>::max() / 10),
               zhifa::OverflowError);
  EXPECT_LT(Money::from_yuan(1), Money::from_fen(101));
}

TEST(Money, MulDivIsExactAndRoundsAsAsked) {
  // 3 per mille of a total investment of 12,345,678.91 yuan (企业投资项目核准和备案管理条例 Art.
  // 18).
  auto total = Money::parse("12,345,678.91");
  EXPECT_EQ(total.mul_div(3, 1000, Rounding::kDown).fen(), 3703703);  // 37,037.03673
  EXPECT_EQ(total.mul_div(3, 1000, Rounding::kHalfUp).fen(), 3703704);
  EXPECT_EQ(total.mul_div(3, 1000, Rounding::kUp).fen(), 3703704);
  EXPECT_EQ(Money::from_fen(5).mul_div(1, 2, Rounding::kHalfUp).fen(), 3);
  EXPECT_EQ(Money::from_fen(-5).mul_div(1, 2, Rounding::kHalfUp).fen(), -3);
  EXPECT_EQ(Money::from_fen(-5).mul_div(1, 2, Rounding::kDown).fen(), -2);
  EXPECT_EQ(Money::from_fen(5).mul_div(1, -2, Rounding::kUp).fen(), -3);
  // 3% a day surcharge (行政处罚法 Art. 72) on a large fine stays exact in 128 bits.
  auto big = Money::from_fen(std::numeric_limits<std::int64_t>::max() / 2);
  EXPECT_EQ(big.mul_div(3, 3, Rounding::kDown), big);
  EXPECT_THROW(big.mul_div(3, 1, Rounding::kDown), zhifa::OverflowError);
  EXPECT_THROW(total.mul_div(1, 0, Rounding::kDown), zhifa::ValidationError);
}

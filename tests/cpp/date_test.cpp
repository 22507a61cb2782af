#include "zhifa/date.hpp"

#include <gtest/gtest.h>

#include "zhifa/error.hpp"

TEST(Date, IsoRoundTrip) {
  for (const char* s : {"1400-01-01", "2024-02-29", "2026-12-31", "9999-12-31"}) {
    EXPECT_EQ(zhifa::iso(zhifa::parse_iso_date(s)), s);
  }
  EXPECT_EQ(zhifa::weekday_name(zhifa::parse_iso_date("2026-11-28")), "Saturday");
}

TEST(Date, RefusesBadTextNamingIt) {
  for (const char* s :
       {"2024-2-29", "2023-02-29", "2024-13-01", "20240101", "1399-12-31", "abcd-ef-gh", ""}) {
    try {
      zhifa::parse_iso_date(s);
      ADD_FAILURE() << "accepted " << s;
    } catch (const zhifa::ValidationError& e) {
      EXPECT_NE(std::string(e.what()).find(std::string("'") + s + "'"), std::string::npos)
          << e.what();
    }
  }
  EXPECT_THROW(zhifa::iso(zhifa::Date()), zhifa::ValidationError);
}

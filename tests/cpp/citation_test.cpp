#include "zhifa/citation.hpp"

#include <gtest/gtest.h>

TEST(Citation, RendersLawArticleParagraphItemAndNote) {
  EXPECT_EQ((zhifa::Citation{"行政处罚法", 64, 0, 2, ""}).to_string(), "行政处罚法 Art. 64 (2)");
  EXPECT_EQ((zhifa::Citation{"行政处罚法", 36, 1, 0, ""}).to_string(), "行政处罚法 Art. 36 ¶1");
  EXPECT_EQ((zhifa::Citation{"民事诉讼法", 85, 0, 0, "applied by analogy"}).to_string(),
            "民事诉讼法 Art. 85 [applied by analogy]");
  EXPECT_EQ((zhifa::Citation{"国办发〔2018〕118号", 0, 0, 0, ""}).to_string(),
            "国办发〔2018〕118号");
}

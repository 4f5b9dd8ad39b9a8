#include "store/csv_reader.hpp"

#include <gtest/gtest.h>

using namespace recmap::store;

TEST(CsvReader, ParsesQuotedFieldsWithCommasQuotesAndNewlines) {
    Findings findings;
    const auto table = parseCsv("a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\n2,\"two\nlines\",z\n3,,\n",
                                "t.csv", findings);
    EXPECT_TRUE(findings.empty());
    ASSERT_EQ(table.rows.size(), 3U);
    EXPECT_EQ(table.rows[0].fields[1], "x, y");
    EXPECT_EQ(table.rows[0].fields[2], "say \"hi\"");
    EXPECT_EQ(table.rows[1].fields[1], "two\nlines");
    EXPECT_EQ(table.rows[2].line, 5U); // the quoted newline moved it down a line
    EXPECT_EQ(table.rows[2].fields[2], "");
}

TEST(CsvReader, ReportsWrongColumnCountWithItsLine) {
    Findings findings;
    const auto table = parseCsv("a,b\n1,2\n1,2,3\n4,5\n", "t.csv", findings);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].toString(), "t.csv:3: error: expected 2 fields, found 3");
    EXPECT_EQ(table.rows.size(), 2U);
}

TEST(CsvReader, ReportsBadQuotingAndKeepsGoing) {
    Findings findings;
    const auto table = parseCsv("a,b\nab\"c,1\n\"x\"y,2\nok,3\n\"open,4\n", "t.csv", findings);
    ASSERT_EQ(findings.size(), 3U);
    EXPECT_EQ(findings[0].line, 2U);
    EXPECT_NE(findings[0].message.find("stray double quote"), std::string::npos);
    EXPECT_EQ(findings[1].line, 3U);
    EXPECT_EQ(findings[2].line, 5U);
    EXPECT_NE(findings[2].message.find("unterminated"), std::string::npos);
    ASSERT_EQ(table.rows.size(), 1U);
    EXPECT_EQ(table.rows[0].fields[0], "ok");
}

TEST(CsvReader, RejectsInvalidUtf8WithItsLine) {
    Findings findings;
    const auto table = parseCsv("a,b\nok,1\nbad\xff,2\n", "t.csv", findings);
    EXPECT_TRUE(table.rows.empty());
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].line, 3U);
    EXPECT_NE(findings[0].message.find("UTF-8"), std::string::npos);
}

TEST(CsvReader, AcceptsCrLfAndMultibyteUtf8) {
    Findings findings;
    const auto table = parseCsv("a,b\r\nCôte d’Ivoire,1\r\n", "t.csv", findings);
    EXPECT_TRUE(findings.empty());
    ASSERT_EQ(table.rows.size(), 1U);
    EXPECT_EQ(table.rows[0].fields[0], "Côte d’Ivoire");
    EXPECT_EQ(table.rows[0].fields[1], "1");
}

TEST(CsvReader, HeaderMustMatch) {
    Findings findings;
    const auto table = parseCsv("a,c\n1,2\n", "t.csv", findings);
    EXPECT_FALSE(expectHeader(table, {"a", "b"}, findings));
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].toString(), "t.csv:1: error: header must be 'a,b'");
}

TEST(CsvReader, AnOverlongFieldIsAnErrorWithItsLine) {
    Findings findings;
    const std::string huge(maxCsvFieldBytes + 1, 'x');
    const auto table = parseCsv("a,b\n1,2\n3," + huge + "\n4,5\n", "t.csv", findings);
    ASSERT_EQ(findings.size(), 1U);
    EXPECT_EQ(findings[0].toString(), "t.csv:3: error: field 2 is 65537 bytes long; a field holds "
                                      "at most 65536");
    EXPECT_EQ(table.rows.size(), 2U);
}

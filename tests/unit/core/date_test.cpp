#include "core/date.hpp"

#include <gtest/gtest.h>

using recmap::core::Date;

TEST(Date, ParsesFullAndPartialDates) {
    auto day = Date::parse("2008-02-17");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->precision(), Date::Precision::Day);
    EXPECT_EQ(day->toString(), "2008-02-17");
    auto month = Date::parse("2008-02");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->precision(), Date::Precision::Month);
    EXPECT_EQ(month->toString(), "2008-02");
    auto year = Date::parse("2008");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->toString(), "2008");
}

TEST(Date, RejectsMalformedAndImpossibleDates) {
    for (const char* text : {"", "08-02-17", "2008-2-17", "2008-02-30", "2023-02-29", "2008-13",
                             "2008-00-10", "2008/02/17", "2008-02-17x", "abcd", "0999"}) {
        EXPECT_FALSE(Date::parse(text)) << text;
    }
    EXPECT_TRUE(Date::parse("2024-02-29"));
    EXPECT_TRUE(Date::parse("2000-02-29"));
    EXPECT_FALSE(Date::parse("1900-02-29"));
}

TEST(Date, PartialDateOrdersAtTheStartOfItsPeriod) {
    EXPECT_LT(*Date::parse("2008-02"), *Date::parse("2008-02-02"));
    EXPECT_EQ(Date::parse("2008-02")->dayNumber(), Date::parse("2008-02-01")->dayNumber());
    // Same first day: the coarser date sorts first, so a dated event follows an undated one.
    EXPECT_LT(*Date::parse("2008"), *Date::parse("2008-01-01"));
    EXPECT_LT(*Date::parse("2007-12-31"), *Date::parse("2008"));
}

TEST(Date, DayNumbersAreDaysSinceTheEpoch) {
    EXPECT_EQ(Date::parse("1970-01-01")->dayNumber(), 0);
    EXPECT_EQ(Date::parse("2000-03-01")->dayNumber() - Date::parse("2000-02-28")->dayNumber(), 2);
}

TEST(Date, LongFormForTitles) {
    EXPECT_EQ(Date::parse("2024-01-12")->toLongString(), "12 January 2024");
    EXPECT_EQ(Date::parse("2008-02")->toLongString(), "February 2008");
}

TEST(Date, FromDayNumberInvertsDayNumber) {
    for (const char* text : {"1970-01-01", "1945-10-24", "2000-02-29", "2026-11-23"}) {
        const auto date = *recmap::core::Date::parse(text);
        EXPECT_EQ(recmap::core::Date::fromDayNumber(date.dayNumber()), date) << text;
    }
}

#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace recmap::core {

// A calendar date (proleptic Gregorian) that keeps the precision it was written with:
// "2008", "2008-02" or "2008-02-17". A partial date stands for the first day of its period when
// ordering and comparing with a query date (an event dated "2008-02" is in effect on 2008-02-01).
class Date {
  public:
    enum class Precision { Year, Month, Day };

    // Parses YYYY, YYYY-MM or YYYY-MM-DD; nullopt if malformed or impossible (2023-02-29).
    [[nodiscard]] static std::optional<Date> parse(std::string_view text);
    [[nodiscard]] static Date fromYmd(int year, int month, int day);
    [[nodiscard]] static Date today();
    // The day (full precision) `day` days after 1970-01-01: the inverse of dayNumber().
    [[nodiscard]] static Date fromDayNumber(long day);

    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int month() const { return m_month; }
    [[nodiscard]] int day() const { return m_day; }
    [[nodiscard]] Precision precision() const { return m_precision; }
    // Days since 1970-01-01 of the first day of the period.
    [[nodiscard]] long dayNumber() const;
    // Days since 1970-01-01 of the last day of the period ("2008" -> 2008-12-31).
    [[nodiscard]] long lastDayNumber() const;
    // As written: "2008", "2008-02" or "2008-02-17".
    [[nodiscard]] std::string toString() const;
    // Long English form for titles: "12 January 2024", "February 2008", "2008".
    [[nodiscard]] std::string toLongString() const;

    // Orders by first day, then coarser precision first.
    friend std::strong_ordering operator<=>(const Date& a, const Date& b);
    friend bool operator==(const Date& a, const Date& b) = default;

  private:
    int m_year = 1970;
    int m_month = 1;
    int m_day = 1;
    Precision m_precision = Precision::Day;
};

} // namespace recmap::core

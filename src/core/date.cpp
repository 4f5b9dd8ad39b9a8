#include "core/date.hpp"

#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>

namespace recmap::core {
namespace {

bool isLeap(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[static_cast<size_t>(month - 1)];
}

std::optional<int> parseDigits(std::string_view text, size_t count) {
    if (text.size() != count) {
        return std::nullopt;
    }
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size()) {
        return std::nullopt;
    }
    return value;
}

} // namespace

std::optional<Date> Date::parse(std::string_view text) {
    Date date;
    auto year = parseDigits(text.substr(0, 4), 4);
    if (!year || *year < 1000) {
        return std::nullopt;
    }
    date.m_year = *year;
    date.m_precision = Precision::Year;
    if (text.size() == 4) {
        return date;
    }
    if (text.size() < 7 || text[4] != '-') {
        return std::nullopt;
    }
    auto month = parseDigits(text.substr(5, 2), 2);
    if (!month || *month < 1 || *month > 12) {
        return std::nullopt;
    }
    date.m_month = *month;
    date.m_precision = Precision::Month;
    if (text.size() == 7) {
        return date;
    }
    if (text.size() != 10 || text[7] != '-') {
        return std::nullopt;
    }
    auto day = parseDigits(text.substr(8, 2), 2);
    if (!day || *day < 1 || *day > daysInMonth(date.m_year, date.m_month)) {
        return std::nullopt;
    }
    date.m_day = *day;
    date.m_precision = Precision::Day;
    return date;
}

Date Date::fromYmd(int year, int month, int day) {
    Date date;
    date.m_year = year;
    date.m_month = month;
    date.m_day = day;
    return date;
}

Date Date::today() {
    const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return fromDayNumber(now.time_since_epoch().count());
}

Date Date::fromDayNumber(long day) {
    const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{day}}};
    return fromYmd(static_cast<int>(ymd.year()),
                   static_cast<int>(static_cast<unsigned>(ymd.month())),
                   static_cast<int>(static_cast<unsigned>(ymd.day())));
}

long Date::dayNumber() const {
    const std::chrono::year_month_day ymd{std::chrono::year{m_year},
                                          std::chrono::month{static_cast<unsigned>(m_month)},
                                          std::chrono::day{static_cast<unsigned>(m_day)}};
    return std::chrono::sys_days{ymd}.time_since_epoch().count();
}

long Date::lastDayNumber() const {
    switch (m_precision) {
    case Precision::Year:
        return fromYmd(m_year, 12, 31).dayNumber();
    case Precision::Month:
        return fromYmd(m_year, m_month, daysInMonth(m_year, m_month)).dayNumber();
    case Precision::Day:
        break;
    }
    return dayNumber();
}

std::string Date::toString() const {
    char text[16];
    switch (m_precision) {
    case Precision::Year:
        std::snprintf(text, sizeof text, "%04d", m_year);
        break;
    case Precision::Month:
        std::snprintf(text, sizeof text, "%04d-%02d", m_year, m_month);
        break;
    case Precision::Day:
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", m_year, m_month, m_day);
        break;
    }
    return text;
}

std::string Date::toLongString() const {
    static constexpr std::array<const char*, 12> months{
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    const std::string month = months[static_cast<size_t>(m_month - 1)];
    switch (m_precision) {
    case Precision::Year:
        return std::to_string(m_year);
    case Precision::Month:
        return month + " " + std::to_string(m_year);
    case Precision::Day:
        break;
    }
    return std::to_string(m_day) + " " + month + " " + std::to_string(m_year);
}

std::strong_ordering operator<=>(const Date& a, const Date& b) {
    if (auto order = a.dayNumber() <=> b.dayNumber(); order != 0) {
        return order;
    }
    return a.m_precision <=> b.m_precision;
}

} // namespace recmap::core

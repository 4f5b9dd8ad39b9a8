// Any text as a date (YYYY, YYYY-MM, YYYY-MM-DD): nullopt or a date that writes back as given.

#include "core/date.hpp"
#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace recmap;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto date = core::Date::parse(text);
    if (!date) {
        return 0;
    }
    fuzz::check(date->toString() == text, "a parsed date writes back as written");
    fuzz::check(!date->toLongString().empty(), "a parsed date has a long form");
    fuzz::check(date->lastDayNumber() >= date->dayNumber(), "a period ends after it starts");
    const auto first = core::Date::fromDayNumber(date->dayNumber());
    fuzz::check(first.year() == date->year() && first.month() == date->month() &&
                    first.day() == date->day(),
                "day numbers round-trip");
    fuzz::check(core::Date::fromDayNumber(date->lastDayNumber()) >= first,
                "the last day orders after the first");
    return 0;
}

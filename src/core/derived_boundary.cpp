#include "core/derived_boundary.hpp"

#include "core/text.hpp"

#include <charconv>
#include <cmath>

namespace recmap::core {
namespace {

std::optional<double> number(std::string_view text) {
    text = trim(text);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

// "LON LAT" with LON in [-180, 180] and LAT in [-90, 90].
std::optional<std::pair<double, double>> point(std::string_view text) {
    text = trim(text);
    const auto space = text.find(' ');
    if (space == std::string_view::npos) {
        return std::nullopt;
    }
    const auto lon = number(text.substr(0, space));
    const auto lat = number(text.substr(space + 1));
    if (!lon || !lat || std::abs(*lon) > 180 || std::abs(*lat) > 90) {
        return std::nullopt;
    }
    return std::pair{*lon, *lat};
}

} // namespace

std::optional<BoundaryRule> BoundaryRule::parse(std::string_view text, std::string& error) {
    text = trim(text);
    const auto space = text.find(' ');
    const auto verb = text.substr(0, space);
    const auto rest = space == std::string_view::npos ? std::string_view() : text.substr(space + 1);
    BoundaryRule rule;
    if (verb == "part-containing") {
        rule.kind = Kind::PartContaining;
        if (auto p = point(rest)) {
            rule.points.push_back(*p);
            return rule;
        }
        error =
            "part-containing needs one point 'LON LAT' in degrees, got '" + std::string(rest) + "'";
        return std::nullopt;
    }
    if (verb == "south-of") {
        rule.kind = Kind::SouthOf;
        if (auto lat = number(rest); lat && std::abs(*lat) < 90) {
            rule.latitude = *lat;
            return rule;
        }
        error = "south-of needs a latitude in degrees, got '" + std::string(rest) + "'";
        return std::nullopt;
    }
    if (verb == "within") {
        rule.kind = Kind::Within;
        for (const auto& piece : splitList(rest, ',')) {
            auto p = point(piece);
            if (!p) {
                error = "within: '" + piece + "' is not a point 'LON LAT' in degrees";
                return std::nullopt;
            }
            rule.points.push_back(*p);
        }
        if (rule.points.size() < 3) {
            error = "within needs a ring of at least three points 'LON LAT, LON LAT, ...'";
            return std::nullopt;
        }
        return rule;
    }
    error = "unknown rule '" + std::string(verb) +
            "' (use part-containing LON LAT, south-of LAT or within LON LAT, ...)";
    return std::nullopt;
}

} // namespace recmap::core

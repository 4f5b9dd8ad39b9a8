#include "workspace/arguments.hpp"

#include "core/error.hpp"

#include <charconv>
#include <cmath>
#include <regex>

namespace recmap::workspace {

Arguments::Arguments(const std::vector<std::string>& words, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.size() < 2 || word[0] != '-' ||
            (word[1] != '-' && std::isdigit(static_cast<unsigned char>(word[1])))) {
            m_positionals.push_back(word);
            continue;
        }
        std::string name = word;
        std::optional<std::string> inlineValue;
        if (auto equals = word.find('='); equals != std::string::npos) {
            name = word.substr(0, equals);
            inlineValue = word.substr(equals + 1);
        }
        if (valued.contains(name)) {
            if (inlineValue) {
                m_values[name] = *inlineValue;
            } else if (i + 1 < words.size()) {
                m_values[name] = words[++i];
            } else {
                throw core::UsageError("option " + name + " needs a value");
            }
        } else if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            throw core::UsageError("unknown option '" + word + "'");
        }
    }
}

std::optional<std::string> Arguments::value(std::string_view name) const {
    auto found = m_values.find(name);
    if (found == m_values.end()) {
        return std::nullopt;
    }
    return found->second;
}

bool Arguments::flag(std::string_view name) const {
    return m_flags.contains(name);
}

std::pair<int, int> parseSize(const std::string& text) {
    static const std::regex pattern("([0-9]{1,9})x([0-9]{1,9})");
    std::smatch match;
    if (!std::regex_match(text, match, pattern)) {
        throw core::UsageError("--size must look like 4096x2048, got '" + text + "'");
    }
    const int width = std::stoi(match[1]);
    const int height = std::stoi(match[2]);
    if (width < 16 || height < 16 || width > 32768 || height > 32768) {
        throw core::UsageError("--size must be between 16x16 and 32768x32768 (the maximum), got '" +
                               text + "'");
    }
    return {width, height};
}

std::pair<double, double> parseLonLat(const std::string& text) {
    static const std::regex pattern(R"((-?[0-9]+(?:\.[0-9]+)?),(-?[0-9]+(?:\.[0-9]+)?))");
    std::smatch match;
    if (!std::regex_match(text, match, pattern)) {
        throw core::UsageError("--center must look like LON,LAT (e.g. 20,45), got '" + text + "'");
    }
    const double lon = std::stod(match[1]);
    const double lat = std::stod(match[2]);
    if (std::abs(lon) > 180 || std::abs(lat) > 90) {
        throw core::UsageError("--center out of range: longitude -180..180, latitude -90..90");
    }
    return {lon, lat};
}

} // namespace recmap::workspace

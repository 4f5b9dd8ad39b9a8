#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::workspace {

// Command-line words split into positionals, valued options and flags. Which names take a value
// is declared up front, so "--size 10x10" and "--labels" parse without ambiguity. Unknown
// options raise core::UsageError.
class Arguments {
  public:
    Arguments(const std::vector<std::string>& words, const std::set<std::string>& valued,
              const std::set<std::string>& flags);

    [[nodiscard]] const std::vector<std::string>& positionals() const { return m_positionals; }
    [[nodiscard]] std::optional<std::string> value(std::string_view name) const;
    [[nodiscard]] bool flag(std::string_view name) const;

  private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::string, std::less<>> m_values;
    std::set<std::string, std::less<>> m_flags;
};

// "4096x2048" -> {4096, 2048}; throws core::UsageError.
[[nodiscard]] std::pair<int, int> parseSize(const std::string& text);
// "LON,LAT" -> pair; throws core::UsageError.
[[nodiscard]] std::pair<double, double> parseLonLat(const std::string& text);

} // namespace recmap::workspace

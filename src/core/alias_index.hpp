#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace recmap::core {

// Case-insensitive (ASCII) map from names to an index into some table of entities or
// organisations. A name can be claimed once; a second claim by another index is refused.
class AliasIndex {
  public:
    // Returns the index already holding the name when it belongs to another one, else nullopt.
    std::optional<size_t> add(std::string_view name, size_t index);
    [[nodiscard]] std::optional<size_t> find(std::string_view name) const;

  private:
    std::unordered_map<std::string, size_t> m_indexByName;
};

} // namespace recmap::core

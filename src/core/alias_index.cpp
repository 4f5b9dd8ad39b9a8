#include "core/alias_index.hpp"

#include "core/text.hpp"

namespace recmap::core {

std::optional<size_t> AliasIndex::add(std::string_view name, size_t index) {
    auto key = toLowerAscii(trim(name));
    if (key.empty()) {
        return std::nullopt;
    }
    auto [position, inserted] = m_indexByName.emplace(std::move(key), index);
    if (!inserted && position->second != index) {
        return position->second;
    }
    return std::nullopt;
}

std::optional<size_t> AliasIndex::find(std::string_view name) const {
    auto found = m_indexByName.find(toLowerAscii(trim(name)));
    if (found == m_indexByName.end()) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace recmap::core

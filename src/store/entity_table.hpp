#pragma once

#include "core/alias_index.hpp"
#include "core/entity.hpp"
#include "store/csv_reader.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace recmap::store {

// The entities of data/entities.csv, with every code and alias indexed.
class EntityTable {
  public:
    // Converts parsed rows; problems become findings and the row is skipped.
    [[nodiscard]] static EntityTable fromCsv(const CsvTable& table, Findings& findings);

    [[nodiscard]] const std::vector<core::Entity>& entities() const { return m_entities; }
    // By code, alias, QID or name, case-insensitive.
    [[nodiscard]] const core::Entity* find(std::string_view name) const;
    [[nodiscard]] std::optional<size_t> indexOf(std::string_view name) const;

  private:
    std::vector<core::Entity> m_entities;
    core::AliasIndex m_index;
};

} // namespace recmap::store

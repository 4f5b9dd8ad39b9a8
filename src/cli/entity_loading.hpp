#pragma once

#include "core/dataset.hpp"
#include "geo/map_mesh.hpp"
#include "store/entity_table.hpp"

#include <filesystem>
#include <ostream>
#include <string>
#include <unordered_map>

namespace recmap::cli {

// Reads DIR/entities.csv; throws core::InputError listing every finding.
[[nodiscard]] store::EntityTable loadEntityTable(const std::filesystem::path& dataDir);
// boundary_key -> entity code, for matching boundary features.
[[nodiscard]] std::unordered_map<std::string, std::string>
boundaryKeyMap(const store::EntityTable& table);
[[nodiscard]] std::unordered_map<std::string, std::string>
boundaryKeyMap(const core::Dataset& dataset);
// One line of counts, and the unmatched features, as notes.
void printMeshReport(const std::filesystem::path& boundaries, const geo::MeshReport& report,
                     std::ostream& log);

} // namespace recmap::cli

#pragma once

#include "core/dataset.hpp"
#include "geo/map_mesh.hpp"

#include <filesystem>
#include <ostream>
#include <string>
#include <unordered_map>
#include <vector>

namespace recmap::workspace {

// How boundary features become entities: the attribute holding each feature's key (empty: the
// default `id`, else `name`), boundary_key -> entity code, and the derived boundaries cut out
// of the features first.
struct BoundaryMatching {
    std::string keyField;
    std::unordered_map<std::string, std::string> entityByKey;
    std::vector<core::DerivedBoundary> derived;
};
[[nodiscard]] BoundaryMatching boundaryMatching(const core::Dataset& dataset,
                                                std::string keyField = "");
// One line of counts, and the unmatched features, as notes.
void printMeshReport(const std::filesystem::path& boundaries, const geo::MeshReport& report,
                     std::ostream& log);

} // namespace recmap::workspace

#pragma once

#include "core/dataset.hpp"
#include "geo/boundary_set.hpp"
#include "geo/map_mesh.hpp"

#include <filesystem>
#include <optional>
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
    // A time-aware file (--valid-from-field/--valid-to-field): only the features valid on its
    // date are read, so the mesh is prepared (and cached) per set of valid features.
    std::optional<geo::FeatureValidity> validity;
};
[[nodiscard]] BoundaryMatching boundaryMatching(const core::Dataset& dataset,
                                                std::string keyField = "");
// One line of counts, and the unmatched features, as notes.
void printMeshReport(const std::filesystem::path& boundaries, const geo::MeshReport& report,
                     std::ostream& log);

} // namespace recmap::workspace

#pragma once

#include "geo/map_mesh.hpp"
#include "geo/projection_spec.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/gdal_services.hpp"

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <unordered_map>

namespace recmap::workspace {

// Whether a mesh of this boundary file, key field, validity and projection is in the cache, for
// some dataset: false on a cold start, when the caller may read the boundaries (the slowest step
// GDAL takes at 1:10m) while the dataset loads.
[[nodiscard]] bool meshCachedFor(const std::filesystem::path& boundaries,
                                 const std::string& keyField,
                                 const std::optional<geo::FeatureValidity>& validity,
                                 const geo::ProjectionSpec& projection);
// The projected, triangulated map for a boundary file, its matching to entities (derived
// boundaries cut first) and a projection: from the
// mesh cache ($XDG_CACHE_HOME/recmap/mesh-*.bin) when an identical preparation was done before,
// else built by `gdal` (GDAL, repair, PROJ, ear clipping) and cached unless !writeCache (one-off
// preparations, such as a globe turned in the explorer, would fill the cache). The report goes to
// `log` either way. `boundariesRead`, the same file read by gdal.readBoundaries with the
// matching's key field and validity, saves reading it again when the mesh must be built.
[[nodiscard]] geo::MapMesh
prepareMesh(const std::filesystem::path& boundaries, const BoundaryMatching& matching,
            const geo::ProjectionSpec& projection, const GdalServices& gdal, std::ostream& log,
            bool writeCache = true, std::unique_ptr<ReadBoundaries> boundariesRead = {});

} // namespace recmap::workspace

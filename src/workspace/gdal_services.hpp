#pragma once

#include "core/entity_boundary.hpp"
#include "geo/feature_writer.hpp"
#include "geo/map_mesh.hpp"
#include "geo/projection_spec.hpp"
#include "workspace/boundary_matching.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace recmap::workspace {

// A boundary file read ahead of the mesh that is built from it (a cold start reads it while
// the dataset loads). Opaque: it holds GDAL geometries, and only the GdalServices that read it
// may take it back.
class ReadBoundaries {
  public:
    virtual ~ReadBoundaries() = default;
};

// Everything the front ends do with GDAL (and the PROJ and GEOS it brings): reading boundary
// files into meshes and shapes, projecting a box, writing GeoTIFF, GeoJSON and GeoPackage.
// Rendering from the mesh cache needs none of it, which is why it sits behind this interface:
// recmap-full loads it from a module on first use (GdalModule), so that a cached render does
// not spend 80 ms loading GDAL's ~120 shared libraries; the explorer, bench/ and the tests link
// it (LinkedGdalServices). Errors are core::InputError naming the file.
class GdalServices {
  public:
    virtual ~GdalServices() = default;

    // The boundary file's features (those valid on validity's date, if given).
    [[nodiscard]] virtual std::unique_ptr<ReadBoundaries>
    readBoundaries(const std::filesystem::path& boundaries, const std::string& keyField,
                   const std::optional<geo::FeatureValidity>& validity) const = 0;
    // The map mesh of a boundary file: read (unless `read`, from readBoundaries with the
    // matching's key field and validity, is given), derived boundaries cut, repaired, projected
    // and triangulated. Notes go to `log`; counts to `report`.
    [[nodiscard]] virtual geo::MapMesh
    buildMesh(const std::filesystem::path& boundaries, const BoundaryMatching& matching,
              const geo::ProjectionSpec& projection, std::unique_ptr<ReadBoundaries> read,
              geo::MeshReport& report, std::ostream& log) const = 0;
    // Each matched entity's WGS84 shape (derived boundaries cut first, their notes to `log`
    // if given), sorted by code.
    [[nodiscard]] virtual std::vector<core::EntityBoundary>
    entityShapes(const std::filesystem::path& boundaries, const BoundaryMatching& matching,
                 std::ostream* log) const = 0;
    // The projected rectangle holding a longitude/latitude box; nullopt if nothing projects.
    [[nodiscard]] virtual std::optional<geo::Bounds>
    projectedBounds(const geo::ProjectionSpec& projection, double west, double south, double east,
                    double north) const = 0;
    // An RGB(A) image georeferenced to `extent` in the projection's CRS, atomically.
    virtual void writeGeoTiff(const std::filesystem::path& path, const uint8_t* pixels,
                              int pixelBytes, int width, int height, const geo::Bounds& extent,
                              const geo::ProjectionSpec& projection) const = 0;
    virtual void writeGeoJson(const std::filesystem::path& path,
                              const geo::FeatureTable& table) const = 0;
    virtual void writeGeoPackage(const std::filesystem::path& path, const geo::FeatureTable& table,
                                 const geo::LayerStyle* style) const = 0;
};

} // namespace recmap::workspace

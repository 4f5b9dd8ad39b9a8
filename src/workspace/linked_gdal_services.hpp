#pragma once

#include "workspace/gdal_services.hpp"

namespace recmap::workspace {

// GdalServices done by the GDAL linked into this binary: the explorer, bench/, the tests, and
// the module that recmap-full loads (gdal_module_entry.cpp).
class LinkedGdalServices final : public GdalServices {
  public:
    [[nodiscard]] std::unique_ptr<ReadBoundaries>
    readBoundaries(const std::filesystem::path& boundaries, const std::string& keyField,
                   const std::optional<geo::FeatureValidity>& validity) const override;
    [[nodiscard]] geo::MapMesh buildMesh(const std::filesystem::path& boundaries,
                                         const BoundaryMatching& matching,
                                         const geo::ProjectionSpec& projection,
                                         std::unique_ptr<ReadBoundaries> read,
                                         geo::MeshReport& report, std::ostream& log) const override;
    [[nodiscard]] std::vector<core::EntityBoundary>
    entityShapes(const std::filesystem::path& boundaries, const BoundaryMatching& matching,
                 std::ostream* log) const override;
    [[nodiscard]] std::optional<geo::Bounds> projectedBounds(const geo::ProjectionSpec& projection,
                                                             double west, double south, double east,
                                                             double north) const override;
    void writeGeoTiff(const std::filesystem::path& path, const uint8_t* pixels, int pixelBytes,
                      int width, int height, const geo::Bounds& extent,
                      const geo::ProjectionSpec& projection) const override;
    void writeGeoJson(const std::filesystem::path& path,
                      const geo::FeatureTable& table) const override;
    void writeGeoPackage(const std::filesystem::path& path, const geo::FeatureTable& table,
                         const geo::LayerStyle* style) const override;
};

} // namespace recmap::workspace

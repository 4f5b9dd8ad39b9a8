#pragma once

#include "workspace/gdal_services.hpp"

#include <filesystem>
#include <memory>
#include <mutex>

namespace recmap::workspace {

// GdalServices from the module librecmap_gdal.so (beside the running executable), loaded on
// the first call, from whichever thread makes it: until then, GDAL and its ~120 libraries are
// not in the process. The module stays loaded until the process ends (GDAL's exit handlers
// live in it). A module that cannot be loaded is a core::InputError naming its path.
class GdalModule final : public GdalServices {
  public:
    GdalModule();
    explicit GdalModule(std::filesystem::path module);
    ~GdalModule() override;
    GdalModule(const GdalModule&) = delete;
    GdalModule& operator=(const GdalModule&) = delete;

    // Whether the module has been loaded (for tests and timings).
    [[nodiscard]] bool loaded() const;

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

  private:
    struct Handle {
        void* library = nullptr;
        ~Handle();
    };
    [[nodiscard]] const GdalServices& services() const;

    std::filesystem::path m_path;
    mutable std::mutex m_loading;
    mutable Handle m_handle;                          // outlives m_services
    mutable std::unique_ptr<GdalServices> m_services; // made by the module
};

} // namespace recmap::workspace

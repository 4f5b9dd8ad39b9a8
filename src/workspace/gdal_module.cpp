#include "workspace/gdal_module.hpp"

#include "core/error.hpp"
#include "workspace/gdal_module_entry.hpp"

#include <dlfcn.h>

namespace recmap::workspace {
namespace {

std::filesystem::path besideThisExecutable() {
    return std::filesystem::read_symlink("/proc/self/exe").parent_path() / gdalModuleFileName;
}

} // namespace

GdalModule::Handle::~Handle() {
    if (library != nullptr) {
        ::dlclose(library); // loaded RTLD_NODELETE: stays mapped for GDAL's exit handlers
    }
}

GdalModule::GdalModule() : GdalModule(besideThisExecutable()) {}

GdalModule::GdalModule(std::filesystem::path module) : m_path(std::move(module)) {}

GdalModule::~GdalModule() = default;

bool GdalModule::loaded() const {
    const std::lock_guard lock(m_loading);
    return m_services != nullptr;
}

const GdalServices& GdalModule::services() const {
    const std::lock_guard lock(m_loading);
    if (m_services) {
        return *m_services;
    }
    void* library = ::dlopen(m_path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (library == nullptr) {
        const char* why = ::dlerror();
        throw core::InputError(m_path.string() + ": error: cannot load the GDAL module: " +
                               (why != nullptr ? why : "unknown reason"));
    }
    m_handle.library = library;
    auto* make = reinterpret_cast<GdalServicesFactory>(::dlsym(library, gdalModuleEntryName));
    if (make == nullptr) {
        throw core::InputError(m_path.string() + ": error: not a recmap GDAL module (no " +
                               gdalModuleEntryName + ")");
    }
    m_services.reset(make());
    return *m_services;
}

std::unique_ptr<ReadBoundaries>
GdalModule::readBoundaries(const std::filesystem::path& boundaries, const std::string& keyField,
                           const std::optional<geo::FeatureValidity>& validity) const {
    return services().readBoundaries(boundaries, keyField, validity);
}

geo::MapMesh GdalModule::buildMesh(const std::filesystem::path& boundaries,
                                   const BoundaryMatching& matching,
                                   const geo::ProjectionSpec& projection,
                                   std::unique_ptr<ReadBoundaries> read, geo::MeshReport& report,
                                   std::ostream& log) const {
    return services().buildMesh(boundaries, matching, projection, std::move(read), report, log);
}

std::vector<core::EntityBoundary> GdalModule::entityShapes(const std::filesystem::path& boundaries,
                                                           const BoundaryMatching& matching,
                                                           std::ostream* log) const {
    return services().entityShapes(boundaries, matching, log);
}

std::optional<geo::Bounds> GdalModule::projectedBounds(const geo::ProjectionSpec& projection,
                                                       double west, double south, double east,
                                                       double north) const {
    return services().projectedBounds(projection, west, south, east, north);
}

void GdalModule::writeGeoTiff(const std::filesystem::path& path, const uint8_t* pixels,
                              int pixelBytes, int width, int height, const geo::Bounds& extent,
                              const geo::ProjectionSpec& projection) const {
    services().writeGeoTiff(path, pixels, pixelBytes, width, height, extent, projection);
}

void GdalModule::writeGeoJson(const std::filesystem::path& path,
                              const geo::FeatureTable& table) const {
    services().writeGeoJson(path, table);
}

void GdalModule::writeGeoPackage(const std::filesystem::path& path, const geo::FeatureTable& table,
                                 const geo::LayerStyle* style) const {
    services().writeGeoPackage(path, table, style);
}

} // namespace recmap::workspace

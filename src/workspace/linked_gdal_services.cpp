#include "workspace/linked_gdal_services.hpp"

#include "geo/boundary_set.hpp"
#include "geo/derived_boundaries.hpp"
#include "geo/entity_boundaries.hpp"
#include "geo/geotiff_writer.hpp"
#include "geo/map_mesh_builder.hpp"
#include "geo/projection.hpp"

namespace recmap::workspace {
namespace {

struct HeldBoundaries final : ReadBoundaries {
    explicit HeldBoundaries(geo::BoundarySet read) : set(std::move(read)) {}
    geo::BoundarySet set;
};

geo::BoundarySet readSet(const std::filesystem::path& boundaries, const std::string& keyField,
                         const std::optional<geo::FeatureValidity>& validity) {
    // Names the file if it fails.
    return geo::BoundarySet::read(boundaries, keyField, validity ? &*validity : nullptr);
}

// Cuts the matching's derived boundaries out of `set`, each cut's note to `log` if given.
void cutDerivedBoundaries(geo::BoundarySet& set, const std::filesystem::path& boundaries,
                          const BoundaryMatching& matching, std::ostream* log) {
    for (const auto& note : geo::applyDerivedBoundaries(set, matching.derived)) {
        if (log) {
            *log << boundaries.string() << ": note: " << note << "\n";
        }
    }
}

} // namespace

std::unique_ptr<ReadBoundaries>
LinkedGdalServices::readBoundaries(const std::filesystem::path& boundaries,
                                   const std::string& keyField,
                                   const std::optional<geo::FeatureValidity>& validity) const {
    return std::make_unique<HeldBoundaries>(readSet(boundaries, keyField, validity));
}

geo::MapMesh LinkedGdalServices::buildMesh(const std::filesystem::path& boundaries,
                                           const BoundaryMatching& matching,
                                           const geo::ProjectionSpec& projection,
                                           std::unique_ptr<ReadBoundaries> read,
                                           geo::MeshReport& report, std::ostream& log) const {
    // `read` came from readBoundaries above, the only maker of ReadBoundaries here.
    auto set = read ? std::move(static_cast<HeldBoundaries&>(*read).set)
                    : readSet(boundaries, matching.keyField, matching.validity);
    if (matching.validity) {
        log << boundaries.string() << ": note: " << set.size() << " features valid on "
            << matching.validity->date.toString() << ", " << set.notValid() << " not\n";
    }
    cutDerivedBoundaries(set, boundaries, matching, &log);
    geo::MeshOptions options;
    options.projection = projection;
    return geo::buildMapMesh(set, matching.entityByKey, options, report);
}

std::vector<core::EntityBoundary>
LinkedGdalServices::entityShapes(const std::filesystem::path& boundaries,
                                 const BoundaryMatching& matching, std::ostream* log) const {
    auto set = readSet(boundaries, matching.keyField, matching.validity);
    cutDerivedBoundaries(set, boundaries, matching, log);
    return geo::entityBoundaries(set, matching.entityByKey);
}

std::optional<geo::Bounds>
LinkedGdalServices::projectedBounds(const geo::ProjectionSpec& projection, double west,
                                    double south, double east, double north) const {
    return geo::Projector(projection).boundsOf(west, south, east, north);
}

void LinkedGdalServices::writeGeoTiff(const std::filesystem::path& path, const uint8_t* pixels,
                                      int pixelBytes, int width, int height,
                                      const geo::Bounds& extent,
                                      const geo::ProjectionSpec& projection) const {
    geo::writeGeoTiff(path, pixels, pixelBytes, width, height, extent,
                      geo::Projector(projection).crsWkt());
}

void LinkedGdalServices::writeGeoJson(const std::filesystem::path& path,
                                      const geo::FeatureTable& table) const {
    geo::writeGeoJson(path, table);
}

void LinkedGdalServices::writeGeoPackage(const std::filesystem::path& path,
                                         const geo::FeatureTable& table,
                                         const geo::LayerStyle* style) const {
    geo::writeGeoPackage(path, table, style);
}

} // namespace recmap::workspace

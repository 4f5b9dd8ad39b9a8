#include "geo/projection.hpp"

#include "core/error.hpp"

#include <cmath>
#include <cpl_error.h>
#include <ogr_spatialref.h>

namespace recmap::geo {
namespace {

std::string projString(const ProjectionSpec& spec, double lon0) {
    std::string text(projDefinition(spec.kind));
    text += " +lon_0=" + std::to_string(lon0);
    if (spec.kind == ProjectionKind::Orthographic) {
        text += " +lat_0=" + std::to_string(spec.centerLat);
    }
    return text + " +datum=WGS84 +units=m +no_defs";
}

OGRSpatialReference makeSrs(const std::string& proj) {
    OGRSpatialReference srs;
    if (srs.importFromProj4(proj.c_str()) != OGRERR_NONE) {
        throw core::Error("PROJ cannot build the projection '" + proj + "'");
    }
    return srs;
}

// Great-circle destination from (lat0, lon 0) at angular distance `radius` along `bearing`.
std::pair<double, double> destination(double lat0, double radius, double bearing) {
    constexpr double toRad = M_PI / 180.0;
    const double phi1 = lat0 * toRad;
    const double delta = radius * toRad;
    const double theta = bearing * toRad;
    const double phi2 = std::asin(std::sin(phi1) * std::cos(delta) +
                                  std::cos(phi1) * std::sin(delta) * std::cos(theta));
    const double lambda2 = std::atan2(std::sin(theta) * std::sin(delta) * std::cos(phi1),
                                      std::cos(delta) - std::sin(phi1) * std::sin(phi2));
    return {lambda2 / toRad, phi2 / toRad};
}

} // namespace

struct Projector::Impl {
    OGRSpatialReference geographic;
    OGRSpatialReference relative; // the projection with lon_0 = 0, fed relative longitudes
    OGRSpatialReference truth;    // the same with the real lon_0, for the output CRS
    std::unique_ptr<OGRCoordinateTransformation> transform;
    std::unique_ptr<OGRCoordinateTransformation> backward;
};

Projector::Projector(const ProjectionSpec& spec) : m_spec(spec), m_impl(std::make_unique<Impl>()) {
    m_impl->geographic.importFromEPSG(4326);
    // Without this, EPSG:4326 reads (lat, lon) and every point lands in the wrong place silently.
    m_impl->geographic.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_impl->relative = makeSrs(projString(spec, 0));
    m_impl->relative.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    if (spec.kind == ProjectionKind::EqualEarth && spec.centerLon == 0) {
        // EPSG:8857 "WGS 84 / Equal Earth Greenwich": the same projection, with a code GeoTIFF
        // and GIS tools recognise.
        m_impl->truth.importFromEPSG(8857);
    } else {
        m_impl->truth = makeSrs(projString(spec, spec.centerLon));
    }
    m_impl->transform.reset(
        OGRCreateCoordinateTransformation(&m_impl->geographic, &m_impl->relative));
    if (!m_impl->transform) {
        throw core::Error("PROJ cannot transform to " + std::string(toString(spec.kind)));
    }
    m_impl->backward.reset(
        OGRCreateCoordinateTransformation(&m_impl->relative, &m_impl->geographic));
}

Projector::~Projector() = default;
Projector::Projector(Projector&&) noexcept = default;
Projector& Projector::operator=(Projector&&) noexcept = default;

void Projector::forward(std::vector<double>& xs, std::vector<double>& ys,
                        std::vector<int>& ok) const {
    ok.assign(xs.size(), 0);
    if (xs.empty()) {
        return;
    }
    // Points on the far side of an orthographic globe fail by design; keep PROJ quiet about it.
    CPLPushErrorHandler(CPLQuietErrorHandler);
    m_impl->transform->Transform(xs.size(), xs.data(), ys.data(), nullptr, ok.data());
    CPLPopErrorHandler();
    for (size_t i = 0; i < xs.size(); ++i) {
        if (ok[i] && (!std::isfinite(xs[i]) || !std::isfinite(ys[i]))) {
            ok[i] = 0;
        }
    }
}

std::optional<Point> Projector::forward(double relativeLon, double lat) const {
    std::vector<double> xs{relativeLon}, ys{lat};
    std::vector<int> ok;
    forward(xs, ys, ok);
    if (!ok[0]) {
        return std::nullopt;
    }
    return Point{xs[0], ys[0]};
}

std::optional<std::pair<double, double>> Projector::inverse(double x, double y) const {
    int ok = 0;
    CPLPushErrorHandler(CPLQuietErrorHandler);
    const bool done = m_impl->backward && m_impl->backward->Transform(1, &x, &y, nullptr, &ok);
    CPLPopErrorHandler();
    if (!done || !ok || !std::isfinite(x) || !std::isfinite(y)) {
        return std::nullopt;
    }
    return std::make_pair(relativeLongitude(x, -m_spec.centerLon), y);
}

std::optional<Bounds> Projector::boundsOf(double west, double south, double east,
                                          double north) const {
    if (east < west) {
        east += 360; // a box across the antimeridian
    }
    std::vector<double> xs, ys;
    constexpr int steps = 32;
    for (int i = 0; i <= steps; ++i) {
        for (int j = 0; j <= steps; ++j) {
            xs.push_back(relativeLongitude(west + (east - west) * i / steps, m_spec.centerLon));
            ys.push_back(south + (north - south) * j / steps);
        }
    }
    std::vector<int> ok;
    forward(xs, ys, ok);
    std::optional<Bounds> bounds;
    for (size_t k = 0; k < xs.size(); ++k) {
        if (!ok[k]) {
            continue;
        }
        if (!bounds) {
            bounds = Bounds{xs[k], ys[k], xs[k], ys[k]};
        }
        bounds = Bounds{std::min(bounds->minX, xs[k]), std::min(bounds->minY, ys[k]),
                        std::max(bounds->maxX, xs[k]), std::max(bounds->maxY, ys[k])};
    }
    return bounds;
}

std::string Projector::crsWkt() const {
    char* wkt = nullptr;
    // WKT1 (GDAL flavour): what GeoTIFF keys and older GIS tools read most reliably.
    m_impl->truth.exportToWkt(&wkt);
    std::string text = wkt ? wkt : "";
    CPLFree(wkt);
    return text;
}

double Projector::latitudeLimit() const {
    return m_spec.kind == ProjectionKind::Mercator ? 85.0 : 90.0;
}

std::vector<std::pair<double, double>> Projector::globeOutlineLonLat() const {
    std::vector<std::pair<double, double>> ring;
    if (m_spec.kind == ProjectionKind::Orthographic) {
        // Just inside the horizon, where PROJ still projects every point.
        for (int step = 0; step <= 720; ++step) {
            ring.push_back(destination(m_spec.centerLat, 89.9, step * 0.5));
        }
        return ring;
    }
    const double limit = latitudeLimit();
    const int steps = static_cast<int>(2 * limit / 0.5);
    for (int i = 0; i <= steps; ++i) {
        ring.emplace_back(-180.0, -limit + 2 * limit * i / steps);
    }
    for (int i = 0; i <= steps; ++i) {
        ring.emplace_back(180.0, limit - 2 * limit * i / steps);
    }
    ring.push_back(ring.front());
    return ring;
}

} // namespace recmap::geo

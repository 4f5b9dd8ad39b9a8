#pragma once

// Private to geo: RAII owners for the GDAL/OGR handles this layer uses. Not part of the public
// interface (GDAL is linked PRIVATE), so no header outside src/geo includes this.

#include <cpl_error.h>
#include <gdal_priv.h>
#include <memory>
#include <ogr_geometry.h>

namespace recmap::geo {

struct GdalDatasetCloser {
    void operator()(GDALDataset* dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

using GeometryPtr = std::unique_ptr<OGRGeometry>;
using MultiPolygonPtr = std::unique_ptr<OGRMultiPolygon>;

// Keeps GDAL and GEOS from printing on stderr while it lives (on this thread): for calls whose
// failures are expected, handled and reported by the caller, such as IsValid on a quantised ring.
class QuietGdalErrors {
  public:
    QuietGdalErrors() { CPLPushErrorHandler(CPLQuietErrorHandler); }
    ~QuietGdalErrors() { CPLPopErrorHandler(); }
    QuietGdalErrors(const QuietGdalErrors&) = delete;
    QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
};

// Calls `visit` with each polygon of a polygon or multipolygon (other geometries have none).
template <typename Visit> void forEachPolygon(const OGRGeometry& geometry, Visit&& visit) {
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        visit(*geometry.toPolygon());
    } else if (type == wkbMultiPolygon) {
        for (const auto* polygon : *geometry.toMultiPolygon()) {
            visit(*polygon);
        }
    }
}

// Collects the polygons of any geometry (nested collections included) into a multipolygon,
// dropping points and lines (a MakeValid result can hold them).
inline void collectPolygons(const OGRGeometry* geometry, OGRMultiPolygon& into) {
    if (geometry == nullptr || geometry->IsEmpty()) {
        return;
    }
    const auto type = wkbFlatten(geometry->getGeometryType());
    if (type == wkbPolygon) {
        into.addGeometry(geometry);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const auto* part : *geometry->toGeometryCollection()) {
            collectPolygons(part, into);
        }
    }
}

} // namespace recmap::geo

#include "geo/planar_repair.hpp"

#include "geo/projection.hpp"

#include <algorithm>
#include <cmath>
#include <cpl_error.h>
#include <vector>

namespace recmap::geo {
namespace {

struct LonLat {
    double lon;
    double lat;
};

std::vector<std::vector<LonLat>> ringsOf(const OGRPolygon& polygon, double centerLon) {
    std::vector<std::vector<LonLat>> rings;
    for (const auto* ring : polygon) {
        std::vector<LonLat> points;
        points.reserve(static_cast<size_t>(ring->getNumPoints()));
        for (const auto& point : *ring) {
            points.push_back({relativeLongitude(point.getX(), centerLon), point.getY()});
        }
        if (points.size() >= 4) {
            rings.push_back(std::move(points));
        }
    }
    return rings;
}

bool crossesAntimeridian(const std::vector<LonLat>& ring) {
    for (size_t i = 1; i < ring.size(); ++i) {
        if (std::abs(ring[i].lon - ring[i - 1].lon) > 180.0) {
            return true;
        }
    }
    return false;
}

// Unwraps longitudes so no step exceeds 180 degrees; closes a pole-circling ring via the pole.
std::unique_ptr<OGRPolygon> unwrappedRing(const std::vector<LonLat>& ring) {
    std::vector<LonLat> points{ring.front()};
    double meanLat = 0;
    for (size_t i = 1; i < ring.size(); ++i) {
        double step = ring[i].lon - ring[i - 1].lon;
        if (step > 180.0) {
            step -= 360.0;
        } else if (step < -180.0) {
            step += 360.0;
        }
        points.push_back({points.back().lon + step, ring[i].lat});
        meanLat += ring[i].lat;
    }
    const double sweep = points.back().lon - points.front().lon;
    auto linear = std::make_unique<OGRLinearRing>();
    for (const auto& p : points) {
        linear->addPoint(p.lon, p.lat);
    }
    if (std::abs(sweep) > 180.0) {
        // Close through the pole along the pole line, one vertex a degree, so the pole line
        // projects as the projection draws it and no triangle spans the whole map.
        const double pole = meanLat < 0 ? -90.0 : 90.0;
        const double from = points.back().lon;
        const double to = points.front().lon;
        const int steps = std::max(1, static_cast<int>(std::ceil(std::abs(to - from))));
        for (int i = 0; i <= steps; ++i) {
            linear->addPoint(from + (to - from) * i / steps, pole);
        }
    }
    linear->closeRings();
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(linear.release());
    return polygon;
}

// Clips to [-180, 180] and moves what lies beyond back by a whole turn.
MultiPolygonPtr foldIntoRange(const OGRGeometry& geometry) {
    auto folded = std::make_unique<OGRMultiPolygon>();
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    for (int turn = -1; turn <= 1; ++turn) {
        const double minLon = -180.0 + 360.0 * turn;
        if (envelope.MaxX <= minLon || envelope.MinX >= minLon + 360.0) {
            continue;
        }
        OGRLinearRing box;
        box.addPoint(minLon, -90.0);
        box.addPoint(minLon + 360.0, -90.0);
        box.addPoint(minLon + 360.0, 90.0);
        box.addPoint(minLon, 90.0);
        box.closeRings();
        OGRPolygon clip;
        clip.addRing(&box);
        GeometryPtr piece(geometry.Intersection(&clip));
        if (!piece) {
            continue;
        }
        if (turn != 0) {
            OGRMultiPolygon parts;
            collectPolygons(piece.get(), parts);
            for (auto* polygon : parts) {
                for (auto* ring : *polygon) {
                    for (int i = 0; i < ring->getNumPoints(); ++i) {
                        ring->setPoint(i, ring->getX(i) - 360.0 * turn, ring->getY(i));
                    }
                }
            }
            collectPolygons(&parts, *folded);
        } else {
            collectPolygons(piece.get(), *folded);
        }
    }
    return folded;
}

void shiftLongitudes(OGRGeometry& geometry, double centerLon) {
    auto shiftPolygon = [centerLon](OGRPolygon& polygon) {
        for (auto* ring : polygon) {
            for (int i = 0; i < ring->getNumPoints(); ++i) {
                ring->setPoint(i, relativeLongitude(ring->getX(i), centerLon), ring->getY(i));
            }
        }
    };
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
        shiftPolygon(*geometry.toPolygon());
    } else if (type == wkbMultiPolygon) {
        for (auto* polygon : *geometry.toMultiPolygon()) {
            shiftPolygon(*polygon);
        }
    }
}

} // namespace

MultiPolygonPtr repairForPlane(const OGRGeometry& geometry, double centerLon,
                               RepairCounts& counts) {
    // GEOS explains each invalid ring on stderr; the repairs are counted and reported instead.
    const QuietGdalErrors quiet;

    auto result = std::make_unique<OGRMultiPolygon>();
    bool unwrapped = false;
    auto addPart = [&](const OGRPolygon& part) {
        const auto rings = ringsOf(part, centerLon);
        bool crosses = false;
        for (const auto& ring : rings) {
            crosses = crosses || crossesAntimeridian(ring);
        }
        if (!crosses) {
            // The common case: no GEOS work at all. Any self-intersection left is harmless to
            // the odd-winding tessellator; clipping repairs validity itself where it needs it.
            auto copy = std::unique_ptr<OGRPolygon>(part.clone());
            if (centerLon != 0) {
                shiftLongitudes(*copy, centerLon);
            }
            result->addGeometryDirectly(copy.release());
            return;
        }
        unwrapped = true;
        GeometryPtr combined;
        for (const auto& ring : rings) {
            auto polygon = unwrappedRing(ring);
            GeometryPtr valid(polygon->MakeValid());
            auto folded = foldIntoRange(*valid);
            combined.reset(combined ? combined->SymDifference(folded.get()) : folded.release());
        }
        collectPolygons(combined.get(), *result);
    };
    forEachPolygon(geometry, addPart);
    counts.unwrapped += unwrapped ? 1 : 0;
    if (result->IsEmpty()) {
        ++counts.empty;
    }
    return result;
}

MultiPolygonPtr clipToRegion(const OGRMultiPolygon& polygons, const OGRGeometry& region,
                             RepairCounts& counts) {
    const QuietGdalErrors quiet;
    auto clipped = std::make_unique<OGRMultiPolygon>();
    GeometryPtr visible(polygons.Intersection(&region));
    if (!visible) {
        // GEOS refuses invalid input (self-intersections from quantisation): repair and retry.
        ++counts.madeValid;
        GeometryPtr valid(polygons.MakeValid());
        if (valid) {
            visible.reset(valid->Intersection(&region));
        }
    }
    collectPolygons(visible.get(), *clipped);
    return clipped;
}

} // namespace recmap::geo

#include "geo/derived_boundaries.hpp"

#include "geo/gdal_handles.hpp"

namespace recmap::geo {
namespace {

struct Split {
    MultiPolygonPtr piece = std::make_unique<OGRMultiPolygon>();
    MultiPolygonPtr rest = std::make_unique<OGRMultiPolygon>();
};

Split partContaining(const OGRGeometry& source, double lon, double lat) {
    OGRMultiPolygon parts;
    collectPolygons(&source, parts);
    const OGRPoint point(lon, lat);
    Split split;
    bool found = false;
    for (const auto* part : parts) {
        const bool inside = !found && part->Contains(&point);
        found = found || inside;
        (inside ? split.piece : split.rest)->addGeometry(part);
    }
    return split;
}

Split clippedBy(const OGRGeometry& source, const OGRPolygon& clip) {
    // GEOS gives no intersection with an invalid operand, and quantised 1:10m features are often
    // self-intersecting (Germany, Viet Nam): those are cut once made valid. GEOS would explain
    // each on stderr; the cut is reported by the caller instead.
    const QuietGdalErrors quiet;
    GeometryPtr valid;
    const OGRGeometry* operand = &source;
    if (!source.IsValid()) {
        valid.reset(source.MakeValid());
        if (valid) {
            operand = valid.get();
        }
    }
    Split split;
    GeometryPtr inside(operand->Intersection(&clip));
    GeometryPtr outside(operand->Difference(&clip));
    collectPolygons(inside.get(), *split.piece);
    collectPolygons(outside.get(), *split.rest);
    return split;
}

OGRPolygon ringPolygon(const std::vector<std::pair<double, double>>& points) {
    auto ring = std::make_unique<OGRLinearRing>();
    for (const auto& [lon, lat] : points) {
        ring->addPoint(lon, lat);
    }
    ring->closeRings();
    OGRPolygon polygon;
    polygon.addRingDirectly(ring.release());
    return polygon;
}

Split split(const OGRGeometry& source, const core::BoundaryRule& rule) {
    switch (rule.kind) {
    case core::BoundaryRule::Kind::PartContaining:
        return partContaining(source, rule.points.front().first, rule.points.front().second);
    case core::BoundaryRule::Kind::SouthOf:
        return clippedBy(
            source,
            ringPolygon({{-180, -90}, {180, -90}, {180, rule.latitude}, {-180, rule.latitude}}));
    case core::BoundaryRule::Kind::Within:
        return clippedBy(source, ringPolygon(rule.points));
    }
    return {};
}

} // namespace

std::vector<std::string> applyDerivedBoundaries(BoundarySet& boundaries,
                                                const std::vector<core::DerivedBoundary>& rules) {
    std::vector<std::string> notes;
    for (const auto& rule : rules) {
        if (boundaries.find(rule.key)) {
            notes.push_back("'" + rule.key + "' is drawn by the boundary file; rule not applied");
            continue;
        }
        const auto from = boundaries.find(rule.fromKey);
        if (!from) {
            notes.push_back("no feature '" + rule.fromKey + "' to cut '" + rule.key + "' from");
            continue;
        }
        auto [piece, rest] = split(boundaries.geometry(*from), rule.rule);
        if (piece->IsEmpty()) {
            notes.push_back("'" + rule.key + "' (" + rule.ruleText + ") matched nothing in '" +
                            rule.fromKey + "'");
            continue;
        }
        boundaries.setGeometry(*from, std::move(rest));
        boundaries.add({rule.key, rule.key}, std::move(piece));
    }
    return notes;
}

} // namespace recmap::geo

#include "geo/map_mesh_builder.hpp"

#include "geo/border_edges.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/planar_repair.hpp"
#include "geo/tessellator.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <exception>
#include <functional>
#include <thread>

namespace recmap::geo {
namespace {

constexpr double toRad = M_PI / 180.0;

// Decides what part of the sphere is drawn and projects lon/lat (relative) points.
class Visibility {
  public:
    explicit Visibility(const Projector& projector) : m_projector(projector) {
        const auto& spec = projector.spec();
        m_ortho = spec.kind == ProjectionKind::Orthographic;
        m_sinLat0 = std::sin(spec.centerLat * toRad);
        m_cosLat0 = std::cos(spec.centerLat * toRad);
        m_latLimit = projector.latitudeLimit();
    }

    [[nodiscard]] bool visible(double relLon, double lat) const {
        if (m_ortho) {
            const double cosDistance = m_sinLat0 * std::sin(lat * toRad) +
                                       m_cosLat0 * std::cos(lat * toRad) * std::cos(relLon * toRad);
            return cosDistance > std::cos(89.9 * toRad);
        }
        return std::abs(lat) <= m_latLimit;
    }

    // The drawable region in relative lon/lat, to intersect polygons with; null when all is.
    [[nodiscard]] MultiPolygonPtr clipRegion() const {
        OGRLinearRing ring;
        if (m_ortho) {
            for (const auto& [lon, lat] : m_projector.globeOutlineLonLat()) {
                ring.addPoint(lon, lat);
            }
        } else {
            ring.addPoint(-180.0, -m_latLimit);
            ring.addPoint(180.0, -m_latLimit);
            ring.addPoint(180.0, m_latLimit);
            ring.addPoint(-180.0, m_latLimit);
        }
        ring.closeRings();
        OGRPolygon polygon;
        polygon.addRing(&ring);
        if (!m_ortho) {
            auto box = std::make_unique<OGRMultiPolygon>();
            box->addGeometry(&polygon);
            return box;
        }
        // The horizon circle in lon/lat circles a pole when the centre is near one.
        RepairCounts ignored;
        return repairForPlane(polygon, 0, ignored);
    }

    [[nodiscard]] bool needsClip() const { return m_ortho || m_latLimit < 90.0; }

  private:
    const Projector& m_projector;
    bool m_ortho = false;
    double m_sinLat0 = 0;
    double m_cosLat0 = 1;
    double m_latLimit = 90;
};

class Stopwatch {
  public:
    double lap() {
        const auto now = std::chrono::steady_clock::now();
        const double elapsed = std::chrono::duration<double, std::milli>(now - m_last).count();
        m_last = now;
        return elapsed;
    }

  private:
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

Vec2 toVec2(const Point& p) {
    return {static_cast<float>(p.x), static_cast<float>(p.y)};
}

// Projects each polygon of a multipolygon (relative lon/lat) into planar rings, its outer ring
// first; a polygon whose outer ring is not left with 3 points is dropped whole.
std::vector<std::vector<Ring>> projectPolygons(const OGRMultiPolygon& polygons,
                                               const Projector& projector) {
    std::vector<std::vector<Ring>> projected;
    std::vector<double> xs, ys;
    std::vector<int> ok;
    for (const auto* polygon : polygons) {
        std::vector<Ring> rings;
        for (const auto* ring : *polygon) {
            xs.clear();
            ys.clear();
            for (const auto& point : *ring) {
                xs.push_back(point.getX());
                ys.push_back(point.getY());
            }
            projector.forward(xs, ys, ok);
            Ring points;
            points.reserve(xs.size());
            for (size_t i = 0; i < xs.size(); ++i) {
                if (ok[i]) {
                    points.push_back({xs[i], ys[i]});
                }
            }
            if (points.size() >= 3) {
                rings.push_back(std::move(points));
            } else if (rings.empty()) {
                break; // the outer ring
            }
        }
        if (!rings.empty()) {
            projected.push_back(std::move(rings));
        }
    }
    return projected;
}

// A segment between two relative lon/lat points, projected, split where it crosses the map edge.
void addSegment(double lonA, double latA, double lonB, double latB, const Projector& projector,
                const Visibility& visibility, std::vector<Vec2>& out) {
    if (!visibility.visible(lonA, latA) || !visibility.visible(lonB, latB)) {
        return;
    }
    if (std::abs(lonB - lonA) > 180.0) {
        const double edge = lonA > 0 ? 180.0 : -180.0;
        const double unwrappedB = lonB + (lonA > 0 ? 360.0 : -360.0);
        const double t = (edge - lonA) / (unwrappedB - lonA);
        const double latEdge = latA + t * (latB - latA);
        addSegment(lonA, latA, edge, latEdge, projector, visibility, out);
        addSegment(-edge, latEdge, lonB, latB, projector, visibility, out);
        return;
    }
    auto a = projector.forward(lonA, latA);
    auto b = projector.forward(lonB, latB);
    if (a && b) {
        out.push_back(toVec2(*a));
        out.push_back(toVec2(*b));
    }
}

// Projects the border edges in one call to PROJ (a call per point costs more than the projecting);
// an edge hidden in part or crossing the map's edge goes through addSegment, in edge order.
void projectBorders(const std::vector<LonLatEdge>& edges, const Projector& projector,
                    const Visibility& visibility, double centerLon, MapMesh& mesh) {
    std::vector<double> xs, ys;
    std::vector<int> ok;
    std::vector<uint8_t> batched(edges.size(), 0);
    xs.reserve(2 * edges.size());
    ys.reserve(2 * edges.size());
    for (size_t i = 0; i < edges.size(); ++i) {
        const auto& edge = edges[i];
        const double lonA = relativeLongitude(edge.lon0, centerLon);
        const double lonB = relativeLongitude(edge.lon1, centerLon);
        if (std::abs(lonB - lonA) <= 180.0 && visibility.visible(lonA, edge.lat0) &&
            visibility.visible(lonB, edge.lat1)) {
            batched[i] = 1;
            xs.push_back(lonA);
            ys.push_back(edge.lat0);
            xs.push_back(lonB);
            ys.push_back(edge.lat1);
        }
    }
    projector.forward(xs, ys, ok);
    mesh.borderVertices.reserve(mesh.borderVertices.size() + xs.size());
    mesh.borderSides.reserve(mesh.borderSides.size() + xs.size() / 2);
    size_t next = 0;
    for (size_t i = 0; i < edges.size(); ++i) {
        const auto& edge = edges[i];
        const size_t before = mesh.borderVertices.size();
        if (batched[i] != 0) {
            if (ok[next] && ok[next + 1]) {
                mesh.borderVertices.push_back(toVec2({xs[next], ys[next]}));
                mesh.borderVertices.push_back(toVec2({xs[next + 1], ys[next + 1]}));
            }
            next += 2;
        } else {
            addSegment(relativeLongitude(edge.lon0, centerLon), edge.lat0,
                       relativeLongitude(edge.lon1, centerLon), edge.lat1, projector, visibility,
                       mesh.borderVertices);
        }
        mesh.borderSides.insert(mesh.borderSides.end(), (mesh.borderVertices.size() - before) / 2,
                                {edge.first, edge.second});
    }
}

void addGraticule(double step, const Projector& projector, const Visibility& visibility,
                  MapMesh& mesh) {
    if (step <= 0) {
        return;
    }
    const double limit = std::min(projector.latitudeLimit(), 90.0 - 1e-9);
    const double centerLon = projector.spec().centerLon;
    for (double lon = -180.0; lon < 180.0; lon += step) {
        const double rel = relativeLongitude(lon, centerLon);
        for (double lat = -limit; lat < limit; lat += 1.0) {
            addSegment(rel, lat, rel, std::min(lat + 1.0, limit), projector, visibility,
                       mesh.graticuleVertices);
        }
    }
    for (double lat = -90.0 + step; lat < 90.0; lat += step) {
        if (std::abs(lat) > limit) {
            continue;
        }
        for (double lon = -180.0; lon < 180.0; lon += 1.0) {
            addSegment(lon, lat, lon + 1.0, lat, projector, visibility, mesh.graticuleVertices);
        }
    }
}

bool insideRing(const std::vector<Vec2>& ring, double x, double y) {
    bool inside = false;
    for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        if ((ring[i].y > y) != (ring[j].y > y) && x < (double(ring[j].x) - ring[i].x) *
                                                              (y - ring[i].y) /
                                                              (double(ring[j].y) - ring[i].y) +
                                                          ring[i].x) {
            inside = !inside;
        }
    }
    return inside;
}

// Each entity's area (from its triangles) and anchor, where its label or marker goes: the
// centroid of its largest ring (France's mainland, not France with French Guiana), or, when that
// centroid falls outside the ring (a crescent), the centre of the entity's largest triangle.
void measureEntities(MapMesh& mesh) {
    const size_t count = mesh.entityCodes.size();
    mesh.entityAreas.assign(count, 0.0);
    std::vector<double> largestTriangle(count, 0.0);
    std::vector<Vec2> largestTriangleCentre(count);
    for (size_t i = 0; i + 2 < mesh.fillIndices.size(); i += 3) {
        const auto& a = mesh.fillVertices[mesh.fillIndices[i]];
        const auto& b = mesh.fillVertices[mesh.fillIndices[i + 1]];
        const auto& c = mesh.fillVertices[mesh.fillIndices[i + 2]];
        const double area = std::abs((double(b.x) - a.x) * (double(c.y) - a.y) -
                                     (double(c.x) - a.x) * (double(b.y) - a.y)) /
                            2;
        const uint32_t entity = mesh.fillEntities[mesh.fillIndices[i]];
        mesh.entityAreas[entity] += area;
        if (area > largestTriangle[entity]) {
            largestTriangle[entity] = area;
            largestTriangleCentre[entity] = {(a.x + b.x + c.x) / 3, (a.y + b.y + c.y) / 3};
        }
    }
    std::vector<double> largestRing(count, 0.0);
    mesh.entityAnchors = largestTriangleCentre;
    for (const auto& ring : mesh.rings) {
        double area = 0, cx = 0, cy = 0;
        for (size_t i = 0, j = ring.points.size() - 1; i < ring.points.size(); j = i++) {
            const double cross = double(ring.points[j].x) * ring.points[i].y -
                                 double(ring.points[i].x) * ring.points[j].y;
            area += cross;
            cx += (double(ring.points[j].x) + ring.points[i].x) * cross;
            cy += (double(ring.points[j].y) + ring.points[i].y) * cross;
        }
        if (std::abs(area) <= largestRing[ring.entity] || area == 0) {
            continue;
        }
        largestRing[ring.entity] = std::abs(area);
        cx /= 3 * area;
        cy /= 3 * area;
        mesh.entityAnchors[ring.entity] = insideRing(ring.points, cx, cy)
                                              ? Vec2{static_cast<float>(cx), static_cast<float>(cy)}
                                              : largestTriangleCentre[ring.entity];
    }
}

void addGlobe(const Projector& projector, MapMesh& mesh) {
    Ring outline;
    for (const auto& [lon, lat] : projector.globeOutlineLonLat()) {
        if (auto p = projector.forward(lon, lat)) {
            outline.push_back(*p);
        }
    }
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    (void)triangulatePolygon({outline}, vertices, indices);
    for (uint32_t index : indices) {
        mesh.globeTriangles.push_back(toVec2(vertices[index]));
    }
    Bounds bounds{outline.front().x, outline.front().y, outline.front().x, outline.front().y};
    for (const auto& p : outline) {
        mesh.globeOutline.push_back(toVec2(p));
        bounds.minX = std::min(bounds.minX, p.x);
        bounds.minY = std::min(bounds.minY, p.y);
        bounds.maxX = std::max(bounds.maxX, p.x);
        bounds.maxY = std::max(bounds.maxY, p.y);
    }
    mesh.bounds = bounds;
}

size_t pointCount(const OGRGeometry& geometry) {
    size_t points = 0;
    forEachPolygon(geometry, [&points](const OGRPolygon& polygon) {
        for (const auto* ring : polygon) {
            points += static_cast<size_t>(ring->getNumPoints());
        }
    });
    return points;
}

// One feature's fill, made apart from every other so features are prepared in parallel:
// repaired, clipped, projected and triangulated.
struct PreparedFill {
    std::vector<std::vector<Ring>> polygons;
    std::vector<Point> vertices;
    std::vector<uint32_t> indices;
    int byGlu = 0;
    int tessErrors = 0;
};

// The features' fills on every core, each worker with its own Projector (PROJ transformations
// are not shared between threads) and repair counts; timings are summed over workers.
std::vector<PreparedFill> prepareFills(const BoundarySet& boundaries, const MeshOptions& options,
                                       const OGRMultiPolygon* clip, RepairCounts& counts,
                                       MeshReport& report) {
    std::vector<PreparedFill> fills(boundaries.size());
    const unsigned workers =
        std::clamp(std::thread::hardware_concurrency(), 1u,
                   static_cast<unsigned>(std::max<size_t>(1, boundaries.size() / 8)));
    struct WorkerTotals {
        RepairCounts counts;
        double repairMs = 0, projectMs = 0, tessellateMs = 0;
        std::exception_ptr failure;
    };
    std::vector<WorkerTotals> totals(workers);
    std::atomic<size_t> next{0};
    const auto work = [&](WorkerTotals& mine) {
        try {
            const Projector projector(options.projection);
            for (size_t i = next++; i < boundaries.size(); i = next++) {
                Stopwatch watch;
                MultiPolygonPtr polygons = repairForPlane(
                    boundaries.geometry(i), options.projection.centerLon, mine.counts);
                if (clip != nullptr && !polygons->IsEmpty()) {
                    polygons = clipToRegion(*polygons, *clip, mine.counts);
                }
                mine.repairMs += watch.lap();
                if (polygons->IsEmpty()) {
                    continue;
                }
                auto& fill = fills[i];
                fill.polygons = projectPolygons(*polygons, projector);
                mine.projectMs += watch.lap();
                for (const auto& polygon : fill.polygons) {
                    if (options.gluOnly) {
                        fill.tessErrors += tessellate(polygon, fill.vertices, fill.indices);
                        ++fill.byGlu;
                        continue;
                    }
                    const auto done = triangulatePolygon(polygon, fill.vertices, fill.indices);
                    fill.byGlu += done.byGlu ? 1 : 0;
                    fill.tessErrors += done.gluErrors;
                }
                mine.tessellateMs += watch.lap();
            }
        } catch (...) {
            mine.failure = std::current_exception();
            next = boundaries.size();
        }
    };
    {
        std::vector<std::jthread> threads;
        for (unsigned w = 1; w < workers; ++w) {
            threads.emplace_back(work, std::ref(totals[w]));
        }
        work(totals[0]);
    }
    for (const auto& mine : totals) {
        if (mine.failure) {
            std::rethrow_exception(mine.failure);
        }
        counts.unwrapped += mine.counts.unwrapped;
        counts.madeValid += mine.counts.madeValid;
        counts.empty += mine.counts.empty;
        report.repairMs += mine.repairMs;
        report.projectMs += mine.projectMs;
        report.tessellateMs += mine.tessellateMs;
    }
    return fills;
}

} // namespace

MapMesh buildMapMesh(const BoundarySet& boundaries,
                     const std::unordered_map<std::string, std::string>& entityByKey,
                     const MeshOptions& options, MeshReport& report) {
    const Projector projector(options.projection);
    const Visibility visibility(projector);
    const MultiPolygonPtr clip = visibility.needsClip() ? visibility.clipRegion() : nullptr;
    const double centerLon = options.projection.centerLon;

    MapMesh mesh;
    std::unordered_map<std::string, uint32_t> indexByCode;
    std::vector<uint32_t> entityOf(boundaries.size());
    for (size_t i = 0; i < boundaries.size(); ++i) {
        const auto& feature = boundaries.feature(i);
        std::string code;
        if (auto found = entityByKey.find(feature.key); found != entityByKey.end()) {
            code = found->second;
        } else {
            code = "?" + feature.key;
            report.unmatched.push_back(
                feature.key + (feature.name != feature.key ? " (" + feature.name + ")" : ""));
        }
        auto [position, inserted] =
            indexByCode.emplace(code, static_cast<uint32_t>(mesh.entityCodes.size()));
        if (inserted) {
            mesh.entityCodes.push_back(code);
        }
        entityOf[i] = position->second;
    }

    // The borders need only the original rings: collected beside the fills, not after them.
    BorderEdges borders;
    RepairCounts counts;
    report.features = static_cast<int>(boundaries.size());
    std::vector<PreparedFill> fills;
    {
        std::exception_ptr bordersFailed;
        std::jthread collecting([&] {
            try {
                Stopwatch watch;
                size_t points = 0;
                for (size_t i = 0; i < boundaries.size(); ++i) {
                    points += pointCount(boundaries.geometry(i));
                }
                // An edge shared by two features is stored once: about half the points' edges.
                borders.reserve(points / 2 + 1024);
                for (size_t i = 0; i < boundaries.size(); ++i) {
                    borders.add(boundaries.geometry(i), entityOf[i]);
                }
                report.bordersMs += watch.lap();
            } catch (...) {
                bordersFailed = std::current_exception();
            }
        });
        fills = prepareFills(boundaries, options, clip.get(), counts, report);
        collecting.join();
        if (bordersFailed) {
            std::rethrow_exception(bordersFailed);
        }
    }

    // In feature order, so the mesh is the same whatever the number of cores.
    for (size_t i = 0; i < boundaries.size(); ++i) {
        const uint32_t entity = entityOf[i];
        auto& fill = fills[i];
        for (const auto& polygon : fill.polygons) {
            for (const auto& ring : polygon) {
                MapMesh::Ring kept{entity, {}};
                kept.points.reserve(ring.size());
                for (const auto& p : ring) {
                    kept.points.push_back(toVec2(p));
                }
                mesh.rings.push_back(std::move(kept));
            }
        }
        report.tessErrors += fill.tessErrors;
        report.gluPolygons += fill.byGlu;
        const auto base = static_cast<uint32_t>(mesh.fillVertices.size());
        for (const auto& p : fill.vertices) {
            mesh.fillVertices.push_back(toVec2(p));
            mesh.fillEntities.push_back(entity);
        }
        for (uint32_t index : fill.indices) {
            mesh.fillIndices.push_back(base + index);
        }
        fill = PreparedFill{};
    }
    report.unwrapped = counts.unwrapped;
    report.madeValid = counts.madeValid;
    report.empty = counts.empty;

    Stopwatch watch;
    projectBorders(borders.edges(), projector, visibility, centerLon, mesh);
    mesh.adjacency.assign(borders.adjacency().begin(), borders.adjacency().end());
    measureEntities(mesh);
    addGraticule(options.graticuleStep, projector, visibility, mesh);
    addGlobe(projector, mesh);
    report.projectMs += watch.lap();
    return mesh;
}

} // namespace recmap::geo

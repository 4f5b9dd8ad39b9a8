// Geometry preparation on the real Natural Earth 1:110m file: repair, projection, triangulation.

#include "geo/map_mesh_builder.hpp"
#include "geo/planar_repair.hpp"

#include <cmath>
#include <gtest/gtest.h>
#include <map>
#include <ogr_spatialref.h>

using namespace recmap::geo;

namespace {

const std::string boundaries110m = RECMAP_SOURCE_DIR "/data/boundaries/countries-110m.json";

// Each feature is its own entity, named by its key.
std::unordered_map<std::string, std::string> identityKeys(const BoundarySet& set) {
    std::unordered_map<std::string, std::string> keys;
    for (size_t i = 0; i < set.size(); ++i) {
        keys[set.feature(i).key] = set.feature(i).key;
    }
    return keys;
}

double triangleArea(const Vec2& a, const Vec2& b, const Vec2& c) {
    return std::abs((double(b.x) - a.x) * (double(c.y) - a.y) -
                    (double(c.x) - a.x) * (double(b.y) - a.y)) /
           2;
}

class WorldMesh : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        s_set = std::make_unique<BoundarySet>(BoundarySet::read(boundaries110m));
        s_mesh =
            std::make_unique<MapMesh>(buildMapMesh(*s_set, identityKeys(*s_set), {}, s_report));
    }
    static void TearDownTestSuite() {
        s_mesh.reset();
        s_set.reset();
    }
    static std::unique_ptr<BoundarySet> s_set;
    static std::unique_ptr<MapMesh> s_mesh;
    static MeshReport s_report;
};

std::unique_ptr<BoundarySet> WorldMesh::s_set;
std::unique_ptr<MapMesh> WorldMesh::s_mesh;
MeshReport WorldMesh::s_report;

} // namespace

TEST_F(WorldMesh, ReadsEveryFeatureAndReportsRepairs) {
    EXPECT_EQ(s_set->size(), 177U);
    EXPECT_EQ(s_report.features, 177);
    EXPECT_TRUE(s_report.unmatched.empty());
    // Russia, Fiji and Antarctica cross the antimeridian or circle the pole.
    EXPECT_EQ(s_report.unwrapped, 3);
    EXPECT_EQ(s_report.tessErrors, 0);
    EXPECT_EQ(s_report.empty, 0);
}

TEST_F(WorldMesh, TriangulatedAreaEqualsPolygonAreaForEveryCountry) {
    // Polygon area the independent way: OGR transforms the repaired polygon through PROJ and
    // measures it; compared with the sum of the mesh's triangles per feature.
    std::vector<double> meshArea(s_mesh->entityCodes.size(), 0.0);
    const auto& index = s_mesh->fillIndices;
    for (size_t i = 0; i + 2 < index.size(); i += 3) {
        meshArea[s_mesh->fillEntities[index[i]]] +=
            triangleArea(s_mesh->fillVertices[index[i]], s_mesh->fillVertices[index[i + 1]],
                         s_mesh->fillVertices[index[i + 2]]);
    }
    std::map<std::string, size_t> indexOf;
    for (size_t i = 0; i < s_mesh->entityCodes.size(); ++i) {
        indexOf[s_mesh->entityCodes[i]] = i;
    }
    OGRSpatialReference wgs84, equalEarth;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    equalEarth.importFromProj4("+proj=eqearth +lon_0=0 +datum=WGS84 +units=m +no_defs");
    std::unique_ptr<OGRCoordinateTransformation> transform(
        OGRCreateCoordinateTransformation(&wgs84, &equalEarth));
    int compared = 0;
    for (size_t i = 0; i < s_set->size(); ++i) {
        RepairCounts counts;
        auto polygon = repairForPlane(s_set->geometry(i), 0, counts);
        ASSERT_EQ(polygon->transform(transform.get()), OGRERR_NONE);
        const double expected = polygon->get_Area();
        const double actual = meshArea[indexOf.at(s_set->feature(i).key)];
        EXPECT_NEAR(actual / expected, 1.0, 0.001) << s_set->feature(i).name;
        ++compared;
    }
    EXPECT_EQ(compared, 177);
}

TEST_F(WorldMesh, EveryTriangleLiesInsideItsEntitysRings) {
    // A triangle across the antimeridian would be a streak over the map; one outside its rings
    // a smear. Its centre must lie inside its own entity's rings (odd rule, as they are drawn).
    std::vector<std::vector<const MapMesh::Ring*>> ringsOf(s_mesh->entityCodes.size());
    for (const auto& ring : s_mesh->rings) {
        ringsOf[ring.entity].push_back(&ring);
    }
    const auto inside = [&](uint32_t entity, double x, double y) {
        bool odd = false;
        for (const auto* ring : ringsOf[entity]) {
            const auto& p = ring->points;
            for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
                if ((p[i].y > y) != (p[j].y > y) &&
                    x < (double(p[j].x) - p[i].x) * (y - p[i].y) / (double(p[j].y) - p[i].y) +
                            p[i].x) {
                    odd = !odd;
                }
            }
        }
        return odd;
    };
    const auto& index = s_mesh->fillIndices;
    int outside = 0;
    for (size_t i = 0; i + 2 < index.size(); i += 3) {
        const auto& a = s_mesh->fillVertices[index[i]];
        const auto& b = s_mesh->fillVertices[index[i + 1]];
        const auto& c = s_mesh->fillVertices[index[i + 2]];
        if (triangleArea(a, b, c) == 0) {
            continue; // no pixels
        }
        const uint32_t entity = s_mesh->fillEntities[index[i]];
        if (!inside(entity, (double(a.x) + b.x + c.x) / 3, (double(a.y) + b.y + c.y) / 3)) {
            ADD_FAILURE() << "triangle " << i / 3 << " of " << s_mesh->entityCodes[entity];
            if (++outside > 5) {
                return;
            }
        }
    }
}

TEST_F(WorldMesh, BordersAreDrawnOnceAndNeighboursKnown) {
    std::map<std::string, uint32_t> indexOf;
    for (uint32_t i = 0; i < s_mesh->entityCodes.size(); ++i) {
        indexOf[s_mesh->entityCodes[i]] = i;
    }
    auto neighbours = [&](const std::string& a, const std::string& b) {
        const auto pair = std::minmax(indexOf.at(a), indexOf.at(b));
        return std::find(s_mesh->adjacency.begin(), s_mesh->adjacency.end(),
                         std::make_pair(pair.first, pair.second)) != s_mesh->adjacency.end();
    };
    EXPECT_TRUE(neighbours("250", "724"));    // France - Spain
    EXPECT_TRUE(neighbours("688", "Kosovo")); // Serbia - Kosovo
    EXPECT_FALSE(neighbours("250", "036"));   // France - Australia
    // Each segment is a pair of vertices and no segment appears twice (in either direction).
    ASSERT_EQ(s_mesh->borderVertices.size() % 2, 0U);
    std::set<std::tuple<float, float, float, float>> seen;
    for (size_t i = 0; i < s_mesh->borderVertices.size(); i += 2) {
        auto a = s_mesh->borderVertices[i];
        auto b = s_mesh->borderVertices[i + 1];
        if (std::tie(b.x, b.y) < std::tie(a.x, a.y)) {
            std::swap(a, b);
        }
        EXPECT_TRUE(seen.emplace(a.x, a.y, b.x, b.y).second) << "doubled border segment " << i / 2;
    }
}

TEST(PlanarRepair, AntarcticaIsClosedThroughTheSouthPole) {
    const auto set = BoundarySet::read(boundaries110m);
    for (size_t i = 0; i < set.size(); ++i) {
        if (set.feature(i).key != "010") {
            continue;
        }
        RepairCounts counts;
        const auto repaired = repairForPlane(set.geometry(i), 0, counts);
        EXPECT_EQ(counts.unwrapped, 1);
        OGREnvelope envelope;
        repaired->getEnvelope(&envelope);
        EXPECT_DOUBLE_EQ(envelope.MinY, -90.0);
        EXPECT_GE(envelope.MinX, -180.0);
        EXPECT_LE(envelope.MaxX, 180.0);
        // About 13.7 million km2 on the sphere; in degrees^2 the band to the pole is large.
        EXPECT_GT(repaired->get_Area(), 360.0 * 15.0);
        return;
    }
    FAIL() << "Antarctica (010) not found";
}

TEST(MapMeshOrthographic, DrawsOnlyTheVisibleHemisphere) {
    const auto set = BoundarySet::read(boundaries110m);
    MeshOptions options;
    options.projection = {ProjectionKind::Orthographic, 20, 45};
    MeshReport report;
    const auto mesh = buildMapMesh(set, identityKeys(set), options, report);
    EXPECT_EQ(report.tessErrors, 0);
    // Every fill lies inside the drawn horizon.
    double horizon = 0;
    for (const auto& v : mesh.globeOutline) {
        horizon = std::max(horizon, std::hypot(double(v.x), double(v.y)));
    }
    EXPECT_GT(horizon, 6.3e6);
    EXPECT_LT(horizon, 6.4e6);
    for (const auto& v : mesh.fillVertices) {
        ASSERT_LE(std::hypot(v.x, v.y), horizon * 1.0001);
    }
    std::set<std::string> drawn;
    for (auto entity : mesh.fillEntities) {
        drawn.insert(mesh.entityCodes[entity]);
    }
    EXPECT_TRUE(drawn.contains("250"));  // France faces the viewer
    EXPECT_FALSE(drawn.contains("036")); // Australia is behind the globe
}

TEST(BoundarySet, MissingAndCorruptFilesNameTheFile) {
    EXPECT_THROW(
        {
            try {
                (void)BoundarySet::read("/nonexistent/countries.json");
            } catch (const std::exception& error) {
                EXPECT_NE(std::string(error.what()).find("/nonexistent/countries.json"),
                          std::string::npos);
                throw;
            }
        },
        std::exception);
}

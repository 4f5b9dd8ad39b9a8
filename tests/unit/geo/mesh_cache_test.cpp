// The mesh cache on disk: a mesh comes back as it was written, and the directory is kept within
// its budget, least recently used first.

#include "geo/mesh_cache.hpp"

#include "support/test_files.hpp"

#include <chrono>
#include <fstream>
#include <gtest/gtest.h>
#include <string>

using namespace recmap;
namespace fs = std::filesystem;

namespace {

// A file of `size` bytes last used `hoursAgo`.
void writeFile(const fs::path& path, size_t size, int hoursAgo) {
    std::ofstream(path, std::ios::binary) << std::string(size, 'x');
    fs::last_write_time(path, fs::file_time_type::clock::now() - std::chrono::hours(hoursAgo));
}

geo::MapMesh smallMesh() {
    geo::MapMesh mesh;
    mesh.entityCodes = {"FRA", "DEU"};
    mesh.bounds = {-1, -2, 3, 4};
    return mesh;
}

} // namespace

TEST(MeshCache, AMeshComesBackAsWritten) {
    const auto dir = test::scratchDirectory("mesh-cache-roundtrip");
    geo::MeshReport report;
    report.features = 2;
    ASSERT_TRUE(geo::writeMeshCache(dir / "mesh-a-b.bin", smallMesh(), report));
    geo::MeshReport read;
    const auto mesh = geo::readMeshCache(dir / "mesh-a-b.bin", read);
    ASSERT_TRUE(mesh);
    EXPECT_EQ(mesh->entityCodes, smallMesh().entityCodes);
    EXPECT_EQ(mesh->bounds.maxY, 4);
    EXPECT_EQ(read.features, 2);
}

TEST(MeshCache, PruningRemovesTheLeastRecentlyUsedUntilWithinBudget) {
    const auto dir = test::scratchDirectory("mesh-cache-prune");
    writeFile(dir / "mesh-old-1.bin", 400, 30);
    writeFile(dir / "mesh-old-2.bin", 400, 20);
    writeFile(dir / "mesh-recent.bin", 400, 10);
    writeFile(dir / "mesh-kept.bin", 400, 40);  // the oldest, but the one just written
    writeFile(dir / "recmap-1.gpkg", 5000, 50); // not a mesh: never counted or removed

    EXPECT_EQ(geo::pruneMeshCache(dir, dir / "mesh-kept.bin", 900), 2u);
    EXPECT_FALSE(fs::exists(dir / "mesh-old-1.bin"));
    EXPECT_FALSE(fs::exists(dir / "mesh-old-2.bin"));
    EXPECT_TRUE(fs::exists(dir / "mesh-recent.bin"));
    EXPECT_TRUE(fs::exists(dir / "mesh-kept.bin"));
    EXPECT_TRUE(fs::exists(dir / "recmap-1.gpkg"));
    // Within budget: nothing more goes.
    EXPECT_EQ(geo::pruneMeshCache(dir, dir / "mesh-kept.bin", 900), 0u);
}

TEST(MeshCache, AFileMarkedUsedOutlivesAnOlderOne) {
    const auto dir = test::scratchDirectory("mesh-cache-used");
    writeFile(dir / "mesh-a.bin", 400, 30);
    writeFile(dir / "mesh-b.bin", 400, 20);
    geo::markMeshCacheUsed(dir / "mesh-a.bin"); // read just now
    writeFile(dir / "mesh-new.bin", 400, 0);

    EXPECT_EQ(geo::pruneMeshCache(dir, dir / "mesh-new.bin", 800), 1u);
    EXPECT_TRUE(fs::exists(dir / "mesh-a.bin"));
    EXPECT_FALSE(fs::exists(dir / "mesh-b.bin"));
}

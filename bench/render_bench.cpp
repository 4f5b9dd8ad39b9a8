// Times the map pipeline stage by stage: load (GDAL), repair, project, triangulate, borders,
// GPU upload, draw (MSAA, tiled), read back, PNG encode; at 1:50m and 1:10m, 4096x2048 and
// 8192x4096. 1:10m is fetched on first use (npm). `--quick` runs 1:50m at 4096x2048 only.

#include "geo/boundary_set.hpp"
#include "geo/derived_boundaries.hpp"
#include "geo/map_mesh_builder.hpp"
#include "geo/mesh_cache.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"
#include "render/png_writer.hpp"
#include "render/view_frame.hpp"
#include "scene/countries_view.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/database_cache.hpp"
#include "workspace/dataset_loading.hpp"
#include "workspace/linked_gdal_services.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <sys/resource.h>

using namespace recmap;

namespace {

double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv) {
    const bool quick = argc > 1 && std::string(argv[1]) == "--quick";
    try {
        const auto dataDir = workspace::dataDirectory(std::nullopt);
        const auto dataset = workspace::loadDataset({dataDir, std::nullopt, core::Date::today()},
                                                    workspace::LinkedGdalServices{}, std::cerr);
        const auto matching = workspace::boundaryMatching(*dataset);
        render::HeadlessContext context;
        std::printf("renderer: %s\n", context.description().c_str());
        std::printf("%-5s %-10s %8s %8s %8s %8s %8s %8s %8s %8s %8s %9s %8s\n", "scale", "size",
                    "load", "repair", "project", "triang", "borders", "upload", "draw", "readback",
                    "encode", "total ms", "peak MB");
        for (const std::string resolution : {"50m", "10m"}) {
            if (quick && resolution == "10m") {
                continue;
            }
            auto start = std::chrono::steady_clock::now();
            auto boundaries = geo::BoundarySet::read(workspace::boundaryFile(dataDir, resolution));
            (void)geo::applyDerivedBoundaries(boundaries, matching.derived);
            const double loadMs = msSince(start);
            geo::MeshReport report;
            const auto mesh = geo::buildMapMesh(boundaries, matching.entityByKey, {}, report);
            // A warm run reads the prepared mesh from the cache instead of the five stages above.
            const auto cachePath = std::filesystem::temp_directory_path() / "recmap_bench_mesh.bin";
            geo::writeMeshCache(cachePath, mesh, report);
            start = std::chrono::steady_clock::now();
            geo::MeshReport cachedReport;
            const bool cached = geo::readMeshCache(cachePath, cachedReport).has_value();
            const double cacheMs = msSince(start);
            std::filesystem::remove(cachePath);
            std::printf("%-5s prepared mesh: %zu triangles (%d polygons left to GLU), %zu border "
                        "segments; cache %s in %.0f ms\n",
                        resolution.c_str(), mesh.fillIndices.size() / 3, report.gluPolygons,
                        mesh.borderVertices.size() / 2, cached ? "read" : "NOT read", cacheMs);
            start = std::chrono::steady_clock::now();
            render::MapRenderer renderer(mesh);
            renderer.setScene(scene::countriesScene(mesh.entityCodes, mesh.adjacency));
            const double uploadMs = msSince(start);
            for (const auto& [width, height] : {std::pair{4096, 2048}, std::pair{8192, 4096}}) {
                if (quick && width > 4096) {
                    continue;
                }
                render::RenderOptions options;
                options.width = width;
                options.height = height;
                options.extent = render::fitExtent(mesh.bounds, width, height);
                render::RenderTimings timings;
                const auto image = renderer.render(options, &timings);
                const auto path = std::filesystem::temp_directory_path() / "recmap_bench.png";
                start = std::chrono::steady_clock::now();
                render::writePng(path, image);
                const double encodeMs = msSince(start);
                std::filesystem::remove(path);
                const double total = loadMs + report.repairMs + report.projectMs +
                                     report.tessellateMs + report.bordersMs + uploadMs +
                                     timings.drawMs + timings.readbackMs + encodeMs;
                std::printf("%-5s %4dx%-5d %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f %8.0f "
                            "%9.0f %8ld\n",
                            resolution.c_str(), width, height, loadMs, report.repairMs,
                            report.projectMs, report.tessellateMs, report.bordersMs, uploadMs,
                            timings.drawMs, timings.readbackMs, encodeMs, total, peakRssMb());
            }
        }
    } catch (const std::exception& error) {
        std::fprintf(stderr, "recmap_bench: %s\n", error.what());
        return 1;
    }
    return 0;
}

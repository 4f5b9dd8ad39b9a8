#include "render/markers.hpp"

#include <algorithm>
#include <cmath>

namespace recmap::render {

std::vector<Marker> smallEntityMarkers(const geo::MapMesh& mesh, const scene::MapScene& scene,
                                       double unitsPerPixel, int imageWidth) {
    const double threshold = std::max(5.0, imageWidth / 800.0) * unitsPerPixel;
    const double radius = std::max(3.0, imageWidth / 600.0) * unitsPerPixel;
    std::vector<Marker> markers;
    for (size_t e = 0; e < mesh.entityCodes.size() && e < mesh.entityAreas.size(); ++e) {
        const auto& code = mesh.entityCodes[e];
        if (mesh.entityAreas[e] <= 0 || std::sqrt(mesh.entityAreas[e]) >= threshold ||
            code.starts_with('?') || scene.unmarked.contains(code)) {
            continue;
        }
        markers.push_back({static_cast<uint32_t>(e), mesh.entityAnchors[e], radius});
    }
    return markers;
}

} // namespace recmap::render

#include "workspace/boundary_matching.hpp"

namespace recmap::workspace {

BoundaryMatching boundaryMatching(const core::Dataset& dataset, std::string keyField) {
    BoundaryMatching matching{std::move(keyField), {}, dataset.derivedBoundaries(), std::nullopt};
    for (const auto& entity : dataset.entities()) {
        if (!entity.boundaryKey.empty()) {
            matching.entityByKey.emplace(entity.boundaryKey, entity.code);
        }
    }
    return matching;
}

void printMeshReport(const std::filesystem::path& boundaries, const geo::MeshReport& report,
                     std::ostream& log) {
    log << boundaries.string() << ": note: " << report.features << " features; " << report.unwrapped
        << " cut at the antimeridian or closed at a pole, " << report.madeValid
        << " invalid repaired, " << report.empty << " empty (not drawn), "
        << report.unmatched.size() << " matched to no entity\n";
    for (const auto& key : report.unmatched) {
        log << boundaries.string() << ": note: feature '" << key
            << "' matches no entity's boundary_key; drawn in the neutral colour\n";
    }
    if (report.tessErrors > 0) {
        log << boundaries.string() << ": warning: " << report.tessErrors << " tessellator errors\n";
    }
}

} // namespace recmap::workspace

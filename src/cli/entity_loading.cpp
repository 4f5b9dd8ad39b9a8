#include "cli/entity_loading.hpp"

#include "cli/findings_error.hpp"
#include "store/csv_reader.hpp"

namespace recmap::cli {

store::EntityTable loadEntityTable(const std::filesystem::path& dataDir) {
    store::Findings findings;
    const auto path = dataDir / "entities.csv";
    const auto table = store::readCsvFile(path, path.string(), findings);
    auto entities = store::EntityTable::fromCsv(table, findings);
    throwIfFindings(findings);
    return entities;
}

namespace {

std::unordered_map<std::string, std::string> keyMapOf(const std::vector<core::Entity>& entities) {
    std::unordered_map<std::string, std::string> map;
    for (const auto& entity : entities) {
        if (!entity.boundaryKey.empty()) {
            map.emplace(entity.boundaryKey, entity.code);
        }
    }
    return map;
}

} // namespace

std::unordered_map<std::string, std::string> boundaryKeyMap(const store::EntityTable& table) {
    return keyMapOf(table.entities());
}

std::unordered_map<std::string, std::string> boundaryKeyMap(const core::Dataset& dataset) {
    return keyMapOf(dataset.entities());
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

} // namespace recmap::cli

#include "workspace/map_data_export.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "render/svg_writer.hpp"

#include <fstream>

namespace recmap::workspace {
namespace {

geo::FeatureTable featureTable(const std::vector<MapFact>& facts,
                               const std::unordered_map<std::string, core::EntityBoundary>& shapes,
                               const MapDataHeader& header) {
    geo::FeatureTable table;
    table.layer = header.layer;
    for (const char* name : {"code", "name", "kind", "category", "colour", "hatch_colour"}) {
        table.fields.push_back({name, false});
    }
    table.fields.push_back({"counted", true});
    for (const char* name : {"drawn_as", "since", "as_of", "status", "source_ids", "source_urls"}) {
        table.fields.push_back({name, false});
    }
    for (const auto& fact : facts) {
        std::vector<std::string> ids;
        std::vector<std::string> urls;
        for (const auto& citation : fact.citations) {
            ids.push_back(citation.sourceId);
            if (!citation.url.empty()) {
                urls.push_back(citation.url);
            }
        }
        geo::FeatureTable::Feature feature;
        feature.values = {fact.code,
                          fact.name,
                          fact.kind,
                          fact.category,
                          render::svgColour(fact.style.fill),
                          fact.style.hatched ? render::svgColour(fact.style.hatch) : "",
                          fact.counted ? "1" : "0",
                          fact.drawnAs,
                          fact.details.since,
                          header.date.toString(),
                          fact.details.status,
                          core::joinList(ids, "|"),
                          core::joinList(urls, " ")};
        for (const auto& slot : fact.slots) {
            if (auto shape = shapes.find(slot); shape != shapes.end()) {
                feature.parts.push_back(&shape->second.wkb);
            }
        }
        table.features.push_back(std::move(feature));
    }
    return table;
}

void writeCsv(const std::filesystem::path& path, const geo::FeatureTable& table) {
    core::AtomicOutput output(path);
    {
        std::ofstream file(output.temp(), std::ios::binary);
        for (size_t i = 0; i < table.fields.size(); ++i) {
            file << (i ? "," : "") << table.fields[i].name;
        }
        file << "\n";
        for (const auto& feature : table.features) {
            for (size_t i = 0; i < feature.values.size(); ++i) {
                file << (i ? "," : "") << core::csvField(feature.values[i]);
            }
            file << "\n";
        }
        if (!file.flush()) {
            throw core::InputError(path.string() + ": error: cannot write CSV");
        }
    }
    output.commit();
}

} // namespace

void writeMapData(const std::filesystem::path& path, DataFormat format,
                  const std::vector<MapFact>& facts, const std::vector<StyleCategory>& categories,
                  const std::unordered_map<std::string, core::EntityBoundary>& shapes,
                  const MapDataHeader& header, const GdalServices& gdal) {
    const auto table = featureTable(facts, shapes, header);
    switch (format) {
    case DataFormat::Csv:
        writeCsv(path, table);
        return;
    case DataFormat::GeoJson:
        gdal.writeGeoJson(path, table);
        return;
    case DataFormat::GeoPackage: {
        const auto style = layerStyle(header.title, categories, header.border);
        gdal.writeGeoPackage(path, table, &style);
        return;
    }
    }
}

} // namespace recmap::workspace

#pragma once

#include "core/entity_boundary.hpp"
#include "workspace/gdal_services.hpp"
#include "workspace/layer_style.hpp"
#include "workspace/map_facts.hpp"

#include <filesystem>
#include <string>
#include <unordered_map>
#include <vector>

namespace recmap::workspace {

enum class DataFormat { Csv, GeoJson, GeoPackage };

// What the data exports write besides the facts.
struct MapDataHeader {
    std::string layer; // layer name: the view, as a file-safe word ("recognition_XKX")
    std::string title;
    core::Date date;
    scene::Rgba border;
};

// The data behind a map, one row per entity of `facts` with the attributes code, name, kind,
// category, colour, hatch_colour, counted, drawn_as, since, as_of, status, source_ids and
// source_urls: .csv without geometry; .geojson (RFC 7946) and .gpkg with each entity's WGS84
// shape (its slots' boundaries merged; none when drawn inside another), the GeoPackage with a
// default QGIS style in layer_styles (both written by `gdal`). Atomic.
void writeMapData(const std::filesystem::path& path, DataFormat format,
                  const std::vector<MapFact>& facts, const std::vector<StyleCategory>& categories,
                  const std::unordered_map<std::string, core::EntityBoundary>& shapes,
                  const MapDataHeader& header, const GdalServices& gdal);

} // namespace recmap::workspace

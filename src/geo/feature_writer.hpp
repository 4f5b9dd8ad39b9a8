#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace recmap::geo {

// A table of features for a vector export: named text or integer fields, and per feature its
// values (as text) and the WGS84 WKB parts of its shape (merged into one multipolygon; none:
// a feature without geometry, such as a state drawn inside another on the date).
struct FeatureTable {
    struct Field {
        std::string name;
        bool integer = false;
    };
    struct Feature {
        std::vector<std::string> values; // one per field
        std::vector<const std::vector<uint8_t>*> parts;
    };
    std::string layer;
    std::vector<Field> fields;
    std::vector<Feature> features;
};

// A style stored with a GeoPackage layer in QGIS's `layer_styles` table, so QGIS opens the
// layer styled (QML, marked as the default) and other clients can read the SLD.
struct LayerStyle {
    std::string name;
    std::string qml;
    std::string sld;
    std::string description;
};

// Writes a GeoPackage (EPSG:4326, multipolygons) holding the table and, if `style` is given,
// a `layer_styles` table with it. Atomic (temporary file, then rename); throws
// core::InputError naming the file.
void writeGeoPackage(const std::filesystem::path& path, const FeatureTable& table,
                     const LayerStyle* style);

// Writes RFC 7946 GeoJSON (WGS84 longitude/latitude, counter-clockwise outer rings), atomic.
void writeGeoJson(const std::filesystem::path& path, const FeatureTable& table);

} // namespace recmap::geo

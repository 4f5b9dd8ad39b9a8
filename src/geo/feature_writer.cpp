#include "geo/feature_writer.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "geo/gdal_drivers.hpp"
#include "geo/gdal_handles.hpp"

#include <cpl_string.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace recmap::geo {
namespace {

struct FeatureDeleter {
    void operator()(OGRFeature* feature) const { OGRFeature::DestroyFeature(feature); }
};
using FeaturePtr = std::unique_ptr<OGRFeature, FeatureDeleter>;

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what) {
    throw core::InputError(path.string() + ": error: cannot write: " + what + ": " +
                           CPLGetLastErrorMsg());
}

// Creates the dataset at `temp` with `driverName`; GDAL's own messages are kept for the error.
GdalDatasetPtr createDataset(const std::filesystem::path& path, const std::filesystem::path& temp,
                             const char* driverName) {
    registerGdalDrivers();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (driver == nullptr) {
        throw core::Error(std::string("GDAL has no ") + driverName + " driver");
    }
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GdalDatasetPtr dataset(driver->Create(temp.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    CPLPopErrorHandler();
    if (!dataset) {
        fail(path, std::string("GDAL ") + driverName);
    }
    return dataset;
}

// The feature's parts as one WGS84 multipolygon (null when it has none).
GeometryPtr shapeOf(const FeatureTable::Feature& feature) {
    if (feature.parts.empty()) {
        return nullptr;
    }
    auto merged = std::make_unique<OGRMultiPolygon>();
    for (const auto* wkb : feature.parts) {
        OGRGeometry* part = nullptr;
        if (OGRGeometryFactory::createFromWkb(wkb->data(), nullptr, &part, wkb->size()) ==
            OGRERR_NONE) {
            collectPolygons(part, *merged);
        }
        OGRGeometryFactory::destroyGeometry(part);
    }
    return merged;
}

void writeLayer(const std::filesystem::path& path, GDALDataset& dataset, const FeatureTable& table,
                char** layerOptions) {
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* layer =
        dataset.CreateLayer(table.layer.c_str(), &wgs84, wkbMultiPolygon, layerOptions);
    if (layer == nullptr) {
        fail(path, "layer " + table.layer);
    }
    for (const auto& field : table.fields) {
        OGRFieldDefn definition(field.name.c_str(), field.integer ? OFTInteger : OFTString);
        if (layer->CreateField(&definition) != OGRERR_NONE) {
            fail(path, "field " + field.name);
        }
    }
    if (layer->StartTransaction() != OGRERR_NONE) {
        fail(path, "transaction");
    }
    for (const auto& row : table.features) {
        FeaturePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
        for (size_t i = 0; i < table.fields.size() && i < row.values.size(); ++i) {
            if (table.fields[i].integer) {
                feature->SetField(static_cast<int>(i), std::stoi(row.values[i]));
            } else {
                feature->SetField(static_cast<int>(i), row.values[i].c_str());
            }
        }
        if (auto shape = shapeOf(row)) {
            feature->SetGeometryDirectly(shape.release());
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
            fail(path, "feature");
        }
    }
    if (layer->CommitTransaction() != OGRERR_NONE) {
        fail(path, "commit");
    }
}

// QGIS's layer_styles table (the "QGIS GeoPackage styling extension" columns), one row.
void writeStyle(const std::filesystem::path& path, GDALDataset& dataset, const std::string& layer,
                const LayerStyle& style) {
    OGRLayer* styles = dataset.CreateLayer("layer_styles", nullptr, wkbNone, nullptr);
    if (styles == nullptr) {
        fail(path, "layer_styles");
    }
    for (const char* name :
         {"f_table_catalog", "f_table_schema", "f_table_name", "f_geometry_column", "styleName",
          "styleQML", "styleSLD", "useAsDefault", "description", "owner", "ui", "update_time"}) {
        const std::string field = name;
        OGRFieldDefn definition(name, field == "useAsDefault"  ? OFTInteger
                                      : field == "update_time" ? OFTDateTime
                                                               : OFTString);
        if (field == "useAsDefault") {
            definition.SetSubType(OFSTBoolean);
        }
        if (styles->CreateField(&definition) != OGRERR_NONE) {
            fail(path, std::string("layer_styles.") + name);
        }
    }
    FeaturePtr row(OGRFeature::CreateFeature(styles->GetLayerDefn()));
    row->SetField("f_table_catalog", "");
    row->SetField("f_table_schema", "");
    row->SetField("f_table_name", layer.c_str());
    row->SetField("f_geometry_column", "geom");
    row->SetField("styleName", style.name.c_str());
    row->SetField("styleQML", style.qml.c_str());
    row->SetField("styleSLD", style.sld.c_str());
    row->SetField("useAsDefault", 1);
    row->SetField("description", style.description.c_str());
    row->SetField("owner", "");
    row->SetField("ui", "");
    if (styles->CreateFeature(row.get()) != OGRERR_NONE) {
        fail(path, "layer_styles row");
    }
}

} // namespace

void writeGeoPackage(const std::filesystem::path& path, const FeatureTable& table,
                     const LayerStyle* style) {
    core::AtomicOutput output(path);
    {
        auto dataset = createDataset(path, output.temp(), "GPKG");
        CPLStringList options;
        options.SetNameValue("GEOMETRY_NAME", "geom");
        options.SetNameValue("SPATIAL_INDEX", "YES");
        writeLayer(path, *dataset, table, options.List());
        if (style != nullptr) {
            writeStyle(path, *dataset, table.layer, *style);
        }
        dataset->FlushCache();
    }
    output.commit();
}

void writeGeoJson(const std::filesystem::path& path, const FeatureTable& table) {
    core::AtomicOutput output(path);
    {
        auto dataset = createDataset(path, output.temp(), "GeoJSON");
        CPLStringList options;
        options.SetNameValue("RFC7946", "YES");
        options.SetNameValue("COORDINATE_PRECISION", "5");
        options.SetNameValue("WRITE_NAME", "NO");
        writeLayer(path, *dataset, table, options.List());
    }
    output.commit();
}

} // namespace recmap::geo

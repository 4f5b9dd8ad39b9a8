// The data behind a map, as the exports write it: CSV rows, GeoJSON features in WGS 84 read back
// with GDAL, the GeoPackage's QGIS style, the SVG's tooltips and the HTML page's self-containment.

#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <gdal_priv.h>
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <map>
#include <memory>

using namespace recmap::test;

namespace {

struct DatasetCloser {
    void operator()(GDALDataset* dataset) const { GDALClose(dataset); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

DatasetPtr openVector(const std::filesystem::path& path) {
    GDALAllRegister();
    return DatasetPtr(static_cast<GDALDataset*>(
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
}

// code -> the feature's field `name`, over the first layer.
std::map<std::string, std::string> fieldByCode(GDALDataset& dataset, const char* name) {
    std::map<std::string, std::string> values;
    OGRLayer* layer = dataset.GetLayer(0);
    for (auto& feature : *layer) {
        values[feature->GetFieldAsString("code")] = feature->GetFieldAsString(name);
    }
    return values;
}

} // namespace

TEST(DataExport, CsvHasOneRowPerEntityWithCategorySinceAndSources) {
    const auto dir = scratchDirectory("data-csv");
    const auto file = dir / "pse.csv";
    const auto result = runRecmap("render recognition:PSE --as-of 2024-06-01 -o " + file.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto text = readFile(file);
    EXPECT_EQ(text.substr(0, text.find('\n')),
              "code,name,kind,category,colour,hatch_colour,counted,drawn_as,since,as_of,status,"
              "source_ids,source_urls");
    const auto spain = text.find("\nESP,Spain,un_member,Recognises,");
    ASSERT_NE(spain, std::string::npos) << text.substr(0, 2000);
    const auto row = text.substr(spain + 1, text.find('\n', spain + 1) - spain - 1);
    EXPECT_NE(row.find(",2024-05-28,2024-06-01,"), std::string::npos) << row;
    EXPECT_NE(row.find("http"), std::string::npos) << row;
    // Greenland is drawn as Denmark but not counted; Egypt recognised in 1988.
    EXPECT_NE(text.find("\nGRL,Greenland,territory,"), std::string::npos);
    EXPECT_NE(text.find("\nEGY,Egypt,un_member,Recognises,"), std::string::npos);
}

TEST(DataExport, GeoJsonIsWgs84WithTheViewsAttributes) {
    const auto dir = scratchDirectory("data-geojson");
    const auto file = dir / "nato.geojson";
    const auto result = runRecmap("render membership:NATO --as-of 2024-03-08 -o " + file.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    auto dataset = openVector(file);
    ASSERT_TRUE(dataset);
    const auto categories = fieldByCode(*dataset, "category");
    EXPECT_EQ(categories.at("SWE"), "Member"); // joined on 2024-03-07
    EXPECT_EQ(categories.at("AUT"), "Not a member");
    // France's shape holds Paris, in longitude/latitude.
    OGRLayer* layer = dataset->GetLayer(0);
    layer->SetAttributeFilter("code = 'FRA'");
    std::unique_ptr<OGRFeature> france(layer->GetNextFeature());
    ASSERT_TRUE(france);
    OGRPoint paris(2.35, 48.85);
    EXPECT_TRUE(france->GetGeometryRef()->Intersects(&paris));
    EXPECT_NE(readFile(file).find("\"as_of\": \"2024-03-08\""), std::string::npos);
    EXPECT_EQ(france->GetFieldAsInteger("counted"), 1);
}

TEST(DataExport, GeoPackageCarriesADefaultQgisStyle) {
    const auto dir = scratchDirectory("data-gpkg");
    const auto file = dir / "un1985.gpkg";
    const auto result = runRecmap("render membership:UN --as-of 1985-01-01 -o " + file.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    auto dataset = openVector(file);
    ASSERT_TRUE(dataset);
    // The Soviet Union holds Ukraine's shape in 1985; Ukraine is a member of its own, drawn as it.
    const auto drawnAs = fieldByCode(*dataset, "drawn_as");
    EXPECT_EQ(drawnAs.at("UKR"), "SUN");
    EXPECT_EQ(drawnAs.at("SUN"), "");
    OGRLayer* styles = dataset->GetLayerByName("layer_styles");
    ASSERT_NE(styles, nullptr);
    std::unique_ptr<OGRFeature> style(styles->GetNextFeature());
    ASSERT_TRUE(style);
    EXPECT_EQ(std::string(style->GetFieldAsString("f_table_name")), "membership_UN");
    EXPECT_EQ(style->GetFieldAsInteger("useAsDefault"), 1);
    const std::string qml = style->GetFieldAsString("styleQML");
    EXPECT_NE(qml.find("type=\"categorizedSymbol\" attr=\"category\""), std::string::npos);
    EXPECT_NE(qml.find("value=\"Member\""), std::string::npos);
    EXPECT_NE(std::string(style->GetFieldAsString("styleSLD")).find("<se:Rule>"),
              std::string::npos);
}

TEST(DataExport, SvgEntitiesCarryTitleAndSources) {
    const auto dir = scratchDirectory("data-svg");
    const auto file = dir / "pse.svg";
    const auto result = runRecmap("render recognition:PSE --as-of 2024-06-01 --resolution 110m "
                                  "--size 1024x512 -o " +
                                  file.string());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto svg = readFile(file);
    const auto spain = svg.find("<g id=\"ESP\" class=\"entity\">");
    ASSERT_NE(spain, std::string::npos);
    const auto group = svg.substr(spain, svg.find("</g>", spain) - spain);
    EXPECT_NE(group.find("<title>Spain: Spain: recognises Palestine since 2024-05-28</title>"),
              std::string::npos)
        << group.substr(0, 400);
    EXPECT_NE(group.find("<desc>Sources:\n2024-05-28 recognise"), std::string::npos)
        << group.substr(0, 400);
}

TEST(DataExport, HtmlPageIsSelfContained) {
    const auto dir = scratchDirectory("data-html");
    const auto page = dir / "kosovo.html";
    const auto svg = dir / "kosovo.svg";
    ASSERT_EQ(runRecmap("render recognition:XKX -o " + page.string()).exitCode, 0);
    ASSERT_EQ(runRecmap("render recognition:XKX -o " + svg.string()).exitCode, 0);
    const auto html = readFile(page);
    EXPECT_EQ(html.find("<script src"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos);
    EXPECT_EQ(html.find("@import"), std::string::npos);
    EXPECT_EQ(html.find("url(http"), std::string::npos);
    EXPECT_NE(html.find("<script id=\"recmap-data\" type=\"application/json\">"),
              std::string::npos);
    EXPECT_NE(html.find("<g id=\"SRB\" class=\"entity\" tabindex=\"0\""), std::string::npos);
    // Within a small multiple of the SVG's size.
    EXPECT_LT(html.size(), 3 * readFile(svg).size());
}

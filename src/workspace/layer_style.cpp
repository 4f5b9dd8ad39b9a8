#include "workspace/layer_style.hpp"

#include "render/overlay.hpp"
#include "render/svg_writer.hpp"

#include <set>
#include <sstream>

namespace recmap::workspace {
namespace {

std::string qgisColour(const scene::Rgba& c) {
    return std::to_string(c.r) + "," + std::to_string(c.g) + "," + std::to_string(c.b) + ",255";
}

// A symbol layer's properties in both forms QGIS reads: <Option type="Map"> and legacy <prop>.
void writeProperties(std::ostream& out,
                     const std::vector<std::pair<std::string, std::string>>& properties) {
    out << "<Option type=\"Map\">";
    for (const auto& [key, value] : properties) {
        out << "<Option type=\"QString\" name=\"" << key << "\" value=\""
            << render::escapeXml(value) << "\"/>";
    }
    out << "</Option>";
    for (const auto& [key, value] : properties) {
        out << "<prop k=\"" << key << "\" v=\"" << render::escapeXml(value) << "\"/>";
    }
}

void writeSymbol(std::ostream& out, size_t index, const StyleCategory& category,
                 const scene::Rgba& border) {
    out << "<symbol type=\"fill\" name=\"" << index
        << "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
        << "<layer class=\"SimpleFill\" enabled=\"1\" locked=\"0\" pass=\"0\">";
    writeProperties(out, {{"color", qgisColour(category.style.fill)},
                          {"outline_color", qgisColour(border)},
                          {"outline_style", "solid"},
                          {"outline_width", "0.1"},
                          {"outline_width_unit", "MM"},
                          {"style", "solid"}});
    out << "</layer>";
    if (category.style.hatched) {
        out << "<layer class=\"LinePatternFill\" enabled=\"1\" locked=\"0\" pass=\"0\">";
        writeProperties(out, {{"angle", "45"},
                              {"color", qgisColour(category.style.hatch)},
                              {"distance", "1.2"},
                              {"distance_unit", "MM"},
                              {"line_width", "0.5"},
                              {"line_width_unit", "MM"}});
        out << "<symbol type=\"line\" name=\"@" << index
            << "@1\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">"
            << "<layer class=\"SimpleLine\" enabled=\"1\" locked=\"0\" pass=\"0\">";
        writeProperties(out, {{"line_color", qgisColour(category.style.hatch)},
                              {"line_style", "solid"},
                              {"line_width", "0.5"},
                              {"line_width_unit", "MM"}});
        out << "</layer></symbol></layer>";
    }
    out << "</symbol>";
}

std::string qml(const std::vector<StyleCategory>& categories, const scene::Rgba& border) {
    std::ostringstream out;
    out << "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        << "<qgis version=\"3.22.0\" styleCategories=\"Symbology\">"
        << "<renderer-v2 type=\"categorizedSymbol\" attr=\"category\" symbollevels=\"0\" "
           "enableorderby=\"0\" forceraster=\"0\"><categories>";
    for (size_t i = 0; i < categories.size(); ++i) {
        out << "<category value=\"" << render::escapeXml(categories[i].value) << "\" label=\""
            << render::escapeXml(categories[i].label) << "\" symbol=\"" << i
            << "\" render=\"true\"/>";
    }
    out << "</categories><symbols>";
    for (size_t i = 0; i < categories.size(); ++i) {
        writeSymbol(out, i, categories[i], border);
    }
    out << "</symbols></renderer-v2><blendMode>0</blendMode><featureBlendMode>0</featureBlendMode>"
        << "<layerGeometryType>2</layerGeometryType></qgis>\n";
    return out.str();
}

std::string sld(const std::string& name, const std::vector<StyleCategory>& categories,
                const scene::Rgba& border) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<StyledLayerDescriptor version=\"1.1.0\" xmlns=\"http://www.opengis.net/sld\" "
           "xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:se=\"http://www.opengis.net/se\">"
        << "<NamedLayer><se:Name>" << render::escapeXml(name) << "</se:Name><UserStyle><se:Name>"
        << render::escapeXml(name) << "</se:Name><se:FeatureTypeStyle>";
    for (const auto& category : categories) {
        out << "<se:Rule><se:Name>" << render::escapeXml(category.label)
            << "</se:Name><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>category"
               "</ogc:PropertyName><ogc:Literal>"
            << render::escapeXml(category.value)
            << "</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter><se:PolygonSymbolizer><se:Fill>"
               "<se:SvgParameter name=\"fill\">"
            << render::svgColour(category.style.fill)
            << "</se:SvgParameter></se:Fill><se:Stroke><se:SvgParameter name=\"stroke\">"
            << render::svgColour(border)
            << "</se:SvgParameter><se:SvgParameter name=\"stroke-width\">0.3</se:SvgParameter>"
               "</se:Stroke></se:PolygonSymbolizer></se:Rule>";
    }
    out << "</se:FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>\n";
    return out.str();
}

} // namespace

std::vector<StyleCategory> styleCategories(const scene::MapScene& scene,
                                           const std::vector<MapFact>& facts) {
    std::vector<StyleCategory> categories;
    std::set<std::string> seen;
    for (const auto& entry : scene.legend) {
        if (seen.insert(entry.label).second) {
            categories.push_back({entry.label, render::legendLabel(entry), entry.style});
        }
    }
    for (const auto& fact : facts) {
        if (seen.insert(fact.category).second) {
            categories.push_back({fact.category, fact.category, fact.style});
        }
    }
    return categories;
}

geo::LayerStyle layerStyle(const std::string& name, const std::vector<StyleCategory>& categories,
                           const scene::Rgba& border) {
    return {name, qml(categories, border), sld(name, categories, border),
            "recmap: the view's categories and colours, as in its PNG"};
}

} // namespace recmap::workspace

#include "render/html_writer.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "render/embedded_html_assets.hpp"
#include "render/overlay.hpp"
#include "render/svg_writer.hpp"

#include <fstream>
#include <sstream>

namespace recmap::render {
namespace {

std::string_view asset(std::string_view name) {
    auto text = embeddedHtmlAsset(name);
    if (!text) {
        throw core::Error("the HTML asset " + std::string(name) + " is not in the binary");
    }
    return *text;
}

// A script's text may not hold "</script" (it would end the element early).
std::string scriptSafe(std::string text) {
    for (size_t at = text.find("</"); at != std::string::npos; at = text.find("</", at + 2)) {
        text.replace(at, 2, "<\\/");
    }
    return text;
}

// The legend as on the PNG: a swatch (hatched as an inline SVG) and the label with its counts.
void writeLegend(std::ostream& out, const scene::MapScene& scene, SvgPatterns& patterns) {
    out << "<ul id=\"legend\">\n";
    for (const auto& entry : scene.legend) {
        out << "<li><svg class=\"swatch\" viewBox=\"0 0 14 14\" aria-hidden=\"true\"><rect "
               "width=\"14\" height=\"14\" fill=\""
            << svgFill(entry.style, patterns) << "\"/></svg><span>" << escapeXml(legendLabel(entry))
            << "</span></li>\n";
    }
    out << "</ul>\n";
}

} // namespace

void writeHtml(const std::filesystem::path& path, const HtmlPage& page) {
    const auto& scene = *page.scene;
    // Every style of every date gets its pattern in the map's <defs>; the legend's swatches
    // refer to them too.
    SvgOptions options;
    options.overlay = false;
    options.interactive = true;
    std::ostringstream styles;
    styles << "\"styles\":[";
    for (size_t i = 0; i < page.styles.size(); ++i) {
        styles << (i ? "," : "") << '"'
               << core::jsonEscape(svgFill(page.styles[i], options.patterns)) << '"';
    }
    styles << "]";
    std::ostringstream legend;
    writeLegend(legend, scene, options.patterns);
    std::ostringstream map;
    map.precision(10);
    writeSvgDocument(map, *page.mesh, scene, Overlay{}, page.extent, std::nullopt, page.width,
                     page.height, page.fontFamily, options);

    core::AtomicOutput output(path);
    {
        std::ofstream file(output.temp(), std::ios::binary);
        file << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
             << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
             << "<meta name=\"generator\" content=\"recmap " RECMAP_VERSION "\">\n"
             << "<title>" << escapeXml(scene.title) << "</title>\n<style>\n"
             << asset("map.css") << "</style>\n</head>\n<body>\n<main id=\"recmap\">\n"
             << "<h1 id=\"title\">" << escapeXml(scene.title) << "</h1>\n"
             << "<div id=\"controls\"><label for=\"date\">Date</label> <input id=\"date\" "
                "type=\"range\" min=\"0\" max=\"0\" step=\"1\" value=\"0\"> <output id=\"date-"
                "label\" for=\"date\"></output> <span class=\"zoom\"><button id=\"zoom-in\" "
                "type=\"button\" aria-label=\"Zoom in\">+</button><button id=\"zoom-out\" "
                "type=\"button\" aria-label=\"Zoom out\">&#8722;</button><button id=\"zoom-reset\" "
                "type=\"button\">Reset</button></span></div>\n"
             << "<div id=\"map\">\n"
             << map.str() << "<div id=\"tooltip\" role=\"tooltip\" hidden></div>\n</div>\n"
             << legend.str() << "<p id=\"attribution\">" << escapeXml(page.attribution)
             << "</p>\n</main>\n<script id=\"recmap-data\" type=\"application/json\">{"
             << scriptSafe(styles.str() + "," + page.dataJson) << "}</script>\n<script>\n"
             << scriptSafe(std::string(asset("map.js"))) << "</script>\n</body>\n</html>\n";
        if (!file.flush()) {
            throw core::InputError(path.string() + ": error: cannot write HTML");
        }
    }
    output.commit();
}

} // namespace recmap::render

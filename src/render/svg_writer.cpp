#include "render/svg_writer.hpp"

#include "render/visible_borders.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "render/markers.hpp"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

namespace recmap::render {
namespace {

// Map units to image pixels, printed with one decimal (a tenth of a pixel).
class PixelWriter {
  public:
    PixelWriter(const geo::Bounds& extent, double width, double offsetX = 0, double offsetY = 0)
        : m_extent(extent), m_scale(width / extent.width()), m_offsetX(offsetX),
          m_offsetY(offsetY) {}
    void point(std::ostream& out, const geo::Vec2& p) const { out << x(p.x) << ' ' << y(p.y); }
    [[nodiscard]] double x(double mapX) const {
        return round1(m_offsetX + (mapX - m_extent.minX) * m_scale);
    }
    [[nodiscard]] double y(double mapY) const {
        return round1(m_offsetY + (m_extent.maxY - mapY) * m_scale);
    }
    [[nodiscard]] double scale() const { return m_scale; }

  private:
    static double round1(double value) { return std::round(value * 10) / 10; }
    geo::Bounds m_extent;
    double m_scale;
    double m_offsetX;
    double m_offsetY;
};

} // namespace

std::string svgColour(const scene::Rgba& c) {
    char text[8];
    std::snprintf(text, sizeof text, "#%02x%02x%02x", c.r, c.g, c.b);
    return text;
}

std::string escapeXml(const std::string& text) {
    std::string escaped;
    for (char c : text) {
        switch (c) {
        case '&':
            escaped += "&amp;";
            break;
        case '<':
            escaped += "&lt;";
            break;
        case '>':
            escaped += "&gt;";
            break;
        case '"':
            escaped += "&quot;";
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

std::string svgFill(const scene::EntityStyle& style, SvgPatterns& patterns) {
    if (!style.hatched) {
        return svgColour(style.fill);
    }
    const auto key = std::make_pair(svgColour(style.fill), svgColour(style.hatch));
    auto [found, inserted] = patterns.try_emplace(key, "hatch" + std::to_string(patterns.size()));
    return "url(#" + found->second + ")";
}

void writeSvgPatterns(std::ostream& out, const SvgPatterns& patterns, double period) {
    for (const auto& [colours, id] : patterns) {
        out << "<pattern id=\"" << id << "\" patternUnits=\"userSpaceOnUse\" width=\"" << period
            << "\" height=\"" << period << "\" patternTransform=\"rotate(-45)\"><rect width=\""
            << period << "\" height=\"" << period << "\" fill=\"" << colours.first
            << "\"/><rect width=\"" << period * 0.4 << "\" height=\"" << period << "\" fill=\""
            << colours.second << "\"/></pattern>\n";
    }
}

namespace {

// A note as <title> and <desc>, for the group of `code`.
void writeNote(std::ostream& body, const SvgOptions& options, const std::string& code) {
    auto note = options.notes.find(code);
    if (note == options.notes.end()) {
        return;
    }
    body << "<title>" << escapeXml(note->second.title) << "</title>";
    if (!note->second.description.empty()) {
        body << "<desc>" << escapeXml(note->second.description) << "</desc>";
    }
}

// Borders once, chained where a segment continues the previous one.
void writeBorderPath(std::ostream& body, const std::vector<geo::Vec2>& borders,
                     const PixelWriter& pixels) {
    const geo::Vec2* last = nullptr;
    for (size_t i = 0; i + 1 < borders.size(); i += 2) {
        const auto& a = borders[i];
        const auto& b = borders[i + 1];
        if (last == nullptr || last->x != a.x || last->y != a.y) {
            body << "M";
            pixels.point(body, a);
        }
        body << "L";
        pixels.point(body, b);
        last = &borders[i + 1];
    }
}

void writeBorders(std::ostream& body, const geo::MapMesh& mesh, const scene::MapScene& scene,
                  const PixelWriter& pixels, const std::string& prefix, bool interactive) {
    const std::string stroke = "fill=\"none\" stroke=\"" + svgColour(scene.border) +
                               "\" stroke-width=\"0.5\" stroke-linejoin=\"round\"";
    if (!interactive || mesh.borderSides.size() * 2 != mesh.borderVertices.size()) {
        std::vector<geo::Vec2> kept;
        body << "<path id=\"" << prefix << "borders\" " << stroke << " d=\"";
        writeBorderPath(body, visibleBorders(mesh, holderIds(mesh, scene), kept), pixels);
        body << "\"/>\n";
        return;
    }
    // One path per pair of neighbours (coasts in one), hidden where one holder has both.
    std::map<std::pair<uint32_t, uint32_t>, std::vector<geo::Vec2>> byPair;
    for (size_t i = 0; i < mesh.borderSides.size(); ++i) {
        auto [a, b] = mesh.borderSides[i];
        if (b != geo::noBorderSide && b < a) {
            std::swap(a, b);
        }
        auto& segments = byPair[{a, b}];
        segments.push_back(mesh.borderVertices[2 * i]);
        segments.push_back(mesh.borderVertices[2 * i + 1]);
    }
    body << "<g id=\"" << prefix << "borders\" " << stroke << ">\n";
    for (const auto& [sides, segments] : byPair) {
        body << "<path";
        if (sides.second != geo::noBorderSide) {
            const auto& a = mesh.entityCodes[sides.first];
            const auto& b = mesh.entityCodes[sides.second];
            body << " data-sides=\"" << escapeXml(a) << ' ' << escapeXml(b) << '"';
            if (scene.holderOfSlot(a) == scene.holderOfSlot(b)) {
                body << " display=\"none\"";
            }
        }
        body << " d=\"";
        writeBorderPath(body, segments, pixels);
        body << "\"/>\n";
    }
    body << "</g>\n";
}

// The map itself (globe, graticule, entities, borders, markers) through `pixels`; ids carry
// `prefix` so an inset's elements stay unique.
void writeMap(std::ostream& body, const geo::MapMesh& mesh, const scene::MapScene& scene,
              const PixelWriter& pixels, SvgPatterns& patterns, const std::string& prefix,
              int imageWidth, const SvgOptions& options) {
    body << "<path id=\"" << prefix << "globe\" fill=\"" << svgColour(scene.ocean) << "\" stroke=\""
         << svgColour(scene.border) << "\" stroke-width=\"0.6\" d=\"";
    for (size_t i = 0; i < mesh.globeOutline.size(); ++i) {
        body << (i == 0 ? "M" : " L");
        pixels.point(body, mesh.globeOutline[i]);
    }
    body << " Z\"/>\n";
    if (scene.showGraticule && !mesh.graticuleVertices.empty()) {
        body << "<path id=\"" << prefix << "graticule\" fill=\"none\" stroke=\""
             << svgColour(scene.graticule) << "\" stroke-width=\"0.5\" d=\"";
        for (size_t i = 0; i + 1 < mesh.graticuleVertices.size(); i += 2) {
            body << "M";
            pixels.point(body, mesh.graticuleVertices[i]);
            body << "L";
            pixels.point(body, mesh.graticuleVertices[i + 1]);
        }
        body << "\"/>\n";
    }

    // One group per entity, its rings in one even-odd path.
    std::map<uint32_t, std::vector<const geo::MapMesh::Ring*>> ringsOf;
    for (const auto& ring : mesh.rings) {
        ringsOf[ring.entity].push_back(&ring);
    }
    const bool focusable = options.interactive && prefix.empty();
    body << "<g id=\"" << prefix << "entities\" stroke=\"none\" fill-rule=\"evenodd\">\n";
    for (const auto& [entity, rings] : ringsOf) {
        const auto& code = mesh.entityCodes[entity];
        const auto& holder = scene.holderOfSlot(code);
        body << "<g id=\"" << prefix << escapeXml(code) << "\" class=\"entity\""
             << (holder == code ? "" : " data-holder=\"" + escapeXml(holder) + "\"");
        if (focusable && !code.starts_with('?')) {
            const auto name = scene.names.find(code);
            body << " tabindex=\"0\" role=\"img\" aria-label=\""
                 << escapeXml(name == scene.names.end() ? code : name->second) << '"';
        }
        body << '>';
        if (prefix.empty()) {
            writeNote(body, options, code);
        }
        body << "<path fill=\"" << svgFill(scene.styleOf(code), patterns) << "\" d=\"";
        for (const auto* ring : rings) {
            for (size_t i = 0; i < ring->points.size(); ++i) {
                body << (i == 0 ? "M" : "L");
                pixels.point(body, ring->points[i]);
            }
            body << "Z";
        }
        body << "\"/></g>\n";
    }
    body << "</g>\n";
    writeBorders(body, mesh, scene, pixels, prefix, options.interactive);

    const auto markers = smallEntityMarkers(mesh, scene, 1.0 / pixels.scale(), imageWidth);
    if (!markers.empty()) {
        body << "<g id=\"" << prefix << "markers\" stroke=\"" << svgColour(scene.border)
             << "\" stroke-width=\"0.6\">\n";
        for (const auto& marker : markers) {
            const auto& code = mesh.entityCodes[marker.entity];
            body << "<circle id=\"" << prefix << "marker-" << escapeXml(code)
                 << "\" class=\"marker\" data-entity=\"" << escapeXml(code) << "\" cx=\""
                 << pixels.x(marker.centre.x) << "\" cy=\"" << pixels.y(marker.centre.y)
                 << "\" r=\"" << std::round(marker.radius * pixels.scale() * 10) / 10
                 << "\" fill=\"" << svgFill(scene.styleOf(code), patterns) << "\">";
            if (prefix.empty()) {
                writeNote(body, options, code);
            }
            body << "</circle>\n";
        }
        body << "</g>\n";
    }
}

void writeOverlay(std::ostream& body, const Overlay& overlay, SvgPatterns& patterns) {
    body << "<g id=\"overlay\">\n";
    for (const auto& rect : overlay.rects) {
        body << "<rect x=\"" << rect.x << "\" y=\"" << rect.y << "\" width=\"" << rect.width
             << "\" height=\"" << rect.height << "\" fill=\"" << svgFill(rect.style, patterns)
             << "\"";
        if (rect.style.fill.a < 255) {
            body << " fill-opacity=\"" << rect.style.fill.a / 255.0 << "\"";
        }
        if (rect.outlined) {
            body << " stroke=\"" << svgColour(rect.outline) << "\" stroke-width=\"1\"";
        }
        body << "/>\n";
    }
    for (const auto& text : overlay.texts) {
        body << "<text x=\"" << text.x << "\" y=\"" << text.y << "\" font-size=\"" << text.size
             << "\" fill=\"" << svgColour(text.colour) << "\""
             << (text.halo ? " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" "
                             "paint-order=\"stroke\""
                           : "")
             << ">" << escapeXml(text.text) << "</text>\n";
    }
    body << "</g>\n";
}

} // namespace

void writeSvgDocument(std::ostream& out, const geo::MapMesh& mesh, const scene::MapScene& scene,
                      const Overlay& overlay, const geo::Bounds& extent,
                      const std::optional<RenderOptions::Inset>& inset, int width, int height,
                      const std::string& fontFamily, const SvgOptions& options) {
    const PixelWriter pixels(extent, width);
    SvgPatterns patterns = options.patterns;
    std::ostringstream body;
    body.precision(10);
    if (options.panels.empty()) {
        writeMap(body, mesh, scene, pixels, patterns, "", width, options);
    }
    for (size_t i = 0; i < options.panels.size(); ++i) {
        // The last panel keeps plain ids (it shows the map's own date or worldview).
        const auto& panel = options.panels[i];
        const std::string prefix =
            i + 1 == options.panels.size() ? "" : "panel" + std::to_string(i + 1) + "-";
        body << "<clipPath id=\"" << prefix << "panel-clip\"><rect x=\"" << panel.x << "\" y=\""
             << panel.y << "\" width=\"" << panel.width << "\" height=\"" << panel.height
             << "\"/></clipPath>\n<g id=\"" << prefix << "panel\" clip-path=\"url(#" << prefix
             << "panel-clip)\">\n";
        writeMap(body, mesh, *panel.scene, PixelWriter(panel.extent, panel.width, panel.x, panel.y),
                 patterns, prefix, static_cast<int>(panel.width), options);
        body << "</g>\n";
    }
    if (inset) {
        body << "<clipPath id=\"inset-clip\"><rect x=\"" << inset->x << "\" y=\"" << inset->y
             << "\" width=\"" << inset->width << "\" height=\"" << inset->height
             << "\"/></clipPath>\n<g id=\"inset\" clip-path=\"url(#inset-clip)\">\n"
             << "<rect x=\"" << inset->x << "\" y=\"" << inset->y << "\" width=\"" << inset->width
             << "\" height=\"" << inset->height << "\" fill=\"" << svgColour(scene.ocean)
             << "\"/>\n";
        writeMap(body, mesh, scene, PixelWriter(inset->extent, inset->width, inset->x, inset->y),
                 patterns, "inset-", width, options);
        body << "</g>\n";
    }
    if (options.overlay) {
        writeOverlay(body, overlay, patterns);
    }
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" ";
    if (!options.interactive) {
        out << "width=\"" << width << "\" height=\"" << height << "\" ";
    }
    out << "viewBox=\"0 0 " << width << ' ' << height << "\" font-family=\""
        << escapeXml(fontFamily) << ", sans-serif\">\n<title>" << escapeXml(scene.title)
        << "</title>\n<defs>\n";
    writeSvgPatterns(out, patterns, std::max(6.0, width / 320.0));
    out << "</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"" << svgColour(scene.background)
        << "\"/>\n"
        << body.str() << "</svg>\n";
}

void writeSvg(const std::filesystem::path& path, const geo::MapMesh& mesh,
              const scene::MapScene& scene, const Overlay& overlay, const geo::Bounds& extent,
              const std::optional<RenderOptions::Inset>& inset, int width, int height,
              const std::string& fontFamily, const SvgOptions& options) {
    core::AtomicOutput output(path);
    {
        std::ofstream file(output.temp(), std::ios::binary);
        file << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        writeSvgDocument(file, mesh, scene, overlay, extent, inset, width, height, fontFamily,
                         options);
        if (!file.flush()) {
            throw core::InputError(path.string() + ": error: cannot write SVG");
        }
    }
    output.commit();
}

} // namespace recmap::render

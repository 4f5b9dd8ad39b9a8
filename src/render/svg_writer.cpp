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

std::string hex(const scene::Rgba& c) {
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

std::string fillOf(const scene::EntityStyle& style,
                   std::map<std::pair<std::string, std::string>, std::string>& patterns) {
    if (!style.hatched) {
        return hex(style.fill);
    }
    const auto key = std::make_pair(hex(style.fill), hex(style.hatch));
    auto [found, inserted] = patterns.try_emplace(key, "hatch" + std::to_string(patterns.size()));
    return "url(#" + found->second + ")";
}

} // namespace

// The map itself (globe, graticule, entities, borders, markers) through `pixels`; ids carry
// `prefix` so an inset's elements stay unique.
void writeMap(std::ostream& body, const geo::MapMesh& mesh, const scene::MapScene& scene,
              const PixelWriter& pixels,
              std::map<std::pair<std::string, std::string>, std::string>& patterns,
              const std::string& prefix, int imageWidth) {
    body << "<path id=\"" << prefix << "globe\" fill=\"" << hex(scene.ocean) << "\" stroke=\""
         << hex(scene.border) << "\" stroke-width=\"0.6\" d=\"";
    for (size_t i = 0; i < mesh.globeOutline.size(); ++i) {
        body << (i == 0 ? "M" : " L");
        pixels.point(body, mesh.globeOutline[i]);
    }
    body << " Z\"/>\n";
    if (scene.showGraticule && !mesh.graticuleVertices.empty()) {
        body << "<path id=\"" << prefix << "graticule\" fill=\"none\" stroke=\""
             << hex(scene.graticule) << "\" stroke-width=\"0.5\" d=\"";
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
    body << "<g id=\"" << prefix << "entities\" stroke=\"none\" fill-rule=\"evenodd\">\n";
    for (const auto& [entity, rings] : ringsOf) {
        const auto& code = mesh.entityCodes[entity];
        const auto& holder = scene.holderOfSlot(code);
        body << "<g id=\"" << prefix << escapeXml(code) << "\" class=\"entity\""
             << (holder == code ? "" : " data-holder=\"" + escapeXml(holder) + "\"")
             << "><path fill=\"" << fillOf(scene.styleOf(code), patterns) << "\" d=\"";
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

    // Borders once, chained where a segment continues the previous one.
    body << "<path id=\"" << prefix << "borders\" fill=\"none\" stroke=\"" << hex(scene.border)
         << "\" stroke-width=\"0.5\" stroke-linejoin=\"round\" d=\"";
    const geo::Vec2* last = nullptr;
    std::vector<geo::Vec2> kept;
    const auto& borders = visibleBorders(mesh, holderIds(mesh, scene), kept);
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
    body << "\"/>\n";

    const auto markers = smallEntityMarkers(mesh, scene, 1.0 / pixels.scale(), imageWidth);
    if (!markers.empty()) {
        body << "<g id=\"" << prefix << "markers\" stroke=\"" << hex(scene.border)
             << "\" stroke-width=\"0.6\">\n";
        for (const auto& marker : markers) {
            const auto& code = mesh.entityCodes[marker.entity];
            body << "<circle id=\"" << prefix << "marker-" << escapeXml(code) << "\" cx=\""
                 << pixels.x(marker.centre.x) << "\" cy=\"" << pixels.y(marker.centre.y)
                 << "\" r=\"" << std::round(marker.radius * pixels.scale() * 10) / 10
                 << "\" fill=\"" << fillOf(scene.styleOf(code), patterns) << "\"/>\n";
        }
        body << "</g>\n";
    }
}

void writeSvg(const std::filesystem::path& path, const geo::MapMesh& mesh,
              const scene::MapScene& scene, const Overlay& overlay, const geo::Bounds& extent,
              const std::optional<RenderOptions::Inset>& inset, int width, int height,
              const std::string& fontFamily) {
    const PixelWriter pixels(extent, width);
    std::map<std::pair<std::string, std::string>, std::string> patterns;
    std::ostringstream body;
    body.precision(10);
    writeMap(body, mesh, scene, pixels, patterns, "", width);
    if (inset) {
        body << "<clipPath id=\"inset-clip\"><rect x=\"" << inset->x << "\" y=\"" << inset->y
             << "\" width=\"" << inset->width << "\" height=\"" << inset->height
             << "\"/></clipPath>\n<g id=\"inset\" clip-path=\"url(#inset-clip)\">\n"
             << "<rect x=\"" << inset->x << "\" y=\"" << inset->y << "\" width=\"" << inset->width
             << "\" height=\"" << inset->height << "\" fill=\"" << hex(scene.ocean) << "\"/>\n";
        writeMap(body, mesh, scene, PixelWriter(inset->extent, inset->width, inset->x, inset->y),
                 patterns, "inset-", width);
        body << "</g>\n";
    }
    body << "<g id=\"overlay\">\n";
    for (const auto& rect : overlay.rects) {
        body << "<rect x=\"" << rect.x << "\" y=\"" << rect.y << "\" width=\"" << rect.width
             << "\" height=\"" << rect.height << "\" fill=\"" << fillOf(rect.style, patterns)
             << "\"";
        if (rect.style.fill.a < 255) {
            body << " fill-opacity=\"" << rect.style.fill.a / 255.0 << "\"";
        }
        if (rect.outlined) {
            body << " stroke=\"" << hex(rect.outline) << "\" stroke-width=\"1\"";
        }
        body << "/>\n";
    }
    for (const auto& text : overlay.texts) {
        body << "<text x=\"" << text.x << "\" y=\"" << text.y << "\" font-size=\"" << text.size
             << "\" fill=\"" << hex(text.colour) << "\""
             << (text.halo ? " stroke=\"#ffffff\" stroke-width=\"3\" stroke-linejoin=\"round\" "
                             "paint-order=\"stroke\""
                           : "")
             << ">" << escapeXml(text.text) << "</text>\n";
    }
    body << "</g>\n";

    core::AtomicOutput output(path);
    {
        std::ofstream file(output.temp(), std::ios::binary);
        const double period = std::max(6.0, width / 320.0);
        file << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
             << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\""
             << height << "\" viewBox=\"0 0 " << width << ' ' << height << "\" font-family=\""
             << escapeXml(fontFamily) << ", sans-serif\">\n<title>" << escapeXml(scene.title)
             << "</title>\n<defs>\n";
        for (const auto& [colours, id] : patterns) {
            file << "<pattern id=\"" << id << "\" patternUnits=\"userSpaceOnUse\" width=\""
                 << period << "\" height=\"" << period
                 << "\" patternTransform=\"rotate(-45)\"><rect width=\"" << period << "\" height=\""
                 << period << "\" fill=\"" << colours.first << "\"/><rect width=\"" << period * 0.4
                 << "\" height=\"" << period << "\" fill=\"" << colours.second
                 << "\"/></pattern>\n";
        }
        file << "</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"" << hex(scene.background)
             << "\"/>\n"
             << body.str() << "</svg>\n";
        if (!file.flush()) {
            throw core::InputError(path.string() + ": error: cannot write SVG");
        }
    }
    output.commit();
}

} // namespace recmap::render

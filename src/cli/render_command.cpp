#include "cli/render_command.hpp"

#include "cli/arguments.hpp"
#include "cli/data_paths.hpp"
#include "cli/dataset_loading.hpp"
#include "cli/entity_loading.hpp"
#include "core/error.hpp"
#include "core/query.hpp"
#include "geo/boundary_set.hpp"
#include "geo/geotiff_writer.hpp"
#include "geo/map_mesh_builder.hpp"
#include "render/font.hpp"
#include "render/headless_context.hpp"
#include "render/map_renderer.hpp"
#include "render/png_writer.hpp"
#include "render/svg_writer.hpp"
#include "render/view_frame.hpp"
#include "scene/countries_view.hpp"
#include "scene/thematic_scene.hpp"

#include <unistd.h>
#include <unordered_set>

namespace recmap::cli {
namespace {

enum class OutputFormat { Png, GeoTiff, Svg };

OutputFormat formatOf(const std::filesystem::path& path) {
    auto extension = path.extension().string();
    for (auto& c : extension) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (extension == ".png") {
        return OutputFormat::Png;
    }
    if (extension == ".tif" || extension == ".tiff") {
        return OutputFormat::GeoTiff;
    }
    if (extension == ".svg") {
        return OutputFormat::Svg;
    }
    throw core::UsageError("output must end in .png, .tif or .svg, got '" + path.string() + "'");
}

void checkWritable(const std::filesystem::path& output) {
    auto directory = output.parent_path();
    if (directory.empty()) {
        directory = ".";
    }
    if (!std::filesystem::is_directory(directory) || ::access(directory.c_str(), W_OK) != 0) {
        throw core::InputError(output.string() + ": error: cannot write: directory '" +
                               directory.string() + "' does not exist or is not writable");
    }
}

} // namespace

std::string renderUsage() {
    return "usage: recmap render countries -o FILE.png|FILE.tif [--size WxH] [--projection P]\n"
           "                     [--center LON,LAT] [--resolution 110m|50m|10m] [--no-legend]\n"
           "                     [--no-graticule] [--boundaries FILE [--key-field NAME]] [--data "
           "DIR]\n"
           "projections: " +
           geo::projectionNames() + "\n";
}

RenderRequest parseRenderRequest(const std::vector<std::string>& words) {
    const Arguments args(words,
                         {"-o", "--output", "--size", "--projection", "--center", "--resolution",
                          "--boundaries", "--key-field", "--data", "--db", "--as-of", "--palette",
                          "--title"},
                         {"--no-legend", "--no-graticule"});
    RenderRequest request;
    if (args.positionals().size() != 1) {
        throw core::UsageError("render needs exactly one view (e.g. 'countries')");
    }
    request.view = scene::ViewSpec::parse(args.positionals()[0]);
    if (request.view.kind == scene::ViewSpec::Kind::Where) {
        (void)core::parseQuery(request.view.expression); // syntax errors before any work
    }
    if (auto asOf = args.value("--as-of")) {
        auto date = core::Date::parse(*asOf);
        if (!date) {
            throw core::UsageError("--as-of must be a date YYYY-MM-DD, got '" + *asOf + "'");
        }
        request.asOf = *date;
    }
    if (auto palette = args.value("--palette")) {
        if (!scene::paletteNamed(*palette)) {
            throw core::UsageError("unknown palette '" + *palette + "' (" + scene::paletteNames() +
                                   ")");
        }
        request.palette = *palette;
    }
    request.title = args.value("--title");
    if (auto database = args.value("--db")) {
        request.database = *database;
    }
    auto output = args.value("-o") ? args.value("-o") : args.value("--output");
    if (!output) {
        throw core::UsageError("render needs an output file: -o FILE.png|FILE.tif");
    }
    request.output = *output;
    formatOf(request.output);
    if (auto size = args.value("--size")) {
        std::tie(request.width, request.height) = parseSize(*size);
    }
    if (auto name = args.value("--projection")) {
        auto kind = geo::parseProjectionKind(*name);
        if (!kind) {
            throw core::UsageError("unknown projection '" + *name +
                                   "' (use one of: " + geo::projectionNames() + ")");
        }
        request.projection.kind = *kind;
    }
    if (auto center = args.value("--center")) {
        std::tie(request.projection.centerLon, request.projection.centerLat) = parseLonLat(*center);
    }
    if (auto resolution = args.value("--resolution")) {
        if (*resolution != "110m" && *resolution != "50m" && *resolution != "10m") {
            throw core::UsageError("unknown resolution '" + *resolution +
                                   "' (use 110m, 50m or 10m)");
        }
        request.resolution = *resolution;
    }
    if (auto boundaries = args.value("--boundaries")) {
        request.boundaries = *boundaries;
    }
    request.keyField = args.value("--key-field").value_or("");
    request.dataDir = dataDirectory(args.value("--data"));
    request.legend = !args.flag("--no-legend");
    request.graticule = !args.flag("--no-graticule");
    return request;
}

void runRender(const RenderRequest& request, std::ostream& log) {
    const OutputFormat format = formatOf(request.output);
    checkWritable(request.output);

    const bool thematic = request.view.kind != scene::ViewSpec::Kind::Countries;
    std::unique_ptr<core::Dataset> dataset;
    std::unordered_map<std::string, std::string> keys;
    std::unordered_set<std::string> territories;
    if (thematic) {
        dataset = loadDataset({request.dataDir, request.database, request.asOf}, log);
        keys = boundaryKeyMap(*dataset);
    } else {
        const auto entities = loadEntityTable(request.dataDir);
        keys = boundaryKeyMap(entities);
        for (const auto& entity : entities.entities()) {
            if (entity.kind == core::EntityKind::Territory) {
                territories.insert(entity.code);
            }
        }
    }
    const auto boundaryPath = request.boundaries
                                  ? *request.boundaries
                                  : boundaryFile(request.dataDir, request.resolution);
    const auto boundaries = geo::BoundarySet::read(boundaryPath, request.keyField);

    geo::MeshOptions meshOptions;
    meshOptions.projection = request.projection;
    geo::MeshReport report;
    const auto mesh = geo::buildMapMesh(boundaries, keys, meshOptions, report);
    printMeshReport(boundaryPath, report, log);

    auto scene = thematic ? scene::thematicScene(*dataset, request.view, request.asOf,
                                                 *scene::paletteNamed(request.palette))
                          : scene::countriesScene(mesh.entityCodes, mesh.adjacency);
    scene.showGraticule = request.graticule;
    scene.unmarked.insert(territories.begin(), territories.end());
    if (request.title) {
        scene.title = *request.title;
    }

    // Text needs a font; a map without any text can do without one.
    std::optional<render::Font> font;
    try {
        font.emplace();
    } catch (const core::Error&) {
        if (request.legend) {
            throw;
        }
    }
    const auto overlay = render::layoutOverlay(scene, request.width, request.height,
                                               font ? &*font : nullptr, request.legend);

    const auto extent = render::fitExtentBetween(mesh.bounds, request.width, request.height,
                                                 overlay.mapTop, overlay.mapBottom);
    if (format == OutputFormat::Svg) {
        render::writeSvg(request.output, mesh, scene, overlay, extent, request.width,
                         request.height, font ? font->family() : "sans-serif");
        return;
    }

    render::HeadlessContext context;
    render::MapRenderer renderer(mesh);
    renderer.setScene(scene);
    render::RenderOptions options;
    options.width = request.width;
    options.height = request.height;
    options.extent = extent;
    options.overlay = &overlay;
    options.font = font ? &*font : nullptr;
    const auto image = renderer.render(options);

    if (format == OutputFormat::GeoTiff) {
        const geo::Projector projector(request.projection);
        geo::writeGeoTiff(request.output, image.rgb.data(), image.width, image.height,
                          options.extent, projector.crsWkt());
    } else {
        render::PngOptions png;
        png.text = {{"Title", scene.title},
                    {"Description", "View " + request.view.toString() + " as of " +
                                        request.asOf.toString() + " (" +
                                        std::string(geo::toString(request.projection.kind)) + ")"},
                    {"Source", scene.attribution.empty()
                                   ? "Boundaries: Natural Earth (world-atlas 2.0.2)"
                                   : scene.attribution},
                    {"Software", "recmap " RECMAP_VERSION}};
        render::writePng(request.output, image, png);
    }
}

} // namespace recmap::cli

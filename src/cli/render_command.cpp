#include "cli/render_command.hpp"

#include "core/error.hpp"
#include "core/query.hpp"
#include "scene/palette.hpp"
#include "workspace/arguments.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/map_export.hpp"
#include "workspace/view_file.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <regex>
#include <set>
#include <unistd.h>

namespace recmap::cli {

using workspace::Arguments;
using workspace::isAnimation;
using workspace::OutputFormat;
using workspace::outputFormatOf;
using workspace::RenderRequest;

namespace {

core::Date dateOption(const Arguments& args, const char* name, core::Date fallback) {
    auto text = args.value(name);
    if (!text) {
        return fallback;
    }
    auto date = core::Date::parse(*text);
    if (!date) {
        throw core::UsageError(std::string(name) + " must be a date YYYY[-MM[-DD]], got '" + *text +
                               "'");
    }
    return *date;
}

} // namespace

std::string renderUsage() {
    return "usage: recmap render VIEW -o FILE.png|.tif|.svg|.html|.gpkg|.csv|.geojson [--as-of "
           "DATE]\n"
           "                     [--size WxH]\n"
           "                     [--projection P] [--center LON,LAT] [--resolution 110m|50m|10m]\n"
           "                     [--palette NAME] [--title TEXT] [--labels] [--no-legend] "
           "[--no-graticule]\n"
           "                     [--worldview un|de-facto|STATE] [--side-by-side DATE|WORLDVIEW]\n"
           "                     [--from DATE --to DATE --step 1y|6m|10d|event] (-o "
           "FILE.png|.gif|.mp4)\n"
           "                     [--extent W,S,E,N] [--view-file FILE]\n"
           "                     [--boundaries FILE [--key-field NAME]\n"
           "                      [--valid-from-field NAME --valid-to-field NAME]] [--data DIR]\n"
           "                     [--db FILE]\n"
           "views: countries, recognition:SUBJECT, observer:STATE, membership:ORG[,ORG...], "
           "where:EXPR\n"
           "projections: " +
           geo::projectionNames() + "\npalettes: " + scene::paletteNames() + "\n";
}

RenderRequest parseRenderRequest(const std::vector<std::string>& givenWords) {
    const std::set<std::string> valued = {"-o",
                                          "--output",
                                          "--size",
                                          "--projection",
                                          "--center",
                                          "--resolution",
                                          "--boundaries",
                                          "--key-field",
                                          "--valid-from-field",
                                          "--valid-to-field",
                                          "--data",
                                          "--db",
                                          "--as-of",
                                          "--palette",
                                          "--title",
                                          "--from",
                                          "--to",
                                          "--step",
                                          "--extent",
                                          "--worldview",
                                          "--side-by-side"};
    const std::set<std::string> flags = {"--no-legend", "--no-graticule", "--labels"};
    const Arguments args(workspace::expandViewFile(givenWords, valued, flags), valued, flags);
    RenderRequest request;
    if (args.positionals().size() != 1) {
        throw core::UsageError("render needs exactly one view (e.g. 'countries')");
    }
    request.view = scene::ViewSpec::parse(args.positionals()[0]);
    if (request.view.kind == scene::ViewSpec::Kind::Where) {
        (void)core::parseQuery(request.view.expression); // syntax errors before any work
    }
    auto output = args.value("-o") ? args.value("-o") : args.value("--output");
    if (!output) {
        throw core::UsageError(
            "render needs an output file: -o FILE.png|.tif|.svg|.html|.gpkg|.csv|.geojson");
    }
    request.output = *output;
    request.asOf = dateOption(args, "--as-of", core::Date::today());
    if (request.view.kind == scene::ViewSpec::Kind::Changes && !args.value("--step")) {
        // A change view compares --from with --to (or --as-of): one map, not an animation.
        if (auto from = args.value("--from")) {
            request.view.from = dateOption(args, "--from", {}).toString();
        }
        if (args.value("--to")) {
            request.asOf = dateOption(args, "--to", {});
        }
        if (request.view.from.empty()) {
            throw core::UsageError("changes: needs --from DATE (and --to DATE, default today)");
        }
        if (core::Date::parse(request.view.from)->dayNumber() > request.asOf.dayNumber()) {
            throw core::UsageError("changes: --to is before --from");
        }
        (void)outputFormatOf(request.output);
    } else if (args.value("--from") || args.value("--to") || args.value("--step")) {
        if (!args.value("--from") || !args.value("--to")) {
            throw core::UsageError("an animation needs --from DATE and --to DATE");
        }
        request.from = dateOption(args, "--from", {});
        request.to = dateOption(args, "--to", {});
        request.step = args.value("--step").value_or("1y");
        if (*request.to < *request.from) {
            throw core::UsageError("--to is before --from");
        }
        if (request.view.kind == scene::ViewSpec::Kind::Changes && request.view.from.empty()) {
            request.view.from = request.from->toString(); // each frame: changes since --from
        }
        // An HTML page takes --from/--to as its slider's range.
        if (!isAnimation(request.output) && outputFormatOf(request.output) != OutputFormat::Png &&
            outputFormatOf(request.output) != OutputFormat::Html) {
            throw core::UsageError("an animation writes .png frames, or a .gif or .mp4 (or an "
                                   ".html page with a date slider)");
        }
    } else {
        (void)outputFormatOf(request.output);
    }
    if (auto other = args.value("--side-by-side")) {
        request.sideBySide = *other;
        const auto format = outputFormatOf(request.output);
        if (format != OutputFormat::Png && format != OutputFormat::Svg) {
            throw core::UsageError("--side-by-side writes a .png or .svg");
        }
    }
    if (auto size = args.value("--size")) {
        std::tie(request.width, request.height) = workspace::parseSize(*size);
    }
    if (auto name = args.value("--projection")) {
        auto kind = geo::parseProjectionKind(*name);
        if (!kind) {
            throw core::UsageError("unknown projection '" + *name +
                                   "' (use one of: " + geo::projectionNames() + ")");
        }
        request.projection.kind = *kind;
    }
    if (auto extent = args.value("--extent")) {
        double west = 0, south = 0, east = 0, north = 0;
        char tail = 0;
        if (std::sscanf(extent->c_str(), "%lf,%lf,%lf,%lf%c", &west, &south, &east, &north,
                        &tail) != 4 ||
            std::abs(west) > 180 || std::abs(east) > 180 || south < -90 || north > 90 ||
            north <= south) {
            throw core::UsageError("--extent must be W,S,E,N in degrees (e.g. 10,38,30,48), got '" +
                                   *extent + "'");
        }
        request.extent = std::array<double, 4>{west, south, east, north};
    }
    if (auto center = args.value("--center")) {
        std::tie(request.projection.centerLon, request.projection.centerLat) =
            workspace::parseLonLat(*center);
    }
    if (auto resolution = args.value("--resolution")) {
        if (*resolution != "110m" && *resolution != "50m" && *resolution != "10m") {
            throw core::UsageError("unknown resolution '" + *resolution +
                                   "' (use 110m, 50m or 10m)");
        }
        request.resolution = *resolution;
    }
    if (auto palette = args.value("--palette")) {
        if (!scene::paletteNamed(*palette)) {
            throw core::UsageError("unknown palette '" + *palette + "' (" + scene::paletteNames() +
                                   ")");
        }
        request.palette = *palette;
    }
    request.title = args.value("--title");
    request.worldview = args.value("--worldview").value_or("un");
    if (auto database = args.value("--db")) {
        request.database = *database;
    }
    if (auto boundaries = args.value("--boundaries")) {
        request.boundaries = *boundaries;
    }
    request.keyField = args.value("--key-field").value_or("");
    request.validFromField = args.value("--valid-from-field").value_or("");
    request.validToField = args.value("--valid-to-field").value_or("");
    if (request.validFromField.empty() != request.validToField.empty()) {
        throw core::UsageError("--valid-from-field and --valid-to-field go together");
    }
    if (!request.validFromField.empty() && !request.boundaries) {
        throw core::UsageError("--valid-from-field needs --boundaries FILE (a time-aware file)");
    }
    request.dataDir = workspace::dataDirectory(args.value("--data"));
    request.legend = !args.flag("--no-legend");
    request.labels = args.flag("--labels");
    request.graticule = !args.flag("--no-graticule");
    return request;
}

} // namespace recmap::cli

// recmap-explorer: the interactive window (recmap explore runs it). Exit codes as recmap's.

#include "app/explorer_window.hpp"
#include "core/error.hpp"
#include "geo/projection.hpp"
#include "workspace/arguments.hpp"
#include "workspace/boundary_matching.hpp"
#include "workspace/data_paths.hpp"
#include "workspace/database_cache.hpp"
#include "workspace/dataset_loading.hpp"
#include "workspace/linked_gdal_services.hpp"
#include "workspace/prepared_mesh.hpp"
#include "workspace/view_file.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>

namespace {

const std::set<std::string> valueOptions = {
    "--data",  "--db",         "--as-of",  "--size",   "--screenshot", "--frames", "--resolution",
    "--hover", "--projection", "--extent", "--center", "--view-file",  "--script", "--worldview"};
const std::set<std::string> flagOptions = {"--print-details", "--benchmark", "--remember"};

// Where the explorer keeps its layout and last view: $XDG_CONFIG_HOME/recmap, else
// ~/.config/recmap. Automated runs (--screenshot, --benchmark) keep nothing unless --remember.
std::optional<std::filesystem::path> stateDirectory(const recmap::workspace::Arguments& given) {
    if ((given.value("--screenshot") || given.flag("--benchmark")) && !given.flag("--remember")) {
        return std::nullopt;
    }
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config && *config) {
        return std::filesystem::path(config) / "recmap";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".config" / "recmap";
    }
    return std::nullopt;
}

// The last view opens when no view is given; a view file that no longer reads is skipped.
std::vector<std::string> withLastView(std::vector<std::string> words,
                                      const recmap::workspace::Arguments& given,
                                      const std::optional<std::filesystem::path>& stateDir) {
    if (!stateDir || !given.positionals().empty() || given.value("--view-file")) {
        return words;
    }
    const auto last = *stateDir / "last-view.txt";
    if (!std::filesystem::exists(last)) {
        return words;
    }
    try {
        (void)recmap::workspace::readViewFile(last);
    } catch (const std::exception& error) {
        std::cerr << "recmap explore: warning: last view not restored: " << error.what() << "\n";
        return words;
    }
    words.push_back("--view-file");
    words.push_back(last.string());
    return words;
}

int run(const std::vector<std::string>& givenWords) {
    using namespace recmap;
    const workspace::Arguments given(givenWords, valueOptions, flagOptions);
    const auto stateDir = stateDirectory(given);
    const auto words = workspace::expandViewFile(withLastView(givenWords, given, stateDir),
                                                 valueOptions, flagOptions);
    const workspace::Arguments args(words, valueOptions, flagOptions);
    if (args.positionals().size() > 1) {
        throw core::UsageError("explore takes at most one view");
    }
    const auto options = workspace::datasetOptions(args);
    app::ExplorerOptions window;
    if (auto size = args.value("--size")) {
        std::tie(window.width, window.height) = workspace::parseSize(*size);
    }
    if (auto screenshot = args.value("--screenshot")) {
        window.screenshot = *screenshot;
    }
    if (auto frames = args.value("--frames")) {
        window.frames = std::max(1, std::stoi(*frames));
    }
    geo::ProjectionSpec projection;
    if (auto name = args.value("--projection")) {
        auto kind = geo::parseProjectionKind(*name);
        if (!kind) {
            throw core::UsageError("unknown projection '" + *name +
                                   "' (use one of: " + geo::projectionNames() + ")");
        }
        projection.kind = *kind;
    }
    window.printDetails = args.flag("--print-details");
    window.stateDir = stateDir;
    if (auto script = args.value("--script")) {
        window.script = app::readInputScript(*script);
    }
    window.benchmark = args.flag("--benchmark");
    if (window.benchmark && !args.value("--size")) {
        window.width = 1920;
        window.height = 1080;
    }
    if (auto center = args.value("--center")) {
        std::tie(projection.centerLon, projection.centerLat) = workspace::parseLonLat(*center);
    }
    window.projection = projection;
    if (auto extent = args.value("--extent")) {
        double west = 0, south = 0, east = 0, north = 0;
        if (std::sscanf(extent->c_str(), "%lf,%lf,%lf,%lf", &west, &south, &east, &north) != 4) {
            throw core::UsageError("--extent must be W,S,E,N in degrees, got '" + *extent + "'");
        }
        window.startExtent = geo::Projector(projection).boundsOf(west, south, east, north);
    }
    if (auto hover = args.value("--hover")) {
        const auto [lon, lat] = workspace::parseLonLat(*hover);
        const geo::Projector projector(projection);
        window.hoverPoint =
            projector.forward(geo::relativeLongitude(lon, projection.centerLon), lat);
    }
    const workspace::LinkedGdalServices gdal;
    auto dataset = workspace::loadDataset(options, gdal, std::cerr);
    const auto matching = workspace::boundaryMatching(*dataset);
    auto mesh = workspace::prepareMesh(
        workspace::boundaryFile(options.dataDir, args.value("--resolution").value_or("50m")),
        matching, projection, gdal, std::cerr);
    window.prepareMesh = [file = workspace::boundaryFile(
                              options.dataDir, args.value("--resolution").value_or("50m")),
                          matching, projection, &gdal](const geo::ProjectionSpec& spec) {
        // Projections at the starting centre are cached; turned globes are one-offs.
        const bool sameCentre =
            spec.centerLon == projection.centerLon && spec.centerLat == projection.centerLat;
        return workspace::prepareMesh(file, matching, spec, gdal, std::cerr, sameCentre);
    };
    app::ExplorerModel model(std::move(dataset), std::move(mesh));
    model.setDate(options.asOf);
    if (auto worldview = args.value("--worldview")) {
        if (auto error = model.setWorldview(*worldview)) {
            throw recmap::core::UsageError(*error);
        }
    }
    if (!args.positionals().empty()) {
        if (auto error = model.setView(args.positionals()[0])) {
            throw core::UsageError(*error);
        }
    }
    return app::ExplorerWindow(window, model).run();
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const recmap::core::UsageError& error) {
        std::cerr << "recmap explore: error: " << error.what() << "\n";
        return 2;
    } catch (const recmap::core::InputError& error) {
        std::cerr << error.what() << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "recmap explore: error: " << error.what() << "\n";
        return 1;
    }
}

// recmap-explorer: the interactive window (recmap explore runs it). Exit codes as recmap's.

#include "app/explorer_window.hpp"
#include "cli/arguments.hpp"
#include "cli/data_paths.hpp"
#include "cli/dataset_loading.hpp"
#include "cli/entity_loading.hpp"
#include "cli/prepared_mesh.hpp"
#include "cli/view_file.hpp"
#include "core/error.hpp"
#include "geo/projection.hpp"

#include <cstdio>
#include <iostream>

namespace {

int run(const std::vector<std::string>& givenWords) {
    using namespace recmap;
    const auto words = cli::expandViewFile(givenWords);
    const cli::Arguments args(words,
                              {"--data", "--db", "--as-of", "--size", "--screenshot", "--frames",
                               "--resolution", "--hover", "--projection", "--extent", "--center"},
                              {"--print-details", "--benchmark"});
    if (args.positionals().size() > 1) {
        throw core::UsageError("explore takes at most one view");
    }
    const auto options = cli::datasetOptions(args);
    app::ExplorerOptions window;
    if (auto size = args.value("--size")) {
        std::tie(window.width, window.height) = cli::parseSize(*size);
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
    window.benchmark = args.flag("--benchmark");
    if (window.benchmark && !args.value("--size")) {
        window.width = 1920;
        window.height = 1080;
    }
    if (auto center = args.value("--center")) {
        std::tie(projection.centerLon, projection.centerLat) = cli::parseLonLat(*center);
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
        const auto [lon, lat] = cli::parseLonLat(*hover);
        const geo::Projector projector(projection);
        window.hoverPoint =
            projector.forward(geo::relativeLongitude(lon, projection.centerLon), lat);
    }
    auto dataset = cli::loadDataset(options, std::cerr);
    const auto keys = cli::boundaryKeyMap(*dataset);
    auto mesh = cli::prepareMesh(
        cli::boundaryFile(options.dataDir, args.value("--resolution").value_or("50m")), "", keys,
        projection, std::cerr);
    app::ExplorerModel model(std::move(dataset), std::move(mesh));
    model.setDate(options.asOf);
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

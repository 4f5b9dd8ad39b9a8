#include "cli/render_command.hpp"

#include "cli/arguments.hpp"
#include "cli/data_paths.hpp"
#include "cli/map_job.hpp"
#include "cli/view_file.hpp"
#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "core/query.hpp"
#include "scene/palette.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <regex>
#include <set>
#include <unistd.h>

namespace recmap::cli {
namespace {

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

bool isAnimation(const std::filesystem::path& output) {
    const auto extension = output.extension().string();
    return extension == ".gif" || extension == ".mp4";
}

// The dates of an animation: every step from `from` to `to`, or every event of the view.
std::vector<core::Date> frameDates(const RenderRequest& request, const MapJob& job) {
    const core::Date from =
        core::Date::fromYmd(request.from->year(), request.from->month(), request.from->day());
    const core::Date to =
        core::Date::fromYmd(request.to->year(), request.to->month(), request.to->day());
    if (request.step == "event") {
        auto dates = job.eventDates(from, to);
        if (dates.empty() || dates.front().dayNumber() != from.dayNumber()) {
            dates.insert(dates.begin(), from);
        }
        return dates;
    }
    static const std::regex pattern("([1-9][0-9]{0,3})([ymd])");
    std::smatch match;
    if (!std::regex_match(request.step, match, pattern)) {
        throw core::UsageError("--step must look like 1y, 6m, 10d or event, got '" + request.step +
                               "'");
    }
    const int count = std::stoi(match[1]);
    const char unit = match[2].str()[0];
    std::vector<core::Date> dates;
    std::chrono::year_month_day day{std::chrono::year{from.year()},
                                    std::chrono::month{static_cast<unsigned>(from.month())},
                                    std::chrono::day{static_cast<unsigned>(from.day())}};
    for (int i = 0; dates.size() < 10000; ++i) {
        std::chrono::year_month_day next = day;
        if (unit == 'y') {
            next = day + std::chrono::years{count * i};
        } else if (unit == 'm') {
            next = day + std::chrono::months{count * i};
        }
        std::chrono::sys_days when =
            next.ok() ? std::chrono::sys_days{next}
                      : std::chrono::sys_days{next.year() / next.month() / std::chrono::last};
        if (unit == 'd') {
            when = std::chrono::sys_days{day} + std::chrono::days{count * i};
        }
        const auto date = core::Date::fromDayNumber(when.time_since_epoch().count());
        if (date.dayNumber() > to.dayNumber()) {
            break;
        }
        dates.push_back(date);
    }
    return dates;
}

std::filesystem::path framePath(const std::filesystem::path& base, size_t index) {
    char number[32];
    std::snprintf(number, sizeof number, "-%04zu", index);
    auto path = base;
    path.replace_filename(base.stem().string() + number + ".png");
    return path;
}

void encodeAnimation(const std::filesystem::path& frames, const std::filesystem::path& output,
                     std::ostream& log) {
    if (std::system("command -v ffmpeg > /dev/null 2>&1") != 0) {
        throw core::InputError(
            output.string() +
            ": error: ffmpeg is not installed (apt-get install ffmpeg); the frames "
            "are in " +
            frames.parent_path().string());
    }
    core::AtomicOutput target(output);
    const std::string pattern =
        (frames.parent_path() / (frames.stem().string() + "-%04d.png")).string();
    // A still frame per date, two a second; even dimensions for H.264.
    const std::string filter = output.extension() == ".gif"
                                   ? "split[a][b];[a]palettegen[p];[b][p]paletteuse"
                                   : "scale=trunc(iw/2)*2:trunc(ih/2)*2,format=yuv420p";
    const std::string command =
        "ffmpeg -loglevel error -y -framerate 2 -i '" + pattern + "' -vf '" + filter + "' -f " +
        (output.extension() == ".gif" ? "gif" : "mp4") + " '" + target.temp().string() + "'";
    if (std::system(command.c_str()) != 0) {
        throw core::InputError(output.string() + ": error: ffmpeg failed to encode the frames");
    }
    target.commit();
    log << output.string() << ": note: animation encoded with ffmpeg\n";
}

} // namespace

std::string renderUsage() {
    return "usage: recmap render VIEW -o FILE.png|FILE.tif|FILE.svg [--as-of DATE] [--size WxH]\n"
           "                     [--projection P] [--center LON,LAT] [--resolution 110m|50m|10m]\n"
           "                     [--palette NAME] [--title TEXT] [--labels] [--no-legend] "
           "[--no-graticule]\n"
           "                     [--worldview un|de-facto|STATE]\n"
           "                     [--from DATE --to DATE --step 1y|6m|10d|event] (-o "
           "FILE.png|.gif|.mp4)\n"
           "                     [--extent W,S,E,N] [--view-file FILE]\n"
           "                     [--boundaries FILE [--key-field NAME]] [--data DIR] [--db FILE]\n"
           "views: countries, recognition:SUBJECT, observer:STATE, membership:ORG[,ORG...], "
           "where:EXPR\n"
           "projections: " +
           geo::projectionNames() + "\npalettes: " + scene::paletteNames() + "\n";
}

RenderRequest parseRenderRequest(const std::vector<std::string>& givenWords) {
    const std::set<std::string> valued = {
        "-o",           "--output",    "--size", "--projection", "--center", "--resolution",
        "--boundaries", "--key-field", "--data", "--db",         "--as-of",  "--palette",
        "--title",      "--from",      "--to",   "--step",       "--extent", "--worldview"};
    const std::set<std::string> flags = {"--no-legend", "--no-graticule", "--labels"};
    const Arguments args(expandViewFile(givenWords, valued, flags), valued, flags);
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
        throw core::UsageError("render needs an output file: -o FILE.png|FILE.tif|FILE.svg");
    }
    request.output = *output;
    request.asOf = dateOption(args, "--as-of", core::Date::today());
    if (args.value("--from") || args.value("--to") || args.value("--step")) {
        if (!args.value("--from") || !args.value("--to")) {
            throw core::UsageError("an animation needs --from DATE and --to DATE");
        }
        request.from = dateOption(args, "--from", {});
        request.to = dateOption(args, "--to", {});
        request.step = args.value("--step").value_or("1y");
        if (*request.to < *request.from) {
            throw core::UsageError("--to is before --from");
        }
        if (!isAnimation(request.output) && outputFormatOf(request.output) != OutputFormat::Png) {
            throw core::UsageError("an animation writes .png frames, or a .gif or .mp4");
        }
    } else {
        (void)outputFormatOf(request.output);
    }
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
        std::tie(request.projection.centerLon, request.projection.centerLat) = parseLonLat(*center);
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
    request.dataDir = dataDirectory(args.value("--data"));
    request.legend = !args.flag("--no-legend");
    request.labels = args.flag("--labels");
    request.graticule = !args.flag("--no-graticule");
    return request;
}

void runRender(const RenderRequest& request, std::ostream& log) {
    checkWritable(request.output);
    MapJob job(request, log);
    if (!request.from) {
        job.write(job.sceneOn(request.asOf), request.asOf, request.output);
        return;
    }
    const auto dates = frameDates(request, job);
    if (dates.empty()) {
        throw core::UsageError("no dates between --from and --to for this --step");
    }
    const bool encoded = isAnimation(request.output);
    std::filesystem::path base = request.output;
    if (encoded) {
        base = request.output.parent_path() / (request.output.stem().string() + "-frames") /
               "frame.png";
        std::filesystem::create_directories(base.parent_path());
    }
    for (size_t i = 0; i < dates.size(); ++i) {
        job.write(job.sceneOn(dates[i]), dates[i], framePath(base, i + 1));
    }
    log << framePath(base, 1).string() << ": note: " << dates.size() << " frames from "
        << dates.front().toString() << " to " << dates.back().toString() << "\n";
    if (encoded) {
        encodeAnimation(base, request.output, log);
    }
}

} // namespace recmap::cli

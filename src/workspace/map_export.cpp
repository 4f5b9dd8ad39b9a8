#include "workspace/map_export.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "workspace/map_job.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <unistd.h>

namespace recmap::workspace {
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

OutputFormat outputFormatOf(const std::filesystem::path& path) {
    auto extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".png") {
        return OutputFormat::Png;
    }
    if (extension == ".tif" || extension == ".tiff") {
        return OutputFormat::GeoTiff;
    }
    static const std::pair<const char*, OutputFormat> others[] = {
        {".svg", OutputFormat::Svg},     {".html", OutputFormat::Html},
        {".htm", OutputFormat::Html},    {".gpkg", OutputFormat::GeoPackage},
        {".csv", OutputFormat::Csv},     {".geojson", OutputFormat::GeoJson},
        {".json", OutputFormat::GeoJson}};
    for (const auto& [suffix, format] : others) {
        if (extension == suffix) {
            return format;
        }
    }
    throw core::UsageError("output must end in .png, .tif, .svg, .html, .gpkg, .csv or .geojson, "
                           "got '" +
                           path.string() + "'");
}

const std::vector<std::string>& exportExtensions() {
    static const std::vector<std::string> extensions{"png",  "svg", "tif",    "html",
                                                     "gpkg", "csv", "geojson"};
    return extensions;
}

bool isAnimation(const std::filesystem::path& output) {
    const auto extension = output.extension().string();
    return extension == ".gif" || extension == ".mp4";
}

void runRender(const RenderRequest& request, const GdalServices& gdal, std::ostream& log) {
    checkWritable(request.output);
    MapJob job(request, gdal, log);
    if (!request.from ||
        (!isAnimation(request.output) && outputFormatOf(request.output) == OutputFormat::Html)) {
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
    job.setOverlappedWrites(true); // drawing a frame overlaps compressing the one before
    for (size_t i = 0; i < dates.size(); ++i) {
        job.write(job.sceneOn(dates[i]), dates[i], framePath(base, i + 1));
    }
    job.setOverlappedWrites(false);
    log << framePath(base, 1).string() << ": note: " << dates.size() << " frames from "
        << dates.front().toString() << " to " << dates.back().toString() << "\n";
    if (encoded) {
        encodeAnimation(base, request.output, log);
    }
}

} // namespace recmap::workspace

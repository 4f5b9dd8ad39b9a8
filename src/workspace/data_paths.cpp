#include "workspace/data_paths.hpp"

#include "core/error.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace recmap::workspace {
namespace {

struct PipeCloser {
    void operator()(std::FILE* pipe) const { pclose(pipe); }
};

std::filesystem::path fetchTenMetre() {
    const std::filesystem::path script =
        std::filesystem::path(RECMAP_SCRIPTS_DIR) / "fetch-boundaries.sh";
    if (!std::filesystem::exists(script)) {
        throw core::InputError(script.string() + ": error: fetch script not found; 10m boundaries "
                                                 "need it (or pass --boundaries FILE)");
    }
    std::string output;
    int status = -1;
    {
        std::unique_ptr<std::FILE, PipeCloser> pipe(
            popen(("bash '" + script.string() + "'").c_str(), "r"));
        if (!pipe) {
            throw core::InputError("cannot run " + script.string());
        }
        std::array<char, 512> buffer{};
        while (std::fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) {
            output += buffer.data();
        }
        status = pclose(pipe.release());
    }
    while (!output.empty() && (output.back() == '\n' || output.back() == '\r')) {
        output.pop_back();
    }
    if (status != 0 || output.empty() || !std::filesystem::exists(output)) {
        throw core::InputError(script.string() + ": error: fetching 1:10m boundaries failed");
    }
    return output;
}

} // namespace

std::filesystem::path cacheDirectory() {
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
        return std::filesystem::path(xdg) / "recmap";
    }
    if (const char* home = std::getenv("HOME"); home && *home) {
        return std::filesystem::path(home) / ".cache" / "recmap";
    }
    return std::filesystem::temp_directory_path() / "recmap";
}

std::string digest(std::string_view text) {
    uint64_t hash = 14695981039346656037ULL;
    for (unsigned char c : text) {
        hash = (hash ^ c) * 1099511628211ULL;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(hash));
    return hex;
}

std::filesystem::path dataDirectory(const std::optional<std::string>& option) {
    if (option) {
        return *option;
    }
    if (const char* fromEnvironment = std::getenv("RECMAP_DATA");
        fromEnvironment && *fromEnvironment) {
        return fromEnvironment;
    }
    return RECMAP_DEFAULT_DATA_DIR;
}

std::filesystem::path boundaryFile(const std::filesystem::path& dataDir,
                                   const std::string& resolution) {
    if (resolution == "110m" || resolution == "50m") {
        // A data directory may bring its own boundaries; otherwise the shipped ones are used.
        const auto own = dataDir / "boundaries" / ("countries-" + resolution + ".json");
        const auto shipped =
            std::filesystem::path(RECMAP_DEFAULT_DATA_DIR) / "boundaries" / own.filename();
        return std::filesystem::exists(own) || !std::filesystem::exists(shipped) ? own : shipped;
    }
    if (resolution == "10m") {
        // Verified by checksum when fetched; a file of the expected size is taken as is rather
        // than hashed again on every run.
        const auto cached = cacheDirectory() / "world-atlas-2.0.2" / "countries-10m.json";
        std::error_code error;
        if (std::filesystem::file_size(cached, error) == 3661071 && !error) {
            return cached;
        }
        return fetchTenMetre();
    }
    throw core::UsageError("unknown resolution '" + resolution + "' (use 110m, 50m or 10m)");
}

} // namespace recmap::workspace

#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace recmap::workspace {

// The dataset directory: --data DIR, else $RECMAP_DATA, else the repository's data/ this binary
// was built from.
[[nodiscard]] std::filesystem::path dataDirectory(const std::optional<std::string>& option);

// recmap's cache directory: $XDG_CACHE_HOME/recmap, else ~/.cache/recmap.
[[nodiscard]] std::filesystem::path cacheDirectory();

// A short hex digest (FNV-1a, 64 bits) of some text: names cache files after their inputs.
[[nodiscard]] std::string digest(std::string_view text);

// The Natural Earth countries file for "110m", "50m" or "10m". 110m and 50m ship in data/;
// 10m is fetched once with scripts/fetch-boundaries.sh (npm, pinned, checksum verified).
// Throws core::UsageError for an unknown resolution, core::InputError when the fetch fails.
[[nodiscard]] std::filesystem::path boundaryFile(const std::filesystem::path& dataDir,
                                                 const std::string& resolution);

} // namespace recmap::workspace

#pragma once

#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace recmap::workspace {

// A saved view: a small text file of key=value lines that `recmap render --view-file` and
// `recmap explore --view-file` both open, and the explorer's Ctrl+S writes:
//   # recmap view
//   view=recognition:XKX
//   as-of=2024-01-12
//   projection=equal-earth
//   center=20,0
//   extent=10,38,30,48            (west,south,east,north in degrees; optional)
//   worldview=de-facto            (un, de-facto or a state; optional)
struct ViewFile {
    std::string view = "countries";
    std::string asOf;
    std::string projection;
    std::string center;
    std::string extent;
    std::string worldview;

    friend bool operator==(const ViewFile&, const ViewFile&) = default;
};

// Parses the text of a view file; throws core::InputError naming `displayName` and the line.
[[nodiscard]] ViewFile parseViewFile(std::string_view text, const std::string& displayName);
// The text of a view file: what parseViewFile reads back as the same view.
[[nodiscard]] std::string formatViewFile(const ViewFile& view);
// Reads a view file; throws core::InputError naming the file and line.
[[nodiscard]] ViewFile readViewFile(const std::filesystem::path& path);
// Writes one atomically.
void writeViewFile(const std::filesystem::path& path, const ViewFile& view);

// Expands "--view-file F" in command-line words into the options it holds, placed before the
// other words so that options given explicitly win; a view given explicitly replaces the file's.
// `valued` and `flags` are the command's options, as Arguments takes them.
[[nodiscard]] std::vector<std::string> expandViewFile(const std::vector<std::string>& words,
                                                      const std::set<std::string>& valued,
                                                      const std::set<std::string>& flags);

} // namespace recmap::workspace

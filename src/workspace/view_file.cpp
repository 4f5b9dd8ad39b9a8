#include "workspace/view_file.hpp"

#include "workspace/arguments.hpp"

#include "core/atomic_output.hpp"
#include "core/error.hpp"
#include "core/text.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace recmap::workspace {

ViewFile parseViewFile(std::string_view text, const std::string& displayName) {
    ViewFile view;
    size_t number = 0;
    while (!text.empty()) {
        ++number;
        const auto newline = text.find('\n');
        const auto line = core::trim(text.substr(0, newline));
        text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
        if (line.empty() || line.starts_with('#')) {
            continue;
        }
        const auto equals = line.find('=');
        if (equals == std::string_view::npos) {
            throw core::InputError(displayName + ":" + std::to_string(number) +
                                   ": error: expected key=value");
        }
        const std::string key(core::trim(line.substr(0, equals)));
        const std::string value(core::trim(line.substr(equals + 1)));
        if (key == "view") {
            view.view = value;
        } else if (key == "as-of") {
            view.asOf = value;
        } else if (key == "projection") {
            view.projection = value;
        } else if (key == "center") {
            view.center = value;
        } else if (key == "extent") {
            view.extent = value;
        } else if (key == "worldview") {
            view.worldview = value;
        } else {
            throw core::InputError(displayName + ":" + std::to_string(number) +
                                   ": error: unknown key '" + key +
                                   "' (view, as-of, projection, center, extent, worldview)");
        }
    }
    return view;
}

std::string formatViewFile(const ViewFile& view) {
    std::string text = "# recmap view\nview=" + view.view + "\n";
    for (const auto& [key, value] : {std::pair<const char*, const std::string&>{"as-of", view.asOf},
                                     {"projection", view.projection},
                                     {"center", view.center},
                                     {"extent", view.extent},
                                     {"worldview", view.worldview}}) {
        if (!value.empty()) {
            text += std::string(key) + "=" + value + "\n";
        }
    }
    return text;
}

ViewFile readViewFile(const std::filesystem::path& path) {
    std::ifstream stream(path, std::ios::binary);
    if (!stream) {
        throw core::InputError(path.string() + ": error: cannot open view file");
    }
    std::ostringstream content;
    content << stream.rdbuf();
    return parseViewFile(content.str(), path.string());
}

void writeViewFile(const std::filesystem::path& path, const ViewFile& view) {
    core::AtomicOutput output(path);
    {
        std::ofstream stream(output.temp(), std::ios::binary);
        stream << formatViewFile(view);
        if (!stream.flush()) {
            throw core::InputError(path.string() + ": error: cannot write view file");
        }
    }
    output.commit();
}

std::vector<std::string> expandViewFile(const std::vector<std::string>& words,
                                        const std::set<std::string>& valued,
                                        const std::set<std::string>& flags) {
    std::vector<std::string> rest;
    std::optional<ViewFile> file;
    for (size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--view-file") {
            if (i + 1 >= words.size()) {
                throw core::UsageError("option --view-file needs a value");
            }
            file = readViewFile(words[++i]);
        } else {
            rest.push_back(words[i]);
        }
    }
    if (!file) {
        return words;
    }
    std::vector<std::string> expanded;
    // A view given on the command line wins over the file's.
    if (Arguments(rest, valued, flags).positionals().empty()) {
        expanded.push_back(file->view);
    }
    for (const auto& [option, value] :
         {std::pair<const char*, const std::string&>{"--as-of", file->asOf},
          {"--projection", file->projection},
          {"--center", file->center},
          {"--extent", file->extent},
          {"--worldview", file->worldview}}) {
        if (!value.empty()) {
            expanded.push_back(option);
            expanded.push_back(value);
        }
    }
    expanded.insert(expanded.end(), rest.begin(), rest.end());
    return expanded;
}

} // namespace recmap::workspace

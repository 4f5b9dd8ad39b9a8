// The layer graph, enforced on the sources: every #include "x/..." in src/<layer>/ and bench/
// names a layer the including one may depend on, and third-party headers stay in the layer that
// owns them. CMake's PRIVATE links catch most of this at compile time; this catches the rest
// (an include that happens to resolve through a public include directory).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

namespace {

namespace fs = std::filesystem;

// Which project layers each layer may include (itself included).
const std::map<std::string, std::set<std::string>> allowedLayers = {
    {"core", {"core"}},
    {"store", {"core", "store"}},
    {"geo", {"core", "geo"}},
    {"scene", {"core", "scene"}},
    {"render", {"core", "geo", "scene", "render"}},
    {"workspace", {"core", "store", "geo", "scene", "render", "workspace"}},
    {"cli", {"core", "store", "geo", "scene", "render", "workspace", "cli"}},
    {"app", {"core", "store", "geo", "scene", "render", "workspace", "app"}},
    {"bench", {"core", "store", "geo", "scene", "render", "workspace"}},
};

// Third-party headers (by prefix of the <...> name) and the layers allowed to include them.
const std::map<std::string, std::set<std::string>> ownedHeaders = {
    {"sqlite3", {"store"}}, {"gdal", {"geo"}},
    {"ogr", {"geo"}},       {"cpl_", {"geo"}},
    {"geos", {"geo"}},      {"proj", {"geo"}},
    {"GL/glu", {"geo"}},    {"epoxy/", {"render", "app"}},
    {"EGL/", {"render"}},   {"GLFW/", {"app"}},
    {"imgui", {"app"}},     {"png.h", {"render"}},
    {"zlib.h", {"render"}}, {"ft2build", {"render"}},
};

struct Violation {
    std::string file;
    int line;
    std::string include;
};

std::vector<Violation> violationsIn(const fs::path& file, const std::string& layer) {
    static const std::regex projectInclude(R"(^\s*#\s*include\s+"([a-z_]+)/)");
    static const std::regex systemInclude(R"(^\s*#\s*include\s+<([^>]+)>)");
    std::vector<Violation> found;
    std::ifstream in(file);
    std::string text;
    int number = 0;
    while (std::getline(in, text)) {
        ++number;
        std::smatch match;
        if (std::regex_search(text, match, projectInclude)) {
            const auto& allowed = allowedLayers.at(layer);
            if (allowedLayers.contains(match[1]) && !allowed.contains(match[1])) {
                found.push_back({file.string(), number, text});
            }
        } else if (std::regex_search(text, match, systemInclude)) {
            const std::string header = match[1];
            for (const auto& [prefix, owners] : ownedHeaders) {
                if (header.starts_with(prefix) && !owners.contains(layer)) {
                    found.push_back({file.string(), number, text});
                }
            }
        }
    }
    return found;
}

std::vector<Violation> scan(const fs::path& folder, const std::string& layer) {
    std::vector<Violation> found;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        const auto extension = entry.path().extension();
        if (entry.is_regular_file() && (extension == ".cpp" || extension == ".hpp")) {
            auto more = violationsIn(entry.path(), layer);
            found.insert(found.end(), more.begin(), more.end());
        }
    }
    return found;
}

std::string describe(const std::vector<Violation>& violations) {
    std::string text;
    for (const auto& v : violations) {
        text +=
            v.file + ":" + std::to_string(v.line) + ": error: layer includes " + v.include + "\n";
    }
    return text;
}

} // namespace

TEST(Layers, EveryFolderUnderSrcIsALayer) {
    for (const auto& entry : fs::directory_iterator(fs::path(RECMAP_SOURCE_DIR) / "src")) {
        if (entry.is_directory()) {
            EXPECT_TRUE(allowedLayers.contains(entry.path().filename().string()))
                << entry.path() << " is not in the layer graph of this test and the README";
        }
    }
}

TEST(Layers, IncludesFollowTheLayerGraph) {
    std::vector<Violation> all;
    for (const auto& [layer, allowed] : allowedLayers) {
        const fs::path folder = layer == "bench" ? fs::path(RECMAP_SOURCE_DIR) / "bench"
                                                 : fs::path(RECMAP_SOURCE_DIR) / "src" / layer;
        ASSERT_TRUE(fs::is_directory(folder)) << folder;
        auto found = scan(folder, layer);
        all.insert(all.end(), found.begin(), found.end());
    }
    EXPECT_TRUE(all.empty()) << describe(all);
}

TEST(Layers, TheCheckFindsAForbiddenInclude) {
    const fs::path file = fs::path(RECMAP_TEST_TMP) / "layers_probe.cpp";
    fs::create_directories(file.parent_path());
    std::ofstream(file) << "#include \"cli/arguments.hpp\"\n#include <imgui.h>\n#include "
                           "\"render/image.hpp\"\n";
    const auto found = violationsIn(file, "workspace");
    ASSERT_EQ(found.size(), 2u) << describe(found);
    EXPECT_EQ(found[0].line, 1);
    EXPECT_EQ(found[1].line, 2);
    EXPECT_EQ(violationsIn(file, "cli").size(), 1u); // the CLI may not include ImGui either
}

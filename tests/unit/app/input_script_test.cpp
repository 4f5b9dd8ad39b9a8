#include "app/input_script.hpp"
#include "core/error.hpp"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace recmap;
namespace fs = std::filesystem;

namespace {

fs::path scriptWith(const std::string& text) {
    const auto path =
        fs::temp_directory_path() / ("recmap-script-" + std::to_string(::getpid()) + ".txt");
    std::ofstream(path) << text;
    return path;
}

} // namespace

TEST(InputScript, ReadsEveryAction) {
    const auto path = scriptWith("# a comment\n"
                                 "hover 26.0,62.5\n"
                                 "click -3.7,40.4  # Madrid\n"
                                 "\n"
                                 "date 2023-04-04\n"
                                 "view membership:NATO,EU\n"
                                 "toggle Not a member\n"
                                 "search kosovo\n"
                                 "wait 5\n");
    const auto actions = app::readInputScript(path);
    fs::remove(path);
    ASSERT_EQ(actions.size(), 7U);
    using Kind = app::ScriptAction::Kind;
    EXPECT_EQ(actions[0].kind, Kind::Hover);
    EXPECT_DOUBLE_EQ(actions[0].lat, 62.5);
    EXPECT_EQ(actions[1].kind, Kind::Click);
    EXPECT_DOUBLE_EQ(actions[1].lon, -3.7);
    EXPECT_EQ(actions[2].date.toString(), "2023-04-04");
    EXPECT_EQ(actions[3].text, "membership:NATO,EU");
    EXPECT_EQ(actions[4].text, "Not a member");
    EXPECT_EQ(actions[5].kind, Kind::Search);
    EXPECT_EQ(actions[6].frames, 5);
}

TEST(InputScript, ErrorsNameTheFileAndLine) {
    for (const auto& [text, expected] :
         {std::pair{"wait 1\nhover 200,10\n", ":2: error: hover needs LON,LAT"},
          std::pair{"date tomorrow\n", ":1: error: date needs YYYY-MM-DD"},
          std::pair{"\n\nwait 0\n", ":3: error: wait needs a number of frames"},
          std::pair{"view\n", ":1: error: view needs a text"},
          std::pair{"jump 3\n", ":1: error: unknown action 'jump'"}}) {
        const auto path = scriptWith(text);
        try {
            (void)app::readInputScript(path);
            ADD_FAILURE() << "accepted: " << text;
        } catch (const core::InputError& error) {
            EXPECT_NE(std::string(error.what()).find(path.string() + expected), std::string::npos)
                << error.what();
        }
        fs::remove(path);
    }
}

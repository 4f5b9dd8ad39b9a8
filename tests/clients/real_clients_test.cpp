// The exports opened by the clients they are for: the HTML page in headless Chromium (Selenium
// drives it as a reader would) and the GeoPackage in QGIS (offscreen). Both are installed by
// scripts/install-deps.sh; a missing client fails the test, it is never skipped.

#include "support/run_command.hpp"
#include "support/test_files.hpp"

#include <gtest/gtest.h>

using namespace recmap::test;

namespace {

const std::string scripts = RECMAP_SOURCE_DIR "/tests/clients/";

} // namespace

TEST(RealClients, HtmlMapWorksInHeadlessChromium) {
    const auto dir = scratchDirectory("html-chromium");
    const auto page = dir / "palestine.html";
    const auto rendered =
        runRecmap("render recognition:PSE --resolution 110m --size 1600x800 -o " + page.string());
    ASSERT_EQ(rendered.exitCode, 0) << rendered.output;
    const auto run = runCommand("timeout 240 /usr/bin/python3 " + scripts + "html_in_chromium.py " +
                                page.string());
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("ok: no console errors"), std::string::npos) << run.output;
}

TEST(RealClients, GeoPackageOpensStyledInQgis) {
    const auto dir = scratchDirectory("gpkg-qgis");
    const auto file = dir / "palestine.gpkg";
    const auto rendered =
        runRecmap("render recognition:PSE --as-of 2024-06-01 -o " + file.string());
    ASSERT_EQ(rendered.exitCode, 0) << rendered.output;
    const auto run = runCommand("QT_QPA_PLATFORM=offscreen timeout 240 /usr/bin/python3 " +
                                scripts + "gpkg_in_qgis.py " + file.string() + " recognition_PSE");
    EXPECT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("ok: its default style is categorized"), std::string::npos)
        << run.output;
    EXPECT_NE(run.output.find("features counted"), std::string::npos) << run.output;
}

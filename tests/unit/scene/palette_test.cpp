// Palettes keep their categories apart for readers with deuteranopia or protanopia: every pair
// of colours that can meet on one map differs by at least 10 CIE76 units after simulation.

#include "scene/palette.hpp"

#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <string>
#include <utility>
#include <vector>

using namespace recmap::scene;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const Matrix normal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
const Matrix protanopia{{{0.152286, 1.052583, -0.204868},
                         {0.114503, 0.786281, 0.099216},
                         {-0.003882, -0.048116, 1.051998}}};
const Matrix deuteranopia{{{0.367322, 0.860646, -0.227968},
                           {0.280085, 0.672501, 0.047413},
                           {-0.011820, 0.042940, 0.968881}}};

double linear(uint8_t channel) {
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

std::array<double, 3> lab(const Rgba& colour, const Matrix& vision) {
    const std::array<double, 3> rgb{linear(colour.r), linear(colour.g), linear(colour.b)};
    std::array<double, 3> seen{};
    for (size_t i = 0; i < 3; ++i) {
        seen[i] = std::clamp(vision[i][0] * rgb[0] + vision[i][1] * rgb[1] + vision[i][2] * rgb[2],
                             0.0, 1.0);
    }
    const double x = (0.4124 * seen[0] + 0.3576 * seen[1] + 0.1805 * seen[2]) / 0.95047;
    const double y = 0.2126 * seen[0] + 0.7152 * seen[1] + 0.0722 * seen[2];
    const double z = (0.0193 * seen[0] + 0.1192 * seen[1] + 0.9505 * seen[2]) / 1.08883;
    auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double deltaE(const Rgba& a, const Rgba& b, const Matrix& vision) {
    const auto la = lab(a, vision);
    const auto lb = lab(b, vision);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

} // namespace

TEST(Palette, CategoriesStayApartUnderColourVisionDeficiency) {
    for (const char* name : {"okabe-ito", "tol", "grey"}) {
        const auto palette = paletteNamed(name);
        ASSERT_TRUE(palette) << name;
        // The solid fills of a recognition or membership map, and each hatch against its fill.
        const std::vector<std::pair<const char*, Rgba>> solid{
            {"subject", palette->subject},     {"claimant", palette->claimant},
            {"positive", palette->positive},   {"presumed", palette->presumed},
            {"suspended", palette->suspended}, {"negative", palette->negative},
            {"refused", palette->refused},     {"none", palette->none}};
        std::vector<std::tuple<std::string, Rgba, Rgba>> pairs;
        for (size_t i = 0; i < solid.size(); ++i) {
            for (size_t j = i + 1; j < solid.size(); ++j) {
                pairs.emplace_back(std::string(solid[i].first) + "/" + solid[j].first,
                                   solid[i].second, solid[j].second);
            }
        }
        pairs.emplace_back("positive/caution hatch", palette->positive, palette->caution);
        pairs.emplace_back("none/caution hatch", palette->none, palette->caution);
        pairs.emplace_back("series 0/1", palette->series[0], palette->series[1]);
        for (const auto& [label, a, b] : pairs) {
            for (const auto& [vision, matrix] :
                 {std::pair{"normal", &normal}, std::pair{"protanopia", &protanopia},
                  std::pair{"deuteranopia", &deuteranopia}}) {
                EXPECT_GE(deltaE(a, b, *matrix), 10.0)
                    << name << " " << label << " under " << vision;
            }
        }
    }
}

TEST(Palette, UnknownNamesAreRefused) {
    EXPECT_FALSE(paletteNamed("rainbow"));
    EXPECT_EQ(paletteNames(), "okabe-ito, tol, grey");
}
